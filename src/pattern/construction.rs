//! How the construct is built with aws-cdk-lib: the ordered steps the official construct takes
//! (which class at which construct path with which props, then the calls on what it made), so a
//! CDK adapter can replay them with the real classes and get the real kinds of objects.
//!
//! Values inside steps are JSON with a few markers the replay resolves:
//! - `{"$user": "/json/pointer"}`: the caller's own value at that pointer into the props;
//! - `{"$construct": "a/b"}`: what an earlier step made at that construct path below the stack;
//! - `{"$cdk": "BucketEncryption.S3_MANAGED"}`: a named aws-cdk-lib constant;
//! - `{"$duration": {"days": 90}}`: a `Duration`;
//! - CloudFormation intrinsics (`Ref`, `Fn::GetAtt`, `Fn::Join`, ...): tokens of the same value.

use crate::ir::{json, Map, Value};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::model::iam::Statement;
use crate::model::json_layout;

/// One aws-cdk-lib call of the official construct; written as `{"kind": ..., fields}` with the
/// names `Step::fields` gives, by serde and by the engine's writer alike.
#[derive(Debug, Clone)]
pub enum Step {
    /// `node.setContext(key, value)` on the construct at `at`.
    SetContext { at: String, key: String, value: Value },
    /// `new <class>(scope, id, props)` of an L2 (`kinesis.Stream`, `s3.Bucket`, `cloudwatch.Alarm`,
    /// `iam.Role`, `iam.Policy`) or an L1 (`glue.CfnJob`, ...), at construct path `at`.
    New { class: &'static str, at: String, props: Value },
    /// `iam.Role.fromRoleArn(scope, id, arn)`.
    ImportRole { at: String, arn: Value },
    /// `s3.Bucket.fromBucketArn(scope, id, arn)`.
    ImportBucket { at: String, arn: Value },
    /// `target.<method>(argument)`: grants, `attachToRole`, `attachInlinePolicy`.
    Call { target: Value, method: &'static str, argument: Value },
    /// core's `addCfnSuppressRules(target, rules)`: cfn_nag suppressions in the L1's metadata.
    SuppressCfnNag { target: Value, rules: Value },
    /// `target[key] = value` on an object of the caller's: the construct writes into its props.
    Assign { target: Value, key: &'static str, value: Value },
}

/// A field of a step as written: a text or a JSON value.
enum Field<'a> {
    Text(&'a str),
    Json(&'a Value),
}

impl Step {
    /// The step's `kind` and fields in the order they are written: the one list of the names
    /// serde and `write_json` write.
    fn fields(&self) -> (&'static str, Vec<(&'static str, Field<'_>)>) {
        use Field::{Json, Text};
        match self {
            Step::SetContext { at, key, value } => {
                ("setContext", vec![("at", Text(at)), ("key", Text(key)), ("value", Json(value))])
            }
            Step::New { class, at, props } => {
                ("new", vec![("class", Text(class)), ("at", Text(at)), ("props", Json(props))])
            }
            Step::ImportRole { at, arn } => ("importRole", vec![("at", Text(at)), ("arn", Json(arn))]),
            Step::ImportBucket { at, arn } => ("importBucket", vec![("at", Text(at)), ("arn", Json(arn))]),
            Step::Call { target, method, argument } => {
                ("call", vec![("target", Json(target)), ("method", Text(method)), ("argument", Json(argument))])
            }
            Step::SuppressCfnNag { target, rules } => {
                ("suppressCfnNag", vec![("target", Json(target)), ("rules", Json(rules))])
            }
            Step::Assign { target, key, value } => {
                ("assign", vec![("target", Json(target)), ("key", Text(key)), ("value", Json(value))])
            }
        }
    }

    /// The step as JSON: `{"kind": ..., fields in declaration order}`.
    fn write_json(&self, out: &mut Vec<u8>) {
        let (kind, fields) = self.fields();
        out.extend_from_slice(b"{\"kind\":");
        json_layout::write_compact_str(out, kind);
        for (name, field) in fields {
            out.push(b',');
            json_layout::write_compact_str(out, name);
            out.push(b':');
            match field {
                Field::Text(text) => json_layout::write_compact_str(out, text),
                Field::Json(value) => json_layout::write_compact(out, value),
            }
        }
        out.push(b'}');
    }
}

/// Serialized with the names of `Step::fields`, as `write_json` writes it.
impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (kind, fields) = self.fields();
        let mut map = serializer.serialize_map(Some(fields.len() + 1))?;
        map.serialize_entry("kind", kind)?;
        for (name, field) in fields {
            match field {
                Field::Text(text) => map.serialize_entry(name, text)?,
                Field::Json(value) => map.serialize_entry(name, value)?,
            }
        }
        map.end()
    }
}

/// The steps, plus which object each pattern property is.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Construction {
    pub steps: Vec<Step>,
    /// `kinesisStream`, `glueJob`, ... -> the object (`$construct` or `$user` marker; arrays for
    /// `outputBucket` and `cloudwatchAlarms`).
    pub properties: Map,
    /// Off when only the template is wanted: steps are then neither built nor kept.
    #[serde(skip)]
    pub enabled: bool,
}

impl Construction {
    /// Appends the description as serde writes it (`{"steps": [...], "properties": {...}}`), with
    /// the engine's writer: serde_json's serializer, used for nothing else in the .wasm, took
    /// about 3 KB gzip there. A test checks the two agree.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"steps\":[");
        for (i, step) in self.steps.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            step.write_json(out);
        }
        out.extend_from_slice(b"],\"properties\":");
        json_layout::write_compact_object(out, &self.properties);
        out.push(b'}');
    }

    /// Not asked for: left out of a result (when asked for, it is there even with no step).
    pub fn is_off(&self) -> bool {
        !self.enabled
    }

    pub fn push(&mut self, step: Step) {
        if self.enabled {
            self.steps.push(step);
        }
    }

    /// Notes which object the pattern property `name` is, made only when the description is
    /// wanted.
    #[inline(always)]
    pub fn note_property(&mut self, name: &'static str, value: impl FnOnce() -> Value) {
        if self.enabled {
            self.note_made_property(name, value);
        }
    }

    /// Records the step `make` builds, building it only when the description is wanted.
    #[inline(always)]
    pub fn push_with(&mut self, make: impl FnOnce() -> Step) {
        if self.enabled {
            self.push_made(make);
        }
    }

    // Out of line, the checks above inlined where they are made: a synthesis without the
    // description never runs these, so V8 never compiles them (README, "What makes it fast",
    // cold start).
    #[inline(never)]
    fn note_made_property(&mut self, name: &'static str, value: impl FnOnce() -> Value) {
        self.properties.insert(name.into(), value());
    }

    #[inline(never)]
    fn push_made(&mut self, make: impl FnOnce() -> Step) {
        self.steps.push(make());
    }
}

/// What an earlier step made at `path`.
pub fn made_at(path: &str) -> Value {
    json!({ "$construct": path.to_string() })
}

/// The caller's value at `pointer` into the props.
pub fn user_value(pointer: &str) -> Value {
    json!({ "$user": pointer.to_string() })
}

pub fn cdk_constant(name: &str) -> Value {
    json!({ "$cdk": name.to_string() })
}

pub fn duration(unit: &str, amount: f64) -> Value {
    let mut map = Map::new();
    map.insert(unit.to_string().into(), crate::model::values::num(amount));
    json!({ "$duration": Value::Object(map) })
}

/// `new PolicyStatement({effect, actions, resources, conditions})` as the replay takes it.
pub fn statement_props(statement: &Statement) -> Value {
    let mut out = Map::new();
    out.insert("effect".into(), json!(statement.effect));
    out.insert("actions".into(), Value::Array(statement.actions.iter().cloned().map(Value::String).collect()));
    out.insert("resources".into(), Value::Array(statement.resources.clone()));
    if !statement.conditions.is_empty() {
        out.insert("conditions".into(), Value::Object(statement.conditions.clone()));
    }
    Value::Object(out)
}
