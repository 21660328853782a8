//! The override warnings core prints (`flagOverriddenDefaults`), as diagnostics located in the
//! user's props. Values are put in CDK's form first (enum values, class instances as objects).

use crate::ir::{json, Map, Value};

use super::context::Context;
use crate::diagnostics::{child_path, codes, Diagnostic};
use crate::model::override_warnings::override_warnings;
use crate::props::bucket::STORAGE_CLASSES;

/// Runs `overrideProps(defaults, user)`'s diff and records what it prints.
pub fn record_overrides(ctx: &mut Context, props_path: &str, defaults: &Value, user: &Value) {
    ctx.warn_with(|| {
        override_warnings(defaults, user).into_iter().map(|warning| {
            let path = warning.path.iter().fold(props_path.to_string(), |p, c| child_path(&p, c));
            Diagnostic::new(path, codes::OVERRIDE, warning.message)
        })
    });
}

/// core's `DefaultS3Props(loggingBucket?, lifecycleRules?)` as CDK holds it.
pub fn default_s3_props(logging_bucket: bool, lifecycle_rules: bool) -> Value {
    let mut props = json!({
        "encryption": "S3_MANAGED",
        "versioned": true,
        "blockPublicAccess": block_public_access_object(&json!("BLOCK_ALL")),
        "removalPolicy": "retain",
        "enforceSSL": true
    });
    if let Some(map) = props.as_object_mut() {
        if lifecycle_rules {
            map.insert(
                "lifecycleRules".into(),
                json!([{ "noncurrentVersionTransitions": [{ "storageClass": { "value": "GLACIER" }, "transitionAfter": { "days": 90 } }] }]),
            );
        }
        if logging_bucket {
            map.insert("serverAccessLogsBucket".into(), json!({ "bucket": "logging" }));
        }
    }
    props
}

/// User bucket props in CDK's form.
pub fn cdk_bucket_props(source: &Value) -> Value {
    let Value::Object(map) = source else {
        return source.clone();
    };
    let mut out = Map::new();
    for (key, value) in map {
        let converted = match key.as_ref() {
            "blockPublicAccess" => block_public_access_object(value),
            "lifecycleRules" => lifecycle_rules(value),
            _ => value.clone(),
        };
        out.insert(key.clone(), converted);
    }
    Value::Object(out)
}

/// `BlockPublicAccess` instances: the four fields, `undefined` where the constant leaves them.
fn block_public_access_object(value: &Value) -> Value {
    match value.as_str() {
        Some("BLOCK_ALL") => {
            json!({ "blockPublicAcls": true, "blockPublicPolicy": true, "ignorePublicAcls": true, "restrictPublicBuckets": true })
        }
        Some("BLOCK_ACLS") => {
            json!({ "blockPublicAcls": true, "blockPublicPolicy": null, "ignorePublicAcls": true, "restrictPublicBuckets": null })
        }
        Some("BLOCK_ACLS_ONLY") => {
            json!({ "blockPublicAcls": true, "blockPublicPolicy": false, "ignorePublicAcls": true, "restrictPublicBuckets": false })
        }
        _ => match value {
            Value::Object(options) => {
                let field = |k: &str| options.get(k).cloned().unwrap_or(Value::Null);
                json!({
                    "blockPublicAcls": field("blockPublicAcls"),
                    "blockPublicPolicy": field("blockPublicPolicy"),
                    "ignorePublicAcls": field("ignorePublicAcls"),
                    "restrictPublicBuckets": field("restrictPublicBuckets")
                })
            }
            other => other.clone(),
        },
    }
}

/// Storage classes become `StorageClass` instances (`{value}`).
fn lifecycle_rules(value: &Value) -> Value {
    let Value::Array(rules) = value else {
        return value.clone();
    };
    let convert_transitions = |transitions: &Value| -> Value {
        let Value::Array(items) = transitions else {
            return transitions.clone();
        };
        Value::Array(
            items
                .iter()
                .map(|t| {
                    let mut t = t.clone();
                    if let Some(class) = t.get("storageClass").and_then(Value::as_str).map(str::to_string) {
                        let cdk_value = STORAGE_CLASSES
                            .iter()
                            .find(|(name, value)| *name == class || *value == class)
                            .map_or(class.clone(), |(_, value)| value.to_string());
                        t["storageClass"] = json!({ "value": cdk_value });
                    }
                    t
                })
                .collect(),
        )
    };
    Value::Array(
        rules
            .iter()
            .map(|rule| {
                let mut rule = rule.clone();
                for key in ["transitions", "noncurrentVersionTransitions"] {
                    if let Some(t) = rule.get(key).cloned() {
                        rule[key] = convert_transitions(&t);
                    }
                }
                rule
            })
            .collect(),
    )
}

/// Props that turn off a secure default of the pattern, each named with its path (code
/// `insecure`). The construct itself says nothing about these. `blocked_by_default`: the flag
/// `@aws-cdk/aws-s3:publicAccessBlockedByDefault`, under which options left out block.
pub fn security_warnings(props: &crate::props::Props, blocked_by_default: bool) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut warn = |path: &str, message: &str| out.push(Diagnostic::new(path, codes::INSECURE, message));
    if let Some(stream) = &props.stream_props {
        if stream.encryption.as_deref() == Some("NONE") {
            warn("/kinesisStreamProps/encryption", "the Kinesis stream is not encrypted at rest");
        }
    }
    let bucket = props.output_data_store.as_ref().and_then(|store| store.bucket_props.as_ref());
    if let Some(bucket) = bucket {
        let path = "/outputDataStore/outputBucketProps";
        if bucket.encryption.as_deref() == Some("UNENCRYPTED") {
            warn(&format!("{path}/encryption"), "the output bucket asks for no server-side encryption");
        }
        if bucket.enforce_ssl == Some(false) {
            warn(&format!("{path}/enforceSSL"), "the output bucket accepts requests without TLS");
        }
        if bucket.versioned == Some(false) {
            warn(&format!("{path}/versioned"), "the output bucket keeps no previous object versions");
        }
        if let Some(block) = bucket.source.get("blockPublicAccess") {
            let all_blocked = block_public_access_object(block).as_object().is_some_and(|fields| {
                fields.values().all(|v| v == &Value::Bool(true) || (blocked_by_default && v.is_null()))
            });
            if !all_blocked {
                warn(&format!("{path}/blockPublicAccess"), "the output bucket does not block all public access");
            }
        }
    }
    if let Some(alarms) = &props.create_cloud_watch_alarms {
        if !crate::js::is_truthy(alarms) {
            warn("/createCloudWatchAlarms", "no CloudWatch alarms watch the stream's consumers");
        }
    }
    out
}
