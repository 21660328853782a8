//! The CloudFormation of the AWS Solutions Construct `aws-kinesisstreams-gluejob`, synthesized
//! without aws-cdk-lib: `synth(id, props, options)` returns the fragment the construct adds to
//! its stack, with the same logical IDs, properties and JSON layout.
//!
//! Layers, each importing only from those before it:
//! `cfn`/`diagnostics`/`error`/`ir`/`js` -> `props` -> `model` -> `pattern` -> `render`/`limits` -> `synth` (here).

// The core's modules (src/core.rs): compiled as a crate of their own, used by their usual paths.
#[cfg(all(target_arch = "wasm32", not(test)))]
use kinesisstreams_gluejob_core::arena;
pub use kinesisstreams_gluejob_core::{cfn, ir, js, json};
pub mod diagnostics;
pub mod error;
pub mod limits;
pub mod model;
pub mod pattern;
pub mod props;
pub mod render;
// The WebAssembly build's allocator is the core's (`arena::ALLOCATOR`). Unit tests link this
// crate twice (as the test and through test-support), and run without its calls' arena.
#[cfg(all(target_arch = "wasm32", not(test)))]
use arena::ALLOCATOR;

/// Runs one exported call in the WebAssembly allocator's per-call arena (see `arena`).
#[cfg(target_arch = "wasm32")]
pub(crate) fn in_call_arena<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(not(test))]
    return arena::scope(&ALLOCATOR, f);
    #[cfg(test)]
    f()
}

/// Runs the part of an exported call that leaves nothing behind in the call arena's scratch,
/// emptied at once when it returns (see `arena::discarding`).
#[cfg(target_arch = "wasm32")]
pub(crate) fn discarding<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(not(test))]
    return arena::discarding(&ALLOCATOR, f);
    #[cfg(test)]
    f()
}

/// Lets go of what a synthesis made: in the call arena's scratch, whose memory is freed at once
/// when the call ends, without walking the values to free each block (4% of a `synthJson()`);
/// elsewhere by dropping them. Inside the discarding part, `value` must have been made there
/// (props parsed inside it, as every export does): a block from before would never be freed.
fn release<T>(value: T) {
    #[cfg(all(target_arch = "wasm32", not(test)))]
    if arena::forgettable(&ALLOCATOR) {
        std::mem::forget(value);
        return;
    }
    drop(value)
}

// Public only for the wasm-bindgen tests (tests/node.rs, tests/web.rs); JS sees the exports.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

use std::borrow::Cow;

use crate::ir::{Map, Value};
use serde::{Deserialize, Deserializer, Serialize};

pub use diagnostics::Diagnostic;
pub use error::SynthError;
pub use pattern::PatternProperties;

use diagnostics::codes;
use model::cdk_version::CdkVersion;
use model::env::StackEnv;
use model::flags::FeatureFlags;
use model::tree::Tree;
use pattern::context::Context;

/// Where the construct sits and which feature flags apply.
#[derive(Debug, Clone, Default)]
pub struct SynthOptions {
    /// Construct ids between the stack and the construct.
    pub scope: Vec<String>,
    /// Overrides of the feature flags of `SetConsistentFeatureFlags`, by flag name (read from
    /// JSON in name order; a later pair overrides an earlier one). A list rather than a
    /// `BTreeMap`: the map's code was 2 KB of the .wasm's gzip.
    pub feature_flags: Vec<(String, bool)>,
    /// Construct ids already in the construct's parent scope, in creation order: the construct's
    /// own names (its id, `GlueDatabase`, `GlueTable`, `<id>GlueJobPolicy`) must not collide with them.
    pub siblings: Vec<String>,
    /// The stack's construct id, which CDK writes into a few values (default `Stack`).
    pub stack_name: Option<String>,
    /// The aws-cdk-lib release to reproduce, within the construct's peer range (default 2.276.0).
    pub cdk_version: Option<String>,
    /// The stack's construct path from the app, when the stack is not directly in the app (in a
    /// `Stage`, or a nested stack): CDK writes it into key descriptions and stack-safe policy
    /// names (default: `stackName`).
    pub stack_path: Option<String>,
    /// The CloudFormation names of the stacks on `stack_path` whose names are literal (not a
    /// nested stack's), by their construct paths: CDK names a role's stack-safe default policy of
    /// over 128 characters after the innermost (none given: the name aws-cdk-lib derives from
    /// `stack_name` for a stack directly in the app).
    pub stack_names: Vec<(String, String)>,
    /// Opt-in fixes of the construct's known defects, by name (see `pattern::fixes::Fix`);
    /// none = the official construct's output.
    pub fixes: Vec<String>,
    /// The stack's `env`: a given account or region is written as a literal where aws-cdk-lib
    /// writes `stack.account` / `stack.region` / `stack.partition`.
    pub env: props::options::Environment,
    /// `Tags.of(construct).add(key, value)` for each entry, in order. Values other than strings
    /// are accepted as aws-cdk-lib accepts them (with a warning).
    pub tags: Map,
}

