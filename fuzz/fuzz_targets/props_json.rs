//! (a) Arbitrary props: the input is JSON text when it parses (libFuzzer's dictionary and
//! mutations work on text), otherwise an `ArbitraryInput` built from the bytes.
#![no_main]

use kinesisstreams_gluejob::SynthOptions;
use kinesisstreams_gluejob_fuzz::oracle::{self, ArbitraryInput};
use libfuzzer_sys::arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (id, props, options) = match serde_json::from_slice::<Value>(data) {
        Ok(props) => ("test-kinesisstreams-lambda".to_string(), props, SynthOptions::default()),
        Err(_) => match ArbitraryInput::arbitrary_take_rest(Unstructured::new(data)) {
            Ok(input) => (input.id, input.props, input.options),
            Err(_) => return,
        },
    };
    match oracle::check(&id, &props, &options) {
        Err(why) if !oracle::known(&oracle::signature(&why)) => {
            panic!("{why}\ninput: {}", oracle::describe_input(&id, &props, &options))
        }
        _ => {}
    }
});
