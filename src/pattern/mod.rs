//! The construct itself: `new KinesisstreamsToGluejob(scope, id, props)`, one module per
//! resource family, orchestrated here in the order the construct runs.

pub mod alarms;
pub mod checks;
pub mod construction;
pub mod context;
pub mod fixes;
pub mod glue;
pub mod iam;
pub mod kms;
pub mod problems;
pub mod s3;
pub mod stream;
pub mod tags;
pub mod warnings;

use crate::ir::{json, Map, Value};
use serde::Serialize;

use crate::diagnostics::codes;
use crate::error::SynthError;
use crate::js::is_truthy;
use crate::model::iam::Statement;
use crate::model::intrinsics::{account_id, concat, partition, region};
use crate::model::tree::NodeId;
use crate::props::bucket::BucketRef;
use crate::props::{AssetRef, GlueJobRef, Props};
use construction::{made_at, user_value, Step};
use context::Context;
use iam::{Policies, Role};
use problems::{Placement, Problems};

/// The construct id of the Glue job's role (created or imported) under the construct.
pub const JOB_ROLE_ID: &str = "JobRole";

/// The construct's public properties, as CloudFormation references.
#[derive(Debug, Clone)]
pub struct PatternProperties {
    pub kinesis_stream: StreamProperties,
    pub glue_job: Value,
    pub glue_job_role: Value,
    pub database: Value,
    pub table: Value,
    pub output_bucket: Option<Vec<BucketProperties>>,
    pub cloudwatch_alarms: Option<Vec<Value>>,
}

#[derive(Debug, Clone)]
pub struct StreamProperties {
    pub stream_arn: Value,
    pub stream_name: Value,
}

#[derive(Debug, Clone)]
pub struct BucketProperties {
    pub bucket_arn: Value,
    pub bucket_name: Value,
}

impl PatternProperties {
    /// The properties as `synth()` hands them back, with the construct's property names; the
    /// buckets and alarms only when there are any.
    pub fn to_value(&self) -> Value {
        let stream = &self.kinesis_stream;
        let mut out = Map::with_capacity(7);
        out.insert(
            "kinesisStream".into(),
            json!({ "streamArn": stream.stream_arn.clone(), "streamName": stream.stream_name.clone() }),
        );
        out.insert("glueJob".into(), self.glue_job.clone());
        out.insert("glueJobRole".into(), self.glue_job_role.clone());
        out.insert("database".into(), self.database.clone());
        out.insert("table".into(), self.table.clone());
        if let Some(buckets) = &self.output_bucket {
            let buckets = buckets
                .iter()
                .map(|b| json!({ "bucketArn": b.bucket_arn.clone(), "bucketName": b.bucket_name.clone() }));
            out.insert("outputBucket".into(), Value::Array(buckets.collect()));
        }
        if let Some(alarms) = &self.cloudwatch_alarms {
            out.insert("cloudwatchAlarms".into(), Value::Array(alarms.clone()));
        }
        Value::Object(out)
    }
}

/// Serialized as `to_value` writes it (one definition of the names for serde and the engine's
/// writer).
impl Serialize for PatternProperties {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_value().serialize(serializer)
    }
}

fn construct_error(e: String) -> SynthError {
    SynthError::at("", codes::CONSTRUCT, e)
}

/// Existing objects defined in the same stack come before the construct in the tree, so
/// resources the construct adds under them come first in the template.
pub fn place_existing_objects(ctx: &mut Context, props: &Props) -> Result<(), SynthError> {
    let store = props.output_data_store.as_ref();
    let references = [
        store.and_then(|s| s.existing_bucket.as_ref()),
        store.and_then(|s| s.bucket_props.as_ref()).and_then(|b| b.server_access_logs_bucket.as_ref()),
    ];
    for path in references.into_iter().flatten().filter_map(|r| r.construct_path.as_deref()) {
        ctx.tree.ensure_path(context_root(), &s3::split_construct_path(path)).map_err(construct_error)?;
    }
    Ok(())
}

fn context_root() -> NodeId {
    crate::model::tree::Tree::STACK
}

