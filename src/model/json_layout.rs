//! CDK writes templates with `JSON.stringify(template, undefined, 1)`; this reproduces its bytes,
//! and writes `JSON.stringify(value)` too.

use crate::ir::{text, Map, Number, Str, Value};

use crate::js::{escaped_parts, is_array_index, json_escape, json_number_text, key_order};

/// Serializes like `JSON.stringify(value, null, 1)`.
pub fn to_cdk_json(value: &Value) -> String {
    let mut out = Out { bytes: Vec::with_capacity(16 * 1024) };
    write_value(&mut out, value, Some(0));
    debug_assert!(std::str::from_utf8(&out.bytes).is_ok());
    // SAFETY: only ASCII and whole UTF-8 strings were written (escapes split strings at ASCII
    // bytes only), so the bytes are UTF-8; checking them again took a hundredth of a synthesis.
    unsafe { String::from_utf8_unchecked(out.bytes) }
}

/// Appends `JSON.stringify(value)`: no whitespace.
pub fn write_compact(out: &mut Vec<u8>, value: &Value) {
    let mut appended = Out { bytes: std::mem::take(out) };
    write_value(&mut appended, value, None);
    *out = appended.bytes;
}

/// Appends `JSON.stringify(map)`.
pub fn write_compact_object(out: &mut Vec<u8>, map: &Map) {
    let mut appended = Out { bytes: std::mem::take(out) };
    write_object(&mut appended, map, None);
    *out = appended.bytes;
}

/// Appends `JSON.stringify(text)`.
pub fn write_compact_str(out: &mut Vec<u8>, text: &str) {
    let mut appended = Out { bytes: std::mem::take(out) };
    appended.push(b'"');
    write_string_body(&mut appended, text.as_bytes());
    appended.push(b'"');
    *out = appended.bytes;
}

/// A caller's JSON as the writer takes it. The writer copies a borrowed key or string without
/// escaping it, which holds for the engine's own text (identifiers and literals, see
/// `write_text_body`); a caller's borrowed text that needs an escape is made owned here, so that it
/// is escaped. Borrowed as it is when none does (always for JSON read from text, whose text is
/// owned).
pub fn with_escapable_text_owned(value: &Value) -> std::borrow::Cow<'_, Value> {
    if has_borrowed_text_needing_escape(value) {
        std::borrow::Cow::Owned(own_text_needing_escape(value.clone()))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

fn borrowed_and_needs_escape(text: &Str) -> bool {
    matches!(text, Str::Borrowed(text) if needs_escape(text.as_bytes()))
}

fn owned_if_needs_escape(text: Str) -> Str {
    if borrowed_and_needs_escape(&text) {
        Str::Owned(text.into_owned())
    } else {
        text
    }
}

fn has_borrowed_text_needing_escape(value: &Value) -> bool {
    match value {
        Value::String(s) => borrowed_and_needs_escape(s),
        Value::Array(items) => items.iter().any(has_borrowed_text_needing_escape),
        Value::Object(map) => {
            map.iter().any(|(key, item)| borrowed_and_needs_escape(key) || has_borrowed_text_needing_escape(item))
        }
        _ => false,
    }
}

fn own_text_needing_escape(value: Value) -> Value {
    match value {
        Value::String(s) => Value::String(owned_if_needs_escape(s)),
        Value::Array(items) => Value::Array(items.into_iter().map(own_text_needing_escape).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter().map(|(key, item)| (owned_if_needs_escape(key), own_text_needing_escape(item))).collect(),
        ),
        other => other,
    }
}

/// The writer's byte buffer, with appends inlined where they are made: built for size,
/// `Vec::push` and `Vec::extend_from_slice` stayed calls (and `reserve` calls within them),
/// which took most of the writer's time in WebAssembly.
struct Out {
    bytes: Vec<u8>,
}

impl Out {
    #[inline(always)]
    fn push(&mut self, byte: u8) {
        self.extend_from_slice(&[byte]);
    }

    #[inline(always)]
    fn extend_from_slice(&mut self, text: &[u8]) {
        let len = self.bytes.len();
        if self.bytes.capacity() - len < text.len() {
            self.grow(text.len());
        }
        // SAFETY: the capacity was made at least `len + text.len()` just above, and `text` cannot
        // overlap the spare capacity of a vector this buffer owns.
        unsafe {
            copy(text, self.bytes.as_mut_ptr().add(len));
            self.bytes.set_len(len + text.len());
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, additional: usize) {
        self.bytes.reserve(additional);
    }
}

/// Copies `text` to `to`. Most copies are a few bytes (punctuation, indentation, keys): those are
/// two overlapping word moves, as WebAssembly's `memory.copy` is a call into the host.
///
/// # Safety
/// `to` is valid for `text.len()` bytes and does not overlap `text`.
#[inline(always)]
unsafe fn copy(text: &[u8], to: *mut u8) {
    let (from, len) = (text.as_ptr(), text.len());
    // SAFETY: every read is within `text` and every write within `len` bytes from `to`.
    unsafe {
        match len {
            8..=16 => {
                let (head, tail) =
                    (from.cast::<u64>().read_unaligned(), from.add(len - 8).cast::<u64>().read_unaligned());
                to.cast::<u64>().write_unaligned(head);
                to.add(len - 8).cast::<u64>().write_unaligned(tail);
            }
            4..=7 => {
                let (head, tail) =
                    (from.cast::<u32>().read_unaligned(), from.add(len - 4).cast::<u32>().read_unaligned());
                to.cast::<u32>().write_unaligned(head);
                to.add(len - 4).cast::<u32>().write_unaligned(tail);
            }
            1..=3 => {
                *to = *from;
                *to.add(len / 2) = *from.add(len / 2);
                *to.add(len - 1) = *from.add(len - 1);
            }
            0 => {}
            _ => std::ptr::copy_nonoverlapping(from, to, len),
        }
    }
}

// Arrays, objects and strings are written by functions of their own (never inlined), so that
// none runs long enough in one synthesis for V8 to compile it again with its optimizing compiler:
// a first synthesis, all a CLI run makes, would otherwise end by waiting for that compilation.

/// `depth` is the indentation level, or `None` for the compact layout. Inlined where a value
/// is written (an entry, an array's item): one call fewer per value (2% faster `synthJson()`).
/// An entry stays a function of its own: inlined into `write_object` too, the first synthesis
/// ran that long enough for V8 to compile it again with its optimizing compiler.
#[inline(always)]
fn write_value(out: &mut Out, value: &Value, depth: Option<usize>) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Number(n) => write_number(out, n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => write_array(out, items, depth),
        Value::Object(map) => write_object(out, map, depth),
    }
}

#[inline(never)]
fn write_array(out: &mut Out, items: &[Value], depth: Option<usize>) {
    if items.is_empty() {
        out.extend_from_slice(b"[]");
        return;
    }
    let inner = depth.map(|d| d + 1);
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        item_start(out, i, inner);
        write_value(out, item, inner);
    }
    newline(out, depth);
    out.push(b']');
}

