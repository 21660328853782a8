//! (a) Arbitrary props: the input is JSON text when it parses (libFuzzer's dictionary and
//! mutations work on text), otherwise bytes that drive a JSON generator.
#![no_main]

use kinesisstreams_gluejob::SynthOptions;
use kinesisstreams_gluejob_fuzz::oracle::{self, Bytes};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (id, props, options) = match serde_json::from_slice::<Value>(data) {
        Ok(props) => ("test-kinesisstreams-lambda".to_string(), props, SynthOptions::default()),
        Err(_) => {
            let mut b = Bytes::new(data);
            let props = oracle::arbitrary_props(&mut b);
            let options = oracle::arbitrary_options(&mut b);
            (oracle::arbitrary_id(&mut b), props, options)
        }
    };
    match oracle::check(&id, &props, &options) {
        Err(why) if !oracle::known(&oracle::signature(&why)) => {
            panic!("{why}\ninput: {}", oracle::describe_input(&id, &props, &options))
        }
        _ => {}
    }
});
