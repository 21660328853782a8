//! `outputDataStore.outputBucketProps` (the supported subset of aws-s3 `BucketProps`) and
//! `outputDataStore.existingS3OutputBucket`. Keys of `BucketProps` the engine does not model are
//! reported, never dropped, so a synthesized bucket never silently differs from CDK's.

use crate::ir::Value;

use super::reader::{array, number_like, string_like, NumberLike, ObjectReader, Problems};
use super::schema::{
    BLOCK_PUBLIC_ACCESS_CONSTANT_ACCEPTED, BUCKET_ENCRYPTION_ACCEPTED, BUCKET_PROPS_ADDED_LATER, BUCKET_PROPS_KEYS,
    BUCKET_PROPS_UNSUPPORTED, HTTP_METHODS, OBJECT_LOCK_MODE, OBJECT_OWNERSHIP, PARTITION_DATE_SOURCE,
    REMOVAL_POLICY_ACCEPTED, TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE,
};
use super::{read_key_ref, read_role_ref, KeyRef};
use crate::diagnostics::{child_path, codes};

/// `StorageClass` (constant name, CloudFormation value).
pub use super::schema::STORAGE_CLASS as STORAGE_CLASSES;

/// A `Duration` as given: CDK converts it to days only when rendering, and its error names the unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Duration {
    pub amount: NumberLike,
    /// `days`, `hours`, `minutes`, `seconds` or `millis`.
    pub unit: String,
}

impl Duration {
    pub fn days(amount: f64) -> Self {
        Self { amount: NumberLike::Number(amount), unit: "days".into() }
    }

    fn millis_per_unit(unit: &str) -> f64 {
        match unit {
            "days" => 86_400_000.0,
            "hours" => 3_600_000.0,
            "minutes" => 60_000.0,
            "seconds" => 1_000.0,
            _ => 1.0,
        }
    }

    /// `Duration.toDays()`: whole days or CDK's error.
    pub fn to_days(&self) -> Result<NumberLike, String> {
        self.to_whole("days")
    }

    /// `Duration.toHours()`: whole hours or CDK's error.
    pub fn to_hours(&self) -> Result<NumberLike, String> {
        self.to_whole("hours")
    }

    fn to_whole(&self, target: &str) -> Result<NumberLike, String> {
        if self.unit == target {
            return Ok(self.amount.clone());
        }
        let amount = match &self.amount {
            NumberLike::Number(amount) => *amount,
            // A token's value is not known, so CDK cannot convert it.
            NumberLike::Token(_) => {
                return Err(format!(
                    "Duration must be specified as 'Duration.{target}()' here since its value comes from a token and cannot be converted (got Duration.{})",
                    self.unit
                ))
            }
        };
        let value = amount * Self::millis_per_unit(&self.unit) / Self::millis_per_unit(target);
        if value.fract() != 0.0 {
            return Err(format!(
                "'{} {}' cannot be converted into a whole number of {target}.",
                crate::js::number_text(amount),
                self.unit
            ));
        }
        Ok(NumberLike::Number(value))
    }
}

/// `BlockPublicAccess`: one of CDK's constants or explicit options.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BlockPublicAccess {
    pub block_public_acls: Option<bool>,
    pub block_public_policy: Option<bool>,
    pub ignore_public_acls: Option<bool>,
    pub restrict_public_buckets: Option<bool>,
}

impl BlockPublicAccess {
    pub const BLOCK_ALL: Self = Self {
        block_public_acls: Some(true),
        block_public_policy: Some(true),
        ignore_public_acls: Some(true),
        restrict_public_buckets: Some(true),
    };
    const BLOCK_ACLS: Self = Self {
        block_public_acls: Some(true),
        block_public_policy: None,
        ignore_public_acls: Some(true),
        restrict_public_buckets: None,
    };
    const BLOCK_ACLS_ONLY: Self = Self {
        block_public_acls: Some(true),
        block_public_policy: Some(false),
        ignore_public_acls: Some(true),
        restrict_public_buckets: Some(false),
    };
}

