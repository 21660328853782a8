//! Wraps the engine's fragment for every valid conformance fixture into a CloudFormation
//! template, for `tests/lint/run.sh` (cfn-lint). Templates go to `LINT_TEMPLATES_DIR` when set,
//! else to a directory under Cargo's target dir.
//!
//! A fragment refers to objects the user already has (an existing bucket, key, role, ...) by
//! their logical IDs; those resources are not in the fragment. Each logical ID that the fixture's
//! props name and the fragment refers to without defining gets a stub resource, so cfn-lint's
//! reference checks still catch any reference the engine itself leaves dangling.
// Native only: the wasm build is tested by tests/node.rs and tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use std::fs;
use std::path::{Path, PathBuf};

use kinesisstreams_gluejob::diagnostics::codes;
use kinesisstreams_gluejob::{synth, SynthOptions};
use kinesisstreams_gluejob_test_support::fixtures::{self, Fixture};
use serde_json::{json, Value};

fn out_dir() -> PathBuf {
    match std::env::var_os("LINT_TEMPLATES_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_TARGET_TMPDIR")).join("cfn-lint-templates"),
    }
}

/// Logical IDs the value refers to through `Ref`, `Fn::GetAtt` and `Fn::Sub`.
fn referenced_ids(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("Ref", Value::String(id)) => {
                        out.insert(id.clone());
                    }
                    ("Fn::GetAtt", Value::Array(parts)) => {
                        if let Some(Value::String(id)) = parts.first() {
                            out.insert(id.clone());
                        }
                    }
                    ("Fn::GetAtt", Value::String(dotted)) => {
                        out.insert(dotted.split('.').next().unwrap_or_default().to_string());
                    }
                    ("Fn::Sub", sub) => {
                        let text = match sub {
                            Value::Array(parts) => parts.first().and_then(Value::as_str).unwrap_or_default(),
                            other => other.as_str().unwrap_or_default(),
                        };
                        for piece in text.split("${").skip(1) {
                            let name = piece.split('}').next().unwrap_or_default();
                            out.insert(name.split('.').next().unwrap_or_default().to_string());
                        }
                    }
                    _ => {}
                }
                referenced_ids(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| referenced_ids(v, out)),
        _ => {}
    }
}

/// Stubs for the user's own resources that the fragment refers to.
fn stubs(fragment: &Value, props: &Value) -> Vec<(String, Value)> {
    let mut referenced = BTreeSet::new();
    referenced_ids(fragment, &mut referenced);
    let mut named_by_props = BTreeSet::new();
    referenced_ids(props, &mut named_by_props);
    let defined = fragment["Resources"].as_object().cloned().unwrap_or_default();
    let parameters = fragment["Parameters"].as_object().cloned().unwrap_or_default();
    referenced
        .into_iter()
        .filter(|id| !id.starts_with("AWS::") && !defined.contains_key(id) && !parameters.contains_key(id))
        .filter(|id| named_by_props.contains(id))
        .map(|id| {
            let stub = json!({
                "Type": "Custom::ExistingResource",
                "Properties": {"ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:existing"}
            });
            (id, stub)
        })
        .collect()
}

#[test]
fn write_templates_for_valid_fixtures() {
    let out = out_dir();
    fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    let mut written = 0;
    for fixture in fixtures::load_all().into_iter().filter(Fixture::is_valid) {
        let (name, id) = (&fixture.name, &fixture.id);
        let options: SynthOptions = serde_json::from_value(fixture.options.clone()).unwrap_or_default();
        // A fixture the engine does not reproduce yet is the conformance test's business.
        let result = match synth(id, &fixture.props, &options) {
            Ok(result) => result,
            Err(e) => {
                println!("skipped {name}: {}", e.message);
                continue;
            }
        };
        // Options the engine already warns about (an account that is not 12 digits, tags the
        // tagging API refuses, ...) fail at deploy by design: linting them proves nothing.
        if let Some(warning) = result.warnings.iter().find(|w| w.code == codes::DEPLOY) {
            println!("skipped {name}: fails at deploy by its options ({})", warning.path);
            continue;
        }
        let fragment = Value::from(result.fragment);
        let stubs = stubs(&fragment, &fixture.props);
        let mut template = json!({"AWSTemplateFormatVersion": "2010-09-09"});
        if let (Value::Object(t), Value::Object(fragment)) = (&mut template, fragment) {
            t.extend(fragment);
        }
        if let Some(Value::Object(resources)) = template.get_mut("Resources") {
            resources.extend(stubs);
        }
        let text = serde_json::to_string_pretty(&template).expect("template serializes");
        fs::write(out.join(format!("{name}.json")), text).expect("template written");
        written += 1;
    }
    assert!(written > 0, "no valid fixtures");
    println!("{written} templates in {}", out.display());
}

/// The `fix-*-second` fixtures put a second construct beside a first one built with the same
/// props and fixes, except that the first makes the security configuration the second uses
/// (tests/conformance/scenarios/f-fixes.js): both together form one template.
#[test]
fn write_templates_of_two_constructs_in_one_scope() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance/fixtures");
    let out = out_dir();
    fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    let mut written = 0;
    for name in ["fix-multiple-instances-second", "fix-all-second"] {
        let path = fixtures.join(format!("{name}.json"));
        let meta: Value = serde_json::from_str(&fs::read_to_string(&path).expect("fixture")).expect("fixture JSON");
        let second: SynthOptions = serde_json::from_value(meta["options"].clone()).expect("options");
        let first_id = second.siblings.first().cloned().expect("the first construct is a sibling");
        let first = SynthOptions { siblings: Vec::new(), ..second.clone() };
        let mut first_props = meta["props"].clone();
        let given = first_props["glueJobProps"].as_object_mut().and_then(|job| job.remove("securityConfiguration"));
        assert!(given.is_some(), "{name}: the second construct uses the first one's security configuration");
        let mut resources = serde_json::Map::new();
        for (id, props, options) in
            [(first_id.as_str(), &first_props, &first), (meta["id"].as_str().expect("id"), &meta["props"], &second)]
        {
            let result = synth(id, props, options).unwrap_or_else(|e| panic!("{name} {id}: {}", e.message));
            let fragment = Value::from(result.fragment);
            for (logical_id, resource) in fragment["Resources"].as_object().cloned().unwrap_or_default() {
                assert!(resources.insert(logical_id.clone(), resource).is_none(), "{name}: {logical_id} twice");
            }
        }
        let template = json!({"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources});
        let text = serde_json::to_string_pretty(&template).expect("template serializes");
        fs::write(out.join(format!("{name}-both.json")), text).expect("template written");
        written += 1;
    }
    println!("{written} templates of two constructs in {}", out.display());
}
