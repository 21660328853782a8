//! What the engine's tests, benchmark and fuzzers share: the conformance fixtures, read one way
//! (`fixtures`), and the fuzzing oracle (`oracle`: input generators and the property every input
//! must satisfy).

pub mod fixtures;
pub mod oracle;