#[inline(never)]
fn write_object(out: &mut Out, map: &Map, depth: Option<usize>) {
    if map.is_empty() {
        out.extend_from_slice(b"{}");
        return;
    }
    let inner = depth.map(|d| d + 1);
    out.push(b'{');
    // Written in insertion order while checking the keys, in one pass: nearly no object
    // has an array-index key. One that has is written again in JavaScript's order.
    let start = out.bytes.len();
    let mut in_order = true;
    for (i, (key, item)) in map.iter().enumerate() {
        if is_array_index(text(key)) {
            in_order = false;
            break;
        }
        write_entry(out, i, key, item, inner);
    }
    if !in_order {
        out.bytes.truncate(start);
        for (i, (key, item)) in key_order(map).into_iter().enumerate() {
            write_entry(out, i, key, item, inner);
        }
    }
    newline(out, depth);
    out.push(b'}');
}

/// The `i`th entry of an object whose entries are at `depth`.
fn write_entry(out: &mut Out, i: usize, key: &Str, item: &Value, depth: Option<usize>) {
    item_start(out, i, depth);
    // The key's closing quote and the colon after it are copied at once.
    out.push(b'"');
    write_text_body(out, key);
    out.extend_from_slice(if depth.is_some() { b"\": " } else { b"\":" });
    write_value(out, item, depth);
}

/// Before the `i`th item of an array or object whose items are at `depth`: the comma after the
/// item before, the line break and the indentation, copied at once.
#[inline(always)]
fn item_start(out: &mut Out, i: usize, depth: Option<usize>) {
    let Some(depth) = depth else {
        if i > 0 {
            out.push(b',');
        }
        return;
    };
    let from = usize::from(i == 0);
    match COMMA_NEWLINE_INDENT.get(from..depth + 2) {
        Some(text) => out.extend_from_slice(text),
        // Deeper than the table: the same bytes, one by one.
        None => {
            out.extend_from_slice(&COMMA_NEWLINE_INDENT[from..2]);
            out.bytes.resize(out.bytes.len() + depth, b' ');
        }
    }
}

