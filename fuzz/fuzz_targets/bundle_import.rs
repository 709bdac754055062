//! Bytes as a portable bundle, imported into a new partnership file through the normal path
//! (and read in memory first): a file that holds exactly what a valid bundle holds, or a
//! refusal in words (`InvalidBundle`) that leaves no file behind. Seeds: the demo's bundle and
//! an empty partnership's (written by `scripts/fuzz.sh`).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../../src-tauri/crates/api/tests/bundle/checks.rs"]
mod checks;

fn scratch() -> &'static checks::Scratch {
    static SCRATCH: OnceLock<checks::Scratch> = OnceLock::new();
    SCRATCH.get_or_init(checks::Scratch::new)
}

fuzz_target!(|bytes: &[u8]| {
    checks::check_bytes(bytes);
    checks::import_bytes(scratch(), bytes);
});