/// `Transition` / `NoncurrentVersionTransition`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    /// CloudFormation storage class value.
    pub storage_class: String,
    pub transition_after: Option<Duration>,
    pub noncurrent_versions_to_retain: Option<NumberLike>,
}

/// `LifecycleRule`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecycleRule {
    pub id: Option<Value>,
    pub enabled: Option<bool>,
    pub abort_incomplete_multipart_upload_after: Option<Duration>,
    pub expiration: Option<Duration>,
    pub noncurrent_version_expiration: Option<Duration>,
    pub noncurrent_versions_to_retain: Option<NumberLike>,
    pub noncurrent_version_transitions: Option<Vec<Transition>>,
    pub transitions: Option<Vec<Transition>>,
    pub prefix: Option<Value>,
    /// In JavaScript key order.
    pub tag_filters: Option<Vec<(String, Value)>>,
    pub expired_object_delete_marker: Option<bool>,
    pub object_size_less_than: Option<NumberLike>,
    pub object_size_greater_than: Option<NumberLike>,
}

/// `CorsRule`.
#[derive(Debug, Clone, PartialEq)]
pub struct CorsRule {
    pub id: Option<Value>,
    pub max_age: Option<NumberLike>,
    pub allowed_headers: Option<Vec<Value>>,
    /// `HttpMethods` values.
    pub allowed_methods: Vec<String>,
    pub allowed_origins: Vec<Value>,
    pub exposed_headers: Option<Vec<Value>>,
}

/// `BucketMetrics`.
#[derive(Debug, Clone, PartialEq)]
pub struct BucketMetrics {
    pub id: Value,
    pub prefix: Option<Value>,
    /// In JavaScript key order.
    pub tag_filters: Option<Vec<(String, Value)>>,
}

/// An `IntelligentTieringConfiguration`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntelligentTiering {
    pub name: Value,
    pub prefix: Option<Value>,
    /// `Tag`s (`{key, value}`), in the order given.
    pub tags: Option<Vec<(Value, Value)>>,
    pub archive_access_tier_time: Option<Duration>,
    pub deep_archive_access_tier_time: Option<Duration>,
}

/// An `s3.ObjectLockRetention`.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectLockRetention {
    /// An `ObjectLockMode` value.
    pub mode: String,
    pub duration: Duration,
}

impl ObjectLockRetention {
    /// The checks of `ObjectLockRetention.governance()` / `.compliance()`, which run as the app
    /// makes the props: the duration in whole days, from 1 day to 100 years (a token amount is a
    /// negative number there).
    pub fn days(&self) -> Result<f64, String> {
        match self.duration.to_days()? {
            NumberLike::Number(days) if days > 365.0 * 100.0 => {
                Err("Object Lock retention duration must be less than 100 years".into())
            }
            NumberLike::Number(days) if days >= 1.0 => Ok(days),
            _ => Err("Object Lock retention duration must be at least 1 day".into()),
        }
    }
}

/// An `s3.TargetObjectKeyFormat`, as it renders.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetObjectKeyFormat {
    SimplePrefix,
    /// With its `PartitionDateSource` value, if given.
    PartitionedPrefix(Option<String>),
}

/// The supported subset of `s3.BucketProps`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BucketProps {
    /// The props as given, for core's override warnings (which diff the raw objects).
    pub source: Value,
    pub versioned: Option<bool>,
    /// A `BucketEncryption` value.
    pub encryption: Option<String>,
    pub encryption_key: Option<KeyRef>,
    pub bucket_key_enabled: Option<bool>,
    /// A `RemovalPolicy` value.
    pub removal_policy: Option<String>,
    pub auto_delete_objects: Option<bool>,
    pub lifecycle_rules: Option<Vec<LifecycleRule>>,
    /// A `TransitionDefaultMinimumObjectSize` value.
    pub transition_default_minimum_object_size: Option<String>,
    pub bucket_name: Option<Value>,
    pub enforce_ssl: Option<bool>,
    pub server_access_logs_prefix: Option<Value>,
    pub server_access_logs_bucket: Option<BucketRef>,
    /// CloudFormation `ObjectOwnership` value.
    pub object_ownership: Option<String>,
    pub event_bridge_enabled: Option<bool>,
    pub transfer_acceleration: Option<bool>,
    pub minimum_tls_version: Option<NumberLike>,
    pub block_public_access: Option<BlockPublicAccess>,
    pub cors: Option<Vec<CorsRule>>,
    pub metrics: Option<Vec<BucketMetrics>>,
    pub intelligent_tiering_configurations: Option<Vec<IntelligentTiering>>,
    pub object_lock_enabled: Option<bool>,
    pub object_lock_default_retention: Option<ObjectLockRetention>,
    pub target_object_key_format: Option<TargetObjectKeyFormat>,
}

