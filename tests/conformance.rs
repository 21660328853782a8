//! Every fixture made by the real construct (tests/conformance/fixtures) must come out of the
//! engine byte for byte, or fail with the construct's message. Scenarios listed in
//! tests/conformance/known-gaps.txt are expected to differ; one that starts to pass must leave
//! the list, so the list only shrinks.
// Native only: the wasm build is tested by tests/node.rs and tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use kinesisstreams_gluejob::{synth, synth_json, synth_template_json, SynthError, SynthOptions};
use kinesisstreams_gluejob_test_support::fixtures::{self, Expected};
use serde_json::Value;

fn conformance_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance")
}

struct Fixture {
    name: String,
    /// What the construct printed (core's warnings), without colours and label.
    printed: Vec<String>,
    id: String,
    /// Options as `SynthOptions::from_json` reads them (some fixtures hold options aws-cdk-lib refuses).
    options: Result<SynthOptions, SynthError>,
    props: Value,
    expected: Expected,
    /// The whole stack template as aws-cdk-lib wrote it (`expected.templateFile`).
    template: Option<String>,
}

fn load_fixtures() -> Vec<Fixture> {
    fixtures::load_all()
        .into_iter()
        .map(|f| {
            let options = SynthOptions::from_json(&f.options).map(|mut options| {
                // The aws-cdk-lib release of fixtures made by `make upstream-check`.
                options.cdk_version = std::env::var("CONFORMANCE_CDK_VERSION").ok();
                options
            });
            Fixture {
                printed: f.printed.iter().map(|line| strip_warning_label(line)).collect(),
                name: f.name,
                id: f.id,
                options,
                props: f.props,
                expected: f.expected,
                template: f.template,
            }
        })
        .collect()
}

/// `WARN AWS_SOLUTIONS_CONSTRUCTS_WARNING:  text` (with ANSI colours) -> `text`.
fn strip_warning_label(line: &str) -> String {
    let mut plain = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    match plain.split_once("AWS_SOLUTIONS_CONSTRUCTS_WARNING:") {
        Some((_, text)) => text.trim().to_string(),
        // aws-cdk-lib's deprecation notices.
        None => plain.strip_prefix("[WARNING] ").map(str::to_string).unwrap_or(plain),
    }
}

/// `None` when the engine matches the reference, else what differs.
fn check(fixture: &Fixture) -> Option<String> {
    let options = match (&fixture.options, &fixture.expected) {
        (Ok(options), _) => options,
        (Err(e), Expected::Error(expected)) if e.message == *expected => return None,
        (Err(e), _) => return Some(format!("options refused: {}", e.message)),
    };
    if let (Some(expected), Ok(actual)) = (&fixture.template, synth_template_json(&fixture.id, &fixture.props, options))
    {
        if *expected != actual {
            return Some(first_difference("template", expected, &actual));
        }
    }
    if let (Expected::Fragment(_), Ok(result)) = (&fixture.expected, synth(&fixture.id, &fixture.props, options)) {
        // The engine's own warnings (dropped props, weakened defaults, ...) are not printed by the construct.
        let warnings: Vec<String> = result
            .warnings
            .iter()
            .filter(|w| kinesisstreams_gluejob::diagnostics::codes::PRINTED.contains(&w.code))
            // aws-cdk-lib prints a deprecation notice once per process, and the fixtures share
            // one: a scenario after the first with the same notice has none in its fixture.
            .filter(|w| {
                w.code != "deprecated"
                    || w.message.lines().next().is_some_and(|l| fixture.printed.iter().any(|p| p == l))
            })
            .flat_map(|w| w.message.lines().map(str::to_string))
            .collect();
        if warnings != fixture.printed {
            return Some(format!("warnings differ: expected {:?}, got {:?}", fixture.printed, warnings));
        }
    }
    match (&fixture.expected, synth_json(&fixture.id, &fixture.props, options)) {
        (Expected::Fragment(expected), Ok(actual)) => {
            if *expected == actual {
                return None;
            }
            Some(first_difference("fragment", expected, &actual))
        }
        (Expected::Fragment(_), Err(e)) => Some(format!("expected a fragment, got error: {}", e.message)),
        (Expected::Error(expected), Err(e)) if e.message == *expected => {
            if e.diagnostics.is_empty() {
                Some("error has no diagnostics".into())
            } else {
                None
            }
        }
        (Expected::Error(expected), Err(e)) => Some(format!("expected error {expected:?}, got {:?}", e.message)),
        (Expected::Error(expected), Ok(_)) => Some(format!("expected error {expected:?}, got a fragment")),
    }
}

fn first_difference(what: &str, expected: &str, actual: &str) -> String {
    let first = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
    format!(
        "{what} differs at line {}: expected {:?}, got {:?}",
        first + 1,
        expected.lines().nth(first).unwrap_or(""),
        actual.lines().nth(first).unwrap_or("")
    )
}

fn known_gaps() -> BTreeSet<String> {
    fs::read_to_string(conformance_dir().join("known-gaps.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[test]
fn engine_matches_the_real_construct() {
    let fixtures = load_fixtures();
    assert!(!fixtures.is_empty(), "no conformance fixtures found");
    let gaps = known_gaps();
    let mut unexpected = Vec::new();
    let mut now_passing = Vec::new();
    let (mut passed, mut gap_count) = (0, 0);
    for fixture in &fixtures {
        let failure = check(fixture);
        match (failure, gaps.contains(&fixture.name)) {
            (None, false) => passed += 1,
            (None, true) => now_passing.push(fixture.name.clone()),
            (Some(_), true) => gap_count += 1,
            (Some(why), false) => unexpected.push(format!("{}: {why}", fixture.name)),
        }
    }
    println!("conformance: {passed} byte-identical, {gap_count} known gaps, {} total", fixtures.len());
    assert!(
        unexpected.is_empty(),
        "{} scenarios differ from the real construct:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(now_passing.is_empty(), "these now pass; remove them from known-gaps.txt:\n{}", now_passing.join("\n"));
}

/// The result's own JSON writer says what serde_json says, as `JSON.parse` reads both (numbers
/// compared by value: `2.0` and `2` are one JavaScript number).
#[test]
fn result_json_reads_as_serde_json_writes_it() {
    fn numbers_as_f64(value: Value) -> Value {
        match value {
            Value::Number(n) => n.as_f64().and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number),
            Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_f64).collect()),
            Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, numbers_as_f64(v))).collect()),
            other => other,
        }
    }
    let read = |text: &str| numbers_as_f64(serde_json::from_str(text).expect("JSON"));
    let mut compared = 0;
    for fixture in load_fixtures().iter().step_by(7) {
        let Ok(options) = &fixture.options else { continue };
        let Ok(result) = synth(&fixture.id, &fixture.props, options) else { continue };
        let ours = result.to_json();
        let serde = serde_json::to_string(&result).expect("writes");
        assert_eq!(read(&ours), read(&serde), "{}", fixture.name);
        compared += 1;
    }
    assert!(compared > 100, "only {compared} results compared");
}

#[test]
fn synth_is_deterministic() {
    for fixture in load_fixtures().iter().take(50) {
        let Ok(options) = &fixture.options else { continue };
        let first = synth(&fixture.id, &fixture.props, options).map(|r| r.fragment);
        let second = synth(&fixture.id, &fixture.props, options).map(|r| r.fragment);
        assert_eq!(first.is_ok(), second.is_ok(), "{}", fixture.name);
        if let (Ok(a), Ok(b)) = (first, second) {
            assert_eq!(a, b, "{}", fixture.name);
        }
    }
}
