//! Encryption at rest at the store level, on real files: a protected file holds no plaintext,
//! opens only with its passphrase, migrates like a plain one (its pre-migration copy encrypted
//! too), converts all or nothing, and its backups are encrypted with the same key.

use std::path::{Path, PathBuf};

use pacta_core::MemberQuery;
use pacta_store::migrations::{current_version, latest_version};
use pacta_store::protection::Secret;
use pacta_store::{backup, member_search, partnership, PartnershipFile, StoreError};
use rusqlite::{params, Connection};
use sha2::{Digest, Sha256};

const PASSPHRASE: &str = "correct horse battery staple";
/// A representative of the demo partnership, as UTF-8 bytes would show it in a plain file.
const ACCENTED: &str = "Nguyễn Thị Hương";

fn secret(text: &str) -> Secret {
    Secret::new(text.to_string())
}

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-{version}.pacta"))
}

/// The newest fixture (the demo partnership), copied and brought to the current schema.
fn demo_file(dir: &Path) -> PathBuf {
    let path = dir.join("demo.pacta");
    std::fs::copy(fixture(8), &path).unwrap();
    PartnershipFile::open(&path).unwrap().close().unwrap();
    for name in names_in(dir) {
        if name.contains(".schema-") {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
    }
    path
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn sha256(path: &Path) -> String {
    format!("{:x}", Sha256::digest(std::fs::read(path).unwrap()))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// No trace of the partnership in the bytes: no SQLite header, no member's name.
fn assert_no_plaintext(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        !bytes.starts_with(b"SQLite format 3\0"),
        "{}",
        path.display()
    );
    for needle in [
        "SQLite format 3",
        ACCENTED,
        "Bộ Lao động",
        "CREATE TABLE",
        "organisations",
    ] {
        assert!(
            !contains(&bytes, needle.as_bytes()),
            "{} holds {needle:?} in plaintext",
            path.display()
        );
    }
}

fn nguyen_rows(file: &PartnershipFile) -> u32 {
    member_search::search(
        file.connection(),
        &MemberQuery {
            text: "nguyen thi huong".into(),
            ..MemberQuery::default()
        },
    )
    .unwrap()
    .total
}

fn summary(file: &PartnershipFile) -> (String, partnership::Counts, u32) {
    let conn = file.connection();
    (
        partnership::name(conn).unwrap(),
        partnership::counts(conn).unwrap(),
        nguyen_rows(file),
    )
}

fn protect(path: &Path, passphrase: &str) {
    let mut file = PartnershipFile::open(path).unwrap();
    file.protect(secret(passphrase), |_| Ok::<(), StoreError>(()))
        .unwrap();
    assert!(file.is_protected());
    file.close().unwrap();
}

#[test]
fn a_protected_file_holds_no_plaintext_and_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let plain_bytes = std::fs::read(&path).unwrap();
    assert!(
        contains(&plain_bytes, ACCENTED.as_bytes()),
        "the demo holds the name"
    );
    let before = {
        let file = PartnershipFile::open(&path).unwrap();
        let summary = summary(&file);
        file.close().unwrap();
        summary
    };
    assert!(before.2 >= 1, "the accented name is found unaccented");

    protect(&path, PASSPHRASE);
    assert_eq!(
        names_in(dir.path()),
        ["demo.pacta"],
        "nothing left beside it"
    );
    assert_no_plaintext(&path);

    let sealed = sha256(&path);
    assert!(matches!(
        PartnershipFile::open(&path),
        Err(StoreError::PassphraseRequired { .. })
    ));
    let wrong = PartnershipFile::open_protected(&path, secret("correct horse battery stable"));
    match wrong {
        Err(error @ StoreError::WrongPassphrase { .. }) => {
            assert!(error
                .to_string()
                .starts_with("The passphrase does not open"))
        }
        Err(other) => panic!("refused as {other}"),
        Ok(_) => panic!("a wrong passphrase opened the file"),
    }
    assert_eq!(sha256(&path), sealed, "refusals change nothing");
    assert_eq!(names_in(dir.path()), ["demo.pacta"]);

    let file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    assert!(file.is_protected());
    assert_eq!(summary(&file), before);
    let report = pacta_store::seals::verify(file.connection(), None).unwrap();
    assert!(report.intact);
    file.close().unwrap();
    assert_no_plaintext(&path);
}

#[test]
fn a_passphrase_given_for_a_plain_file_is_unused() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    assert!(!file.is_protected());
    file.close().unwrap();
    assert!(std::fs::read(&path)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));
}

