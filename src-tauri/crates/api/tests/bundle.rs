//! The portable bundle: the demo partnership — with a closed secret vote, approved minutes, a
//! signed agreement and a matrix frozen with it, so every kind of seal is there, and papers on
//! an agreement and on meeting items — exported to a zip and imported into a new file, which
//! must hold the same rows in every table, seals included. Then every way a bundle can be
//! wrong is refused in words, with nothing created; and random and mutated bundles never
//! panic (the same checks as the cargo-fuzz target `bundle_import`).

#[path = "bundle/checks.rs"]
mod checks;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use checks::{clock, exists_with_companions, Scratch};
use pacta_api::agreements::{self, NewAgreement};
use pacta_api::bundle::{self, Limits, MANIFEST};
use pacta_api::matrices::{self, NewMatrix};
use pacta_api::{agreement_papers, demo, members, verify, ErrorCode, Partnership};
use pacta_core::agreement::templates::TemplateCode;
use pacta_core::agreement::{AgreementKind, AgreementStatus, Language, Signature};
use pacta_core::matrix::{MatrixTemplateCode, Raci};
use pacta_core::seal::SealKind;
use pacta_core::IsoDate;
use pacta_store::table_dump;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::Value;

const MINISTRY: &str =
    "Bộ Lao động – Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)";
const NGO: &str = "Trung tâm Phát triển và Hội nhập";

fn id_of(partnership: &Partnership, name: &str) -> i64 {
    members::list(
        partnership,
        &pacta_core::MemberQuery {
            limit: 100,
            ..Default::default()
        },
    )
    .unwrap()
    .rows
    .into_iter()
    .find(|m| m.name == name)
    .unwrap_or_else(|| panic!("{name} is a demo member"))
    .id
}

/// The demo, plus a matrix frozen by the signature of the agreement it is annexed to, and a
/// paper with a name no file system likes on that agreement.
fn forum(dir: &Path) -> (PathBuf, Partnership) {
    let path = dir.join("forum.pacta");
    let mut partnership = Partnership::create(&path, "SEA Forum for Fishers", clock()).unwrap();
    demo::load(&mut partnership).unwrap();
    let ministry = id_of(&partnership, MINISTRY);
    let ngo = id_of(&partnership, NGO);
    let matrix_id = matrices::create(
        &mut partnership,
        &NewMatrix {
            title: "Shelter for the Songkhla group".into(),
            template: Some(MatrixTemplateCode::Shelter),
            party_ids: vec![ministry, ngo],
            french: false,
        },
    )
    .unwrap();
    let version = matrices::detail(&partnership, matrix_id).unwrap().version;
    let mut content = version.content.clone();
    for activity in &mut content.activities {
        activity.set(ministry, Some(Raci::Accountable));
        activity.set(ngo, Some(Raci::Responsible));
        if activity.needs_funding {
            activity.funder = "Ministry budget line 4.2".into();
        }
    }
    content.overload_threshold = 50;
    matrices::save(&mut partnership, version.id, &content).unwrap();
    let agreement_id = agreements::create(
        &mut partnership,
        &NewAgreement {
            template: Some(TemplateCode::ShelterServices),
            kind: AgreementKind::Mou,
            title: String::new(),
            language: Language::En,
            bilingual: false,
            party_ids: vec![ministry, ngo],
        },
    )
    .unwrap();
    matrices::attach(&mut partnership, agreement_id, matrix_id).unwrap();
    let detail = agreements::detail(&mut partnership, agreement_id).unwrap();
    let mut text = detail.versions[0].text.clone();
    text.effective_on = IsoDate::from_ymd(2027, 1, 1);
    agreements::save_text(&mut partnership, detail.versions[0].id, &text).unwrap();
    agreements::move_to(
        &mut partnership,
        agreement_id,
        AgreementStatus::Negotiation,
        None,
        "",
    )
    .unwrap();
    for (organisation_id, signatory) in [(ministry, "Nguyễn Thị Hương"), (ngo, "Lê Quang Bình")]
    {
        agreements::sign(
            &mut partnership,
            detail.versions[0].id,
            &Signature {
                organisation_id,
                signatory: signatory.into(),
                title: String::new(),
                place: "Hà Nội".into(),
                signed_on: IsoDate::from_ymd(2026, 11, 25).unwrap(),
            },
        )
        .unwrap();
    }
    agreement_papers::attach(
        &mut partnership,
        agreement_id,
        None,
        "Biên bản: họp/ngày 3 .pdf",
        b"%PDF-1.4 scanned signature page",
    )
    .unwrap();
    (path, partnership)
}

