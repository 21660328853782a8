//! The wasm boundary seen from JS: the exports called as the JS glue calls them.

use js_sys::{Array, Error, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use kinesisstreams_gluejob::wasm;
use kinesisstreams_gluejob_test_support::oracle::Rng;

const MINIMAL: &str = include_str!("../../examples/minimal.json");
const MINIMAL_EXPECTED: &str = include_str!("../conformance/fixtures/minimal-plain-id.expected.json");

/// Calls an export the way the JS glue does: `JsValue`s in, `Result<JsValue, JsValue>` out.
fn call_export(name: &str, id: &str, props: &JsValue, options: &JsValue) -> Result<JsValue, JsValue> {
    let (props, options) = (props.clone(), options.clone());
    match name {
        "synth" => wasm::synth_js(id, props, options),
        "synthConstruction" => wasm::synth_construction_js(id, props, options),
        "synthJson" => wasm::synth_json_js(id, props, options),
        "synthYaml" => wasm::synth_yaml_js(id, props, options),
        "validate" => Ok(wasm::validate_js(id, props, options)),
        "version" => Ok(wasm::version_js().into()),
        other => panic!("no export {other}"),
    }
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON parses")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property read")
}

fn invalid_props() -> JsValue {
    json(
        r#"{"glueJobProps":{"command":{"name":"gluestreaming","scriptLocation":"s3://b/k.py"}},"fieldSchema":"x","bogus":1}"#,
    )
}

