//! The three JSON files of `pacta tally` (protocol, roll, ballots, separated by 0xFF): a
//! report that explains itself, or the reason the motion cannot be tallied.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../src-tauri/crates/api/tests/robustness/checks.rs"]
mod checks;

fuzz_target!(|bytes: &[u8]| {
    checks::tally_json(bytes);
});