/// An existing bucket (`IBucket`) by its tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct BucketRef {
    pub bucket_arn: Value,
    pub bucket_name: Value,
    pub encryption_key_arn: Option<Value>,
    /// For an `s3.Bucket` defined in the same stack (without a bucket policy yet): its construct
    /// path below the stack, where the construct may add a bucket policy.
    pub construct_path: Option<String>,
}

/// Reads `outputBucketProps`; every problem is reported at its JSON pointer.
pub fn read_bucket_props(value: &Value, path: &str, problems: &mut Problems) -> Option<BucketProps> {
    let mut obj = ObjectReader::open(value, path, "BucketProps", problems)?;
    let mut props = BucketProps {
        source: value.clone(),
        versioned: obj.boolean("versioned", problems),
        encryption: obj.enumeration("encryption", BUCKET_ENCRYPTION_ACCEPTED, problems),
        bucket_key_enabled: obj.boolean("bucketKeyEnabled", problems),
        removal_policy: obj.enumeration("removalPolicy", REMOVAL_POLICY_ACCEPTED, problems),
        auto_delete_objects: obj.boolean("autoDeleteObjects", problems),
        bucket_name: obj.string_like("bucketName", problems),
        enforce_ssl: obj.boolean("enforceSSL", problems),
        server_access_logs_prefix: obj.string_like("serverAccessLogsPrefix", problems),
        event_bridge_enabled: obj.boolean("eventBridgeEnabled", problems),
        transfer_acceleration: obj.boolean("transferAcceleration", problems),
        object_lock_enabled: obj.boolean("objectLockEnabled", problems),
        minimum_tls_version: obj.number_like("minimumTLSVersion", problems),
        ..BucketProps::default()
    };
    props.encryption_key = obj.read("encryptionKey", problems, read_key_ref);
    props.server_access_logs_bucket = obj.read("serverAccessLogsBucket", problems, read_bucket_ref);
    props.transition_default_minimum_object_size =
        obj.read("transitionDefaultMinimumObjectSize", problems, named(TRANSITION_DEFAULT_MINIMUM_OBJECT_SIZE));
    // Used only by notifications added after construction (with the CDK adapter, whose replay
    // hands the bucket the caller's values): nothing to keep but their check.
    obj.read("notificationsHandlerRole", problems, read_role_ref);
    obj.boolean("notificationsSkipDestinationValidation", problems);
    props.object_ownership = obj.read("objectOwnership", problems, named(OBJECT_OWNERSHIP));
    props.block_public_access = obj.read("blockPublicAccess", problems, read_block_public_access);
    props.lifecycle_rules = obj.read("lifecycleRules", problems, list_of(read_lifecycle_rule));
    props.cors = obj.read("cors", problems, list_of(read_cors_rule));
    props.metrics = obj.read("metrics", problems, list_of(read_bucket_metrics));
    props.object_lock_default_retention = obj.read("objectLockDefaultRetention", problems, read_object_lock_retention);
    props.target_object_key_format = obj.read("targetObjectKeyFormat", problems, read_target_object_key_format);
    props.intelligent_tiering_configurations =
        obj.read("intelligentTieringConfigurations", problems, list_of(read_intelligent_tiering));
    report_other_keys(value, path, problems);
    Some(props)
}

