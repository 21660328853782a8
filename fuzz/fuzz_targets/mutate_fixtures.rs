//! (b) Structured mutation of the conformance fixtures' props: types swapped, keys misspelled,
//! numbers out of range, intrinsics malformed, huge strings, deep nesting, members removed or
//! borrowed from another fixture.
#![no_main]

use std::sync::OnceLock;

use kinesisstreams_gluejob_fuzz::oracle::{self, Seed};
use libfuzzer_sys::arbitrary::Unstructured;
use libfuzzer_sys::fuzz_target;

fn seeds() -> &'static [Seed] {
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        oracle::load_seeds()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok((id, props, options)) = oracle::mutated_input(&mut Unstructured::new(data), seeds()) else {
        return;
    };
    match oracle::check(&id, &props, &options) {
        Err(why) if !oracle::known(&oracle::signature(&why)) => {
            panic!("{why}\ninput: {}", oracle::describe_input(&id, &props, &options))
        }
        _ => {}
    }
});