/// Every table of both files, row by row, and their schemas, must be the same.
fn assert_same_tables(a: &Path, b: &Path) -> (usize, u64) {
    assert_same_tables_keyed(a, b, None)
}

/// As `assert_same_tables`, `b` being encrypted with `key_b`.
fn assert_same_tables_keyed(a: &Path, b: &Path, key_b: Option<&str>) -> (usize, u64) {
    let open = |path: &Path, key: Option<&str>| {
        let conn =
            rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .unwrap();
        if let Some(key) = key {
            conn.pragma_update(None, "key", key).unwrap();
        }
        conn
    };
    let (a, b) = (open(a, None), open(b, key_b));
    let shapes = table_dump::shapes(&a).unwrap();
    assert_eq!(shapes, table_dump::shapes(&b).unwrap(), "the same tables");
    let mut rows = 0;
    for shape in &shapes {
        let left = table_dump::dump(&a, shape).unwrap();
        let right = table_dump::dump(&b, shape).unwrap();
        assert_eq!(left.rows.len(), right.rows.len(), "rows of {}", shape.name);
        for (index, (l, r)) in left.rows.iter().zip(&right.rows).enumerate() {
            assert_eq!(l, r, "row {} of {}", index + 1, shape.name);
        }
        rows += left.rows.len() as u64;
    }
    let schema = |conn: &rusqlite::Connection| -> Vec<(String, String, String, Option<String>)> {
        let mut statement = conn
            .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
            .unwrap();
        statement
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(schema(&a), schema(&b), "the same schema, triggers included");
    for pragma in ["user_version", "application_id"] {
        let read = |conn: &rusqlite::Connection| -> i64 {
            conn.query_row(&format!("PRAGMA {pragma}"), [], |row| row.get(0))
                .unwrap()
        };
        assert_eq!(read(&a), read(&b), "{pragma}");
    }
    (shapes.len(), rows)
}

fn pdf_text(bytes: &[u8], dir: &Path) -> String {
    let path = dir.join("read-back.pdf");
    std::fs::write(&path, bytes).unwrap();
    let output = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    assert!(output.status.success(), "pdftotext reads the PDF");
    String::from_utf8(output.stdout).unwrap()
}

fn count(conn: &rusqlite::Connection, table: &str) -> i64 {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
        row.get(0)
    })
    .unwrap()
}