/// Keys outside the supported subset: CDK ones are "unsupported", anything else unknown.
fn report_other_keys(value: &Value, path: &str, problems: &mut Problems) {
    let Value::Object(map) = value else { return };
    for key in map.keys() {
        if BUCKET_PROPS_KEYS.contains(&key.as_ref()) {
            continue;
        }
        let key_path = child_path(path, key);
        let supported = BUCKET_PROPS_KEYS.join(", ");
        if BUCKET_PROPS_UNSUPPORTED.contains(&key.as_ref()) {
            let later = match BUCKET_PROPS_ADDED_LATER.iter().find(|(k, _)| *k == key.as_ref()) {
                Some((_, method)) => format!(
                    "; with the CDK adapter, outputBucket[0].{method}() adds each after construction, \
                     with the same result"
                ),
                None => String::new(),
            };
            problems.push(
                &key_path,
                codes::UNSUPPORTED,
                format!("{key} is not supported in outputBucketProps (a BucketProps property the engine does not model); it takes {supported}{later}"),
            );
        } else {
            problems.push(
                &key_path,
                codes::UNKNOWN_PROPERTY,
                format!("{key} is not a supported property of BucketProps; it takes {supported}"),
            );
        }
    }
}

/// `named_value` with `table`, as a reader.
fn named(table: &'static [(&'static str, &'static str)]) -> impl Fn(&Value, &str, &mut Problems) -> Option<String> {
    move |value, path, problems| named_value(value, path, table, problems)
}

/// `array` with `read` for each element, as a reader.
fn list_of<T>(
    read: impl FnMut(&Value, &str, &mut Problems) -> Option<T>,
) -> impl FnOnce(&Value, &str, &mut Problems) -> Option<Vec<T>> {
    move |value, path, problems| array(value, path, problems, read)
}

/// Accepts a constant name or its value; returns the value.
fn named_value(value: &Value, path: &str, table: &[(&str, &str)], problems: &mut Problems) -> Option<String> {
    let found =
        value.as_str().and_then(|s| table.iter().find(|(name, v)| *name == s || *v == s)).map(|(_, v)| v.to_string());
    if found.is_none() {
        let allowed: Vec<&str> = table.iter().map(|(_, v)| *v).collect();
        problems.enum_error(path, &allowed, value);
    }
    found
}

fn read_block_public_access(value: &Value, path: &str, problems: &mut Problems) -> Option<BlockPublicAccess> {
    match value {
        Value::String(name) => match name.as_ref() {
            "BLOCK_ALL" => Some(BlockPublicAccess::BLOCK_ALL),
            "BLOCK_ACLS" => Some(BlockPublicAccess::BLOCK_ACLS),
            "BLOCK_ACLS_ONLY" => Some(BlockPublicAccess::BLOCK_ACLS_ONLY),
            _ => {
                problems.enum_error(path, BLOCK_PUBLIC_ACCESS_CONSTANT_ACCEPTED, value);
                None
            }
        },
        Value::Object(_) => {
            let mut obj = ObjectReader::open(value, path, "BlockPublicAccessOptions", problems)?;
            let options = BlockPublicAccess {
                block_public_acls: obj.boolean("blockPublicAcls", problems),
                block_public_policy: obj.boolean("blockPublicPolicy", problems),
                ignore_public_acls: obj.boolean("ignorePublicAcls", problems),
                restrict_public_buckets: obj.boolean("restrictPublicBuckets", problems),
            };
            obj.finish(problems);
            Some(options)
        }
        other => {
            problems.type_error(path, "a BlockPublicAccess constant name or options object", other);
            None
        }
    }
}

/// A Duration kept with its unit: `{"days": N}`, `{"hours": N}`, ...
pub fn read_duration(value: &Value, path: &str, problems: &mut Problems) -> Option<Duration> {
    const UNITS: &[&str] = &["days", "hours", "minutes", "seconds", "millis"];
    let map = match value {
        Value::Object(map) if map.len() == 1 => map,
        other => {
            problems.type_error(path, "a duration such as {\"days\": 30}", other);
            return None;
        }
    };
    let (unit, amount) = map.iter().next()?;
    if !UNITS.contains(&unit.as_ref()) {
        problems.push(
            path,
            codes::TYPE,
            format!("unknown duration unit {unit}; use days, hours, minutes, seconds or millis"),
        );
        return None;
    }
    let amount = number_like(amount, &child_path(path, unit), problems)?;
    Some(Duration { amount, unit: unit.to_string() })
}

