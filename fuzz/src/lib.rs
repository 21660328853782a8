//! The generators and the property the fuzz targets share with the stable bounded run
//! (`tests/fuzz_props.rs`): they live in the test-support crate.

pub use kinesisstreams_gluejob_test_support::oracle;
