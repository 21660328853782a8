//! L1 property conversion: camelCase `CfnXxxProps` JSON -> CloudFormation `Properties`, exactly as
//! aws-cdk-lib 2.276.0's generated `convertCfnXxxPropsToCloudFormation` functions (plus the
//! `CfnJob` constructor and the tag manager) produce them, with CDK's validation mirrored as
//! [`Diagnostic`]s.
//!
//! What CDK does, and this module reproduces:
//! - Keys are emitted in the order of the generated converter (see `l1_schema`), PascalCase
//!   CloudFormation names, recursing into nested property types; keys a type does not know are
//!   silently dropped (here also reported as `unknown-property` inside nested types).
//! - A value that cannot be inspected passes through untouched wherever it appears (whole
//!   property, whole struct, whole list, list element): `null`, a CloudFormation intrinsic (an
//!   object with exactly one key, `Ref` or `Fn::...`), a dynamic reference string
//!   (`{{resolve:...}}`) and a CDK token's text alone (`${Token[...]}`): CDK validates and
//!   converts the value it resolves to, which only CDK knows.
//! - `null` is *not* dropped: CDK writes `"Description": null` for `description: null`. Only a
//!   missing key is omitted. (`null` for a required property counts as missing.)
//! - `Json` properties (`defaultArguments`, `parameters`, ...) are written verbatim; objects keep
//!   JavaScript key order (integer-like keys first, ascending, then insertion order).
//! - `CfnJob.tags` goes through CDK's `TagManager` (map format): keys sorted with
//!   `String.prototype.localeCompare` (ICU root collation), values converted with
//!   `` `${value}` ``, and an empty map is omitted altogether.
//! - `CfnJob.role` also accepts an `IRoleRef` (`{"roleRef": {"roleArn": ...}}`).
//!
//! Errors CDK throws for the same input (see [`cdk_validation_message_at`]):
//! - missing top-level required property (constructor, first one only, `ValidationError`):
//!   `<node path> [AWS::Glue::Job] is missing required property: role`
//! - `CfnJob.role` of the wrong type (constructor, `TypeError`):
//!   `Property role should be one of iam.IRoleRef | string`
//! - `CfnJob.tags` not a map (constructor, `UnscopedValidationError`):
//!   `Invalid tag input expected map of {key: value} have "str"`
//! - everything else is found by the generated validator at synth time and reported all at once
//!   (`CfnSynthesisError`), as an indented tree, e.g.
//!   ```text
//!   Resolution error: Supplied properties not correct for "CfnTableProps"
//!     tableInput: supplied properties not correct for "TableInputProperty"
//!       partitionKeys: element 0: supplied properties not correct for "ColumnProperty"
//!         Expected an object, but received: "x"
//!         name: required but missing
//!       storageDescriptor: supplied properties not correct for "StorageDescriptorProperty"
//!         columns: {"name":"a"} should be a list.
//!   ```
//!   Leaves: `<JSON> should be a string|a number|a boolean|an 'object'|a list`,
//!   `Expected an object, but received: <JSON>`, `required but missing`; a list reports only its
//!   first bad element (`element <i>: ...`), a map its first bad entry (`element '<key>': ...`).

use super::collation::locale_compare;

use crate::ir::{Map, Value};

use super::l1_schema::{
    Kind, StructType, ALL_TYPES, CFN_DATABASE_PROPS, CFN_DATABASE_PROPS_NAMES, CFN_JOB_PROPS, CFN_JOB_PROPS_NAMES,
    CFN_SECURITY_CONFIGURATION_PROPS, CFN_SECURITY_CONFIGURATION_PROPS_NAMES, CFN_TABLE_PROPS, CFN_TABLE_PROPS_NAMES,
};
use crate::diagnostics::codes::{REQUIRED as CODE_REQUIRED, TYPE as CODE_TYPE, UNKNOWN_PROPERTY as CODE_UNKNOWN};
use crate::diagnostics::{child_path, index_path, Diagnostic};
use crate::error::RESOLUTION_ERROR;
use crate::js::{capitalize, into_key_order, into_ordered, ordered, sort_by, stringify, template_string};

const REQUIRED_MESSAGE: &str = "required but missing";
/// How aws-cdk-lib's generated validator of L1 props words a struct it refuses.
const NOT_CORRECT_FOR: &str = "supplied properties not correct for";

/// Whether `message` is that validator's error for an L1 resource's props, which it raises as it
/// resolves the template (the struct's words capitalized after `RESOLUTION_ERROR`).
pub fn is_props_error(message: &str) -> bool {
    let words = message.strip_prefix(RESOLUTION_ERROR).and_then(|rest| rest.get(..NOT_CORRECT_FOR.len()));
    words.is_some_and(|words| words.eq_ignore_ascii_case(NOT_CORRECT_FOR))
}
const ROLE_TYPE_MESSAGE: &str = "Property role should be one of iam.IRoleRef | string";
const ROLE_REF_MESSAGE: &str = "Expected 'roleArn' to be defined in reference interface";
const TAGS_NULL_MESSAGE: &str = "Cannot convert undefined or null to object";
const TAGS_INPUT_PREFIX: &str = "Invalid tag input expected map of {key: value} have ";

/// The L1 resources the construct writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum L1Resource {
    Job,
    Table,
    Database,
    SecurityConfiguration,
}

impl L1Resource {
    /// The CloudFormation resource type, e.g. `AWS::Glue::Job`.
    pub fn cfn_type(self) -> &'static str {
        match self {
            L1Resource::Job => "AWS::Glue::Job",
            L1Resource::Table => "AWS::Glue::Table",
            L1Resource::Database => "AWS::Glue::Database",
            L1Resource::SecurityConfiguration => "AWS::Glue::SecurityConfiguration",
        }
    }

    /// The TypeScript props type, e.g. `CfnJobProps`.
    pub fn props_type_name(self) -> &'static str {
        self.schema().display
    }

    fn schema(self) -> &'static StructType {
        match self {
            L1Resource::Job => &CFN_JOB_PROPS,
            L1Resource::Table => &CFN_TABLE_PROPS,
            L1Resource::Database => &CFN_DATABASE_PROPS,
            L1Resource::SecurityConfiguration => &CFN_SECURITY_CONFIGURATION_PROPS,
        }
    }
}

/// The camelCase top-level property names of a resource's props, in CDK's order.
pub fn property_names(resource: L1Resource) -> &'static [&'static str] {
    match resource {
        L1Resource::Job => CFN_JOB_PROPS_NAMES,
        L1Resource::Table => CFN_TABLE_PROPS_NAMES,
        L1Resource::Database => CFN_DATABASE_PROPS_NAMES,
        L1Resource::SecurityConfiguration => CFN_SECURITY_CONFIGURATION_PROPS_NAMES,
    }
}

