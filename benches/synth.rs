//! Native figures of the engine against the performance targets: `synth_json` and `synth` per
//! conformance scenario (median, p95), the part of `synth_json` that writes the text and
//! `synth_json` with the CLI's allocator (mimalloc) in place of the system's, the largest inputs
//! (10,000 columns, 32-level nested struct types, 10,000 keys in one object, 10,000 stack tags,
//! 10,000 sibling constructs, as the CDK adapter passes a crowded scope's)
//! with their cost per item and the peak memory of one synthesis, then a table of figures against
//! targets. Run with `make bench` (`cargo bench --bench synth`).
//!   BENCH_CASE_MS   time spent repeating each conformance scenario (default 8 ms)
//!   BENCH_INSTRUCTIONS=N   instead, call each scenario's `synth_json` N times with each
//!                   allocator, untimed, for `make bench-instructions` to count under callgrind
//! Prints figures only; nothing here asserts a timing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use kinesisstreams_gluejob::{ir, render, synth, synth_json, synth_with, Detail, SynthOptions};
use kinesisstreams_gluejob_test_support::fixtures::{self, Expected};
use mimalloc::MiMalloc;
use serde_json::{json, Value};

/// The system allocator, as a Rust application that links the engine has by default, or the
/// CLI's (mimalloc) inside `with_cli_allocator`, counting the bytes live and their peak while
/// `peak_bytes` measures one synthesis; timed calls run without the counters (atomic operations
/// on every allocation). A block is freed (or grown) by the allocator serving at the time: every
/// block made inside `with_cli_allocator` is freed there too, so the two never see each other's
/// blocks. (Asking mimalloc which heap holds each freed block instead added about 3% to both
/// figures, alternating the two benchmarks.)
struct Counting;

static CLI_ALLOCATOR: AtomicBool = AtomicBool::new(false);
static COUNTING: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);

fn count(bytes: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
        PEAK.fetch_max(live, Ordering::Relaxed);
    }
}

fn serving() -> &'static dyn GlobalAlloc {
    if CLI_ALLOCATOR.load(Ordering::Relaxed) {
        &MiMalloc
    } else {
        &System
    }
}

// SAFETY: every call is forwarded unchanged to one of two allocators, and a block is always freed
// or grown by the one that made it (see `with_cli_allocator`); only the counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = serving().alloc(layout);
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = serving().alloc_zeroed(layout);
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        serving().dealloc(ptr, layout);
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = serving().realloc(ptr, layout, new_size);
        if !new.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// `f` with the CLI's allocator serving. What `f` returns holds no heap memory (`Copy`), and it
/// frees every block it makes before returning (the timed calls drop their results), so no block
/// outlives the allocator that made it.
fn with_cli_allocator<T: Copy>(f: impl FnOnce() -> T) -> T {
    CLI_ALLOCATOR.store(true, Ordering::Relaxed);
    let out = f();
    CLI_ALLOCATOR.store(false, Ordering::Relaxed);
    out
}

/// The peak of bytes live during `f` above what was live before it.
fn peak_bytes<T>(f: impl FnOnce() -> T) -> (T, usize) {
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let out = f();
    COUNTING.store(false, Ordering::Relaxed);
    (out, PEAK.load(Ordering::Relaxed).max(0) as usize)
}

