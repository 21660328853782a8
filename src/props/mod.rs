//! User props: the serializable mirror of `KinesisstreamsToGluejobProps`, read with JSON-pointer
//! diagnostics. L1 props (glueJobProps, tableProps, databaseProps, fieldSchema) stay raw JSON here:
//! the construct merges them with its defaults before CloudFormation conversion checks them.

pub mod bucket;
pub mod options;
pub mod reader;
pub mod schema;
#[cfg(test)]
mod schema_tests;
pub mod stream;

use crate::ir::{Map, Value};

use reader::{array_values, string_like, ObjectReader, Problems};
use schema::Reference;

/// Any `IKey`, by ARN.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyRef {
    pub key_arn: Value,
}

/// An existing `glue.CfnJob`.
#[derive(Debug, Clone, PartialEq)]
pub struct GlueJobRef {
    pub reference: Value,
    pub role: Value,
}

/// An existing `glue.CfnDatabase`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatabaseRef {
    pub reference: Value,
    pub catalog_id: Value,
}

/// An `s3assets.Asset` holding the ETL script.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetRef {
    pub s3_object_url: Value,
    pub bucket_name: Value,
    pub object_key: Value,
    pub bucket_arn: Value,
}

/// `outputDataStore` (core's SinkDataStoreProps).
#[derive(Debug, Clone, PartialEq)]
pub struct OutputDataStore {
    pub datastore_type: Option<Value>,
    pub existing_bucket: Option<bucket::BucketRef>,
    pub bucket_props: Option<bucket::BucketProps>,
}

/// `KinesisstreamsToGluejobProps`.
#[derive(Debug, Clone, Default)]
pub struct Props {
    pub existing_stream: Option<stream::StreamRef>,
    pub stream_props: Option<stream::StreamProps>,
    pub glue_job_props: Option<Value>,
    /// The ARN of the role `glueJobProps.role` is when it is an `IRole` (a `RoleReference`).
    pub glue_job_role_arn: Option<Value>,
    pub existing_glue_job: Option<GlueJobRef>,
    pub field_schema: Option<Vec<Value>>,
    pub existing_table: Option<Value>,
    pub table_props: Option<Map>,
    pub existing_database: Option<DatabaseRef>,
    pub database_props: Option<Map>,
    pub output_data_store: Option<OutputDataStore>,
    /// Kept as given: any falsy value but `undefined` turns alarms off.
    pub create_cloud_watch_alarms: Option<Value>,
    pub etl_code_asset: Option<AssetRef>,
}

impl Props {
    /// Whether the construct creates its CloudWatch alarms: unless `createCloudWatchAlarms` is
    /// given and falsy.
    pub fn creates_alarms(&self) -> bool {
        self.create_cloud_watch_alarms.as_ref().is_none_or(crate::js::is_truthy)
    }
}

/// Reads the props; every shape problem is reported, not just the first.
pub fn read_props(value: &Value) -> Result<Props, Vec<crate::diagnostics::Diagnostic>> {
    match read_props_partially(value) {
        (Some(props), problems) if problems.is_empty() => Ok(props),
        (_, problems) => Err(problems),
    }
}

/// The props as far as they could be read (a value with a problem is left out), and the problems.
pub fn read_props_partially(value: &Value) -> (Option<Props>, Vec<crate::diagnostics::Diagnostic>) {
    let mut problems = Problems::default();
    let props = read(value, &mut problems);
    (props, problems.diagnostics)
}

