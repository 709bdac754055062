//! Files from every earlier schema version open through the normal path, migrate, and keep
//! their data; a file from a newer version is refused and left byte for byte as it was.
//!
//! The files are `tests/fixtures/schema-N.pacta` (the demo partnership as schema N held it),
//! written by `scripts/schema-fixtures.sh`; see `tests/fixtures/README.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pacta_core::MemberQuery;
use pacta_store::migrations::latest_version;
use pacta_store::{member_search, organisations, PartnershipFile, StoreError};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use sha2::{Digest, Sha256};

fn fixtures() -> BTreeMap<i64, PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::read_dir(&dir)
        .expect("tests/fixtures")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?;
            let version = name.strip_prefix("schema-")?.strip_suffix(".pacta")?;
            Some((version.parse().ok()?, path))
        })
        .collect()
}

/// A copy to open: opening migrates in place, and the committed fixture must stay as it is.
fn copy_of(fixture: &Path, dir: &Path) -> PathBuf {
    let copy = dir.join(fixture.file_name().unwrap());
    std::fs::copy(fixture, &copy).unwrap();
    copy
}

/// Reads a file without writing to it. Never a committed fixture: in WAL mode even a reader
/// leaves `-shm` and `-wal` files beside the file it reads.
fn read_only(path: &Path) -> Connection {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
}

/// The schema version in the file's header (bytes 60..64, big-endian), read without SQLite.
fn header_version(path: &Path) -> i64 {
    let bytes = std::fs::read(path).unwrap();
    i64::from(u32::from_be_bytes(bytes[60..64].try_into().unwrap()))
}

/// One table as the file holds it: the columns read (the rowid first, when the table has
/// one), the order they were read in, and the rows.
#[derive(Debug, PartialEq)]
struct Table {
    columns: Vec<String>,
    order: String,
    rows: Vec<Vec<Value>>,
}

/// Every table of a file (full-text shadow tables aside: SQLite rebuilds those).
fn snapshot(conn: &Connection) -> BTreeMap<String, Table> {
    let mut statement = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .unwrap();
    let tables: Vec<(String, String)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let virtual_tables: Vec<&str> = tables
        .iter()
        .filter(|(_, sql)| sql.starts_with("CREATE VIRTUAL TABLE"))
        .map(|(name, _)| name.as_str())
        .collect();
    let mut snapshot = BTreeMap::new();
    for (table, sql) in &tables {
        if virtual_tables
            .iter()
            .any(|v| table.starts_with(&format!("{v}_")))
        {
            continue;
        }
        let mut columns = column_names(conn, table);
        let order = if sql.contains("WITHOUT ROWID") {
            (1..=columns.len())
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            // For a full-text table the rowid is what ties a row to its member.
            columns.insert(0, "rowid".into());
            "rowid".to_string()
        };
        let rows = rows(conn, table, &columns, &order);
        snapshot.insert(
            table.clone(),
            Table {
                columns,
                order,
                rows,
            },
        );
    }
    snapshot
}

