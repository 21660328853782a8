use super::*;

fn read(text: &str) -> Value {
    match parse(text) {
        Ok(value) => value,
        Err(e) => panic!("{text}: {e}"),
    }
}

fn double(text: &str) -> f64 {
    match read(text) {
        Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
        other => panic!("{text}: not a number: {other}"),
    }
}

/// Doubles spread over every magnitude a double has, from a fixed seed.
fn doubles(count: usize) -> Vec<f64> {
    let mut next = crate::seeded_numbers(0x9E37_79B9_7F4A_7C15);
    (0..count).map(|_| f64::from_bits(next())).filter(|f| f.is_finite()).collect()
}

/// The text `JSON.stringify` writes for a double: its shortest round-trip digits.
fn javascript_text(f: f64) -> String {
    crate::js::number_text(f)
}

#[test]
fn every_double_comes_back_from_the_text_javascript_writes_for_it() {
    for f in doubles(20_000) {
        let text = javascript_text(f);
        let back = double(&text);
        assert_eq!(back.to_bits(), f.to_bits(), "{text}");
    }
    // Few digits, as most props have, and 16 and 17 digits, where serde_json rounded some away.
    for text in [
        "0.1",
        "0.0625",
        "2.5",
        "1e21",
        "1e-7",
        "0.30000000000000004",
        "0.009729743003845215",
        "4.1779613494873047e-13",
    ] {
        assert_eq!(double(text).to_bits(), text.parse::<f64>().unwrap_or(f64::NAN).to_bits(), "{text}");
    }
}

#[test]
fn numbers_written_otherwise_are_the_nearest_double() {
    // Rust's own reading is exact (the nearest double, ties to even), as JavaScript's is.
    for text in [
        "5e-324",
        "2.4703282292062328e-324",
        "1.7976931348623157e308",
        "2.2250738585072014e-308",
        "123456789012345680000",
        "1.00000000000000011102230246251565404236316680908203125",
        "9007199254740993.0",
        "0.000000000000000000000000000000000000001",
        "1E+2",
        "1e+22",
        "1e23",
        "-12.5e-3",
        "100000000000000000000000000000000000000000000e-40",
    ] {
        assert_eq!(double(text).to_bits(), text.parse::<f64>().unwrap_or(f64::NAN).to_bits(), "{text}");
    }
}

#[test]
fn integers_stay_integers_up_to_2_to_the_53_and_are_doubles_beyond() {
    let integer = |text: &str| match read(text) {
        Value::Number(n) => (n.as_u64(), n.as_i64()),
        other => panic!("{text}: {other}"),
    };
    assert_eq!(integer("9007199254740992"), (Some(1 << 53), Some(1 << 53)));
    assert_eq!(integer("-9007199254740992"), (None, Some(-(1 << 53))));
    assert_eq!(integer("-1"), (None, Some(-1)));
    assert_eq!(integer("0"), (Some(0), Some(0)));
    // Beyond, JavaScript holds the nearest double, and so does the engine.
    for (text, f) in [
        ("9007199254740993", 9007199254740992.0),
        ("18446744073709551615", 18446744073709551616.0),
        ("-9223372036854775809", -9223372036854775808.0),
        ("123456789012345678901234567890", 1.2345678901234568e29),
    ] {
        assert_eq!(integer(text), (None, None), "{text}");
        assert_eq!(double(text), f, "{text}");
    }
    assert_eq!(double("-0").to_bits(), (-0.0f64).to_bits());
}

#[test]
fn values_read_as_serde_json_read_them() {
    for text in [
        r#"{"a": 1, "b": [true, false, null, "x"], "c": {"d": {}, "e": []}}"#,
        r#"{"a": 1, "b": 2, "a": 3}"#,
        r#" [ 1 , -2.5 , 3e2 , "\"\\\/\b\f\n\r\t" ] "#,
        r#""\u00e9\u0041\ud83d\ude00 é 😀""#,
        r#""\udbff\udfff \ud800\udc00""#,
        r#"{"10": "ten", "2": "two", "--x": "y", "": ""}"#,
        "\t\r\n{\"k\"\n:\n[]\n}\n",
        r#"[[[[[[]]]]], {"a": {"b": {"c": [1, {"d": null}]}}}]"#,
        r#""a long string with no escape at all, copied in one piece""#,
    ] {
        let theirs: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(e) => panic!("{text}: {e}"),
        };
        assert_eq!(read(text).to_string(), theirs.to_string(), "{text}");
    }
}

#[test]
fn what_is_not_json_is_refused_as_serde_json_refuses_it() {
    for text in [
        "",
        " ",
        "{",
        "[1,",
        "[1,]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a: 1}",
        "[1 2]",
        "01",
        "-",
        "1.",
        ".5",
        "1e",
        "1e+",
        "+1",
        "tru",
        "nul",
        "NaN",
        "Infinity",
        "1e400",
        "-1e400",
        "\"abc",
        "\"a\u{1}b\"",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud800\"",
        "\"\\ud800\\u0041\"",
        "\"\\udc00\"",
        "\"\\udfff\"",
        "[] []",
        "{} x",
        "'a'",
    ] {
        assert!(parse(text).is_err(), "{text:?} was read");
        assert!(serde_json::from_str::<Value>(text).is_err(), "serde_json read {text:?}");
    }
}