/// The length `to_cdk_json` would produce, when it is over `limit`.
pub fn cdk_json_len_over(value: &Value, limit: usize) -> Option<usize> {
    len_over(value, Some(0), limit)
}

/// The length `write_compact` would produce (`JSON.stringify(value)`), when it is over `limit`.
pub fn compact_json_len_over(value: &Value, limit: usize) -> Option<usize> {
    len_over(value, None, limit)
}

/// How strings are counted.
#[derive(Clone, Copy)]
enum Strings {
    Exact,
    /// At their longest escape (six bytes a byte), without reading them.
    AtMost,
}

/// Nearly every value is far below its limit even with strings counted at their longest escape:
/// that bound settles it without reading the strings, which took most of the counting.
fn len_over(value: &Value, depth: Option<usize>, limit: usize) -> Option<usize> {
    if len_value(value, depth, Strings::AtMost) <= limit {
        return None;
    }
    Some(len_value(value, depth, Strings::Exact)).filter(|len| *len > limit)
}

/// `depth` as in `write_value`: a newline and indentation per line when `Some`.
fn len_value(value: &Value, depth: Option<usize>, strings: Strings) -> usize {
    let line = |depth: Option<usize>| depth.map_or(0, |d| 1 + d);
    let string = |s: &str| match strings {
        Strings::Exact => len_string(s),
        Strings::AtMost => 2 + 6 * s.len(),
    };
    let inner_depth = depth.map(|d| d + 1);
    match value {
        Value::Null => 4,
        Value::Bool(b) => {
            if *b {
                4
            } else {
                5
            }
        }
        Value::Number(n) => match integer_text(&mut itoa::Buffer::new(), n) {
            Some(text) => text.len(),
            None => json_number_text(n).len(),
        },
        Value::String(s) => string(text(s)),
        Value::Array(items) if items.is_empty() => 2,
        Value::Object(map) if map.is_empty() => 2,
        // "[" + per item: a line, the value, a comma between + the closing line, "]"
        Value::Array(items) => {
            let inner: usize = items.iter().map(|item| line(inner_depth) + len_value(item, inner_depth, strings)).sum();
            2 + inner + (items.len() - 1) + line(depth)
        }
        Value::Object(map) => {
            let colon = if depth.is_some() { 2 } else { 1 };
            let inner: usize = map
                .iter()
                .map(|(key, item)| {
                    line(inner_depth) + string(text(key)) + colon + len_value(item, inner_depth, strings)
                })
                .sum();
            2 + inner + (map.len() - 1) + line(depth)
        }
    }
}

/// Integers, nearly every number in a template, are written without an allocation.
fn write_number(out: &mut Out, n: &Number) {
    match integer_text(&mut itoa::Buffer::new(), n) {
        Some(text) => out.extend_from_slice(text.as_bytes()),
        None => out.extend_from_slice(json_number_text(n).as_bytes()),
    }
}

/// The text of an integer (as `json_number_text` writes it), in `buffer`.
fn integer_text<'a>(buffer: &'a mut itoa::Buffer, n: &Number) -> Option<&'a str> {
    if let Some(i) = n.as_i64() {
        Some(buffer.format(i))
    } else {
        n.as_u64().map(|u| buffer.format(u))
    }
}

fn len_string(s: &str) -> usize {
    if !needs_escape(s.as_bytes()) {
        return 2 + s.len();
    }
    2 + s.bytes().map(|byte| json_escape(byte).map_or(1, |escape| escape.text().len())).sum::<usize>()
}

/// A comma, a line break and the indentation of up to 64 levels: a separator between items, or
/// without its comma the line before the first item or a closing bracket.
const COMMA_NEWLINE_INDENT: &[u8; 66] = b",\n                                                                ";

/// The line before a closing bracket: an item start without its comma.
#[inline(always)]
fn newline(out: &mut Out, depth: Option<usize>) {
    item_start(out, 0, depth);
}

/// Escapes as `JSON.stringify` does for valid UTF-8: quote and backslash, control characters as
/// `\b \t \n \f \r` or `\u00xx`; everything else is copied. Written by hand because the
/// bytes must be JavaScript's and almost no string needs an escape: those are found eight bytes
/// at a time and copied whole (serde_json's byte-by-byte escaping was a fifth of the time in
/// WebAssembly).
#[inline(never)]
fn write_string(out: &mut Out, s: &Str) {
    out.push(b'"');
    write_text_body(out, s);
    out.push(b'"');
}