/// Stands in for a part whose construction failed, so that independent checks after it still run;
/// a build with a problem returns no output.
#[cold]
#[inline(never)]
fn unbuilt(what: &str) -> Value {
    Value::from(format!("unbuilt-{what}"))
}

/// Builds the pattern under `parent` with construct id `id`. The error's message is the first
/// one the construct throws; its diagnostics list every independent problem. Values the template
/// takes as they are move out of `props`.
pub fn build(ctx: &mut Context, parent: NodeId, id: &str, props: &mut Props) -> Result<PatternProperties, SynthError> {
    // aws-cdk-lib refuses this as the app makes the props, before the construct runs.
    let bucket_props = props.output_data_store.as_ref().and_then(|store| store.bucket_props.as_ref());
    if let Some(retention) = bucket_props.and_then(|b| b.object_lock_default_retention.as_ref()) {
        retention.days().map_err(|message| {
            SynthError::at("/outputDataStore/outputBucketProps/objectLockDefaultRetention", codes::BUCKET, message)
        })?;
    }
    let mut problems = Problems::default();
    let outcome = build_recording(ctx, parent, id, props, &mut problems);
    problems.finish(outcome)
}

/// The construct in order; a failing step that later steps do not need is recorded and passed.
fn build_recording(
    ctx: &mut Context,
    parent: NodeId,
    id: &str,
    props: &mut Props,
    problems: &mut Problems,
) -> Result<PatternProperties, SynthError> {
    let scope = ctx.add(parent, id.to_string()).map_err(construct_error)?;
    ctx.tree.set_kind(scope, "KinesisstreamsToGluejob");
    let self_at = ctx.step_path(scope);
    ctx.construction.push_with(|| Step::SetContext {
        at: self_at,
        key: crate::model::flags::SERVER_ACCESS_LOGS_USE_BUCKET_POLICY.into(),
        value: Value::Bool(true),
    });
    problems.check(checks::check_glue_props(props));
    problems.check(checks::check_stream_props(props));
    problems.check(checks::validate_job_prop_keys(props, ctx));

    let mut stream = problems
        .check(stream::build_stream(ctx, scope, props.existing_stream.as_ref(), props.stream_props.as_ref()))
        .unwrap_or_else(|| stream::Stream { arn: unbuilt("stream-arn"), name: unbuilt("stream"), key: None });

    // The construct creates these in its parent scope; fix `multipleInstances` moves them inside.
    let (shared_scope, shared_placement) =
        if ctx.fixes.multiple_instances { (scope, Placement::Inside) } else { (parent, Placement::Parent) };
    let (database_ref, catalog_id) = match &props.existing_database {
        Some(existing) => {
            ctx.construction.note_property("database", || user_value("/existingDatabase"));
            (existing.reference.clone(), existing.catalog_id.clone())
        }
        None => problems
            .check_placed(glue::create_database(ctx, shared_scope, props.database_props.as_ref()), shared_placement)
            .unwrap_or_else(|| (unbuilt("database"), account_id())),
    };
    let table_ref = match &props.existing_table {
        Some(existing) => {
            ctx.construction.note_property("table", || user_value("/existingTable"));
            existing.clone()
        }
        None => problems
            .check_placed(
                glue::create_table(
                    ctx,
                    shared_scope,
                    (&database_ref, &catalog_id),
                    props.table_props.as_ref(),
                    // The checks above have read it: the columns move into the table.
                    props.field_schema.take().unwrap_or_default(),
                    &stream.name,
                ),
                shared_placement,
            )
            .unwrap_or_else(|| unbuilt("table")),
    };

    let mut policies = Policies::default();
    let job = build_glue_job(ctx, &mut policies, scope, props, (&database_ref, &table_ref), problems)?;
    let mut role = job.role;

    // buildRolePolicy: in the parent scope, attached to the job's role.
    let statements = job_policy_statements(&job.reference, &database_ref, &table_ref, &stream.arn);
    let policy = iam::new_policy(ctx, &mut policies, shared_scope, &format!("{id}GlueJobPolicy"), statements)
        .map_err(construct_error)?;
    if let Some(entry) = policies.list.get(policy) {
        if let Some(resource) = ctx.tree.resource_mut(entry.resource_node) {
            resource.add_cfn_nag_suppressions(&[("W12", GLUE_JOB_POLICY_SUPPRESSION)]);
        }
        if ctx.construction.enabled {
            record_job_policy(ctx, entry.resource_node, role.node);
        }
    }
    iam::attach_inline_policy(&mut policies, policy, &role);

    let alarms_enabled = props.creates_alarms();
    let cloudwatch_alarms = if alarms_enabled {
        let dimension = ctx.fixes.alarm_stream_dimension.then_some(&stream.name);
        let ids = alarms::build_stream_alarms(ctx, scope, dimension).map_err(construct_error)?;
        Some(ids.into_iter().map(|id| json!({ "Ref": id })).collect())
    } else {
        None
    };
    if ctx.fixes.stream_key_decrypt {
        grant_stream_key_decrypt(ctx, &mut policies, &mut role, &mut stream, props)?;
    }

    let enabled_fixes = ctx.fixes;
    let blocked_by_default = ctx.flags.public_access_blocked_by_default;
    ctx.warn_with(|| warnings::security_warnings(props, blocked_by_default));
    ctx.warn_with(|| fixes::defect_warnings(props, &enabled_fixes, alarms_enabled));
    iam::render_policies(ctx, policies);
    s3::render_bucket_policies(ctx);
    Ok(PatternProperties {
        kinesis_stream: StreamProperties { stream_arn: stream.arn, stream_name: stream.name },
        glue_job: job.reference,
        glue_job_role: if ctx.keeps_result { role.arn.clone() } else { Value::Null },
        database: database_ref,
        table: table_ref,
        output_bucket: job.buckets,
        cloudwatch_alarms,
    })
}

