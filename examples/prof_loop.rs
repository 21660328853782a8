use kinesisstreams_gluejob::{ir, synth_json, SynthOptions};
use kinesisstreams_gluejob_test_support::fixtures::{self, Expected};
fn main() {
    let mut cases = Vec::new();
    for f in fixtures::load_all() {
        let Expected::Fragment(expected) = &f.expected else { continue };
        let Ok(o) = SynthOptions::from_json(&f.options) else { continue };
        let p = ir::Value::from(f.props.clone());
        if synth_json(&f.id, &p, &o).ok().as_deref() != Some(expected.as_str()) {
            continue;
        }
        cases.push((f.id, p, o));
    }
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let only: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(usize::MAX);
    let t = std::time::Instant::now();
    for _ in 0..n {
        for (id, p, o) in cases.iter().take(only) {
            std::hint::black_box(synth_json(id, p, o)).ok();
        }
    }
    eprintln!(
        "{} cases, {:.1} us/call",
        cases.len(),
        t.elapsed().as_secs_f64() * 1e6 / (n * cases.len().min(only)) as f64
    );
}
