//! The Rust API reads props as `serde_json::Value` or as the engine's own `ir::Value`; either way
//! the template is the same.
#![cfg(not(target_arch = "wasm32"))]

use kinesisstreams_gluejob::ir::{self, Map, Str};
use kinesisstreams_gluejob::{synth_json, SynthOptions};

fn minimal_props() -> serde_json::Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/minimal.json"));
    serde_json::from_str(&text.expect("examples/minimal.json")).expect("examples/minimal.json is JSON")
}

#[test]
fn a_borrowed_key_that_needs_escaping_is_escaped() {
    // A job argument whose name holds a quote, a backslash and a line break.
    const KEY: &str = "--say \"hi\"\\\n";
    let mut props = minimal_props();
    props["glueJobProps"]["defaultArguments"] = serde_json::json!({ KEY: "x" });
    let from_serde = synth_json("KinesisToGlue", &props, &SynthOptions::default()).expect("synthesizes");

    // The same props as the engine's JSON, the key borrowed as the engine's own keys are.
    let mut arguments = Map::new();
    arguments.insert(Str::Borrowed(KEY), ir::Value::from("x"));
    let mut ir_props: ir::Value = serde_json::from_value(minimal_props()).expect("reads as ir::Value");
    let job = ir_props.get_mut("glueJobProps").and_then(ir::Value::as_object_mut).expect("glueJobProps");
    job.insert("defaultArguments".into(), ir::Value::Object(arguments));
    let from_ir = synth_json("KinesisToGlue", &ir_props, &SynthOptions::default()).expect("synthesizes");

    assert_eq!(from_ir, from_serde);
    let template: serde_json::Value = serde_json::from_str(&from_ir).expect("the template is JSON");
    let job = template["Resources"]
        .as_object()
        .and_then(|resources| resources.values().find(|r| r["Type"] == "AWS::Glue::Job"))
        .expect("a Glue job");
    assert_eq!(job["Properties"]["DefaultArguments"][KEY], "x");
}
