//! The conformance fixtures made by the real construct (tests/conformance/fixtures): one scenario
//! per `<name>.json`, its expected fragment in `<name>.expected.json` (see
//! tests/conformance/README.md). `CONFORMANCE_FIXTURES` names another folder of the same layout
//! (another upstream release's, as `make upstream-check` writes them).

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

/// The construct id of scenarios that name none (the upstream tests' id).
pub const DEFAULT_ID: &str = "test-kinesisstreams-lambda";

/// What the real construct did with a scenario.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// `JSON.stringify(fragment, null, 1)`.
    Fragment(String),
    /// The exception's message.
    Error(String),
}

/// One scenario.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub name: String,
    pub id: String,
    /// `SynthOptions` as JSON (`{}` when the scenario has none).
    pub options: Value,
    pub props: Value,
    pub expected: Expected,
    /// The whole stack template aws-cdk-lib wrote (`expected.templateFile`), where recorded.
    pub template: Option<String>,
    /// What the construct printed, one entry a line (ANSI colours included).
    pub printed: Vec<String>,
    /// The whole fixture file.
    pub json: Value,
}

impl Fixture {
    /// The construct synthesized a fragment (rather than failing).
    pub fn is_valid(&self) -> bool {
        matches!(self.expected, Expected::Fragment(_))
    }
}

/// The fixture folder: `CONFORMANCE_FIXTURES`, else tests/conformance/fixtures.
pub fn dir() -> PathBuf {
    std::env::var_os("CONFORMANCE_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance/fixtures"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(path: &Path) -> Fixture {
    let json: Value = serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let expected = match json["expected"]["fragmentFile"].as_str() {
        Some(file) => Expected::Fragment(read(&path.with_file_name(file))),
        None => Expected::Error(json["expected"]["error"].as_str().unwrap_or_default().to_string()),
    };
    let template = json["expected"]["templateFile"].as_str().map(|file| read(&path.with_file_name(file)));
    Fixture {
        template,
        name: json["name"].as_str().unwrap_or_default().to_string(),
        id: json["id"].as_str().unwrap_or(DEFAULT_ID).to_string(),
        options: json.get("options").cloned().unwrap_or_else(|| json!({})),
        props: json["props"].clone(),
        expected,
        printed: json["printed"]
            .as_array()
            .map(|lines| lines.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default(),
        json,
    }
}

/// Every scenario, sorted by name.
pub fn load_all() -> Vec<Fixture> {
    let dir = dir();
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.to_string_lossy();
            name.ends_with(".json") && !name.ends_with(".expected.json")
        })
        .collect();
    paths.sort();
    let fixtures: Vec<Fixture> = paths.iter().map(|p| parse(p)).collect();
    assert!(!fixtures.is_empty(), "no conformance fixtures in {}", dir.display());
    fixtures
}

/// The scenario `name`.
pub fn load(name: &str) -> Fixture {
    parse(&dir().join(format!("{name}.json")))
}
