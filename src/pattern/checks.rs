//! The construct's own validations (core's CheckGlueProps, CheckKinesisStreamProps,
//! ValidateCfnJobProps and buildGlueJob's capacity rules), with their exact messages.

use crate::ir::{Map, Value};

use super::context::Context;
use crate::diagnostics::{child_path, codes, Diagnostic};
use crate::error::SynthError;
use crate::js::is_truthy;
use crate::model::intrinsics::{concat, partition};
use crate::props::Props;

/// core's `validCfnJobProps`: the keys of `CfnJobProps`, which the L1 schema lists.
fn is_cfn_job_prop(key: &str) -> bool {
    crate::model::l1::property_names(crate::model::l1::L1Resource::Job).contains(&key)
}

/// Reading a property the way JavaScript does: `Err` is the TypeError for null/undefined.
enum Js<'a> {
    Undefined,
    Value(&'a Value),
}

fn read_property<'a>(target: Js<'a>, key: &str) -> Result<Js<'a>, String> {
    match target {
        Js::Undefined => Err(format!("Cannot read properties of undefined (reading '{key}')")),
        Js::Value(Value::Null) => Err(format!("Cannot read properties of null (reading '{key}')")),
        Js::Value(Value::Object(map)) => Ok(map.get(key).map_or(Js::Undefined, Js::Value)),
        Js::Value(_) => Ok(Js::Undefined),
    }
}

fn truthy(value: &Js) -> bool {
    matches!(value, Js::Value(v) if is_truthy(v))
}

/// What a job command must hold, for diagnostics.
const COMMAND_SHAPE: &str = "an object with name (\"gluestreaming\" for a streaming job), pythonVersion and scriptLocation (the script's s3://bucket/key URL; leave it out when etlCodeAsset gives the script)";

