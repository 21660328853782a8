//! IAM policy documents as aws-iam builds, merges (`minimizePolicies`) and renders them.

use crate::ir::{Map, Str, Value};

use std::cmp::Ordering;

use crate::js::sort_by;

/// One `PolicyStatement`; resources and principals hold rendered CloudFormation values.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub effect: &'static str,
    pub actions: Vec<Str>,
    pub resources: Vec<Value>,
    /// Principal kind (`AWS`, `Service`, ...) -> values, in insertion order.
    pub principals: Vec<(String, Vec<Value>)>,
    pub conditions: Map,
}

impl Statement {
    pub fn allow(actions: &[&'static str], resources: Vec<Value>) -> Self {
        Self {
            effect: "Allow",
            actions: actions.iter().map(|a| Str::Borrowed(a)).collect(),
            resources,
            principals: Vec::new(),
            conditions: Map::new(),
        }
    }

    pub fn deny(actions: &[&'static str], resources: Vec<Value>) -> Self {
        Self { effect: "Deny", ..Self::allow(actions, resources) }
    }

    pub fn with_principal(mut self, kind: &str, value: Value) -> Self {
        match self.principals.iter_mut().find(|(k, _)| k == kind) {
            Some((_, values)) => values.push(value),
            None => self.principals.push((kind.to_string(), vec![value])),
        }
        self
    }

    pub fn with_condition(mut self, operator: &'static str, key: &'static str, value: Value) -> Self {
        let entry = self.conditions.entry(operator.into()).or_insert_with(|| Value::Object(Map::new()));
        if let Some(map) = entry.as_object_mut() {
            map.insert(key.into(), value);
        }
        self
    }

    /// `toStatementJson` + `normalizeStatement`: single values unwrap, actions/resources dedupe;
    /// `minimize` sorts actions and resources as `@aws-cdk/aws-iam:minimizePolicies` does.
    fn into_json(self, minimize: bool) -> Map {
        let sorted = |mut value: Value| {
            if minimize {
                sort_by_json(&mut value);
            }
            value
        };
        // Action, Condition, Effect, Principal, Resource at most, each once.
        let mut out = Map::with_capacity(5);
        if let Some(action) = normalize(self.actions, true) {
            out.push_unique("Action", sorted(action));
        }
        if !self.conditions.is_empty() {
            out.push_unique("Condition", Value::Object(self.conditions));
        }
        out.push_unique("Effect", Value::from(self.effect));
        if !self.principals.is_empty() {
            let mut principal = Map::new();
            for (kind, values) in self.principals {
                if let Some(value) = normalize(values, false) {
                    principal.insert(kind.into(), value);
                }
            }
            out.push_unique("Principal", Value::Object(principal));
        }
        if let Some(resource) = normalize(self.resources, true) {
            out.push_unique("Resource", sorted(resource));
        }
        out
    }
}

/// `_norm`: values deduplicated when `unique`, then a single one unwraps (made a value only
/// then, with no list made for it) and several become a list.
fn normalize<T: Into<Value> + PartialEq>(mut values: Vec<T>, unique: bool) -> Option<Value> {
    if unique {
        // The first of equal values is kept, in place.
        let mut kept = 0;
        for at in 0..values.len() {
            if !values[..kept].contains(&values[at]) {
                values.swap(kept, at);
                kept += 1;
            }
        }
        values.truncate(kept);
    }
    match values.len() {
        0 => None,
        1 => values.pop().map(Into::into),
        _ => Some(Value::Array(values.into_iter().map(Into::into).collect())),
    }
}

/// A `PolicyDocument` under construction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicyDocument {
    pub statements: Vec<Statement>,
}

impl PolicyDocument {
    pub fn new(statements: Vec<Statement>) -> Self {
        Self { statements }
    }

