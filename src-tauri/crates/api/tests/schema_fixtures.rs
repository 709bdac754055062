//! Writes the partnership files of earlier schema versions that pacta-store's
//! `tests/schema_fixtures.rs` opens and migrates: `store/tests/fixtures/schema-N.pacta`, one per
//! version, each holding the demo partnership as far as schema N could hold it.
//!
//! Run by `scripts/schema-fixtures.sh` (ignored otherwise). A fixture is the file an earlier
//! release wrote, so existing ones are kept: only missing versions are written, unless
//! `PACTA_FIXTURES_REWRITE=N` names one to write again (for a migration not yet released).
//!
//! How a fixture is made: a blank file is brought up one migration at a time; after each, the
//! tables that migration created are filled from the demo (the columns they have at that
//! version), unless the migration filled them itself. The demo first gains what it leaves empty
//! (a paper, a library clause, an erratum, the acting user's name) so that every table holds a
//! row.

use std::path::{Path, PathBuf};

use pacta_api::{agreement_papers, demo, meetings, Clock, Partnership};
use pacta_core::agreement::{Language, Section};
use rusqlite::config::DbConfig;
use rusqlite::Connection;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../store/tests/fixtures")
}

/// The demo at the current schema, with a row in every table the demo leaves empty.
fn full_demo(path: &Path) {
    let clock = Clock::Fixed("2026-03-02T09:00:00Z".into());
    let mut partnership = Partnership::create(path, "SEA Forum for Fishers", clock).unwrap();
    demo::load(&mut partnership).unwrap();
    partnership.set_actor("Secrétariat général").unwrap();
    agreement_papers::attach(
        &mut partnership,
        1,
        None,
        "accord-signé.pdf",
        b"%PDF-1.4\n% Accord sign\xc3\xa9 \xe2\x80\x94 copie num\xc3\xa9ris\xc3\xa9e\n%%EOF\n",
    )
    .unwrap();
    agreement_papers::save_to_library(
        &mut partnership,
        "Confidentialité des données des victimes",
        Section::Confidentiality,
        Language::Fr,
        "Les parties ne communiquent les données d’une victime qu’avec son consentement éclairé.",
    )
    .unwrap();
    let approved = meetings::list(&partnership, None)
        .unwrap()
        .into_iter()
        .find(|m| m.minutes_status.is_frozen())
        .expect("the demo's approved minutes");
    meetings::add_erratum(
        &mut partnership,
        approved.id,
        "Lire « Nguyễn Thị Hương » au lieu de « Nguyen Thi Huong » au point 3.",
    )
    .unwrap();
    partnership.close().unwrap();
}

fn tables(conn: &Connection, schema: &str) -> Vec<(String, String)> {
    let sql = format!(
        "SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    );
    let mut statement = conn.prepare(&sql).unwrap();
    let rows = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<Vec<(String, String)>, _>>()
        .unwrap();
    rows
}

fn columns(conn: &Connection, schema: &str, table: &str) -> Vec<String> {
    let mut statement = conn
        .prepare("SELECT name FROM pragma_table_info(?1, ?2)")
        .unwrap();
    let names = statement
        .query_map([table, schema], |row| row.get(0))
        .unwrap()
        .collect::<Result<Vec<String>, _>>()
        .unwrap();
    names
}

/// Shadow tables of a full-text index: SQLite keeps them in step with the index itself.
fn is_shadow(name: &str, all: &[(String, String)]) -> bool {
    all.iter().any(|(table, sql)| {
        sql.starts_with("CREATE VIRTUAL TABLE") && name.starts_with(&format!("{table}_"))
    })
}

fn write_fixture(demo: &Path, version: usize, out: &Path) {
    let scratch = out.with_extension("tmp");
    let _ = std::fs::remove_file(&scratch);
    let mut conn = Connection::open(&scratch).unwrap();
    // Small pages keep the committed files small (each table and index takes at least one);
    // nothing in Pacta depends on the page size.
    conn.pragma_update(None, "page_size", 1024).unwrap();
    conn.pragma_update(
        None,
        "application_id",
        pacta_store::file::header::APPLICATION_ID,
    )
    .unwrap();
    conn.execute("ATTACH DATABASE ?1 AS demo", [demo.to_str().unwrap()])
        .unwrap();
    let from_demo = tables(&conn, "demo");
    for step in 1..=version {
        let before: Vec<String> = tables(&conn, "main").into_iter().map(|(n, _)| n).collect();
        pacta_store::migrations::migrate_to(&mut conn, step).unwrap();
        let after = tables(&conn, "main");
        // Triggers guard what the app may change; here rows are put back as the app once
        // wrote them, in table order rather than in the order they were made.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)
            .unwrap();
        for (table, _) in after.iter().filter(|(n, _)| !before.contains(n)) {
            if is_shadow(table, &after) || !from_demo.iter().any(|(n, _)| n == table) {
                continue;
            }
            // Which representative each salted value of the demo's seals was hashed for: the
            // fixture's seals were made by migration 8, in format 1, which has none.
            if table == "seal_people" {
                continue;
            }
            let filled: i64 = conn
                .query_row(&format!("SELECT count(*) FROM main.\"{table}\""), [], |r| {
                    r.get(0)
                })
                .unwrap();
            if filled > 0 {
                continue;
            }
            let here = columns(&conn, "main", table);
            let there = columns(&conn, "demo", table);
            let mut shared: Vec<String> = here
                .iter()
                .filter(|c| there.contains(c))
                .map(|c| format!("\"{c}\""))
                .collect();
            let virtual_table = after
                .iter()
                .any(|(n, sql)| n == table && sql.starts_with("CREATE VIRTUAL TABLE"));
            if virtual_table {
                shared.insert(0, "rowid".into());
            }
            let list = shared.join(", ");
            conn.execute(
                &format!(
                    "INSERT INTO main.\"{table}\" ({list}) SELECT {list} FROM demo.\"{table}\""
                ),
                [],
            )
            .unwrap();
        }
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true)
            .unwrap();
    }
    conn.execute("DETACH DATABASE demo", []).unwrap();
    assert_eq!(
        pacta_store::migrations::current_version(&conn).unwrap(),
        version as i64
    );
    // Compacted, so the committed files stay small; in WAL mode, as every open leaves a file.
    conn.execute_batch("VACUUM").unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.close().unwrap();
    std::fs::rename(&scratch, out).unwrap();
}

#[test]
#[ignore = "writes store/tests/fixtures; run scripts/schema-fixtures.sh"]
fn write_missing_schema_fixtures() {
    let dir = tempfile::tempdir().unwrap();
    let demo = dir.path().join("demo.pacta");
    full_demo(&demo);
    let rewrite: Option<usize> = std::env::var("PACTA_FIXTURES_REWRITE")
        .ok()
        .map(|v| v.parse().expect("PACTA_FIXTURES_REWRITE=N"));
    let latest = pacta_store::migrations::latest_version() as usize;
    std::fs::create_dir_all(fixtures_dir()).unwrap();
    for version in 1..=latest {
        let out = fixtures_dir().join(format!("schema-{version}.pacta"));
        if out.exists() && rewrite != Some(version) {
            println!("kept    {}", out.display());
            continue;
        }
        write_fixture(&demo, version, &out);
        println!(
            "written {} ({} bytes)",
            out.display(),
            std::fs::metadata(&out).unwrap().len()
        );
    }
}
