//! The engine's JSON: what props, the pattern and the writer hold. Unlike `serde_json::Value`
//! (an `IndexMap` of `String` keys, hashed with SipHash), keys and strings that the engine writes
//! itself are `&'static str` and objects are vectors of entries in insertion order (only a long
//! one keeps an index), so building, copying, writing and dropping a template allocates little.
//! The API follows serde_json's, so the two read alike.

use std::borrow::Cow;
use std::fmt;

pub use serde_json::Number;

/// A key or a string: borrowed when the engine wrote it, owned when it came from the caller.
pub type Str = Cow<'static, str>;

#[derive(Debug, Clone, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(Str),
    Array(Vec<Value>),
    Object(Map),
}

/// An object: entries in insertion order, unique keys. Lookups in a short object scan its
/// entries; a long one (a caller's map of thousands of keys) keeps an index of their positions,
/// so that building and reading it stays linear. The index lives behind the long form's box, so
/// a map, and every `Value`, stays as small as a vector.
#[derive(Debug, Clone)]
pub struct Map {
    repr: Repr,
}

#[derive(Debug, Clone)]
enum Repr {
    Short(Vec<(Str, Value)>),
    Long(Box<Long>),
}

#[derive(Debug, Clone)]
struct Long {
    entries: Vec<(Str, Value)>,
    index: std::collections::HashMap<Str, usize>,
}

/// Entries from which a map keeps an index of its keys.
const INDEXED_FROM: usize = 32;

/// Order does not matter for equality, as for JavaScript objects compared member by member.
impl PartialEq for Map {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(key, value)| other.get(key) == Some(value))
    }
}

impl Default for Map {
    fn default() -> Self {
        Self::new()
    }
}

impl Map {
    pub fn new() -> Self {
        Self { repr: Repr::Short(Vec::new()) }
    }

    pub fn with_capacity(capacity: usize) -> Self {
        Self { repr: Repr::Short(Vec::with_capacity(capacity)) }
    }

    /// A map of entries whose keys are known to be unique.
    fn from_unique(entries: Vec<(Str, Value)>) -> Self {
        Self { repr: Self::repr_of(entries) }
    }

    /// The form for these entries, with a fresh index when they are many.
    fn repr_of(entries: Vec<(Str, Value)>) -> Repr {
        if entries.len() < INDEXED_FROM {
            return Repr::Short(entries);
        }
        let index = entries.iter().enumerate().map(|(at, (k, _))| (k.clone(), at)).collect();
        Repr::Long(Box::new(Long { entries, index }))
    }

    /// Rebuilds the index after entries moved.
    fn reindex(&mut self) {
        if let Repr::Long(long) = &mut self.repr {
            let entries = std::mem::take(&mut long.entries);
            self.repr = Self::repr_of(entries);
        }
    }

    fn entries(&self) -> &Vec<(Str, Value)> {
        match &self.repr {
            Repr::Short(entries) => entries,
            Repr::Long(long) => &long.entries,
        }
    }

    /// The entries, for changes that keep every key at its position.
    fn entries_mut(&mut self) -> &mut Vec<(Str, Value)> {
        match &mut self.repr {
            Repr::Short(entries) => entries,
            Repr::Long(long) => &mut long.entries,
        }
    }

    /// Appends an entry whose key is not there yet; returns its position.
    fn push_new(&mut self, key: Str, value: Value) -> usize {
        match &mut self.repr {
            Repr::Short(entries) => {
                entries.push((key, value));
                let at = entries.len() - 1;
                if entries.len() >= INDEXED_FROM {
                    let entries = std::mem::take(entries);
                    self.repr = Self::repr_of(entries);
                }
                at
            }
            Repr::Long(long) => {
                long.index.insert(key.clone(), long.entries.len());
                long.entries.push((key, value));
                long.entries.len() - 1
            }
        }
    }

    pub fn len(&self) -> usize {
        self.entries().len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries().is_empty()
    }

