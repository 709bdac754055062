//! Running the `pacta` binary as a person would, shared by the CLI test files.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs `pacta` with the given arguments, without a PACTA_DB from the caller's environment.
pub fn pacta(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pacta"))
        .args(args)
        .env_remove("PACTA_DB")
        .env_remove("RUST_BACKTRACE")
        .output()
        .expect("the pacta binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Runs `pacta` and insists that it succeeds, returning what it printed.
pub fn ok(args: &[&str]) -> String {
    let output = pacta(args);
    assert!(
        output.status.success(),
        "pacta {args:?} failed:\n{}",
        stderr(&output)
    );
    stdout(&output)
}

/// Runs `pacta`, insists that it fails cleanly, and returns its standard error.
pub fn fails(args: &[&str]) -> String {
    let output = pacta(args);
    let err = stderr(&output);
    assert!(
        !output.status.success(),
        "pacta {args:?} should have failed; it printed:\n{}",
        stdout(&output)
    );
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "pacta {args:?} panicked:\n{err}"
    );
    err
}

pub fn text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}
