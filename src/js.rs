//! JavaScript semantics the engine reproduces, written once: the order in which objects list
//! their keys, how numbers print, truthiness, and `JSON.stringify` / template-string conversion
//! of JSON values.

use std::cmp::Ordering;

use crate::ir::{text, Map, Number, Str, Value};

/// A canonical decimal below 2^32 - 1, which JavaScript treats as an array index.
#[inline(always)]
fn array_index(key: &str) -> Option<u32> {
    // Nearly every key starts with a letter: settled by its first byte, where the key is read.
    if !key.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    digits_array_index(key)
}

/// `array_index` of a key that starts with a digit.
fn digits_array_index(key: &str) -> Option<u32> {
    if (key.len() > 1 && key.starts_with('0')) || !key.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    key.parse::<u32>().ok().filter(|index| *index != u32::MAX)
}

/// Whether JavaScript lists this key before the others (an array index).
#[inline(always)]
pub fn is_array_index(key: &str) -> bool {
    array_index(key).is_some()
}

/// Whether JavaScript would list some of the object's keys out of insertion order.
pub fn has_array_index_keys(map: &Map) -> bool {
    map.keys().any(|k| is_array_index(text(k)))
}

/// The entries of an object in JavaScript's property order: array-index keys first
/// (ascending), then the others in insertion order.
pub fn key_order(map: &Map) -> Vec<(&Str, &Value)> {
    let mut indexed: Vec<(u32, (&Str, &Value))> = Vec::new();
    let mut named = Vec::with_capacity(map.len());
    for entry in map {
        match array_index(entry.0) {
            Some(index) => indexed.push((index, entry)),
            None => named.push(entry),
        }
    }
    if indexed.is_empty() {
        return named;
    }
    sort_by(&mut indexed, |a, b| a.0.cmp(&b.0));
    indexed.into_iter().map(|(_, entry)| entry).chain(named).collect()
}

/// A deep copy whose objects have JavaScript's key order, as after `JSON.parse`.
pub fn ordered(value: &Value) -> Value {
    into_ordered(value.clone())
}

/// `ordered` for a value that can be consumed: only objects with array-index keys are rebuilt.
pub fn into_ordered(mut value: Value) -> Value {
    order_in_place(&mut value);
    value
}

/// `into_ordered` where the value lies: nothing else moves.
fn order_in_place(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if has_array_index_keys(map) {
                *map = into_key_order(std::mem::take(map));
            }
            map.values_mut().for_each(order_in_place);
        }
        Value::Array(items) => items.iter_mut().for_each(order_in_place),
        _ => {}
    }
}

/// An object with its own keys in JavaScript's order (values untouched); rebuilt only when it
/// has array-index keys.
pub fn into_key_order(map: Map) -> Map {
    if !has_array_index_keys(&map) {
        return map;
    }
    let mut indexed: Vec<(u32, Str, Value)> = Vec::new();
    let mut named: Vec<(Str, Value)> = Vec::with_capacity(map.len());
    for (key, item) in map {
        match array_index(&key) {
            Some(index) => indexed.push((index, key, item)),
            None => named.push((key, item)),
        }
    }
    sort_by(&mut indexed, |a, b| a.0.cmp(&b.0));
    indexed.into_iter().map(|(_, key, item)| (key, item)).chain(named).collect()
}

/// `String(n)` (`Number.prototype.toString`): shortest round-trip digits, exponent from 1e21.
pub fn number_text(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    if f == 0.0 {
        return "0".to_string();
    }
    ryu_js::Buffer::new().format_finite(f).to_string()
}

/// `String(n)` of a JSON number (integers exactly as given).
pub fn json_number_text(n: &Number) -> String {
    // Not `Number`'s `Display`: its float arm would bring serde_json's own float printing into the
    // .wasm, next to ryu-js.
    if let Some(u) = n.as_u64() {
        return u.to_string();
    }
    if let Some(i) = n.as_i64() {
        return i.to_string();
    }
    number_text(n.as_f64().unwrap_or(f64::NAN))
}