#[test]
fn the_passphrase_changes_and_comes_off_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = {
        let file = PartnershipFile::open(&path).unwrap();
        let summary = summary(&file);
        file.close().unwrap();
        summary
    };
    protect(&path, PASSPHRASE);

    // A step refused at the end (here by the caller's last write) leaves the file as it was.
    let mut file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    let refused = file.change_passphrase(secret("a new passphrase"), |conn| {
        assert!(
            conn.query_row("SELECT count(*) FROM organisations", [], |row| row
                .get::<_, i64>(0))
                .unwrap()
                > 0,
            "the caller sees the finished copy"
        );
        Err(StoreError::Immutable("refused by the caller".into()))
    });
    assert!(matches!(refused, Err(StoreError::Immutable(_))));
    assert_eq!(file.passphrase(), Some(PASSPHRASE));
    assert_eq!(summary(&file), before, "still open and whole");
    file.close().unwrap();
    assert_eq!(names_in(dir.path()), ["demo.pacta"]);
    PartnershipFile::open_protected(&path, secret(PASSPHRASE))
        .unwrap()
        .close()
        .unwrap();

    let mut file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    file.change_passphrase(secret("a new passphrase"), |_| Ok::<(), StoreError>(()))
        .unwrap();
    assert_eq!(summary(&file), before, "reopened at once with the new key");
    file.close().unwrap();
    assert_no_plaintext(&path);
    assert!(matches!(
        PartnershipFile::open_protected(&path, secret(PASSPHRASE)),
        Err(StoreError::WrongPassphrase { .. })
    ));

    let mut file = PartnershipFile::open_protected(&path, secret("a new passphrase")).unwrap();
    file.unprotect(|_| Ok::<(), StoreError>(())).unwrap();
    assert!(!file.is_protected());
    file.close().unwrap();
    assert!(std::fs::read(&path)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));
    // Plain SQLite again: any SQLite reads it.
    let conn = Connection::open(&path).unwrap();
    let name: String = conn
        .query_row("SELECT name FROM partnership", [], |row| row.get(0))
        .unwrap();
    assert_eq!(name, before.0);
    drop(conn);
    let file = PartnershipFile::open(&path).unwrap();
    assert_eq!(summary(&file), before);
    file.close().unwrap();
    assert_eq!(names_in(dir.path()), ["demo.pacta"]);
}

#[test]
fn a_conversion_that_cannot_write_its_copy_leaves_the_file_open_and_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let plain = sha256(&path);
    // Something in the way of the new file: a folder where it would be written.
    let blocker = dir.path().join("demo.pacta.converting");
    std::fs::create_dir(&blocker).unwrap();
    std::fs::write(blocker.join("keep"), b"x").unwrap();
    let mut file = PartnershipFile::open(&path).unwrap();
    let before = summary(&file);
    let refused = file.protect(secret(PASSPHRASE), |_| Ok::<(), StoreError>(()));
    assert!(matches!(refused, Err(StoreError::Io { .. })), "{refused:?}");
    assert!(!file.is_protected());
    assert_eq!(summary(&file), before);
    file.close().unwrap();
    assert_eq!(sha256(&path), plain);
    std::fs::remove_dir_all(&blocker).unwrap();
}

/// Encrypts a plain file the way SQLCipher's documentation shows, outside Pacta: for a file of
/// an older schema that Pacta itself never wrote encrypted.
fn encrypt_outside(plain: &Path, encrypted: &Path, key: &str) {
    let conn = Connection::open(plain).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    let application_id: i64 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .unwrap();
    conn.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        params![encrypted.to_str().unwrap(), key],
    )
    .unwrap();
    conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))
        .unwrap();
    conn.pragma_update(Some("encrypted"), "user_version", version)
        .unwrap();
    conn.pragma_update(Some("encrypted"), "application_id", application_id)
        .unwrap();
    conn.execute_batch("DETACH DATABASE encrypted").unwrap();
}

#[test]
fn an_encrypted_file_of_an_older_schema_migrates_and_its_copy_is_encrypted_too() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain-7.pacta");
    std::fs::copy(fixture(7), &plain).unwrap();
    let path = dir.path().join("forum.pacta");
    encrypt_outside(&plain, &path, PASSPHRASE);
    std::fs::remove_file(&plain).unwrap();
    assert_no_plaintext(&path);

    let file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    assert_eq!(
        current_version(file.connection()).unwrap(),
        latest_version()
    );
    assert!(nguyen_rows(&file) >= 1);
    file.close().unwrap();
    assert_no_plaintext(&path);

    let copy = dir.path().join("forum.pacta.schema-7.bak");
    assert!(copy.exists(), "{:?}", names_in(dir.path()));
    assert_no_plaintext(&copy);
    assert!(matches!(
        backup::open_reader(&copy, None),
        Err(StoreError::PassphraseRequired { .. })
    ));
    let reader = backup::open_reader(&copy, Some(PASSPHRASE)).unwrap();
    assert!(reader.protected);
    assert_eq!(current_version(&reader).unwrap(), 7);
}

