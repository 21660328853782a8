//! The WebAssembly boundary: values cross as JSON text so key order and CDK's number layout
//! survive, and because it measures faster than serde-wasm-bindgen both ways (`make bench-js`
//! builds both with the feature boundary-bench); no logic lives here. Each export runs in the
//! allocator's per-call arena and hands back JavaScript values made inside it; once props and
//! options are read as text, the rest of the call (parsing, synthesizing, writing) runs in the
//! arena's scratch, which is emptied at once when it ends (`crate::discarding`).

use js_sys::{Array, Error, JsString, Object, Reflect, Uint8Array, JSON};
use wasm_bindgen::prelude::*;

use crate::diagnostics::codes;
use crate::{Diagnostic, ReadByEngine, SynthError, SynthOptions};

#[wasm_bindgen]
extern "C" {
    /// The host's UTF-8 encoder (the WHATWG Encoding standard's, in Node and every browser).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    /// Writes `source` as UTF-8 into `destination` (every host that runs the module has it; were
    /// it missing, the text is copied as before).
    #[wasm_bindgen(method, catch, js_name = encodeInto)]
    fn encode_into(
        this: &TextEncoder,
        source: &JsString,
        destination: &Uint8Array,
    ) -> Result<EncodeIntoResult, JsValue>;
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// A JavaScript string as Rust text, written by `TextEncoder.encodeInto` straight into the
/// engine's memory: wasm-bindgen's own copy (`as_string`) loops over the string's characters in
/// JavaScript (2% slower `synthJson()`).
fn to_rust_text(text: &JsString) -> String {
    let units = text.length() as usize;
    // UTF-8 takes at most three bytes for a UTF-16 code unit.
    let room = units * 3;
    let mut bytes: Vec<u8> = Vec::with_capacity(room);
    // SAFETY: the view covers the vector's capacity and is used only by `encodeInto`, which writes
    // within it; were the memory to grow before that (detaching the view), nothing is written.
    let view = unsafe { Uint8Array::view_mut_raw(bytes.as_mut_ptr(), room) };
    let written =
        ENCODER.with(|encoder| encoder.encode_into(text, &view).map_or(0, |result| result.written())) as usize;
    if written == 0 && units > 0 {
        return String::from(text);
    }
    // SAFETY: `encodeInto` wrote `written` bytes of UTF-8 at the vector's start.
    unsafe {
        bytes.set_len(written.min(room));
        String::from_utf8_unchecked(bytes)
    }
}

fn to_json_text(value: &JsValue) -> Result<String, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok("null".into());
    }
    let text = JSON::stringify(value)?;
    // `JSON.stringify` gives `undefined` for a function or a symbol.
    if !text.is_string() {
        return Err(Error::new("value cannot be serialized to JSON").into());
    }
    Ok(to_rust_text(&text))
}

fn from_json_text(text: &str) -> Result<JsValue, JsValue> {
    JSON::parse(text)
}

fn diagnostics_array(diagnostics: &[Diagnostic]) -> Result<JsValue, JsValue> {
    let mut text = Vec::new();
    crate::write_diagnostics(&mut text, diagnostics);
    from_json_text(&String::from_utf8(text).unwrap_or_else(|_| "[]".into()))
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

/// Props and options as JSON text, read from JavaScript before a part of the call that leaves
/// nothing behind (`crate::discarding`) parses them.
struct ArgTexts {
    props: String,
    options: Option<String>,
}

/// Props and options as JSON text: `JSON.stringify`, then serde_json (measured faster than
/// serde-wasm-bindgen by `make bench-js`).
fn arg_texts(props: &JsValue, options: &JsValue) -> Result<ArgTexts, JsValue> {
    let props = to_json_text(props)?;
    let options = if options.is_undefined() || options.is_null() { None } else { Some(to_json_text(options)?) };
    Ok(ArgTexts { props, options })
}

fn read_args(props: &JsValue, options: &JsValue) -> Result<(ReadByEngine, SynthOptions), JsValue> {
    parse_args(&arg_texts(props, options)?)
}

fn parse_args(texts: &ArgTexts) -> Result<(ReadByEngine, SynthOptions), JsValue> {
    let props = crate::ir::Value::from_json_text(&texts.props)
        .map_err(|e| input_error("", format!("props are not valid JSON: {e}")))?;
    let options = match &texts.options {
        None => SynthOptions::default(),
        Some(text) => {
            let value = crate::ir::Value::from_json_text(text)
                .map_err(|e| input_error("/options", format!("invalid options: {e}")))?;
            SynthOptions::from_json(&ReadByEngine(value)).map_err(|e| synth_error(&e))?
        }
    };
    Ok((ReadByEngine(props), options))
}

/// `synth()`'s result as JSON text, then `JSON.parse` (measured faster than serde-wasm-bindgen by
/// `make bench-js`).
fn result_to_js(result: &crate::SynthResult) -> Result<JsValue, JsValue> {
    from_json_text(&result.to_json())
}

/// `synth(id, props, options?)` -> `{ fragment, properties, warnings }`; throws `SynthError`.
#[wasm_bindgen(js_name = synth, unchecked_return_type = "SynthResult")]
pub fn synth_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    synth_detail(id, &props, &options, crate::Detail::Result)
}

