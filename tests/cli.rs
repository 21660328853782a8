//! The CLI: fragment on stdout in CDK's layout (or YAML), diagnostics on stderr with exit 2.
// Native only: the wasm build is tested by tests/node.rs and tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/cli.rs"]
mod cli;

use cli::run;
use kinesisstreams_gluejob_test_support::fixtures::{self, Expected};
use kinesisstreams_gluejob_test_support::yaml;
use serde_json::Value;

fn fixture(name: &str) -> (Value, String) {
    let fixture = fixtures::load(name);
    let expected = match fixture.expected {
        Expected::Fragment(text) => text,
        Expected::Error(_) => String::new(),
    };
    (fixture.json, expected)
}

#[test]
fn json_output_is_the_reference_fragment() {
    for (name, scope) in [
        ("minimal", None),
        ("minimal-scope-two-levels", Some("A/B")),
        ("output-bucket-many", None),
        // Numbers of 17 digits and beyond 64 bits, read from the text as JavaScript reads them.
        ("glue-capacity-v10-max-capacity-17-digits", None),
        ("glue-timeout-beyond-64-bits", None),
    ] {
        let (meta, expected) = fixture(name);
        let props = meta["props"].to_string();
        let id = meta["id"].as_str().unwrap();
        let mut args = vec!["synth", "--id", id];
        if let Some(scope) = scope {
            args.extend(["--scope", scope]);
        }
        args.push("-");
        let output = run(&args, &props);
        assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        assert_eq!(String::from_utf8_lossy(&output.stdout), format!("{expected}\n"), "{name}");
    }
}

#[test]
fn yaml_output_parses_to_the_same_fragment() {
    for name in ["minimal", "output-bucket-lifecycle-full", "glue-everything", "stream-kms"] {
        let (meta, expected) = fixture(name);
        let output = run(&["synth", "--id", meta["id"].as_str().unwrap(), "--yaml"], &meta["props"].to_string());
        assert!(output.status.success(), "{name}");
        let parsed = yaml::to_json(&String::from_utf8_lossy(&output.stdout));
        let expected: Value = serde_json::from_str(&expected).unwrap();
        assert_eq!(parsed, expected, "{name}");
    }
}

#[test]
fn invalid_props_exit_2_with_the_construct_message() {
    let output = run(&["synth", "--id", "Etl", "-"], r#"{"fieldSchema": []}"#);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Cannot read properties of undefined (reading 'command')"), "{stderr}");
    assert!(stderr.contains("/glueJobProps"), "{stderr}");
    assert!(output.stdout.is_empty());
}

#[test]
fn unknown_keys_and_bad_json_exit_2() {
    let output = run(&["synth", "--id", "Etl", "-"], r#"{"glueJobProp": {}}"#);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/glueJobProp"));
    let output = run(&["synth", "--id", "Etl", "-"], "{not json");
    assert_eq!(output.status.code(), Some(2));
    let output = run(&["synth"], "{}");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--id is required"));
}

#[test]
fn weakened_defaults_are_warned_on_stderr() {
    let props = r#"{
        "glueJobProps": {"command": {"name": "gluestreaming", "pythonVersion": "3", "scriptLocation": "s3://bucket/script.py"}},
        "fieldSchema": [{"name": "id", "type": "int"}],
        "kinesisStreamProps": {"encryption": "UNENCRYPTED"},
        "outputDataStore": {"datastoreType": "S3", "outputBucketProps": {"enforceSSL": false, "versioned": false, "blockPublicAccess": "BLOCK_ACLS_ONLY"}},
        "createCloudWatchAlarms": false
    }"#;
    let output = run(&["synth", "--id", "Etl", "-"], props);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for path in [
        "/kinesisStreamProps/encryption",
        "/outputDataStore/outputBucketProps/enforceSSL",
        "/outputDataStore/outputBucketProps/versioned",
        "/outputDataStore/outputBucketProps/blockPublicAccess",
        "/createCloudWatchAlarms",
    ] {
        assert!(stderr.contains(&format!("warning: {path}:")), "{path} missing in {stderr}");
    }
}

/// Every fix fixture through `--fix` (repeated) and the other option flags: the fragment (and,
/// where the fixture has one, the whole template) aws-cdk-lib built. Fixtures with feature flags,
/// which the CLI does not take, are left out.
#[test]
fn fix_flags_give_the_corrected_fragments() {
    let names: Vec<String> = fixtures::load_all()
        .into_iter()
        .filter(|f| f.name.starts_with("fix-") && f.is_valid())
        .map(|f| f.name)
        .collect();
    assert!(names.len() >= 30, "only {} fix fixtures", names.len());
    for name in names {
        let (meta, expected) = fixture(&name);
        let options = &meta["options"];
        if options.get("featureFlags").is_some() {
            continue;
        }
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let mut args: Vec<String> = vec!["synth".into(), "--id".into(), text(&meta["id"])];
        if let Some(scope) = options["scope"].as_array() {
            let scope: Vec<String> = scope.iter().map(text).collect();
            args.extend(["--scope".into(), scope.join("/")]);
        }
        if let Some(stack_name) = options.get("stackName") {
            args.extend(["--stack-name".into(), text(stack_name)]);
        }
        for (flag, key) in [("--account", "account"), ("--region", "region")] {
            if let Some(value) = options["env"].get(key) {
                args.extend([flag.into(), text(value)]);
            }
        }
        for (key, value) in options["tags"].as_object().into_iter().flatten() {
            args.extend(["--tag".into(), format!("{key}={}", text(value))]);
        }
        for fix in options["fixes"].as_array().unwrap() {
            args.extend(["--fix".into(), text(fix)]);
        }
        args.push("-".into());
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = run(&argv, &meta["props"].to_string());
        assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        assert!(String::from_utf8_lossy(&output.stdout) == format!("{expected}\n"), "{name}: other fragment");
        if let Some(file) = meta["expected"]["templateFile"].as_str() {
            let template = std::fs::read_to_string(fixtures::dir().join(file)).unwrap();
            let mut argv = argv.clone();
            argv.insert(argv.len() - 1, "--template");
            let output = run(&argv, &meta["props"].to_string());
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert!(stdout.trim_end() == template.trim_end(), "{name}: other template");
        }
    }
}

#[test]
fn unknown_fix_exits_2_naming_the_known_fixes() {
    let (meta, _) = fixture("minimal");
    let output = run(&["synth", "--id", "Etl", "--fix", "alarmDimensions", "-"], &meta["props"].to_string());
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("/options/fixes/0 [fix]: unknown fix \"alarmDimensions\"; known fixes: alarmStreamDimension, streamKeyDecrypt, multipleInstances"), "{stderr}");
    let output = run(&["synth", "--id", "Etl", "--fix"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--fix needs a value"));
}