#[test]
fn a_partnership_goes_through_a_bundle_and_comes_back_the_same_seals_included() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut partnership) = forum(dir.path());
    let report = verify::verify(&partnership, None).unwrap();
    assert!(report.intact);
    for kind in [
        SealKind::Vote,
        SealKind::AgreementVersion,
        SealKind::MatrixVersion,
        SealKind::Minutes,
    ] {
        assert!(
            report.kinds.iter().any(|c| c.kind == kind && c.sealed > 0),
            "the forum has sealed {kind:?} records"
        );
    }
    let out = dir.path().join("forum-bundle.zip");
    let started = std::time::Instant::now();
    let summary = bundle::export_bundle(&partnership, &out, None).unwrap();
    let exported_in = started.elapsed();
    assert!(!summary.protected);
    assert!(summary.tables >= 30, "{summary:?}");
    assert_eq!(summary.bytes, std::fs::metadata(&out).unwrap().len());
    assert_eq!(
        summary.chain_head,
        verify::chain_head(&partnership).unwrap()
    );
    let conn = partnership_conn(&path).unwrap();
    let expected_pdfs = count(&conn, "agreement_versions")
        + count(&conn, "meetings")
        + count(&conn, "matrix_versions");
    assert_eq!(i64::from(summary.pdfs), expected_pdfs);
    let papers = count(&conn, "agreement_attachments") + count(&conn, "meeting_papers");
    assert!(papers >= 2, "papers on an agreement and on meeting items");
    assert_eq!(i64::from(summary.attachments), papers);
    drop(conn);

    // What is inside: the manifest, the tables, real PDFs, the papers as stored.
    let entries = bundle::entries(&out, None).unwrap();
    assert_eq!(entries[0].0, MANIFEST);
    let manifest: Value = serde_json::from_slice(&entries[0].1).unwrap();
    assert_eq!(manifest["format"], "pacta-bundle");
    assert_eq!(manifest["format_version"], 1);
    assert_eq!(manifest["schema_version"], summary.schema_version);
    assert_eq!(manifest["partnership"], "SEA Forum for Fishers");
    assert_eq!(
        manifest["chain_head"]["chain"],
        summary.chain_head.as_ref().unwrap().chain.as_str()
    );
    assert_eq!(
        manifest["entries"].as_object().unwrap().len(),
        entries.len() - 1,
        "every other entry is hashed"
    );
    let entry = |name: &str| -> &Vec<u8> {
        &entries
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} is in the bundle"))
            .1
    };
    let seals: Value = serde_json::from_slice(entry("data/seals.json")).unwrap();
    assert_eq!(
        seals["rows"].as_array().unwrap().len() as u32,
        summary.chain_head.as_ref().unwrap().seals
    );
    let blobs: Value = serde_json::from_slice(entry("data/agreement_attachments.json")).unwrap();
    let content_at = blobs["columns"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c == "content")
        .unwrap();
    assert!(
        blobs["rows"][0][content_at]["base64"].is_string(),
        "blobs are written as base64"
    );

    let partnership_detail = agreements::detail(&mut partnership, 1).unwrap();
    let title = partnership_detail.versions[0].text.title.clone();
    let (_, signed_pdf) = entries
        .iter()
        .find(|(name, _)| name.starts_with("pdf/agreements/1-") && name.ends_with("-v1.pdf"))
        .expect("the first agreement's first version is printed");
    assert!(signed_pdf.starts_with(b"%PDF-"));
    let text = pdf_text(signed_pdf, dir.path());
    let first_words: String = title
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&first_words), "{first_words} in {text}");
    assert!(
        text.contains("chain head"),
        "a signed version prints its seal"
    );
    let minutes = entries
        .iter()
        .filter(|(name, _)| name.starts_with("pdf/minutes/"))
        .count();
    assert!(minutes >= 1);
    for (name, bytes) in entries.iter().filter(|(name, _)| name.starts_with("pdf/")) {
        assert!(bytes.starts_with(b"%PDF-"), "{name} is a PDF");
    }

    let conn = partnership_conn(&path).unwrap();
    let mut stored: Vec<(String, i64, String, String)> = Vec::new();
    for (kind, table) in [
        ("agreements", "agreement_attachments"),
        ("meetings", "meeting_papers"),
    ] {
        let mut statement = conn
            .prepare(&format!("SELECT id, file_name, sha256 FROM {table}"))
            .unwrap();
        let rows = statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .unwrap();
        for row in rows {
            let (id, name, sha): (i64, String, String) = row.unwrap();
            stored.push((kind.into(), id, name, sha));
        }
    }
    for (kind, id, file_name, sha) in &stored {
        let prefix = format!("attachments/{kind}/{id}-");
        let (name, bytes) = entries
            .iter()
            .find(|(name, _)| name.starts_with(&prefix))
            .unwrap_or_else(|| panic!("{file_name} is in the bundle"));
        assert_eq!(
            &pacta_store::disk::sha256_hex(bytes),
            sha,
            "{name} is the stored paper"
        );
        assert!(!name[prefix.len()..].contains('/'), "{name}: no folders");
    }
    assert!(entries
        .iter()
        .any(|(name, _)| name.ends_with("-Biên bản_ họp_ngày 3 .pdf")));
    drop(conn);
    partnership.close().unwrap();

    // Back into a new file: the same rows in every table.
    let imported_path = dir.path().join("handed-over.pacta");
    let started = std::time::Instant::now();
    let imported = bundle::import_bundle(&out, &imported_path, None, &clock()).unwrap();
    let imported_in = started.elapsed();
    assert_eq!(imported.partnership, "SEA Forum for Fishers");
    assert_eq!(imported.rows, summary.rows);
    assert_eq!(imported.tables, summary.tables);
    assert_eq!(imported.pdfs, summary.pdfs);
    assert_eq!(imported.attachments, summary.attachments);
    assert_eq!(imported.chain_head, summary.chain_head);
    let (tables, rows) = assert_same_tables(&path, &imported_path);
    assert_eq!(rows, summary.rows);
    eprintln!(
        "bundle: {tables} tables, {rows} rows, {} PDFs, {} papers, {} bytes; export {exported_in:?}, import {imported_in:?}",
        summary.pdfs, summary.attachments, summary.bytes
    );

    // The new file works: it opens, verifies, searches and refuses to change a sealed record.
    let mut reopened = Partnership::open(&imported_path, clock()).unwrap();
    let report = verify::verify(&reopened, None).unwrap();
    assert!(report.intact, "{report:?}");
    let found = members::list(
        &reopened,
        &pacta_core::MemberQuery {
            text: "lao dong".into(),
            limit: 10,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        found.rows.iter().any(|m| m.name == MINISTRY),
        "the search index was rebuilt"
    );
    let signed = agreements::detail(&mut reopened, 1).unwrap().versions[0].clone();
    let refused = agreements::save_text(&mut reopened, signed.id, &signed.text).unwrap_err();
    assert_eq!(refused.code, ErrorCode::Immutable, "the triggers are back");
    reopened.close().unwrap();
}

