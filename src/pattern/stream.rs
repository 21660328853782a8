//! The Kinesis data stream: core's `buildKinesisStream` over aws-kinesis `Stream`.

use std::borrow::Cow;

use crate::ir::{json, Map, Value};

use super::construction::{cdk_constant, made_at, user_value, Step};
use super::context::Context;
use super::iam::{add_to_principal_policy, Policies, Role};
use super::kms::create_key;
use super::kms::CreatedKey;
use crate::diagnostics::codes;
use crate::error::SynthError;
use crate::model::iam::Statement;
use crate::model::intrinsics::{get_att, reference};
use crate::model::tree::{NodeId, Resource};
use crate::model::values::number_value;
use crate::props::reader::NumberLike;
use crate::props::stream::{StreamProps, StreamRef};

/// The stream as the rest of the pattern sees it.
#[derive(Debug, Clone)]
pub struct Stream {
    pub arn: Value,
    pub name: Value,
    /// `stream.encryptionKey`: the customer-managed key, if any.
    pub key: Option<StreamKey>,
}

/// The stream's customer-managed key: its ARN, and the key itself when the stream created it.
#[derive(Debug, Clone)]
pub struct StreamKey {
    pub arn: Value,
    pub created: Option<CreatedKey>,
}

/// core's `consolidateProps(defaultStreamProps, kinesisStreamProps)`: the default encryption,
/// then every key the caller gave, as the caller's own values.
fn l2_props(user: &StreamProps) -> Value {
    let mut props = Map::new();
    props.insert("encryption".into(), cdk_constant("StreamEncryption.MANAGED"));
    // In the caller's order, after the default: aws-cdk-lib records the props in this order when
    // it collects construct metadata (`@aws-cdk/core:enableAdditionalMetadataCollection`).
    for &key in &user.order {
        let set = match key {
            "streamName" => user.stream_name.is_some(),
            "retentionPeriod" => user.retention_period.is_some(),
            "shardCount" => user.shard_count.is_some(),
            "encryption" => user.encryption.is_some(),
            "encryptionKey" => user.encryption_key.is_some(),
            "streamMode" => user.stream_mode.is_some(),
            "removalPolicy" => user.removal_policy.is_some(),
            _ => user.shard_level_metrics.is_some(),
        };
        if set {
            props.insert(key.into(), user_value(&format!("/kinesisStreamProps/{key}")));
        }
    }
    Value::Object(props)
}

/// A problem with one of the stream props, with CDK's message.
fn invalid(prop: &str, message: impl Into<String>) -> SynthError {
    SynthError::at(&format!("/kinesisStreamProps/{prop}"), codes::STREAM, message)
}

fn construct(message: String) -> SynthError {
    SynthError::at("", codes::CONSTRUCT, message)
}