fn column_names(conn: &Connection, table: &str) -> Vec<String> {
    let mut statement = conn
        .prepare("SELECT name FROM pragma_table_info(?1)")
        .unwrap();
    let names = statement
        .query_map([table], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    names
}

fn rows(conn: &Connection, table: &str, columns: &[String], order: &str) -> Vec<Vec<Value>> {
    let list = columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let mut statement = conn
        .prepare(&format!("SELECT {list} FROM \"{table}\" ORDER BY {order}"))
        .unwrap();
    let width = statement.column_count();
    statement
        .query_map([], |row| {
            (0..width).map(|i| row.get::<_, Value>(i)).collect()
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The schema as SQLite records it, for comparing a migrated file with a new one.
fn schema(conn: &Connection) -> Vec<(String, String, Option<String>)> {
    let mut statement = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' \
             ORDER BY type, name",
        )
        .unwrap();
    let rows = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows
}

fn fresh_schema(dir: &Path) -> Vec<(String, String, Option<String>)> {
    let path = dir.join("fresh.pacta");
    let stamp = pacta_core::Stamp {
        at: "2026-03-02T09:00:00Z".into(),
        actor: "Secretariat".into(),
    };
    PartnershipFile::create(&path, "Fresh", &stamp)
        .unwrap()
        .close()
        .unwrap();
    schema(&read_only(&path))
}

fn sha256(path: &Path) -> String {
    format!("{:x}", Sha256::digest(std::fs::read(path).unwrap()))
}

#[test]
fn there_is_a_fixture_for_every_earlier_schema_version() {
    let found = fixtures();
    let missing: Vec<i64> = (1..latest_version())
        .filter(|version| !found.contains_key(version))
        .collect();
    assert!(
        missing.is_empty(),
        "no fixture for schema version(s) {missing:?}: run scripts/schema-fixtures.sh \
         before the release that adds migration {}",
        latest_version() + 1
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            name == "README.md" || (name.starts_with("schema-") && name.ends_with(".pacta")),
            "{name} in tests/fixtures: a fixture was opened in place"
        );
    }
    for (version, path) in &found {
        assert!(
            *version <= latest_version(),
            "{} is newer than this build",
            path.display()
        );
        assert_eq!(
            header_version(path),
            *version,
            "{} is at the version its name says",
            path.display()
        );
    }
}

#[test]
fn every_earlier_file_migrates_with_its_data_intact() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = fresh_schema(dir.path());
    for (version, fixture) in fixtures() {
        let committed = sha256(&fixture);
        let untouched = dir.path().join("untouched");
        std::fs::create_dir_all(&untouched).unwrap();
        let before = snapshot(&read_only(&copy_of(&fixture, &untouched)));
        let path = copy_of(&fixture, dir.path());
        let file = PartnershipFile::open(&path)
            .unwrap_or_else(|error| panic!("schema {version} does not open: {error}"));
        let conn = file.connection();
        assert_eq!(
            pacta_store::migrations::current_version(conn).unwrap(),
            latest_version()
        );

        // Every row of every table the old file had, every column it had, unchanged; a
        // migration may add rows (the seals, the log of what it did), never alter or drop one.
        for (name, table) in &before {
            let now = rows(conn, name, &table.columns, &table.order);
            if let Some(lost) = table.rows.iter().find(|row| !now.contains(row)) {
                panic!(
                    "schema {version}: table {name} lost or changed a row when migrated: {lost:?}"
                );
            }
        }

        // The same structure as a file created today: no migration skipped or edited.
        assert_eq!(
            schema(conn),
            fresh,
            "schema {version}: migrated structure differs from a new file's"
        );
        let verdicts: Vec<String> = conn
            .prepare("PRAGMA integrity_check")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(verdicts, ["ok"], "schema {version}");
        let dangling: i64 = conn
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(dangling, 0, "schema {version}: foreign keys");

        // Read back through the store, accents and all.
        let names: Vec<String> = organisations::all(conn)
            .unwrap()
            .into_iter()
            .map(|o| o.name)
            .collect();
        assert_eq!(names.len(), 18, "schema {version}: the demo's members");
        assert!(
            names.iter().any(|n| n.contains("Thương binh và Xã hội")),
            "schema {version}: {names:?}"
        );
        let found = member_search::search(
            conn,
            &MemberQuery {
                text: "thuong binh".into(),
                ..MemberQuery::default()
            },
        )
        .unwrap();
        assert!(found.total >= 1, "schema {version}: search ignores accents");
        if version >= 2 {
            assert_eq!(
                pacta_store::votes::list(
                    conn,
                    None,
                    pacta_messages::Messages::of(pacta_messages::Locale::En)
                )
                .unwrap()
                .len(),
                3
            );
        }
        if version >= 3 {
            assert_eq!(pacta_store::agreements::list(conn).unwrap().len(), 2);
        }
        if version >= 4 {
            let clauses = pacta_store::clause_library::all(conn).unwrap();
            assert!(clauses.iter().any(|c| c.title.contains("Confidentialité")));
        }
        if version >= 5 {
            assert_eq!(pacta_store::meetings::list(conn, None).unwrap().len(), 2);
        }
        if version >= 6 {
            assert_eq!(pacta_store::matrices::list_latest(conn).unwrap().len(), 1);
        }
        // Records final before the seals existed are sealed by the migration, and verify.
        let report = pacta_store::seals::verify(conn, None).unwrap();
        assert!(report.intact, "schema {version}: {report:?}");
        file.close().unwrap();

        if version < latest_version() {
            let backup = dir
                .path()
                .join(format!("schema-{version}.pacta.schema-{version}.bak"));
            let kept = read_only(&backup);
            assert_eq!(
                pacta_store::migrations::current_version(&kept).unwrap(),
                version,
                "a copy of the file as it was is kept before migrating"
            );
            assert_eq!(
                snapshot(&kept),
                before,
                "schema {version}: the copy is whole"
            );
        }
        assert_eq!(
            sha256(&fixture),
            committed,
            "the committed fixture is never opened in place"
        );
    }
}

#[test]
fn a_newer_file_is_refused_and_left_byte_for_byte_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let newest = fixtures()
        .into_iter()
        .next_back()
        .expect("at least one fixture")
        .1;
    for future in [latest_version() + 1, i64::from(i32::MAX)] {
        let path = dir.path().join(format!("future-{future}.pacta"));
        std::fs::copy(&newest, &path).unwrap();
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", future).unwrap();
            conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        }
        let listing = |dir: &Path| {
            let mut names: Vec<String> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        let files_before = listing(dir.path());
        let hash_before = sha256(&path);
        match PartnershipFile::open(&path) {
            Err(StoreError::SchemaTooNew {
                found, supported, ..
            }) => {
                assert_eq!((found, supported), (future, latest_version()));
            }
            Err(other) => panic!("schema {future}: expected SchemaTooNew, got {other}"),
            Ok(_) => panic!("schema {future}: a newer file was opened"),
        }
        assert_eq!(
            sha256(&path),
            hash_before,
            "schema {future}: the file changed"
        );
        assert_eq!(
            listing(dir.path()),
            files_before,
            "schema {future}: no backup, journal or other file is left beside it"
        );
    }
}