fn read_lifecycle_rule(value: &Value, path: &str, problems: &mut Problems) -> Option<LifecycleRule> {
    let mut obj = ObjectReader::open(value, path, "LifecycleRule", problems)?;
    let mut rule = LifecycleRule {
        id: obj.string_like("id", problems),
        enabled: obj.boolean("enabled", problems),
        noncurrent_versions_to_retain: obj.number_like("noncurrentVersionsToRetain", problems),
        prefix: obj.string_like("prefix", problems),
        expired_object_delete_marker: obj.boolean("expiredObjectDeleteMarker", problems),
        object_size_less_than: obj.number_like("objectSizeLessThan", problems),
        object_size_greater_than: obj.number_like("objectSizeGreaterThan", problems),
        ..LifecycleRule::default()
    };
    for (key, slot) in [
        ("abortIncompleteMultipartUploadAfter", &mut rule.abort_incomplete_multipart_upload_after),
        ("expiration", &mut rule.expiration),
        ("noncurrentVersionExpiration", &mut rule.noncurrent_version_expiration),
    ] {
        *slot = obj.read(key, problems, read_duration);
    }
    rule.transitions =
        obj.read("transitions", problems, list_of(|item, p, problems| read_transition(item, p, false, problems)));
    rule.noncurrent_version_transitions = obj.read(
        "noncurrentVersionTransitions",
        problems,
        list_of(|item, p, problems| read_transition(item, p, true, problems)),
    );
    rule.tag_filters = obj.read("tagFilters", problems, read_tag_filters);
    if obj.has("expirationDate") {
        problems.push(
            &obj.child_path("expirationDate"),
            codes::UNSUPPORTED,
            "expirationDate is not supported in outputBucketProps",
        );
        obj.take("expirationDate");
    }
    obj.finish(problems);
    Some(rule)
}

fn read_transition(value: &Value, path: &str, noncurrent: bool, problems: &mut Problems) -> Option<Transition> {
    let type_name = if noncurrent { "NoncurrentVersionTransition" } else { "Transition" };
    let mut obj = ObjectReader::open(value, path, type_name, problems)?;
    let storage_class = obj.read_required("storageClass", problems, named(STORAGE_CLASSES));
    let transition_after = obj.read("transitionAfter", problems, read_duration);
    let noncurrent_versions_to_retain =
        if noncurrent { obj.number_like("noncurrentVersionsToRetain", problems) } else { None };
    if noncurrent && transition_after.is_none() && !obj.has("transitionAfter") {
        problems.push(
            &obj.child_path("transitionAfter"),
            codes::REQUIRED,
            "transitionAfter is required in NoncurrentVersionTransition",
        );
    }
    if !noncurrent && obj.has("transitionDate") {
        problems.push(
            &obj.child_path("transitionDate"),
            codes::UNSUPPORTED,
            "transitionDate is not supported in outputBucketProps",
        );
        obj.take("transitionDate");
    }
    obj.finish(problems);
    Some(Transition { storage_class: storage_class?, transition_after, noncurrent_versions_to_retain })
}

fn strings(value: &Value, path: &str, problems: &mut Problems) -> Option<Vec<Value>> {
    array(value, path, problems, string_like)
}

fn read_cors_rule(value: &Value, path: &str, problems: &mut Problems) -> Option<CorsRule> {
    let mut obj = ObjectReader::open(value, path, "CorsRule", problems)?;
    let id = obj.string_like("id", problems);
    let max_age = obj.number_like("maxAge", problems);
    let allowed_headers = obj.read("allowedHeaders", problems, strings);
    let exposed_headers = obj.read("exposedHeaders", problems, strings);
    let allowed_methods = obj.read_required("allowedMethods", problems, list_of(named(HTTP_METHODS)));
    let allowed_origins = obj.read_required("allowedOrigins", problems, strings);
    obj.finish(problems);
    Some(CorsRule {
        id,
        max_age,
        allowed_headers,
        allowed_methods: allowed_methods?,
        allowed_origins: allowed_origins?,
        exposed_headers,
    })
}