/// The existing stream, or a new one from the construct's defaults merged with the user's props.
pub fn build_stream(
    ctx: &mut Context,
    scope: NodeId,
    existing: Option<&StreamRef>,
    user: Option<&StreamProps>,
) -> Result<Stream, SynthError> {
    if let Some(existing) = existing {
        ctx.construction.note_property("kinesisStream", || user_value("/existingStreamObj"));
        let key = existing.encryption_key_arn.clone().map(|arn| StreamKey { arn, created: None });
        return Ok(Stream { arn: existing.stream_arn.clone(), name: existing.stream_name.clone(), key });
    }
    let props = user.map_or_else(|| Cow::Owned(StreamProps::default()), Cow::Borrowed);
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
    let at = ctx.step_path(node);
    ctx.construction.push_with(|| Step::New { class: "kinesis.Stream", at: at.clone(), props: l2_props(&props) });
    ctx.construction.note_property("kinesisStream", || made_at(&at));

    let mut shard_count = props.shard_count.clone();
    if props.stream_mode.as_deref() == Some("ON_DEMAND") && shard_count.is_some() {
        return Err(invalid(
            "shardCount",
            "streamMode must be set to PROVISIONED (default) when specifying shardCount",
        ));
    }
    if props.stream_mode.as_deref() != Some("ON_DEMAND") && shard_count.is_none() {
        shard_count = Some(NumberLike::Number(1.0));
    }
    let retention = match &props.retention_period {
        Some(duration) => duration.to_hours().map_err(|e| invalid("retentionPeriod", e))?,
        None => NumberLike::Number(24.0),
    };
    // A token's hours are not known: CDK leaves them to CloudFormation.
    if let NumberLike::Number(hours) = retention {
        if !(24.0..=8760.0).contains(&hours) {
            return Err(invalid(
                "retentionPeriod",
                format!(
                    "retentionPeriod must be between 24 and 8760 hours. Received {}",
                    crate::js::number_text(hours)
                ),
            ));
        }
    }
    if props.encryption_key.is_some() && encryption != "KMS" {
        return Err(invalid(
            "encryptionKey",
            format!("encryptionKey is specified, so 'encryption' must be set to KMS (value: {encryption})"),
        ));
    }
    let mut key = None;
    let stream_encryption = match encryption.as_str() {
        "MANAGED" => Some(json!({ "EncryptionType": "KMS", "KeyId": "alias/aws/kinesis" })),
        "KMS" => {
            let stream_key = match &props.encryption_key {
                Some(given) => StreamKey { arn: given.key_arn.clone(), created: None },
                None => {
                    let created = create_key(ctx, node, false).map_err(construct)?;
                    StreamKey { arn: created.arn.clone(), created: Some(created) }
                }
            };
            let encryption = json!({ "EncryptionType": "KMS", "KeyId": &stream_key.arn });
            key = Some(stream_key);
            Some(encryption)
        }
        _ => None,
    };
    if let Some(metrics) = &props.shard_level_metrics {
        if metrics.iter().any(|m| m == "ALL") && metrics.len() > 1 {
            return Err(invalid("shardLevelMetrics", "`shardLevelMetrics` cannot include `ShardLevelMetrics.ALL` together with individual metrics, use either `ShardLevelMetrics.ALL` alone or specify individual metrics."));
        }
        let mut unique = metrics.clone();
        crate::js::sort_by(&mut unique, Ord::cmp);
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
    properties.insert("RetentionPeriodHours".into(), number_value(&retention));
    if let Some(count) = &shard_count {
        properties.insert("ShardCount".into(), number_value(count));
    }
    if let Some(encryption) = stream_encryption {
        properties.insert("StreamEncryption".into(), encryption);
    }
    if let Some(mode) = &props.stream_mode {
        properties.insert("StreamModeDetails".into(), json!({ "StreamMode": mode }));
    }
    let resource = Resource::new("AWS::Kinesis::Stream", properties)
        .with_removal_policy(props.removal_policy.as_deref(), ctx.flags.validate_snapshot_removal_policy)
        .map_err(|e| invalid("removalPolicy", e))?;
    let resource_node = ctx.add_resource(node, "Resource", resource).map_err(construct)?;
    let logical_id = ctx.logical_id(resource_node);
    Ok(Stream { arn: get_att(logical_id.clone(), "Arn"), name: reference(logical_id), key })
}

/// The key part of `stream.grantRead(role)` (`encryptionKey.grantDecrypt(role)`), for fix
/// `streamKeyDecrypt`: `kms:Decrypt` on the key in the role's default policy, and, for a role
/// from another account, in the policy of a key the stream created.
pub fn grant_key_decrypt(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    stream: &mut Stream,
) -> Result<(), String> {
    let Some(key) = stream.key.as_mut() else { return Ok(()) };
    add_to_principal_policy(ctx, policies, role, Statement::allow(&["kms:Decrypt"], vec![key.arn.clone()]))?;
    if let (false, Some(created)) = (role.same_account_as_stack(ctx), key.created.as_mut()) {
        let statement = Statement::allow(&["kms:Decrypt"], vec![json!("*")]).with_principal("AWS", role.arn.clone());
        created.add_to_resource_policy(ctx, statement);
    }
    Ok(())
}
