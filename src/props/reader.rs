//! Reads user JSON while tracking the JSON pointer, so every problem names where it is.
//! Unknown keys are reported, never dropped.

use crate::ir::{Map, Value};

use crate::diagnostics::{child_path, codes, index_path, Diagnostic};

/// Collects problems while props are read.
#[derive(Debug, Default)]
pub struct Problems {
    pub diagnostics: Vec<Diagnostic>,
}

impl Problems {
    pub fn push(&mut self, path: &str, code: &'static str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::new(path, code, message));
    }

    pub fn type_error(&mut self, path: &str, expected: &str, value: &Value) {
        self.push(path, codes::TYPE, format!("expected {expected}, got {}", describe(value)));
    }

    /// A value that is none of the `allowed` enum strings.
    pub fn enum_error(&mut self, path: &str, allowed: &[&str], value: &Value) {
        let message = format!("expected one of {}, got {}", allowed.join(", "), crate::js::stringify(value));
        self.push(path, codes::ENUM, message);
    }
}

/// Names a JSON value's kind for messages.
pub fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An object being read: keys are taken one by one; `finish` reports the ones nobody took.
pub struct ObjectReader<'a> {
    map: &'a Map,
    path: String,
    taken: Vec<&'a str>,
    type_name: &'static str,
}

impl<'a> ObjectReader<'a> {
    /// Starts reading `value` as an object; reports a type problem and returns `None` otherwise.
    pub fn open(value: &'a Value, path: &str, type_name: &'static str, problems: &mut Problems) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self { map, path: path.to_string(), taken: Vec::new(), type_name }),
            other => {
                problems.type_error(path, &format!("an object ({type_name})"), other);
                None
            }
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn child_path(&self, key: &str) -> String {
        child_path(&self.path, key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.map.get(key).is_some_and(|v| !v.is_null())
    }

    /// Takes a key; `null` counts as absent (JavaScript's `undefined`).
    pub fn take(&mut self, key: &'a str) -> Option<&'a Value> {
        self.taken.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// Takes a key the type requires: reported when it is absent.
    pub fn take_required(&mut self, key: &'a str, problems: &mut Problems) -> Option<&'a Value> {
        let value = self.take(key);
        if value.is_none() {
            let type_name = self.type_name;
            problems.push(&self.child_path(key), codes::REQUIRED, format!("{key} is required in {type_name}"));
        }
        value
    }

    /// Takes a key and reads its value with `read`, at the key's pointer.
    pub fn read<T>(
        &mut self,
        key: &'a str,
        problems: &mut Problems,
        read: impl FnOnce(&'a Value, &str, &mut Problems) -> Option<T>,
    ) -> Option<T> {
        let value = self.take(key)?;
        read(value, &self.child_path(key), problems)
    }

    /// `read` for a key the type requires: reported when it is absent.
    pub fn read_required<T>(
        &mut self,
        key: &'a str,
        problems: &mut Problems,
        read: impl FnOnce(&'a Value, &str, &mut Problems) -> Option<T>,
    ) -> Option<T> {
        let value = self.take_required(key, problems)?;
        read(value, &self.child_path(key), problems)
    }

    pub fn string(&mut self, key: &'a str, problems: &mut Problems) -> Option<String> {
        match self.take(key)? {
            Value::String(s) => Some(s.to_string()),
            other => {
                problems.type_error(&self.child_path(key), "a string", other);
                None
            }
        }
    }

    /// A string or an intrinsic object: anything CDK accepts where it takes a string.
    pub fn string_like(&mut self, key: &'a str, problems: &mut Problems) -> Option<Value> {
        let value = self.take(key)?;
        if is_string_like(value) {
            return Some(value.clone());
        }
        string_like(value, &self.child_path(key), problems)
    }

    pub fn boolean(&mut self, key: &'a str, problems: &mut Problems) -> Option<bool> {
        match self.take(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                problems.type_error(&self.child_path(key), "a boolean", other);
                None
            }
        }
    }

    /// A number, or a CDK token where CDK takes one (`CfnParameter.valueAsNumber` is a `Ref`).
    pub fn number_like(&mut self, key: &'a str, problems: &mut Problems) -> Option<NumberLike> {
        self.read(key, problems, number_like)
    }

    /// One of the listed enum strings.
    pub fn enumeration(&mut self, key: &'a str, allowed: &[&str], problems: &mut Problems) -> Option<String> {
        let value = self.take(key)?;
        match value.as_str() {
            Some(s) if allowed.contains(&s) => Some(s.to_string()),
            _ => {
                problems.enum_error(&self.child_path(key), allowed, value);
                None
            }
        }
    }

    /// Reports keys that were never taken, naming the ones that are (every reader takes each key
    /// it knows before finishing).
    pub fn finish(self, problems: &mut Problems) {
        for key in self.map.keys() {
            if !self.taken.contains(&key.as_ref()) {
                let mut known = self.taken.clone();
                crate::js::sort_by(&mut known, Ord::cmp);
                known.dedup();
                problems.push(
                    &child_path(&self.path, key),
                    codes::UNKNOWN_PROPERTY,
                    format!("{key} is not a supported property of {}; it takes {}", self.type_name, known.join(", ")),
                );
            }
        }
    }
}

/// A number as CDK takes it: a literal, or a token CDK passes on without checking its value: an
/// intrinsic (the `Ref` of a `CfnParameter`), or a CDK token's text (`${Token[...]}`, a
/// `cdk.Lazy` number as the CDK adapter passes it).
#[derive(Debug, Clone, PartialEq)]
pub enum NumberLike {
    Number(f64),
    Token(Value),
}

/// A number, an intrinsic or a CDK token's text, else a type problem.
pub fn number_like(value: &Value, path: &str, problems: &mut Problems) -> Option<NumberLike> {
    match value {
        Value::Number(n) => n.as_f64().map(NumberLike::Number),
        Value::String(s) if crate::cfn::holds_token(s) => Some(NumberLike::Token(value.clone())),
        v if crate::cfn::is_intrinsic(v) => Some(NumberLike::Token(v.clone())),
        other => {
            problems.type_error(path, "a number or an intrinsic", other);
            None
        }
    }
}

/// A string or intrinsic, else a type problem.
pub fn string_like(value: &Value, path: &str, problems: &mut Problems) -> Option<Value> {
    match value {
        v if is_string_like(v) => Some(value.clone()),
        other => {
            problems.type_error(path, "a string or an intrinsic", other);
            None
        }
    }
}

fn is_string_like(value: &Value) -> bool {
    value.is_string() || crate::cfn::is_intrinsic(value)
}

/// An array's elements as they are, reporting a non-array.
pub fn array_values(value: &Value, path: &str, problems: &mut Problems) -> Option<Vec<Value>> {
    match value {
        Value::Array(items) => Some(items.clone()),
        other => {
            problems.type_error(path, "an array", other);
            None
        }
    }
}

/// Reads every element of an array with `read`, reporting a non-array.
pub fn array<'a, T>(
    value: &'a Value,
    path: &str,
    problems: &mut Problems,
    mut read: impl FnMut(&'a Value, &str, &mut Problems) -> Option<T>,
) -> Option<Vec<T>> {
    match value {
        Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                if let Some(v) = read(item, &index_path(path, i), problems) {
                    out.push(v);
                }
            }
            Some(out)
        }
        other => {
            problems.type_error(path, "an array", other);
            None
        }
    }
}
