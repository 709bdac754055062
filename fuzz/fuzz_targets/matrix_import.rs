//! A responsibility matrix from outside, read as CSV and as a workbook against the demo's
//! members: a preview that can be saved, or a refusal in words.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../../src-tauri/crates/api/tests/robustness/checks.rs"]
mod checks;

fn scratch() -> &'static checks::Scratch {
    static SCRATCH: OnceLock<checks::Scratch> = OnceLock::new();
    SCRATCH.get_or_init(checks::Scratch::new)
}

fuzz_target!(|bytes: &[u8]| {
    checks::matrix_import(scratch(), bytes);
});