fn partnership_conn(path: &Path) -> rusqlite::Result<rusqlite::Connection> {
    rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
}

/// The bundle's entries, in order, as (name, bytes).
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut entry = archive.by_index(index).unwrap();
            let mut content = Vec::new();
            entry.read_to_end(&mut content).unwrap();
            (entry.name().unwrap().into_owned(), content)
        })
        .collect()
}

fn rezip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        writer
            .start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn with_manifest(entries: &mut [(String, Vec<u8>)], change: impl FnOnce(&mut Value)) {
    let manifest = entries.iter_mut().find(|(n, _)| n == MANIFEST).unwrap();
    let mut value: Value = serde_json::from_slice(&manifest.1).unwrap();
    change(&mut value);
    manifest.1 = serde_json::to_vec(&value).unwrap();
}

/// Changes one table's JSON and records the change's hash and size in the manifest, as someone
/// who knows the format would: only the seals can tell.
fn rewrite_table(entries: &mut [(String, Vec<u8>)], table: &str, change: impl FnOnce(&mut Value)) {
    let name = format!("data/{table}.json");
    let entry = entries.iter_mut().find(|(n, _)| *n == name).unwrap();
    let mut value: Value = serde_json::from_slice(&entry.1).unwrap();
    change(&mut value);
    entry.1 = serde_json::to_vec(&value).unwrap();
    let (sha, size, rows) = (
        pacta_store::disk::sha256_hex(&entry.1),
        entry.1.len(),
        value["rows"].as_array().unwrap().len(),
    );
    with_manifest(entries, |manifest| {
        manifest["entries"][&name]["sha256"] = sha.into();
        manifest["entries"][&name]["bytes"] = size.into();
        manifest["tables"][table] = rows.into();
    });
}

