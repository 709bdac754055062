//! The demo partnership file with bytes flipped (five input bytes per flip: position, mask) or
//! cut short (input starting with 0xFF), opened through the normal path: it opens and reads,
//! or is refused in words and left as it was.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../../src-tauri/crates/store/tests/corruption/checks.rs"]
mod checks;

struct Base {
    dir: tempfile::TempDir,
    original: Vec<u8>,
}

fn base() -> &'static Base {
    static BASE: OnceLock<Base> = OnceLock::new();
    BASE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let fixtures =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/crates/store/tests/fixtures");
        let original = checks::real_file(&fixtures, dir.path());
        Base { dir, original }
    })
}

fuzz_target!(|bytes: &[u8]| {
    let base = base();
    checks::open_damaged(base.dir.path(), &base.original, &checks::damage_of(bytes));
});
