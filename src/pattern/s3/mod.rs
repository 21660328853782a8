//! The output bucket: core's `buildS3Bucket` over aws-s3 `Bucket` (logging bucket, bucket policies,
//! owned KMS key, auto-delete and EventBridge custom resources) and the bucket grants.
//!
//! Feature flags fixed by this module (their values under `SetConsistentFeatureFlags` and inside the
//! construct): `@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy` (on), `@aws-cdk/aws-s3:grantWriteWithoutAcl`
//! (on), `@aws-cdk/aws-s3:publicAccessBlockedByDefault` (on), `@aws-cdk/core:validateSnapshotRemovalPolicy` (on).
//!
//! One file per concept: bucket policies (`policy`), the owned key (`kms`), lifecycle rules
//! (`lifecycle`), the auto-delete and notification custom resources (`custom_resources`) and
//! grants (`grants`); ARN splitting and bucket-name rules are model machinery.
//!
//! What only some bucket props need (CORS, metrics, tiering, the custom resources, overriding
//! the defaults) is kept out of line (`#[inline(never)]`): V8 compiles a WebAssembly function
//! whole the first time it runs, so code inlined into `create_bucket` was compiled in every
//! first synthesis, whether its props were given or not.

mod configurations;
mod custom_resources;
mod grants;
mod lifecycle;
pub(crate) mod policy;

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use crate::ir::{json, Map, Value};

use super::construction::{cdk_constant, duration, user_value, Step};
use super::context::Context;
use super::iam::Policies;
use super::kms::{create_key, KeyPolicyState};
use super::warnings;
use crate::diagnostics::{codes, Diagnostic};
use crate::error::RESOLUTION_ERROR;
use crate::model::arn::bucket_name_from_arn;
use crate::model::bucket_name::validate_bucket_name;
use crate::model::iam::{PolicyDocument, Statement};
use crate::model::intrinsics::{concat, get_att, reference};
use crate::model::tree::{NodeId, Resource};
use crate::model::values::number_value;
use crate::props::bucket::{
    BlockPublicAccess, BucketMetrics, BucketProps, BucketRef, CorsRule, Duration, IntelligentTiering, LifecycleRule,
    ObjectLockRetention, TargetObjectKeyFormat, Transition,
};
use crate::props::reader::NumberLike;
use custom_resources::{enable_auto_delete_objects, enable_event_bridge};
pub use grants::{grant_read, grant_read_write};
use lifecycle::render_lifecycle_rules;
use policy::{add_to_resource_policy, allow_log_delivery, BucketNode, BucketPolicyState};

/// `BucketEncryption.UNENCRYPTED` and its deprecation notice, as aws-cdk-lib prints them.
const UNENCRYPTED_API: &str = "aws-cdk-lib.aws_s3.BucketEncryption#UNENCRYPTED";
const UNENCRYPTED_NOTICE: &str =
    "  S3 applies server-side encryption with SSE-S3 for every bucket\nthat default encryption is not configured.";

const LOGGING_BUCKET_SUPPRESSION: &str = "This S3 bucket is used as the access logging bucket for another bucket";

/// A bucket as grants and the pattern see it.
#[derive(Debug, Clone)]
pub struct Bucket {
    /// The `Bucket` construct, for buckets this pattern creates.
    pub node: Option<NodeId>,
    pub arn: Value,
    pub name: Value,
    pub encryption_key_arn: Option<Value>,
    policy: Option<Rc<RefCell<BucketPolicyState>>>,
    key_policy: Option<Rc<RefCell<KeyPolicyState>>>,
}

/// What `buildS3Bucket` returns.
#[derive(Debug, Clone)]
pub struct BuiltBucket {
    pub bucket: Bucket,
    pub logging_bucket: Option<Bucket>,
}

