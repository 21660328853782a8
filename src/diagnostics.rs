//! Problems found in user props, each located by a JSON pointer into the props.

pub mod codes;

use crate::ir::{json, Value};

/// One problem with the props: where (JSON pointer), what, and a stable code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: String,
    pub message: String,
    pub code: &'static str,
}

impl Diagnostic {
    pub fn new(path: impl Into<String>, code: &'static str, message: impl Into<String>) -> Self {
        Self { path: path.into(), message: message.into(), code }
    }

    /// `{ path, message, code }`, as the JSON of a result or an error holds it.
    pub fn to_value(&self) -> Value {
        json!({ "path": self.path.clone(), "message": self.message.clone(), "code": self.code })
    }
}

/// Serialized as `to_value` writes it (one definition of the fields for serde and the engine's
/// writer).
impl serde::Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_value().serialize(serializer)
    }
}

/// Appends a key to a JSON pointer, escaping `~` and `/` as RFC 6901 asks.
pub fn child_path(parent: &str, key: &str) -> String {
    let mut path = String::with_capacity(parent.len() + 1 + key.len());
    path.push_str(parent);
    path.push('/');
    for c in key.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
    path
}

/// Appends an array index to a JSON pointer.
pub fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}/{index}")
}