/// A key's or a string's text between its quotes. Borrowed, it is the engine's own: an identifier
/// or a literal with nothing to escape, copied without a scan (3% of a native synthesis's
/// instructions). The engine makes a literal that needs an escape owned
/// (`Value::literal_with_escapes`); a caller's borrowed text that needs one was made owned on
/// the way in (`with_escapable_text_owned`).
#[inline(always)]
fn write_text_body(out: &mut Out, text: &Str) {
    match text {
        Str::Borrowed(text) => {
            debug_assert!(!needs_escape(text.as_bytes()), "the engine's own text needs escaping: {text}");
            out.extend_from_slice(text.as_bytes());
        }
        Str::Owned(text) => write_string_body(out, text.as_bytes()),
    }
}

/// A string's text between its quotes.
#[inline(always)]
fn write_string_body(out: &mut Out, bytes: &[u8]) {
    if needs_escape(bytes) {
        write_escaped(out, bytes);
    } else {
        out.extend_from_slice(bytes);
    }
}

/// Whether a JSON string's text escapes any of these bytes (eight at a time). The bytes that do
/// not fill a word are read as words overlapping the ones before, or (under four bytes) as the
/// first, middle and last byte: a byte checked twice gives the same answer, and most strings are
/// short, so a byte-by-byte tail took most of the time.
pub(super) fn needs_escape(bytes: &[u8]) -> bool {
    let (from, len) = (bytes.as_ptr(), bytes.len());
    // SAFETY: every read is of bytes within `bytes` (unaligned reads of `len >= 8` or `len >= 4`
    // bytes at offsets that end at or before `len`).
    unsafe {
        let word = |at: usize| u64::from_le(from.add(at).cast::<u64>().read_unaligned());
        match len {
            8.. => {
                let mut at = 0;
                while at + 8 <= len {
                    if word_needs_escape(word(at)) {
                        return true;
                    }
                    at += 8;
                }
                at != len && word_needs_escape(word(len - 8))
            }
            4..=7 => {
                let half = |at: usize| u64::from(u32::from_le(from.add(at).cast::<u32>().read_unaligned()));
                word_needs_escape(half(0) | half(len - 4) << 32)
            }
            1..=3 => {
                // Spaces (which need no escape) around the three bytes.
                let spaces = u64::from_le_bytes([b' '; 8]) & !0xff_ffff;
                let bytes = u64::from(*from) | u64::from(*from.add(len / 2)) << 8 | u64::from(*from.add(len - 1)) << 16;
                word_needs_escape(spaces | bytes)
            }
            0 => false,
        }
    }
}

/// Whether any of eight bytes is a control character, `"` or `\` (exact: the "has a byte less
/// than n" bit trick, on the word and on the word xor each of the two characters).
fn word_needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |w: u64, n: u64| w.wrapping_sub(ONES * n) & !w & HIGH;
    below(word, 0x20) | below(word ^ (ONES * u64::from(b'"')), 1) | below(word ^ (ONES * u64::from(b'\\')), 1) != 0
}