/// `Number(text)` of a JSON number's text: the nearest double, ties to even. In WebAssembly the
/// JavaScript host reads it, so the tables of an exact decimal-to-double conversion (16 KB gzip)
/// stay out of the module.
pub fn parse_number(text: &str) -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Number::parse_float(text);
    #[cfg(not(target_arch = "wasm32"))]
    text.parse().unwrap_or(f64::NAN)
}

/// `s.toLowerCase()`. Text other than ASCII is mapped by the JavaScript host in WebAssembly, so
/// Unicode's case tables stay out of the module.
pub fn to_lower_case(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(s).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    s.to_lowercase()
}

/// `s.charAt(0).toUpperCase() + s.slice(1)` (by code point), mapped as `to_lower_case` maps.
pub fn capitalize(s: &str) -> String {
    let Some(first) = s.chars().next() else { return String::new() };
    let rest = &s[first.len_utf8()..];
    if first.is_ascii() {
        return format!("{}{rest}", first.to_ascii_uppercase());
    }
    #[cfg(target_arch = "wasm32")]
    let first: String = js_sys::JsString::from(&*first.encode_utf8(&mut [0; 4])).to_upper_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    let first: String = first.to_uppercase().collect();
    first + rest
}

/// `text.indexOf(needle)`, in bytes: each place the needle's first character is (found as std
/// finds a character, a word at a time) is compared with the needle. The needles are short
/// markers (`${Token[`, `${`), for which the two-way searcher of `str::find` spent longer setting
/// up than searching; and that searcher, left unused, stays out of the .wasm.
pub fn index_of(text: &str, needle: &str) -> Option<usize> {
    let Some(first) = needle.chars().next() else { return Some(0) };
    let mut from = 0;
    while let Some(at) = text[from..].find(first) {
        let start = from + at;
        if text.as_bytes()[start..].starts_with(needle.as_bytes()) {
            return Some(start);
        }
        from = start + first.len_utf8();
    }
    None
}

/// `text.includes(needle)`.
pub fn includes(text: &str, needle: &str) -> bool {
    index_of(text, needle).is_some()
}

/// `text.replaceAll(from, to)` for a non-empty `from`; the text unchanged when `from` is absent.
pub fn replace_all<'t>(text: &'t str, from: &str, to: &str) -> std::borrow::Cow<'t, str> {
    let Some(mut at) = index_of(text, from).filter(|_| !from.is_empty()) else { return text.into() };
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
        match index_of(rest, from) {
            Some(next) => at = next,
            None => break,
        }
    }
    out.push_str(rest);
    out.into()
}

/// Lists up to this long are sorted by insertion, in place: most the engine sorts are a few items
/// long, for which the general sort's set-up took longer than the sorting.
const SHORT_LIST: usize = 16;

/// `array.sort(compare)`: a stable sort. In WebAssembly every caller shares one sort routine for
/// longer lists (over positions, the comparison behind a reference) instead of one copy per
/// element type.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() <= SHORT_LIST {
        // Stable: an item moves only past items that order strictly after it.
        for i in 1..items.len() {
            let mut at = i;
            while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
                items.swap(at - 1, at);
                at -= 1;
            }
        }
        return;
    }
    #[cfg(not(target_arch = "wasm32"))]
    items.sort_by(compare);
    #[cfg(target_arch = "wasm32")]
    sort_by_positions(items, compare);
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sort_by_positions<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    // `order[i]` is where the item for place `i` is: follow each cycle once, marking places done.
    for start in 0..order.len() {
        let mut i = start;
        while order[i] != i {
            let from = order[i];
            order[i] = i;
            if from == start {
                break;
            }
            items.swap(i, from);
            i = from;
        }
    }
}