#[test]
fn every_wrong_bundle_is_refused_in_words_and_creates_nothing() {
    let scratch = Scratch::new();
    let dir = scratch.dir.path();
    let original = unzip(&scratch.bundle);
    let refuse = |label: &str, bytes: &[u8], entry: Option<&str>, words: &str| {
        let bundle_path = dir.join(format!("{label}.zip"));
        std::fs::write(&bundle_path, bytes).unwrap();
        let new_file = dir.join(format!("{label}.pacta"));
        let error = bundle::import_bundle(&bundle_path, &new_file, None, &clock()).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidBundle, "{label}: {error:?}");
        assert!(
            error.message.contains(words),
            "{label}: “{words}” in “{}”",
            error.message
        );
        if let Some(entry) = entry {
            assert_eq!(
                error.details.first().and_then(|d| d.value.as_deref()),
                Some(entry),
                "{label}: names the entry"
            );
        }
        assert!(
            !exists_with_companions(&new_file),
            "{label}: nothing created"
        );
    };

    // The bundle as made, rezipped by another tool: still imports.
    assert!(checks::import_bytes(&scratch, &rezip(&original)));

    let mut tampered = original.clone();
    let seals = tampered
        .iter_mut()
        .find(|(n, _)| n == "data/votes.json")
        .unwrap();
    let at = seals.1.len() / 2;
    seals.1[at] = if seals.1[at] == b'1' { b'2' } else { b'1' };
    refuse(
        "tampered",
        &rezip(&tampered),
        Some("data/votes.json"),
        "does not match the SHA-256",
    );

    let mut extra = original.clone();
    extra.push(("pdf/extra.pdf".into(), b"%PDF-1.4".to_vec()));
    refuse(
        "unexpected",
        &rezip(&extra),
        Some("pdf/extra.pdf"),
        "not in its manifest",
    );

    let mut missing = original.clone();
    missing.retain(|(n, _)| !n.starts_with("pdf/minutes/"));
    refuse(
        "missing-entry",
        &rezip(&missing),
        None,
        "missing from the bundle",
    );

    let without_manifest: Vec<_> = original
        .iter()
        .filter(|(n, _)| n != MANIFEST)
        .cloned()
        .collect();
    refuse(
        "no-manifest",
        &rezip(&without_manifest),
        Some(MANIFEST),
        "no manifest.json",
    );

    let truncated = &scratch.bundle[..scratch.bundle.len() / 2];
    refuse("truncated", truncated, None, "damaged or not a zip");
    refuse(
        "not-a-zip",
        b"PK\x03\x04 hello",
        None,
        "damaged or not a zip",
    );

    let mut newer = original.clone();
    with_manifest(&mut newer, |m| m["format_version"] = 2.into());
    refuse(
        "newer-format",
        &rezip(&newer),
        Some(MANIFEST),
        "newer version of Pacta",
    );

    let mut newer_schema = original.clone();
    let latest = pacta_store::migrations::latest_version();
    with_manifest(&mut newer_schema, |m| {
        m["schema_version"] = (latest + 1).into()
    });
    refuse(
        "newer-schema",
        &rezip(&newer_schema),
        Some(MANIFEST),
        "newer version of Pacta",
    );
    let mut older_schema = original.clone();
    with_manifest(&mut older_schema, |m| {
        m["schema_version"] = (latest - 1).into()
    });
    refuse(
        "older-schema",
        &rezip(&older_schema),
        Some(MANIFEST),
        "earlier version of Pacta",
    );

    let mut foreign = original.clone();
    with_manifest(&mut foreign, |m| m["format"] = "something-else".into());
    refuse(
        "foreign",
        &rezip(&foreign),
        Some(MANIFEST),
        "not a Pacta bundle",
    );

    // Changed with the manifest made to agree: the seals tell.
    let mut resealed = original.clone();
    rewrite_table(&mut resealed, "votes", |table| {
        let motion = table["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c == "motion")
            .unwrap();
        table["rows"][0][motion] = "That the Forum adopts nothing at all".into();
    });
    refuse(
        "resealed",
        &rezip(&resealed),
        Some("data/seals.json"),
        "do not match their seals",
    );

    // A row that refers to nothing.
    let mut orphan = original.clone();
    rewrite_table(&mut orphan, "representatives", |table| {
        let at = table["columns"]
            .as_array()
            .unwrap()
            .iter()
            .position(|c| c == "organisation_id")
            .unwrap();
        table["rows"][0][at] = 987_654.into();
    });
    refuse(
        "orphan",
        &rezip(&orphan),
        Some("data/representatives.json"),
        "refers to a missing row",
    );

    let mut odd_value = original.clone();
    rewrite_table(&mut odd_value, "bodies", |table| {
        table["rows"][0][0] = serde_json::json!({"date": "2026-01-01"});
    });
    refuse(
        "odd-value",
        &rezip(&odd_value),
        Some("data/bodies.json"),
        "no known type",
    );

    let mut wrong_columns = original.clone();
    rewrite_table(&mut wrong_columns, "bodies", |table| {
        table["columns"][1] = "nickname".into();
    });
    refuse(
        "columns",
        &rezip(&wrong_columns),
        Some("data/bodies.json"),
        "columns",
    );

    let mut missing_table = original.clone();
    missing_table.retain(|(n, _)| n != "data/settings.json");
    with_manifest(&mut missing_table, |m| {
        m["entries"]
            .as_object_mut()
            .unwrap()
            .remove("data/settings.json");
        m["tables"].as_object_mut().unwrap().remove("settings");
    });
    refuse(
        "missing-table",
        &rezip(&missing_table),
        Some("data/settings.json"),
        "missing",
    );

    // A path that exists is refused and left as it was.
    let bundle_path = dir.join("good.zip");
    std::fs::write(&bundle_path, &scratch.bundle).unwrap();
    let existing = dir.join("existing.pacta");
    std::fs::write(&existing, b"keep me").unwrap();
    let error = bundle::import_bundle(&bundle_path, &existing, None, &clock()).unwrap_err();
    assert_eq!(error.code, ErrorCode::FileExists);
    assert_eq!(std::fs::read(&existing).unwrap(), b"keep me");
    let error = bundle::import_bundle(
        &dir.join("nowhere.zip"),
        &dir.join("n.pacta"),
        None,
        &clock(),
    )
    .unwrap_err();
    assert_eq!(error.code, ErrorCode::FileMissing);
}