/// Bucket props after core's defaults are merged in (`overrideProps`: every supported value is
/// a class instance, array or scalar, so user values replace defaults whole). The caller's lists
/// are read where they are.
#[derive(Debug, Clone, Default)]
struct Settings<'a> {
    bucket_name: Option<Value>,
    encryption: String,
    encryption_key: Option<Value>,
    bucket_key_enabled: Option<bool>,
    versioned: Option<bool>,
    block_public_access: Option<BlockPublicAccess>,
    removal_policy: Option<String>,
    enforce_ssl: Option<bool>,
    minimum_tls_version: Option<NumberLike>,
    lifecycle_rules: Option<Cow<'a, [LifecycleRule]>>,
    transition_default_minimum_object_size: Option<String>,
    logs_bucket: Option<Bucket>,
    logs_prefix: Option<Value>,
    object_ownership: Option<String>,
    transfer_acceleration: Option<bool>,
    auto_delete_objects: Option<bool>,
    event_bridge_enabled: Option<bool>,
    cors: Option<&'a [CorsRule]>,
    metrics: Option<&'a [BucketMetrics]>,
    intelligent_tiering: Option<&'a [IntelligentTiering]>,
    object_lock_enabled: Option<bool>,
    object_lock_default_retention: Option<ObjectLockRetention>,
    target_object_key_format: Option<TargetObjectKeyFormat>,
    /// The same props as the replayed `s3.Bucket` takes them (see `construction`); `None` when
    /// the construction is not described, so none of them is made.
    l2: Option<Map>,
}

impl<'a> Settings<'a> {
    /// core's `DefaultS3Props()`; `describe`: whether `l2` is made.
    fn defaults(describe: bool) -> Self {
        let mut settings = Self {
            encryption: "S3_MANAGED".into(),
            versioned: Some(true),
            block_public_access: Some(BlockPublicAccess::BLOCK_ALL),
            removal_policy: Some("retain".into()),
            enforce_ssl: Some(true),
            l2: describe.then(Map::new),
            ..Self::default()
        };
        settings.describe_l2("encryption", || cdk_constant("BucketEncryption.S3_MANAGED"));
        settings.describe_l2("versioned", || json!(true));
        settings.describe_l2("blockPublicAccess", || cdk_constant("BlockPublicAccess.BLOCK_ALL"));
        settings.describe_l2("removalPolicy", || cdk_constant("RemovalPolicy.RETAIN"));
        settings.describe_l2("enforceSSL", || json!(true));
        settings
    }

    /// Sets an `s3.Bucket` prop of the description, made only when it is wanted.
    fn describe_l2(&mut self, key: impl Into<crate::ir::Str>, value: impl FnOnce() -> Value) {
        if let Some(l2) = &mut self.l2 {
            l2.insert(key.into(), value());
        }
    }

    /// The caller's keys replace the defaults whole (`props_path`: their JSON pointer).
    #[inline(never)] // out of line, as the module says
    fn override_with(mut self, user: &'a BucketProps, props_path: &str) -> Self {
        if let Value::Object(given) = &user.source {
            for key in given.keys() {
                self.describe_l2(key.clone(), || user_value(&format!("{props_path}/{key}")));
            }
        }
        fn set<T: Clone>(slot: &mut Option<T>, value: &Option<T>) {
            if value.is_some() {
                slot.clone_from(value);
            }
        }
        set(&mut self.bucket_name, &user.bucket_name);
        if let Some(encryption) = &user.encryption {
            self.encryption.clone_from(encryption);
        }
        if let Some(key) = &user.encryption_key {
            self.encryption_key = Some(key.key_arn.clone());
        }
        set(&mut self.bucket_key_enabled, &user.bucket_key_enabled);
        set(&mut self.versioned, &user.versioned);
        set(&mut self.block_public_access, &user.block_public_access);
        set(&mut self.removal_policy, &user.removal_policy);
        set(&mut self.enforce_ssl, &user.enforce_ssl);
        set(&mut self.minimum_tls_version, &user.minimum_tls_version);
        if let Some(rules) = &user.lifecycle_rules {
            self.lifecycle_rules = Some(Cow::Borrowed(rules));
        }
        set(&mut self.transition_default_minimum_object_size, &user.transition_default_minimum_object_size);
        if let Some(reference) = &user.server_access_logs_bucket {
            self.logs_bucket = Some(existing_bucket(reference));
        }
        set(&mut self.logs_prefix, &user.server_access_logs_prefix);
        set(&mut self.object_ownership, &user.object_ownership);
        set(&mut self.transfer_acceleration, &user.transfer_acceleration);
        set(&mut self.auto_delete_objects, &user.auto_delete_objects);
        set(&mut self.event_bridge_enabled, &user.event_bridge_enabled);
        set(&mut self.cors, &user.cors.as_deref());
        set(&mut self.metrics, &user.metrics.as_deref());
        set(&mut self.intelligent_tiering, &user.intelligent_tiering_configurations.as_deref());
        set(&mut self.object_lock_enabled, &user.object_lock_enabled);
        set(&mut self.object_lock_default_retention, &user.object_lock_default_retention);
        set(&mut self.target_object_key_format, &user.target_object_key_format);
        self
    }
}

