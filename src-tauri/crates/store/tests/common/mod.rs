//! What the store's test files share: who and when a write is stamped with, and a fresh file.
// Each test file is its own crate and uses only some of these.
#![allow(dead_code)]

use pacta_core::Stamp;
use pacta_store::PartnershipFile;
use tempfile::TempDir;

pub fn stamp_at(at: &str) -> Stamp {
    Stamp {
        at: at.into(),
        actor: "Secretariat".into(),
    }
}

pub fn stamp() -> Stamp {
    stamp_at("2026-11-25T10:00:00Z")
}

/// A fresh partnership file `<name>` on disk; the directory lives as long as the returned guard.
pub fn new_file(name: &str) -> (TempDir, PartnershipFile) {
    let dir = tempfile::tempdir().unwrap();
    let file = PartnershipFile::create(&dir.path().join(name), "Partners", &stamp()).unwrap();
    (dir, file)
}