// What only some syntheses run (a described construction, a fix, an existing job, an ETL code
// asset, a failed part) is kept out of line: V8 compiles a WebAssembly function whole the first
// time it runs, so code inlined into the pattern's body was compiled in every first synthesis
// (README, "What makes it fast", cold start).

/// The job policy's steps: its cfn_nag suppression and `role.attachInlinePolicy(policy)`.
#[inline(never)]
fn record_job_policy(ctx: &mut Context, policy_node: NodeId, role_node: NodeId) {
    let target = policy_construct(ctx, policy_node);
    let rules = json!([{ "id": "W12", "reason": GLUE_JOB_POLICY_SUPPRESSION }]);
    ctx.construction.push(Step::SuppressCfnNag { target: target.clone(), rules });
    let role_at = ctx.made_at(role_node);
    ctx.construction.push(Step::Call { target: role_at, method: "attachInlinePolicy", argument: target });
}

/// Fix `streamKeyDecrypt`: the job's role may decrypt with the stream's customer-managed key.
#[inline(never)]
fn grant_stream_key_decrypt(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    stream: &mut stream::Stream,
    props: &Props,
) -> Result<(), SynthError> {
    if let (Some(key), true) = (&stream.key, ctx.construction.enabled) {
        // `key.grantDecrypt(role)`: the stream's own key, or the caller's.
        let target = match ctx.construction.properties.get("kinesisStream").and_then(|s| s.get("$construct")) {
            Some(Value::String(at)) if key.created.is_some() => made_at(&format!("{at}/Key")),
            _ if props.existing_stream.is_some() => user_value("/existingStreamObj/encryptionKey"),
            _ => user_value("/kinesisStreamProps/encryptionKey"),
        };
        let argument = ctx.made_at(role.node);
        ctx.construction.push(Step::Call { target, method: "grantDecrypt", argument });
    }
    stream::grant_key_decrypt(ctx, policies, role, stream).map_err(construct_error)
}

/// The `Policy` construct holding a policy resource (its `Resource`'s parent).
fn policy_construct(ctx: &Context, resource_node: NodeId) -> Value {
    let path = ctx.step_path(resource_node);
    made_at(path.strip_suffix("/Resource").unwrap_or(&path))
}

const GLUE_JOB_POLICY_SUPPRESSION: &str = "Glue Security Configuration does not have an ARN, and the policy only allows reading the configuration.            CloudWatch metrics also do not have an ARN but adding a namespace condition to the policy to allow it to            publish metrics only for AWS Glue";