/// core's `buildS3Bucket(scope, {bucketProps})`: a logging bucket unless the user gives
/// `serverAccessLogsBucket`, then the bucket itself.
pub fn build_s3_bucket(
    ctx: &mut Context,
    policies: &mut Policies,
    scope: NodeId,
    props: Option<&BucketProps>,
) -> Result<BuiltBucket, String> {
    let user = props.map_or_else(|| Cow::Owned(BucketProps::default()), Cow::Borrowed);
    let props_path = "/outputDataStore/outputBucketProps";
    // The props as CDK holds them, for the override warnings only: made when the warnings are read.
    let user_cdk = ctx.keeps_result.then(|| warnings::cdk_bucket_props(&user.source));
    let logging_bucket = match &user.server_access_logs_bucket {
        Some(reference) => Some(existing_bucket(reference)),
        None => {
            if let Some(policy) = user_cdk.as_ref().and_then(|u| u.get("removalPolicy")).filter(|p| !p.is_null()) {
                // Once to merge it into the logging bucket's props, once more when that bucket is made.
                let removal = json!({ "removalPolicy": policy });
                let defaults = warnings::default_s3_props(false, false);
                warnings::record_overrides(ctx, props_path, &defaults, &removal);
                warnings::record_overrides(ctx, props_path, &defaults, &removal);
            }
            let mut settings = Settings::defaults(ctx.construction.enabled);
            // A removal policy given for the bucket is replicated on its logging bucket.
            if let Some(policy) = &user.removal_policy {
                settings.removal_policy = Some(policy.clone());
                settings.describe_l2("removalPolicy", || user_value(&format!("{props_path}/removalPolicy")));
            }
            let logging = create_bucket(ctx, policies, scope, "S3LoggingBucket", &settings)?;
            if let Some(bucket_node) = logging.node {
                let target = ctx.made_at(bucket_node);
                ctx.construction.push_with(|| Step::SuppressCfnNag {
                    target,
                    rules: json!([{ "id": "W35", "reason": LOGGING_BUCKET_SUPPRESSION }]),
                });
            }
            if let Some(node) = logging.node.and_then(|n| ctx.tree.child(n, "Resource")) {
                if let Some(resource) = ctx.tree.resource_mut(node) {
                    resource.add_cfn_nag_suppressions(&[("W35", LOGGING_BUCKET_SUPPRESSION)]);
                }
            }
            Some(logging)
        }
    };
    let mut settings = Settings::defaults(ctx.construction.enabled);
    settings.logs_bucket.clone_from(&logging_bucket);
    // The default lifecycle rule (noncurrent versions to Glacier after 90 days) needs versioning.
    if user.versioned != Some(false) {
        settings.lifecycle_rules = Some(Cow::Owned(vec![LifecycleRule {
            noncurrent_version_transitions: Some(vec![Transition {
                storage_class: "GLACIER".into(),
                transition_after: Some(Duration::days(90.0)),
                noncurrent_versions_to_retain: None,
            }]),
            ..LifecycleRule::default()
        }]));
        settings.describe_l2("lifecycleRules", || {
            json!([{ "noncurrentVersionTransitions": [{
                "storageClass": cdk_constant("StorageClass.GLACIER"),
                "transitionAfter": duration("days", 90.0)
            }] }])
        });
    }
    // core's `DefaultS3Props` holds the logging bucket, the caller's or the one it made, after the
    // lifecycle rules: aws-cdk-lib records the props in this order when it collects construct
    // metadata (`@aws-cdk/core:enableAdditionalMetadataCollection`).
    match (&user.server_access_logs_bucket, logging_bucket.as_ref().and_then(|b| b.node)) {
        (Some(_), _) => {
            settings
                .describe_l2("serverAccessLogsBucket", || user_value(&format!("{props_path}/serverAccessLogsBucket")));
        }
        (None, Some(node)) => settings.describe_l2("serverAccessLogsBucket", || ctx.made_at(node)),
        (None, None) => {}
    }
    if let (Some(_), Some(user_cdk)) = (props, &user_cdk) {
        let defaults = warnings::default_s3_props(logging_bucket.is_some(), user.versioned != Some(false));
        warnings::record_overrides(ctx, props_path, &defaults, user_cdk);
    }
    // Without bucket props there is nothing to override (and the code that would is not run).
    let settings = match props {
        Some(given) => settings.override_with(given, props_path),
        None => settings,
    };
    if settings.encryption == "UNENCRYPTED" {
        // aws-cdk-lib's prop validation prints this when the bucket is constructed.
        ctx.warnings.push(Diagnostic::new(
            format!("{props_path}/encryption"),
            codes::DEPRECATED,
            ctx.cdk_version.deprecation_warning(UNENCRYPTED_API, UNENCRYPTED_NOTICE),
        ));
    }
    let bucket = create_bucket(ctx, policies, scope, "S3Bucket", &settings)?;
    Ok(BuiltBucket { bucket, logging_bucket })
}