#[test]
fn a_bundle_that_unpacks_to_too_much_is_refused_as_a_zip_bomb() {
    let dir = tempfile::tempdir().unwrap();
    // Sixty-four megabytes of zeros deflate to a few dozen kilobytes.
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer.start_file("manifest.json", options).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        writer.write_all(&zeros).unwrap();
    }
    let bomb = writer.finish().unwrap().into_inner();
    assert!(bomb.len() < 1 << 20, "{} bytes", bomb.len());
    let path = dir.path().join("bomb.zip");
    std::fs::write(&path, &bomb).unwrap();
    let new_file = dir.path().join("bomb.pacta");
    let limits = Limits {
        entries: 100,
        total_bytes: 16 << 20,
    };
    let error =
        bundle::import_bundle_with_limits(&path, &new_file, None, &clock(), limits).unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidBundle);
    assert!(error.message.contains("zip bomb"), "{}", error.message);
    assert!(!new_file.exists());

    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..200 {
        writer
            .start_file(
                format!("pdf/{index}.pdf"),
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
    }
    let many = writer.finish().unwrap().into_inner();
    std::fs::write(&path, &many).unwrap();
    let error =
        bundle::import_bundle_with_limits(&path, &new_file, None, &clock(), limits).unwrap_err();
    assert!(error.message.contains("200 entries"), "{}", error.message);
    assert!(!new_file.exists());
}

#[test]
fn a_protected_bundle_is_encrypted_and_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.pacta");
    let mut partnership = Partnership::create(&path, "Forum de la mer d’Andaman", clock()).unwrap();
    demo::load(&mut partnership).unwrap();
    let out = dir.path().join("protected.zip");
    let summary = bundle::export_bundle(&partnership, &out, Some("correct horse battery")).unwrap();
    assert!(summary.protected);
    partnership.close().unwrap();
    let empty = bundle::export_bundle(
        &Partnership::open(&path, clock()).unwrap(),
        &dir.path().join("x.zip"),
        Some(""),
    )
    .unwrap_err();
    assert_eq!(empty.code, ErrorCode::Required);
    let reopened = Partnership::open(&path, clock()).unwrap();
    let over_itself = bundle::export_bundle(&reopened, &path, None).unwrap_err();
    assert_eq!(
        over_itself.code,
        ErrorCode::FileExists,
        "never over the file itself"
    );
    reopened.close().unwrap();

    let bytes = std::fs::read(&out).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).unwrap();
    for index in 0..archive.len() {
        let name = archive.name_for_index(index).unwrap().unwrap().to_string();
        assert!(
            matches!(
                archive.by_index(index).err(),
                Some(zip::result::ZipError::UnsupportedArchive(_))
            ),
            "{name} needs the passphrase"
        );
    }

    let new_file = dir.path().join("opened.pacta");
    let error = bundle::import_bundle(&out, &new_file, None, &clock()).unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidBundle);
    assert!(
        error.message.contains("protected by a passphrase"),
        "{}",
        error.message
    );
    let error = bundle::import_bundle(&out, &new_file, Some("wrong horse"), &clock()).unwrap_err();
    assert_eq!(error.code, ErrorCode::InvalidBundle);
    assert!(
        error.message.contains("passphrase does not open"),
        "{}",
        error.message
    );
    assert!(!new_file.exists());
    let imported =
        bundle::import_bundle(&out, &new_file, Some("correct horse battery"), &clock()).unwrap();
    assert!(
        imported.protected,
        "an encrypted bundle gives a protected file"
    );
    assert!(!std::fs::read(&new_file)
        .unwrap()
        .starts_with(b"SQLite format 3"));
    assert_eq!(
        Partnership::open(&new_file, clock()).err().map(|e| e.code),
        Some(ErrorCode::PassphraseRequired)
    );
    assert_same_tables_keyed(&path, &new_file, Some("correct horse battery"));
}

