//! The output bucket: core's `buildS3Bucket` over aws-s3 `Bucket` (logging bucket, bucket policies,
//! owned KMS key, auto-delete and EventBridge custom resources) and the bucket grants.
//!
//! Feature flags fixed by this module (their values under `SetConsistentFeatureFlags` and inside the
//! construct): `@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy` (on), `@aws-cdk/aws-s3:grantWriteWithoutAcl`
//! (on), `@aws-cdk/aws-s3:publicAccessBlockedByDefault` (on), `@aws-cdk/core:validateSnapshotRemovalPolicy` (on).

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::{json, Map, Value};

use super::construction::{cdk_constant, duration, made_at, user_value, Step};
use super::context::Context;
use super::iam::{add_to_principal_policy, create_policy, Policies, Role};
use super::warnings;
use crate::model::iam::{PolicyDocument, Statement};
use crate::model::intrinsics::{account_id, concat, get_att, is_unresolved, partition, reference, select, split};
use crate::model::tree::{NodeId, Resource, Tree};
use crate::model::values::{num, removal_policy};
use crate::props::bucket::{BlockPublicAccess, BucketProps, BucketRef, Duration, LifecycleRule, Transition};

const BUCKET_READ_ACTIONS: &[&str] = &["s3:GetObject*", "s3:GetBucket*", "s3:List*"];
const BUCKET_DELETE_ACTIONS: &[&str] = &["s3:DeleteObject*"];
/// `@aws-cdk/aws-s3:grantWriteWithoutAcl` is on in CDK v2.
const BUCKET_PUT_ACTIONS: &[&str] = &[
    "s3:PutObject",
    "s3:PutObjectLegalHold",
    "s3:PutObjectRetention",
    "s3:PutObjectTagging",
    "s3:PutObjectVersionTagging",
    "s3:Abort*",
];
const KEY_READ_ACTIONS: &[&str] = &["kms:Decrypt", "kms:DescribeKey"];
/// `new Set([...KEY_READ_ACTIONS, ...KEY_WRITE_ACTIONS])`.
const KEY_READ_WRITE_ACTIONS: &[&str] =
    &["kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"];

const LOGGING_BUCKET_SUPPRESSION: &str = "This S3 bucket is used as the access logging bucket for another bucket";

const AUTO_DELETE_PROVIDER_ID: &str = "Custom::S3AutoDeleteObjectsCustomResourceProvider";
/// Asset of aws-cdk-lib 2.276.0's auto-delete-objects handler.
const AUTO_DELETE_ASSET_KEY: &str = "6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip";
const AUTO_DELETE_RUNTIME: &str = "nodejs24.x";
const NOTIFICATIONS_HANDLER_ID: &str = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834";
const NOTIFICATIONS_RUNTIME: &str = "python3.13";

/// A bucket policy that statements can still be added to (cross-account grants come after the build).
#[derive(Debug)]
struct BucketPolicyState {
    /// The Bucket construct; the `Policy` construct is created under it on first use.
    bucket_node: BucketNode,
    bucket_ref: Value,
    resource_node: Option<NodeId>,
    document: PolicyDocument,
    /// Resources that must depend on the policy once it exists.
    dependents: Vec<NodeId>,
}

/// Where a bucket's construct is: made here, or given by its path in the stack.
#[derive(Debug)]
enum BucketNode {
    Created(NodeId),
    InStack(Vec<String>),
}

/// The key policy of a key created with the bucket.
#[derive(Debug)]
struct KeyPolicyState {
    resource_node: NodeId,
    document: PolicyDocument,
}

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
/// a class instance, array or scalar, so user values replace defaults whole).
#[derive(Debug, Clone, Default)]
struct Settings {
    bucket_name: Option<Value>,
    encryption: String,
    encryption_key: Option<Value>,
    bucket_key_enabled: Option<bool>,
    versioned: Option<bool>,
    block_public_access: Option<BlockPublicAccess>,
    removal_policy: Option<String>,
    enforce_ssl: Option<bool>,
    minimum_tls_version: Option<f64>,
    lifecycle_rules: Option<Vec<LifecycleRule>>,
    logs_bucket: Option<Bucket>,
    logs_prefix: Option<Value>,
    object_ownership: Option<String>,
    transfer_acceleration: Option<bool>,
    auto_delete_objects: Option<bool>,
    event_bridge_enabled: Option<bool>,
    /// The same props as the replayed `s3.Bucket` takes them (see `construction`).
    l2: Map<String, Value>,
}

impl Settings {
    /// core's `DefaultS3Props()`.
    fn defaults() -> Self {
        Self {
            encryption: "S3_MANAGED".into(),
            versioned: Some(true),
            block_public_access: Some(BlockPublicAccess::BLOCK_ALL),
            removal_policy: Some("retain".into()),
            enforce_ssl: Some(true),
            l2: match json!({
                "encryption": cdk_constant("BucketEncryption.S3_MANAGED"),
                "versioned": true,
                "blockPublicAccess": cdk_constant("BlockPublicAccess.BLOCK_ALL"),
                "removalPolicy": cdk_constant("RemovalPolicy.RETAIN"),
                "enforceSSL": true
            }) {
                Value::Object(map) => map,
                _ => Map::new(),
            },
            ..Self::default()
        }
    }