fn read_bucket_metrics(value: &Value, path: &str, problems: &mut Problems) -> Option<BucketMetrics> {
    let mut obj = ObjectReader::open(value, path, "BucketMetrics", problems)?;
    let id = obj.read_required("id", problems, string_like);
    let prefix = obj.string_like("prefix", problems);
    let tag_filters = obj.read("tagFilters", problems, read_tag_filters);
    obj.finish(problems);
    Some(BucketMetrics { id: id?, prefix, tag_filters })
}

fn read_intelligent_tiering(value: &Value, path: &str, problems: &mut Problems) -> Option<IntelligentTiering> {
    let mut obj = ObjectReader::open(value, path, "IntelligentTieringConfiguration", problems)?;
    let name = obj.read_required("name", problems, string_like);
    let prefix = obj.string_like("prefix", problems);
    let tags = obj.read("tags", problems, list_of(read_tag));
    let archive_access_tier_time = obj.read("archiveAccessTierTime", problems, read_duration);
    let deep_archive_access_tier_time = obj.read("deepArchiveAccessTierTime", problems, read_duration);
    obj.finish(problems);
    Some(IntelligentTiering { name: name?, prefix, tags, archive_access_tier_time, deep_archive_access_tier_time })
}

fn read_object_lock_retention(value: &Value, path: &str, problems: &mut Problems) -> Option<ObjectLockRetention> {
    let mut obj = ObjectReader::open(value, path, "ObjectLockRetention", problems)?;
    let mode = obj.read_required("mode", problems, named(OBJECT_LOCK_MODE));
    let duration = obj.read_required("duration", problems, read_duration);
    obj.finish(problems);
    Some(ObjectLockRetention { mode: mode?, duration: duration? })
}

/// `{simplePrefix: {}}` or `{partitionedPrefix: {partitionDateSource?}}`, exactly one.
fn read_target_object_key_format(value: &Value, path: &str, problems: &mut Problems) -> Option<TargetObjectKeyFormat> {
    let mut obj = ObjectReader::open(value, path, "TargetObjectKeyFormat", problems)?;
    let simple = obj.take("simplePrefix");
    let partitioned = obj.take("partitionedPrefix");
    let simple_path = obj.child_path("simplePrefix");
    let partitioned_path = obj.child_path("partitionedPrefix");
    obj.finish(problems);
    match (simple, partitioned) {
        (Some(simple), None) => {
            let empty = ObjectReader::open(simple, &simple_path, "an empty object", problems)?;
            empty.finish(problems);
            Some(TargetObjectKeyFormat::SimplePrefix)
        }
        (None, Some(partitioned)) => {
            let mut prefix = ObjectReader::open(partitioned, &partitioned_path, "PartitionedPrefix", problems)?;
            let source_path = prefix.child_path("partitionDateSource");
            let source = prefix
                .take("partitionDateSource")
                .map(|v| named_value(v, &source_path, PARTITION_DATE_SOURCE, problems));
            prefix.finish(problems);
            match source {
                Some(None) => None,
                Some(source) => Some(TargetObjectKeyFormat::PartitionedPrefix(source)),
                None => Some(TargetObjectKeyFormat::PartitionedPrefix(None)),
            }
        }
        _ => {
            problems.push(
                path,
                codes::TYPE,
                "expected exactly one of simplePrefix ({}) and partitionedPrefix ({partitionDateSource?}), as TargetObjectKeyFormat renders",
            );
            None
        }
    }
}

/// An `s3.Tag`: `{key, value}`.
fn read_tag(value: &Value, path: &str, problems: &mut Problems) -> Option<(Value, Value)> {
    let mut obj = ObjectReader::open(value, path, "Tag", problems)?;
    let key = obj.read_required("key", problems, string_like);
    let value = obj.read_required("value", problems, string_like);
    obj.finish(problems);
    Some((key?, value?))
}