/// A role that cannot be imported: the construct's message, and what a role must be.
fn role_error(path: &str, role: &Value, message: String) -> SynthError {
    let got = match role.as_str() {
        Some(text) => crate::js::quote(text),
        None => crate::props::reader::describe(role).to_string(),
    };
    SynthError::explained(
        path,
        codes::ARN,
        message,
        format!("role must be the ARN of an IAM role, arn:<partition>:iam::<account>:role/<name> (or an intrinsic that resolves to one); got {got}"),
    )
}

/// A bucket error at the prop it is about, when the user gave that prop.
#[cold]
#[inline(never)]
fn bucket_error(user: Option<&crate::props::bucket::BucketProps>, message: String) -> SynthError {
    let base = "/outputDataStore/outputBucketProps";
    let given = |prop: &str| user.and_then(|u| u.source.get(prop)).is_some_and(|v| !v.is_null());
    match s3::prop_of_error(&message).filter(|prop| given(prop)) {
        Some(prop) => SynthError::at(&format!("{base}/{prop}"), codes::BUCKET, message),
        None => SynthError::at(base, codes::BUCKET, message),
    }
}

struct BuiltJob {
    reference: Value,
    role: Role,
    buckets: Option<Vec<BucketProperties>>,
}

fn glue_arn(tail: Vec<Value>) -> Value {
    let mut parts = vec!["arn:".into(), partition(), ":glue:".into(), region(), ":".into(), account_id()];
    parts.extend(tail);
    concat(parts)
}

fn job_policy_statements(job: &Value, database: &Value, table: &Value, stream_arn: &Value) -> Vec<Statement> {
    let get_table = Statement::allow(
        &["glue:GetTable"],
        vec![
            glue_arn(vec![":table/".into(), database.clone(), "/".into(), table.clone()]),
            glue_arn(vec![":database/".into(), database.clone()]),
            glue_arn(vec![":catalog".into()]),
        ],
    );
    let put_metrics = Statement::allow(&["cloudwatch:PutMetricData"], vec![json!("*")])
        .with_condition("StringEquals", "cloudwatch:namespace", json!("Glue"))
        .with_condition("Bool", "aws:SecureTransport", json!("true"));
    vec![
        Statement::allow(&["glue:GetJob"], vec![glue_arn(vec![":job/".into(), job.clone()])]),
        Statement::allow(&["glue:GetSecurityConfiguration"], vec![json!("*")]),
        get_table,
        put_metrics,
        Statement::allow(
            &[
                "kinesis:DescribeStream",
                "kinesis:DescribeStreamSummary",
                "kinesis:GetRecords",
                "kinesis:GetShardIterator",
                "kinesis:ListShards",
                "kinesis:SubscribeToShard",
            ],
            vec![stream_arn.clone()],
        ),
    ]
}

/// `existingGlueJob`: its role imported, nothing else made.
#[inline(never)]
fn existing_glue_job(ctx: &mut Context, scope: NodeId, existing: &GlueJobRef) -> Result<BuiltJob, SynthError> {
    let role = iam::import_role(ctx, scope, "ExistingRole", &existing.role, ctx.user_value("/existingGlueJob/role"))
        .map_err(|e| role_error("/existingGlueJob/role", &existing.role, e))?;
    ctx.construction.note_property("glueJob", || user_value("/existingGlueJob"));
    let role_at = ctx.made_at(role.node);
    ctx.construction.note_property("glueJobRole", || role_at);
    Ok(BuiltJob { reference: existing.reference.clone(), role, buckets: None })
}