    pub fn add(&mut self, statement: Statement) {
        self.statements.push(statement);
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    /// Renders `{Statement, Version}`; `minimize` merges and sorts as `@aws-cdk/aws-iam:minimizePolicies`.
    pub fn render(&self, minimize: bool) -> Value {
        self.clone().into_rendered(minimize)
    }

    /// `render` for a document that is complete: its statements move into the JSON.
    pub fn into_rendered(self, minimize: bool) -> Value {
        let statements = if minimize { merge_statements(self.statements) } else { self.statements };
        let mut rendered: Vec<Value> = Vec::with_capacity(statements.len());
        for statement in statements {
            let mut json = statement.into_json(minimize);
            if minimize {
                if let Some(Value::Object(principal)) = json.get_mut("Principal") {
                    let mut keys: Vec<Str> = principal.keys().cloned().collect();
                    sort_by(&mut keys, Ord::cmp);
                    let mut sorted = Map::new();
                    for key in keys {
                        if let Some(mut value) = principal.remove(&key) {
                            sort_by_json(&mut value);
                            sorted.insert(key, value);
                        }
                    }
                    *principal = sorted;
                }
            }
            // Statement keys always come in the same order, so equal values mean equal JSON.
            let json = Value::Object(json);
            if !rendered.contains(&json) {
                rendered.push(json);
            }
        }
        let mut document = Map::with_capacity(2);
        document.push_unique("Statement", Value::Array(rendered));
        document.push_unique("Version", Value::from("2012-10-17"));
        Value::Object(document)
    }
}

/// `sortByJson`: dedupe and order by the JSON text (UTF-16 order), unwrap a single value.
fn sort_by_json(value: &mut Value) {
    let Value::Array(items) = value else { return };
    if items.len() > 1 {
        if items.iter().all(is_plain_string) {
            // Actions, nearly always: ordered and deduplicated without writing their texts.
            sort_by(items, quoted_order);
            items.dedup();
        } else if !sort_by_structure(items) {
            sort_by_text(items);
        }
    }
    let single = if items.len() == 1 { items.pop() } else { None };
    if let Some(single) = single {
        *value = single;
    }
}

/// A string whose JSON text is the string quoted (ASCII, nothing escaped).
fn is_plain_string(value: &Value) -> bool {
    value.as_str().is_some_and(is_plain)
}

/// A text that JSON writes as it is between quotes, and that orders as UTF-16 does (ASCII).
fn is_plain(text: &str) -> bool {
    text.is_ascii() && !super::json_layout::needs_escape(text.as_bytes())
}

/// The order of two plain strings' JSON texts: after the common opening quote, a string that is a
/// prefix of the other is followed by its closing quote, which orders against the other's next
/// byte (before a letter, after a space).
fn quoted_order(a: &Value, b: &Value) -> std::cmp::Ordering {
    quoted_bytes_order(a.as_str().unwrap_or_default().as_bytes(), b.as_str().unwrap_or_default().as_bytes())
}

/// `quoted_order` of two plain texts.
fn quoted_bytes_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let common = a.len().min(b.len());
    let next = |s: &[u8]| s.get(common).copied().unwrap_or(b'"');
    a[..common].cmp(&b[..common]).then_with(|| next(a).cmp(&next(b)))
}

/// Orders and deduplicates the items by comparing them as their JSON texts would compare, without
/// writing them: `false`, and the order left to `sort_by_text`, when a comparison cannot tell.
fn sort_by_structure(items: &mut Vec<Value>) -> bool {
    let told = std::cell::Cell::new(true);
    let order = |a: &Value, b: &Value| {
        text_order(a, b).unwrap_or_else(|| {
            told.set(false);
            Ordering::Equal
        })
    };
    sort_by(items, order);
    if !told.get() {
        return false;
    }
    // Only equal texts are removed: what cannot be told is left to `sort_by_text`.
    items.dedup_by(|a, b| order(a, b) == Ordering::Equal && told.get());
    told.get()
}

/// How the JSON texts of two values compare, found where they first differ: `None` where that
/// takes writing them (a string or key that is escaped or beyond ASCII, two different numbers, an
/// object with an array-index key, which JavaScript writes first). The texts of strings, arrays
/// and objects are never the start of another value's text, so two arrays or objects order as
/// their first differing items or entries do, or, when one has all the other's and more, the
/// shorter after (its `]` or `}` against the other's `,`).
fn text_order(a: &Value, b: &Value) -> Option<Ordering> {
    // A text's first byte: `"`, then `-` or a digit, `[`, `f`, `n`, `t`, `{`.
    fn rank(value: &Value) -> u8 {
        match value {
            Value::String(_) => 0,
            Value::Number(_) => 1,
            Value::Array(_) => 2,
            Value::Bool(false) => 3,
            Value::Null => 4,
            Value::Bool(true) => 5,
            Value::Object(_) => 6,
        }
    }
    fn texts_order(a: &str, b: &str) -> Option<Ordering> {
        match a == b {
            true => Some(Ordering::Equal),
            false => (is_plain(a) && is_plain(b)).then(|| quoted_bytes_order(a.as_bytes(), b.as_bytes())),
        }
    }
    match (a, b) {
        (Value::String(a), Value::String(b)) => texts_order(a, b),
        (Value::Number(a), Value::Number(b)) => (a == b).then_some(Ordering::Equal),
        (Value::Array(a), Value::Array(b)) => {
            for (a, b) in a.iter().zip(b) {
                match text_order(a, b)? {
                    Ordering::Equal => {}
                    order => return Some(order),
                }
            }
            Some(b.len().cmp(&a.len()))
        }
        (Value::Object(a), Value::Object(b)) => {
            let mut order = Ordering::Equal;
            for ((a_key, a), (b_key, b)) in a.iter().zip(b.iter()) {
                order = match texts_order(a_key, b_key)? {
                    Ordering::Equal => text_order(a, b)?,
                    order => order,
                };
                if order != Ordering::Equal {
                    break;
                }
            }
            let order = order.then(b.len().cmp(&a.len()));
            // The same entries in the same order are the same text; a difference is where it was
            // found only when JavaScript writes the entries in that order (checked only then: most
            // objects compared are equal intrinsics).
            let index_key = |map: &Map| map.keys().any(|key| crate::js::is_array_index(key));
            (order == Ordering::Equal || !(index_key(a) || index_key(b))).then_some(order)
        }
        _ => Some(rank(a).cmp(&rank(b))),
    }
}

/// Deduplicates and orders the items by their JSON texts, each written once into one buffer.
fn sort_by_text(items: &mut Vec<Value>) {
    // Every item's JSON text goes into one buffer; each item keeps the range of its text.
    let mut texts = Vec::with_capacity(64 * items.len());
    let mut keyed: Vec<(std::ops::Range<usize>, Value)> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        let start = texts.len();
        super::json_layout::write_compact(&mut texts, &item);
        keyed.push((start..texts.len(), item));
    }
    // Only whole UTF-8 strings and ASCII were written: checked once for the whole buffer.
    let texts = String::from_utf8(texts).unwrap_or_default();
    let text = |range: &std::ops::Range<usize>| texts.get(range.clone()).unwrap_or_default();
    // Stable: of equal texts the first stays, as a JavaScript Map keyed by the text keeps it.
    // ASCII texts (nearly always) order by their bytes; checked once, not in each comparison.
    let ascii = texts.is_ascii();
    sort_by(&mut keyed, |a, b| {
        if ascii {
            text(&a.0).cmp(text(&b.0))
        } else {
            crate::js::compare_utf16(text(&a.0), text(&b.0))
        }
    });
    keyed.dedup_by(|a, b| text(&a.0) == text(&b.0));
    items.extend(keyed.into_iter().map(|(_, v)| v));
}

