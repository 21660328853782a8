//! `options.fixes`: the warnings naming each defect the props trigger while its fix is off, and
//! what the fixes allow (two constructs in one scope). The fragments themselves are checked
//! against aws-cdk-lib by the conformance fixtures `fix-*`.
// Native only: the wasm build is tested by tests/node.rs and tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use kinesisstreams_gluejob::{synth, validate, SynthOptions};
use kinesisstreams_gluejob_test_support::fixtures::{self, Expected};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    fixtures::load(name).json
}

fn options(fixes: &[&str]) -> SynthOptions {
    SynthOptions { fixes: fixes.iter().map(|f| f.to_string()).collect(), ..SynthOptions::default() }
}

/// `(path, fix named in the message)` of each `defect` warning.
fn defects(name: &str, fixes: &[&str]) -> Vec<(String, String)> {
    let meta = fixture(name);
    let result = synth(meta["id"].as_str().unwrap_or_default(), &meta["props"], &options(fixes))
        .unwrap_or_else(|e| panic!("{name}: {}", e.message));
    result
        .warnings
        .into_iter()
        .filter(|w| w.code == "defect")
        .map(|w| {
            let fix = w.message.rsplit("enable fix ").next().unwrap_or_default().to_string();
            (w.path, fix)
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(p, f)| (p.to_string(), f.to_string())).collect()
}

const ALARMS: (&str, &str) = ("/createCloudWatchAlarms", "alarmStreamDimension");
const SHARED_SCOPE: (&str, &str) = ("/existingDatabase", "multipleInstances");

#[test]
fn each_stream_kind_warns_of_the_defects_it_triggers() {
    let cases: [(&str, Option<&str>); 6] = [
        ("created-unencrypted", None),
        ("created-managed", None),
        ("created-kms", Some("/kinesisStreamProps/encryption")),
        ("created-kms-key", Some("/kinesisStreamProps/encryptionKey")),
        ("existing", None),
        ("existing-kms", Some("/existingStreamObj/encryptionKeyArn")),
    ];
    for (kind, key_path) in cases {
        let name = format!("fix-all-{kind}");
        let mut expected = vec![ALARMS];
        if let Some(path) = key_path {
            expected.push((path, "streamKeyDecrypt"));
        }
        expected.push(SHARED_SCOPE);
        assert_eq!(defects(&name, &[]), pairs(&expected), "{name} without fixes");
        assert_eq!(
            defects(&name, &["alarmStreamDimension", "streamKeyDecrypt", "multipleInstances"]),
            vec![],
            "{name}"
        );
    }
}

#[test]
fn a_fix_silences_only_its_own_defect() {
    let key = ("/kinesisStreamProps/encryption", "streamKeyDecrypt");
    assert_eq!(defects("fix-alarm-dimension-created-kms", &["alarmStreamDimension"]), pairs(&[key, SHARED_SCOPE]));
    assert_eq!(defects("fix-key-decrypt-created-kms", &["streamKeyDecrypt"]), pairs(&[ALARMS, SHARED_SCOPE]));
    assert_eq!(defects("fix-multiple-instances-created-kms", &["multipleInstances"]), pairs(&[ALARMS, key]));
}

#[test]
fn defects_the_props_avoid_are_not_warned() {
    // Existing database and table: nothing is created in the parent scope under a shared name.
    assert_eq!(defects("fix-multiple-instances-existing-glue", &[]), pairs(&[ALARMS]));
    // No alarms, and the AWS managed key needs no grant.
    assert_eq!(defects("fix-alarm-dimension-alarms-off", &[]), pairs(&[SHARED_SCOPE]));
    let meta = fixture("fix-multiple-instances-created-managed");
    let warnings = synth("Etl", &meta["props"], &options(&[])).map(|r| r.warnings).unwrap_or_default();
    let message = warnings.iter().find(|w| w.code == "defect" && w.path == "/existingDatabase").map(|w| &w.message);
    assert_eq!(
        message.map(String::as_str),
        Some("GlueDatabase and GlueTable are created in the construct's parent scope, so a second construct in that scope fails; enable fix multipleInstances")
    );
}

#[test]
fn unknown_fixes_are_errors_at_their_option_path() {
    let meta = fixture("fix-all-created-managed");
    let opts = options(&["streamKeyDecrypt", "multipleInstance"]);
    let error = synth("Etl", &meta["props"], &opts).expect_err("an unknown fix fails");
    assert_eq!(error.diagnostics.len(), 1);
    assert_eq!(error.diagnostics[0].path, "/options/fixes/1");
    assert_eq!(error.diagnostics[0].code, "fix");
    assert_eq!(
        error.message,
        "/options/fixes/1: unknown fix \"multipleInstance\"; known fixes: alarmStreamDimension, streamKeyDecrypt, multipleInstances"
    );
    assert_eq!(validate("Etl", &meta["props"], &opts), error.diagnostics);
}

/// Two constructs with `multipleInstances` in one scope: the second synthesizes beside the first,
/// their logical IDs do not meet, and without the fix the shared names collide as in CDK.
#[test]
fn two_constructs_share_a_scope_with_multiple_instances() {
    let meta = fixture("fix-multiple-instances-second");
    let props = &meta["props"];
    let fixed = options(&["multipleInstances"]);
    // The first construct makes the security configuration the second one uses.
    let mut first_props = props.clone();
    let shared = first_props["glueJobProps"].as_object_mut().and_then(|job| job.remove("securityConfiguration"));
    assert!(shared.is_some());
    let first = synth("FirstEtl", &first_props, &fixed).expect("first construct");
    let second_options = SynthOptions { siblings: vec!["FirstEtl".into()], ..fixed.clone() };
    let second = synth("SecondEtl", props, &second_options).expect("second construct");
    let ids = |fragment: &kinesisstreams_gluejob::ir::Value| {
        fragment["Resources"].as_object().map(|r| r.keys().cloned().collect::<Vec<_>>())
    };
    let (first_ids, second_ids) = (ids(&first.fragment).unwrap_or_default(), ids(&second.fragment).unwrap_or_default());
    assert!(!first_ids.is_empty() && !second_ids.is_empty());
    assert!(first_ids.iter().all(|id| !second_ids.contains(id)), "logical IDs meet");
    let Expected::Fragment(expected) = fixtures::load("fix-multiple-instances-second").expected else {
        panic!("fix-multiple-instances-second holds a fragment");
    };
    assert!(kinesisstreams_gluejob::synth_json("SecondEtl", props, &second_options).ok() == Some(expected));

    // The official layout: the first construct left GlueDatabase in the scope.
    let unfixed = SynthOptions { siblings: vec!["FirstEtl".into(), "GlueDatabase".into()], ..SynthOptions::default() };
    let error = synth("SecondEtl", props, &unfixed).expect_err("names collide without the fix");
    assert!(error.message.contains("There is already a Construct with name 'GlueDatabase'"), "{}", error.message);
    let with_fix = SynthOptions { siblings: unfixed.siblings.clone(), ..fixed };
    assert!(synth("SecondEtl", props, &with_fix).is_ok());
}