/// The bucket prop an error of `build_s3_bucket` is about, from the check that raised it (each
/// message is CDK's and starts in its own way).
pub fn prop_of_error(message: &str) -> Option<&'static str> {
    const PREFIXES: &[(&str, &str)] = &[
        ("encryptionKey is specified", "encryptionKey"),
        ("bucketKeyEnabled is specified", "bucketKeyEnabled"),
        ("Invalid S3 bucket name", "bucketName"),
        ("AWS::S3::Bucket does not support snapshot", "removalPolicy"),
        ("'enforceSSL' must be enabled", "minimumTLSVersion"),
        ("Cannot use 'autoDeleteObjects'", "autoDeleteObjects"),
        (RESOLUTION_ERROR, "lifecycleRules"),
        ("Object Lock must be enabled", "objectLockDefaultRetention"),
    ];
    PREFIXES.iter().find(|(prefix, _)| message.starts_with(prefix)).map(|(_, prop)| *prop).or_else(|| {
        // The one duration converted at construction (the lifecycle rules' are converted when the
        // template is resolved, their messages prefixed above).
        crate::js::includes(message, " cannot be converted").then_some("intelligentTieringConfigurations")
    })
}

/// An existing bucket given by reference: no resources; one defined in the same stack (with a
/// `constructPath`) can still receive a bucket policy, as CDK adds one under it.
pub fn existing_bucket(reference: &BucketRef) -> Bucket {
    let policy = reference.construct_path.as_ref().map(|path| {
        Rc::new(RefCell::new(BucketPolicyState {
            bucket_node: BucketNode::InStack(split_construct_path(path)),
            bucket_ref: reference.bucket_name.clone(),
            resource_node: None,
            document: PolicyDocument::default(),
            dependents: Vec::new(),
        }))
    });
    Bucket {
        node: None,
        arn: reference.bucket_arn.clone(),
        name: reference.bucket_name.clone(),
        encryption_key_arn: reference.encryption_key_arn.clone(),
        policy,
        key_policy: None,
    }
}

/// `A/B` -> `["A", "B"]`.
pub fn split_construct_path(path: &str) -> Vec<String> {
    path.split('/').filter(|c| !c.is_empty()).map(str::to_string).collect()
}