/// A stable sort of positions (bottom-up merge sort, n log n). Written here rather than the
/// standard library's sort, which took 5 KB of the .wasm (2.1 KB gzip) for the few lists over
/// `SHORT_LIST` items; a test checks it orders as that sort does.
#[inline(never)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    let n = order.len();
    let mut from = order.to_vec();
    let mut to = vec![0; n];
    let mut width = 1;
    while width < n {
        // Merge each pair of sorted runs of `width` from `from` into `to`.
        for start in (0..n).step_by(2 * width) {
            let middle = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut left, mut right) = (start, middle);
            for slot in &mut to[start..end] {
                // On a tie the left run's item comes first: stable.
                let take_right = left == middle || (right < end && compare(from[right], from[left]) == Ordering::Less);
                if take_right {
                    *slot = from[right];
                    right += 1;
                } else {
                    *slot = from[left];
                    left += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    order.copy_from_slice(&from);
}

/// How JavaScript compares strings: by UTF-16 code units. That is the byte order of UTF-8 except
/// between characters above U+FFFF and U+E000..U+FFFF, so only text beyond ASCII is re-encoded.
pub fn compare_utf16(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    a.encode_utf16().cmp(b.encode_utf16())
}

/// JavaScript truthiness of a JSON value.
pub fn is_truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// `JSON.stringify(value)`.
pub fn stringify(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => json_number_text(n),
        Value::String(s) => quote(s),
        Value::Array(items) => format!("[{}]", items.iter().map(stringify).collect::<Vec<_>>().join(",")),
        Value::Object(map) => {
            let inner: Vec<String> =
                key_order(map).into_iter().map(|(k, v)| format!("{}:{}", quote(k), stringify(v))).collect();
            format!("{{{}}}", inner.join(","))
        }
    }
}

/// `JSON.stringify(text)`: how messages quote a text (Rust's `{:?}` would bring its own escaping
/// and Unicode tables into the .wasm).
pub fn quote(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len() + 2);
    out.push(b'"');
    escaped_parts(text.as_bytes(), |part| out.extend_from_slice(part));
    out.push(b'"');
    // Split only at ASCII bytes, so still UTF-8.
    String::from_utf8(out).unwrap_or_default()
}

/// A JSON string's text between its quotes, as `JSON.stringify` writes it: handed to `push` in
/// parts, the runs that need no escape copied whole.
#[inline(always)]
pub fn escaped_parts(bytes: &[u8], mut push: impl FnMut(&[u8])) {
    let mut run = 0;
    for (at, &byte) in bytes.iter().enumerate() {
        if let Some(escape) = json_escape(byte) {
            push(&bytes[run..at]);
            push(escape.text());
            run = at + 1;
        }
    }
    push(&bytes[run..]);
}

/// The escape `JSON.stringify` writes for a byte, if any.
pub fn json_escape(byte: u8) -> Option<JsonEscape> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        0x08 => b'b',
        0x0c => b'f',
        0x00..=0x1f => {
            return Some(JsonEscape::Long([
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(byte >> 4)],
                HEX[usize::from(byte & 0xf)],
            ]))
        }
        _ => return None,
    };
    Some(JsonEscape::Short([b'\\', short]))
}

/// The text of an escape: `\n` and the like, or `\u001f`.
pub enum JsonEscape {
    Short([u8; 2]),
    Long([u8; 6]),
}

impl JsonEscape {
    pub fn text(&self) -> &[u8] {
        match self {
            JsonEscape::Short(text) => text,
            JsonEscape::Long(text) => text,
        }
    }
}

/// `` `${value}` ``: arrays join their elements (`null` as empty), objects print as `[object Object]`.
pub fn template_string(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => json_number_text(n),
        Value::String(s) => s.to_string(),
        Value::Array(items) => items.iter().map(join_element).collect::<Vec<_>>().join(","),
        Value::Object(_) => "[object Object]".to_string(),
    }
}

/// How `Array.prototype.join` prints one element (`null` and `undefined` as empty).
pub fn join_element(value: &Value) -> String {
    let mut out = String::new();
    push_join_element(&mut out, value);
    out
}

/// `join_element` appended to `out` (a string element is copied, not allocated).
pub fn push_join_element(out: &mut String, value: &Value) {
    match value {
        Value::Null => {}
        Value::String(s) => out.push_str(s),
        other => out.push_str(&template_string(other)),
    }
}

#[cfg(test)]
#[path = "js_tests.rs"]
mod tests;
