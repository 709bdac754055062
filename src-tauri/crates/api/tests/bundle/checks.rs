//! What a bundle from outside must get: a new partnership file that holds exactly what the
//! bundle holds, or a typed refusal (`InvalidBundle`) that leaves no file behind — never a panic.
//! Shared by the proptest cases (`tests/bundle.rs`, run in CI) and the cargo-fuzz target
//! (`fuzz/fuzz_targets/bundle_import.rs`), so both make the same demands.

#![allow(dead_code)] // The fuzz target uses only part of this file.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use pacta_api::{bundle, demo, Clock, ErrorCode, Partnership};

/// A fixed clock, so that two runs of a case do the same thing.
pub fn clock() -> Clock {
    Clock::Fixed("2026-11-25T09:00:00Z".into())
}

/// The demo partnership in a file, its bundle, and a folder for the cases.
pub struct Scratch {
    pub dir: tempfile::TempDir,
    pub demo: PathBuf,
    pub bundle: Vec<u8>,
    next: AtomicU64,
}

impl Scratch {
    pub fn new() -> Scratch {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let demo = dir.path().join("demo.pacta");
        let mut partnership = Partnership::create(&demo, "SEA Forum for Fishers", clock())
            .expect("the demo file is created");
        demo::load(&mut partnership).expect("the demo loads");
        let out = dir.path().join("demo-bundle.zip");
        bundle::export_bundle(&partnership, &out, None).expect("the demo exports");
        partnership.close().expect("the demo closes");
        let bundle = std::fs::read(&out).expect("the bundle was written");
        Scratch {
            dir,
            demo,
            bundle,
            next: AtomicU64::new(0),
        }
    }

    fn fresh(&self, stem: &str, extension: &str) -> PathBuf {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        self.dir.path().join(format!("{stem}-{n}.{extension}"))
    }
}

/// Imports `bytes` as a bundle into a new file: either the import succeeds, and the new file
/// opens with an intact seal chain, or it is refused with `InvalidBundle` and no file is left.
/// Returns whether it was imported.
pub fn import_bytes(scratch: &Scratch, bytes: &[u8]) -> bool {
    let bundle_path = scratch.fresh("case", "zip");
    std::fs::write(&bundle_path, bytes).expect("the case is written");
    let new_file = scratch.fresh("imported", "pacta");
    let limits = bundle::Limits {
        entries: 10_000,
        total_bytes: 256 * 1024 * 1024,
    };
    let outcome =
        bundle::import_bundle_with_limits(&bundle_path, &new_file, None, &clock(), limits);
    std::fs::remove_file(&bundle_path).ok();
    let imported = match outcome {
        Ok(summary) => {
            let partnership =
                Partnership::open(&new_file, clock()).expect("an imported file opens");
            let report = pacta_api::verify::verify(&partnership, None).expect("it verifies");
            assert!(report.intact, "an imported file is intact: {report:?}");
            assert_eq!(report.head, summary.chain_head);
            partnership.close().expect("it closes");
            true
        }
        Err(error) => {
            assert_eq!(
                error.code,
                ErrorCode::InvalidBundle,
                "a damaged bundle is refused as such: {error:?}"
            );
            assert!(!error.message.is_empty());
            assert!(
                !exists_with_companions(&new_file),
                "a refused bundle leaves no file behind: {error:?}"
            );
            false
        }
    };
    remove_with_companions(&new_file);
    imported
}

/// Reads `bytes` as a bundle in memory: a checked bundle or a typed refusal.
pub fn check_bytes(bytes: &[u8]) {
    if let Err(error) = bundle::check(
        std::io::Cursor::new(bytes),
        None,
        bundle::Limits {
            entries: 10_000,
            total_bytes: 256 * 1024 * 1024,
        },
    ) {
        assert_eq!(error.code, ErrorCode::InvalidBundle, "{error:?}");
    }
}

fn companions(path: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|suffix| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        })
        .collect()
}

pub fn exists_with_companions(path: &Path) -> bool {
    companions(path).iter().any(|p| p.exists())
}

fn remove_with_companions(path: &Path) {
    for p in companions(path) {
        std::fs::remove_file(p).ok();
    }
}