/// Bucket policies and owned key policies are written whenever a statement is added, so there is
/// nothing left to do at the end; kept so the caller's render step covers every policy kind.
pub fn render_bucket_policies(ctx: &mut Context) {
    for state in std::mem::take(&mut ctx.bucket_policies) {
        policy::render(ctx, &mut state.borrow_mut());
    }
}

/// `new s3.Bucket(scope, id, props)` in the order its constructor works.
fn create_bucket(
    ctx: &mut Context,
    policies: &mut Policies,
    scope: NodeId,
    id: &'static str,
    settings: &Settings,
) -> Result<Bucket, String> {
    let node = ctx.add(scope, id)?;
    let at = ctx.step_path(node);
    ctx.construction.push_with(|| Step::New {
        class: "s3.Bucket",
        at,
        props: Value::Object(settings.l2.clone().unwrap_or_default()),
    });

    // parseEncryption
    let encryption = settings.encryption.as_str();
    if settings.encryption_key.is_some() && encryption != "KMS" && encryption != "DSSE" {
        return Err(format!(
            "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: {encryption})"
        ));
    }
    if settings.bucket_key_enabled == Some(true) && encryption == "UNENCRYPTED" {
        return Err(format!(
            "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: {encryption})"
        ));
    }
    let mut key_policy = None;
    let key_arn = match (encryption, &settings.encryption_key) {
        ("KMS" | "DSSE", Some(arn)) => Some(arn.clone()),
        ("KMS" | "DSSE", None) => {
            let key = create_key(ctx, node, encryption == "KMS")?;
            let (arn, state) = (key.arn, key.policy);
            key_policy = Some(state);
            Some(arn)
        }
        _ => None,
    };
    let algorithm = match encryption {
        "KMS" | "KMS_MANAGED" => Some("aws:kms"),
        "S3_MANAGED" => Some("AES256"),
        "DSSE" | "DSSE_MANAGED" => Some("aws:kms:dsse"),
        _ => None,
    };

    if let Some(Value::String(name)) = &settings.bucket_name {
        validate_bucket_name(name, false)?;
    }

    // `parseObjectLockConfig`, after the name checks.
    let object_lock = match &settings.object_lock_default_retention {
        Some(_) if settings.object_lock_enabled == Some(false) => {
            return Err("Object Lock must be enabled to configure default retention settings".into());
        }
        Some(retention) => Some(json!({
            "ObjectLockEnabled": "Enabled",
            "Rule": { "DefaultRetention": { "Days": number_value(&NumberLike::Number(retention.days()?)), "Mode": retention.mode.clone() } }
        })),
        None => None,
    };

    let removal = settings.removal_policy.as_deref();
    let auto_delete = settings.auto_delete_objects == Some(true);
    let lifecycle = settings.lifecycle_rules.as_deref().filter(|rules| !rules.is_empty()).map(render_lifecycle_rules);

    let mut properties = Map::new();
    if settings.transfer_acceleration == Some(true) {
        properties.insert("AccelerateConfiguration".into(), json!({ "AccelerationStatus": "Enabled" }));
    }
    if let Some(algorithm) = algorithm {
        let mut by_default = Map::new();
        if let Some(arn) = &key_arn {
            by_default.insert("KMSMasterKeyID".into(), arn.clone());
        }
        by_default.insert("SSEAlgorithm".into(), json!(algorithm));
        let mut rule = Map::new();
        if let Some(enabled) = settings.bucket_key_enabled {
            rule.insert("BucketKeyEnabled".into(), json!(enabled));
        }
        rule.insert("ServerSideEncryptionByDefault".into(), Value::Object(by_default));
        properties.insert("BucketEncryption".into(), json!({ "ServerSideEncryptionConfiguration": [rule] }));
    }
    if let Some(name) = &settings.bucket_name {
        properties.insert("BucketName".into(), name.clone());
    }
    if let Some(cors) = settings.cors.and_then(configurations::cors_configuration) {
        properties.insert("CorsConfiguration".into(), cors);
    }
    if let Some(configurations) = &settings.intelligent_tiering {
        let configurations = configurations::intelligent_tiering_configurations(configurations)?;
        properties.insert("IntelligentTieringConfigurations".into(), configurations);
    }
    if let Some(Ok(rules)) = &lifecycle {
        // Without rules there is no lifecycle configuration, and CDK drops the minimum size too.
        let mut configuration = json!({ "Rules": rules });
        if let (Some(size), Value::Object(map)) = (&settings.transition_default_minimum_object_size, &mut configuration)
        {
            map.insert("TransitionDefaultMinimumObjectSize".into(), json!(size));
        }
        properties.insert("LifecycleConfiguration".into(), configuration);
    }
    if settings.logs_bucket.is_some() || settings.logs_prefix.is_some() {
        let mut logging = Map::new();
        if let Some(logs) = &settings.logs_bucket {
            logging.insert("DestinationBucketName".into(), logs.name.clone());
        }
        if let Some(prefix) = &settings.logs_prefix {
            logging.insert("LogFilePrefix".into(), prefix.clone());
        }
        if let Some(format) = &settings.target_object_key_format {
            let format = match format {
                TargetObjectKeyFormat::SimplePrefix => json!({ "SimplePrefix": {} }),
                TargetObjectKeyFormat::PartitionedPrefix(Some(source)) => {
                    json!({ "PartitionedPrefix": { "PartitionDateSource": source.clone() } })
                }
                TargetObjectKeyFormat::PartitionedPrefix(None) => json!({ "PartitionedPrefix": {} }),
            };
            logging.insert("TargetObjectKeyFormat".into(), format);
        }
        properties.insert("LoggingConfiguration".into(), Value::Object(logging));
    }
    if let Some(metrics) = settings.metrics.and_then(configurations::metrics_configurations) {
        properties.insert("MetricsConfigurations".into(), metrics);
    }
    if let Some(configuration) = object_lock {
        properties.insert("ObjectLockConfiguration".into(), configuration);
        properties.insert("ObjectLockEnabled".into(), json!(true));
    } else if let Some(enabled) = settings.object_lock_enabled {
        properties.insert("ObjectLockEnabled".into(), json!(enabled));
    }
    if let Some(ownership) = &settings.object_ownership {
        properties.insert("OwnershipControls".into(), json!({ "Rules": [{ "ObjectOwnership": ownership }] }));
    }
    if let Some(block) = &settings.block_public_access {
        let rendered = render_block_public_access(block, ctx.flags.public_access_blocked_by_default);
        properties.insert("PublicAccessBlockConfiguration".into(), rendered);
    }
    if auto_delete {
        properties.insert("Tags".into(), json!([{ "Key": "aws-cdk:auto-delete-objects", "Value": "true" }]));
    }
    if settings.versioned == Some(true) {
        properties.insert("VersioningConfiguration".into(), json!({ "Status": "Enabled" }));
    }

    let resource = Resource::new("AWS::S3::Bucket", properties)
        .with_removal_policy(removal, ctx.flags.validate_snapshot_removal_policy)?;
    let resource_node = ctx.add_resource(node, "Resource", resource)?;
    let logical_id = ctx.logical_id(resource_node);
    let bucket = Bucket {
        node: Some(node),
        arn: get_att(logical_id.clone(), "Arn"),
        name: reference(logical_id.clone()),
        encryption_key_arn: key_arn,
        policy: Some(Rc::new(RefCell::new(BucketPolicyState {
            bucket_node: BucketNode::Created(node),
            bucket_ref: reference(logical_id.clone()),
            resource_node: None,
            document: PolicyDocument::default(),
            dependents: Vec::new(),
        }))),
        key_policy,
    };
    let whole_bucket = || vec![bucket.arn.clone(), concat(vec![bucket.arn.clone(), "/*".into()])];

    // `if (props.minimumTLSVersion)`: a token is truthy.
    let tls_version = settings.minimum_tls_version.as_ref().map(number_value).filter(crate::js::is_truthy);
    if settings.enforce_ssl == Some(true) {
        let deny = Statement::deny(&["s3:*"], whole_bucket())
            .with_condition("Bool", "aws:SecureTransport", json!("false"))
            .with_principal("AWS", json!("*"));
        add_to_resource_policy(ctx, &bucket, deny)?;
        if let Some(version) = tls_version {
            let deny = Statement::deny(&["s3:*"], whole_bucket())
                .with_condition("NumericLessThan", "s3:TlsVersion", version)
                .with_principal("AWS", json!("*"));
            add_to_resource_policy(ctx, &bucket, deny)?;
        }
    } else if tls_version.is_some() {
        return Err("'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied".into());
    }

    // Server access logs (`serverAccessLogsUseBucketPolicy`): a bucket this pattern owns lets the
    // logging service write; an imported one is left alone (CDK only warns). A bucket of the
    // caller's stack sees the stack's flag, not the construct's: without it, CDK gives that
    // bucket the log delivery ACL instead.
    match &settings.logs_bucket {
        Some(logs)
            if logs.policy.is_some() && logs.node.is_none() && !ctx.flags.server_access_logs_use_bucket_policy =>
        {
            ctx.warnings.push(Diagnostic::new(
                "/outputDataStore/outputBucketProps/serverAccessLogsBucket",
                codes::GIVEN_RESOURCE,
                format!(
                    "the construct gives your server access logs bucket the log delivery ACL \
                     (AccessControl LogDeliveryWrite), as aws-cdk-lib does without the feature flag {}; \
                     that bucket is not in this fragment",
                    crate::model::flags::SERVER_ACCESS_LOGS_USE_BUCKET_POLICY
                ),
            ));
        }
        Some(logs) if logs.policy.is_some() => allow_log_delivery(ctx, logs, &bucket, settings.logs_prefix.as_ref())?,
        None if settings.logs_prefix.is_some() => {
            allow_log_delivery(ctx, &bucket, &bucket, settings.logs_prefix.as_ref())?
        }
        _ => {}
    }

    if auto_delete {
        if removal != Some("destroy") {
            return Err(
                "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'."
                    .into(),
            );
        }
        enable_auto_delete_objects(ctx, &bucket, node)?;
    }
    if settings.event_bridge_enabled == Some(true) {
        enable_event_bridge(ctx, policies, &bucket, node)?;
    }
    // Lifecycle rules are checked when the template is resolved, after every construct-time check
    // (of this bucket and of every construct made after it: `Problems` orders them).
    if let Some(Err(message)) = lifecycle {
        return Err(format!("{RESOLUTION_ERROR}{RESOLUTION_ERROR}{RESOLUTION_ERROR}{message}..."));
    }
    Ok(bucket)
}

