//! CDK's machinery, written once: logical IDs, intrinsics and joins, deep merge, IAM documents,
//! L1 property conversion, the construct tree and the JSON layout.

pub mod arn;
pub mod bucket_name;
pub mod cdk_version;
pub mod collation;
pub mod env;
pub mod flags;
// In the core (src/core.rs), which is compiled as a crate of its own.
pub use kinesisstreams_gluejob_core::model::{iam, intrinsics, json_layout, logical_id, tree};
pub mod l1;
mod l1_schema;
pub mod merge;
pub mod override_warnings;
pub mod synthesizer;
pub mod values;