#[test]
fn a_protected_partnership_file_is_never_bundled_in_the_clear() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("protected.pacta");
    let mut partnership = Partnership::create(&path, "Forum", clock()).unwrap();
    demo::load(&mut partnership).unwrap();
    let secret = pacta_api::Passphrase::new("Mekong at dawn, 2027");
    pacta_api::protection::protect(&mut partnership, secret.clone()).unwrap();
    let out = dir.path().join("clear.zip");
    let refused = bundle::export_bundle(&partnership, &out, None).unwrap_err();
    assert_eq!(refused.code, ErrorCode::PassphraseRequired);
    assert!(!out.exists());
    let summary = bundle::export_bundle_with(&partnership, &out, Some(&secret)).unwrap();
    assert!(summary.protected);
    partnership.close().unwrap();
    let copy = dir.path().join("copy.pacta");
    bundle::import_bundle_with(&out, &copy, Some(&secret), &clock()).unwrap();
    let reopened = Partnership::open_protected(&copy, clock(), secret).unwrap();
    assert!(reopened.is_protected());
    assert!(verify::verify(&reopened, None).unwrap().intact);
}

#[test]
fn cells_of_every_type_survive_the_json() {
    // A table of every storage class, dumped, written as the bundle writes it, read back and
    // loaded: the values come back bit for bit.
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY); CREATE TABLE k (a TEXT PRIMARY KEY, b) ;",
    )
    .unwrap();
    let reals = [
        0.1 + 0.2,
        -0.0,
        1e300,
        f64::MIN_POSITIVE,
        5e-324,
        f64::INFINITY,
        -1.5,
    ];
    for (index, real) in reals.iter().enumerate() {
        conn.execute(
            "INSERT INTO t (id, v) VALUES (?1, ?2)",
            rusqlite::params![index as i64 + 1, real],
        )
        .unwrap();
    }
    conn.execute("INSERT INTO t (id, v) VALUES (100, ?1)", [i64::MIN])
        .unwrap();
    conn.execute(
        "INSERT INTO t (id, v) VALUES (101, ?1)",
        [vec![0u8, 255, 10]],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO t (id, v) VALUES (102, 'Nguyễn \"q\" \u{202E}')",
        [],
    )
    .unwrap();
    conn.execute("INSERT INTO t (id, v) VALUES (103, NULL)", [])
        .unwrap();
    conn.execute("INSERT INTO k (a, b) VALUES ('x', 1), ('y', 2)", [])
        .unwrap();
    conn.execute("DELETE FROM k WHERE a = 'x'", []).unwrap();
    let shapes = table_dump::shapes(&conn).unwrap();
    assert_eq!(shapes[0].columns, ["rowid", "a", "b"], "k keeps its rowid");
    assert_eq!(shapes[1].columns, ["id", "v"]);
    let dumped: Vec<_> = shapes
        .iter()
        .map(|s| table_dump::dump(&conn, s).unwrap())
        .collect();
    let back: Vec<_> = dumped
        .iter()
        .map(|table| bundle::read_table_json(&table.name, &bundle::table_json(table)).unwrap())
        .collect();
    assert_eq!(back.len(), dumped.len());
    for (a, b) in dumped.iter().zip(&back) {
        assert_eq!(a.columns, b.columns);
        for (ra, rb) in a.rows.iter().zip(&b.rows) {
            for (ca, cb) in ra.iter().zip(rb) {
                match (ca, cb) {
                    (table_dump::Cell::Real(x), table_dump::Cell::Real(y)) => {
                        assert_eq!(x.to_bits(), y.to_bits())
                    }
                    _ => assert_eq!(ca, cb),
                }
            }
        }
    }
    let other = rusqlite::Connection::open_in_memory().unwrap();
    other
        .execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY); CREATE TABLE k (a TEXT PRIMARY KEY, b) ;")
        .unwrap();
    table_dump::load(&other, &back).unwrap();
    let again: Vec<_> = shapes
        .iter()
        .map(|s| table_dump::dump(&other, s).unwrap())
        .collect();
    assert_eq!(
        format!("{again:?}"),
        format!("{dumped:?}"),
        "loaded back as dumped, rowids included"
    );
}