fn write_escaped(out: &mut Out, bytes: &[u8]) {
    escaped_parts(bytes, |part| out.extend_from_slice(part));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    #[test]
    fn one_space_indent_and_empty_containers() {
        let v = json!({"a": [1, {"b": []}], "c": {}});
        assert_eq!(to_cdk_json(&v), "{\n \"a\": [\n  1,\n  {\n   \"b\": []\n  }\n ],\n \"c\": {}\n}");
    }

    #[test]
    fn indentation_beyond_the_copied_levels() {
        // 70 levels: past the 64 copied at once. serde_json's pretty printer with a one-space
        // indent lays out non-empty arrays and objects as JSON.stringify(v, null, 1) does.
        let mut v = json!({"a": [1, "x"]});
        for _ in 0..70 {
            v = json!([v, {"b": 2}]);
        }
        let mut expected = Vec::new();
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut expected, serde_json::ser::PrettyFormatter::with_indent(b" "));
        serde::Serialize::serialize(&v, &mut serializer).unwrap_or_default();
        assert_eq!(to_cdk_json(&v), String::from_utf8(expected).unwrap_or_default());
        assert_eq!(cdk_json_len_over(&v, 0), Some(to_cdk_json(&v).len()));
    }

    #[test]
    fn compact_layout_has_no_whitespace() {
        let v = json!({"a": [1, {"b": []}], "c": {}, "2": "x y"});
        let mut out = Vec::new();
        write_compact(&mut out, &v);
        assert_eq!(String::from_utf8(out).unwrap_or_default(), r#"{"2":"x y","a":[1,{"b":[]}],"c":{}}"#);
    }

    #[test]
    fn the_compact_appenders_write_what_javascript_does() {
        let Value::Object(map) = json!({"k": "v", "1": 1}) else { unreachable!() };
        let mut out = b"[".to_vec();
        write_compact_object(&mut out, &map);
        out.push(b',');
        write_compact_str(&mut out, "q\"\u{2028}");
        assert_eq!(String::from_utf8(out).ok().as_deref(), Some("[{\"1\":1,\"k\":\"v\"},\"q\\\"\u{2028}\""));
    }

    #[test]
    fn integer_like_keys_come_first() {
        let v = json!({"b": 1, "10": 2, "2": 3, "01": 4});
        assert_eq!(to_cdk_json(&v), "{\n \"2\": 3,\n \"10\": 2,\n \"b\": 1,\n \"01\": 4\n}");
    }

    #[test]
    fn strings_escape_as_javascript_does() {
        let v = Value::literal_with_escapes("a\"b\\c\nd\u{1}e\u{7f}é/\u{8}\u{c}\r\t\u{1f}");
        assert_eq!(to_cdk_json(&v), "\"a\\\"b\\\\c\\nd\\u0001e\u{7f}é/\\b\\f\\r\\t\\u001f\"");
        // serde_json escapes as JavaScript does too: every ASCII byte, at each place in a word.
        for byte in 0..=0x7f_u8 {
            for place in 0..17 {
                let text = format!("{}{}{}", "a".repeat(place), char::from(byte), "é".repeat(5));
                let v = crate::ir::Value::from(text);
                assert_eq!(to_cdk_json(&v), serde_json::to_string(&v).unwrap_or_default(), "{byte} at {place}");
            }
        }
    }

    #[test]
    fn an_escape_is_found_at_every_place_of_every_length() {
        for len in 0..=40 {
            let plain = vec![b'a'; len];
            assert!(!needs_escape(&plain), "{len}");
            for at in 0..len {
                for byte in [b'"', b'\\', 0x00, b'\n', 0x1f] {
                    let mut text = plain.clone();
                    text[at] = byte;
                    assert!(needs_escape(&text), "{byte} at {at} of {len}");
                }
                for byte in [b' ', b'!', b'#', b'[', b']', 0x7f, 0x80, 0xff] {
                    let mut text = plain.clone();
                    text[at] = byte;
                    assert!(!needs_escape(&text), "{byte} at {at} of {len}");
                }
            }
        }
    }

    #[test]
    fn texts_of_every_short_length_are_copied_whole() {
        // Short copies are word moves by length (0, 1-3, 4-7, 8-16), longer ones memory copies.
        for len in 0..=40 {
            let text: String = (0..len).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            let mut map = crate::ir::Map::new();
            map.insert(Str::Owned(text.clone()), Value::from(text.clone()));
            let v = Value::Object(map);
            let quoted = format!("\"{text}\"");
            assert_eq!(to_cdk_json(&v), format!("{{\n {quoted}: {quoted}\n}}"), "{len} bytes");
        }
    }

    #[test]
    fn a_caller_key_is_escaped() {
        // `JSON.stringify({'a"b\n': 1}, null, 1)`.
        let mut map = crate::ir::Map::new();
        map.insert(Str::Owned("a\"b\n".to_string()), json!(1));
        let v = Value::Object(map);
        assert_eq!(to_cdk_json(&v), "{\n \"a\\\"b\\n\": 1\n}");
    }

    #[test]
    fn length_is_counted_without_rendering() {
        let v = json!({"a": [1, {"b": [], "c": Value::literal_with_escapes("x\"y\u{1}")}], "d": {}, "e": [true, null, 2.5]});
        assert_eq!(cdk_json_len_over(&v, 0), Some(to_cdk_json(&v).len()));
        let mut compact = Vec::new();
        write_compact(&mut compact, &v);
        assert_eq!(compact_json_len_over(&v, 0), Some(compact.len()));
        // The lengths are exact at the limit: "over" is strictly beyond it.
        assert_eq!(compact_json_len_over(&v, compact.len()), None);
        assert_eq!(cdk_json_len_over(&v, to_cdk_json(&v).len() - 1), Some(to_cdk_json(&v).len()));
    }
}
