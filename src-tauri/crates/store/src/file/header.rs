//! What a Pacta file looks like from outside: its application id, the SQLite magic, the shape
//! of an encrypted file, and SQLite's errors on opening one said plainly.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::{Result, StoreError};

/// Written in the SQLite header so that Pacta recognises its own files ("PACT").
pub const APPLICATION_ID: i32 = 0x5041_4354;

/// The first 16 bytes of every plain SQLite file; an encrypted file starts with its salt.
pub const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Whether a file, judged from its size and (when it could be read) its first 100 bytes, is
/// shaped like an encrypted database: not the SQLite magic, a whole number of pages (512 bytes
/// at least), and not a plain SQLite header whose magic was damaged. A plain header keeps
/// fixed values where an encrypted file has ciphertext: bytes 21..24 are 64, 32, 32, bytes
/// 68..72 are Pacta's application id, bytes 72..92 are zero; any one of them marks it plain.
pub fn shaped_like_encrypted(len: u64, header: Option<&[u8]>) -> bool {
    let whole_pages = len >= 512 && len.is_multiple_of(512);
    let plain = header.is_some_and(|header| {
        header.starts_with(SQLITE_MAGIC)
            || header.get(21..24) == Some(&[64, 32, 32][..])
            || header.get(68..72) == Some(&APPLICATION_ID.to_be_bytes()[..])
            || header
                .get(72..92)
                .is_some_and(|reserved| reserved.iter().all(|&byte| byte == 0))
    });
    whole_pages && !plain
}

/// Whether the file is encrypted (`true`) or plain SQLite (`false`); refuses what is neither.
pub(crate) fn check_header(path: &Path) -> Result<bool> {
    let mut header = Vec::with_capacity(100);
    let file = File::open(path).map_err(|error| StoreError::io(path, error))?;
    let len = file
        .metadata()
        .map_err(|error| StoreError::io(path, error))?
        .len();
    file.take(100)
        .read_to_end(&mut header)
        .map_err(|error| StoreError::io(path, error))?;
    if header.len() >= 16 && header.starts_with(SQLITE_MAGIC) {
        Ok(false)
    } else if shaped_like_encrypted(len, Some(&header)) {
        Ok(true)
    } else {
        Err(StoreError::NotAPactaFile {
            path: path.display().to_string(),
        })
    }
}

/// SQLite says "file is not a database" for foreign and damaged files alike; say it plainly.
pub(crate) fn classify(path: &Path, error: rusqlite::Error) -> StoreError {
    let shown = path.display().to_string();
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => StoreError::NotAPactaFile { path: shown },
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => StoreError::Corrupted {
            path: shown,
            detail: error.to_string(),
        },
        // A schema SQLite cannot read (a flipped byte in a CREATE statement, or in the
        // header's schema format number) comes as a plain SQL error; the fixed reads made
        // while opening a file have no other cause for one. Found by flipping bytes.
        Some(rusqlite::ErrorCode::Unknown) => StoreError::Corrupted {
            path: shown,
            detail: error.to_string(),
        },
        _ => StoreError::Sqlite(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_header_is_never_taken_for_an_encrypted_one() {
        let mut header = [0u8; 100];
        header[..16].copy_from_slice(SQLITE_MAGIC);
        header[21..24].copy_from_slice(&[64, 32, 32]);
        assert!(!shaped_like_encrypted(8192, Some(&header)));
        // The magic damaged, the rest of the header plain: a damaged plain file.
        header[3] ^= 0x10;
        assert!(!shaped_like_encrypted(8192, Some(&header)));
        // And with the payload fractions damaged too: the reserved zeros still say plain.
        header[22] ^= 0x01;
        assert!(!shaped_like_encrypted(8192, Some(&header)));
        // Random bytes in whole pages: encrypted, as far as anyone can tell.
        let random: Vec<u8> = (0u8..100).map(|i| i.wrapping_mul(37) ^ 0x5a).collect();
        assert!(shaped_like_encrypted(8192, Some(&random)));
        assert!(shaped_like_encrypted(4096, None));
        // Not whole pages: neither.
        assert!(!shaped_like_encrypted(8191, Some(&random)));
        assert!(!shaped_like_encrypted(0, None));
    }
}
