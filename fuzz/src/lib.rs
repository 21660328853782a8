//! Generators and the property shared by the fuzz targets and `tests/fuzz_props.rs`.

pub mod oracle;