/// core's `buildGlueJob`.
fn build_glue_job(
    ctx: &mut Context,
    policies: &mut Policies,
    scope: NodeId,
    props: &mut Props,
    (database, table): (&Value, &Value),
    problems: &mut Problems,
) -> Result<BuiltJob, SynthError> {
    if let Some(existing) = &props.existing_glue_job {
        return existing_glue_job(ctx, scope, existing);
    }
    // The checks have read it: the caller's map moves into the job.
    let user = match props.glue_job_props.take() {
        Some(Value::Object(map)) => map,
        _ => {
            return Err(SynthError::at(
                "/glueJobProps",
                codes::REQUIRED,
                "Either glueJobProps or existingCfnJob is required",
            ))
        }
    };
    problems.check(checks::check_capacity(&user));
    let user = checks::drop_unvalidated_keys(user, ctx);

    // deployGlueJob
    let security_configuration = match user.get("securityConfiguration") {
        Some(name) => name.clone(),
        None => glue::create_security_configuration(ctx, scope)?,
    };
    let log_policy = iam::new_policy(
        ctx,
        policies,
        scope,
        "LogPolicy",
        vec![Statement::allow(
            &["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
            vec![concat(vec![
                "arn:".into(),
                partition(),
                ":logs:".into(),
                region(),
                ":".into(),
                account_id(),
                ":log-group:/aws-glue/*".into(),
            ])],
        )],
    )
    .map_err(construct_error)?;
    // `typeof role === "string" ? role : role.roleArn`: a role given as an object (an `IRole`) is
    // imported by its ARN.
    let role_object_arn = props.glue_job_role_arn.take();
    let given_role = match &role_object_arn {
        Some(arn) => Some((arn, "/glueJobProps/role/roleArn")),
        None => user.get("role").filter(|r| is_truthy(r)).map(|arn| (arn, "/glueJobProps/role")),
    };
    let mut role = match given_role {
        Some((arn, at)) => {
            iam::import_role(ctx, scope, "JobRole", arn, ctx.user_value(at)).map_err(|e| role_error(at, arn, e))?
        }
        None => iam::create_service_role(
            ctx,
            scope,
            JOB_ROLE_ID,
            "glue.amazonaws.com",
            "Service role that Glue custom ETL jobs will assume for execution",
        )
        .map_err(construct_error)?,
    };
    iam::attach(policies, log_policy, &role);
    let role_at = ctx.made_at(role.node);
    if let Some(entry) = policies.list.get(log_policy) {
        let target = policy_construct(ctx, entry.resource_node);
        ctx.construction.push(Step::Call { target, method: "attachToRole", argument: role_at.clone() });
    }

    let store = props.output_data_store.as_ref();
    let is_s3 = store.is_some_and(|s| s.datastore_type.as_ref().and_then(Value::as_str) == Some("S3"));
    let built = match store {
        Some(store) if is_s3 => match &store.existing_bucket {
            Some(existing) => Some(s3::BuiltBucket { bucket: s3::existing_bucket(existing), logging_bucket: None }),
            None => problems.check(
                s3::build_s3_bucket(ctx, policies, scope, store.bucket_props.as_ref())
                    .map_err(|e| bucket_error(store.bucket_props.as_ref(), e)),
            ),
        },
        _ => Some(s3::build_s3_bucket(ctx, policies, scope, None).map_err(construct_error)?),
    };
    let built = built.unwrap_or_else(|| s3::BuiltBucket {
        bucket: s3::existing_bucket(&BucketRef {
            bucket_arn: unbuilt("bucket-arn"),
            bucket_name: unbuilt("bucket"),
            encryption_key_arn: None,
            construct_path: None,
        }),
        logging_bucket: None,
    });
    let bucket_at = match built.bucket.node {
        Some(node) => ctx.made_at(node),
        None => ctx.user_value("/outputDataStore/existingS3OutputBucket"),
    };
    ctx.construction.push(Step::Call {
        target: bucket_at.clone(),
        method: "grantReadWrite",
        argument: role_at.clone(),
    });
    s3::grant_read_write(ctx, policies, &mut role, &built.bucket).map_err(construct_error)?;

    let mut arguments = Map::new();
    arguments.insert("--enable-metrics".into(), json!(true));
    arguments.insert("--enable-continuous-cloudwatch-log".into(), json!(true));
    arguments.insert("--database_name".into(), database.clone());
    arguments.insert("--table_name".into(), table.clone());
    if store.is_none() || is_s3 {
        arguments.insert(
            "--output_path".into(),
            concat(vec!["s3a://".into(), built.bucket.name.clone(), "/output/".into()]),
        );
    }
    if let Some(Value::Object(user_arguments)) = user.get("defaultArguments") {
        for (key, value) in user_arguments {
            arguments.insert(key.clone(), value.clone());
        }
    }

    let mut user = user;
    if let Some(asset) = &props.etl_code_asset {
        write_asset_url(ctx, &mut user, asset);
    }
    let mut defaults = Value::Object(glue::default_job_props(&user, &role.arn, &security_configuration, arguments));
    let user = Value::Object(user);
    warnings::record_overrides(ctx, "/glueJobProps", &defaults, &user);
    // `undefined` defaults the user did not override are not properties.
    if let (Value::Object(defaults), Value::Object(user)) = (&mut defaults, &user) {
        defaults.retain(|key, value| !value.is_null() || user.contains_key(key));
    }
    let merged = match crate::model::merge::override_props(defaults, user) {
        Value::Object(map) => map,
        _ => Map::new(),
    };

    if let Some(asset) = &props.etl_code_asset {
        grant_asset_read(ctx, policies, &mut role, asset, &role_at)?;
    } else if let Some(script) = checks::job_command_script(&merged, ctx) {
        let path = "/glueJobProps/command/scriptLocation";
        if let Some(arn) =
            problems.check(checks::s3_arn_from_url(&script).map_err(|e| SynthError::at(path, codes::S3_URL, e)))
        {
            let node = ctx.add(scope, "ScriptLocation").map_err(construct_error)?;
            let bucket =
                problems.check(s3::bucket_from_arn(&arn).map_err(|e| SynthError::at(path, codes::BUCKET_NAME, e)));
            if let Some(bucket) = bucket {
                let at = ctx.step_path(node);
                ctx.construction.push_with(|| Step::ImportBucket { at: at.clone(), arn: arn.clone() });
                ctx.construction.push_with(|| Step::Call {
                    target: made_at(&at),
                    method: "grantRead",
                    argument: role_at.clone(),
                });
                s3::grant_read(ctx, policies, &mut role, &bucket, None).map_err(construct_error)?;
            }
        }
    }

    let reference =
        problems.check(glue::create_job(ctx, scope, merged, role_object_arn)).unwrap_or_else(|| unbuilt("job"));
    ctx.construction.note_property("glueJobRole", || role_at);
    let buckets = ctx.keeps_result.then(|| {
        let made = std::iter::once(&built.bucket).chain(&built.logging_bucket);
        made.map(|b| BucketProperties { bucket_arn: b.arn.clone(), bucket_name: b.name.clone() }).collect()
    });
    let mut buckets_made = vec![bucket_at];
    if let Some(logging) = &built.logging_bucket {
        buckets_made.push(match logging.node {
            Some(node) => ctx.made_at(node),
            None => ctx.user_value("/outputDataStore/outputBucketProps/serverAccessLogsBucket"),
        });
    }
    ctx.construction.note_property("outputBucket", || Value::Array(buckets_made));
    Ok(BuiltJob { reference, role, buckets })
}

/// The construct writes the asset's URL into the caller's command object (core's
/// DefaultGlueJobProps): the caller's props hold it afterwards, as a later construct given the
/// same props sees.
#[inline(never)]
fn write_asset_url(ctx: &mut Context, user: &mut Map, asset: &AssetRef) {
    if let Some(Value::Object(command)) = user.get_mut("command") {
        command.insert("scriptLocation".into(), asset.s3_object_url.clone());
        ctx.construction.push_with(|| Step::Assign {
            target: user_value("/glueJobProps/command"),
            key: "scriptLocation",
            value: user_value("/etlCodeAsset/s3ObjectUrl"),
        });
    }
}

/// `asset.grantRead(role)` for the ETL code asset's bucket.
#[inline(never)]
fn grant_asset_read(
    ctx: &mut Context,
    policies: &mut Policies,
    role: &mut Role,
    asset: &AssetRef,
    role_at: &Value,
) -> Result<(), SynthError> {
    let bucket = s3::existing_bucket(&BucketRef {
        bucket_arn: asset.bucket_arn.clone(),
        bucket_name: asset.bucket_name.clone(),
        encryption_key_arn: None,
        construct_path: None,
    });
    ctx.construction.push_with(|| Step::Call {
        target: user_value("/etlCodeAsset"),
        method: "grantRead",
        argument: role_at.clone(),
    });
    s3::grant_read(ctx, policies, role, &bucket, None).map_err(construct_error)
}
