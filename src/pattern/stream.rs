//! The Kinesis data stream: core's `buildKinesisStream` over aws-kinesis `Stream`.

use serde_json::{json, Map, Value};

use super::construction::{cdk_constant, made_at, user_value, Step};
use super::context::Context;
use super::kms::create_key;
use crate::error::SynthError;
use crate::model::intrinsics::{get_att, reference};
use crate::model::tree::{NodeId, Resource};
use crate::model::values::{num, removal_policy};
use crate::props::stream::{StreamProps, StreamRef};

/// The stream as the rest of the pattern sees it.
#[derive(Debug, Clone)]
pub struct Stream {
    pub arn: Value,
    pub name: Value,
}

/// core's `consolidateProps(defaultStreamProps, kinesisStreamProps)`: the default encryption,
/// then every key the caller gave, as the caller's own values.
fn l2_props(user: &StreamProps) -> Value {
    let mut props = Map::new();
    props.insert("encryption".into(), cdk_constant("StreamEncryption.MANAGED"));
    let given = [
        ("streamName", user.stream_name.is_some()),
        ("retentionPeriod", user.retention_period.is_some()),
        ("shardCount", user.shard_count.is_some()),
        ("encryption", user.encryption.is_some()),
        ("encryptionKey", user.encryption_key.is_some()),
        ("streamMode", user.stream_mode.is_some()),
        ("removalPolicy", user.removal_policy.is_some()),
        ("shardLevelMetrics", user.shard_level_metrics.is_some()),
    ];
    for (key, _) in given.iter().filter(|(_, set)| *set) {
        props.insert((*key).into(), user_value(&format!("/kinesisStreamProps/{key}")));
    }
    Value::Object(props)
}

/// A problem with one of the stream props, with CDK's message.
fn invalid(prop: &str, message: impl Into<String>) -> SynthError {
    SynthError::at(&format!("/kinesisStreamProps/{prop}"), "stream", message)
}

fn construct(message: String) -> SynthError {
    SynthError::at("", "construct", message)
}

/// The existing stream, or a new one from the construct's defaults merged with the user's props.
pub fn build_stream(
    ctx: &mut Context,
    scope: NodeId,
    existing: Option<&StreamRef>,
    user: Option<&StreamProps>,
) -> Result<Stream, SynthError> {
    if let Some(existing) = existing {
        ctx.construction.properties.insert("kinesisStream".into(), user_value("/existingStreamObj"));
        return Ok(Stream { arn: existing.stream_arn.clone(), name: existing.stream_name.clone() });
    }
    let props = user.cloned().unwrap_or_default();
    if let Some(encryption) = user.and_then(|u| u.encryption.as_ref()) {
        super::warnings::record_overrides(
            ctx,
            "/kinesisStreamProps",
            &json!({ "encryption": "MANAGED" }),
            &json!({ "encryption": encryption }),
        );
    }
    // core's defaultStreamProps: {encryption: MANAGED}, overridden by the user.
    let encryption = props.encryption.clone().unwrap_or_else(|| "MANAGED".to_string());
    let node = ctx.add(scope, "KinesisStream").map_err(construct)?;
    let at = ctx.path_below_stack(node);
    ctx.construction.push(Step::New { class: "kinesis.Stream", at: at.clone(), props: l2_props(&props) });
    ctx.construction.properties.insert("kinesisStream".into(), made_at(&at));

    let mut shard_count = props.shard_count;
    if props.stream_mode.as_deref() == Some("ON_DEMAND") && shard_count.is_some() {
        return Err(invalid(
            "shardCount",
            "streamMode must be set to PROVISIONED (default) when specifying shardCount",
        ));
    }
    if props.stream_mode.as_deref() != Some("ON_DEMAND") && shard_count.is_none() {
        shard_count = Some(1.0);
    }
    let retention = match &props.retention_period {
        Some(duration) => duration.to_hours().map_err(|e| invalid("retentionPeriod", e))?,
        None => 24.0,
    };
    if !(24.0..=8760.0).contains(&retention) {
        return Err(invalid(
            "retentionPeriod",
            format!(
                "retentionPeriod must be between 24 and 8760 hours. Received {}",
                crate::model::json_layout::js_number(retention)
            ),
        ));
    }
    if props.encryption_key.is_some() && encryption != "KMS" {
        return Err(invalid(
            "encryptionKey",
            format!("encryptionKey is specified, so 'encryption' must be set to KMS (value: {encryption})"),
        ));
    }
    let stream_encryption = match encryption.as_str() {
        "MANAGED" => Some(json!({ "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis" })),
        "KMS" => {
            let key_arn = match &props.encryption_key {
                Some(key) => key.key_arn.clone(),
                None => {
                    let description = format!("Created by {}", ctx.node_path(node));
                    create_key(ctx, node, &description).map_err(construct)?.1
                }
            };
            Some(json!({ "EncryptionType": "KMS", "KeyId": key_arn }))
        }
        _ => None,
    };
    if let Some(metrics) = &props.shard_level_metrics {
        if metrics.iter().any(|m| m == "ALL") && metrics.len() > 1 {
            return Err(invalid("shardLevelMetrics", "`shardLevelMetrics` cannot include `ShardLevelMetrics.ALL` together with individual metrics, use either `ShardLevelMetrics.ALL` alone or specify individual metrics."));
        }
        let mut unique = metrics.clone();
        unique.sort();
        unique.dedup();
        if unique.len() != metrics.len() {
            return Err(invalid("shardLevelMetrics", "shardLevelMetrics cannot contain duplicate items."));
        }
    }

    let mut properties = Map::new();
    if let Some(metrics) = &props.shard_level_metrics {
        properties.insert("DesiredShardLevelMetrics".into(), json!(metrics));
    }
    if let Some(name) = &props.stream_name {
        properties.insert("Name".into(), name.clone());
    }
    properties.insert("RetentionPeriodHours".into(), num(retention));
    if let Some(count) = shard_count {
        properties.insert("ShardCount".into(), num(count));
    }
    if let Some(encryption) = stream_encryption {
        properties.insert("StreamEncryption".into(), encryption);
    }
    if let Some(mode) = &props.stream_mode {
        properties.insert("StreamModeDetails".into(), json!({ "StreamMode": mode }));
    }
    if props.removal_policy.as_deref() == Some("snapshot") && ctx.flags.validate_snapshot_removal_policy {
        return Err(invalid("removalPolicy", "AWS::Kinesis::Stream does not support snapshot removal policy"));
    }
    let (update_replace, deletion) = removal_policy(props.removal_policy.as_deref());
    let mut resource = Resource::new("AWS::Kinesis::Stream", properties);
    resource.update_replace_policy = Some(update_replace.into());
    resource.deletion_policy = Some(deletion.into());
    let resource_node = ctx.add_resource(node, "Resource", resource).map_err(construct)?;
    let logical_id = ctx.logical_id(resource_node);
    Ok(Stream { arn: get_att(&logical_id, "Arn"), name: reference(&logical_id) })
}