fn runner(cases: u32) -> TestRunner {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(0x5041_4354);
    }
    config.failure_persistence = None;
    TestRunner::new(config)
}

/// One edit of a byte string; positions are taken modulo its length.
#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<usize>(), 1..=255u8).prop_map(|(at, mask)| Edit::Flip(at, mask)),
        1 => (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Edit::Insert(at, bytes)),
        1 => (any::<usize>(), 1..64usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        1 => any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(seed: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for edit in edits {
        let len = bytes.len().max(1);
        match edit {
            Edit::Flip(at, mask) => {
                if let Some(byte) = bytes.get_mut(at % len) {
                    *byte ^= mask;
                }
            }
            Edit::Insert(at, more) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, more.iter().copied());
            }
            Edit::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
            Edit::Truncate(at) => bytes.truncate(at % len),
        }
    }
    bytes
}

#[test]
fn bundles_of_arbitrary_bytes_are_refused_in_words() {
    let scratch = Scratch::new();
    runner(64)
        .run(&prop::collection::vec(any::<u8>(), 0..4096), |bytes| {
            checks::check_bytes(&bytes);
            checks::import_bytes(&scratch, &bytes);
            Ok(())
        })
        .unwrap();
    // Random bytes behind a zip's own signature.
    runner(64)
        .run(&prop::collection::vec(any::<u8>(), 0..4096), |bytes| {
            let mut zipish = b"PK\x03\x04".to_vec();
            zipish.extend_from_slice(&bytes);
            zipish.extend_from_slice(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
            checks::check_bytes(&zipish);
            Ok(())
        })
        .unwrap();
}

#[test]
fn mutated_bundles_are_imported_whole_or_refused_in_words() {
    let scratch = Scratch::new();
    let imported = std::cell::Cell::new(0);
    runner(48)
        .run(&prop::collection::vec(edit(), 1..4), |edits| {
            let bytes = apply(&scratch.bundle, &edits);
            if checks::import_bytes(&scratch, &bytes) {
                imported.set(imported.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    let imported = imported.get();
    eprintln!("{imported} of the mutated bundles still imported (the damage was outside the data)");
    assert!(checks::import_bytes(&scratch, &scratch.bundle));
}

/// Writes the seed for the cargo-fuzz target (`scripts/fuzz.sh` runs this).
#[test]
#[ignore]
fn write_fuzz_seeds() {
    let Some(corpus) = std::env::var_os("PACTA_FUZZ_CORPUS") else {
        return;
    };
    let folder = PathBuf::from(corpus).join("bundle_import");
    std::fs::create_dir_all(&folder).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.pacta");
    let partnership = Partnership::create(&path, "Seed", clock()).unwrap();
    let out = folder.join("empty-partnership.zip");
    bundle::export_bundle(&partnership, &out, None).unwrap();
    partnership.close().unwrap();
    let scratch = Scratch::new();
    std::fs::write(folder.join("demo.zip"), &scratch.bundle).unwrap();
}
