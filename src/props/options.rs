//! The stack around the construct, as `SynthOptions` describes it: its construct id, its
//! environment and the tags added to the construct. Problems are located by JSON pointers into
//! the options, which all start with `/options/` (pointers without that prefix point into props).

use crate::ir::{Map, Value};

use crate::diagnostics::{child_path, codes, Diagnostic};
use crate::js::quote;

/// Where option diagnostics point.
pub const OPTIONS_PATH: &str = "/options";

/// `env` of `new Stack(app, stackName, { env })`: what is not given stays a pseudo parameter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Environment {
    pub account: Option<String>,
    pub region: Option<String>,
}

impl Environment {
    pub fn from_value(value: &Value) -> Result<Self, String> {
        let mut env = Self::default();
        for (key, value) in object(value, "struct Environment")? {
            match key.as_ref() {
                "account" => env.account = optional_string(value)?,
                "region" => env.region = optional_string(value)?,
                _ => return Err(unknown_field(key, &["account", "region"])),
            }
        }
        Ok(env)
    }
}

// Typed reads of options, worded as serde words them (`SynthOptions` was read by serde, and its
// messages are kept); serde's own readers bring float formatting into the WebAssembly module.

/// serde's `invalid type: <what was given>, expected <what>`.
fn invalid_type(value: &Value, expected: &str) -> String {
    let given = match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => match n.as_f64().filter(|_| n.is_f64()) {
            Some(f) => {
                let text = crate::js::number_text(f);
                let point = if text.contains(['.', 'e']) { "" } else { ".0" };
                format!("floating point `{text}{point}`")
            }
            None => format!("integer `{}`", crate::js::json_number_text(n)),
        },
        Value::String(s) => format!("string {}", crate::js::quote(s)),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    };
    format!("invalid type: {given}, expected {expected}")
}

/// serde's message for a member `deny_unknown_fields` refuses.
pub fn unknown_field(key: &str, fields: &[&str]) -> String {
    let quoted: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
    match quoted.as_slice() {
        [one] => format!("unknown field `{key}`, expected {one}"),
        [a, b] => format!("unknown field `{key}`, expected {a} or {b}"),
        _ => format!("unknown field `{key}`, expected one of {}", quoted.join(", ")),
    }
}

pub fn object<'a>(value: &'a Value, expected: &str) -> Result<&'a Map, String> {
    value.as_object().ok_or_else(|| invalid_type(value, expected))
}

fn string(value: &Value) -> Result<String, String> {
    value.as_str().map(str::to_string).ok_or_else(|| invalid_type(value, "a string"))
}

/// `Option<String>`: `null` is none.
pub fn optional_string(value: &Value) -> Result<Option<String>, String> {
    if value.is_null() {
        return Ok(None);
    }
    string(value).map(Some)
}

pub fn strings(value: &Value) -> Result<Vec<String>, String> {
    value.as_array().ok_or_else(|| invalid_type(value, "a sequence"))?.iter().map(string).collect()
}

/// A JSON object of strings as (key, value) pairs, in its order.
pub fn string_map(value: &Value) -> Result<Vec<(String, String)>, String> {
    let mut map = Vec::new();
    for (key, value) in object(value, "a map")? {
        map.push((key.to_string(), string(value)?));
    }
    Ok(map)
}

/// A JSON object of booleans as (key, value) pairs in key order.
pub fn bool_map(value: &Value) -> Result<Vec<(String, bool)>, String> {
    let mut map = Vec::new();
    for (key, value) in object(value, "a map")? {
        map.push((key.to_string(), value.as_bool().ok_or_else(|| invalid_type(value, "a boolean"))?));
    }
    crate::js::sort_by(&mut map, |a, b| a.0.cmp(&b.0));
    Ok(map)
}

/// The stack's construct id as `new Stack(app, id)` makes it (constructs turn `/` into `--`),
/// or aws-cdk-lib's error for an id it refuses; `cdk_stack_name` gives the `stackName` aws-cdk-lib
/// derives from the id and checks.
pub fn stack_name(given: Option<&str>, cdk_stack_name: impl Fn(&str) -> String) -> Result<String, Diagnostic> {
    let path = child_path(OPTIONS_PATH, "stackName");
    let Some(given) = given else { return Ok("Stack".into()) };
    if given.is_empty() {
        return Err(Diagnostic::new(path, codes::OPTION, "Only root constructs may have an empty ID"));
    }
    let id = given.replace('/', "--");
    let name = cdk_stack_name(&id);
    let mut chars = name.chars();
    let valid =
        chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !valid {
        return Err(Diagnostic::new(
            path,
            codes::OPTION,
            format!("Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '{name}'"),
        ));
    }
    Ok(id)
}