/// `{[tag]: value}` in JavaScript's key order (integer-like keys first, ascending).
fn read_tag_filters(value: &Value, path: &str, problems: &mut Problems) -> Option<Vec<(String, Value)>> {
    let Value::Object(map) = value else {
        problems.type_error(path, "an object of tag values", value);
        return None;
    };
    let mut out = Vec::with_capacity(map.len());
    for (key, v) in crate::js::key_order(map) {
        if let Some(v) = string_like(v, &child_path(path, key), problems) {
            out.push((key.to_string(), v));
        }
    }
    Some(out)
}

/// Reads `{bucketArn, bucketName, encryptionKeyArn?}`.
pub fn read_bucket_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<BucketRef> {
    let mut obj = ObjectReader::open(value, path, "IBucket reference", problems)?;
    let mut missing = false;
    for key in ["bucketArn", "bucketName"] {
        if !obj.has(key) {
            problems.push(&obj.child_path(key), codes::REQUIRED, format!("{key} is required in IBucket reference"));
            missing = true;
        }
    }
    let bucket_arn = obj.string_like("bucketArn", problems);
    let bucket_name = obj.string_like("bucketName", problems);
    let encryption_key_arn = obj.string_like("encryptionKeyArn", problems);
    let construct_path = obj.string("constructPath", problems);
    obj.finish(problems);
    if missing {
        return None;
    }
    Some(BucketRef { bucket_arn: bucket_arn?, bucket_name: bucket_name?, encryption_key_arn, construct_path })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn read(value: Value) -> (Option<BucketProps>, Vec<crate::diagnostics::Diagnostic>) {
        let mut problems = Problems::default();
        let props = read_bucket_props(&value, "/outputDataStore/outputBucketProps", &mut problems);
        (props, problems.diagnostics)
    }

    #[test]
    fn reads_the_supported_keys() {
        let (props, diagnostics) = read(json!({
            "versioned": false,
            "encryption": "KMS",
            "encryptionKey": {"keyArn": "arn:aws:kms:us-east-1:123456789012:key/abc"},
            "bucketKeyEnabled": true,
            "removalPolicy": "destroy",
            "autoDeleteObjects": true,
            "bucketName": {"Fn::Join": ["-", ["x", {"Ref": "AWS::AccountId"}]]},
            "enforceSSL": true,
            "minimumTLSVersion": 1.2,
            "serverAccessLogsPrefix": "logs/",
            "serverAccessLogsBucket": {"bucketArn": "arn:aws:s3:::logs", "bucketName": "logs"},
            "objectOwnership": "BUCKET_OWNER_ENFORCED",
            "eventBridgeEnabled": true,
            "transferAcceleration": true,
            "blockPublicAccess": "BLOCK_ACLS",
            "lifecycleRules": [{
                "id": "r1", "enabled": false, "prefix": "p/", "expiration": {"hours": 48},
                "transitions": [{"storageClass": "INFREQUENT_ACCESS", "transitionAfter": {"days": 30}}],
                "noncurrentVersionTransitions": [{"storageClass": "GLACIER_IR", "transitionAfter": {"days": 1}, "noncurrentVersionsToRetain": 2}],
                "tagFilters": {"b": "1", "10": "x", "2": "y"}
            }]
        }));
        assert_eq!(diagnostics, vec![]);
        let props = props.unwrap_or_default();
        assert_eq!(props.encryption.as_deref(), Some("KMS"));
        assert_eq!(props.object_ownership.as_deref(), Some("BucketOwnerEnforced"));
        assert_eq!(props.block_public_access, Some(BlockPublicAccess::BLOCK_ACLS));
        let rules = props.lifecycle_rules.unwrap_or_default();
        assert_eq!(rules[0].expiration.as_ref().map(Duration::to_days), Some(Ok(NumberLike::Number(2.0))));
        let transitions = rules[0].transitions.clone().unwrap_or_default();
        assert_eq!(transitions[0].storage_class, "STANDARD_IA");
        let tags: Vec<&str> = rules[0].tag_filters.iter().flatten().map(|(k, _)| k.as_str()).collect();
        assert_eq!(tags, vec!["2", "10", "b"]);
    }

    #[test]
    fn other_bucket_props_are_reported_not_ignored() {
        let (_, diagnostics) = read(json!({"inventories": [], "websiteIndexDocument": "index.html", "typo": 1}));
        let found: Vec<(&str, &str)> = diagnostics.iter().map(|d| (d.path.as_str(), d.code)).collect();
        assert_eq!(
            found,
            vec![
                ("/outputDataStore/outputBucketProps/inventories", "unsupported"),
                ("/outputDataStore/outputBucketProps/websiteIndexDocument", "unsupported"),
                ("/outputDataStore/outputBucketProps/typo", "unknown-property"),
            ]
        );
        let supported = BUCKET_PROPS_KEYS.join(", ");
        assert_eq!(
            diagnostics[0].message,
            format!(
                "inventories is not supported in outputBucketProps (a BucketProps property the engine does not model); it \
                 takes {supported}; with the CDK adapter, outputBucket[0].addInventory() adds each after construction, \
                 with the same result"
            )
        );
        assert_eq!(
            diagnostics[2].message,
            format!("typo is not a supported property of BucketProps; it takes {supported}")
        );
    }

    #[test]
    fn wrong_types_are_type_problems() {
        let (_, diagnostics) =
            read(json!({"versioned": "yes", "lifecycleRules": {"expiration": 1}, "encryption": "AES"}));
        let codes: Vec<(&str, &str)> = diagnostics.iter().map(|d| (d.path.as_str(), d.code)).collect();
        assert_eq!(
            codes,
            vec![
                ("/outputDataStore/outputBucketProps/versioned", "type"),
                ("/outputDataStore/outputBucketProps/encryption", "enum"),
                ("/outputDataStore/outputBucketProps/lifecycleRules", "type"),
            ]
        );
    }

    #[test]
    fn whole_days_only() {
        // Message from aws-cdk-lib 2.276.0 for Duration.hours(36).toDays().
        let duration = Duration { amount: NumberLike::Number(36.0), unit: "hours".into() };
        assert_eq!(duration.to_days(), Err("'36 hours' cannot be converted into a whole number of days.".to_string()));
        let minutes = Duration { amount: NumberLike::Number(2880.0), unit: "minutes".into() };
        assert_eq!(minutes.to_days(), Ok(NumberLike::Number(2.0)));
    }

    #[test]
    fn token_amounts_convert_only_within_their_unit() {
        let token = NumberLike::Token(json!({"Ref": "Days"}));
        let days = Duration { amount: token.clone(), unit: "days".into() };
        assert_eq!(days.to_days(), Ok(token));
        // Message from aws-cdk-lib 2.276.0 for Duration.days(parameter.valueAsNumber).toHours().
        assert_eq!(
            days.to_hours(),
            Err("Duration must be specified as 'Duration.hours()' here since its value comes from a token and cannot be converted (got Duration.days)".to_string())
        );
        let (props, diagnostics) = read(
            json!({"lifecycleRules": [{"expiration": {"days": "${Token[TOKEN.7]}"}, "objectSizeLessThan": {"Ref": "Size"}}]}),
        );
        assert_eq!(diagnostics, vec![]);
        let rules = props.unwrap_or_default().lifecycle_rules.unwrap_or_default();
        assert_eq!(
            rules[0].expiration.as_ref().map(|d| d.amount.clone()),
            Some(NumberLike::Token(json!("${Token[TOKEN.7]}")))
        );
        assert_eq!(rules[0].object_size_less_than, Some(NumberLike::Token(json!({"Ref": "Size"}))));
        let (_, diagnostics) =
            read(json!({"lifecycleRules": [{"objectSizeLessThan": "1000", "expiration": {"days": 1}}]}));
        assert_eq!(diagnostics[0].message, "expected a number or an intrinsic, got a string");
    }

    #[test]
    fn bucket_refs_need_arn_and_name() {
        let mut problems = Problems::default();
        let reference = read_bucket_ref(&json!({"bucketArn": "arn:aws:s3:::b"}), "/x", &mut problems);
        assert!(reference.is_none());
        assert_eq!(problems.diagnostics[0].path, "/x/bucketName");
        assert_eq!(problems.diagnostics[0].code, "required");
    }
}