/// `mergeStatements`: repeated passes merging statements that agree on two of actions,
/// resources and principals (with equal effect and conditions).
fn merge_statements(statements: Vec<Statement>) -> Vec<Statement> {
    let mut merged = statements;
    loop {
        let mut changed = false;
        let mut i = 0;
        while i < merged.len() {
            let mut j = i + 1;
            while j < merged.len() {
                if let Some(combined) = merge_if_combinable(&merged[i], &merged[j]) {
                    merged[i] = combined;
                    merged.remove(j);
                    changed = true;
                } else {
                    j += 1;
                }
            }
            i += 1;
        }
        if !changed {
            return merged;
        }
    }
}

fn merge_if_combinable(a: &Statement, b: &Statement) -> Option<Statement> {
    if a.effect != b.effect || a.conditions != b.conditions {
        return None;
    }
    let same_actions = set_equal(&a.actions, &b.actions);
    let same_resources = set_equal(&a.resources, &b.resources);
    // Principals decide only when exactly one of the other two agrees: their texts are made then.
    let combinable = match (same_actions, same_resources) {
        (true, true) => true,
        (false, false) => false,
        _ => set_equal(&principal_keys(a), &principal_keys(b)),
    };
    if !combinable {
        return None;
    }
    let mut principals = a.principals.clone();
    for (kind, values) in &b.principals {
        match principals.iter_mut().find(|(k, _)| k == kind) {
            Some((_, existing)) => {
                for value in values {
                    if !existing.contains(value) {
                        existing.push(value.clone());
                    }
                }
            }
            None => principals.push((kind.clone(), values.clone())),
        }
    }
    Some(Statement {
        effect: a.effect,
        actions: set_merge(&a.actions, &b.actions),
        resources: set_merge(&a.resources, &b.resources),
        principals,
        conditions: a.conditions.clone(),
    })
}

