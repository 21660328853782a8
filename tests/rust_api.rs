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
fn borrowed_text_that_needs_escaping_is_escaped() {
    // A job argument whose name, then whose value, holds a quote, a backslash and a line break.
    const TEXT: &str = "--say \"hi\"\\\n";
    for (key, value) in [(TEXT, "x"), ("--say", TEXT)] {
        let mut props = minimal_props();
        props["glueJobProps"]["defaultArguments"] = serde_json::json!({ key: value });
        let from_serde = synth_json("KinesisToGlue", &props, &SynthOptions::default()).expect("synthesizes");

        // The same props as the engine's JSON, the key and the value borrowed as the engine's
        // own literals are.
        let mut arguments = Map::new();
        arguments.insert(Str::Borrowed(key), ir::Value::from(value));
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
        assert_eq!(job["Properties"]["DefaultArguments"][key], value);
    }
}
