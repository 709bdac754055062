//! What opening a damaged partnership file must give: the file opens (and every read answers
//! or fails with a `StoreError`), or it is refused with a `StoreError` saying why — never a
//! panic — and a refused file is left as it was. Shared by the proptest cases
//! (`tests/corruption.rs`, run in CI) and the cargo-fuzz target `open_corrupted`.

#![allow(dead_code)] // The fuzz target includes this file without the helpers only tests use.

use std::path::{Path, PathBuf};

use pacta_core::MemberQuery;
use pacta_store::{
    agreements, meetings, member_search, organisations, partnership, seals, votes, PartnershipFile,
    StoreError,
};

/// The newest fixture (the demo partnership), brought to the current schema through the
/// normal open path and laid out as the app leaves its files: 4 KiB pages, WAL mode.
pub fn real_file(fixtures: &Path, dir: &Path) -> Vec<u8> {
    let newest = std::fs::read_dir(fixtures)
        .expect("the schema fixtures")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?.to_string();
            let version: u32 = name
                .strip_prefix("schema-")?
                .strip_suffix(".pacta")?
                .parse()
                .ok()?;
            Some((version, path))
        })
        .max()
        .expect("at least one fixture")
        .1;
    let path = dir.join("real.pacta");
    std::fs::copy(newest, &path).expect("copy the fixture");
    PartnershipFile::open(&path)
        .expect("the fixture opens")
        .close()
        .expect("and closes");
    let conn = rusqlite::Connection::open(&path).expect("sqlite opens");
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.pragma_update(None, "page_size", 4096).unwrap();
    conn.execute_batch("VACUUM").unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.close().unwrap();
    let bytes = std::fs::read(&path).expect("read the file");
    remove_with_companions(&path);
    bytes
}

/// How a file was damaged.
#[derive(Debug, Clone)]
pub enum Damage {
    /// Each byte at a position (taken modulo the length) XORed with a non-zero mask.
    Flips(Vec<(usize, u8)>),
    /// Cut short, as a copy interrupted half-way leaves it.
    Truncate(usize),
}

/// Reads a fuzz input as damage: five bytes per flip (a little-endian position, a mask); an
/// input starting with 0xFF cuts the file at the position that follows instead.
pub fn damage_of(input: &[u8]) -> Damage {
    let position = |bytes: &[u8]| {
        let mut word = [0u8; 4];
        word[..bytes.len().min(4)].copy_from_slice(&bytes[..bytes.len().min(4)]);
        u32::from_le_bytes(word) as usize
    };
    match input.split_first() {
        Some((0xFF, rest)) => Damage::Truncate(position(rest)),
        _ => Damage::Flips(
            input
                .chunks(5)
                .filter(|chunk| chunk.len() == 5 && chunk[4] != 0)
                .map(|chunk| (position(&chunk[..4]), chunk[4]))
                .collect(),
        ),
    }
}

pub fn apply(original: &[u8], damage: &Damage) -> Vec<u8> {
    let mut bytes = original.to_vec();
    match damage {
        Damage::Flips(flips) => {
            for (at, mask) in flips {
                let len = bytes.len();
                bytes[at % len] ^= mask;
            }
        }
        Damage::Truncate(at) => bytes.truncate(at % original.len()),
    }
    bytes
}

/// What opening the damaged file came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Refused at the door: not a Pacta file, damaged, too new.
    Refused(&'static str),
    /// Opened, and every read answered.
    Opened,
    /// Opened, and some reads failed with a typed error.
    OpenedWithErrors,
}

fn kind(error: &StoreError) -> &'static str {
    match error {
        StoreError::NotAPactaFile { .. } => "not a Pacta file",
        StoreError::Corrupted { .. } => "damaged",
        StoreError::SchemaTooNew { .. } => "newer schema",
        StoreError::Migration(_) => "migration failed",
        StoreError::Sqlite(_) => "database error",
        StoreError::Io { .. } => "i/o error",
        StoreError::FileMissing { .. } => "missing",
        StoreError::FileLocked { .. } => "locked",
        _ => "other",
    }
}

fn remove_with_companions(path: &Path) {
    let Some(dir) = path.parent() else { return };
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.file_name().to_string_lossy().starts_with(&name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes the damaged file, opens it through the normal path and reads everything a window
/// would show first. Panics (a finding) on a panic inside, on an untyped failure, and when a
/// refused file was changed.
pub fn open_damaged(dir: &Path, original: &[u8], damage: &Damage) -> Outcome {
    let path: PathBuf = dir.join("damaged.pacta");
    remove_with_companions(&path);
    let damaged = apply(original, damage);
    std::fs::write(&path, &damaged).expect("write the damaged file");
    let outcome = match PartnershipFile::open(&path) {
        Err(error) => {
            assert!(!error.to_string().trim().is_empty(), "a refusal in words");
            let refused = kind(&error);
            assert!(
                matches!(
                    refused,
                    "not a Pacta file" | "damaged" | "newer schema" | "migration failed"
                ),
                "{damage:?}: refused as {refused}: {error}"
            );
            // Refusals come before any write; a failed migration rolls back.
            assert!(
                std::fs::read(&path).expect("read back") == damaged,
                "{damage:?}: the refused file ({refused}: {error}) was changed"
            );
            Outcome::Refused(refused)
        }
        Ok(file) => {
            let conn = file.connection();
            let mut failed = false;
            let mut note = |result: Result<(), StoreError>| {
                if let Err(error) = result {
                    assert!(!error.to_string().trim().is_empty(), "an error in words");
                    failed = true;
                }
            };
            note(partnership::name(conn).map(drop));
            note(partnership::counts(conn).map(drop));
            note(organisations::all(conn).map(drop));
            note(
                member_search::search(
                    conn,
                    &MemberQuery {
                        text: "nguyen".into(),
                        ..MemberQuery::default()
                    },
                )
                .map(drop),
            );
            note(
                votes::list(
                    conn,
                    None,
                    pacta_messages::Messages::of(pacta_messages::Locale::En),
                )
                .map(drop),
            );
            note(agreements::list(conn).map(drop));
            note(meetings::list(conn, None).map(drop));
            note(pacta_store::matrices::list_latest(conn).map(drop));
            note(seals::verify(conn, None).map(drop));
            note(file.close());
            if failed {
                Outcome::OpenedWithErrors
            } else {
                Outcome::Opened
            }
        }
    };
    remove_with_companions(&path);
    outcome
}