    fn position(&self, key: &str) -> Option<usize> {
        match &self.repr {
            Repr::Short(entries) => entries.iter().position(|(k, _)| k == key),
            Repr::Long(long) => long.index.get(key).copied(),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.position(key).map(|at| &self.entries()[at].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.position(key).map(|at| &mut self.entries_mut()[at].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// Replaces the value of a key in place (its position kept), or appends a new entry.
    pub fn insert(&mut self, key: Str, value: Value) -> Option<Value> {
        match self.position(&key) {
            Some(at) => Some(std::mem::replace(&mut self.entries_mut()[at].1, value)),
            None => {
                self.push_new(key, value);
                None
            }
        }
    }

    /// Removes an entry, moving the last entry into its place (serde_json's `remove` with
    /// `preserve_order`, whose order the templates reproduce).
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.swap_remove(key)
    }

    pub fn swap_remove(&mut self, key: &str) -> Option<Value> {
        let at = self.position(key)?;
        let (_, value) = self.entries_mut().swap_remove(at);
        if let Repr::Long(long) = &mut self.repr {
            long.index.remove(key);
            if let Some((moved, _)) = long.entries.get(at) {
                long.index.insert(moved.clone(), at);
            }
        }
        Some(value)
    }

    /// Removes an entry, keeping the order of the others.
    pub fn shift_remove(&mut self, key: &str) -> Option<Value> {
        let at = self.position(key)?;
        let (_, value) = self.entries_mut().remove(at);
        self.reindex();
        Some(value)
    }

    /// A vacant key is added at once (as `null`): finish with `or_insert_with` / `or_insert`.
    #[must_use]
    pub fn entry(&mut self, key: Str) -> Entry<'_> {
        match self.position(&key) {
            Some(at) => Entry { map: self, at, vacant: false },
            None => {
                let at = self.push_new(key, Value::Null);
                Entry { map: self, at, vacant: true }
            }
        }
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Str, &Value)> + ExactSizeIterator {
        self.entries().iter().map(|(k, v)| (k, v))
    }

    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = (&Str, &mut Value)> + ExactSizeIterator {
        self.entries_mut().iter_mut().map(|(k, v)| (&*k, v))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &Str> + ExactSizeIterator {
        self.entries().iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator {
        self.entries().iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Value> + ExactSizeIterator {
        self.entries_mut().iter_mut().map(|(_, v)| v)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Str, &mut Value) -> bool) {
        let before = self.len();
        self.entries_mut().retain_mut(|(k, v)| keep(k, v));
        if self.len() != before {
            self.reindex();
        }
    }
}

/// A place in a map, made by `Map::entry`.
pub struct Entry<'a> {
    map: &'a mut Map,
    at: usize,
    vacant: bool,
}

impl<'a> Entry<'a> {
    pub fn or_insert_with(self, make: impl FnOnce() -> Value) -> &'a mut Value {
        let slot = &mut self.map.entries_mut()[self.at].1;
        if self.vacant {
            *slot = make();
        }
        slot
    }

    pub fn or_insert(self, value: Value) -> &'a mut Value {
        self.or_insert_with(|| value)
    }
}

impl<K: Into<Str>> Extend<(K, Value)> for Map {
    fn extend<I: IntoIterator<Item = (K, Value)>>(&mut self, items: I) {
        for (key, value) in items {
            self.insert(key.into(), value);
        }
    }
}

impl<K: Into<Str>> FromIterator<(K, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (K, Value)>>(items: I) -> Self {
        let mut map = Map::new();
        map.extend(items);
        map
    }
}

impl IntoIterator for Map {
    type Item = (Str, Value);
    type IntoIter = std::vec::IntoIter<(Str, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        match self.repr {
            Repr::Short(entries) => entries.into_iter(),
            Repr::Long(long) => long.entries.into_iter(),
        }
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a Str, &'a Value);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (Str, Value)>, fn(&'a (Str, Value)) -> (&'a Str, &'a Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries().iter().map(|(k, v)| (k, v))
    }
}

impl<'a> IntoIterator for &'a mut Map {
    type Item = (&'a Str, &'a mut Value);
    type IntoIter =
        std::iter::Map<std::slice::IterMut<'a, (Str, Value)>, fn(&'a mut (Str, Value)) -> (&'a Str, &'a mut Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries_mut().iter_mut().map(|(k, v)| (&*k, v))
    }
}

static NULL: Value = Value::Null;

impl std::ops::Index<&str> for Map {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
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
            let token = token.replace("~1", "/").replace("~0", "~");
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
                Value::Number(Number::from(n))
            }
        }
    )*};
}
from_integer!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);

/// A float that JSON cannot hold (NaN, infinities) is `null`, as in `JSON.stringify`.
impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Number::from_f64(f).map_or(Value::Null, Value::Number)
    }
}

impl From<Number> for Value {
    fn from(n: Number) -> Self {
        Value::Number(n)
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

/// serde_json's values, as read from the caller (`synth`'s props) or handed to tests.
impl From<serde_json::Value> for Value {
    fn from(value: serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => Value::Number(n),
            serde_json::Value::String(s) => Value::String(Cow::Owned(s)),
            serde_json::Value::Array(items) => Value::Array(items.into_iter().map(Value::from).collect()),
            // serde_json's keys are unique already.
            serde_json::Value::Object(map) => {
                Value::Object(Map::from_unique(map.into_iter().map(|(k, v)| (Cow::Owned(k), Value::from(v))).collect()))
            }
        }
    }
}

impl From<&serde_json::Value> for Value {
    fn from(value: &serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.clone()),
            serde_json::Value::String(s) => Value::String(Cow::Owned(s.clone())),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(Value::from).collect()),
            serde_json::Value::Object(map) => Value::Object(Map::from_unique(
                map.iter().map(|(k, v)| (Cow::Owned(k.clone()), Value::from(v))).collect(),
            )),
        }
    }
}