/// The type errors aws-cdk-lib raises for an `env` member that is not a string, checked on the raw
/// options (`null` counts as absent, as in JavaScript).
pub fn env_type_errors(env: &Value) -> Vec<Diagnostic> {
    let env_path = child_path(OPTIONS_PATH, "env");
    let Some(env) = env.as_object() else {
        if env.is_null() {
            return Vec::new();
        }
        return vec![Diagnostic::new(env_path, codes::TYPE, "env must be an object { account?, region? }")];
    };
    let mut out = Vec::new();
    for (key, what) in [("account", "Account id"), ("region", "Region")] {
        match env.get(key) {
            None | Some(Value::Null) | Some(Value::String(_)) => {}
            Some(other) => out.push(Diagnostic::new(
                child_path(&env_path, key),
                codes::TYPE,
                format!("{what} of stack environment must be a 'string' but received '{}'", js_typeof(other)),
            )),
        }
    }
    for key in env.keys().filter(|k| !matches!(k.as_ref(), "account" | "region")) {
        out.push(Diagnostic::new(child_path(&env_path, key), codes::OPTION, format!("unknown env member {key}")));
    }
    out
}

/// JavaScript's `typeof` of a JSON value.
fn js_typeof(value: &Value) -> &'static str {
    match value {
        Value::Null | Value::Object(_) | Value::Array(_) => "object",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
    }
}

/// Warnings for an environment aws-cdk-lib accepts but AWS will not deploy to.
pub fn env_warnings(env: &Environment, known_region: impl Fn(&str) -> bool) -> Vec<Diagnostic> {
    let env_path = child_path(OPTIONS_PATH, "env");
    let mut out = Vec::new();
    if let Some(account) = &env.account {
        if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
            out.push(Diagnostic::new(
                child_path(&env_path, "account"),
                codes::DEPLOY,
                format!("account {} is not a 12-digit AWS account id; CDK writes it as given", quote(account)),
            ));
        }
    }
    if let Some(region) = &env.region {
        if !known_region(region) {
            out.push(Diagnostic::new(
                child_path(&env_path, "region"),
                codes::DEPLOY,
                format!(
                    "region {} is not in aws-cdk-lib's region table; CDK writes it as given and keeps AWS::Partition",
                    quote(region)
                ),
            ));
        }
    }
    out
}

/// The tag errors aws-cdk-lib raises: a `null` value fails when the template is resolved.
pub fn tag_errors(tags: &Map) -> Vec<Diagnostic> {
    let tags_path = child_path(OPTIONS_PATH, "tags");
    tags.iter()
        .filter(|(_, value)| value.is_null())
        .map(|(key, _)| {
            Diagnostic::new(child_path(&tags_path, key), codes::TYPE, format!("tag {} has no value (null)", quote(key)))
        })
        .collect()
}

/// What AWS tagging allows in keys and values (`^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$`).
const TAG_CHARS: &str = "what AWS tags allow (letters, numbers, spaces and _ . : / = + - @)";

fn tag_char(c: char) -> bool {
    c.is_alphabetic()
        || c.is_numeric()
        || c == ' '
        || c.is_whitespace()
        || matches!(c, '_' | '.' | ':' | '/' | '=' | '+' | '-' | '@')
}

/// Warnings for tags aws-cdk-lib accepts but CloudFormation refuses at deploy time; `alarms`:
/// whether the construct creates its alarms, which refuse an empty value.
pub fn tag_warnings(tags: &Map, alarms: bool) -> Vec<Diagnostic> {
    if tags.is_empty() {
        return Vec::new();
    }
    each_tag_warning(tags, alarms)
}

// Out of line: a synthesis without tags never runs it, so V8 never compiles it (README, "What
// makes it fast", cold start).
#[inline(never)]
fn each_tag_warning(tags: &Map, alarms: bool) -> Vec<Diagnostic> {
    let tags_path = child_path(OPTIONS_PATH, "tags");
    let mut out = Vec::new();
    for (key, value) in tags {
        let path = child_path(&tags_path, key);
        let mut warn = |message: String| out.push(Diagnostic::new(path.clone(), codes::DEPLOY, message));
        if key.is_empty() {
            warn("an empty tag key is refused at deploy time".into());
        }
        if key.to_ascii_lowercase().starts_with("aws:") {
            warn(format!(
                "tag key {} starts with the reserved prefix aws:, which is refused at deploy time",
                quote(key)
            ));
        }
        if key.chars().count() > 128 {
            warn(format!("tag key is {} characters; at most 128 are allowed", key.chars().count()));
        }
        if !key.chars().all(tag_char) {
            warn(format!("tag key {} holds characters outside {TAG_CHARS}", quote(key)));
        }
        if let Value::String(text) = value {
            if !text.chars().all(tag_char) {
                warn(format!("tag value {} holds characters outside {TAG_CHARS}", quote(text)));
            }
        }
        match value {
            Value::String(text) if text.chars().count() > 256 => {
                warn(format!("tag value is {} characters; at most 256 are allowed", text.chars().count()))
            }
            Value::String(text) if text.is_empty() && alarms => warn(
                "an empty tag value is refused at deploy time by the CloudWatch alarms the construct creates (their tag values need at least 1 character)".into(),
            ),
            Value::String(_) | Value::Null => {}
            other => warn(format!(
                "tag value is a {}, not a string; CDK writes it as given in tag lists and as text in the Glue job's tags",
                js_typeof(other)
            )),
        }
    }
    out
}

#[cfg(test)]
#[path = "options_tests.rs"]
mod tests;