/// `synthConstruction(id, props, options?)`: `synth`'s result plus `constructPaths` and
/// `construction`, what the CDK adapter replays; throws `SynthError`.
#[wasm_bindgen(js_name = synthConstruction, unchecked_return_type = "ConstructionResult")]
pub fn synth_construction_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    synth_detail(id, &props, &options, crate::Detail::Construction)
}

fn synth_detail(id: &str, props: &JsValue, options: &JsValue, detail: crate::Detail) -> Result<JsValue, JsValue> {
    with_args(props, options, |props, options| {
        let result = crate::synth_with(id, props, options, detail).map_err(|e| synth_error(&e))?;
        let js = result_to_js(&result);
        crate::release(result);
        js
    })
}

/// An export that renders text: `render`'s text handed back as a JavaScript string.
fn text_export(
    props: &JsValue,
    options: &JsValue,
    render: impl FnOnce(&ReadByEngine, &SynthOptions) -> Result<String, SynthError>,
) -> Result<JsValue, JsValue> {
    with_args(props, options, |props, options| {
        render(props, options).map(|text| JsValue::from_str(&text)).map_err(|e| synth_error(&e))
    })
}

/// Runs `f` in the call arena on the props and options: read as text from JavaScript, then
/// parsed, with the rest of the call, in the arena's scratch.
fn with_args(
    props: &JsValue,
    options: &JsValue,
    f: impl FnOnce(&ReadByEngine, &SynthOptions) -> Result<JsValue, JsValue>,
) -> Result<JsValue, JsValue> {
    crate::in_call_arena(|| {
        let texts = arg_texts(props, options)?;
        crate::discarding(|| {
            let (props, options) = parse_args(&texts)?;
            f(&props, &options)
        })
    })
}

/// `synthJson(id, props, options?)`: the fragment as CDK writes it, byte for byte.
#[wasm_bindgen(js_name = synthJson, unchecked_return_type = "string")]
pub fn synth_json_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    text_export(&props, &options, |props, options| crate::synth_json(id, props, options))
}

/// `synthYaml(id, props, options?)`: the fragment as YAML (block style, keys in template order).
#[wasm_bindgen(js_name = synthYaml, unchecked_return_type = "string")]
pub fn synth_yaml_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    text_export(&props, &options, |props, options| crate::synth_yaml(id, props, options))
}

/// `synthTemplate(id, props, options?)`: the whole stack template as aws-cdk-lib writes it.
#[wasm_bindgen(js_name = synthTemplate, unchecked_return_type = "string")]
pub fn synth_template_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    text_export(&props, &options, |props, options| crate::synth_template_json(id, props, options))
}

/// `synthTemplateYaml(id, props, options?)`: the whole stack template as YAML.
#[wasm_bindgen(js_name = synthTemplateYaml, unchecked_return_type = "string")]
pub fn synth_template_yaml_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "KinesisstreamsToGluejobProps")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    text_export(&props, &options, |props, options| {
        crate::synth_template(id, props, options).map(|template| crate::render::to_yaml(&template))
    })
}

/// `validate(id, props, options?)`: every problem; never throws.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "Diagnostic[]")]
pub fn validate_js(
    id: &str,
    #[wasm_bindgen(unchecked_param_type = "unknown")] props: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SynthOptions | undefined")] options: JsValue,
) -> JsValue {
    crate::in_call_arena(|| validate_in_arena(id, &props, &options))
}

