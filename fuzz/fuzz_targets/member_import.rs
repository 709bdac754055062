//! A member file from outside, read as CSV and as an Excel workbook, previewed and imported
//! into a copy of the demo: judged row by row or refused in words, never a panic.
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
    checks::member_import(scratch(), bytes, checks::MemberFormat::Csv);
    checks::member_import(scratch(), bytes, checks::MemberFormat::Xlsx);
});
