//! The readers accept exactly the keys the schema tables (and so the package's declarations)
//! list for each props type and reference object, and report any other.

use crate::ir::{json, Map, Value};

use super::read_props;
use super::schema::*;
use crate::diagnostics::codes;

/// `value` placed at `path` (object keys, or array indexes as numbers) inside otherwise empty props.
fn embed(path: &[&str], value: Value) -> Value {
    path.iter().rev().fold(value, |inner, segment| match segment.parse::<usize>() {
        Ok(0) => json!([inner]),
        _ => Value::Object(Map::from_iter([(segment.to_string(), inner)])),
    })
}

fn unknown_keys(props: &Value) -> Vec<String> {
    match read_props(props) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => {
            diagnostics.into_iter().filter(|d| d.code == codes::UNKNOWN_PROPERTY).map(|d| d.path).collect()
        }
    }
}

/// Every key of `keys` is read at `path` (null stands for absent), and an extra one is reported.
fn accepts_exactly(path: &[&str], keys: &[&str]) {
    let object: Map = keys.iter().map(|k| (k.to_string(), Value::Null)).collect();
    let props = embed(path, Value::Object(object.clone()));
    assert_eq!(unknown_keys(&props), Vec::<String>::new(), "{path:?} should accept {keys:?}");

    let mut with_extra = object;
    with_extra.insert("notInTheSchema".into(), Value::Null);
    let pointer: String = path.iter().map(|s| format!("/{s}")).collect();
    assert_eq!(
        unknown_keys(&embed(path, Value::Object(with_extra))),
        vec![format!("{pointer}/notInTheSchema")],
        "{path:?} should refuse keys outside the schema"
    );
}

fn reference_keys(r: &Reference) -> Vec<&'static str> {
    r.required.iter().chain(r.optional).copied().collect()
}

#[test]
fn props_types_accept_their_schema_keys() {
    accepts_exactly(&[], KINESISSTREAMS_TO_GLUEJOB_PROPS_KEYS);
    accepts_exactly(&["kinesisStreamProps"], STREAM_PROPS_KEYS);
    accepts_exactly(&["outputDataStore"], SINK_DATA_STORE_PROPS_KEYS);
    let bucket = ["outputDataStore", "outputBucketProps"];
    accepts_exactly(&bucket, BUCKET_PROPS_KEYS);
    accepts_exactly(&[&bucket[..], &["blockPublicAccess"]].concat(), BLOCK_PUBLIC_ACCESS_OPTIONS_KEYS);
    let rule = [&bucket[..], &["lifecycleRules", "0"]].concat();
    accepts_exactly(&rule, LIFECYCLE_RULE_KEYS);
    accepts_exactly(&[&rule[..], &["transitions", "0"]].concat(), TRANSITION_KEYS);
    accepts_exactly(&[&rule[..], &["noncurrentVersionTransitions", "0"]].concat(), NONCURRENT_VERSION_TRANSITION_KEYS);
    accepts_exactly(&[&bucket[..], &["cors", "0"]].concat(), CORS_RULE_KEYS);
    accepts_exactly(&[&bucket[..], &["metrics", "0"]].concat(), BUCKET_METRICS_KEYS);
}

#[test]
fn reference_objects_accept_their_schema_keys() {
    accepts_exactly(&["existingStreamObj"], &reference_keys(&STREAM_REFERENCE));
    accepts_exactly(&["existingGlueJob"], &reference_keys(&GLUE_JOB_REFERENCE));
    accepts_exactly(&["existingDatabase"], &reference_keys(&DATABASE_REFERENCE));
    accepts_exactly(&["existingTable"], &reference_keys(&TABLE_REFERENCE));
    accepts_exactly(&["outputDataStore", "existingS3OutputBucket"], &reference_keys(&BUCKET_REFERENCE));
    accepts_exactly(&["etlCodeAsset"], &reference_keys(&ASSET_REFERENCE));
    accepts_exactly(&["kinesisStreamProps", "encryptionKey"], &reference_keys(&KEY_REFERENCE));
    accepts_exactly(&["glueJobProps", "role"], &reference_keys(&ROLE_REFERENCE));
}

#[test]
fn enums_accept_what_the_schema_lists() {
    let cases: [(&[&str], &[&str]); 5] = [
        (&["kinesisStreamProps", "encryption"], STREAM_ENCRYPTION_ACCEPTED),
        (&["kinesisStreamProps", "streamMode"], STREAM_MODE_ACCEPTED),
        (&["kinesisStreamProps", "removalPolicy"], REMOVAL_POLICY_ACCEPTED),
        (&["outputDataStore", "outputBucketProps", "objectOwnership"], OBJECT_OWNERSHIP_ACCEPTED),
        (&["outputDataStore", "outputBucketProps", "cors", "0", "allowedMethods", "0"], HTTP_METHODS_ACCEPTED),
    ];
    for (path, accepted) in cases {
        for value in accepted {
            let diagnostics = read_props(&embed(path, json!(value))).err().unwrap_or_default();
            assert!(
                diagnostics.iter().all(|d| d.code != codes::ENUM),
                "{path:?} should accept {value}: {diagnostics:?}"
            );
        }
        let diagnostics = read_props(&embed(path, json!("NOT_A_MEMBER"))).err().unwrap_or_default();
        assert!(diagnostics.iter().any(|d| d.code == codes::ENUM), "{path:?} should refuse NOT_A_MEMBER");
    }
}