fn validate_in_arena(id: &str, props: &JsValue, options: &JsValue) -> JsValue {
    let diagnostics = match read_args(props, options) {
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

/// The boundary crossed both ways, JSON text and serde-wasm-bindgen, for `make bench-js` only.
#[cfg(feature = "boundary-bench")]
mod boundary_bench {
    use crate::ir::Value;
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    use super::{input_error, read_args, result_to_js, synth_error};
    use crate::{ReadByEngine, SynthOptions};

    /// Props and options through serde-wasm-bindgen. Integral numbers become integers as
    /// serde_json reads `JSON.stringify`'s text, so CDK's number layout is the same either way.
    fn read_args_swb(props: &JsValue, options: &JsValue) -> Result<(ReadByEngine, SynthOptions), JsValue> {
        let read = |value: &JsValue, path: &str| -> Result<Value, JsValue> {
            let value: Value = serde_wasm_bindgen::from_value(value.clone())
                .map_err(|e| input_error(path, format!("not JSON data: {e}")))?;
            Ok(integral_numbers_as_integers(value))
        };
        let props = read(props, "")?;
        let options = if options.is_undefined() || options.is_null() {
            SynthOptions::default()
        } else {
            SynthOptions::from_json(&ReadByEngine(read(options, "/options")?)).map_err(|e| synth_error(&e))?
        };
        Ok((ReadByEngine(props), options))
    }

    fn integral_numbers_as_integers(value: Value) -> Value {
        match value {
            Value::Number(n) => match n.as_f64() {
                Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e21 => {
                    if f >= 0.0 && f < u64::MAX as f64 {
                        Value::from(f as u64)
                    } else if f < 0.0 && f >= i64::MIN as f64 {
                        Value::from(f as i64)
                    } else {
                        Value::Number(n)
                    }
                }
                _ => Value::Number(n),
            },
            Value::Array(items) => Value::Array(items.into_iter().map(integral_numbers_as_integers).collect()),
            Value::Object(map) => {
                Value::Object(map.into_iter().map(|(k, v)| (k, integral_numbers_as_integers(v))).collect())
            }
            other => other,
        }
    }

    fn result_to_js_swb(result: &crate::SynthResult) -> Result<JsValue, JsValue> {
        result.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
    }

    fn read(props: &JsValue, options: &JsValue, way: &str) -> Result<(ReadByEngine, SynthOptions), JsValue> {
        match way {
            "text" => read_args(props, options),
            "swb" => read_args_swb(props, options),
            _ => Err(js_sys::Error::new("way is text or swb").into()),
        }
    }

    fn write(result: &crate::SynthResult, way: &str) -> Result<JsValue, JsValue> {
        match way {
            "text" => result_to_js(result),
            "swb" => result_to_js_swb(result),
            _ => Err(js_sys::Error::new("way is text or swb").into()),
        }
    }

    /// Reads props and options `rounds` times the given way; returns the number of props.
    #[wasm_bindgen(js_name = boundaryIn)]
    pub fn boundary_in(props: JsValue, options: JsValue, way: &str, rounds: u32) -> Result<usize, JsValue> {
        let mut count = 0;
        for _ in 0..rounds {
            let (props, _) = read(&props, &options, way)?;
            count = props.0.as_object().map_or(0, |o| o.len());
        }
        Ok(count)
    }

    thread_local! {
        static PREPARED: std::cell::RefCell<Option<crate::SynthResult>> = const { std::cell::RefCell::new(None) };
    }

    /// Synthesizes once and keeps the result for `boundaryOut`.
    #[wasm_bindgen(js_name = boundaryPrepare)]
    pub fn boundary_prepare(id: &str, props: JsValue, options: JsValue) -> Result<(), JsValue> {
        let (props, options) = read_args(&props, &options)?;
        let result = crate::synth_with(id, &props, &options, crate::Detail::Result).map_err(|e| synth_error(&e))?;
        PREPARED.with(|prepared| *prepared.borrow_mut() = Some(result));
        Ok(())
    }

    /// Writes the prepared result `rounds` times the given way; returns the last.
    #[wasm_bindgen(js_name = boundaryOut)]
    pub fn boundary_out(way: &str, rounds: u32) -> Result<JsValue, JsValue> {
        PREPARED.with(|prepared| {
            let prepared = prepared.borrow();
            let result = prepared.as_ref().ok_or_else(|| js_sys::Error::new("call boundaryPrepare first"))?;
            let mut out = JsValue::UNDEFINED;
            for _ in 0..rounds {
                out = write(result, way)?;
            }
            Ok(out)
        })
    }

    /// `synth()` with props read and the result written the given ways.
    #[wasm_bindgen(js_name = synthVia)]
    pub fn synth_via(
        id: &str,
        props: JsValue,
        options: JsValue,
        way_in: &str,
        way_out: &str,
    ) -> Result<JsValue, JsValue> {
        let (props, options) = read(&props, &options, way_in)?;
        let result = crate::synth_with(id, &props, &options, crate::Detail::Result).map_err(|e| synth_error(&e))?;
        write(&result, way_out)
    }

    /// `synthJson()` with props read the given way.
    #[wasm_bindgen(js_name = synthJsonVia)]
    pub fn synth_json_via(id: &str, props: JsValue, options: JsValue, way_in: &str) -> Result<String, JsValue> {
        let (props, options) = read(&props, &options, way_in)?;
        crate::synth_json(id, &props, &options).map_err(|e| synth_error(&e))
    }
}