#[wasm_bindgen_test]
fn synth_returns_plain_objects() {
    let result =
        call_export("synth", "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED).expect("minimal props synthesize");
    let fragment = get(&result, "fragment");
    assert!(fragment.is_object());
    assert!(!fragment.is_instance_of::<js_sys::Map>(), "fragment must be a plain object");
    let resources = get(&fragment, "Resources");
    let keys = Object::keys(resources.unchecked_ref::<Object>());
    assert!(keys.length() >= 8, "expected the pattern's resources, got {}", keys.length());
    let expected_keys = Object::keys(get(&json(MINIMAL_EXPECTED), "Resources").unchecked_ref::<Object>());
    assert_eq!(
        JSON::stringify(&keys).unwrap().as_string(),
        JSON::stringify(&expected_keys).unwrap().as_string(),
        "resource keys in CDK order"
    );
    let properties = get(&result, "properties");
    assert!(properties.is_object());
    assert!(!get(&properties, "glueJob").is_undefined());
    assert!(Array::is_array(&get(&result, "warnings")));
}

#[wasm_bindgen_test]
fn only_synth_construction_describes_the_construction() {
    let plain = call_export("synth", "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED).expect("synth");
    let keys = |value: &JsValue| JSON::stringify(&Object::keys(value.unchecked_ref::<Object>())).ok()?.as_string();
    assert_eq!(keys(&plain).as_deref(), Some(r#"["fragment","properties","warnings"]"#));
    let full = call_export("synthConstruction", "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED)
        .expect("synthConstruction");
    assert_eq!(keys(&full).as_deref(), Some(r#"["fragment","properties","warnings","constructPaths","construction"]"#));
    assert_eq!(JSON::stringify(&get(&full, "fragment")).ok(), JSON::stringify(&get(&plain, "fragment")).ok());
    let steps = get(&get(&full, "construction"), "steps");
    assert!(Array::is_array(&steps) && Array::from(&steps).length() > 10, "the construction's steps");
    // Every resource of the fragment has its construct path.
    let paths = get(&full, "constructPaths");
    let resources = Object::keys(get(&get(&full, "fragment"), "Resources").unchecked_ref::<Object>());
    assert_eq!(Object::keys(paths.unchecked_ref::<Object>()).length(), resources.length());
    for id in resources.iter() {
        let path = get(&paths, &id.as_string().unwrap_or_default()).as_string().unwrap_or_default();
        assert!(!path.is_empty(), "{id:?} has no construct path");
    }
}

#[wasm_bindgen_test]
fn synth_json_is_byte_exact() {
    let text = call_export("synthJson", "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED)
        .expect("minimal props synthesize")
        .as_string()
        .expect("synthJson returns a string");
    assert_eq!(text, MINIMAL_EXPECTED);
}

#[wasm_bindgen_test]
fn synth_json_honours_scope() {
    let options = json(r#"{"scope":["Nested"]}"#);
    let text = call_export("synthJson", "KinesisGlue", &json(MINIMAL), &options).unwrap().as_string().unwrap();
    assert_ne!(text, MINIMAL_EXPECTED);
    assert!(text.contains("\"Nested"), "scope must reach the logical ids");
}

#[wasm_bindgen_test]
fn synth_yaml_renders_the_fragment() {
    let text =
        call_export("synthYaml", "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED).unwrap().as_string().unwrap();
    assert!(text.starts_with("Resources:\n"), "got {text:.40}");
    assert!(text.contains("Type: AWS::Glue::Job"));
}

#[wasm_bindgen_test]
fn validate_lists_every_problem_and_never_throws() {
    let ok = call_export("validate", "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED).unwrap();
    assert!(Array::is_array(&ok));
    assert_eq!(Array::from(&ok).length(), 0);

    let bad =
        call_export("validate", "KinesisGlue", &invalid_props(), &JsValue::UNDEFINED).expect("validate never throws");
    let bad = Array::from(&bad);
    assert!(bad.length() >= 2, "both problems are reported, got {}", bad.length());
    for d in bad.iter() {
        assert!(get(&d, "path").is_string());
        assert!(get(&d, "message").is_string());
        assert!(get(&d, "code").is_string());
    }
    let paths: Vec<String> = bad.iter().filter_map(|d| get(&d, "path").as_string()).collect();
    assert!(paths.iter().any(|p| p == "/bogus"), "paths are JSON pointers into the props: {paths:?}");

    let not_object = call_export("validate", "x", &JsValue::from(42), &JsValue::UNDEFINED).unwrap();
    assert!(Array::from(&not_object).length() >= 1);
}

#[wasm_bindgen_test]
fn synth_error_has_name_message_and_diagnostics() {
    let error =
        call_export("synth", "KinesisGlue", &invalid_props(), &JsValue::UNDEFINED).expect_err("invalid props throw");
    assert!(error.is_instance_of::<Error>(), "SynthError is an Error");
    let error: Error = error.unchecked_into();
    assert_eq!(String::from(error.name()), "SynthError");
    assert!(!String::from(error.message()).is_empty());
    let diagnostics = get(&error, "diagnostics");
    assert!(Array::is_array(&diagnostics));
    assert!(Array::from(&diagnostics).length() >= 2);

    let json_error = call_export("synthJson", "KinesisGlue", &invalid_props(), &JsValue::UNDEFINED)
        .expect_err("synthJson throws too");
    assert_eq!(get(&json_error, "name").as_string().as_deref(), Some("SynthError"));

    let options_error = call_export("synth", "KinesisGlue", &json(MINIMAL), &json(r#"{"scpoe":["typo"]}"#))
        .expect_err("unknown options are errors");
    assert_eq!(get(&options_error, "name").as_string().as_deref(), Some("SynthError"));
}

#[wasm_bindgen_test]
fn a_failing_call_leaves_the_module_usable() {
    for _ in 0..3 {
        assert!(call_export("synth", "KinesisGlue", &invalid_props(), &JsValue::UNDEFINED).is_err());
        assert!(call_export("synthJson", "KinesisGlue", &JsValue::NULL, &JsValue::UNDEFINED).is_err());
        let text = call_export("synthJson", "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED)
            .expect("a working call after a failing one")
            .as_string()
            .unwrap();
        assert_eq!(text, MINIMAL_EXPECTED);
    }
}

/// Props of 10,000 columns whose comments are not ASCII: a synthesis larger than the call arena's
/// first scratch chunk, and text that crosses in as UTF-8.
fn many_columns() -> JsValue {
    let columns: Vec<String> =
        (0..10_000).map(|i| format!(r#"{{"name":"c{i}","type":"string","comment":"é😀 {i}"}}"#)).collect();
    json(&format!(
        r#"{{"glueJobProps":{{"command":{{"name":"gluestreaming","scriptLocation":"s3://bucket/k.py"}}}},"fieldSchema":[{}]}}"#,
        columns.join(",")
    ))
}

#[wasm_bindgen_test]
fn a_large_synthesis_leaves_nothing_behind_for_the_next() {
    let props = many_columns();
    let synth_json = |props: &JsValue| {
        call_export("synthJson", "KinesisGlue", props, &JsValue::UNDEFINED).unwrap().as_string().unwrap()
    };
    let first = synth_json(&props);
    assert!(first.contains("\"Comment\": \"é😀 9999\""), "the last column, its comment intact");
    assert_eq!(synth_json(&json(MINIMAL)), MINIMAL_EXPECTED);
    assert_eq!(synth_json(&props), first);
    let fragment = get(&call_export("synth", "KinesisGlue", &props, &JsValue::UNDEFINED).unwrap(), "fragment");
    let written = JSON::stringify_with_replacer_and_space(&fragment, &JsValue::NULL, &JsValue::from(1)).unwrap();
    assert_eq!(written.as_string().as_deref(), Some(first.as_str()), "synth() and synthJson() agree");
}

#[wasm_bindgen_test]
fn repeated_calls_leave_the_memory_as_it_was() {
    let memory_size = || {
        let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
        memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length()
    };
    let calls = || {
        for name in ["synthJson", "synth", "synthConstruction", "synthYaml", "validate"] {
            call_export(name, "KinesisGlue", &json(MINIMAL), &JsValue::UNDEFINED).unwrap();
        }
        assert!(call_export("synthJson", "KinesisGlue", &invalid_props(), &JsValue::UNDEFINED).is_err());
    };
    calls();
    let before = memory_size();
    for _ in 0..50 {
        calls();
    }
    assert_eq!(memory_size(), before, "a call that kept a chunk would grow the memory by a megabyte");
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    let v = call_export("version", "", &JsValue::UNDEFINED, &JsValue::UNDEFINED).unwrap();
    assert_eq!(v.as_string().as_deref(), Some(env!("CARGO_PKG_VERSION")));
}

/// The job's `MaxCapacity` in `synth()`'s fragment for props that give `maxCapacity`.
fn synthesized_max_capacity(max_capacity: f64) -> JsValue {
    let props = json(MINIMAL);
    Reflect::set(&get(&props, "glueJobProps"), &"maxCapacity".into(), &max_capacity.into()).expect("property set");
    let result = call_export("synth", "KinesisGlue", &props, &JsValue::UNDEFINED).expect("props synthesize");
    let resources = get(&get(&result, "fragment"), "Resources");
    let job = Object::values(resources.unchecked_ref::<Object>())
        .iter()
        .find(|r| get(r, "Type").as_string().as_deref() == Some("AWS::Glue::Job"))
        .expect("a Glue job");
    get(&get(&job, "Properties"), "MaxCapacity")
}

#[wasm_bindgen_test]
fn numbers_come_back_as_the_doubles_javascript_gave() {
    // CDK writes a number as JavaScript holds it, so the template must hold the same double: also
    // those of 17 digits, which the host reads for the engine.
    let mut rng = Rng::new(7);
    let mut doubles =
        vec![0.1, 0.0625, 0.30000000000000004, 0.009729743003845215, 1e21, 123456789012345680000.0, 5e-324];
    while doubles.len() < 300 {
        let f = f64::from_bits(rng.next_u64() >> 2); // positive, of every magnitude
        if f.is_finite() {
            doubles.push(f);
        }
    }
    for f in doubles {
        let back = synthesized_max_capacity(f).as_f64();
        assert_eq!(back.map(f64::to_bits), Some(f.to_bits()), "{f:e}");
    }
}