    /// The caller's keys replace the defaults whole (`props_path`: their JSON pointer).
    fn override_with(mut self, user: &BucketProps, props_path: &str) -> Self {
        if let Value::Object(given) = &user.source {
            for key in given.keys() {
                self.l2.insert(key.clone(), user_value(&format!("{props_path}/{key}")));
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
        set(&mut self.lifecycle_rules, &user.lifecycle_rules);
        if let Some(reference) = &user.server_access_logs_bucket {
            self.logs_bucket = Some(existing_bucket(reference));
        }
        set(&mut self.logs_prefix, &user.server_access_logs_prefix);
        set(&mut self.object_ownership, &user.object_ownership);
        set(&mut self.transfer_acceleration, &user.transfer_acceleration);
        set(&mut self.auto_delete_objects, &user.auto_delete_objects);
        set(&mut self.event_bridge_enabled, &user.event_bridge_enabled);
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
    let user = props.cloned().unwrap_or_default();
    let props_path = "/outputDataStore/outputBucketProps";
    let user_cdk = warnings::cdk_bucket_props(&user.source);
    let logging_bucket = match &user.server_access_logs_bucket {
        Some(reference) => Some(existing_bucket(reference)),
        None => {
            if let Some(policy) = user_cdk.get("removalPolicy").filter(|p| !p.is_null()) {
                // Once to merge it into the logging bucket's props, once more when that bucket is made.
                let removal = json!({ "removalPolicy": policy });
                let defaults = warnings::default_s3_props(false, false);
                warnings::record_overrides(ctx, props_path, &defaults, &removal);
                warnings::record_overrides(ctx, props_path, &defaults, &removal);
            }
            let mut settings = Settings::defaults();
            // A removal policy given for the bucket is replicated on its logging bucket.
            if let Some(policy) = &user.removal_policy {
                settings.removal_policy = Some(policy.clone());
                settings.l2.insert("removalPolicy".into(), user_value(&format!("{props_path}/removalPolicy")));
            }
            let logging = create_bucket(ctx, policies, scope, "S3LoggingBucket", &settings)?;
            if let Some(bucket_node) = logging.node {
                let rules = json!([{ "id": "W35", "reason": LOGGING_BUCKET_SUPPRESSION }]);
                let target = made_at(&ctx.path_below_stack(bucket_node));
                ctx.construction.push(Step::SuppressCfnNag { target, rules });
            }
            if let Some(node) = logging.node.and_then(|n| ctx.tree.child(n, "Resource")) {
                if let Some(resource) = ctx.tree.resource_mut(node) {
                    resource.add_cfn_nag_suppressions(&[("W35", LOGGING_BUCKET_SUPPRESSION)]);
                }
            }
            Some(logging)
        }
    };
    let mut settings = Settings::defaults();
    settings.logs_bucket.clone_from(&logging_bucket);
    match (&user.server_access_logs_bucket, logging_bucket.as_ref().and_then(|b| b.node)) {
        (Some(_), _) => {
            let pointer = format!("{props_path}/serverAccessLogsBucket");
            settings.l2.insert("serverAccessLogsBucket".into(), user_value(&pointer));
        }
        (None, Some(node)) => {
            settings.l2.insert("serverAccessLogsBucket".into(), made_at(&ctx.path_below_stack(node)));
        }
        (None, None) => {}
    }
    // The default lifecycle rule (noncurrent versions to Glacier after 90 days) needs versioning.
    if user.versioned != Some(false) {
        settings.lifecycle_rules = Some(vec![LifecycleRule {
            noncurrent_version_transitions: Some(vec![Transition {
                storage_class: "GLACIER".into(),
                transition_after: Some(Duration::days(90.0)),
                noncurrent_versions_to_retain: None,
            }]),
            ..LifecycleRule::default()
        }]);
        settings.l2.insert(
            "lifecycleRules".into(),
            json!([{ "noncurrentVersionTransitions": [{
                "storageClass": cdk_constant("StorageClass.GLACIER"),
                "transitionAfter": duration("days", 90.0)
            }] }]),
        );
    }
    if props.is_some() {
        let defaults = warnings::default_s3_props(logging_bucket.is_some(), user.versioned != Some(false));
        warnings::record_overrides(ctx, props_path, &defaults, &user_cdk);
    }
    let settings = settings.override_with(&user, props_path);
    let bucket = create_bucket(ctx, policies, scope, "S3Bucket", &settings)?;
    Ok(BuiltBucket { bucket, logging_bucket })
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
pub fn render_bucket_policies(_ctx: &mut Context) {}

/// `new s3.Bucket(scope, id, props)` in the order its constructor works.
fn create_bucket(
    ctx: &mut Context,
    policies: &mut Policies,
    scope: NodeId,
    id: &str,
    settings: &Settings,
) -> Result<Bucket, String> {
    let node = ctx.add(scope, id)?;
    let at = ctx.path_below_stack(node);
    ctx.construction.push(Step::New { class: "s3.Bucket", at, props: Value::Object(settings.l2.clone()) });

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
            let (arn, state) = create_key(ctx, node, encryption == "KMS")?;
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
    if let Some(Ok(rules)) = &lifecycle {
        properties.insert("LifecycleConfiguration".into(), json!({ "Rules": rules }));
    }
    if settings.logs_bucket.is_some() || settings.logs_prefix.is_some() {
        let mut logging = Map::new();
        if let Some(logs) = &settings.logs_bucket {
            logging.insert("DestinationBucketName".into(), logs.name.clone());
        }
        if let Some(prefix) = &settings.logs_prefix {
            logging.insert("LogFilePrefix".into(), prefix.clone());
        }
        properties.insert("LoggingConfiguration".into(), Value::Object(logging));
    }
    if let Some(ownership) = &settings.object_ownership {
        properties.insert("OwnershipControls".into(), json!({ "Rules": [{ "ObjectOwnership": ownership }] }));
    }
    if let Some(block) = &settings.block_public_access {
        properties.insert("PublicAccessBlockConfiguration".into(), render_block_public_access(block));
    }
    if auto_delete {
        properties.insert("Tags".into(), json!([{ "Key": "aws-cdk:auto-delete-objects", "Value": "true" }]));
    }
    if settings.versioned == Some(true) {
        properties.insert("VersioningConfiguration".into(), json!({ "Status": "Enabled" }));
    }

    if removal == Some("snapshot") && ctx.flags.validate_snapshot_removal_policy {
        return Err("AWS::S3::Bucket does not support snapshot removal policy".into());
    }
    let (update_replace, deletion) = removal_policy(removal);
    let mut resource = Resource::new("AWS::S3::Bucket", properties);
    resource.update_replace_policy = Some(update_replace.into());
    resource.deletion_policy = Some(deletion.into());
    let resource_node = ctx.add_resource(node, "Resource", resource)?;
    let logical_id = ctx.logical_id(resource_node);
    let bucket = Bucket {
        node: Some(node),
        arn: get_att(&logical_id, "Arn"),
        name: reference(&logical_id),
        encryption_key_arn: key_arn,
        policy: Some(Rc::new(RefCell::new(BucketPolicyState {
            bucket_node: BucketNode::Created(node),
            bucket_ref: reference(&logical_id),
            resource_node: None,
            document: PolicyDocument::default(),
            dependents: Vec::new(),
        }))),
        key_policy,
    };
    let whole_bucket = || vec![bucket.arn.clone(), concat(vec![bucket.arn.clone(), "/*".into()])];

    if settings.enforce_ssl == Some(true) {
        let deny = Statement::deny(&["s3:*"], whole_bucket())
            .with_condition("Bool", "aws:SecureTransport", json!("false"))
            .with_principal("AWS", json!("*"));
        add_to_resource_policy(ctx, &bucket, deny)?;
        if let Some(version) = settings.minimum_tls_version.filter(|v| *v != 0.0) {
            let deny = Statement::deny(&["s3:*"], whole_bucket())
                .with_condition("NumericLessThan", "s3:TlsVersion", num(version))
                .with_principal("AWS", json!("*"));
            add_to_resource_policy(ctx, &bucket, deny)?;
        }
    } else if settings.minimum_tls_version.is_some_and(|v| v != 0.0) {
        return Err("'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied".into());
    }

    // Server access logs (`serverAccessLogsUseBucketPolicy`): a bucket this pattern owns lets the
    // logging service write; an imported one is left alone (CDK only warns).
    match &settings.logs_bucket {
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
    // Lifecycle rules are checked when the template is resolved, after every construct-time check.
    if let Some(Err(message)) = lifecycle {
        return Err(format!("Resolution error: Resolution error: Resolution error: {message}..."));
    }
    Ok(bucket)
}

/// `new kms.Key(bucket, 'Key', {description, enableKeyRotation})` with the default key policy.
fn create_key(
    ctx: &mut Context,
    bucket_node: NodeId,
    rotation: bool,
) -> Result<(Value, Rc<RefCell<KeyPolicyState>>), String> {
    let node = ctx.add(bucket_node, "Key")?;
    let root = concat(vec!["arn:".into(), partition(), ":iam::".into(), account_id(), ":root".into()]);
    let document =
        PolicyDocument::new(vec![Statement::allow(&["kms:*"], vec![json!("*")]).with_principal("AWS", root)]);
    let mut properties = Map::new();
    properties.insert("Description".into(), Value::String(format!("Created by {}", ctx.node_path(bucket_node))));
    if rotation {
        properties.insert("EnableKeyRotation".into(), json!(true));
    }
    properties.insert("KeyPolicy".into(), document.render(ctx.flags.minimize_policies));
    let resource = Resource::new("AWS::KMS::Key", properties).with_removal_policy("Retain");
    let resource_node = ctx.add_resource(node, "Resource", resource)?;
    let arn = get_att(&ctx.logical_id(resource_node), "Arn");
    Ok((arn, Rc::new(RefCell::new(KeyPolicyState { resource_node, document }))))
}

fn render_block_public_access(block: &BlockPublicAccess) -> Value {
    // `@aws-cdk/aws-s3:publicAccessBlockedByDefault`: options left out block.
    let mut out = Map::new();
    for (key, value) in [
        ("BlockPublicAcls", block.block_public_acls),
        ("BlockPublicPolicy", block.block_public_policy),
        ("IgnorePublicAcls", block.ignore_public_acls),
        ("RestrictPublicBuckets", block.restrict_public_buckets),
    ] {
        out.insert(key.into(), json!(value.unwrap_or(true)));
    }
    Value::Object(out)
}

fn days(duration: &Duration) -> Result<Value, String> {
    duration.to_days().map(num)
}

/// `parseLifecycleConfiguration`: the rules, or the first error CDK raises while rendering them.
fn render_lifecycle_rules(rules: &[LifecycleRule]) -> Result<Vec<Value>, String> {
    rules.iter().map(render_lifecycle_rule).collect()
}

fn render_lifecycle_rule(rule: &LifecycleRule) -> Result<Value, String> {
    if rule.expired_object_delete_marker == Some(true) && (rule.expiration.is_some() || rule.tag_filters.is_some()) {
        return Err(
            "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.".into()
        );
    }
    if rule.abort_incomplete_multipart_upload_after.is_none()
        && rule.expiration.is_none()
        && rule.expired_object_delete_marker.is_none()
        && rule.noncurrent_version_expiration.is_none()
        && rule.noncurrent_versions_to_retain.is_none()
        && rule.noncurrent_version_transitions.is_none()
        && rule.transitions.is_none()
    {
        return Err("All rules for `lifecycleRules` must have at least one of the following properties: `abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`".into());
    }
    if rule.transitions.iter().flatten().any(|t| t.transition_after.is_none()) {
        return Err(
            "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition".into()
        );
    }
    let mut out = Map::new();
    if let Some(after) = &rule.abort_incomplete_multipart_upload_after {
        out.insert("AbortIncompleteMultipartUpload".into(), json!({ "DaysAfterInitiation": days(after)? }));
    }
    if let Some(expiration) = &rule.expiration {
        out.insert("ExpirationInDays".into(), days(expiration)?);
    }
    if let Some(marker) = rule.expired_object_delete_marker {
        out.insert("ExpiredObjectDeleteMarker".into(), json!(marker));
    }
    if let Some(id) = &rule.id {
        out.insert("Id".into(), id.clone());
    }
    if let Some(expiration) = &rule.noncurrent_version_expiration {
        let mut value = Map::new();
        if let Some(retain) = rule.noncurrent_versions_to_retain {
            value.insert("NewerNoncurrentVersions".into(), num(retain));
        }
        value.insert("NoncurrentDays".into(), days(expiration)?);
        out.insert("NoncurrentVersionExpiration".into(), Value::Object(value));
    }
    if let Some(transitions) = rule.noncurrent_version_transitions.as_ref().filter(|t| !t.is_empty()) {
        out.insert("NoncurrentVersionTransitions".into(), Value::Array(render_transitions(transitions)?));
    }
    if let Some(size) = rule.object_size_greater_than {
        out.insert("ObjectSizeGreaterThan".into(), num(size));
    }
    if let Some(size) = rule.object_size_less_than {
        out.insert("ObjectSizeLessThan".into(), num(size));
    }
    if let Some(prefix) = &rule.prefix {
        out.insert("Prefix".into(), prefix.clone());
    }
    let enabled = rule.enabled.unwrap_or(true);
    out.insert("Status".into(), json!(if enabled { "Enabled" } else { "Disabled" }));
    if let Some(tags) = &rule.tag_filters {
        let tags: Vec<Value> = tags.iter().map(|(key, value)| json!({ "Key": key, "Value": value })).collect();
        out.insert("TagFilters".into(), Value::Array(tags));
    }
    if let Some(transitions) = rule.transitions.as_ref().filter(|t| !t.is_empty()) {
        out.insert("Transitions".into(), Value::Array(render_transitions(transitions)?));
    }
    Ok(Value::Object(out))
}

fn render_transitions(transitions: &[Transition]) -> Result<Vec<Value>, String> {
    transitions
        .iter()
        .map(|t| {
            let mut out = Map::new();
            if let Some(retain) = t.noncurrent_versions_to_retain {
                out.insert("NewerNoncurrentVersions".into(), num(retain));
            }
            out.insert("StorageClass".into(), json!(t.storage_class));
            if let Some(after) = &t.transition_after {
                out.insert("TransitionInDays".into(), days(after)?);
            }
            Ok(Value::Object(out))
        })
        .collect()
}

/// `bucket.addToResourcePolicy(statement)`: creates the `Policy` on first use; returns the policy
/// resource, or `None` for a bucket whose policy this pattern cannot change.
fn add_to_resource_policy(ctx: &mut Context, bucket: &Bucket, statement: Statement) -> Result<Option<NodeId>, String> {
    let Some(state) = &bucket.policy else {
        return Ok(None);
    };
    let mut state = state.borrow_mut();
    let resource_node = match state.resource_node {
        Some(node) => node,
        None => {
            let bucket_node = match &state.bucket_node {
                BucketNode::Created(node) => *node,
                BucketNode::InStack(path) => ctx.tree.ensure_path(Tree::STACK, path)?,
            };
            let policy_node = ctx.add(bucket_node, "Policy")?;
            let mut properties = Map::new();
            properties.insert("Bucket".into(), state.bucket_ref.clone());
            let node = ctx.add_resource(policy_node, "Resource", Resource::new("AWS::S3::BucketPolicy", properties))?;
            for dependent in &state.dependents {
                if let Some(resource) = ctx.tree.resource_mut(*dependent) {
                    resource.depends_on.push(node);
                }
            }
            state.resource_node = Some(node);
            node
        }
    };
    state.document.add(statement);
    let document = state.document.render(ctx.flags.minimize_policies);
    if let Some(resource) = ctx.tree.resource_mut(resource_node) {
        resource.properties.insert("PolicyDocument".into(), document);
    }
    Ok(Some(resource_node))
}

/// Makes `dependent` depend on the bucket policy, now or when it is created.
fn depend_on_policy(ctx: &mut Context, bucket: &Bucket, dependent: NodeId) {
    let Some(state) = &bucket.policy else { return };
    let mut state = state.borrow_mut();
    match state.resource_node {
        Some(policy) => {
            if let Some(resource) = ctx.tree.resource_mut(dependent) {
                resource.depends_on.push(policy);
            }
        }
        None => state.dependents.push(dependent),
    }
}

/// `logs.allowLogDelivery(from, prefix)` with `serverAccessLogsUseBucketPolicy`.
fn allow_log_delivery(ctx: &mut Context, logs: &Bucket, from: &Bucket, prefix: Option<&Value>) -> Result<(), String> {
    let mut parts = vec![logs.arn.clone(), "/".into()];
    if let Some(prefix) = prefix.filter(|p| p.as_str() != Some("")) {
        parts.push(prefix.clone());
    }
    parts.push("*".into());
    let statement = Statement::allow(&["s3:PutObject"], vec![concat(parts)])
        .with_principal("Service", json!("logging.s3.amazonaws.com"))
        .with_condition("ArnLike", "aws:SourceArn", from.arn.clone())
        .with_condition("StringEquals", "aws:SourceAccount", account_id());
    add_to_resource_policy(ctx, logs, statement).map(|_| ())
}

/// `BucketAutoDeleteObjects`: the stack-wide provider, a policy statement for its role and the
/// custom resource, tagged bucket (the tag is written with the bucket's properties).
fn enable_auto_delete_objects(ctx: &mut Context, bucket: &Bucket, bucket_node: NodeId) -> Result<(), String> {
    let (role_arn, service_token) = auto_delete_provider(ctx, &bucket.name)?;
    let statement = Statement::allow(
        &["s3:PutBucketPolicy", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*"],
        vec![bucket.arn.clone(), concat(vec![bucket.arn.clone(), "/*".into()])],
    )
    .with_principal("AWS", role_arn);
    let policy = add_to_resource_policy(ctx, bucket, statement)?;
    let custom = ctx.add(bucket_node, "AutoDeleteObjectsCustomResource")?;
    let mut properties = Map::new();
    properties.insert("ServiceToken".into(), service_token);
    properties.insert("BucketName".into(), bucket.name.clone());
    let mut resource = Resource::new("Custom::S3AutoDeleteObjects", properties).with_removal_policy("Delete");
    resource.depends_on.extend(policy);
    ctx.add_resource(custom, "Default", resource)?;
    Ok(())
}

/// `CustomResourceProvider.getOrCreateProvider`: (role ARN, service token).
fn auto_delete_provider(ctx: &mut Context, bucket_name: &Value) -> Result<(Value, Value), String> {
    let provider = match ctx.tree.child(Tree::STACK, AUTO_DELETE_PROVIDER_ID) {
        Some(node) => node,
        None => {
            let node = ctx.add(Tree::STACK, AUTO_DELETE_PROVIDER_ID)?;
            let mut role = Map::new();
            role.insert(
                "AssumeRolePolicyDocument".into(),
                json!({
                    "Version": "2012-10-17",
                    "Statement": [{ "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" } }]
                }),
            );
            role.insert(
                "ManagedPolicyArns".into(),
                json!([{ "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" }]),
            );
            let role_node = ctx.add_resource(node, "Role", Resource::new("AWS::IAM::Role", role))?;
            let role_id = ctx.logical_id(role_node);
            let mut handler = Map::new();
            handler.insert(
                "Code".into(),
                json!({ "S3Bucket": { "Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}" }, "S3Key": AUTO_DELETE_ASSET_KEY }),
            );
            handler.insert("Timeout".into(), json!(900));
            handler.insert("MemorySize".into(), json!(128));
            handler.insert("Handler".into(), json!("index.handler"));
            handler.insert("Role".into(), get_att(&role_id, "Arn"));
            handler.insert("Runtime".into(), json!(AUTO_DELETE_RUNTIME));
            handler.insert(
                "Description".into(),
                concat(vec![
                    "Lambda function for auto-deleting objects in ".into(),
                    bucket_name.clone(),
                    " S3 bucket.".into(),
                ]),
            );
            let mut resource = Resource::new("AWS::Lambda::Function", handler);
            resource.depends_on.push(role_node);
            ctx.add_resource(node, "Handler", resource)?;
            node
        }
    };
    let role = ctx.tree.child(provider, "Role").map(|n| ctx.logical_id(n)).unwrap_or_default();
    let handler = ctx.tree.child(provider, "Handler").map(|n| ctx.logical_id(n)).unwrap_or_default();
    Ok((get_att(&role, "Arn"), get_att(&handler, "Arn")))
}

/// `enableEventBridgeNotification`: the `Notifications` custom resource, its handler policy and
/// the stack-wide handler.
fn enable_event_bridge(
    ctx: &mut Context,
    policies: &mut Policies,
    bucket: &Bucket,
    bucket_node: NodeId,
) -> Result<(), String> {
    let notifications = ctx.add(bucket_node, "Notifications")?;
    let (role_id, function_id) = notifications_handler(ctx)?;
    let policy = create_policy(
        ctx,
        policies,
        notifications,
        "HandlerPolicy",
        vec![Statement::allow(&["s3:PutBucketNotification"], vec![bucket.arn.clone()])],
    )?;
    let policy_resource = policies.list.get_mut(policy).map(|entry| {
        entry.roles.push(reference(&role_id));
        entry.resource_node
    });
    let mut properties = Map::new();
    properties.insert("ServiceToken".into(), get_att(&function_id, "Arn"));
    properties.insert("BucketName".into(), bucket.name.clone());
    properties.insert("NotificationConfiguration".into(), json!({ "EventBridgeConfiguration": {} }));
    properties.insert("Managed".into(), json!(true));
    properties.insert("SkipDestinationValidation".into(), json!(false));
    let mut resource = Resource::new("Custom::S3BucketNotifications", properties);
    resource.depends_on.extend(policy_resource);
    let node = ctx.add_resource(notifications, "Resource", resource)?;
    depend_on_policy(ctx, bucket, node);
    Ok(())
}

/// `NotificationsResourceHandler.singleton`: (role logical ID, function logical ID).
fn notifications_handler(ctx: &mut Context) -> Result<(String, String), String> {
    let handler = match ctx.tree.child(Tree::STACK, NOTIFICATIONS_HANDLER_ID) {
        Some(node) => node,
        None => {
            let node = ctx.add(Tree::STACK, NOTIFICATIONS_HANDLER_ID)?;
            let role = ctx.add(node, "Role")?;
            let mut role_properties = Map::new();
            role_properties.insert(
                "AssumeRolePolicyDocument".into(),
                json!({
                    "Statement": [{ "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" } }],
                    "Version": "2012-10-17"
                }),
            );
            role_properties.insert(
                "ManagedPolicyArns".into(),
                json!([concat(vec![
                    "arn:".into(),
                    partition(),
                    ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole".into()
                ])]),
            );
            let role_node = ctx.add_resource(role, "Resource", Resource::new("AWS::IAM::Role", role_properties))?;
            let role_id = ctx.logical_id(role_node);
            let mut function = Map::new();
            function.insert(
                "Description".into(),
                json!("AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)"),
            );
            function.insert("Code".into(), json!({ "ZipFile": NOTIFICATIONS_HANDLER_SOURCE }));
            function.insert("Handler".into(), json!("index.handler"));
            function.insert("Role".into(), get_att(&role_id, "Arn"));
            function.insert("Runtime".into(), json!(NOTIFICATIONS_RUNTIME));
            function.insert("Timeout".into(), json!(300));
            let mut resource = Resource::new("AWS::Lambda::Function", function);
            resource.depends_on.push(role_node);
            ctx.add_resource(node, "Resource", resource)?;
            node
        }
    };
    let role = ctx.tree.child(handler, "Role").and_then(|r| ctx.tree.child(r, "Resource"));
    let function = ctx.tree.child(handler, "Resource");
    match (role, function) {
        (Some(role), Some(function)) => Ok((ctx.logical_id(role), ctx.logical_id(function))),
        _ => Err(format!(
            "{NOTIFICATIONS_HANDLER_ID} already exists in the stack and is not the bucket notifications handler"
        )),
    }
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

/// A piece of a string being split: literal text or an opaque token.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Token(Value),
}

fn pieces(value: &Value, out: &mut Vec<Piece>) {
    match value {
        Value::String(s) => out.push(Piece::Text(s.clone())),
        Value::Object(map) if map.len() == 1 => match map.get("Fn::Join").and_then(Value::as_array) {
            Some(args) if args.len() == 2 && args[0].as_str() == Some("") && args[1].is_array() => {
                for part in args[1].as_array().into_iter().flatten() {
                    pieces(part, out);
                }
            }
            _ => out.push(Piece::Token(value.clone())),
        },
        other => out.push(Piece::Token(other.clone())),
    }
}

/// Splits pieces at every occurrence of `separator` in their literal text.
fn split_pieces(input: &[Piece], separator: char) -> Vec<Vec<Piece>> {
    let mut components: Vec<Vec<Piece>> = vec![Vec::new()];
    for piece in input {
        match piece {
            Piece::Text(text) => {
                let mut first = true;
                for part in text.split(separator) {
                    if !first {
                        components.push(Vec::new());
                    }
                    first = false;
                    if !part.is_empty() {
                        if let Some(current) = components.last_mut() {
                            current.push(Piece::Text(part.to_string()));
                        }
                    }
                }
            }
            Piece::Token(_) => {
                if let Some(current) = components.last_mut() {
                    current.push(piece.clone());
                }
            }
        }
    }
    components
}

fn join_pieces(input: Vec<Piece>) -> Value {
    let parts: Vec<Value> = input
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => Value::String(text),
            Piece::Token(value) => value,
        })
        .collect();
    if parts.is_empty() {
        return Value::String(String::new());
    }
    concat(parts)
}

fn bucket_name_from_arn(arn: &Value) -> Result<Value, String> {
    let mut input = Vec::new();
    pieces(arn, &mut input);
    let starts_with_arn = matches!(input.first(), Some(Piece::Text(text)) if text.starts_with("arn:"));
    if !starts_with_arn {
        if is_unresolved(arn) || input.iter().any(|p| matches!(p, Piece::Token(_))) {
            // `parseTokenArn`: resolved by CloudFormation.
            return Ok(select(0, split("/", select(5, split(":", arn.clone())))));
        }
        return Err(format!(
            "ARNs must start with \"arn:\" and have at least 6 components: {}",
            arn.as_str().unwrap_or_default()
        ));
    }
    let mut components = split_pieces(&input, ':');
    if components.len() < 6 {
        return Err(format!(
            "ARNs must start with \"arn:\" and have at least 6 components: {}",
            arn.as_str().unwrap_or_default()
        ));
    }
    let resource = components.swap_remove(5);
    let name = split_pieces(&resource, '/').into_iter().next().unwrap_or_default();
    Ok(join_pieces(name))
}

/// `Bucket._validateBucketName`: CDK's message lists every broken rule. Token names are not checked.
fn validate_bucket_name(name: &str, legacy: bool) -> Result<(), String> {
    if name.is_empty() || name.contains("${Token[") {
        return Ok(());
    }
    let units: Vec<u16> = name.encode_utf16().collect();
    let length = units.len();
    let mut errors: Vec<String> = Vec::new();
    if !(3..=63).contains(&length) {
        errors.push("Bucket name must be at least 3 and no more than 63 characters".into());
    }
    let allowed = |c: char| {
        if legacy {
            c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
        } else {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-')
        }
    };
    let edge = |c: Option<char>| {
        c.is_some_and(|c| if legacy { c.is_ascii_alphanumeric() } else { c.is_ascii_lowercase() || c.is_ascii_digit() })
    };
    if let Some(offset) = utf16_offset(name, |c, _| !allowed(c)) {
        errors.push(if legacy {
            "Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), underscore (_), and dash (-)".into()
        } else {
            format!("Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: {offset})")
        });
    }
    if !edge(name.chars().next()) {
        errors.push(if legacy {
            "Bucket name must start with an uppercase, lowercase character or number".into()
        } else {
            "Bucket name must start with a lowercase character or number (offset: 0)".into()
        });
    }
    if !edge(name.chars().last()) {
        errors.push(if legacy {
            "Bucket name must end with an uppercase, lowercase character or number".into()
        } else {
            format!("Bucket name must end with a lowercase character or number (offset: {})", length - 1)
        });
    }
    if let Some(offset) =
        utf16_offset(name, |c, next| matches!((c, next), ('.', Some('-')) | ('-', Some('.')) | ('.', Some('.'))))
    {
        errors.push(format!(
            "Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: {offset})"
        ));
    }
    if looks_like_ip(name) {
        errors.push("Bucket name must not resemble an IP address".into());
    }
    if errors.is_empty() {
        return Ok(());
    }
    Err(format!("Invalid S3 bucket name (value: {name})\n{}", errors.join("\n")))
}

/// The UTF-16 offset of the first character matching `test(char, next char)`.
fn utf16_offset(s: &str, test: impl Fn(char, Option<char>) -> bool) -> Option<usize> {
    let chars: Vec<char> = s.chars().collect();
    let mut offset = 0;
    for (i, c) in chars.iter().enumerate() {
        if test(*c, chars.get(i + 1).copied()) {
            return Some(offset);
        }
        offset += c.len_utf16();
    }
    None
}

/// `/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/`.
fn looks_like_ip(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4 && parts.iter().all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// True when a grant to `role` also goes to the resource's policy: CDK compares the principal's
/// account with the stack's, and only a role imported from a literal ARN has a known, different one.
fn cross_account(role: &Role) -> bool {
    role.imported && !is_unresolved(&role.arn)
}

/// `BucketGrants.grant`: bucket actions on the bucket and its objects, key actions on its key.
fn grant(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    bucket: &Bucket,
    bucket_actions: &[&str],
    key_actions: &[&str],
    objects_key_pattern: &str,
) -> Result<(), String> {
    let resources =
        vec![bucket.arn.clone(), concat(vec![bucket.arn.clone(), format!("/{objects_key_pattern}").into()])];
    add_to_principal_policy(ctx, policies, role, Statement::allow(bucket_actions, resources.clone()))?;
    let cross_account = cross_account(role);
    if cross_account {
        let statement = Statement::allow(bucket_actions, resources).with_principal("AWS", role.arn.clone());
        add_to_resource_policy(ctx, bucket, statement)?;
    }
    if let Some(key_arn) = &bucket.encryption_key_arn {
        add_to_principal_policy(ctx, policies, role, Statement::allow(key_actions, vec![key_arn.clone()]))?;
        if let (true, Some(state)) = (cross_account, &bucket.key_policy) {
            let mut state = state.borrow_mut();
            state.document.add(Statement::allow(key_actions, vec![json!("*")]).with_principal("AWS", role.arn.clone()));
            let document = state.document.render(ctx.flags.minimize_policies);
            if let Some(resource) = ctx.tree.resource_mut(state.resource_node) {
                resource.properties.insert("KeyPolicy".into(), document);
            }
        }
    }
    Ok(())
}

/// `bucket.grantReadWrite(role)`.
pub fn grant_read_write(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    bucket: &Bucket,
) -> Result<(), String> {
    let actions: Vec<&str> =
        BUCKET_READ_ACTIONS.iter().chain(BUCKET_DELETE_ACTIONS).chain(BUCKET_PUT_ACTIONS).copied().collect();
    grant(ctx, policies, role, bucket, &actions, KEY_READ_WRITE_ACTIONS, "*")
}

/// `bucket.grantRead(role, objectsKeyPattern)`.
pub fn grant_read(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    bucket: &Bucket,
    objects_key_pattern: Option<&str>,
) -> Result<(), String> {
    grant(ctx, policies, role, bucket, BUCKET_READ_ACTIONS, KEY_READ_ACTIONS, objects_key_pattern.unwrap_or("*"))
}

/// aws-cdk-lib 2.276.0's `custom-resource-handlers/dist/aws-s3/notifications-resource-handler/index.py`
/// with comment lines removed, as the handler embeds it.
const NOTIFICATIONS_HANDLER_SOURCE: &str = r#"import boto3  # type: ignore
import json
import logging
import urllib.request

s3 = boto3.client("s3")

EVENTBRIDGE_CONFIGURATION = 'EventBridgeConfiguration'
CONFIGURATION_TYPES = ["TopicConfigurations", "QueueConfigurations", "LambdaFunctionConfigurations"]

def handler(event: dict, context):
  response_status = "SUCCESS"
  error_message = ""
  try:
    props = event["ResourceProperties"]
    notification_configuration = props["NotificationConfiguration"]
    managed = props.get('Managed', 'true').lower() == 'true'
    skipDestinationValidation = props.get('SkipDestinationValidation', 'false').lower() == 'true'
    stack_id = event['StackId']
    old = event.get("OldResourceProperties", {}).get("NotificationConfiguration", {})
    if managed:
      config = handle_managed(event["RequestType"], notification_configuration)
    else:
      config = handle_unmanaged(props["BucketName"], stack_id, event["RequestType"], notification_configuration, old)
    s3.put_bucket_notification_configuration(Bucket=props["BucketName"], NotificationConfiguration=config, SkipDestinationValidation=skipDestinationValidation)
  except Exception as e:
    logging.exception("Failed to put bucket notification configuration")
    response_status = "FAILED"
    error_message = f"Error: {str(e)}. "
  finally:
    submit_response(event, context, response_status, error_message)

def handle_managed(request_type, notification_configuration):
  if request_type == 'Delete':
    return {}
  return notification_configuration

def handle_unmanaged(bucket, stack_id, request_type, notification_configuration, old):
  def get_id(n):
    n['Id'] = ''
    sorted_notifications = sort_filter_rules(n)
    strToHash=json.dumps(sorted_notifications, sort_keys=True).replace('"Name": "prefix"', '"Name": "Prefix"').replace('"Name": "suffix"', '"Name": "Suffix"')
    return f"{stack_id}-{hash(strToHash)}"
  def with_id(n):
    n['Id'] = get_id(n)
    return n

  external_notifications = {}
  existing_notifications = s3.get_bucket_notification_configuration(Bucket=bucket)
  for t in CONFIGURATION_TYPES:
    if request_type == 'Update':
        old_incoming_ids = [get_id(n) for n in old.get(t, [])]
        external_notifications[t] = [n for n in existing_notifications.get(t, []) if not get_id(n) in old_incoming_ids]      
    elif request_type == 'Delete':
        external_notifications[t] = [n for n in existing_notifications.get(t, []) if not n['Id'].startswith(f"{stack_id}-")]
    elif request_type == 'Create':
        external_notifications[t] = [n for n in existing_notifications.get(t, [])]
  if EVENTBRIDGE_CONFIGURATION in existing_notifications:
    external_notifications[EVENTBRIDGE_CONFIGURATION] = existing_notifications[EVENTBRIDGE_CONFIGURATION]

  if request_type == 'Delete':
    return external_notifications

  notifications = {}
  for t in CONFIGURATION_TYPES:
    external = external_notifications.get(t, [])
    incoming = [with_id(n) for n in notification_configuration.get(t, [])]
    notifications[t] = external + incoming

  if EVENTBRIDGE_CONFIGURATION in notification_configuration:
    notifications[EVENTBRIDGE_CONFIGURATION] = notification_configuration[EVENTBRIDGE_CONFIGURATION]
  elif EVENTBRIDGE_CONFIGURATION in external_notifications:
    notifications[EVENTBRIDGE_CONFIGURATION] = external_notifications[EVENTBRIDGE_CONFIGURATION]

  return notifications

def submit_response(event: dict, context, response_status: str, error_message: str):
  response_body = json.dumps(
    {
      "Status": response_status,
      "Reason": f"{error_message}See the details in CloudWatch Log Stream: {context.log_stream_name}",
      "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"],
      "StackId": event["StackId"],
      "RequestId": event["RequestId"],
      "LogicalResourceId": event["LogicalResourceId"],
      "NoEcho": False,
    }
  ).encode("utf-8")
  headers = {"content-type": "", "content-length": str(len(response_body))}
  try:
    req = urllib.request.Request(url=event["ResponseURL"], headers=headers, data=response_body, method="PUT")
    with urllib.request.urlopen(req) as response:
      print(response.read().decode("utf-8"))
    print("Status code: " + response.reason)
  except Exception as e:
      print("send(..) failed executing request.urlopen(..): " + str(e))

def sort_filter_rules(json_obj):
  if not isinstance(json_obj, dict):
      return json_obj
  for key, value in json_obj.items():
      if isinstance(value, dict):
          json_obj[key] = sort_filter_rules(value)
      elif isinstance(value, list):
          json_obj[key] = [sort_filter_rules(item) for item in value]
  if "Filter" in json_obj and "Key" in json_obj["Filter"] and "FilterRules" in json_obj["Filter"]["Key"]:
      filter_rules = json_obj["Filter"]["Key"]["FilterRules"]
      sorted_filter_rules = sorted(filter_rules, key=lambda x: x["Name"])
      json_obj["Filter"]["Key"]["FilterRules"] = sorted_filter_rules
  return json_obj"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::flags::FeatureFlags;
    use crate::pattern::iam::{create_service_role, import_role, render_policies};
    use crate::props::bucket::read_bucket_props;
    use crate::props::reader::Problems;
    use md5::{Digest, Md5};

    /// What the construct does with the output bucket: build it, grant the job role read/write,
    /// then grant read on the script location `s3://fakelocation/fakefile.py`.
    fn run(input: &Value) -> Result<Map<String, Value>, String> {
        let mut flags = FeatureFlags::default();
        if input.get("minimize") == Some(&json!(false)) {
            flags.minimize_policies = false;
        }
        let mut ctx = Context::new(flags, "Stack");
        let scope = ctx.add(Tree::STACK, "Id")?;
        let mut policies = Policies::default();
        let mut role = match input.get("role").and_then(Value::as_str) {
            Some(arn) => import_role(&mut ctx, scope, "JobRole", &json!(arn))?,
            None => create_service_role(&mut ctx, scope, "JobRole", "glue.amazonaws.com", "Glue job role")?,
        };
        let props = match input.get("props").filter(|p| !p.is_null()) {
            Some(p) => {
                let mut problems = Problems::default();
                let props = read_bucket_props(p, "/outputDataStore/outputBucketProps", &mut problems);
                assert_eq!(problems.diagnostics, vec![]);
                props
            }
            None => None,
        };
        let built = build_s3_bucket(&mut ctx, &mut policies, scope, props.as_ref())?;
        grant_read_write(&mut ctx, &mut policies, &mut role, &built.bucket)?;
        ctx.add(scope, "ScriptLocation")?;
        let script =
            bucket_from_arn(&concat(vec!["arn:".into(), partition(), ":s3:::fakelocation/fakefile.py".into()]))?;
        grant_read(&mut ctx, &mut policies, &mut role, &script, None)?;
        render_policies(&mut ctx, &policies);
        render_bucket_policies(&mut ctx);
        Ok(std::mem::take(&mut ctx.tree).into_resources())
    }

    fn in_family(logical_id: &str) -> bool {
        ["S3", "JobRoleDefaultPolicy", "JobRolePolicy", "BucketNotificationsHandler"]
            .iter()
            .any(|p| logical_id.contains(p))
    }

    fn without_zip_file(mut resource: Value) -> Value {
        if let Some(code) = resource.pointer_mut("/Properties/Code").and_then(Value::as_object_mut) {
            if let Some(Value::String(source)) = code.get("ZipFile") {
                let digest: String = Md5::digest(source.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
                assert_eq!(digest, REAL_ZIPFILE_MD5);
                code.insert("ZipFile".into(), json!("<ZipFile>"));
            }
        }
        resource
    }

    #[test]
    fn matches_real_runs() {
        let parse = |s: &str| serde_json::from_str::<Value>(s).unwrap_or(Value::Null);
        let defaults = parse(REAL_RUNS[0].2);
        let mut failures = Vec::new();
        let mut compared = 0;
        for (name, input, expected) in REAL_RUNS {
            let expected = parse(expected);
            let actual = run(&parse(input));
            if let Some(message) = expected.get("error") {
                if actual.as_ref().err().map(|e| json!(e)).as_ref() != Some(message) {
                    failures.push(format!("{name}: expected error {message}, got {actual:?}"));
                }
                compared += 1;
                continue;
            }
            let resources = match actual {
                Ok(resources) => resources,
                Err(e) => {
                    failures.push(format!("{name}: unexpected error {e}"));
                    continue;
                }
            };
            let order: Vec<&String> = resources.keys().filter(|k| in_family(k)).collect();
            let expected_order: Vec<String> = expected["order"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|v| v.as_str().map(String::from))
                .collect();
            if order.iter().map(|s| s.as_str()).ne(expected_order.iter().map(String::as_str)) {
                failures.push(format!("{name}: order {order:?}, expected {expected_order:?}"));
                continue;
            }
            for id in &expected_order {
                let want =
                    expected["changed"].get(id).or_else(|| defaults["changed"].get(id)).cloned().unwrap_or(Value::Null);
                let got = resources.get(id).cloned().map(without_zip_file).unwrap_or(Value::Null);
                if got != want {
                    failures.push(format!("{name}/{id}:\n got  {got}\n want {want}"));
                }
                compared += 1;
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert_eq!(compared, 245);
    }

    #[test]
    fn the_embedded_handler_is_the_real_one() {
        let digest: String =
            Md5::digest(NOTIFICATIONS_HANDLER_SOURCE.as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(digest, REAL_ZIPFILE_MD5);
    }

    #[test]
    fn script_bucket_names_follow_legacy_rules() {
        // Messages from the real construct for these script locations.
        let arn = |rest: &str| concat(vec!["arn:".into(), partition(), format!(":s3:::{rest}").into()]);
        let error = |rest: &str| bucket_from_arn(&arn(rest)).err();
        assert_eq!(
            error("ab/x.py").as_deref(),
            Some("Invalid S3 bucket name (value: ab)\nBucket name must be at least 3 and no more than 63 characters")
        );
        assert_eq!(
            error("-Bad_Bucket../x.py").as_deref(),
            Some("Invalid S3 bucket name (value: -Bad_Bucket..)\nBucket name must start with an uppercase, lowercase character or number\nBucket name must end with an uppercase, lowercase character or number\nBucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: 11)")
        );
        assert_eq!(
            error("1.2.3.4/k").as_deref(),
            Some("Invalid S3 bucket name (value: 1.2.3.4)\nBucket name must not resemble an IP address")
        );
        let bucket = bucket_from_arn(&arn("My_Bucket/x.py")).map(|b| b.name);
        assert_eq!(bucket, Ok(json!("My_Bucket")));
    }

    #[test]
    fn token_arns_keep_a_token_name() {
        let arn = json!({"Fn::GetAtt": ["Bucket", "Arn"]});
        let name = bucket_from_arn(&arn).map(|b| b.name);
        assert_eq!(
            name,
            Ok(
                json!({"Fn::Select": [0, {"Fn::Split": ["/", {"Fn::Select": [5, {"Fn::Split": [":", {"Fn::GetAtt": ["Bucket", "Arn"]}]}]}]}]})
            )
        );
        assert_eq!(
            bucket_from_arn(&json!("s3-bucket")).err().as_deref(),
            Some("ARNs must start with \"arn:\" and have at least 6 components: s3-bucket")
        );
    }

    #[test]
    fn existing_buckets_with_a_key_grant_the_key() -> Result<(), String> {
        let mut ctx = Context::new(FeatureFlags::default(), "Stack");
        let mut policies = Policies::default();
        let scope = ctx.add(Tree::STACK, "Id")?;
        let mut role = create_service_role(&mut ctx, scope, "JobRole", "glue.amazonaws.com", "d")?;
        let bucket = existing_bucket(&BucketRef {
            bucket_arn: json!("arn:aws:s3:::b"),
            bucket_name: json!("b"),
            encryption_key_arn: Some(json!("arn:aws:kms:us-east-1:123456789012:key/abc")),
            construct_path: None,
        });
        assert_eq!(grant_read(&mut ctx, &mut policies, &mut role, &bucket, None), Ok(()));
        render_policies(&mut ctx, &policies);
        let resources = std::mem::take(&mut ctx.tree).into_resources();
        let statements = resources
            .get("IdJobRoleDefaultPolicy97B1C3E7")
            .and_then(|r| r.pointer("/Properties/PolicyDocument/Statement"));
        assert_eq!(
            statements,
            Some(&json!([
                {"Action": ["s3:GetBucket*", "s3:GetObject*", "s3:List*"], "Effect": "Allow", "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"]},
                {"Action": ["kms:Decrypt", "kms:DescribeKey"], "Effect": "Allow", "Resource": "arn:aws:kms:us-east-1:123456789012:key/abc"}
            ]))
        );
        Ok(())
    }

    /// Real runs of the construct (aws-cdk-lib 2.276.0, core 2.104.0, SetConsistentFeatureFlags):
    /// (case, engine input, expected: error message, or the S3 resources in template order with the
    /// ones that differ from the "default" case).
    const REAL_RUNS: &[(&str, &str, &str)] = &[
        (
            "default",
            r#"{}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdJobRoleDefaultPolicy97B1C3E7":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"IdJobRoleDefaultPolicy97B1C3E7","Roles":[{"Ref":"IdJobRoleDD46FA16"}]}},"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3LoggingBucketPolicyED78B6CC":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3LoggingBucket1592E8B6"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},"/*"]]}]},{"Action":"s3:PutObject","Condition":{"ArnLike":{"aws:SourceArn":{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]}},"StringEquals":{"aws:SourceAccount":{"Ref":"AWS::AccountId"}}},"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Resource":{"Fn::Join":["",[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},"/*"]]}}],"Version":"2012-10-17"}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}}}}"#,
        ),
        (
            "empty",
            r#"{"props":{}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{}}"#,
        ),
        (
            "unversioned",
            r#"{"props":{"versioned":false}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "versionedTrue",
            r#"{"props":{"versioned":true}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{}}"#,
        ),
        (
            "kms",
            r#"{"props":{"encryption":"KMS"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketKey4E826B31","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdJobRoleDefaultPolicy97B1C3E7":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey*","kms:ReEncrypt*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]}},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"IdJobRoleDefaultPolicy97B1C3E7","Roles":[{"Ref":"IdJobRoleDD46FA16"}]}},"IdS3BucketKey4E826B31":{"Type":"AWS::KMS::Key","Properties":{"Description":"Created by Stack/Id/S3Bucket","EnableKeyRotation":true,"KeyPolicy":{"Statement":[{"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"}],"Version":"2012-10-17"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"KMSMasterKeyID":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]},"SSEAlgorithm":"aws:kms"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "kmsImported",
            r#"{"props":{"encryption":"KMS","bucketKeyEnabled":true,"encryptionKey":{"keyArn":"arn:aws:kms:us-east-1:123456789012:key/abc"}}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdJobRoleDefaultPolicy97B1C3E7":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey*","kms:ReEncrypt*"],"Effect":"Allow","Resource":"arn:aws:kms:us-east-1:123456789012:key/abc"},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"IdJobRoleDefaultPolicy97B1C3E7","Roles":[{"Ref":"IdJobRoleDD46FA16"}]}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"BucketKeyEnabled":true,"ServerSideEncryptionByDefault":{"KMSMasterKeyID":"arn:aws:kms:us-east-1:123456789012:key/abc","SSEAlgorithm":"aws:kms"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "kmsManaged",
            r#"{"props":{"encryption":"KMS_MANAGED","bucketKeyEnabled":false}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"BucketKeyEnabled":false,"ServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "dsse",
            r#"{"props":{"encryption":"DSSE"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketKey4E826B31","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdJobRoleDefaultPolicy97B1C3E7":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey*","kms:ReEncrypt*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]}},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"IdJobRoleDefaultPolicy97B1C3E7","Roles":[{"Ref":"IdJobRoleDD46FA16"}]}},"IdS3BucketKey4E826B31":{"Type":"AWS::KMS::Key","Properties":{"Description":"Created by Stack/Id/S3Bucket","KeyPolicy":{"Statement":[{"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"}],"Version":"2012-10-17"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"KMSMasterKeyID":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]},"SSEAlgorithm":"aws:kms:dsse"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "dsseManaged",
            r#"{"props":{"encryption":"DSSE_MANAGED"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms:dsse"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "unencrypted",
            r#"{"props":{"encryption":"UNENCRYPTED"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "s3ManagedBucketKey",
            r#"{"props":{"encryption":"S3_MANAGED","bucketKeyEnabled":true}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"BucketKeyEnabled":true,"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "errKeyDefault",
            r#"{"props":{"encryptionKey":{"keyArn":"arn:aws:kms:us-east-1:123456789012:key/abc"}}}"#,
            r#"{"error":"encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: S3_MANAGED)"}"#,
        ),
        (
            "errBucketKeyUnencrypted",
            r#"{"props":{"encryption":"UNENCRYPTED","bucketKeyEnabled":true}}"#,
            r#"{"error":"bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: UNENCRYPTED)"}"#,
        ),
        (
            "destroyAuto",
            r#"{"props":{"removalPolicy":"destroy","autoDeleteObjects":true}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7","IdS3BucketAutoDeleteObjectsCustomResource3C5B0096","CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"],"changed":{"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"Tags":[{"Key":"aws-cdk:auto-delete-objects","Value":"true"}],"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["s3:DeleteObject*","s3:GetBucket*","s3:List*","s3:PutBucketPolicy"],"Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]}},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}},"IdS3BucketAutoDeleteObjectsCustomResource3C5B0096":{"Type":"Custom::S3AutoDeleteObjects","Properties":{"ServiceToken":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"}},"DependsOn":["IdS3BucketPolicyCF6F98A7"],"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Version":"2012-10-17","Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]},"ManagedPolicyArns":[{"Fn::Sub":"arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}]}},"CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":{"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},"S3Key":"6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip"},"Timeout":900,"MemorySize":128,"Handler":"index.handler","Role":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]},"Runtime":"nodejs24.x","Description":{"Fn::Join":["",["Lambda function for auto-deleting objects in ",{"Ref":"IdS3BucketC85B317E"}," S3 bucket."]]}},"DependsOn":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092"]}}}"#,
        ),
        (
            "errAuto",
            r#"{"props":{"autoDeleteObjects":true}}"#,
            r#"{"error":"Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'."}"#,
        ),
        (
            "destroy",
            r#"{"props":{"removalPolicy":"destroy"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"}}}"#,
        ),
        (
            "snapshot",
            r#"{"props":{"removalPolicy":"snapshot"}}"#,
            r#"{"error":"AWS::S3::Bucket does not support snapshot removal policy"}"#,
        ),
        (
            "retainOnUpdate",
            r#"{"props":{"removalPolicy":"retain-on-update-or-delete"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"RetainExceptOnCreate","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"RetainExceptOnCreate"}}}"#,
        ),
        (
            "lifecycle",
            r#"{"props":{"lifecycleRules":[{"id":"r1","enabled":false,"prefix":"logs/","expiration":{"days":365},"abortIncompleteMultipartUploadAfter":{"days":7},"transitions":[{"storageClass":"INFREQUENT_ACCESS","transitionAfter":{"days":30}},{"storageClass":"GLACIER","transitionAfter":{"days":90}}],"noncurrentVersionExpiration":{"days":400},"noncurrentVersionsToRetain":3,"noncurrentVersionTransitions":[{"storageClass":"DEEP_ARCHIVE","transitionAfter":{"days":180},"noncurrentVersionsToRetain":2}],"tagFilters":{"a":"b","c":"d"},"objectSizeGreaterThan":10,"objectSizeLessThan":1000},{"expiredObjectDeleteMarker":true},{"transitions":[{"storageClass":"INTELLIGENT_TIERING","transitionAfter":{"hours":48}},{"storageClass":"GLACIER_IR","transitionAfter":{"days":1}},{"storageClass":"ONEZONE_IA","transitionAfter":{"days":1}}]}]}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":7},"ExpirationInDays":365,"Id":"r1","NoncurrentVersionExpiration":{"NewerNoncurrentVersions":3,"NoncurrentDays":400},"NoncurrentVersionTransitions":[{"NewerNoncurrentVersions":2,"StorageClass":"DEEP_ARCHIVE","TransitionInDays":180}],"ObjectSizeGreaterThan":10,"ObjectSizeLessThan":1000,"Prefix":"logs/","Status":"Disabled","TagFilters":[{"Key":"a","Value":"b"},{"Key":"c","Value":"d"}],"Transitions":[{"StorageClass":"STANDARD_IA","TransitionInDays":30},{"StorageClass":"GLACIER","TransitionInDays":90}]},{"ExpiredObjectDeleteMarker":true,"Status":"Enabled"},{"Status":"Enabled","Transitions":[{"StorageClass":"INTELLIGENT_TIERING","TransitionInDays":2},{"StorageClass":"GLACIER_IR","TransitionInDays":1},{"StorageClass":"ONEZONE_IA","TransitionInDays":1}]}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "lifecycleUnversioned",
            r#"{"props":{"versioned":false,"lifecycleRules":[{"expiration":{"days":1}}]}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"ExpirationInDays":1,"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "errLifecycleEmpty",
            r#"{"props":{"lifecycleRules":[{"id":"x"}]}}"#,
            r#"{"error":"Resolution error: Resolution error: Resolution error: All rules for `lifecycleRules` must have at least one of the following properties: `abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`..."}"#,
        ),
        (
            "errLifecycleMarker",
            r#"{"props":{"lifecycleRules":[{"expiredObjectDeleteMarker":true,"expiration":{"days":3}}]}}"#,
            r#"{"error":"Resolution error: Resolution error: Resolution error: ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters...."}"#,
        ),
        (
            "errTransition",
            r#"{"props":{"lifecycleRules":[{"transitions":[{"storageClass":"GLACIER"}]}]}}"#,
            r#"{"error":"Resolution error: Resolution error: Resolution error: Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition..."}"#,
        ),
        (
            "bucketName",
            r#"{"props":{"bucketName":"my-output-bucket"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"BucketName":"my-output-bucket","LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "bucketNameToken",
            r#"{"props":{"bucketName":{"Fn::Join":["-",["x",{"Ref":"AWS::AccountId"}]]}}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"BucketName":{"Fn::Join":["-",["x",{"Ref":"AWS::AccountId"}]]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "errName",
            r#"{"props":{"bucketName":"ab"}}"#,
            r#"{"error":"Invalid S3 bucket name (value: ab)\nBucket name must be at least 3 and no more than 63 characters"}"#,
        ),
        (
            "errName2",
            r#"{"props":{"bucketName":"Bad_Name..x-"}}"#,
            r#"{"error":"Invalid S3 bucket name (value: Bad_Name..x-)\nBucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: 0)\nBucket name must start with a lowercase character or number (offset: 0)\nBucket name must end with a lowercase character or number (offset: 11)\nBucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: 8)"}"#,
        ),
        (
            "errNameIp",
            r#"{"props":{"bucketName":"192.168.1.1"}}"#,
            r#"{"error":"Invalid S3 bucket name (value: 192.168.1.1)\nBucket name must not resemble an IP address"}"#,
        ),
        (
            "noSSL",
            r#"{"props":{"enforceSSL":false}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E"],"changed":{}}"#,
        ),
        (
            "tls",
            r#"{"props":{"minimumTLSVersion":1.2}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":"s3:*","Condition":{"NumericLessThan":{"s3:TlsVersion":1.2}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}}}}"#,
        ),
        (
            "errTls",
            r#"{"props":{"enforceSSL":false,"minimumTLSVersion":1.2}}"#,
            r#"{"error":"'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied"}"#,
        ),
        (
            "logPrefix",
            r#"{"props":{"serverAccessLogsPrefix":"logs/"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3LoggingBucketPolicyED78B6CC":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3LoggingBucket1592E8B6"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},"/*"]]}]},{"Action":"s3:PutObject","Condition":{"ArnLike":{"aws:SourceArn":{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]}},"StringEquals":{"aws:SourceAccount":{"Ref":"AWS::AccountId"}}},"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Resource":{"Fn::Join":["",[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},"/logs/*"]]}}],"Version":"2012-10-17"}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"},"LogFilePrefix":"logs/"},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "logBucketImported",
            r#"{"props":{"serverAccessLogsBucket":{"bucketArn":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::my-log-bucket"]]},"bucketName":"my-log-bucket"},"serverAccessLogsPrefix":"p/"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":"my-log-bucket","LogFilePrefix":"p/"},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "ownership",
            r#"{"props":{"objectOwnership":"BUCKET_OWNER_ENFORCED"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"OwnershipControls":{"Rules":[{"ObjectOwnership":"BucketOwnerEnforced"}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "ownershipWriter",
            r#"{"props":{"objectOwnership":"ObjectWriter"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"OwnershipControls":{"Rules":[{"ObjectOwnership":"ObjectWriter"}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "eventBridge",
            r#"{"props":{"eventBridgeEnabled":true}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7","IdS3BucketNotificationsHandlerPolicy62C71DAE","IdS3BucketNotifications7D073908","BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691"],"changed":{"IdS3BucketNotificationsHandlerPolicy62C71DAE":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":"s3:PutBucketNotification","Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"IdS3BucketNotificationsHandlerPolicy62C71DAE","Roles":[{"Ref":"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"}]}},"IdS3BucketNotifications7D073908":{"Type":"Custom::S3BucketNotifications","Properties":{"ServiceToken":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"},"NotificationConfiguration":{"EventBridgeConfiguration":{}},"Managed":true,"SkipDestinationValidation":false},"DependsOn":["IdS3BucketNotificationsHandlerPolicy62C71DAE","IdS3BucketPolicyCF6F98A7"]},"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"},"ManagedPolicyArns":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}]}},"BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691":{"Type":"AWS::Lambda::Function","Properties":{"Description":"AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)","Code":{"ZipFile":"<ZipFile>"},"Handler":"index.handler","Role":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","Arn"]},"Runtime":"python3.13","Timeout":300},"DependsOn":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"]}}}"#,
        ),
        (
            "accel",
            r#"{"props":{"transferAcceleration":true}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"AccelerateConfiguration":{"AccelerationStatus":"Enabled"},"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "bpaAcls",
            r#"{"props":{"blockPublicAccess":"BLOCK_ACLS"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{}}"#,
        ),
        (
            "bpaAclsOnly",
            r#"{"props":{"blockPublicAccess":"BLOCK_ACLS_ONLY"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":false,"IgnorePublicAcls":true,"RestrictPublicBuckets":false},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "bpaObj",
            r#"{"props":{"blockPublicAccess":{"blockPublicPolicy":true,"restrictPublicBuckets":false}}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":false},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "destroyAutoKms",
            r#"{"props":{"removalPolicy":"destroy","autoDeleteObjects":true,"encryption":"KMS","versioned":false,"enforceSSL":false}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketKey4E826B31","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7","IdS3BucketAutoDeleteObjectsCustomResource3C5B0096","CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"],"changed":{"IdJobRoleDefaultPolicy97B1C3E7":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey*","kms:ReEncrypt*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]}},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"IdJobRoleDefaultPolicy97B1C3E7","Roles":[{"Ref":"IdJobRoleDD46FA16"}]}},"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3BucketKey4E826B31":{"Type":"AWS::KMS::Key","Properties":{"Description":"Created by Stack/Id/S3Bucket","EnableKeyRotation":true,"KeyPolicy":{"Statement":[{"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"}],"Version":"2012-10-17"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"KMSMasterKeyID":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]},"SSEAlgorithm":"aws:kms"}}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"Tags":[{"Key":"aws-cdk:auto-delete-objects","Value":"true"}]},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":["s3:DeleteObject*","s3:GetBucket*","s3:List*","s3:PutBucketPolicy"],"Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]}},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}},"IdS3BucketAutoDeleteObjectsCustomResource3C5B0096":{"Type":"Custom::S3AutoDeleteObjects","Properties":{"ServiceToken":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"}},"DependsOn":["IdS3BucketPolicyCF6F98A7"],"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Version":"2012-10-17","Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]},"ManagedPolicyArns":[{"Fn::Sub":"arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}]}},"CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":{"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},"S3Key":"6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip"},"Timeout":900,"MemorySize":128,"Handler":"index.handler","Role":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]},"Runtime":"nodejs24.x","Description":{"Fn::Join":["",["Lambda function for auto-deleting objects in ",{"Ref":"IdS3BucketC85B317E"}," S3 bucket."]]}},"DependsOn":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092"]}}}"#,
        ),
        (
            "errHours",
            r#"{"props":{"lifecycleRules":[{"expiration":{"hours":36}}]}}"#,
            r#"{"error":"Resolution error: Resolution error: Resolution error: '36 hours' cannot be converted into a whole number of days...."}"#,
        ),
        (
            "abortHours",
            r#"{"props":{"lifecycleRules":[{"abortIncompleteMultipartUploadAfter":{"hours":48},"expiration":{"minutes":2880}}]}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"AbortIncompleteMultipartUpload":{"DaysAfterInitiation":2},"ExpirationInDays":2,"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "autoNoSSL",
            r#"{"props":{"removalPolicy":"destroy","autoDeleteObjects":true,"enforceSSL":false}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7","IdS3BucketAutoDeleteObjectsCustomResource3C5B0096","CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"],"changed":{"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"Tags":[{"Key":"aws-cdk:auto-delete-objects","Value":"true"}],"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":["s3:DeleteObject*","s3:GetBucket*","s3:List*","s3:PutBucketPolicy"],"Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]}},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}},"IdS3BucketAutoDeleteObjectsCustomResource3C5B0096":{"Type":"Custom::S3AutoDeleteObjects","Properties":{"ServiceToken":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"}},"DependsOn":["IdS3BucketPolicyCF6F98A7"],"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Version":"2012-10-17","Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]},"ManagedPolicyArns":[{"Fn::Sub":"arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}]}},"CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":{"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},"S3Key":"6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip"},"Timeout":900,"MemorySize":128,"Handler":"index.handler","Role":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]},"Runtime":"nodejs24.x","Description":{"Fn::Join":["",["Lambda function for auto-deleting objects in ",{"Ref":"IdS3BucketC85B317E"}," S3 bucket."]]}},"DependsOn":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092"]}}}"#,
        ),
        (
            "autoEvents",
            r#"{"props":{"removalPolicy":"destroy","autoDeleteObjects":true,"eventBridgeEnabled":true,"bucketName":"abc-def"}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7","IdS3BucketAutoDeleteObjectsCustomResource3C5B0096","IdS3BucketNotificationsHandlerPolicy62C71DAE","IdS3BucketNotifications7D073908","CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F","BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691"],"changed":{"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"BucketName":"abc-def","LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"Tags":[{"Key":"aws-cdk:auto-delete-objects","Value":"true"}],"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["s3:DeleteObject*","s3:GetBucket*","s3:List*","s3:PutBucketPolicy"],"Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]}},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}},"IdS3BucketAutoDeleteObjectsCustomResource3C5B0096":{"Type":"Custom::S3AutoDeleteObjects","Properties":{"ServiceToken":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"}},"DependsOn":["IdS3BucketPolicyCF6F98A7"],"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"IdS3BucketNotificationsHandlerPolicy62C71DAE":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":"s3:PutBucketNotification","Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"IdS3BucketNotificationsHandlerPolicy62C71DAE","Roles":[{"Ref":"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"}]}},"IdS3BucketNotifications7D073908":{"Type":"Custom::S3BucketNotifications","Properties":{"ServiceToken":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"},"NotificationConfiguration":{"EventBridgeConfiguration":{}},"Managed":true,"SkipDestinationValidation":false},"DependsOn":["IdS3BucketNotificationsHandlerPolicy62C71DAE","IdS3BucketPolicyCF6F98A7"]},"CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Version":"2012-10-17","Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]},"ManagedPolicyArns":[{"Fn::Sub":"arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}]}},"CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":{"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},"S3Key":"6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip"},"Timeout":900,"MemorySize":128,"Handler":"index.handler","Role":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]},"Runtime":"nodejs24.x","Description":{"Fn::Join":["",["Lambda function for auto-deleting objects in ",{"Ref":"IdS3BucketC85B317E"}," S3 bucket."]]}},"DependsOn":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092"]},"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"},"ManagedPolicyArns":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}]}},"BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691":{"Type":"AWS::Lambda::Function","Properties":{"Description":"AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)","Code":{"ZipFile":"<ZipFile>"},"Handler":"index.handler","Role":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","Arn"]},"Runtime":"python3.13","Timeout":300},"DependsOn":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"]}}}"#,
        ),
        (
            "eventsNoSSL",
            r#"{"props":{"eventBridgeEnabled":true,"enforceSSL":false}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketNotificationsHandlerPolicy62C71DAE","IdS3BucketNotifications7D073908","BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691"],"changed":{"IdS3BucketNotificationsHandlerPolicy62C71DAE":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":"s3:PutBucketNotification","Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"IdS3BucketNotificationsHandlerPolicy62C71DAE","Roles":[{"Ref":"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"}]}},"IdS3BucketNotifications7D073908":{"Type":"Custom::S3BucketNotifications","Properties":{"ServiceToken":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"},"NotificationConfiguration":{"EventBridgeConfiguration":{}},"Managed":true,"SkipDestinationValidation":false},"DependsOn":["IdS3BucketNotificationsHandlerPolicy62C71DAE"]},"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"},"ManagedPolicyArns":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}]}},"BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691":{"Type":"AWS::Lambda::Function","Properties":{"Description":"AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)","Code":{"ZipFile":"<ZipFile>"},"Handler":"index.handler","Role":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","Arn"]},"Runtime":"python3.13","Timeout":300},"DependsOn":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"]}}}"#,
        ),
        (
            "tlsAndPrefix",
            r#"{"props":{"minimumTLSVersion":1.3,"serverAccessLogsPrefix":"a/b","versioned":false,"objectOwnership":"BucketOwnerPreferred","transferAcceleration":false,"eventBridgeEnabled":false}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3LoggingBucketPolicyED78B6CC":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3LoggingBucket1592E8B6"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},"/*"]]}]},{"Action":"s3:PutObject","Condition":{"ArnLike":{"aws:SourceArn":{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]}},"StringEquals":{"aws:SourceAccount":{"Ref":"AWS::AccountId"}}},"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Resource":{"Fn::Join":["",[{"Fn::GetAtt":["IdS3LoggingBucket1592E8B6","Arn"]},"/a/b*"]]}}],"Version":"2012-10-17"}}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"},"LogFilePrefix":"a/b"},"OwnershipControls":{"Rules":[{"ObjectOwnership":"BucketOwnerPreferred"}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":"s3:*","Condition":{"NumericLessThan":{"s3:TlsVersion":1.3}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}}}}"#,
        ),
        (
            "errSnapshotAuto",
            r#"{"props":{"removalPolicy":"snapshot","autoDeleteObjects":true}}"#,
            r#"{"error":"AWS::S3::Bucket does not support snapshot removal policy"}"#,
        ),
        (
            "errKeyAndName",
            r#"{"props":{"encryptionKey":{"keyArn":"arn:aws:kms:us-east-1:123456789012:key/abc"},"bucketName":"ab"}}"#,
            r#"{"error":"encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: S3_MANAGED)"}"#,
        ),
        (
            "errTlsAuto",
            r#"{"props":{"enforceSSL":false,"minimumTLSVersion":1.2,"autoDeleteObjects":true}}"#,
            r#"{"error":"'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied"}"#,
        ),
        (
            "dsseKey",
            r#"{"props":{"encryption":"DSSE","encryptionKey":{"keyArn":{"Fn::GetAtt":["MyKey6AB29FA6","Arn"]}}}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdJobRoleDefaultPolicy97B1C3E7":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey*","kms:ReEncrypt*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["MyKey6AB29FA6","Arn"]}},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"IdJobRoleDefaultPolicy97B1C3E7","Roles":[{"Ref":"IdJobRoleDD46FA16"}]}},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"KMSMasterKeyID":{"Fn::GetAtt":["MyKey6AB29FA6","Arn"]},"SSEAlgorithm":"aws:kms:dsse"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
        (
            "crossAccountKms",
            r#"{"props":{"encryption":"KMS"},"role":"arn:aws:iam::123456789012:role/MyRole"}"#,
            r#"{"order":["IdJobRolePolicyStackIdJobRole74112125FA2E6E42","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketKey4E826B31","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdJobRolePolicyStackIdJobRole74112125FA2E6E42":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey*","kms:ReEncrypt*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]}},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"PolicyStackIdJobRole74112125","Roles":["MyRole"]}},"IdS3BucketKey4E826B31":{"Type":"AWS::KMS::Key","Properties":{"Description":"Created by Stack/Id/S3Bucket","EnableKeyRotation":true,"KeyPolicy":{"Statement":[{"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:GenerateDataKey*","kms:ReEncrypt*"],"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/MyRole"},"Resource":"*"}],"Version":"2012-10-17"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"KMSMasterKeyID":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]},"SSEAlgorithm":"aws:kms"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/MyRole"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}}}}"#,
        ),
        (
            "crossAccountNoSSL",
            r#"{"props":{"enforceSSL":false,"eventBridgeEnabled":true},"role":"arn:aws:iam::123456789012:role/MyRole"}"#,
            r#"{"order":["IdJobRolePolicyStackIdJobRole74112125FA2E6E42","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketC85B317E","IdS3BucketNotificationsHandlerPolicy62C71DAE","IdS3BucketNotifications7D073908","IdS3BucketPolicyCF6F98A7","BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691"],"changed":{"IdJobRolePolicyStackIdJobRole74112125FA2E6E42":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["s3:GetBucket*","s3:GetObject*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"PolicyStackIdJobRole74112125","Roles":["MyRole"]}},"IdS3BucketNotificationsHandlerPolicy62C71DAE":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":"s3:PutBucketNotification","Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]}}],"Version":"2012-10-17"},"PolicyName":"IdS3BucketNotificationsHandlerPolicy62C71DAE","Roles":[{"Ref":"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"}]}},"IdS3BucketNotifications7D073908":{"Type":"Custom::S3BucketNotifications","Properties":{"ServiceToken":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"},"NotificationConfiguration":{"EventBridgeConfiguration":{}},"Managed":true,"SkipDestinationValidation":false},"DependsOn":["IdS3BucketNotificationsHandlerPolicy62C71DAE","IdS3BucketPolicyCF6F98A7"]},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":["s3:Abort*","s3:DeleteObject*","s3:GetBucket*","s3:GetObject*","s3:List*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging"],"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/MyRole"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}},"BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"},"ManagedPolicyArns":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}]}},"BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691":{"Type":"AWS::Lambda::Function","Properties":{"Description":"AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)","Code":{"ZipFile":"<ZipFile>"},"Handler":"index.handler","Role":{"Fn::GetAtt":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC","Arn"]},"Runtime":"python3.13","Timeout":300},"DependsOn":["BucketNotificationsHandler050a0587b7544547bf325f094a3db834RoleB6FB88EC"]}}}"#,
        ),
        (
            "noMinimize",
            r#"{"props":{"encryption":"KMS","removalPolicy":"destroy","autoDeleteObjects":true,"minimumTLSVersion":1.2},"role":"arn:aws:iam::123456789012:role/MyRole","minimize":false}"#,
            r#"{"order":["IdJobRolePolicyStackIdJobRole74112125FA2E6E42","IdS3LoggingBucket1592E8B6","IdS3LoggingBucketPolicyED78B6CC","IdS3BucketKey4E826B31","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7","IdS3BucketAutoDeleteObjectsCustomResource3C5B0096","CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"],"changed":{"IdJobRolePolicyStackIdJobRole74112125FA2E6E42":{"Type":"AWS::IAM::Policy","Properties":{"PolicyDocument":{"Statement":[{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*","s3:DeleteObject*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging","s3:Abort*"],"Effect":"Allow","Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:ReEncrypt*","kms:GenerateDataKey*"],"Effect":"Allow","Resource":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]}},{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*"],"Effect":"Allow","Resource":[{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py"]]},{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":s3:::fakelocation/fakefile.py/*"]]}]}],"Version":"2012-10-17"},"PolicyName":"PolicyStackIdJobRole74112125","Roles":["MyRole"]}},"IdS3LoggingBucket1592E8B6":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete","Metadata":{"cfn_nag":{"rules_to_suppress":[{"id":"W35","reason":"This S3 bucket is used as the access logging bucket for another bucket"}]}}},"IdS3BucketKey4E826B31":{"Type":"AWS::KMS::Key","Properties":{"Description":"Created by Stack/Id/S3Bucket","EnableKeyRotation":true,"KeyPolicy":{"Statement":[{"Action":"kms:*","Effect":"Allow","Principal":{"AWS":{"Fn::Join":["",["arn:",{"Ref":"AWS::Partition"},":iam::",{"Ref":"AWS::AccountId"},":root"]]}},"Resource":"*"},{"Action":["kms:Decrypt","kms:DescribeKey","kms:Encrypt","kms:ReEncrypt*","kms:GenerateDataKey*"],"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/MyRole"},"Resource":"*"}],"Version":"2012-10-17"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"},"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"KMSMasterKeyID":{"Fn::GetAtt":["IdS3BucketKey4E826B31","Arn"]},"SSEAlgorithm":"aws:kms"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":{"Ref":"IdS3LoggingBucket1592E8B6"}},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"Tags":[{"Key":"aws-cdk:auto-delete-objects","Value":"true"}],"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"IdS3BucketPolicyCF6F98A7":{"Type":"AWS::S3::BucketPolicy","Properties":{"Bucket":{"Ref":"IdS3BucketC85B317E"},"PolicyDocument":{"Statement":[{"Action":"s3:*","Condition":{"Bool":{"aws:SecureTransport":"false"}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":"s3:*","Condition":{"NumericLessThan":{"s3:TlsVersion":1.2}},"Effect":"Deny","Principal":{"AWS":"*"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["s3:PutBucketPolicy","s3:GetBucket*","s3:List*","s3:DeleteObject*"],"Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]}},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]},{"Action":["s3:GetObject*","s3:GetBucket*","s3:List*","s3:DeleteObject*","s3:PutObject","s3:PutObjectLegalHold","s3:PutObjectRetention","s3:PutObjectTagging","s3:PutObjectVersionTagging","s3:Abort*"],"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/MyRole"},"Resource":[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},{"Fn::Join":["",[{"Fn::GetAtt":["IdS3BucketC85B317E","Arn"]},"/*"]]}]}],"Version":"2012-10-17"}}},"IdS3BucketAutoDeleteObjectsCustomResource3C5B0096":{"Type":"Custom::S3AutoDeleteObjects","Properties":{"ServiceToken":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F","Arn"]},"BucketName":{"Ref":"IdS3BucketC85B317E"}},"DependsOn":["IdS3BucketPolicyCF6F98A7"],"UpdateReplacePolicy":"Delete","DeletionPolicy":"Delete"},"CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Version":"2012-10-17","Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}]},"ManagedPolicyArns":[{"Fn::Sub":"arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}]}},"CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F":{"Type":"AWS::Lambda::Function","Properties":{"Code":{"S3Bucket":{"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"},"S3Key":"6dba3da2af96b69a187d689b326e5272b9abc8671c0427845a8bed243e02877d.zip"},"Timeout":900,"MemorySize":128,"Handler":"index.handler","Role":{"Fn::GetAtt":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092","Arn"]},"Runtime":"nodejs24.x","Description":{"Fn::Join":["",["Lambda function for auto-deleting objects in ",{"Ref":"IdS3BucketC85B317E"}," S3 bucket."]]}},"DependsOn":["CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092"]}}}"#,
        ),
        (
            "logBucketKms",
            r#"{"props":{"serverAccessLogsBucket":{"bucketArn":"arn:aws:s3:::logs-bucket","bucketName":"logs-bucket","encryptionKeyArn":"arn:aws:kms:us-east-1:123456789012:key/abc"}}}"#,
            r#"{"order":["IdJobRoleDefaultPolicy97B1C3E7","IdS3BucketC85B317E","IdS3BucketPolicyCF6F98A7"],"changed":{"IdS3BucketC85B317E":{"Type":"AWS::S3::Bucket","Properties":{"BucketEncryption":{"ServerSideEncryptionConfiguration":[{"ServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]},"LifecycleConfiguration":{"Rules":[{"NoncurrentVersionTransitions":[{"StorageClass":"GLACIER","TransitionInDays":90}],"Status":"Enabled"}]},"LoggingConfiguration":{"DestinationBucketName":"logs-bucket"},"PublicAccessBlockConfiguration":{"BlockPublicAcls":true,"BlockPublicPolicy":true,"IgnorePublicAcls":true,"RestrictPublicBuckets":true},"VersioningConfiguration":{"Status":"Enabled"}},"UpdateReplacePolicy":"Retain","DeletionPolicy":"Retain"}}}"#,
        ),
    ];
    /// md5 of the handler source in the real template.
    const REAL_ZIPFILE_MD5: &str = "e6f5d226ac393556f036c50112ad96ed";
}
