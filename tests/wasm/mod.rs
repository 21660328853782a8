//! Tests of the WebAssembly build, shared by `tests/node.rs` (Node) and `tests/web.rs` (headless
//! Chrome). A new test file goes in this folder and is listed here.

mod boundary;
mod stack_options;
