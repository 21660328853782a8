//! Stack options across the wasm boundary, in Node and headless Chrome (see boundary.rs):
//! env, tags and stackName as JS objects, synthTemplate byte for byte against a fixture made by
//! the real construct, and option problems located by `/options/...` pointers.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

use kinesisstreams_gluejob::wasm;

const FIXTURE: &str = include_str!("../conformance/fixtures/tags-env-stack-name-output-bucket-many.json");
const TEMPLATE: &str =
    include_str!("../conformance/fixtures/tags-env-stack-name-output-bucket-many.template.expected.json");
const FRAGMENT: &str = include_str!("../conformance/fixtures/tags-env-stack-name-output-bucket-many.expected.json");

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("test JSON parses")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property read")
}

fn fixture() -> (String, JsValue, JsValue) {
    let meta = json(FIXTURE);
    let id = get(&meta, "id").as_string().expect("fixture id");
    (id, get(&meta, "props"), get(&meta, "options"))
}

#[wasm_bindgen_test]
fn synth_template_is_byte_exact_with_env_tags_and_stack_name() {
    let (id, props, options) = fixture();
    let template = wasm::synth_template_js(&id, props.clone(), options.clone()).expect("template");
    assert_eq!(template, TEMPLATE);
    let fragment = wasm::synth_json_js(&id, props.clone(), options.clone()).expect("fragment");
    assert_eq!(fragment, FRAGMENT);
    let yaml = wasm::synth_template_yaml_js(&id, props, options).expect("yaml").as_string().expect("yaml text");
    assert!(yaml.starts_with("Resources:\n") && yaml.contains("\nRules:\n  CheckBootstrapVersion:\n"), "{yaml}");
}

#[wasm_bindgen_test]
fn option_errors_and_warnings_name_the_option() {
    let (id, props, _) = fixture();
    let error = wasm::synth_js(&id, props.clone(), json(r#"{"env":{"account":123}}"#)).expect_err("refused");
    assert_eq!(
        get(&error, "message").as_string().as_deref(),
        Some("Account id of stack environment must be a 'string' but received 'number'")
    );
    let diagnostics: Array = get(&error, "diagnostics").into();
    assert_eq!(get(&diagnostics.get(0), "path").as_string().as_deref(), Some("/options/env/account"));

    let problems: Array = wasm::validate_js(&id, props.clone(), json(r#"{"stackName":"my_stack"}"#)).into();
    assert_eq!(problems.length(), 1);
    assert_eq!(get(&problems.get(0), "path").as_string().as_deref(), Some("/options/stackName"));

    let result = wasm::synth_js(&id, props, json(r#"{"env":{"region":"mars-1"},"tags":{"aws:owner":"x"}}"#))
        .expect("accepted with warnings");
    let warnings: Array = get(&result, "warnings").into();
    let paths: Vec<String> = warnings.iter().filter_map(|w| get(&w, "path").as_string()).collect();
    assert!(paths.contains(&"/options/env/region".to_string()), "{paths:?}");
    assert!(paths.contains(&"/options/tags/aws:owner".to_string()), "{paths:?}");
}

const UNICODE_TAGS: &str = include_str!("../conformance/fixtures/tags-unicode-minimal.json");
const UNICODE_TAGS_FRAGMENT: &str = include_str!("../conformance/fixtures/tags-unicode-minimal.expected.json");

#[wasm_bindgen_test]
fn unicode_tag_keys_sort_as_aws_cdk_lib_sorts_them() {
    // In WebAssembly the host's localeCompare orders the keys (Ä, é, 日本 among ASCII keys).
    let meta = json(UNICODE_TAGS);
    let id = get(&meta, "id").as_string().expect("fixture id");
    let fragment = wasm::synth_json_js(&id, get(&meta, "props"), get(&meta, "options")).expect("fragment");
    assert_eq!(fragment, UNICODE_TAGS_FRAGMENT);
}