/// Converts camelCase L1 props to CloudFormation `Properties`; problems are pushed to `diags`
/// with JSON pointer paths under `path`.
///
/// Top-level keys that are not properties are dropped without a diagnostic (check them with
/// [`property_names`]); unknown keys inside nested types are reported as `unknown-property`.
/// The result is what CDK writes even when diagnostics were pushed (CDK would throw instead).
/// An empty result means CDK omits `Properties`. The props' values move into the result.
pub fn to_cloudformation(resource: L1Resource, props: Map, path: &str, diags: &mut Vec<Diagnostic>) -> Map {
    convert_map(resource.schema(), Some(resource), props, &Pointer::Root(path), diags)
}

/// Converts one value of a named type: a props type (`CfnJobProps`) or a property type
/// (`CfnTable.ColumnProperty`; the bare `ColumnProperty` is accepted when unambiguous).
/// Returns `None` when the type is not one of the Glue types this module knows.
pub fn convert_struct(type_name: &str, value: &Value, path: &str, diags: &mut Vec<Diagnostic>) -> Option<Value> {
    let ty = find_type(type_name)?;
    let resource = [L1Resource::Job, L1Resource::Table, L1Resource::Database, L1Resource::SecurityConfiguration]
        .into_iter()
        .find(|r| std::ptr::eq(r.schema(), ty));
    Some(match value {
        Value::Object(map) if can_inspect(value) => {
            Value::Object(convert_map(ty, resource, map.clone(), &Pointer::Root(path), diags))
        }
        _ => convert_value(Kind::Struct(ty), value.clone(), &Pointer::Root(path), diags),
    })
}

fn find_type(type_name: &str) -> Option<&'static StructType> {
    if let Some(t) = ALL_TYPES.iter().find(|t| t.display == type_name) {
        return Some(t);
    }
    let mut matches = ALL_TYPES.iter().filter(|t| t.cdk_name == type_name);
    match (matches.next(), matches.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}

pub use crate::cfn::is_intrinsic;

/// CDK's `canInspect`: false for `null`, intrinsics and `{{resolve:...}}` dynamic references.
/// Also false for a string that is one CDK token: CDK validates and converts what it resolves to
/// (a `Lazy.any` object, a `Lazy.number`), which is known only then.
fn can_inspect(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => {
            let dynamic_reference = s.starts_with("{{resolve:") && s.ends_with("}}");
            !(dynamic_reference || crate::cfn::is_whole_token(s))
        }
        _ => !is_intrinsic(value),
    }
}

fn convert_map(
    ty: &'static StructType,
    resource: Option<L1Resource>,
    mut map: Map,
    path: &Pointer,
    diags: &mut Vec<Diagnostic>,
) -> Map {
    let mut out = Map::with_capacity(map.len());
    // Keys given and not yet taken: once none is left, the other properties are only checked for
    // being required, not looked up.
    let mut left = map.len();
    for prop in ty.props {
        let ppath = Pointer::Key(path, prop.name);
        // Taken, not removed: the keys stay for the unknown-key check below.
        let value = if left == 0 { None } else { map.get_mut(prop.name).map(std::mem::take) };
        if value.is_some() {
            left -= 1;
        }
        // A schema's CloudFormation names are distinct: each is appended without a lookup.
        if prop.required && value.as_ref().is_none_or(Value::is_null) {
            diags.push(Diagnostic::new(ppath.render(), CODE_REQUIRED, REQUIRED_MESSAGE));
            if let Some(v) = value {
                out.push_unique(prop.cfn, v);
            }
            continue;
        }
        let Some(value) = value else { continue };
        let converted = match (resource, prop.name) {
            (Some(L1Resource::Job), "tags") => match render_tags(&value, &ppath, diags) {
                Some(v) => v,
                None => continue,
            },
            (Some(L1Resource::Job), "role") => convert_role(&value, &ppath, diags),
            _ => convert_value(prop.kind, value, &ppath, diags),
        };
        out.push_unique(prop.cfn, converted);
    }
    if resource.is_none() {
        for key in map.keys() {
            if !ty.props.iter().any(|p| p.name == key) {
                diags.push(Diagnostic::new(
                    Pointer::Key(path, key).render(),
                    CODE_UNKNOWN,
                    format!("{key} is not a valid property of {}", ty.display),
                ));
            }
        }
    }
    out
}

fn convert_value(kind: Kind, value: Value, path: &Pointer, diags: &mut Vec<Diagnostic>) -> Value {
    if !can_inspect(&value) {
        return into_ordered(value);
    }
    let wrong = |expected: &str, value: Value, diags: &mut Vec<Diagnostic>| {
        diags.push(Diagnostic::new(path.render(), CODE_TYPE, format!("{} should be {expected}", stringify(&value))));
        into_ordered(value)
    };
    match kind {
        Kind::String if !value.is_string() => wrong("a string", value, diags),
        Kind::Number if !value.is_number() => wrong("a number", value, diags),
        Kind::Boolean if !value.is_boolean() => wrong("a boolean", value, diags),
        Kind::Json if !(value.is_object() || value.is_array()) => wrong("an 'object'", value, diags),
        Kind::String | Kind::Number | Kind::Boolean | Kind::Json => into_ordered(value),
        Kind::Struct(ty) => match value {
            Value::Object(map) => Value::Object(convert_map(ty, None, map, path, diags)),
            _ => {
                diags.push(Diagnostic::new(
                    path.render(),
                    CODE_TYPE,
                    format!("Expected an object, but received: {}", stringify(&value)),
                ));
                into_ordered(value)
            }
        },
        Kind::List(element) => match value {
            Value::Array(items) => Value::Array(
                items
                    .into_iter()
                    .enumerate()
                    .map(|(i, item)| convert_value(*element, item, &Pointer::Index(path, i), diags))
                    .collect(),
            ),
            _ => wrong("a list", value, diags),
        },
        Kind::Map(element) => match value {
            Value::Object(map) => Value::Object(
                into_key_order(map)
                    .into_iter()
                    .map(|(k, v)| {
                        let converted = convert_value(*element, v, &Pointer::Key(path, &k), diags);
                        (k, converted)
                    })
                    .collect(),
            ),
            // CDK's hashValidator accepts any value here (and its mapper mangles it).
            other => wrong("a map", other, diags),
        },
    }
}

/// `CfnJob.role`: `string | IRoleRef`, checked by the constructor before anything else.
fn convert_role(value: &Value, path: &Pointer, diags: &mut Vec<Diagnostic>) -> Value {
    if !can_inspect(value) {
        return ordered(value);
    }
    if let Some(role_ref) = value.get("roleRef").filter(|r| !r.is_null()) {
        return match role_ref.get("roleArn") {
            Some(arn) => convert_value(Kind::String, arn.clone(), path, diags),
            None => {
                diags.push(Diagnostic::new(path.render(), CODE_TYPE, ROLE_REF_MESSAGE));
                ordered(value)
            }
        };
    }
    if !value.is_string() {
        diags.push(Diagnostic::new(path.render(), CODE_TYPE, ROLE_TYPE_MESSAGE));
    }
    ordered(value)
}