impl SynthOptions {
    /// Reads options from JSON, with aws-cdk-lib's messages for `env` members of the wrong type
    /// and a JSON pointer (`/options/...`) for every problem.
    pub fn from_json(options: &(impl JsonInput + ?Sized)) -> Result<Self, SynthError> {
        let options = options.as_ir();
        if options.is_null() {
            return Ok(Self::default());
        }
        if let Some(env) = options.get("env") {
            let errors = props::options::env_type_errors(env);
            if !errors.is_empty() {
                return Err(SynthError::from_diagnostics_first(errors));
            }
        }
        let mut options = options.into_owned();
        if let Some(object) = options.as_object_mut() {
            // `null` is `undefined` to JavaScript callers.
            object.retain(|_, value| !value.is_null());
            if let Some(env) = object.get_mut("env").and_then(Value::as_object_mut) {
                env.retain(|_, value| !value.is_null());
            }
        }
        Self::from_value(&options)
            .map_err(|e| SynthError::at(props::options::OPTIONS_PATH, codes::OPTION, format!("invalid options: {e}")))
    }

    /// The members as given (`null` only where a member may be absent), in serde's wording.
    fn from_value(value: &Value) -> Result<Self, String> {
        use props::options::{bool_map, object, optional_string, string_map, strings, unknown_field, Environment};
        const FIELDS: [&str; 10] = [
            "scope",
            "featureFlags",
            "siblings",
            "stackName",
            "cdkVersion",
            "stackPath",
            "stackNames",
            "fixes",
            "env",
            "tags",
        ];
        let mut options = Self::default();
        for (key, value) in object(value, "struct SynthOptions")? {
            match key.as_ref() {
                "scope" => options.scope = strings(value)?,
                "featureFlags" => options.feature_flags = bool_map(value)?,
                "siblings" => options.siblings = strings(value)?,
                "stackName" => options.stack_name = optional_string(value)?,
                "cdkVersion" => options.cdk_version = optional_string(value)?,
                "stackPath" => options.stack_path = optional_string(value)?,
                "stackNames" => options.stack_names = string_map(value)?,
                "fixes" => options.fixes = strings(value)?,
                "env" => options.env = Environment::from_value(value)?,
                "tags" => options.tags = object(value, "a map")?.clone(),
                _ => return Err(unknown_field(key, &FIELDS)),
            }
        }
        Ok(options)
    }
}

/// Reads options as `SynthOptions::from_json` does, without its clean-up of `null` members.
impl<'de> Deserialize<'de> for SynthOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Self::from_value(&Value::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

/// The fragment, the pattern's properties and the warnings the construct would print.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SynthResult {
    pub fragment: Value,
    pub properties: PatternProperties,
    pub warnings: Vec<Diagnostic>,
    /// Each resource's construct path below the stack (ids joined by `/`), keyed by logical ID
    /// (`Detail::Construction` only; there even when the construct adds no resource).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub construct_paths: Option<Map>,
    /// The aws-cdk-lib calls that build the same resources, in order (see `pattern::construction`;
    /// `Detail::Construction` only, even with no step).
    #[serde(skip_serializing_if = "pattern::construction::Construction::is_off")]
    pub construction: pattern::construction::Construction,
}

/// Props or options as a caller holds them: the engine's own JSON (`ir::Value`, which
/// `serde_json` reads directly) is used as it is; a `serde_json::Value` is converted once.
pub trait JsonInput {
    fn as_ir(&self) -> Cow<'_, ir::Value>;
}

impl JsonInput for ir::Value {
    fn as_ir(&self) -> Cow<'_, ir::Value> {
        model::json_layout::with_escapable_text_owned(self)
    }
}

/// JSON the engine read itself (the WebAssembly exports read it from text): its keys are all
/// owned, so it is used as it is, without the check of a caller's borrowed keys.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) struct ReadByEngine(pub(crate) ir::Value);

impl JsonInput for ReadByEngine {
    fn as_ir(&self) -> Cow<'_, ir::Value> {
        Cow::Borrowed(&self.0)
    }
}

impl JsonInput for serde_json::Value {
    fn as_ir(&self) -> Cow<'_, ir::Value> {
        Cow::Owned(ir::Value::from(self))
    }
}