/// Median time of one call (µs): `f` is called at least `min_calls` times and until `budget` is spent.
fn time_calls(budget: Duration, min_calls: usize, mut f: impl FnMut()) -> f64 {
    f(); // warm-up: caches, lazily built tables
    let mut times = Vec::new();
    let start = Instant::now();
    while times.len() < min_calls || start.elapsed() < budget {
        let t0 = Instant::now();
        f();
        times.push(t0.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    percentile(&times, 0.5)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn median_usize(mut values: Vec<usize>) -> usize {
    values.sort_unstable();
    values[values.len() / 2]
}

/// Props are held in the engine's own JSON, read once, as the package reads them from JSON text.
struct Case {
    id: String,
    props: ir::Value,
    options: SynthOptions,
}

/// The conformance scenarios the engine reproduces byte for byte (checked here once), and how many
/// fragment scenarios were left out because they differ (the known gaps).
fn corpus() -> (Vec<Case>, usize, usize) {
    let mut cases = Vec::new();
    let mut differing = 0;
    let mut peaks = Vec::new();
    for fixture in fixtures::load_all() {
        let Expected::Fragment(expected) = &fixture.expected else { continue };
        let Ok(options) = SynthOptions::from_json(&fixture.options) else { continue };
        let (out, peak) = peak_bytes(|| synth_json(&fixture.id, &fixture.props, &options));
        if out.ok().as_deref() != Some(expected.as_str()) {
            differing += 1;
            continue;
        }
        peaks.push(peak);
        cases.push(Case { id: fixture.id, props: ir::Value::from(fixture.props), options });
    }
    let peak = if peaks.is_empty() { 0 } else { median_usize(peaks) };
    (cases, differing, peak)
}

/// Per scenario, the median time of a call of `synth_json`, of `synth`, and of writing the
/// scenario's fragment (built once beforehand) with `synth_json`'s writer: the rest of a
/// `synth_json` call builds the template and drops it; and of `synth_json` with the CLI's
/// allocator in place of the system's. The four are timed one after another for each scenario, so a
/// change in the machine's load falls on all alike.
struct CorpusTimes {
    synth_json: Vec<f64>,
    synth: Vec<f64>,
    writing: Vec<f64>,
    synth_json_cli: Vec<f64>,
}

/// One `synth_json` call of a scenario, its result dropped: what is timed and counted.
fn call_synth_json(c: &Case) {
    let _ = std::hint::black_box(synth_json(&c.id, std::hint::black_box(&c.props), &c.options));
}

/// A scenario's fragment. Every scenario here was reproduced by `corpus`, so it synthesizes.
fn fragment_of(c: &Case) -> ir::Value {
    match synth_with(&c.id, &c.props, &c.options, Detail::Fragment) {
        Ok(result) => result.fragment,
        Err(e) => panic!("{}: the engine refused a scenario it reproduced: {}", c.id, e.message),
    }
}

fn corpus_times(cases: &[Case], budget: Duration) -> CorpusTimes {
    let mut times =
        CorpusTimes { synth_json: Vec::new(), synth: Vec::new(), writing: Vec::new(), synth_json_cli: Vec::new() };
    for c in cases {
        let synth_json_call = || call_synth_json(c);
        times.synth_json.push(time_calls(budget, 3, synth_json_call));
        times.synth.push(time_calls(budget, 3, || {
            let _ = std::hint::black_box(synth(&c.id, std::hint::black_box(&c.props), &c.options));
        }));
        let fragment = fragment_of(c);
        times.writing.push(time_calls(budget, 3, || {
            let _ = std::hint::black_box(render::to_cdk_json(std::hint::black_box(&fragment)));
        }));
        // The engine's lazily made tables were made above, with the system allocator.
        let cli = with_cli_allocator(|| time_calls(budget, 3, synth_json_call));
        times.synth_json_cli.push(cli);
    }
    for series in [&mut times.synth_json, &mut times.synth, &mut times.writing, &mut times.synth_json_cli] {
        series.sort_by(f64::total_cmp);
    }
    times
}

/// One `synth_json` call with the system allocator: a function of its own, never inlined, whose
/// instructions callgrind counts (`scripts/bench-instructions.sh`).
#[inline(never)]
fn counted_with_system_allocator(c: &Case) {
    call_synth_json(c);
}

/// The same with the CLI's allocator serving (switched inside, which also keeps the two functions
/// from being folded into one).
#[inline(never)]
fn counted_with_cli_allocator(c: &Case) {
    with_cli_allocator(|| call_synth_json(c))
}

/// For scale, what the finished template's values alone cost: a copy of the scenario's fragment,
/// made and dropped (the template a synthesis builds and drops, without the work of building it).
#[inline(never)]
fn copied_with_system_allocator(fragment: &ir::Value) {
    drop(std::hint::black_box(fragment.clone()));
}

/// The same with the CLI's allocator serving.
#[inline(never)]
fn copied_with_cli_allocator(fragment: &ir::Value) {
    with_cli_allocator(|| drop(std::hint::black_box(fragment.clone())))
}

/// Calls each scenario's `synth_json` `rounds` times with each allocator (the engine's lazily made
/// tables were made by `corpus`, which synthesized every scenario), then copies its fragment as
/// many times; prints how many calls each function made.
fn instruction_run(cases: &[Case], rounds: usize) {
    for _ in 0..rounds {
        for c in cases {
            counted_with_system_allocator(c);
            counted_with_cli_allocator(c);
        }
    }
    // The copies after the calls, their fragments made only then: glibc's costs move with the
    // state of its heap (by 3% when the fragments were held through the calls).
    let fragments: Vec<ir::Value> = cases.iter().map(fragment_of).collect();
    for _ in 0..rounds {
        for fragment in &fragments {
            copied_with_system_allocator(fragment);
            copied_with_cli_allocator(fragment);
        }
    }
    println!("calls per allocator: {}", cases.len() * rounds);
}

struct Large {
    label: String,
    size: usize,
    micros: f64,
    peak: usize,
}

fn large(label: String, size: usize, props: &Value, options: &SynthOptions) -> Large {
    let props = &ir::Value::from(props);
    let (out, peak) = peak_bytes(|| synth_json("KinesisToGlue", props, options));
    if let Err(e) = out {
        panic!("{label}: the engine refused the input: {}", e.message);
    }
    let micros = time_calls(Duration::from_millis(400), 5, || {
        let _ = std::hint::black_box(synth_json("KinesisToGlue", std::hint::black_box(props), options));
    });
    Large { label, size, micros, peak }
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

/// One object of `count` keys from the caller (the job's `defaultArguments`).
fn wide_object(count: usize) -> Value {
    let arguments: serde_json::Map<String, Value> =
        (0..count).map(|i| (format!("--argument{i}"), json!(format!("value {i}")))).collect();
    json!({
        "glueJobProps": {
            "command": { "name": "gluestreaming", "pythonVersion": "3", "scriptLocation": "s3://bucket/script.py" },
            "defaultArguments": arguments
        },
        "fieldSchema": [{ "name": "id", "type": "int" }]
    })
}

/// `count` stack tags (`Tags.of(construct).add`), on every taggable resource.
fn many_tags(count: usize) -> SynthOptions {
    let tags: serde_json::Map<String, Value> =
        (0..count).map(|i| (format!("tag{i}"), json!(format!("value {i}")))).collect();
    match SynthOptions::from_json(&json!({ "tags": tags })) {
        Ok(options) => options,
        Err(e) => panic!("{count} tags: {}", e.message),
    }
}

/// `count` constructs already in the construct's scope (`siblings`).
fn many_siblings(count: usize) -> SynthOptions {
    let siblings: Vec<String> = (0..count).map(|i| format!("Other{i}")).collect();
    match SynthOptions::from_json(&json!({ "siblings": siblings })) {
        Ok(options) => options,
        Err(e) => panic!("{count} siblings: {}", e.message),
    }
}

fn nested_schema(depth: usize) -> Value {
    let mut type_name = "int".to_string();
    for level in 0..depth {
        type_name = format!("struct<level{level}:{type_name},n{level}:string>");
    }
    props_with_columns(vec![json!({ "name": "deep", "type": type_name })])
}

/// The opt-level Cargo.toml gives the `bench` profile (it inherits `release` unless it sets its own).
fn bench_opt_level() -> String {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap_or_default();
    let opt_level_in = |profile: &str| {
        let header = format!("[profile.{profile}]");
        let mut lines = manifest.lines().skip_while(|line| line.trim() != header).skip(1);
        lines.by_ref().take_while(|line| !line.trim_start().starts_with('[')).find_map(|line| {
            line.trim().strip_prefix("opt-level").map(|v| v.trim_start_matches([' ', '=']).trim().to_string())
        })
    };
    let level = opt_level_in("bench").or_else(|| opt_level_in("release")).unwrap_or_else(|| "3".into());
    match std::env::var("CARGO_PROFILE_BENCH_OPT_LEVEL") {
        Ok(overridden) => format!("{overridden} (CARGO_PROFILE_BENCH_OPT_LEVEL; Cargo.toml: {level})"),
        Err(_) => level,
    }
}

fn us(micros: f64) -> String {
    if micros >= 1000.0 {
        format!("{:.2} ms", micros / 1000.0)
    } else {
        format!("{micros:.1} µs")
    }
}

fn mib(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / (1 << 20) as f64)
    } else {
        format!("{:.0} KiB", bytes as f64 / 1024.0)
    }
}

/// The cost per unit (column, level) of the largest input over the smallest's: at most 1 plus noise
/// when the cost is linear (the fixed cost of a synthesis makes small inputs dearer per unit).
fn growth(series: &[Large]) -> f64 {
    let per_unit = |l: &Large| l.micros / l.size as f64;
    per_unit(&series[series.len() - 1]) / per_unit(&series[0])
}

fn main() {
    let case_ms = std::env::var("BENCH_CASE_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let budget = Duration::from_millis(case_ms);
    println!(
        "native engine, bench profile opt-level {}{}, with the system allocator",
        bench_opt_level(),
        if cfg!(debug_assertions) { " (debug assertions on)" } else { "" }
    );

    let (cases, differing, corpus_peak) = corpus();
    assert!(!cases.is_empty(), "no conformance scenario reproduced; nothing to measure");
    if let Some(rounds) = std::env::var("BENCH_INSTRUCTIONS").ok().and_then(|v| v.parse().ok()) {
        return instruction_run(&cases, rounds);
    }
    println!(
        "\ncorpus: {} conformance scenarios with a fragment the engine reproduces byte for byte \
         ({differing} known gaps left out); each repeated for {case_ms} ms, its median call kept",
        cases.len()
    );
    let times = corpus_times(&cases, budget);
    let (json_median, json_p95) = (percentile(&times.synth_json, 0.5), percentile(&times.synth_json, 0.95));
    let (synth_median, synth_p95) = (percentile(&times.synth, 0.5), percentile(&times.synth, 0.95));
    let write_median = percentile(&times.writing, 0.5);
    let cli_median = percentile(&times.synth_json_cli, 0.5);
    println!("  synth_json    median {:>10}   p95 {:>10}", us(json_median), us(json_p95));
    println!("  synth         median {:>10}   p95 {:>10}", us(synth_median), us(synth_p95));
    println!("  writing only  median {:>10}   (the fragment built beforehand)", us(write_median));
    println!("  synth_json    median {:>10}   with the CLI's allocator (mimalloc)", us(cli_median));
    println!("  peak memory of one synth_json, median scenario: {}", mib(corpus_peak));

    println!("\nlargest inputs (synth_json, median call; peak = bytes live during one synthesis)");
    let none = SynthOptions::default();
    let columns: Vec<Large> =
        [100, 1_000, 10_000].into_iter().map(|n| large(format!("{n} columns"), n, &wide_schema(n), &none)).collect();
    let nesting: Vec<Large> = [8, 16, 32]
        .into_iter()
        .map(|n| large(format!("struct nested {n} levels"), n, &nested_schema(n), &none))
        .collect();
    let keys: Vec<Large> = [100, 1_000, 10_000]
        .into_iter()
        .map(|n| large(format!("{n} keys in one object"), n, &wide_object(n), &none))
        .collect();
    let tags: Vec<Large> = [100, 1_000, 10_000]
        .into_iter()
        .map(|n| large(format!("{n} stack tags"), n, &wide_schema(1), &many_tags(n)))
        .collect();
    let siblings: Vec<Large> = [100, 1_000, 10_000]
        .into_iter()
        .map(|n| large(format!("{n} siblings"), n, &wide_schema(1), &many_siblings(n)))
        .collect();
    for (series, unit) in
        [(&columns, "column"), (&nesting, "level"), (&keys, "key"), (&tags, "tag"), (&siblings, "sibling")]
    {
        for l in series.iter() {
            println!(
                "  {:<26} {:>10}   {:>8} per {unit}   peak {:>9}",
                l.label,
                us(l.micros),
                us(l.micros / l.size as f64),
                mib(l.peak)
            );
        }
    }
    let column_growth = growth(&columns);
    let nesting_growth = growth(&nesting);
    let key_growth = growth(&keys);
    let tag_growth = growth(&tags);
    let sibling_growth = growth(&siblings);
    println!(
        "  cost per column at 10,000 / at 100: {column_growth:.2}; per level at 32 / at 8: {nesting_growth:.2}; \
         per key at 10,000 / at 100: {key_growth:.2}; per tag at 10,000 / at 100: {tag_growth:.2}; \
         per sibling at 10,000 / at 100: {sibling_growth:.2} (<= 1 when linear)"
    );

    let met = |ok: bool| if ok { "yes" } else { "no" };
    println!("\n| figure | measured | target | met? |");
    println!("|---|---|---|---|");
    println!(
        "| native synth_json, median over {} scenarios | {} | <= 20 µs | {} |",
        cases.len(),
        us(json_median),
        met(json_median <= 20.0)
    );
    println!("| native synth_json, p95 | {} | - | - |", us(json_p95));
    println!("| native synth, median (p95) | {} ({}) | - | - |", us(synth_median), us(synth_p95));
    println!("| native writing only, the fragment built beforehand, median | {} | - | - |", us(write_median));
    println!("| native synth_json with the CLI's allocator (mimalloc), median | {} | - | - |", us(cli_median));
    println!("| peak memory, median scenario | {} | reported | - |", mib(corpus_peak));
    for (what, unit, series, growth) in [
        ("10,000 columns", "column", &columns, column_growth),
        ("32-level nested struct", "level", &nesting, nesting_growth),
        ("10,000 keys in one object", "key", &keys, key_growth),
        ("10,000 stack tags", "tag", &tags, tag_growth),
        ("10,000 siblings", "sibling", &siblings, sibling_growth),
    ] {
        let largest = &series[series.len() - 1];
        println!(
            "| {what}: per synth, per {unit}, peak | {}, {}, {} | linear | {} (growth {growth:.2}) |",
            us(largest.micros),
            us(largest.micros / largest.size as f64),
            mib(largest.peak),
            met(growth <= 2.0)
        );
    }
    println!(
        "(linear: the cost per column, level, key, tag or sibling of the largest input is at most 2x the smallest \
         input's)"
    );
}