impl From<Value> for serde_json::Value {
    fn from(value: Value) -> Self {
        match value {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(b),
            Value::Number(n) => serde_json::Value::Number(n),
            Value::String(s) => serde_json::Value::String(s.into_owned()),
            Value::Array(items) => serde_json::Value::Array(items.into_iter().map(Into::into).collect()),
            Value::Object(map) => {
                serde_json::Value::Object(map.into_iter().map(|(k, v)| (k.into_owned(), v.into())).collect())
            }
        }
    }
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => n.serialize(serializer),
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => serializer.collect_seq(items),
            Value::Object(map) => map.serialize(serializer),
        }
    }
}

impl serde::Serialize for Map {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.entries().iter().map(|(k, v)| (&**k, v)))
    }
}

/// Reads JSON as `JSON.parse` does: a repeated key keeps its first position and its last value.
impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

impl<'de> serde::Deserialize<'de> for Map {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Object(map) => Ok(map),
            _ => Err(serde::de::Error::custom("invalid type: expected a map")),
        }
    }
}

struct ValueVisitor;

impl<'de> serde::de::Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n.into()))
    }

    fn visit_f64<E>(self, f: f64) -> Result<Value, E> {
        Ok(Value::from(f))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(Cow::Owned(s.to_string())))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(Cow::Owned(s)))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        serde::Deserialize::deserialize(deserializer)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let mut map = Map::new();
        while let Some((key, value)) = access.next_entry::<String, Value>()? {
            map.insert(Cow::Owned(key), value);
        }
        Ok(Value::Object(map))
    }
}

/// Compact JSON, as serde_json's `Display` writes it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

/// What a `json!` literal becomes: a string literal is borrowed, not copied.
pub trait Literal {
    fn into_value(self) -> Value;
}

impl Literal for &'static str {
    fn into_value(self) -> Value {
        Value::String(Cow::Borrowed(self))
    }
}

macro_rules! literal_through_from {
    ($($t:ty)*) => {$(
        impl Literal for $t {
            fn into_value(self) -> Value {
                Value::from(self)
            }
        }
    )*};
}
literal_through_from!(bool i32 i64 u32 u64 usize f64);

/// A JSON value written as JSON, like `serde_json::json!`: keys are string literals, values are
/// literals, `null`, nested arrays and objects, or expressions that convert `Into<Value>`.
#[macro_export]
macro_rules! json {
    (null) => { $crate::ir::Value::Null };
    ([]) => { $crate::ir::Value::Array(::std::vec::Vec::new()) };
    ([ $($tt:tt)+ ]) => { $crate::ir::Value::Array($crate::json_array!([] $($tt)+)) };
    ({}) => { $crate::ir::Value::Object($crate::ir::Map::new()) };
    ({ $($tt:tt)+ }) => {{
        let mut map = $crate::ir::Map::new();
        $crate::json_object!(map $($tt)+);
        $crate::ir::Value::Object(map)
    }};
    ($value:literal) => { $crate::ir::Literal::into_value($value) };
    ($value:expr) => { $crate::ir::Value::from($value) };
}

#[doc(hidden)]
#[macro_export]
macro_rules! json_array {
    ([ $($done:expr,)* ]) => { vec![$($done,)*] };
    ([ $($done:expr,)* ] null $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!(null), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] [ $($inner:tt)* ] $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!([ $($inner)* ]), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] { $($inner:tt)* } $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!({ $($inner)* }), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] $value:literal $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!($value), ] $($($rest)*)?)
    };
    ([ $($done:expr,)* ] $value:expr $(, $($rest:tt)*)?) => {
        $crate::json_array!([ $($done,)* $crate::json!($value), ] $($($rest)*)?)
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! json_object {
    ($map:ident) => {};
    ($map:ident $key:literal : null $(, $($rest:tt)*)?) => {
        $map.insert(::std::borrow::Cow::Borrowed($key), $crate::json!(null));
        $crate::json_object!($map $($($rest)*)?);
    };
    ($map:ident $key:literal : [ $($inner:tt)* ] $(, $($rest:tt)*)?) => {
        $map.insert(::std::borrow::Cow::Borrowed($key), $crate::json!([ $($inner)* ]));
        $crate::json_object!($map $($($rest)*)?);
    };
    ($map:ident $key:literal : { $($inner:tt)* } $(, $($rest:tt)*)?) => {
        $map.insert(::std::borrow::Cow::Borrowed($key), $crate::json!({ $($inner)* }));
        $crate::json_object!($map $($($rest)*)?);
    };
    ($map:ident $key:literal : $value:literal $(, $($rest:tt)*)?) => {
        $map.insert(::std::borrow::Cow::Borrowed($key), $crate::json!($value));
        $crate::json_object!($map $($($rest)*)?);
    };
    ($map:ident $key:literal : $value:expr $(, $($rest:tt)*)?) => {
        $map.insert(::std::borrow::Cow::Borrowed($key), $crate::json!($value));
        $crate::json_object!($map $($($rest)*)?);
    };
}

pub use crate::json;

#[cfg(test)]
#[path = "ir_tests.rs"]
mod tests;