/// With `@aws-cdk/aws-s3:publicAccessBlockedByDefault` (`blocked_by_default`) options left out
/// block; without it they are left out of the property (all of them: an empty object).
fn render_block_public_access(block: &BlockPublicAccess, blocked_by_default: bool) -> Value {
    let mut out = Map::new();
    for (key, value) in [
        ("BlockPublicAcls", block.block_public_acls),
        ("BlockPublicPolicy", block.block_public_policy),
        ("IgnorePublicAcls", block.ignore_public_acls),
        ("RestrictPublicBuckets", block.restrict_public_buckets),
    ] {
        if let Some(value) = value.or(blocked_by_default.then_some(true)) {
            out.push_unique(key, json!(value));
        }
    }
    Value::Object(out)
}

/// `Bucket.fromBucketArn(scope, id, arn)`: the bucket name is parsed from the ARN (at synth time
/// for the literal parts, as `Arn.split` does) and validated with the legacy naming rules.
pub fn bucket_from_arn(arn: &Value) -> Result<Bucket, String> {
    let name = bucket_name_from_arn(arn)?;
    if let Value::String(literal) = &name {
        if literal.is_empty() {
            return Err("Bucket name is required".into());
        }
        validate_bucket_name(literal, true)?;
    }
    Ok(Bucket { node: None, arn: arn.clone(), name, encryption_key_arn: None, policy: None, key_policy: None })
}
