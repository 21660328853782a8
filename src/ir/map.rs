//! `Map`, the engine's JSON object: entries in insertion order, an index once it is long.

use super::{text, Str, Value, NULL};

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

/// Entries a map made empty has room for once it gets its first.
const FIRST_CAPACITY: usize = 8;

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
    pub(super) fn from_unique(entries: Vec<(Str, Value)>) -> Self {
        Self { repr: Self::repr_of(entries) }
    }

    /// Appends an entry whose key the map cannot hold yet (the distinct keys of a `json!` object
    /// literal, of a schema's properties), without looking for it first.
    pub fn push_unique(&mut self, key: &'static str, value: Value) {
        debug_assert!(!self.contains_key(key), "the key {key} is there already");
        // Nearly always a short map with room (a literal's, made at its length): pushed here,
        // without the checks of `push_new`.
        if let Repr::Short(entries) = &mut self.repr {
            if entries.len() < entries.capacity() && entries.len() + 1 < INDEXED_FROM {
                entries.push((Str::Borrowed(key), value));
                return;
            }
        }
        self.push_new(Str::Borrowed(key), value);
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
    pub(super) fn entries_mut(&mut self) -> &mut Vec<(Str, Value)> {
        match &mut self.repr {
            Repr::Short(entries) => entries,
            Repr::Long(long) => &mut long.entries,
        }
    }

    /// Appends an entry whose key is not there yet; returns its position.
    pub(super) fn push_new(&mut self, key: Str, value: Value) -> usize {
        match &mut self.repr {
            Repr::Short(entries) => {
                if entries.capacity() == 0 {
                    entries.reserve_exact(FIRST_CAPACITY);
                }
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

    pub(super) fn position(&self, key: &str) -> Option<usize> {
        match &self.repr {
            Repr::Short(entries) => entries.iter().position(|(k, _)| {
                // Lengths first: most keys differ in length, and then no bytes are compared. The
                // engine looks its own keys up by the same constant text they were stored with:
                // then the same address settles it without comparing bytes.
                let k = text(k);
                k.len() == key.len() && (k.as_ptr() == key.as_ptr() || k == key)
            }),
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

impl Map {
    /// The entries, moved out; the map is left empty.
    fn take_entries(&mut self) -> Vec<(Str, Value)> {
        match std::mem::replace(&mut self.repr, Repr::Short(Vec::new())) {
            Repr::Short(entries) => entries,
            Repr::Long(mut long) => std::mem::take(&mut long.entries),
        }
    }
}

/// A tree of values is freed here, in the core's code (see core.rs), wherever the engine drops
/// it: the drop code Rust makes in each crate then only frees the emptied entry vector.
impl Drop for Map {
    fn drop(&mut self) {
        // Made in the call's scratch, which is freed at once when the call ends: let go of
        // without walking the entries to free each block.
        #[cfg(all(target_arch = "wasm32", not(test)))]
        if crate::arena::forgettable(&crate::arena::ALLOCATOR) {
            match std::mem::replace(&mut self.repr, Repr::Short(Vec::new())) {
                Repr::Short(entries) => std::mem::forget(entries),
                Repr::Long(long) => std::mem::forget(long),
            }
            return;
        }
        self.entries_mut().clear();
    }
}

impl IntoIterator for Map {
    type Item = (Str, Value);
    type IntoIter = std::vec::IntoIter<(Str, Value)>;
    fn into_iter(mut self) -> Self::IntoIter {
        self.take_entries().into_iter()
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

impl std::ops::Index<&str> for Map {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        self.get(key).unwrap_or(&NULL)
    }
}
