//! The engine's JSON: what props, the pattern and the writer hold. Unlike `serde_json::Value`
//! (an `IndexMap` of `String` keys, hashed with SipHash), keys and strings that the engine writes
//! itself are `&'static str` and objects are vectors of entries in insertion order (only a long
//! one keeps an index), so building, copying, writing and dropping a template allocates little.
//! The API follows serde_json's, so the two read alike.

use std::borrow::Cow;

pub use serde_json::Number;

/// A key or a string: borrowed when the engine wrote it, owned when it came from the caller.
pub type Str = Cow<'static, str>;

/// The text of a `Str`, inlined where it is read: `Cow`'s `Deref` stays a call in the code the
/// .wasm builds for size, and keys are read in every lookup and by the writer.
#[inline(always)]
pub fn text(s: &Str) -> &str {
    match s {
        Cow::Borrowed(s) => s,
        Cow::Owned(s) => s.as_str(),
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    /// Boxed: numbers are rare in a template, and a `Number` (16 bytes, 8-aligned) inline made
    /// every value 24 bytes in WebAssembly instead of 16, and every object entry 40 instead of 28.
    Number(Box<Number>),
    String(Str),
    Array(Vec<Value>),
    Object(Map),
}

mod conversions;
mod macros;
mod map;
mod parse;

pub use macros::Literal;
pub use map::{Entry, Map};
pub use parse::JsonError;

static NULL: Value = Value::Null;

/// The key an RFC 6901 reference token stands for: `~1` is `/` and `~0` is `~`, read left to
/// right (so `~01` is `~1`); borrowed when it holds no `~`.
pub fn unescape_pointer_token(token: &str) -> Cow<'_, str> {
    if !token.as_bytes().contains(&b'~') {
        return Cow::Borrowed(token);
    }
    let mut key = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        let escaped = match (c, chars.clone().next()) {
            ('~', Some('1')) => Some('/'),
            ('~', Some('0')) => Some('~'),
            _ => None,
        };
        match escaped {
            Some(unescaped) => {
                key.push(unescaped);
                chars.next();
            }
            None => key.push(c),
        }
    }
    Cow::Owned(key)
}

/// What `Value::get` takes: a key of an object or a position in an array.
pub trait Index {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value>;
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value>;
}

impl Index for str {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        value.as_object().and_then(|map| map.get(self))
    }
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value> {
        value.as_object_mut().and_then(|map| map.get_mut(self))
    }
}

impl Index for String {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        self.as_str().index_into(value)
    }
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value> {
        self.as_str().index_into_mut(value)
    }
}

impl Index for usize {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        value.as_array().and_then(|items| items.get(*self))
    }
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value> {
        value.as_array_mut().and_then(|items| items.get_mut(*self))
    }
}

impl<T: Index + ?Sized> Index for &T {
    fn index_into<'v>(&self, value: &'v Value) -> Option<&'v Value> {
        (**self).index_into(value)
    }
    fn index_into_mut<'v>(&self, value: &'v mut Value) -> Option<&'v mut Value> {
        (**self).index_into_mut(value)
    }
}

impl<I: Index> std::ops::Index<I> for Value {
    type Output = Value;
    fn index(&self, index: I) -> &Value {
        index.index_into(self).unwrap_or(&NULL)
    }
}

/// `value["key"] = ...`: a value that is not an object becomes one first (never a panic).
impl<'k> std::ops::IndexMut<&'k str> for Value {
    fn index_mut(&mut self, key: &'k str) -> &mut Value {
        if !self.is_object() {
            *self = Value::Object(Map::new());
        }
        let Value::Object(map) = self else { unreachable!("made an object above") };
        let at = match map.position(key) {
            Some(at) => at,
            None => map.push_new(Cow::Owned(key.to_string()), Value::Null),
        };
        &mut map.entries_mut()[at].1
    }
}

impl Value {
    pub fn get<I: Index>(&self, index: I) -> Option<&Value> {
        index.index_into(self)
    }

    pub fn get_mut<I: Index>(&mut self, index: I) -> Option<&mut Value> {
        index.index_into_mut(self)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    pub fn is_u64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_u64())
    }

    pub fn is_i64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_i64())
    }

    pub fn is_f64(&self) -> bool {
        matches!(self, Value::Number(n) if n.is_f64())
    }

    pub fn take(&mut self) -> Value {
        std::mem::take(self)
    }

    /// RFC 6901 lookup (`/a/0/b`, with `~1` for `/` and `~0` for `~`).
    pub fn pointer(&self, pointer: &str) -> Option<&Value> {
        if pointer.is_empty() {
            return Some(self);
        }
        let rest = pointer.strip_prefix('/')?;
        rest.split('/').try_fold(self, |target, token| {
            let token = unescape_pointer_token(token);
            match target {
                Value::Object(map) => map.get(&token),
                Value::Array(items) => parse_position(&token).and_then(|at| items.get(at)),
                _ => None,
            }
        })
    }
}

/// An array position as RFC 6901 writes it: decimal, no leading zero.
fn parse_position(token: &str) -> Option<usize> {
    if token.starts_with('+') || (token.starts_with('0') && token.len() > 1) {
        return None;
    }
    token.parse().ok()
}

impl Value {
    /// An engine literal that JSON escapes (a quote, a line break), owned so that the writer
    /// escapes it: the writer copies a borrowed string, the engine's other literals, as it is.
    pub fn literal_with_escapes(text: &'static str) -> Value {
        Value::String(Cow::Owned(text.to_owned()))
    }
}

impl From<&'static str> for Value {
    fn from(s: &'static str) -> Self {
        Value::String(Cow::Borrowed(s))
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(Cow::Owned(s))
    }
}

impl From<Str> for Value {
    fn from(s: Str) -> Self {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

macro_rules! from_integer {
    ($($t:ty)*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Number(Box::new(Number::from(n)))
            }
        }
    )*};
}
from_integer!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);

/// A float that JSON cannot hold (NaN, infinities) is `null`, as in `JSON.stringify`.
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Number::from_f64(f).map_or(Value::Null, Value::from)
    }
}

impl From<Number> for Value {
    fn from(n: Number) -> Self {
        Value::Number(Box::new(n))
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Self {
        Value::Object(map)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Self {
        Value::Array(items.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(item: Option<T>) -> Self {
        item.map_or(Value::Null, Into::into)
    }
}

impl From<&String> for Value {
    fn from(s: &String) -> Self {
        Value::String(Cow::Owned(s.clone()))
    }
}

impl From<&&'static str> for Value {
    fn from(s: &&'static str) -> Self {
        Value::String(Cow::Borrowed(s))
    }
}

impl From<&Vec<String>> for Value {
    fn from(items: &Vec<String>) -> Self {
        Value::Array(items.iter().map(Value::from).collect())
    }
}

impl From<&Vec<Value>> for Value {
    fn from(items: &Vec<Value>) -> Self {
        Value::Array(items.clone())
    }
}

impl From<&Value> for Value {
    fn from(value: &Value) -> Self {
        value.clone()
    }
}

impl PartialEq<str> for Value {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

pub use crate::json;

#[cfg(test)]
mod tests;