fn principal_keys(s: &Statement) -> Vec<String> {
    s.principals
        .iter()
        .flat_map(|(kind, values)| values.iter().map(move |v| format!("{kind}:{}", crate::js::stringify(v))))
        .collect()
}

fn set_equal<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

fn set_merge<T: PartialEq + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(a.len() + b.len());
    for x in a.iter().chain(b) {
        if !out.contains(x) {
            out.push(x.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    /// `sort_by_json` on the list gives the list's JSON texts sorted (UTF-16 order) and deduplicated.
    fn assert_sorts_by_text(list: Vec<Value>) {
        // `JSON.stringify`'s text, as the writer writes it (integer-like keys first).
        let text = |v: &Value| {
            let mut out = Vec::new();
            super::super::json_layout::write_compact(&mut out, v);
            String::from_utf8(out).unwrap_or_default()
        };
        let mut expected: Vec<String> = list.iter().map(text).collect();
        expected.sort_by(|a, b| crate::js::compare_utf16(a, b));
        expected.dedup();
        let mut value = Value::Array(list.clone());
        sort_by_json(&mut value);
        let texts: Vec<String> = value.as_array().map(|items| items.iter().map(text).collect()).unwrap_or_default();
        assert_eq!(texts, expected, "{list:?}");
    }

    #[test]
    fn lists_sort_by_their_json_text() {
        // A prefix sorts after a longer string whose next character is below `"` (space, `!`).
        let words = ["a", "a b", "a!", "a#", "ab", "", "B", "a", "s3:Get*", "s3:GetObject", "s3:Get"];
        assert_sorts_by_text(words.iter().map(|w| json!(w)).collect());
    }

    #[test]
    fn mixed_lists_sort_by_their_json_text() {
        // Strings with intrinsics, strings that need escapes or are beyond ASCII, other kinds of
        // values.
        let lists = [
            vec![
                json!({"Ref": "b"}),
                json!("z"),
                json!({"Fn::GetAtt": ["a", "Arn"]}),
                json!("a"),
                json!({"Ref": "b"}),
                json!("a b"),
                json!("a!"),
                json!("z"),
            ],
            vec![
                json!({"Ref": "b"}),
                Value::literal_with_escapes("q\"uote"),
                json!("q"),
                Value::literal_with_escapes("back\\slash"),
                json!("q r"),
            ],
            vec![json!("\u{e9}t\u{e9}"), json!("\u{1f600}"), json!("\u{ffff}"), json!({"Ref": "x"}), json!("e")],
            vec![json!(["a"]), json!(2), json!(null), json!(true), json!("a"), json!({"Ref": "a"}), json!(-1)],
            // Objects told apart by their first keys, one key a prefix of another.
            vec![json!({"Fn::Join": ["", ["a"]]}), json!({"Fn::GetAtt": ["a", "Arn"]}), json!({"Fn::Get": 1})],
            vec![json!({"b": 1, "a": 2}), json!({"a": 3}), json!({"a!": 1}), json!({"a b": 1}), json!({"Ref": "x"})],
            // Not told apart by their first keys: the same key (told further in), an array index
            // written first, a key that needs an escape or is beyond ASCII, an empty object.
            vec![json!({"Ref": "b"}), json!({"Fn::GetAtt": ["a", "Arn"]}), json!({"Ref": "a"})],
            vec![json!({"Ref": "a", "1": "x"}), json!({"Ref": "b"}), json!({"0": 1})],
            serde_json::from_str(r#"[{"q\"": 1}, {"q": 1}, {"\u00e9": 1}, {"e": 1}, {}]"#).expect("test JSON"),
            vec![json!({"Ref": "b"}), json!({"Ref": "b"}), json!({"Fn::Sub": "x"})],
            // Told apart further in: joins whose parts differ late, one part the start of another;
            // arrays and objects that hold all of another's items or entries and more; every kind
            // of value; equal numbers before the difference.
            vec![
                json!({"Fn::Join": ["", ["arn:", {"Ref": "P"}, ":s3:::x/*"]]}),
                json!({"Fn::Join": ["", ["arn:", {"Ref": "P"}, ":s3:::x"]]}),
                json!({"Fn::Join": ["", ["arn:", {"Ref": "P"}, ":s3:::x"]]}),
                json!({"Fn::Join": [":", ["arn:", {"Ref": "P"}]]}),
                json!({"Fn::Join": ["", ["arn:", {"Ref": "Q"}]]}),
            ],
            vec![
                json!(["a", "b"]),
                json!(["a"]),
                json!(["a", "b", "c"]),
                json!([]),
                json!(["a", "b"]),
                json!(["a", ["b"]]),
            ],
            vec![
                json!({"a": "1", "b": "2"}),
                json!({"a": "1"}),
                json!({"a": "1", "b": "2", "c": "3"}),
                json!({}),
                json!({"a": "1", "b": "3"}),
                json!({"a": "1", "b": ["2"]}),
                json!({"a": "1", "bc": "2"}),
            ],
            vec![
                json!(true),
                json!(false),
                json!(null),
                json!("x"),
                json!([true]),
                json!({"t": false}),
                json!(true),
                json!(7),
            ],
            vec![json!([1, "b"]), json!([1, "a"]), json!([1]), json!([1, "a"])],
            // Not told apart without the texts: different numbers, a nested array-index key, a
            // string with an escape.
            vec![json!([1, "a"]), json!([2])],
            vec![json!({"Fn::Join": ["", [{"a": "2", "1": "x"}]]}), json!({"Fn::Join": ["", [{"a": "1"}]]})],
            vec![
                json!([Value::literal_with_escapes("a\nb"), "x"]),
                json!(["a b"]),
                json!([Value::literal_with_escapes("a\nb")]),
            ],
        ];
        for list in lists {
            assert_sorts_by_text(list);
        }
    }

    #[test]
    fn repeated_values_unwrap_once_deduplicated() {
        // aws-cdk-lib 2.276.0: `new PolicyStatement({actions: ["s3:Get", "s3:Get"], resources:
        // ["a", "a"]}).toStatementJson()` and the same with one action and two equal principals.
        let doc = PolicyDocument::new(vec![Statement::allow(&["s3:Get", "s3:Get"], vec![json!("a"), json!("a")])]);
        assert_eq!(
            doc.render(false),
            json!({"Statement": [{"Action": "s3:Get", "Effect": "Allow", "Resource": "a"}], "Version": "2012-10-17"})
        );
        let principals = Statement::allow(&["s3:Get"], vec![json!("*")])
            .with_principal("AWS", json!("x"))
            .with_principal("AWS", json!("x"));
        assert_eq!(
            PolicyDocument::new(vec![principals]).render(false),
            json!({"Statement": [{"Action": "s3:Get", "Effect": "Allow", "Principal": {"AWS": ["x", "x"]}, "Resource": "*"}], "Version": "2012-10-17"})
        );
    }

    #[test]
    fn single_values_unwrap_and_lists_sort_when_minimizing() {
        let doc = PolicyDocument::new(vec![Statement::allow(&["s3:List*", "s3:Abort*"], vec![json!("*")])]);
        assert_eq!(
            doc.render(true),
            json!({"Statement": [{"Action": ["s3:Abort*", "s3:List*"], "Effect": "Allow", "Resource": "*"}], "Version": "2012-10-17"})
        );
        assert_eq!(
            doc.render(false),
            json!({"Statement": [{"Action": ["s3:List*", "s3:Abort*"], "Effect": "Allow", "Resource": "*"}], "Version": "2012-10-17"})
        );
    }

    #[test]
    fn statements_sharing_actions_merge() {
        let doc = PolicyDocument::new(vec![
            Statement::allow(&["kms:Decrypt"], vec![json!("b")]),
            Statement::allow(&["s3:Get"], vec![json!("x")]),
            Statement::allow(&["kms:Decrypt"], vec![json!("a")]),
        ]);
        let rendered = doc.render(true);
        assert_eq!(
            rendered["Statement"][0],
            json!({"Action": "kms:Decrypt", "Effect": "Allow", "Resource": ["a", "b"]})
        );
        assert_eq!(rendered["Statement"].as_array().map(Vec::len), Some(2));
    }
}
