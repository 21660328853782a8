//! Bounded fuzzing on the stable toolchain: generated props (arbitrary JSON, and the conformance
//! fixtures with structured mutations) must never make the engine panic, and every error must
//! carry located diagnostics. The generators and the property live in `fuzz/src/oracle.rs`,
//! shared with the cargo-fuzz targets.
//!
//! `FUZZ_CASES` (cases per generator; default 2000) and `FUZZ_SEED` (default fixed, so
//! `cargo test` is reproducible) tune the run. The ignored `long_run` test takes
//! `FUZZ_CASES` (default 1,000,000) over all cores with a time-based seed:
//!
//!     FUZZ_CASES=1000000 cargo test --release --test fuzz_props -- --ignored --nocapture
// Native only: the wasm build is tested by tests/node.rs and tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use arbitrary::{Arbitrary, Unstructured};
use kinesisstreams_gluejob::SynthOptions;
use kinesisstreams_gluejob_test_support::oracle::{self, ArbitraryInput, Rng, Seed};
use serde_json::Value;

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(default)
}

fn seeds() -> Vec<Seed> {
    oracle::load_seeds()
}

#[derive(Clone, Copy)]
enum Generator {
    Arbitrary,
    Mutated,
}

fn input(generator: Generator, bytes: &[u8], seeds: &[Seed]) -> arbitrary::Result<(String, Value, SynthOptions)> {
    let mut u = Unstructured::new(bytes);
    match generator {
        Generator::Arbitrary => ArbitraryInput::arbitrary(&mut u).map(|i| (i.id, i.props, i.options)),
        Generator::Mutated => oracle::mutated_input(&mut u, seeds),
    }
}

/// Reports the failures; true when all of them are known defects.
fn only_known(label: &str, failures: &Failures) -> bool {
    let tolerated: u64 = failures.iter().filter(|(s, _)| oracle::known(s)).map(|(_, (n, _))| n).sum();
    if tolerated > 0 {
        println!("{label}: {tolerated} inputs hit known defects (KNOWN_DEFECTS)");
    }
    failures.keys().all(|s| oracle::known(s))
}

/// Failures grouped by signature: count and the first example.
type Failures = BTreeMap<String, (u64, String)>;

fn report(failures: &Failures) -> String {
    failures
        .iter()
        .map(|(signature, (count, example))| format!("{count} x {signature}\n  first: {example}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs `cases` inputs from `seed`; returns the failures and the number of Ok results.
fn run(generator: Generator, seed: u64, cases: u64, seeds: &[Seed], progress: Option<&AtomicU64>) -> (Failures, u64) {
    let mut rng = Rng::new(seed);
    let mut failures = Failures::new();
    let mut ok = 0;
    for case in 0..cases {
        let bytes = rng.bytes(256);
        let (id, props, options) = match input(generator, &bytes, seeds) {
            Ok(input) => input,
            // Only an empty list to choose from fails; the seeds are checked to be there.
            Err(e) => panic!("seed {seed} case {case}: the generator failed: {e}"),
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| oracle::check(&id, &props, &options)));
        let problem = match outcome {
            Ok(Ok(synthesized)) => {
                ok += u64::from(synthesized);
                None
            }
            Ok(Err(why)) => Some(why),
            Err(panic) => Some(format!(
                "panic: {}",
                panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
        };
        if let Some(why) = problem {
            let entry = failures.entry(oracle::signature(&why)).or_insert((0, String::new()));
            if entry.0 == 0 {
                entry.1 = format!(
                    "seed {seed} case {case}: {why}\n  input: {}",
                    oracle::describe_input(&id, &props, &options)
                );
            }
            entry.0 += 1;
        }
        if let Some(counter) = progress {
            counter.fetch_add(1, Ordering::Relaxed);
        }
    }
    (failures, ok)
}

fn short(generator: Generator, label: &str) {
    let cases = env_u64("FUZZ_CASES", 2000);
    let seed = env_u64("FUZZ_SEED", 20_240_601);
    let (failures, ok) = run(generator, seed, cases, &seeds(), None);
    let failed: u64 = failures.values().map(|(n, _)| n).sum();
    println!("{label}: {cases} inputs (seed {seed}), {ok} synthesized, {failed} failed");
    assert!(only_known(label, &failures), "{label}: property violated:\n{}", report(&failures));
}

#[test]
fn arbitrary_props_never_panic() {
    short(Generator::Arbitrary, "arbitrary props");
}

#[test]
fn mutated_fixtures_never_panic() {
    short(Generator::Mutated, "mutated fixtures");
}

#[test]
fn every_fixture_satisfies_the_property() {
    for seed in seeds() {
        let options: SynthOptions = serde_json::from_value(seed.options.clone()).unwrap_or_default();
        if let Err(why) = oracle::check(&seed.id, &seed.props, &options) {
            panic!("{}: {why}", seed.name);
        }
    }
}

/// The long run: `FUZZ_CASES` inputs in total, half of each generator, on every core.
#[test]
#[ignore = "long run; see mk/reliability.mk (make fuzz-long)"]
fn long_run() {
    let total = env_u64("FUZZ_CASES", 1_000_000);
    let base = env_u64(
        "FUZZ_SEED",
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(1),
    );
    let threads = std::thread::available_parallelism().map(|n| n.get() as u64).unwrap_or(2);
    let seeds = Arc::new(seeds());
    let done = Arc::new(AtomicU64::new(0));
    let started = std::time::Instant::now();
    // Quiet panic output: failures are collected and printed with their input.
    std::panic::set_hook(Box::new(|_| {}));
    let mut handles = Vec::new();
    for t in 0..threads * 2 {
        let generator = if t % 2 == 0 { Generator::Arbitrary } else { Generator::Mutated };
        let cases = total / (threads * 2) + u64::from(t < total % (threads * 2));
        let seed = base.wrapping_mul(1000).wrapping_add(t);
        let (seeds, done) = (Arc::clone(&seeds), Arc::clone(&done));
        handles.push(
            std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || run(generator, seed, cases, &seeds, Some(&done)))
                .expect("thread starts"),
        );
    }
    let reporter = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || loop {
            std::thread::sleep(std::time::Duration::from_secs(30));
            let n = done.load(Ordering::Relaxed);
            eprintln!("fuzz: {n}/{total} inputs, {:.0}s", started.elapsed().as_secs_f64());
            if n >= total {
                break;
            }
        })
    };
    let mut failures = Failures::new();
    let mut ok = 0;
    for handle in handles {
        let (f, o) = handle.join().expect("worker finished");
        for (signature, (count, example)) in f {
            let entry = failures.entry(signature).or_insert((0, example));
            entry.0 += count;
        }
        ok += o;
    }
    let _ = std::panic::take_hook();
    drop(reporter);
    let failed: u64 = failures.values().map(|(n, _)| n).sum();
    println!(
        "long run: {} inputs (base seed {base}), {ok} synthesized, {failed} failures, {:.0}s",
        done.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
    print!("{}", if failures.is_empty() { String::new() } else { format!("{}\n", report(&failures)) });
    assert!(only_known("long run", &failures), "property violated:\n{}", report(&failures));
}
