//! Native synth time per conformance scenario (median, p95), and for a 100-column fieldSchema.
//! Run with `make bench`.

use std::time::Instant;

use kinesisstreams_gluejob::{synth_json, SynthOptions};
use kinesisstreams_gluejob_test_support::fixtures;
use serde_json::{json, Value};

fn time_case(id: &str, props: &Value, options: &SynthOptions, rounds: usize) -> f64 {
    let start = Instant::now();
    for _ in 0..rounds {
        let _ = std::hint::black_box(synth_json(id, props, options));
    }
    start.elapsed().as_secs_f64() * 1e6 / rounds as f64
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn main() {
    let mut times = Vec::new();
    for fixture in fixtures::load_all() {
        let options: SynthOptions = serde_json::from_value(fixture.options.clone()).unwrap_or_default();
        times.push(time_case(&fixture.id, &fixture.props, &options, 200));
    }
    times.sort_by(|a, b| a.total_cmp(b));
    if !times.is_empty() {
        println!(
            "conformance scenarios: {} cases, median {:.1} us, p95 {:.1} us per synth (JSON string out)",
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.95)
        );
    }
    for count in [100, 1_000, 10_000] {
        let rounds = (50_000 / count).max(5);
        let time = time_case("KinesisToGlue", &wide_schema(count), &SynthOptions::default(), rounds);
        println!("{count}-column fieldSchema: {time:.1} us per synth ({:.2} us per column)", time / count as f64);
    }
    let nested = time_case("KinesisToGlue", &nested_schema(32), &SynthOptions::default(), 500);
    println!("struct type nested 32 levels: {nested:.1} us per synth");
}

fn props_with_columns(columns: Vec<Value>) -> Value {
    json!({
        "glueJobProps": { "command": { "name": "gluestreaming", "pythonVersion": "3", "scriptLocation": "s3://bucket/script.py" } },
        "fieldSchema": columns
    })
}

fn wide_schema(count: usize) -> Value {
    props_with_columns(
        (0..count)
            .map(|i| json!({ "name": format!("column{i}"), "type": "string", "comment": format!("column {i}") }))
            .collect(),
    )
}

fn nested_schema(depth: usize) -> Value {
    let mut type_name = "int".to_string();
    for level in 0..depth {
        type_name = format!("struct<level{level}:{type_name},n{level}:string>");
    }
    props_with_columns(vec![json!({ "name": "deep", "type": type_name })])
}
