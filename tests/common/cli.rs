//! Running the CLI binary in a test: arguments, text on stdin, its whole output.

use std::ffi::OsStr;
use std::io::Write;
use std::process::{Command, Output, Stdio};

pub fn run(args: &[impl AsRef<OsStr>], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kinesisstreams-gluejob"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // The CLI may exit before reading stdin (usage errors); a broken pipe is fine then.
    let _ = child.stdin.take().expect("stdin").write_all(stdin.as_bytes());
    child.wait_with_output().expect("the CLI finishes")
}