/// core's `CheckGlueProps`: messages accumulate into one error, unless reading `command` or
/// `scriptLocation` throws first (a TypeError, whose text becomes the message). The diagnostics
/// list every problem either way.
pub fn check_glue_props(props: &Props) -> Result<(), SynthError> {
    let mut message = String::new();
    let mut thrown: Option<String> = None;
    let mut diagnostics = Vec::new();
    let glue_job_props = props.glue_job_props.as_ref().map_or(Js::Undefined, Js::Value);
    let has_job_props = truthy(&glue_job_props);
    if has_job_props && props.existing_glue_job.is_some() {
        let text = "Error - Either provide glueJobProps or existingGlueJob, but not both.\n";
        message.push_str(text);
        diagnostics.push(Diagnostic::new(
            "/existingGlueJob",
            codes::CONFLICT,
            "glueJobProps and existingGlueJob are both given: give glueJobProps to create a job, or existingGlueJob to use one, not both",
        ));
    }
    if props.existing_glue_job.is_none() {
        // The problem sits at the deepest value that is there: a string or number where an
        // object belongs is reported at its own path.
        let job_is_object = props.glue_job_props.as_ref().is_some_and(Value::is_object);
        let command_value = props.glue_job_props.as_ref().and_then(|p| p.get("command"));
        let command_is_object = command_value.is_some_and(Value::is_object);
        match read_property(glue_job_props, "command") {
            Err(e) => {
                thrown = Some(e);
                diagnostics.push(Diagnostic::new(
                    "/glueJobProps",
                    codes::REQUIRED,
                    format!("glueJobProps is required unless existingGlueJob is given: an object (CfnJobProps) whose command is {COMMAND_SHAPE}"),
                ));
            }
            Ok(command) => {
                let command_path = if job_is_object { "/glueJobProps/command" } else { "/glueJobProps" };
                match read_property(command, "scriptLocation") {
                    Err(e) => {
                        thrown = Some(e);
                        let explanation = if job_is_object {
                            format!("glueJobProps.command is required: {COMMAND_SHAPE}")
                        } else {
                            format!("glueJobProps must be an object (CfnJobProps) whose command is {COMMAND_SHAPE}")
                        };
                        diagnostics.push(Diagnostic::new(command_path, codes::REQUIRED, explanation));
                    }
                    Ok(script) if !truthy(&script) && props.etl_code_asset.is_none() => {
                        let text = "Either one of CfnJob.JobCommandProperty.scriptLocation or etlCodeAsset has to be provided. If the ETL Job code file exists in a local filesystem, please set KinesisstreamsToGluejobProps.etlCodeAsset. If the ETL Job is available in an S3 bucket, set the CfnJob.JobCommandProperty.scriptLocation property\n";
                        message.push_str(text);
                        let (path, explanation) = match (job_is_object, command_is_object) {
                            (true, true) => ("/glueJobProps/command/scriptLocation", "scriptLocation is required: the s3://bucket/key URL of the job script; or leave it out and give etlCodeAsset for a local script".to_string()),
                            (true, false) => ("/glueJobProps/command", format!("glueJobProps.command must be {COMMAND_SHAPE}")),
                            _ => ("/glueJobProps", format!("glueJobProps must be an object (CfnJobProps) whose command is {COMMAND_SHAPE}")),
                        };
                        diagnostics.push(Diagnostic::new(path, codes::REQUIRED, explanation));
                    }
                    Ok(_) => {}
                }
            }
        }
    }
    let script = props
        .glue_job_props
        .as_ref()
        .and_then(|p| p.get("command"))
        .and_then(|c| c.get("scriptLocation"))
        .filter(|s| is_truthy(s));
    if let (Some(script), None) = (script, &thrown) {
        let path = "/glueJobProps/command/scriptLocation";
        match script.as_str() {
            Some(url) if is_s3_url(url) => {}
            // A token (an intrinsic here) never matches the URL pattern.
            _ if crate::cfn::is_intrinsic(script) => {
                message.push_str("Invalid S3 URL for Glue script provided\n");
                diagnostics.push(Diagnostic::new(path, codes::S3_URL, "scriptLocation must be a literal S3 URL of the form s3://bucket/key: the construct checks the text, so an intrinsic is rejected"));
            }
            Some(url) => {
                message.push_str("Invalid S3 URL for Glue script provided\n");
                diagnostics.push(Diagnostic::new(
                    path,
                    codes::S3_URL,
                    format!(
                        "scriptLocation must be an S3 URL of the form s3://bucket/key, without spaces; got {}",
                        crate::js::quote(url)
                    ),
                ));
            }
            None => {
                thrown = Some("s3Url.match is not a function".into());
                diagnostics.push(Diagnostic::new(
                    path,
                    codes::TYPE,
                    format!(
                        "scriptLocation must be a string, an S3 URL of the form s3://bucket/key; got {}",
                        crate::props::reader::describe(script)
                    ),
                ));
            }
        }
    }
    if props.field_schema.is_none() && props.existing_table.is_none() && props.table_props.is_none() {
        message.push_str("Either fieldSchema or table property has to be set, both cannot be omitted");
        diagnostics.push(Diagnostic::new(
            "/fieldSchema",
            codes::REQUIRED,
            "fieldSchema is required unless tableProps or existingTable is given: a list of columns, each {name, type, comment}",
        ));
    }
    if diagnostics.is_empty() {
        Ok(())
    } else {
        Err(SynthError { message: thrown.unwrap_or(message), diagnostics })
    }
}

/// `/^s3:\/\/\S+\/\S+/` matching the whole string.
fn is_s3_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("s3://") else {
        return false;
    };
    if rest.chars().any(char::is_whitespace) {
        return false;
    }
    // Greedy \S+ then "/" then \S+: some "/" must have a non-empty part on both sides.
    rest.char_indices().any(|(i, c)| c == '/' && i > 0 && i + 1 < rest.len())
}

/// core's `CheckKinesisStreamProps`.
pub fn check_stream_props(props: &Props) -> Result<(), SynthError> {
    if props.existing_stream.is_some() && props.stream_props.is_some() {
        return Err(SynthError::explained(
            "/kinesisStreamProps",
            codes::CONFLICT,
            "Error - Either provide existingStreamObj or kinesisStreamProps, but not both.\n",
            "existingStreamObj and kinesisStreamProps are both given: give kinesisStreamProps to create a stream, or existingStreamObj to use one, not both",
        ));
    }
    Ok(())
}

