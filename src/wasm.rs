//! The WebAssembly boundary: values cross as JSON text so key order and CDK's number layout
//! survive; no logic lives here.

use js_sys::{Array, Error, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;

use crate::diagnostics::codes;
use crate::{Diagnostic, SynthError, SynthOptions};

fn to_json_text(value: &JsValue) -> Result<String, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok("null".into());
    }
    JSON::stringify(value)?.as_string().ok_or_else(|| Error::new("value cannot be serialized to JSON").into())
}

fn from_json_text(text: &str) -> Result<JsValue, JsValue> {
    JSON::parse(text)
}

fn diagnostics_array(diagnostics: &[Diagnostic]) -> Result<JsValue, JsValue> {
    from_json_text(&serde_json::to_string(diagnostics).unwrap_or_else(|_| "[]".into()))
}

/// A JS `Error` named `SynthError` carrying every diagnostic.
fn synth_error(error: &SynthError) -> JsValue {
    let js_error = Error::new(&error.message);
    js_error.set_name("SynthError");
    let diagnostics = diagnostics_array(&error.diagnostics).unwrap_or_else(|_| Array::new().into());
    let _ = Reflect::set(&js_error, &"diagnostics".into(), &diagnostics);
    js_error.into()
}

fn input_error(path: &str, message: String) -> JsValue {
    synth_error(&SynthError::at(path, codes::INPUT, message))
}

fn read_args(props: &JsValue, options: &JsValue) -> Result<(serde_json::Value, SynthOptions), JsValue> {
    let props_text = to_json_text(props)?;
    let props: serde_json::Value =
        serde_json::from_str(&props_text).map_err(|e| input_error("", format!("props are not valid JSON: {e}")))?;
    let options = if options.is_undefined() || options.is_null() {
        SynthOptions::default()
    } else {
        let text = to_json_text(options)?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| input_error("/options", format!("invalid options: {e}")))?;
        SynthOptions::from_json(&value).map_err(|e| synth_error(&e))?
    };
    Ok((props, options))
}

/// `synth(id, props, options?)` -> `{ fragment, properties, warnings }`; throws `SynthError`.
#[wasm_bindgen(js_name = synth, unchecked_return_type = "SynthResult")]
pub fn synth_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    crate::in_call_arena(|| {
        let (props, options) = read_args(&props, &options)?;
        let result = crate::synth(id, &props, &options).map_err(|e| synth_error(&e))?;
        let text = serde_json::to_string(&result).map_err(|e| Error::new(&e.to_string()))?;
        from_json_text(&text)
    })
}

/// `synthJson(id, props, options?)`: the fragment as CDK writes it, byte for byte.
#[wasm_bindgen(js_name = synthJson, unchecked_return_type = "string")]
pub fn synth_json_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    crate::in_call_arena(|| {
        let (props, options) = read_args(&props, &options)?;
        crate::synth_json(id, &props, &options).map(|text| JsValue::from_str(&text)).map_err(|e| synth_error(&e))
    })
}

/// `synthYaml(id, props, options?)`: the fragment as YAML (block style, keys in template order).
#[wasm_bindgen(js_name = synthYaml)]
pub fn synth_yaml_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    let (props, options) = read_args(&props, &options)?;
    crate::synth(id, &props, &options)
        .map(|result| crate::render::to_yaml(&result.fragment))
        .map_err(|e| synth_error(&e))
}

/// `synthTemplate(id, props, options?)`: the whole stack template as aws-cdk-lib writes it.
#[wasm_bindgen(js_name = synthTemplate)]
pub fn synth_template_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    let (props, options) = read_args(&props, &options)?;
    crate::synth_template_json(id, &props, &options).map_err(|e| synth_error(&e))
}

/// `synthTemplateYaml(id, props, options?)`: the whole stack template as YAML.
#[wasm_bindgen(js_name = synthTemplateYaml)]
pub fn synth_template_yaml_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    let (props, options) = read_args(&props, &options)?;
    crate::synth_template(id, &props, &options).map(|t| crate::render::to_yaml(&t)).map_err(|e| synth_error(&e))
}

/// `validate(id, props, options?)`: every problem; never throws.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "Diagnostic[]")]
pub fn validate_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "unknown")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> JsValue {
    let diagnostics = match read_args(&props, &options) {
        Ok((props, options)) => crate::validate(id, &props, &options),
        Err(error) => {
            let located = Reflect::get(&error, &"diagnostics".into()).unwrap_or(JsValue::UNDEFINED);
            if Array::is_array(&located) {
                return located;
            }
            let message = Reflect::get(&error, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_default();
            vec![Diagnostic::new("", codes::INPUT, message)]
        }
    };
    diagnostics_array(&diagnostics).unwrap_or_else(|_| Object::new().into())
}

/// The feature flags the engine models (`SynthOptions.featureFlags` keys that change its output).
#[wasm_bindgen(js_name = featureFlagNames)]
pub fn feature_flag_names_js() -> Vec<String> {
    crate::model::flags::MODELLED.iter().map(|flag| flag.to_string()).collect()
}

/// Every diagnostic code (the `DiagnosticCode` type), from the registry.
#[wasm_bindgen(js_name = diagnosticCodes, unchecked_return_type = "DiagnosticCode[]")]
pub fn diagnostic_codes_js() -> Vec<String> {
    codes::ALL.iter().map(|code| code.to_string()).collect()
}

/// The names `SynthOptions.fixes` accepts: opt-in fixes of the construct's known defects.
#[wasm_bindgen(js_name = fixNames, unchecked_return_type = "FixName[]")]
pub fn fix_names_js() -> Vec<String> {
    crate::pattern::fixes::fix_names().into_iter().map(str::to_string).collect()
}

/// The engine's version.
#[wasm_bindgen(js_name = version)]
pub fn version_js() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