#[test]
fn nesting_is_refused_beyond_128_levels() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(DEPTH_LIMIT)).is_ok());
    let error = parse(&nested(DEPTH_LIMIT + 1)).err();
    assert_eq!(error.map(|e| e.problem), Some("recursion limit exceeded"));
    let objects = format!("{}1{}", "{\"a\":".repeat(DEPTH_LIMIT + 1), "}".repeat(DEPTH_LIMIT + 1));
    assert!(parse(&objects).is_err());
}

#[test]
fn an_error_says_what_and_where() {
    let error = parse("{\n  \"a\": 1,\n  \"b\" 2\n}").err();
    assert_eq!(error.map(|e| e.to_string()), Some("expected `:` at line 3 column 7".to_string()));
    assert_eq!(parse("[1, 2").err().map(|e| e.problem), Some("EOF while parsing a list"));
    assert_eq!(parse("1 2").err().map(|e| e.problem), Some("trailing characters"));
}

/// A random JSON text: nested values with escapes, unicode and numbers of every shape.
fn random_text(rng: &mut impl FnMut() -> u64, depth: usize) -> String {
    match rng() % if depth > 4 { 5 } else { 7 } {
        0 => ["null", "true", "false"][(rng() % 3) as usize].to_string(),
        1 | 2 => {
            let digits: String = (0..1 + rng() % 20).map(|_| char::from(b'0' + (rng() % 10) as u8)).collect();
            let mut number = format!("{}{}", if rng() % 3 == 0 { "-" } else { "" }, digits.trim_start_matches('0'));
            if number.is_empty() || number == "-" {
                number.push('0');
            }
            if rng() % 2 == 0 {
                number.push_str(&format!(".{}", rng() % 1_000_000));
            }
            if rng() % 3 == 0 {
                number.push_str(&format!("{}{}", ["e", "E-", "e+"][(rng() % 3) as usize], rng() % 400));
            }
            number
        }
        3 | 4 => {
            let pieces =
                ["a", "é", "😀", "\\n", "\\\"", "\\\\", "\\/", "\\u0041", "\\u00e9", "\\ud83d\\ude00", " ", "\\t"];
            let body: String = (0..rng() % 6).map(|_| pieces[(rng() % pieces.len() as u64) as usize]).collect();
            format!("\"{body}\"")
        }
        5 => {
            let items: Vec<String> = (0..rng() % 4).map(|_| random_text(rng, depth + 1)).collect();
            format!("[{}]", items.join(", "))
        }
        _ => {
            let keys = ["a", "b", "10", "2", "", "é"];
            let members: Vec<String> = (0..rng() % 4)
                .map(|_| format!("\"{}\": {}", keys[(rng() % keys.len() as u64) as usize], random_text(rng, depth + 1)))
                .collect();
            format!("{{{}}}", members.join(","))
        }
    }
}

/// serde_json's value with its integers beyond 2^53 as the doubles JavaScript holds for them.
fn as_javascript_holds(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value as V;
    match value {
        V::Number(n) if n.as_u64().is_some_and(|u| u > 1 << 53) || n.as_i64().is_some_and(|i| i < -(1 << 53)) => {
            serde_json::Number::from_f64(n.as_f64().unwrap_or(f64::NAN)).map_or(V::Null, V::Number)
        }
        V::Array(items) => V::Array(items.into_iter().map(as_javascript_holds).collect()),
        V::Object(map) => V::Object(map.into_iter().map(|(k, v)| (k, as_javascript_holds(v))).collect()),
        other => other,
    }
}

#[test]
fn texts_are_read_as_serde_json_reads_them_exactly() {
    let mut rng = crate::seeded_numbers(0x0123_4567_89AB_CDEF);
    let inserted = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '-', '+', '.', 'e', '0', '7', 'u', 'n', '\u{1}', 'é'];
    for case in 0..20_000 {
        let mut text: Vec<char> = random_text(&mut rng, 0).chars().collect();
        // Most cases are broken in one to three places.
        if case % 4 != 0 {
            for _ in 0..1 + rng() % 3 {
                let at = (rng() % (text.len() as u64 + 1)) as usize;
                match rng() % 3 {
                    0 if at < text.len() => drop(text.remove(at)),
                    1 if at < text.len() => text[at] = inserted[(rng() % inserted.len() as u64) as usize],
                    _ => text.insert(at, inserted[(rng() % inserted.len() as u64) as usize]),
                }
            }
        }
        let text: String = text.into_iter().collect();
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match parse(&text) {
            Ok(ours) => match theirs {
                Ok(theirs) => assert_eq!(serde_json::Value::from(ours), as_javascript_holds(theirs), "{text}"),
                Err(e) => panic!("{text:?} was read; serde_json: {e}"),
            },
            Err(e) => assert!(theirs.is_err(), "{text:?} was refused ({e}); serde_json read it"),
        }
    }
}