/// Diagnostics as JSON text, `[{path, message, code}, ...]`, written by the engine's writer
/// (serde_json's took longer, in WebAssembly, for the properties and warnings of a result).
pub(crate) fn write_diagnostics(out: &mut Vec<u8>, diagnostics: &[Diagnostic]) {
    model::json_layout::write_compact(out, &Value::Array(diagnostics.iter().map(Diagnostic::to_value).collect()));
}

impl SynthResult {
    /// `serde_json::to_string(self)` as `JSON.parse` reads it, written by the engine's writer,
    /// which is faster than serde_json's in WebAssembly. Numbers and integer-like keys come out as
    /// JavaScript writes them.
    pub fn to_json(&self) -> String {
        let mut out = Vec::with_capacity(32 * 1024);
        out.extend_from_slice(b"{\"fragment\":");
        model::json_layout::write_compact(&mut out, &self.fragment);
        out.extend_from_slice(b",\"properties\":");
        model::json_layout::write_compact(&mut out, &self.properties.to_value());
        out.extend_from_slice(b",\"warnings\":");
        write_diagnostics(&mut out, &self.warnings);
        if let Some(construct_paths) = &self.construct_paths {
            out.extend_from_slice(b",\"constructPaths\":");
            model::json_layout::write_compact_object(&mut out, construct_paths);
        }
        if !self.construction.is_off() {
            out.extend_from_slice(b",\"construction\":");
            self.construction.write_json(&mut out);
        }
        out.push(b'}');
        debug_assert!(std::str::from_utf8(&out).is_ok());
        // SAFETY: the engine's writer writes only ASCII and whole UTF-8 strings.
        unsafe { String::from_utf8_unchecked(out) }
    }
}

/// Synthesizes the construct with construct id `id`: everything, the construction description
/// included.
pub fn synth(id: &str, props: &(impl JsonInput + ?Sized), options: &SynthOptions) -> Result<SynthResult, SynthError> {
    synth_with(id, props, options, Detail::Construction)
}

/// How much of a synthesis a caller reads; what is not read is not made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    /// The fragment only (the text renderings, `validate`): the work of the warnings (override
    /// diffs, security, defect, stack and quota warnings) is skipped, and `properties` is left
    /// incomplete (its role and buckets not copied).
    Fragment,
    /// The fragment, pattern properties and every warning: `SynthResult` without
    /// `construct_paths` and `construction`.
    Result,
    /// Everything, for a CDK adapter.
    Construction,
}

/// Synthesizes with only the `detail` asked for.
pub fn synth_with(
    id: &str,
    props: &(impl JsonInput + ?Sized),
    options: &SynthOptions,
    detail: Detail,
) -> Result<SynthResult, SynthError> {
    // The stack is made before the construct: its errors come first.
    let fixes = pattern::fixes::Fixes::from_names(&options.fixes)?;
    let stack_name = props::options::stack_name(options.stack_name.as_deref(), model::logical_id::stack_name_for_id)
        .map_err(SynthError::from_diagnostic)?;
    let tag_errors = props::options::tag_errors(&options.tags);
    if !tag_errors.is_empty() {
        return Err(SynthError::from_diagnostics_first(tag_errors));
    }
    match props::read_props_partially(&props.as_ir()) {
        (Some(parsed), shape) if shape.is_empty() => synth_parsed(id, parsed, options, &stack_name, &fixes, detail),
        (parsed, shape) => {
            // Keys that are only unknown (or not modelled) leave the rest of the props as the
            // construct would see them: its checks and CDK's run too and their problems are
            // added. A value of the wrong shape is left out of what is read, which could make
            // later conclusions artefacts, so then only the shape problems are reported.
            let keys_only = shape.iter().all(|d| matches!(d.code, "unknown-property" | "unsupported"));
            let mut error = SynthError::from_diagnostics(shape);
            if let Some(Err(more)) = parsed
                .filter(|_| keys_only)
                .map(|parsed| synth_parsed(id, parsed, options, &stack_name, &fixes, detail))
            {
                for d in more.diagnostics {
                    if !error.diagnostics.iter().any(|s| pattern::problems::related(&s.path, &d.path)) {
                        error.diagnostics.push(d);
                    }
                }
            }
            Err(error)
        }
    }
}