/// core's `ValidateCfnJobProps`: the first key that CfnJobProps does not have.
pub fn validate_job_prop_keys(props: &Props, ctx: &Context) -> Result<(), SynthError> {
    if ctx.flags.disable_property_validation {
        return Ok(());
    }
    let Some(Value::Object(map)) = props.glue_job_props.as_ref() else {
        return Ok(());
    };
    for key in map.keys() {
        if !is_cfn_job_prop(key) {
            let diagnostics: Vec<Diagnostic> = map
                .keys()
                .filter(|k| !is_cfn_job_prop(k))
                .map(|k| {
                    Diagnostic::new(
                        child_path("/glueJobProps", k),
                        codes::UNKNOWN_PROPERTY,
                        format!(
                            "{k} is not a property of CfnJobProps; glueJobProps takes {}",
                            crate::model::l1::property_names(crate::model::l1::L1Resource::Job).join(", ")
                        ),
                    )
                })
                .collect();
            return Err(SynthError {
                message: format!("ERROR - {key} is not a valid property of CfnJobProps"),
                diagnostics,
            });
        }
    }
    Ok(())
}

/// buildGlueJob's capacity rules (only `glueVersion === "2.0"` is checked, as upstream does).
pub fn check_capacity(user: &Map) -> Result<(), SynthError> {
    let has = |key: &str| user.get(key).is_some_and(is_truthy);
    if user.get("glueVersion").and_then(Value::as_str) == Some("2.0") && has("maxCapacity") {
        return Err(SynthError::explained(
            "/glueJobProps/maxCapacity",
            codes::CAPACITY,
            "Cannot set \"MaxCapacity\" with GlueVersion 2.0 or higher. Use \"NumberOfWorkers\" and \"WorkerType\". Refer the API documentation https://docs.aws.amazon.com/glue/latest/webapi/API_Job.html for more details",
            "maxCapacity cannot be set with glueVersion 2.0: leave it out and size the job with numberOfWorkers and workerType",
        ));
    }
    if has("maxCapacity") && (has("numberOfWorkers") || has("workerType")) {
        return Err(SynthError::explained(
            "/glueJobProps/maxCapacity",
            codes::CAPACITY,
            "Cannot set MaxCapacity and \"WorkerType\" or  \"NumberOfWorkers\". If using glueVersion 2.0 or beyond, it is recommended to use \"WorkerType\" or  \"NumberOfWorkers\"",
            "maxCapacity cannot be set together with workerType or numberOfWorkers: give either maxCapacity or workerType and numberOfWorkers",
        ));
    }
    Ok(())
}

/// `isJobCommandProperty`: the script location when name, pythonVersion and scriptLocation are
/// all set; otherwise core prints a warning and grants nothing.
pub fn job_command_script(merged: &Map, ctx: &mut Context) -> Option<Value> {
    let command = merged.get("command");
    let field = |key: &str| command.and_then(|c| c.get(key)).filter(|v| is_truthy(v));
    match (field("name"), field("pythonVersion"), field("scriptLocation")) {
        (Some(_), Some(_), Some(script)) => Some(script.clone()),
        _ => {
            ctx.warnings.push(Diagnostic::new(
                "/glueJobProps/command",
                codes::NO_SCRIPT_GRANT,
                "command not of type JobCommandProperty type",
            ));
            None
        }
    }
}

/// `getS3ArnfromS3Url`.
pub fn s3_arn_from_url(url: &Value) -> Result<Value, String> {
    match url.as_str().and_then(|u| u.strip_prefix("s3://")) {
        Some(rest) => Ok(concat(vec!["arn:".into(), partition(), ":s3:::".into(), rest.to_string().into()])),
        None => Err(format!(
            "Received S3URL as {}. The S3 url string does not begin with s3://. This is not a standard S3 url",
            url.as_str().unwrap_or_default()
        )),
    }
}

/// With property validation disabled, CDK drops keys CfnJob does not know; the engine drops them
/// too, but says so.
pub fn drop_unvalidated_keys(mut user: Map, ctx: &mut Context) -> Map {
    let unknown: Vec<String> = user.keys().filter(|k| !is_cfn_job_prop(k)).map(|k| k.to_string()).collect();
    for key in unknown {
        user.shift_remove(&key);
        ctx.warnings.push(Diagnostic::new(
            child_path("/glueJobProps", &key),
            codes::IGNORED_PROPERTY,
            format!("{key} is not a property of CfnJobProps; CloudFormation output omits it"),
        ));
    }
    user
}