/// `CfnJob.tags` through `TagManager(TagType.MAP)`: sorted keys, stringified values, `None` when
/// empty (CDK omits the property).
fn render_tags(value: &Value, path: &Pointer, diags: &mut Vec<Diagnostic>) -> Option<Value> {
    match value {
        // CDK keeps a token object as the tags, unparsed ("dynamic tags").
        _ if is_intrinsic(value) || value.as_str().is_some_and(crate::cfn::is_whole_token) => Some(ordered(value)),
        Value::Null => {
            diags.push(Diagnostic::new(path.render(), CODE_TYPE, TAGS_NULL_MESSAGE));
            Some(Value::Null)
        }
        Value::Object(map) => {
            let mut tags: Vec<(&crate::ir::Str, String)> = map.iter().map(|(k, v)| (k, template_string(v))).collect();
            sort_by(&mut tags, |a, b| locale_compare(a.0, b.0));
            if tags.is_empty() {
                return None;
            }
            // The sorted keys go into a JavaScript object, which still lists integer-like keys first.
            Some(into_ordered(Value::Object(tags.into_iter().map(|(k, v)| (k.clone(), Value::from(v))).collect())))
        }
        _ => {
            diags.push(Diagnostic::new(path.render(), CODE_TYPE, format!("{TAGS_INPUT_PREFIX}{}", stringify(value))));
            Some(ordered(value))
        }
    }
}

/// A JSON pointer under construction, written out only when a diagnostic needs it.
#[derive(Clone, Copy)]
enum Pointer<'a> {
    Root(&'a str),
    Key(&'a Pointer<'a>, &'a str),
    Index(&'a Pointer<'a>, usize),
}

impl Pointer<'_> {
    fn render(&self) -> String {
        match self {
            Pointer::Root(path) => path.to_string(),
            Pointer::Key(parent, key) => child_path(&parent.render(), key),
            Pointer::Index(parent, index) => index_path(&parent.render(), *index),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// CDK's error message
// ---------------------------------------------------------------------------------------------

/// The message CDK throws for these problems, with the construct path unknown (the
/// missing-property message then starts with `[AWS::Glue::Job]`). The props root is guessed from
/// the diagnostic paths; see [`cdk_validation_message_at`].
pub fn cdk_validation_message(resource: L1Resource, diags: &[Diagnostic]) -> String {
    cdk_validation_message_at(resource, "", None, diags)
}

/// The message CDK throws for the first problem it meets, formatted as CDK formats it:
///
/// 1. constructor, first missing required top-level property in CDK's order:
///    `{node_path} [AWS::Glue::Job] is missing required property: {name}`
///    (`node_path` is the construct path such as `Stack/Construct/Job`);
/// 2. constructor, `CfnJob.role` then `CfnJob.tags` checks (messages verbatim);
/// 3. synth: `Resolution error: Supplied properties not correct for "CfnJobProps"` followed by
///    one line per problem, nested types indented by two spaces per level, and a final `.`.
///
/// `props_path` is the `path` given to [`to_cloudformation`]; `None` guesses it.
///
/// When CDK would not throw at all (only `unknown-property` diagnostics, which CDK ignores, or a
/// non-object map value, which CDK accepts), the message is `<path>: <message>` of the first
/// diagnostic; it is empty only when there are no diagnostics.
pub fn cdk_validation_message_at(
    resource: L1Resource,
    node_path: &str,
    props_path: Option<&str>,
    diags: &[Diagnostic],
) -> String {
    let message = cdk_message(resource, node_path, props_path, diags);
    if !message.is_empty() {
        return message;
    }
    // CDK would not throw (e.g. it silently drops unknown nested keys): the first diagnostic.
    match diags.first() {
        Some(d) => format!("{}: {}", d.path, d.message),
        None => String::new(),
    }
}

fn cdk_message(resource: L1Resource, node_path: &str, props_path: Option<&str>, diags: &[Diagnostic]) -> String {
    let relevant: Vec<&Diagnostic> = diags.iter().filter(|d| d.code != CODE_UNKNOWN).collect();
    let root = resource.schema();
    let root_len = match props_path {
        Some(p) => pointer_segments(p).len(),
        None => match relevant.iter().find_map(|d| guess_root_len(root, &pointer_segments(&d.path))) {
            Some(n) => n,
            None => return String::new(),
        },
    };
    let rel: Vec<(Vec<String>, &Diagnostic)> = relevant
        .iter()
        .filter_map(|d| {
            let segs = pointer_segments(&d.path);
            if segs.len() <= root_len {
                return None;
            }
            if let Some(p) = props_path {
                if segs[..root_len] != pointer_segments(p)[..] {
                    return None;
                }
            }
            Some((segs[root_len..].to_vec(), *d))
        })
        .collect();
    if rel.is_empty() {
        return String::new();
    }

    // 1. The constructor's requireProperty calls.
    for prop in root.props.iter().filter(|p| p.required) {
        if rel.iter().any(|(s, d)| d.code == CODE_REQUIRED && s.len() == 1 && s[0] == prop.name) {
            let subject = if node_path.is_empty() { String::new() } else { format!("{node_path} ") };
            return format!("{subject}[{}] is missing required property: {}", resource.cfn_type(), prop.name);
        }
    }
    // 2. The CfnJob constructor's own checks.
    if resource == L1Resource::Job {
        let constructor_error = |name: &str, prefixes: &[&str]| {
            rel.iter().find(|(s, d)| s.len() == 1 && s[0] == name && prefixes.iter().any(|p| d.message.starts_with(p)))
        };
        if let Some((_, d)) = constructor_error("role", &[ROLE_TYPE_MESSAGE, ROLE_REF_MESSAGE]) {
            return d.message.clone();
        }
        if let Some((_, d)) = constructor_error("tags", &[TAGS_INPUT_PREFIX, TAGS_NULL_MESSAGE]) {
            return d.message.clone();
        }
    }
    // 3. The generated validator, at synth time.
    let tree = Tree { diags: &rel };
    match tree.validate_struct(root, &[], false) {
        Some(result) => {
            format!("{RESOLUTION_ERROR}{}.", capitalize(&result.error_tree()))
        }
        None => String::new(),
    }
}

fn pointer_segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(|s| crate::ir::unescape_pointer_token(s).into_owned()).collect()
}

/// The smallest number of leading segments after which the rest is a path into `root`.
fn guess_root_len(root: &'static StructType, segs: &[String]) -> Option<usize> {
    (0..segs.len()).find(|&k| walks(Kind::Struct(root), &segs[k..]))
}

fn walks(kind: Kind, segs: &[String]) -> bool {
    let Some((first, rest)) = segs.split_first() else {
        return true;
    };
    match kind {
        Kind::Struct(ty) => ty.props.iter().find(|p| p.name == first).is_some_and(|p| walks(p.kind, rest)),
        Kind::List(element) => first.parse::<usize>().is_ok() && walks(*element, rest),
        Kind::Map(element) => walks(*element, rest),
        Kind::String | Kind::Number | Kind::Boolean | Kind::Json => false,
    }
}

/// CDK's `ValidationResult`: a message and nested results.
struct CdkResult {
    message: String,
    children: Vec<CdkResult>,
}

impl CdkResult {
    fn leaf(message: impl Into<String>) -> Self {
        Self { message: message.into(), children: Vec::new() }
    }

    fn prefix(self, prefix: &str) -> Self {
        Self { message: format!("{prefix}: {}", self.message), children: self.children }
    }

    fn error_tree(&self) -> String {
        if self.children.is_empty() {
            return self.message.clone();
        }
        let children: Vec<String> = self.children.iter().map(CdkResult::error_tree).collect();
        format!("{}\n  {}", self.message, children.join("\n").replace('\n', "\n  "))
    }
}

struct Tree<'a> {
    diags: &'a [(Vec<String>, &'a Diagnostic)],
}

