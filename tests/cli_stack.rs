//! The CLI's stack flags (--stack-name, --account, --region, --tag, --template) against fixtures
//! made by the real construct: every fixture whose options the flags can express (string tags)
//! and that has a whole-template expectation, as fragment and as template, JSON and YAML.
// Native only: the wasm build is tested by tests/node.rs and tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/cli.rs"]
mod cli;

use cli::run;
use kinesisstreams_gluejob_test_support::{fixtures, yaml};
use serde_json::Value;

/// The CLI flags for a fixture's options, or `None` when flags cannot express them.
fn flags(meta: &Value) -> Option<Vec<String>> {
    let options = &meta["options"];
    let mut args = vec!["synth".to_string(), "--id".into(), meta["id"].as_str()?.to_string()];
    if options.get("siblings").is_some() || options.get("featureFlags").is_some() {
        return None;
    }
    if let Some(scope) = options["scope"].as_array() {
        let parts: Vec<&str> = scope.iter().filter_map(Value::as_str).collect();
        if parts.iter().any(|p| p.contains('/')) {
            return None;
        }
        args.extend(["--scope".into(), parts.join("/")]);
    }
    for fix in options["fixes"].as_array().into_iter().flatten() {
        args.extend(["--fix".into(), fix.as_str()?.to_string()]);
    }
    if let Some(name) = options["stackName"].as_str() {
        args.extend(["--stack-name".into(), name.to_string()]);
    }
    if let Some(account) = options["env"].get("account") {
        args.extend(["--account".into(), account.as_str()?.to_string()]);
    }
    if let Some(region) = options["env"].get("region") {
        args.extend(["--region".into(), region.as_str()?.to_string()]);
    }
    for (key, value) in options["tags"].as_object().into_iter().flatten() {
        // KEY=VALUE splits at the first `=`.
        if key.contains('=') {
            return None;
        }
        args.extend(["--tag".into(), format!("{key}={}", value.as_str()?)]);
    }
    Some(args)
}

fn stack_fixtures() -> Vec<(Value, String)> {
    fixtures::load_all().into_iter().filter_map(|f| f.template.map(|template| (f.json, template))).collect()
}

/// Byte equality, reported as the first differing line (templates are long).
fn assert_same(actual: &str, expected: &str, what: &str) {
    if actual != expected {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{what} differs at line {}: expected {:?}, got {:?}",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn stack_flags_give_the_reference_template_and_fragment() {
    let mut checked = 0;
    for (meta, template) in stack_fixtures() {
        let name = meta["name"].as_str().unwrap_or_default().to_string();
        let Some(mut args) = flags(&meta) else { continue };
        let props = meta["props"].to_string();
        args.push("--template".into());
        let output = run(&args, &props);
        assert!(output.status.success(), "{name}: {}", String::from_utf8_lossy(&output.stderr));
        assert_same(&String::from_utf8_lossy(&output.stdout), &format!("{template}\n"), &format!("{name}: template"));
        args.pop();
        let fragment =
            std::fs::read_to_string(fixtures::dir().join(meta["expected"]["fragmentFile"].as_str().unwrap()))
                .expect("fragment");
        let output = run(&args, &props);
        assert_same(&String::from_utf8_lossy(&output.stdout), &format!("{fragment}\n"), &format!("{name}: fragment"));
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} fixtures checked through the CLI flags");
}

#[test]
fn template_as_yaml_parses_to_the_reference_template() {
    for (meta, template) in stack_fixtures().into_iter().take(20) {
        let Some(mut args) = flags(&meta) else { continue };
        args.extend(["--template".into(), "--yaml".into()]);
        let output = run(&args, &meta["props"].to_string());
        assert!(output.status.success(), "{}", meta["name"]);
        let parsed = yaml::to_json(&String::from_utf8_lossy(&output.stdout));
        let expected: Value = serde_json::from_str(&template).expect("template JSON");
        assert_eq!(parsed, expected, "{}", meta["name"]);
    }
}

#[test]
fn refused_stack_name_exits_2_with_cdk_message_and_path() {
    let meta: Value = fixtures::load("stack-name-refused-digit").json;
    let args: Vec<String> = ["synth", "--id", "Etl", "--stack-name", "1stack"].iter().map(|s| s.to_string()).collect();
    let output = run(&args, &meta["props"].to_string());
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with(meta["expected"]["error"].as_str().unwrap()), "{stderr}");
    assert!(stderr.contains("/options/stackName [option]"), "{stderr}");
}

#[test]
fn deploy_warnings_name_the_option() {
    let meta: Value = fixtures::load("minimal").json;
    let args: Vec<String> = ["synth", "--id", "Etl", "--account", "42", "--region", "mars-1", "--tag", "aws:x=1"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let output = run(&args, &meta["props"].to_string());
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    for path in ["/options/env/account", "/options/env/region", "/options/tags/aws:x"] {
        assert!(stderr.contains(&format!("warning: {path}: ")), "{path} in {stderr}");
    }
    let bad = run(&["synth", "--id", "Etl", "--tag", "novalue"], "{}");
    assert_eq!(bad.status.code(), Some(2));
}