fn read(value: &Value, problems: &mut Problems) -> Option<Props> {
    let mut obj = ObjectReader::open(value, "", "KinesisstreamsToGluejobProps", problems)?;
    let mut props = Props {
        existing_stream: obj.read("existingStreamObj", problems, stream::read_stream_ref),
        stream_props: obj.read("kinesisStreamProps", problems, stream::read_stream_props),
        ..Props::default()
    };
    if let Some(v) = obj.take("glueJobProps") {
        // `CfnJobProps | any`: anything truthy is passed on, as the construct does.
        props.glue_job_props = Some(v.clone());
        // A role object: the construct imports it by `role.roleArn`. One without that fails where
        // the construct does, with its message.
        let role_object = |r: &&Value| r.is_object() && !crate::cfn::is_intrinsic(r) && r.get("roleArn").is_some();
        if let Some(role) = v.get("role").filter(role_object) {
            props.glue_job_role_arn = read_role_ref(role, "/glueJobProps/role", problems);
        }
    }
    props.existing_glue_job = obj.read("existingGlueJob", problems, read_glue_job_ref);
    props.field_schema = obj.read("fieldSchema", problems, array_values);
    props.existing_table = obj.read("existingTable", problems, read_table_ref);
    props.table_props = obj.read("tableProps", problems, read_raw_object);
    props.existing_database = obj.read("existingDatabase", problems, read_database_ref);
    props.database_props = obj.read("databaseProps", problems, read_raw_object);
    props.output_data_store = obj.read("outputDataStore", problems, read_output_data_store);
    props.create_cloud_watch_alarms = obj.take("createCloudWatchAlarms").cloned();
    props.etl_code_asset = obj.read("etlCodeAsset", problems, read_asset_ref);
    obj.finish(problems);
    Some(props)
}

fn read_raw_object(value: &Value, path: &str, problems: &mut Problems) -> Option<Map> {
    match value {
        Value::Object(map) => Some(map.clone()),
        other => {
            problems.type_error(path, "an object", other);
            None
        }
    }
}

/// Reads the string-like keys of a reference object, required ones first, in table order.
fn read_reference(
    value: &Value,
    path: &str,
    reference: &Reference,
    problems: &mut Problems,
) -> Option<Vec<Option<Value>>> {
    let type_name = reference.type_name;
    let mut obj = ObjectReader::open(value, path, type_name, problems)?;
    let mut out = Vec::new();
    let mut complete = true;
    for key in reference.required {
        let v = obj.take_required(key, problems).and_then(|v| string_like(v, &obj.child_path(key), problems));
        complete &= v.is_some();
        out.push(v);
    }
    for key in reference.optional {
        out.push(obj.string_like(key, problems));
    }
    obj.finish(problems);
    complete.then_some(out)
}

fn read_table_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<Value> {
    let mut values = read_reference(value, path, &schema::TABLE_REFERENCE, problems)?;
    values.remove(0)
}

fn read_glue_job_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<GlueJobRef> {
    let mut v = read_reference(value, path, &schema::GLUE_JOB_REFERENCE, problems)?.into_iter();
    Some(GlueJobRef { reference: v.next()??, role: v.next()?? })
}

fn read_database_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<DatabaseRef> {
    let mut v = read_reference(value, path, &schema::DATABASE_REFERENCE, problems)?.into_iter();
    Some(DatabaseRef { reference: v.next()??, catalog_id: v.next()?? })
}

fn read_asset_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<AssetRef> {
    let mut v = read_reference(value, path, &schema::ASSET_REFERENCE, problems)?.into_iter();
    Some(AssetRef {
        s3_object_url: v.next()??,
        bucket_name: v.next()??,
        object_key: v.next()??,
        bucket_arn: v.next()??,
    })
}

pub(crate) fn read_role_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<Value> {
    read_reference(value, path, &schema::ROLE_REFERENCE, problems)?.into_iter().next()?
}

pub(crate) fn read_key_ref(value: &Value, path: &str, problems: &mut Problems) -> Option<KeyRef> {
    let mut v = read_reference(value, path, &schema::KEY_REFERENCE, problems)?.into_iter();
    Some(KeyRef { key_arn: v.next()?? })
}

fn read_output_data_store(value: &Value, path: &str, problems: &mut Problems) -> Option<OutputDataStore> {
    let mut obj = ObjectReader::open(value, path, "SinkDataStoreProps", problems)?;
    let datastore_type = obj.take("datastoreType").cloned();
    let existing_bucket = obj
        .take("existingS3OutputBucket")
        .and_then(|v| bucket::read_bucket_ref(v, &format!("{path}/existingS3OutputBucket"), problems));
    let bucket_props = obj
        .take("outputBucketProps")
        .and_then(|v| bucket::read_bucket_props(v, &format!("{path}/outputBucketProps"), problems));
    obj.finish(problems);
    Some(OutputDataStore { datastore_type, existing_bucket, bucket_props })
}

/// A string or intrinsic at `path`, for callers outside this module.
pub fn read_string_like(value: &Value, path: &str, problems: &mut Problems) -> Option<Value> {
    string_like(value, path, problems)
}
