//! `kinesisStreamProps` (aws-kinesis StreamProps) and `existingStreamObj`.

use crate::ir::Value;

use super::bucket::{read_duration, Duration};
use super::reader::{array, NumberLike, ObjectReader, Problems};
use super::schema::{
    REMOVAL_POLICY_ACCEPTED, SHARD_LEVEL_METRICS_ACCEPTED, STREAM_ENCRYPTION_ACCEPTED, STREAM_MODE_ACCEPTED,
};
use super::{read_key_ref, KeyRef};
use crate::diagnostics::codes;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StreamProps {
    pub stream_name: Option<Value>,
    pub retention_period: Option<Duration>,
    pub shard_count: Option<NumberLike>,
    /// `NONE` (UNENCRYPTED), `KMS` or `MANAGED`.
    pub encryption: Option<String>,
    pub encryption_key: Option<KeyRef>,
    pub stream_mode: Option<String>,
    pub removal_policy: Option<String>,
    pub shard_level_metrics: Option<Vec<String>>,
    /// The props above that the caller's object holds, in its order.
    pub order: Vec<&'static str>,
}

/// An existing `kinesis.Stream`, by its tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamRef {
    pub stream_arn: Value,
    pub stream_name: Value,
    pub encryption_key_arn: Option<Value>,
}

pub fn read_stream_props(value: &Value, path: &str, problems: &mut Problems) -> Option<StreamProps> {
    let mut obj = ObjectReader::open(value, path, "StreamProps", problems)?;
    let order = value.as_object().map_or_else(Vec::new, |given| {
        given
            .keys()
            .filter_map(|key| super::schema::STREAM_PROPS_KEYS.iter().find(|known| **known == key).copied())
            .collect()
    });
    let mut props = StreamProps { stream_name: obj.string_like("streamName", problems), order, ..Default::default() };
    props.retention_period = obj.read("retentionPeriod", problems, read_duration);
    props.shard_count = obj.number_like("shardCount", problems);
    props.encryption = obj.enumeration("encryption", STREAM_ENCRYPTION_ACCEPTED, problems).map(|e| {
        if e == "UNENCRYPTED" {
            "NONE".to_string()
        } else {
            e
        }
    });
    props.encryption_key = obj.read("encryptionKey", problems, read_key_ref);
    props.stream_mode = obj.enumeration("streamMode", STREAM_MODE_ACCEPTED, problems);
    props.removal_policy = obj.enumeration("removalPolicy", REMOVAL_POLICY_ACCEPTED, problems);
    if let Some(v) = obj.take("shardLevelMetrics") {
        props.shard_level_metrics =
            array(v, &obj.child_path("shardLevelMetrics"), problems, |item, path, problems| match item.as_str() {
                Some(s) if SHARD_LEVEL_METRICS_ACCEPTED.contains(&s) => Some(s.to_string()),
                _ => {
                    problems.enum_error(path, SHARD_LEVEL_METRICS_ACCEPTED, item);
                    None
                }
            });
    }
    obj.finish(problems);
    Some(props)
}

pub fn read_stream_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<StreamRef> {
    let mut obj = ObjectReader::open(value, path, "existingStreamObj reference", problems)?;
    let stream_arn = obj.string_like("streamArn", problems);
    let stream_name = obj.string_like("streamName", problems);
    let encryption_key_arn = obj.string_like("encryptionKeyArn", problems);
    let missing: Vec<&str> = [("streamArn", stream_arn.is_none()), ("streamName", stream_name.is_none())]
        .into_iter()
        .filter(|(_, m)| *m)
        .map(|(k, _)| k)
        .collect();
    for key in &missing {
        if !obj.has(key) {
            problems.push(
                &obj.child_path(key),
                codes::REQUIRED,
                format!("{key} is required: an existing stream is given by streamArn and streamName"),
            );
        }
    }
    obj.finish(problems);
    Some(StreamRef { stream_arn: stream_arn?, stream_name: stream_name?, encryption_key_arn })
}
