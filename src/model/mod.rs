//! CDK's machinery, written once: logical IDs, intrinsics and joins, deep merge, IAM documents,
//! L1 property conversion, the construct tree and the JSON layout.

pub mod arn;
pub mod bucket_name;
pub mod cdk_version;
pub mod collation;
pub mod env;
pub mod flags;
pub mod iam;
pub mod intrinsics;
pub mod json_layout;
pub mod l1;
mod l1_schema;
pub mod logical_id;
pub mod merge;
pub mod override_warnings;
pub mod synthesizer;
pub mod tree;
pub mod values;