#[test]
fn backups_of_a_protected_file_are_encrypted_with_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    protect(&path, PASSPHRASE);
    let file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    let before = summary(&file);
    let out = dir.path().join("backup.pacta");
    backup::take(
        file.connection(),
        &out,
        "2026-11-25T10:00:00Z",
        file.passphrase(),
        |partial| {
            assert_no_plaintext(partial);
            Ok::<(), StoreError>(())
        },
    )
    .unwrap();
    assert_no_plaintext(&out);
    // A plain copy of an encrypted file is refused by SQLCipher itself.
    let refused = backup::take(
        file.connection(),
        &dir.path().join("plain.pacta"),
        "2026-11-25T10:00:00Z",
        None,
        |_| Ok::<(), StoreError>(()),
    );
    assert!(refused.is_err());
    assert!(!dir.path().join("plain.pacta").exists());
    file.close().unwrap();

    assert!(matches!(
        backup::inspect(&out, None),
        Err(StoreError::PassphraseRequired { .. })
    ));
    assert!(matches!(
        backup::inspect(&out, Some("not the passphrase")),
        Err(StoreError::WrongPassphrase { .. })
    ));
    let facts = backup::inspect(&out, Some(PASSPHRASE)).unwrap();
    assert!(facts.protected);
    assert_eq!(facts.taken_at.as_deref(), Some("2026-11-25T10:00:00Z"));
    assert_eq!(facts.counts.members, before.1.organisations);

    let restored = dir.path().join("restored.pacta");
    backup::restore(
        &restored,
        &out,
        &dir.path().join("aside.pacta"),
        Some(PASSPHRASE),
    )
    .unwrap();
    assert_no_plaintext(&restored);
    let file = PartnershipFile::open_protected(&restored, secret(PASSPHRASE)).unwrap();
    assert_eq!(summary(&file), before);
    file.close().unwrap();
}

#[test]
fn a_save_copy_of_a_protected_file_is_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    protect(&path, PASSPHRASE);
    let file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    let copy = dir.path().join("copy.pacta");
    file.save_copy(&copy).unwrap();
    file.close().unwrap();
    assert_no_plaintext(&copy);
    PartnershipFile::open_protected(&copy, secret(PASSPHRASE))
        .unwrap()
        .close()
        .unwrap();
}

#[test]
fn foreign_files_are_still_not_pacta_files() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.pacta");
    std::fs::write(&text, "a text file, not a partnership\n").unwrap();
    assert!(matches!(
        PartnershipFile::open(&text),
        Err(StoreError::NotAPactaFile { .. })
    ));
    assert!(matches!(
        PartnershipFile::open_protected(&text, secret(PASSPHRASE)),
        Err(StoreError::NotAPactaFile { .. })
    ));
    // Whole pages of noise look like an encrypted file; with a passphrase they do not open.
    let noise = dir.path().join("noise.pacta");
    let bytes: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&noise, &bytes).unwrap();
    assert!(matches!(
        PartnershipFile::open(&noise),
        Err(StoreError::PassphraseRequired { .. })
    ));
    assert!(matches!(
        PartnershipFile::open_protected(&noise, secret(PASSPHRASE)),
        Err(StoreError::WrongPassphrase { .. })
    ));
    assert_eq!(std::fs::read(&noise).unwrap(), bytes);
}

/// The settings `docs/trust.md` states, read back from a protected file.
#[test]
fn a_protected_file_uses_sqlcipher_4_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    protect(&path, PASSPHRASE);
    let file = PartnershipFile::open_protected(&path, secret(PASSPHRASE)).unwrap();
    let conn = file.connection();
    let version: String = conn
        .query_row("PRAGMA cipher_version", [], |row| row.get(0))
        .unwrap();
    assert!(version.starts_with("4."), "{version}");
    let settings: Vec<String> = {
        let mut statement = conn.prepare("PRAGMA cipher_settings").unwrap();
        let rows = statement.query_map([], |row| row.get(0)).unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    };
    for expected in [
        "PRAGMA kdf_iter = 256000;",
        "PRAGMA cipher_page_size = 4096;",
        "PRAGMA cipher_use_hmac = 1;",
        "PRAGMA cipher_plaintext_header_size = 0;",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
    ] {
        assert!(
            settings.iter().any(|line| line == expected),
            "{expected} not in {settings:?}"
        );
    }
    let provider: String = conn
        .query_row("PRAGMA cipher_provider", [], |row| row.get(0))
        .unwrap();
    assert_eq!(provider, "openssl");
    file.close().unwrap();
}
