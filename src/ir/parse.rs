//! JSON text read as the engine's JSON, as JavaScript's `JSON.parse` reads it: a repeated key
//! keeps its first position and its last value, and a number becomes the double JavaScript makes
//! of its text. Written by hand for that number: serde_json's default parser rounds some numbers
//! of 16 or more digits to a neighbouring double (about one in six of 17 digits), so the template
//! said another number than the caller's, and its exact mode made the .wasm 11 KB gzip larger.

use std::borrow::Cow;
use std::fmt;

use super::{Map, Number, Value};

/// Nesting deeper than this is refused, as serde_json refuses it, so that reading never runs out
/// of stack.
const DEPTH_LIMIT: usize = 128;

/// Why a text is not JSON, and where (line and column from 1, the column in bytes), written as
/// serde_json writes its errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub problem: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.problem, self.line, self.column)
    }
}

impl std::error::Error for JsonError {}

/// `JSON.parse(text)`.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut reader = Reader { text, bytes: text.as_bytes(), at: 0, depth: 0 };
    let value = reader.value()?;
    reader.skip_whitespace();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn error(&self, problem: &'static str) -> JsonError {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        JsonError {
            problem,
            line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
            column: before.len() - line_start + 1,
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Value, JsonError> {
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                self.at += 1;
                Ok(Value::String(Cow::Owned(self.string()?)))
            }
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, JsonError> {
        if self.bytes.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected value"))
        }
    }

    fn enter(&mut self) -> Result<(), JsonError> {
        self.depth += 1;
        self.at += 1;
        if self.depth > DEPTH_LIMIT {
            return Err(self.error("recursion limit exceeded"));
        }
        self.skip_whitespace();
        Ok(())
    }

    fn array(&mut self) -> Result<Value, JsonError> {
        self.enter()?;
        let mut items = Vec::new();
        if self.peek() != Some(b']') {
            loop {
                items.push(self.value()?);
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b']') => break,
                    None => return Err(self.error("EOF while parsing a list")),
                    Some(_) => return Err(self.error("expected `,` or `]`")),
                }
            }
        }
        self.at += 1;
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    fn object(&mut self) -> Result<Value, JsonError> {
        self.enter()?;
        let mut map = Map::new();
        if self.peek() != Some(b'}') {
            loop {
                self.skip_whitespace();
                match self.peek() {
                    Some(b'"') => self.at += 1,
                    None => return Err(self.error("EOF while parsing an object")),
                    Some(_) => return Err(self.error("key must be a string")),
                }
                let key = self.string()?;
                self.skip_whitespace();
                match self.peek() {
                    Some(b':') => self.at += 1,
                    None => return Err(self.error("EOF while parsing an object")),
                    Some(_) => return Err(self.error("expected `:`")),
                }
                let value = self.value()?;
                map.insert(Cow::Owned(key), value);
                self.skip_whitespace();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b'}') => break,
                    None => return Err(self.error("EOF while parsing an object")),
                    Some(_) => return Err(self.error("expected `,` or `}`")),
                }
            }
        }
        self.at += 1;
        self.depth -= 1;
        Ok(Value::Object(map))
    }

    /// A string's content, after its opening quote, up to and past its closing one.
    fn string(&mut self) -> Result<String, JsonError> {
        let start = self.at;
        loop {
            match self.peek() {
                // Nearly every string has no escape: copied whole.
                Some(b'"') => {
                    let content = self.text.get(start..self.at).ok_or_else(|| self.error("invalid string"))?;
                    self.at += 1;
                    return Ok(content.to_owned());
                }
                Some(b'\\') => break,
                Some(0..=0x1f) => {
                    return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(_) => self.at += 1,
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
        let mut out = self.bytes[start..self.at].to_vec();
        loop {
            match self.peek() {
                Some(b'"') => break,
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(0..=0x1f) => {
                    return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                Some(byte) => {
                    out.push(byte);
                    self.at += 1;
                }
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
        self.at += 1;
        // Whole characters of a `str` and escapes written as UTF-8: always valid.
        String::from_utf8(out).map_err(|_| self.error("invalid unicode code point"))
    }

    /// The escape after a backslash, appended as UTF-8.
    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), JsonError> {
        let Some(kind) = self.peek() else { return Err(self.error("EOF while parsing a string")) };
        self.at += 1;
        let byte = match kind {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => {
                let unit = self.hex4()?;
                let code = match unit {
                    0xD800..=0xDBFF => {
                        // A high surrogate stands for a character only with a low one after it.
                        if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                            return Err(self.error("lone leading surrogate in hex escape"));
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error("lone leading surrogate in hex escape"));
                        }
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate in hex escape")),
                    _ => unit,
                };
                let c = char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?;
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        out.push(byte);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or_else(|| self.error("EOF while parsing a string"))?;
        let unit = digits.iter().try_fold(0, |unit, &b| Some(unit * 16 + char::from(b).to_digit(16)?));
        let unit = unit.ok_or_else(|| self.error("invalid escape"))?;
        self.at += 4;
        Ok(unit)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    /// A number: the double JavaScript makes of it, held as an integer when it is one that a
    /// double holds exactly (at most 2^53), so that integers are written as given.
    fn number(&mut self) -> Result<Value, JsonError> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        match self.digits() {
            0 => return Err(self.error("invalid number")),
            n if n > 1 && self.bytes[int_start] == b'0' => return Err(self.error("invalid number")),
            _ => {}
        }
        let int_end = self.at;
        let mut fraction = 0..0;
        if self.peek() == Some(b'.') {
            self.at += 1;
            let fraction_start = self.at;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
            fraction = fraction_start..self.at;
        }
        let mut exponent: Option<i64> = None;
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            let digits_start = self.at;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
            // Saturated: beyond any double's reach either way.
            let magnitude = self.bytes[digits_start..self.at]
                .iter()
                .fold(0i64, |n, d| (n * 10 + i64::from(d - b'0')).min(1_000_000));
            exponent = Some(sign * magnitude);
        }
        let integer_digits = &self.bytes[int_start..int_end];
        if fraction.is_empty() && exponent.is_none() {
            if let Some(n) = decimal_u64(integer_digits).filter(|&n| n <= EXACT_INTEGERS) {
                return Ok(match (negative, n) {
                    (false, n) => Value::Number(Box::new(Number::from(n))),
                    (true, 0) => Value::from(-0.0),
                    (true, n) => Value::Number(Box::new(Number::from(-(n as i64)))),
                });
            }
        }
        let text = self.text.get(start..self.at).ok_or_else(|| self.error("invalid number"))?;
        let f = exact_double(negative, integer_digits, &self.bytes[fraction], exponent.unwrap_or(0))
            .unwrap_or_else(|| crate::js::parse_number(text));
        if !f.is_finite() {
            return Err(self.error("number out of range"));
        }
        Ok(Value::from(f))
    }
}

/// Integers up to this are exact in a double, JavaScript's number.
const EXACT_INTEGERS: u64 = 1 << 53;

/// Decimal digits as an integer, when it fits 64 bits.
fn decimal_u64(digits: &[u8]) -> Option<u64> {
    digits.iter().try_fold(0u64, |n, d| n.checked_mul(10)?.checked_add(u64::from(d - b'0')))
}

/// Powers of ten a double holds exactly.
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// The double nearest `digits × 10^exponent` when one multiplication or division of exact
/// doubles makes it (Clinger's fast path: at most 2^53 as an integer, a power of ten of at most
/// 22): nearly every number in props. `None` otherwise.
fn exact_double(negative: bool, integer: &[u8], fraction: &[u8], exponent: i64) -> Option<f64> {
    let digits = integer.iter().chain(fraction).skip_while(|&&d| d == b'0');
    let mut significand: u64 = 0;
    for &d in digits {
        significand = significand * 10 + u64::from(d - b'0');
        if significand > EXACT_INTEGERS {
            return None;
        }
    }
    let exponent = exponent - fraction.len() as i64;
    let magnitude = if significand == 0 {
        0.0
    } else {
        let power = *EXACT_POWERS_OF_TEN.get(exponent.unsigned_abs() as usize)?;
        if exponent < 0 {
            significand as f64 / power
        } else {
            significand as f64 * power
        }
    };
    Some(if negative { -magnitude } else { magnitude })
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
