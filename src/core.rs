//! The part of the engine every synthesis spends most of its time in, compiled as a crate of its
//! own (`kinesisstreams-gluejob-core`, core/Cargo.toml) so that the .wasm can build it for speed
//! and everything else for size. Its modules keep their places in the layout and their paths
//! in the engine (`crate::ir`, `crate::model::tree`, ...), which re-exports them.

#[cfg(any(target_arch = "wasm32", test))]
pub mod arena;
pub mod cfn;
pub mod ir;
pub mod js;
#[cfg(test)]
mod seeded_numbers;
#[cfg(test)]
use seeded_numbers::seeded_numbers;

/// CDK's machinery that runs for every resource: logical IDs, intrinsics and joins, IAM
/// documents, the construct tree and the JSON layout.
pub mod model {
    pub mod iam;
    pub mod intrinsics;
    pub mod json_layout;
    pub mod logical_id;
    pub mod tree;
}
