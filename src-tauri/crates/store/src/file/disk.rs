//! File-system helpers every part of a file's life shares: names beside a file, removing a
//! database with its logs, writing beside a destination and renaming into place, locking, and
//! the SHA-256 that identifies a file's bytes.

use std::fs::File;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::{Result, StoreError};

/// The logs SQLite may keep beside a database.
const SIDECARS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// `path` with `suffix` appended to its name: `a.pacta` and `.partial` give `a.pacta.partial`.
pub fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Removes a file; one already gone is not an error.
pub fn remove_file(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            Err(StoreError::io(path, error))
        }
        _ => Ok(()),
    }
}

/// Removes the logs SQLite may have left beside `path`.
pub fn remove_sidecars(path: &Path) -> Result<()> {
    for suffix in SIDECARS {
        remove_file(&sibling(path, suffix))?;
    }
    Ok(())
}

/// Removes a database and its logs.
pub fn remove_with_sidecars(path: &Path) -> Result<()> {
    remove_file(path)?;
    remove_sidecars(path)
}

/// Removes a copy that will not be used; a failure leaves litter, not damage, so it is logged.
pub fn discard(partial: &Path) {
    if let Err(error) = remove_with_sidecars(partial) {
        tracing::warn!(error = %error.for_log(), "a partial copy could not be removed");
    }
}

/// Whether two paths name one file (through links and relative parts); `false` when either
/// does not exist.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `out` whole or not at all: `write` fills `out.partial`, which is flushed to disk and
/// renamed over `out` only when `write` succeeds, so a failure (or a crash) never leaves half a
/// document where the user expects one. On failure the partial file is removed.
pub fn write_beside<T, E>(
    out: &Path,
    write: impl FnOnce(&Path) -> std::result::Result<T, E>,
) -> std::result::Result<T, E>
where
    E: From<StoreError>,
{
    let partial = sibling(out, ".partial");
    remove_with_sidecars(&partial)?;
    let written = write(&partial).and_then(|value| {
        File::open(&partial)
            .and_then(|file| file.sync_all())
            .map_err(|error| StoreError::io(&partial, error))?;
        Ok(value)
    });
    let value = match written {
        Ok(value) => value,
        Err(error) => {
            discard(&partial);
            return Err(error);
        }
    };
    std::fs::rename(&partial, out).map_err(|error| StoreError::io(out, error))?;
    sync_folder(out);
    Ok(value)
}

/// Makes a rename in the file's folder durable (best effort; not every system allows it).
pub fn sync_folder(path: &Path) {
    #[cfg(unix)]
    if let Some(folder) = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
    {
        if let Err(error) = File::open(folder).and_then(|folder| folder.sync_all()) {
            tracing::debug!(%error, "the folder of a renamed file could not be synced");
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

/// Lower-case hex SHA-256 of `bytes`: how seals, papers and bundles name content.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Takes an advisory lock that only another Pacta process would also ask for.
#[cfg(unix)]
pub fn lock(path: &Path) -> Result<File> {
    // flock locks are separate from SQLite's own fcntl locks on the same file.
    let file = File::open(path).map_err(|error| StoreError::io(path, error))?;
    take_lock(path, file)
}

#[cfg(not(unix))]
pub fn lock(path: &Path) -> Result<File> {
    // Elsewhere file locks are mandatory and would block SQLite itself: lock a companion file.
    let companion = sibling(path, ".lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&companion)
        .map_err(|error| StoreError::io(&companion, error))?;
    take_lock(path, file)
}

fn take_lock(path: &Path, file: File) -> Result<File> {
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::FileLocked {
            path: path.display().to_string(),
        }),
        Err(std::fs::TryLockError::Error(error)) => Err(StoreError::io(path, error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_the_destination_as_it_was() {
        let folder = tempfile::tempdir().unwrap();
        let out = folder.path().join("minutes.pdf");
        std::fs::write(&out, b"the earlier copy").unwrap();
        let refused: std::result::Result<(), StoreError> = write_beside(&out, |partial| {
            std::fs::write(partial, b"half a docu").unwrap();
            Err(StoreError::io(partial, std::io::Error::other("disk full")))
        });
        assert!(refused.is_err());
        assert_eq!(std::fs::read(&out).unwrap(), b"the earlier copy");
        assert!(!sibling(&out, ".partial").exists());
    }

    #[test]
    fn a_write_replaces_the_destination_whole() {
        let folder = tempfile::tempdir().unwrap();
        let out = folder.path().join("members.csv");
        std::fs::write(&out, b"old").unwrap();
        let size = write_beside(&out, |partial| {
            std::fs::write(partial, b"new content")
                .map_err(|error| StoreError::io(partial, error))?;
            Ok::<_, StoreError>(11)
        })
        .unwrap();
        assert_eq!(size, 11);
        assert_eq!(std::fs::read(&out).unwrap(), b"new content");
        assert!(same_file(
            &out,
            &folder.path().join(".").join("members.csv")
        ));
        assert!(!same_file(&out, &folder.path().join("absent.csv")));
    }

    #[test]
    fn sha256_is_lower_case_hex() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