/// Synthesizes props that were read without a problem, in a stack already checked. The props are
/// consumed: values move from them into the template.
fn synth_parsed(
    id: &str,
    mut parsed: props::Props,
    options: &SynthOptions,
    stack_name: &str,
    fixes: &pattern::fixes::Fixes,
    detail: Detail,
) -> Result<SynthResult, SynthError> {
    let (flags, unknown) = FeatureFlags::with_overrides(&options.feature_flags);
    if let Some(flag) = unknown.first() {
        return Err(SynthError::at(
            "",
            codes::FEATURE_FLAG,
            format!(
                "feature flag {flag} is not modelled by this engine; options.featureFlags takes {}",
                model::flags::MODELLED.join(", ")
            ),
        ));
    }
    let env = StackEnv {
        account: options.env.account.clone(),
        region: options.env.region.clone(),
        partition_literals: flags.partition_literals,
    };
    let mut ctx = Context::new(flags, stack_name);
    ctx.construction.enabled = detail == Detail::Construction;
    ctx.keeps_result = detail >= Detail::Result;
    if let Some(path) = &options.stack_path {
        ctx.stack_path.clone_from(path);
    }
    ctx.naming_stack = pattern::context::naming_stack(&options.stack_names, &ctx.stack_path);
    ctx.env = env;
    ctx.fixes = *fixes;
    ctx.warn_with(|| props::options::env_warnings(&options.env, |region| model::env::partition_of(region).is_some()));
    ctx.warn_with(|| props::options::tag_warnings(&options.tags, parsed.creates_alarms()));
    if let Some(version) = &options.cdk_version {
        ctx.cdk_version = CdkVersion::parse(version).map_err(|e| SynthError::at("", codes::CDK_VERSION, e))?;
    }
    pattern::place_existing_objects(&mut ctx, &parsed)?;
    let mut parent = Tree::STACK;
    for component in &options.scope {
        parent = ctx
            .tree
            .ensure_path(parent, std::slice::from_ref(component))
            .map_err(|e| SynthError::at("", codes::SCOPE, e))?;
    }
    ctx.tree.ensure_children(parent, &options.siblings).map_err(|e| SynthError::at("", codes::SIBLINGS, e))?;
    let properties = pattern::build(&mut ctx, parent, id, &mut parsed)?;
    // Construct ids hold `/` as `--`.
    if let Some(construct) = ctx.tree.child(parent, &id.replace('/', "--")) {
        pattern::tags::apply(&mut ctx, construct, &options.tags)
            .map_err(|e| SynthError::at("/options/tags", codes::OPTION, e))?;
    }
    let mut warnings = std::mem::take(&mut ctx.warnings);
    let construction = std::mem::take(&mut ctx.construction);
    let mut fragment = Map::new();
    let describes = detail == Detail::Construction;
    let (resources, construct_paths) = ctx.tree.into_resources_with_paths(describes);
    fragment.insert("Resources".into(), Value::Object(resources));
    let fragment = Value::Object(fragment);
    if detail >= Detail::Result {
        warnings.extend(limits::limit_warnings(&fragment));
    }
    let construct_paths = describes.then_some(construct_paths);
    Ok(SynthResult { fragment, properties, warnings, construct_paths, construction })
}

/// The fragment serialized as CDK does (`JSON.stringify(fragment, null, 1)`).
pub fn synth_json(id: &str, props: &(impl JsonInput + ?Sized), options: &SynthOptions) -> Result<String, SynthError> {
    synth_with(id, props, options, Detail::Fragment).map(|result| {
        let text = render::to_cdk_json(&result.fragment);
        release(result);
        text
    })
}

/// The whole stack template as `app.synth()` writes it for `new App({ analyticsReporting: false })`
/// holding one stack (`options.stackName`, `options.env`) with only this construct.
pub fn synth_template(
    id: &str,
    props: &(impl JsonInput + ?Sized),
    options: &SynthOptions,
) -> Result<Value, SynthError> {
    synth_with(id, props, options, Detail::Fragment).map(|result| model::synthesizer::stack_template(&result.fragment))
}

/// The fragment as YAML (block style, keys in template order).
pub fn synth_yaml(id: &str, props: &(impl JsonInput + ?Sized), options: &SynthOptions) -> Result<String, SynthError> {
    synth_with(id, props, options, Detail::Fragment).map(|result| render::to_yaml(&result.fragment))
}

/// The whole stack template serialized as aws-cdk-lib writes it, byte for byte.
pub fn synth_template_json(
    id: &str,
    props: &(impl JsonInput + ?Sized),
    options: &SynthOptions,
) -> Result<String, SynthError> {
    synth_template(id, props, options).map(|template| render::to_cdk_json(&template))
}

/// Every problem with the props; never fails.
pub fn validate(id: &str, props: &(impl JsonInput + ?Sized), options: &SynthOptions) -> Vec<Diagnostic> {
    match synth_with(id, props, options, Detail::Fragment) {
        Ok(_) => Vec::new(),
        Err(error) => error.diagnostics,
    }
}