impl Tree<'_> {
    fn at(&self, path: &[String]) -> Option<&Diagnostic> {
        self.diags.iter().find(|(s, d)| s.as_slice() == path && d.code == CODE_TYPE).map(|(_, d)| *d)
    }

    fn required_at(&self, path: &[String]) -> bool {
        self.diags.iter().any(|(s, d)| s.as_slice() == path && d.code == CODE_REQUIRED)
    }

    /// Diagnostics strictly below `path`, in the order they were found.
    fn below<'s>(&'s self, path: &'s [String]) -> impl Iterator<Item = &'s [String]> + 's {
        self.diags.iter().map(|(s, _)| s.as_slice()).filter(move |s| s.len() > path.len() && s.starts_with(path))
    }

    fn validate_struct(&self, ty: &'static StructType, path: &[String], not_object: bool) -> Option<CdkResult> {
        let mut children = Vec::new();
        if let Some(d) = self.at(path).filter(|_| not_object) {
            children.push(CdkResult::leaf(d.message.clone()));
        }
        for prop in ty.props {
            let mut ppath = path.to_vec();
            ppath.push(prop.name.to_string());
            if not_object || self.required_at(&ppath) {
                if prop.required {
                    children.push(CdkResult::leaf(REQUIRED_MESSAGE).prefix(prop.name));
                }
                continue;
            }
            if let Some(result) = self.validate_value(prop.kind, &ppath) {
                children.push(result.prefix(prop.name));
            }
        }
        if children.is_empty() {
            return None;
        }
        Some(CdkResult { message: format!("{NOT_CORRECT_FOR} \"{}\"", ty.cdk_name), children })
    }

    fn validate_value(&self, kind: Kind, path: &[String]) -> Option<CdkResult> {
        if let Some(d) = self.at(path) {
            return match kind {
                Kind::Struct(ty) => self.validate_struct(ty, path, true),
                Kind::Map(_) => None,
                _ => Some(CdkResult::leaf(d.message.clone())),
            };
        }
        match kind {
            Kind::Struct(ty) => self.below(path).next().and_then(|_| self.validate_struct(ty, path, false)),
            Kind::List(element) => {
                let first_bad = self.below(path).filter_map(|s| s[path.len()].parse::<usize>().ok()).min()?;
                let mut epath = path.to_vec();
                epath.push(first_bad.to_string());
                self.validate_value(*element, &epath).map(|r| r.prefix(&format!("element {first_bad}")))
            }
            Kind::Map(element) => {
                let key = self.below(path).next()?[path.len()].clone();
                let mut epath = path.to_vec();
                epath.push(key.clone());
                self.validate_value(*element, &epath).map(|r| r.prefix(&format!("element '{key}'")))
            }
            Kind::String | Kind::Number | Kind::Boolean | Kind::Json => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn props(text: &str) -> Map {
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(map)) => map,
            other => panic!("test input is not an object: {other:?}"),
        }
    }

    fn convert(resource: L1Resource, text: &str) -> (String, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let out = to_cloudformation(resource, props(text), "/props", &mut diags);
        let rendered = serde_json::to_string(&Value::Object(out)).unwrap_or_default();
        (rendered, diags)
    }

    // Inputs and the `Properties` aws-cdk-lib 2.276.0 synthesized for them (`new glue.CfnXxx(stack,
    // 'R', props)`, `JSON.stringify(template.Resources.R.Properties)`), pasted from a real run.
    // (A `role` intrinsic was given to CDK as `Token.asString(intrinsic)`, since CfnJob's
    // constructor only takes a string or an IRoleRef there.)
    const OUTPUT_CASES: &[(L1Resource, &str, &str)] = &[
        (
            L1Resource::Job,
            r#"{"workerType":"G.1X","timeout":60,"tags":{"team":"data","Env":"prod","app":"etl"},"securityConfiguration":{"Ref":"SecConf"},"role":{"Fn::GetAtt":["JobRole","Arn"]},"numberOfWorkers":2,"notificationProperty":{"notifyDelayAfter":5},"nonOverridableArguments":{"--z":"1","--a":{"Ref":"X"}},"name":"my-job","maxRetries":1,"maxCapacity":{"Ref":"Cap"},"maintenanceWindow":"SAT:12","logUri":"s3://logs","jobRunQueuingEnabled":true,"jobMode":"SCRIPT","glueVersion":"4.0","executionProperty":{"maxConcurrentRuns":3},"executionClass":"STANDARD","description":"d","defaultArguments":{"--job-language":"python","--enable-metrics":"","--TempDir":{"Fn::Join":["",["s3://",{"Ref":"B"},"/tmp"]]},"nested":{"b":1,"a":[true,null,2.5]}},"connections":{"connections":["c1",{"Ref":"C2"}]},"command":{"scriptLocation":"s3://b/k.py","runtime":"Ray2.4","pythonVersion":"3","name":"gluestreaming"},"allocatedCapacity":10}"#,
            r#"{"AllocatedCapacity":10,"Command":{"Name":"gluestreaming","PythonVersion":"3","Runtime":"Ray2.4","ScriptLocation":"s3://b/k.py"},"Connections":{"Connections":["c1",{"Ref":"C2"}]},"DefaultArguments":{"--job-language":"python","--enable-metrics":"","--TempDir":{"Fn::Join":["",["s3://",{"Ref":"B"},"/tmp"]]},"nested":{"b":1,"a":[true,null,2.5]}},"Description":"d","ExecutionClass":"STANDARD","ExecutionProperty":{"MaxConcurrentRuns":3},"GlueVersion":"4.0","JobMode":"SCRIPT","JobRunQueuingEnabled":true,"LogUri":"s3://logs","MaintenanceWindow":"SAT:12","MaxCapacity":{"Ref":"Cap"},"MaxRetries":1,"Name":"my-job","NonOverridableArguments":{"--z":"1","--a":{"Ref":"X"}},"NotificationProperty":{"NotifyDelayAfter":5},"NumberOfWorkers":2,"Role":{"Fn::GetAtt":["JobRole","Arn"]},"SecurityConfiguration":{"Ref":"SecConf"},"Tags":{"app":"etl","Env":"prod","team":"data"},"Timeout":60,"WorkerType":"G.1X"}"#,
        ),
        (
            L1Resource::Table,
            r#"{"tableInput":{"viewOriginalText":"vo","viewExpandedText":"ve","viewDefinition":{"subObjects":["s1"],"representations":[{"viewOriginalText":"o","viewExpandedText":"e","validationConnection":"vc","dialectVersion":"1","dialect":"ATHENA"}],"isProtected":false,"definer":"me"},"targetTable":{"region":"us-east-1","name":"t","databaseName":"db","catalogId":"123"},"tableType":"EXTERNAL_TABLE","storageDescriptor":{"storedAsSubDirectories":false,"sortColumns":[{"sortOrder":1,"column":"a"}],"skewedInfo":{"skewedColumnValues":["v"],"skewedColumnValueLocationMaps":{"v":"s3://x","a":"s3://y"},"skewedColumnNames":["a"]},"serdeInfo":{"serializationLibrary":"org.openx.data.jsonserde.JsonSerDe","parameters":{"paths":"a,b","ignore.malformed.json":"TRUE"},"name":"serde"},"schemaReference":{"schemaVersionNumber":1,"schemaVersionId":"v","schemaId":{"schemaName":"s","schemaArn":"arn","registryName":"r"}},"parameters":{"streamARN":{"Fn::GetAtt":["S","Arn"]},"typeOfData":"kinesis","classification":"json"},"outputFormat":"org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat","numberOfBuckets":-1,"location":{"Ref":"StreamName"},"inputFormat":"org.apache.hadoop.mapred.TextInputFormat","compressed":false,"columns":[{"type":"int","name":"id","comment":"c"},{"name":"name","type":"string"},{"Fn::If":["Cond",{"name":"x"},{"Ref":"AWS::NoValue"}]}],"bucketColumns":{"Ref":"Buckets"}},"retention":0,"partitionKeys":[{"type":"string","name":"dt"}],"parameters":{"classification":"json","2":"two","1":"one"},"owner":"o","name":"t","description":"d"},"openTableFormatInput":{"icebergInput":{"version":"2","metadataOperation":"CREATE","icebergTableInput":{"writeOrder":{"orderId":1,"fields":[{"transform":"identity","sourceId":1,"nullOrder":"nulls-first","direction":"asc"}]},"schema":{"type":"struct","schemaId":0,"identifierFieldIds":[1],"fields":[{"type":"int","required":true,"name":"id","id":1,"doc":"d"}]},"properties":{"z":"1","a":"2"},"partitionSpec":{"specId":0,"fields":[{"transform":"identity","sourceId":1,"name":"id","fieldId":1000}]},"location":"s3://x"}}},"name":"tbl","databaseName":{"Ref":"Db"},"catalogId":{"Ref":"AWS::AccountId"}}"#,
            r#"{"CatalogId":{"Ref":"AWS::AccountId"},"DatabaseName":{"Ref":"Db"},"Name":"tbl","OpenTableFormatInput":{"IcebergInput":{"IcebergTableInput":{"Location":"s3://x","PartitionSpec":{"Fields":[{"FieldId":1000,"Name":"id","SourceId":1,"Transform":"identity"}],"SpecId":0},"Properties":{"z":"1","a":"2"},"Schema":{"Fields":[{"Doc":"d","Id":1,"Name":"id","Required":true,"Type":"int"}],"IdentifierFieldIds":[1],"SchemaId":0,"Type":"struct"},"WriteOrder":{"Fields":[{"Direction":"asc","NullOrder":"nulls-first","SourceId":1,"Transform":"identity"}],"OrderId":1}},"MetadataOperation":"CREATE","Version":"2"}},"TableInput":{"Description":"d","Name":"t","Owner":"o","Parameters":{"1":"one","2":"two","classification":"json"},"PartitionKeys":[{"Name":"dt","Type":"string"}],"Retention":0,"StorageDescriptor":{"BucketColumns":{"Ref":"Buckets"},"Columns":[{"Comment":"c","Name":"id","Type":"int"},{"Name":"name","Type":"string"},{"Fn::If":["Cond",{"name":"x"},{"Ref":"AWS::NoValue"}]}],"Compressed":false,"InputFormat":"org.apache.hadoop.mapred.TextInputFormat","Location":{"Ref":"StreamName"},"NumberOfBuckets":-1,"OutputFormat":"org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat","Parameters":{"streamARN":{"Fn::GetAtt":["S","Arn"]},"typeOfData":"kinesis","classification":"json"},"SchemaReference":{"SchemaId":{"RegistryName":"r","SchemaArn":"arn","SchemaName":"s"},"SchemaVersionId":"v","SchemaVersionNumber":1},"SerdeInfo":{"Name":"serde","Parameters":{"paths":"a,b","ignore.malformed.json":"TRUE"},"SerializationLibrary":"org.openx.data.jsonserde.JsonSerDe"},"SkewedInfo":{"SkewedColumnNames":["a"],"SkewedColumnValueLocationMaps":{"v":"s3://x","a":"s3://y"},"SkewedColumnValues":["v"]},"SortColumns":[{"Column":"a","SortOrder":1}],"StoredAsSubDirectories":false},"TableType":"EXTERNAL_TABLE","TargetTable":{"CatalogId":"123","DatabaseName":"db","Name":"t","Region":"us-east-1"},"ViewDefinition":{"Definer":"me","IsProtected":false,"Representations":[{"Dialect":"ATHENA","DialectVersion":"1","ValidationConnection":"vc","ViewExpandedText":"e","ViewOriginalText":"o"}],"SubObjects":["s1"]},"ViewExpandedText":"ve","ViewOriginalText":"vo"}}"#,
        ),
        (
            L1Resource::Database,
            r#"{"databaseName":"n","databaseInput":{"targetDatabase":{"region":"r","databaseName":"d","catalogId":"c"},"parameters":{"k":"v"},"name":"db","locationUri":"s3://l","federatedDatabase":{"identifier":"i","connectionName":"c"},"description":"x","createTableDefaultPermissions":[{"principal":{"dataLakePrincipalIdentifier":"IAM_ALLOWED_PRINCIPALS"},"permissions":["ALL"]}]},"catalogId":{"Ref":"AWS::AccountId"}}"#,
            r#"{"CatalogId":{"Ref":"AWS::AccountId"},"DatabaseInput":{"CreateTableDefaultPermissions":[{"Permissions":["ALL"],"Principal":{"DataLakePrincipalIdentifier":"IAM_ALLOWED_PRINCIPALS"}}],"Description":"x","FederatedDatabase":{"ConnectionName":"c","Identifier":"i"},"LocationUri":"s3://l","Name":"db","Parameters":{"k":"v"},"TargetDatabase":{"CatalogId":"c","DatabaseName":"d","Region":"r"}},"DatabaseName":"n"}"#,
        ),
        (
            L1Resource::SecurityConfiguration,
            r#"{"name":"sc","encryptionConfiguration":{"s3Encryptions":[{"s3EncryptionMode":"SSE-KMS","kmsKeyArn":{"Fn::GetAtt":["K","Arn"]}}],"jobBookmarksEncryption":{"kmsKeyArn":"k","jobBookmarksEncryptionMode":"CSE-KMS"},"cloudWatchEncryption":{"kmsKeyArn":"k2","cloudWatchEncryptionMode":"SSE-KMS"}}}"#,
            r#"{"EncryptionConfiguration":{"CloudWatchEncryption":{"CloudWatchEncryptionMode":"SSE-KMS","KmsKeyArn":"k2"},"JobBookmarksEncryption":{"JobBookmarksEncryptionMode":"CSE-KMS","KmsKeyArn":"k"},"S3Encryptions":[{"KmsKeyArn":{"Fn::GetAtt":["K","Arn"]},"S3EncryptionMode":"SSE-KMS"}]},"Name":"sc"}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","defaultArguments":{},"connections":{"connections":[]},"tags":{},"executionProperty":{}}"#,
            r#"{"Command":{},"Connections":{"Connections":[]},"DefaultArguments":{},"ExecutionProperty":{},"Role":"r"}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":{"name":"glueetl"},"role":"r","tags":{"b":"1","a":2,"B":"3","_x":"4","1":"5","A":"6"}}"#,
            r#"{"Command":{"Name":"glueetl"},"Role":"r","Tags":{"1":"5","_x":"4","a":"2","A":"6","b":"1","B":"3"}}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","tags":{"n":1.5,"b":true,"z":null,"o":{"a":1},"l":[1,2]}}"#,
            r#"{"Command":{},"Role":"r","Tags":{"b":"true","l":"1,2","n":"1.5","o":"[object Object]","z":"null"}}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":{"name":null},"role":"r","description":null}"#,
            r#"{"Command":{"Name":null},"Description":null,"Role":"r"}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":"{{resolve:ssm:x}}","role":"r","numberOfWorkers":"{{resolve:ssm:n}}"}"#,
            r#"{"Command":"{{resolve:ssm:x}}","NumberOfWorkers":"{{resolve:ssm:n}}","Role":"r"}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","defaultArguments":{"--b":"1","10":"x","2":"y","a":{"z":1,"1":2}}}"#,
            r#"{"Command":{},"DefaultArguments":{"2":"y","10":"x","--b":"1","a":{"1":2,"z":1}},"Role":"r"}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":{"roleRef":{"roleArn":"arn:x","roleName":"n"}}}"#,
            r#"{"Command":{},"Role":"arn:x"}"#,
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","defaultArguments":[1,2]}"#,
            r#"{"Command":{},"DefaultArguments":[1,2],"Role":"r"}"#,
        ),
        (
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","tableInput":{"partitionKeys":[{"Fn::If":["c",{"name":"a"},{"Ref":"AWS::NoValue"}]},{"name":"b","type":{"Ref":"T"}}],"storageDescriptor":{"columns":{"Fn::GetAtt":["x","y"]}}}}"#,
            r#"{"CatalogId":"c","DatabaseName":"d","TableInput":{"PartitionKeys":[{"Fn::If":["c",{"name":"a"},{"Ref":"AWS::NoValue"}]},{"Name":"b","Type":{"Ref":"T"}}],"StorageDescriptor":{"Columns":{"Fn::GetAtt":["x","y"]}}}}"#,
        ),
        (L1Resource::Database, r#"{"catalogId":"","databaseInput":{}}"#, r#"{"CatalogId":"","DatabaseInput":{}}"#),
    ];

    // Inputs and the message aws-cdk-lib 2.276.0 threw for them (construct path `S/R`), pasted
    // from a real run.
    const MESSAGE_CASES: &[(L1Resource, &str, &str)] = &[
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","numberOfWorkers":"two"}"#,
            "Resolution error: Supplied properties not correct for \"CfnJobProps\"\n  numberOfWorkers: \"two\" should be a number.",
        ),
        (
            L1Resource::Job,
            r#"{"numberOfWorkers":"two","command":{"name":5,"pythonVersion":true},"connections":"x","executionProperty":[1]}"#,
            "S/R [AWS::Glue::Job] is missing required property: role",
        ),
        (
            L1Resource::Job,
            r#"{"command":null,"role":"r"}"#,
            "S/R [AWS::Glue::Job] is missing required property: command",
        ),
        (
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","tableInput":{"storageDescriptor":{"columns":[{"name":"a"},{"name":5},"x"],"serdeInfo":"str"},"partitionKeys":{"a":1}}}"#,
            "Resolution error: Supplied properties not correct for \"CfnTableProps\"\n  tableInput: supplied properties not correct for \"TableInputProperty\"\n    partitionKeys: {\"a\":1} should be a list\n    storageDescriptor: supplied properties not correct for \"StorageDescriptorProperty\"\n      columns: element 1: supplied properties not correct for \"ColumnProperty\"\n        name: 5 should be a string\n      serdeInfo: supplied properties not correct for \"SerdeInfoProperty\"\n        Expected an object, but received: \"str\".",
        ),
        (
            L1Resource::Database,
            r#"{"catalogId":5,"databaseInput":"x"}"#,
            "Resolution error: Supplied properties not correct for \"CfnDatabaseProps\"\n  catalogId: 5 should be a string\n  databaseInput: supplied properties not correct for \"DatabaseInputProperty\"\n    Expected an object, but received: \"x\".",
        ),
        (
            L1Resource::SecurityConfiguration,
            r#"{"encryptionConfiguration":{"s3Encryptions":[{"s3EncryptionMode":3}]}}"#,
            "S/R [AWS::Glue::SecurityConfiguration] is missing required property: name",
        ),
        (
            L1Resource::SecurityConfiguration,
            r#"{"name":"n","encryptionConfiguration":{"s3Encryptions":[{"s3EncryptionMode":3}],"cloudWatchEncryption":true}}"#,
            "Resolution error: Supplied properties not correct for \"CfnSecurityConfigurationProps\"\n  encryptionConfiguration: supplied properties not correct for \"EncryptionConfigurationProperty\"\n    cloudWatchEncryption: supplied properties not correct for \"CloudWatchEncryptionProperty\"\n      Expected an object, but received: true\n    s3Encryptions: element 0: supplied properties not correct for \"S3EncryptionProperty\"\n      s3EncryptionMode: 3 should be a string.",
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","connections":{"connections":["a",5,"b",true]}}"#,
            "Resolution error: Supplied properties not correct for \"CfnJobProps\"\n  connections: supplied properties not correct for \"ConnectionsListProperty\"\n    connections: element 1: 5 should be a string.",
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","defaultArguments":"str","jobRunQueuingEnabled":"yes","maxCapacity":false}"#,
            "Resolution error: Supplied properties not correct for \"CfnJobProps\"\n  defaultArguments: \"str\" should be an 'object'\n  jobRunQueuingEnabled: \"yes\" should be a boolean\n  maxCapacity: false should be a number.",
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":"r","tags":"str"}"#,
            "Invalid tag input expected map of {key: value} have \"str\"",
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":5}"#,
            "Property role should be one of iam.IRoleRef | string",
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":{"roleRef":{"roleName":"n"}}}"#,
            "Expected 'roleArn' to be defined in reference interface",
        ),
        (
            L1Resource::Job,
            r#"{"command":{},"role":{"roleRef":{"roleArn":5}}}"#,
            "Resolution error: Supplied properties not correct for \"CfnJobProps\"\n  role: 5 should be a string.",
        ),
        (
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","tableInput":{"partitionKeys":["x"],"storageDescriptor":{"sortColumns":[{"column":"a","sortOrder":1},7]}}}"#,
            "Resolution error: Supplied properties not correct for \"CfnTableProps\"\n  tableInput: supplied properties not correct for \"TableInputProperty\"\n    partitionKeys: element 0: supplied properties not correct for \"ColumnProperty\"\n      Expected an object, but received: \"x\"\n      name: required but missing\n    storageDescriptor: supplied properties not correct for \"StorageDescriptorProperty\"\n      sortColumns: element 1: supplied properties not correct for \"OrderProperty\"\n        Expected an object, but received: 7\n        column: required but missing\n        sortOrder: required but missing.",
        ),
        (
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","tableInput":{"partitionKeys":5}}"#,
            "Resolution error: Supplied properties not correct for \"CfnTableProps\"\n  tableInput: supplied properties not correct for \"TableInputProperty\"\n    partitionKeys: 5 should be a list.",
        ),
        (
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","openTableFormatInput":{"icebergInput":{"icebergTableInput":{"location":"l","schema":{"fields":[]},"properties":{"a":"x","b":5,"c":6}}}}}"#,
            "Resolution error: Supplied properties not correct for \"CfnTableProps\"\n  openTableFormatInput: supplied properties not correct for \"OpenTableFormatInputProperty\"\n    icebergInput: supplied properties not correct for \"IcebergInputProperty\"\n      icebergTableInput: supplied properties not correct for \"IcebergTableInputProperty\"\n        properties: element 'b': 5 should be a string.",
        ),
        (
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","tableInput":{"partitionKeys":[{"type":"string"}],"storageDescriptor":{"columns":[{"name":"a","type":5}]}}}"#,
            "Resolution error: Supplied properties not correct for \"CfnTableProps\"\n  tableInput: supplied properties not correct for \"TableInputProperty\"\n    partitionKeys: element 0: supplied properties not correct for \"ColumnProperty\"\n      name: required but missing\n    storageDescriptor: supplied properties not correct for \"StorageDescriptorProperty\"\n      columns: element 0: supplied properties not correct for \"ColumnProperty\"\n        type: 5 should be a string.",
        ),
        (
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","tableInput":{"storageDescriptor":{"columns":{"name":"a"}}}}"#,
            "Resolution error: Supplied properties not correct for \"CfnTableProps\"\n  tableInput: supplied properties not correct for \"TableInputProperty\"\n    storageDescriptor: supplied properties not correct for \"StorageDescriptorProperty\"\n      columns: {\"name\":\"a\"} should be a list.",
        ),
    ];

    #[test]
    fn output_matches_cdk() {
        for (resource, input, expected) in OUTPUT_CASES {
            let (out, diags) = convert(*resource, input);
            assert_eq!(out, *expected, "input {input}");
            assert!(diags.is_empty(), "input {input}: {diags:?}");
        }
    }

    #[test]
    fn messages_match_cdk() {
        for (resource, input, expected) in MESSAGE_CASES {
            let (_, diags) = convert(*resource, input);
            assert!(!diags.is_empty(), "input {input}");
            assert!(diags.iter().all(|d| d.code == CODE_TYPE || d.code == CODE_REQUIRED));
            let message = cdk_validation_message_at(*resource, "S/R", Some("/props"), &diags);
            assert_eq!(message, *expected, "input {input}");
            // Guessing the props root gives the same message (bar the construct path).
            let guessed = cdk_validation_message(*resource, &diags);
            assert_eq!(guessed, expected.replace("S/R [", "["), "input {input}");
        }
    }

    #[test]
    fn diagnostics_point_at_the_problem() {
        let (_, diags) = convert(
            L1Resource::Table,
            r#"{"catalogId":"c","tableInput":{"storageDescriptor":{"columns":[{"name":"a"},{"type":"int"},{"name":"b","comment":7}],"serdeInfo":"x","bucketColumns":{"a":1},"compressed":"no"}}}"#,
        );
        let got: Vec<(&str, &str, &str)> =
            diags.iter().map(|d| (d.path.as_str(), d.code, d.message.as_str())).collect();
        assert_eq!(
            got,
            vec![
                ("/props/databaseName", "required", "required but missing"),
                ("/props/tableInput/storageDescriptor/bucketColumns", "type", r#"{"a":1} should be a list"#),
                ("/props/tableInput/storageDescriptor/columns/1/name", "required", "required but missing"),
                ("/props/tableInput/storageDescriptor/columns/2/comment", "type", "7 should be a string"),
                ("/props/tableInput/storageDescriptor/compressed", "type", r#""no" should be a boolean"#),
                ("/props/tableInput/storageDescriptor/serdeInfo", "type", r#"Expected an object, but received: "x""#),
            ]
        );
    }

    #[test]
    fn job_type_errors() {
        let (_, diags) = convert(L1Resource::Job, r#"{"command":{},"role":"r","numberOfWorkers":"two"}"#);
        assert_eq!(diags, vec![Diagnostic::new("/props/numberOfWorkers", "type", r#""two" should be a number"#)]);
    }

    #[test]
    fn unknown_nested_keys_are_reported_and_dropped() {
        let (out, diags) = convert(
            L1Resource::Table,
            r#"{"catalogId":"c","databaseName":"d","bogus":1,"tableInput":{"partitionKeys":[{"name":"a","Type":"int"}]}}"#,
        );
        assert_eq!(out, r#"{"CatalogId":"c","DatabaseName":"d","TableInput":{"PartitionKeys":[{"Name":"a"}]}}"#);
        assert_eq!(
            diags,
            vec![Diagnostic::new(
                "/props/tableInput/partitionKeys/0/Type",
                "unknown-property",
                "Type is not a valid property of CfnTable.ColumnProperty"
            )]
        );
        // CDK drops unknown keys without complaint: the message falls back to the diagnostic.
        assert_eq!(
            cdk_validation_message(L1Resource::Table, &diags),
            "/props/tableInput/partitionKeys/0/Type: Type is not a valid property of CfnTable.ColumnProperty"
        );
        assert_eq!(cdk_validation_message(L1Resource::Table, &[]), "");
    }

    #[test]
    fn intrinsics_pass_through_everywhere() {
        let input = json!({
            "catalogId": {"Ref": "AWS::AccountId"},
            "databaseName": {"Fn::ImportValue": "Db"},
            "tableInput": {
                "parameters": {"Fn::If": ["C", {"b": 1, "1": 2}, {"Ref": "AWS::NoValue"}]},
                "partitionKeys": [{"Fn::If": ["C", {"name": "x"}, {"Ref": "AWS::NoValue"}]}],
                "storageDescriptor": {"Fn::GetAtt": ["X", "Y"]},
                "retention": "{{resolve:ssm:r}}"
            }
        });
        let Value::Object(map) = input else { unreachable!() };
        let mut diags = Vec::new();
        let out = to_cloudformation(L1Resource::Table, map, "", &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            serde_json::to_string(&Value::Object(out)).unwrap_or_default(),
            r#"{"CatalogId":{"Ref":"AWS::AccountId"},"DatabaseName":{"Fn::ImportValue":"Db"},"TableInput":{"Parameters":{"Fn::If":["C",{"1":2,"b":1},{"Ref":"AWS::NoValue"}]},"PartitionKeys":[{"Fn::If":["C",{"name":"x"},{"Ref":"AWS::NoValue"}]}],"Retention":"{{resolve:ssm:r}}","StorageDescriptor":{"Fn::GetAtt":["X","Y"]}}}"#
        );
        // Not intrinsics: two keys, or a key that is neither Ref nor Fn::.
        assert!(!is_intrinsic(&json!({"Ref": "a", "Fn::X": 1})));
        assert!(!is_intrinsic(&json!({"Condition": "a"})));
        assert!(is_intrinsic(&json!({"Fn::Sub": "a"})));
    }

    #[test]
    fn token_text_alone_passes_through_where_cdk_checks_the_value_it_resolves_to() {
        let token = "${Token[TOKEN.42]}";
        let input = json!({
            "command": {"name": "gluestreaming", "scriptLocation": token},
            "role": token,
            "numberOfWorkers": token,
            "jobRunQueuingEnabled": token,
            "defaultArguments": token,
            "executionProperty": token,
            "connections": {"connections": token}
        });
        let Value::Object(map) = input else { unreachable!() };
        let mut diags = Vec::new();
        let out = to_cloudformation(L1Resource::Job, map, "", &mut diags);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            serde_json::to_string(&Value::Object(out)).unwrap_or_default().replace(token, "T"),
            r#"{"Command":{"Name":"gluestreaming","ScriptLocation":"T"},"Connections":{"Connections":"T"},"DefaultArguments":"T","ExecutionProperty":"T","JobRunQueuingEnabled":"T","NumberOfWorkers":"T","Role":"T"}"#
        );
        // Text around a token is not one token: it is checked as the string it is.
        let mut diags = Vec::new();
        let Value::Object(map) = json!({"command": {}, "role": "r", "numberOfWorkers": format!("2{token}")}) else {
            unreachable!()
        };
        to_cloudformation(L1Resource::Job, map, "", &mut diags);
        assert_eq!(diags.len(), 1, "{diags:?}");
    }

    #[test]
    fn convert_struct_by_type_name() {
        let mut diags = Vec::new();
        let out = convert_struct(
            "CfnTable.ColumnProperty",
            &json!({"type": "int", "name": "id", "extra": 1}),
            "/c",
            &mut diags,
        );
        assert_eq!(out, Some(json!({"Name": "id", "Type": "int"})));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, CODE_UNKNOWN);
        assert_eq!(
            convert_struct("SerdeInfoProperty", &json!({"name": "n"}), "", &mut diags),
            Some(json!({"Name": "n"}))
        );
        assert_eq!(convert_struct("Nope", &json!({}), "", &mut diags), None);
        let mut diags = Vec::new();
        let job = convert_struct("CfnJobProps", &json!({"role": "r"}), "/j", &mut diags);
        assert_eq!(job, Some(json!({"Role": "r"})));
        assert_eq!(diags, vec![Diagnostic::new("/j/command", "required", "required but missing")]);
    }

    #[test]
    fn property_names_follow_cdk() {
        assert_eq!(property_names(L1Resource::Database), ["catalogId", "databaseInput", "databaseName"]);
        assert_eq!(property_names(L1Resource::SecurityConfiguration), ["encryptionConfiguration", "name"]);
        assert_eq!(property_names(L1Resource::Table).len(), 5);
        assert_eq!(property_names(L1Resource::Job).len(), 23);
        assert!(property_names(L1Resource::Job).contains(&"nonOverridableArguments"));
        assert_eq!(L1Resource::Job.props_type_name(), "CfnJobProps");
    }

    #[test]
    fn tag_keys_sort_like_node_locale_compare() {
        // `[...].sort((a, b) => a.localeCompare(b))` in Node 20 (ICU), pasted from a real run.
        let expected = [
            "", "_x", "-a", "(k)", "[k]", "{k}", "@x", "#x", "~", "$", "1", "10", "2", "a", "A", "a b", "a_b", "a-b",
            "a:b", "a.b", "a1", "aa", "ab", "aB", "Ab", "AB", "b", "B", "env", "Env", "ENV", "env10", "env2", "team",
            "team_1", "Team1", "x_y", "x-Y", "xy", "xY", "z", "Z",
        ];
        let mut keys: Vec<&str> = expected.iter().rev().copied().collect();
        keys.sort_by(|a, b| locale_compare(a, b));
        assert_eq!(keys, expected);
    }
}
