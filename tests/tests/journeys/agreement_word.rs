//! Agreements and Word in the real window: an existing MoU (a .docx) imported from the
//! agreements page becomes a draft with the report of what became what; a partner's copy of the
//! signed agreement's export, edited with Track Changes and a comment, is reviewed clause by
//! clause on the agreement's page and accepted into a new amendment, which the CLI reads back.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use serde_json::Value;

use crate::support::{self, journey, Failure, Result, Workspace};

const PARTNER: &str = "Nguyễn Thị Hoa";

fn unzip(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
    let mut parts = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index)?;
        let mut content = Vec::new();
        entry.read_to_end(&mut content)?;
        parts.insert(entry.name()?.to_string(), content);
    }
    Ok(parts)
}

fn rezip(parts: &BTreeMap<String, Vec<u8>>, path: &Path) -> Result {
    let mut writer = zip::ZipWriter::new(std::fs::File::create(path)?);
    for (name, content) in parts {
        writer.start_file(name.as_str(), zip::write::SimpleFileOptions::default())?;
        writer.write_all(content)?;
    }
    writer.finish()?;
    Ok(())
}

/// The partner's Track Changes: in the run holding `clause`, `word` deleted and `replacement`
/// inserted, by `PARTNER`.
fn track_change(path: &Path, clause: &str, word: &str, replacement: &str) -> Result {
    let mut parts = unzip(&std::fs::read(path)?)?;
    let document = String::from_utf8_lossy(&parts["word/document.xml"]).into_owned();
    let run = format!(r#"<w:t xml:space="preserve">{clause}</w:t></w:r>"#);
    ensure!(
        document.contains(&run),
        "the export holds the clause as one run"
    );
    let (before, after) = clause
        .split_once(word)
        .ok_or_else(|| Failure(format!("“{word}” is not in the clause")))?;
    let edited = format!(
        concat!(
            r#"<w:t xml:space="preserve">{before}</w:t></w:r>"#,
            r#"<w:del w:id="901" w:author="{author}" w:date="2026-12-01T10:00:00Z"><w:r><w:delText>{word}</w:delText></w:r></w:del>"#,
            r#"<w:ins w:id="902" w:author="{author}" w:date="2026-12-01T10:00:00Z"><w:r><w:t>{replacement}</w:t></w:r></w:ins>"#,
            r#"<w:r><w:t xml:space="preserve">{after}</w:t></w:r>"#,
        ),
        before = before,
        word = word,
        replacement = replacement,
        after = after,
        author = PARTNER,
    );
    parts.insert(
        "word/document.xml".into(),
        document.replacen(&run, &edited, 1).into_bytes(),
    );
    rezip(&parts, path)
}

fn agreement(ws: &Workspace, id: i64) -> Result<Value> {
    Ok(serde_json::from_str(&ws.cli(&[
        "agreements",
        "show",
        &id.to_string(),
        "--json",
    ])?)?)
}

/// A clause of the latest version whose text needs no XML escaping, and a long word of it.
fn plain_clause(detail: &Value) -> Result<(u64, String, String)> {
    let versions = detail["versions"].as_array().cloned().unwrap_or_default();
    let latest = versions
        .last()
        .ok_or_else(|| Failure("no version".into()))?;
    for section in latest["text"]["sections"].as_array().into_iter().flatten() {
        for clause in section["clauses"].as_array().into_iter().flatten() {
            let text = clause["text"].as_str().unwrap_or_default();
            if text.contains(['&', '<', '>', '"', '\'', '\n']) {
                continue;
            }
            if let Some(word) = text
                .split_whitespace()
                .find(|w| w.len() > 5 && w.chars().all(char::is_alphabetic))
            {
                return Ok((
                    clause["id"].as_u64().unwrap_or_default(),
                    text.to_string(),
                    word.to_string(),
                ));
            }
        }
    }
    Err(Failure("no plain clause".into()))
}

#[tokio::test]
async fn a_word_file_becomes_a_draft_and_a_partners_redline_a_new_amendment() {
    journey("agreement-word", async {
        let ws = Workspace::new("agreement_word")?;
        ws.cli(&["demo"])?;
        let signed_id = 1;
        let before = agreement(&ws, signed_id)?;
        let versions_before = before["versions"].as_array().map_or(0, Vec::len);
        let (clause_id, clause, word) = plain_clause(&before)?;
        let existing_mou = ws.root.join("MoU signed in 2024.docx");
        ws.cli(&[
            "export",
            "agreement",
            &signed_id.to_string(),
            "--out",
            &existing_mou.display().to_string(),
        ])?;
        let partner_copy = ws.root.join("MoU — comments of the Centre.docx");
        std::fs::copy(&existing_mou, &partner_copy)?;
        track_change(&partner_copy, &clause, &word, "REVISED")?;

        let app = ws.launch("agreement-word").await?;
        let outcome = async {
            app.click("#nav-agreements").await?;
            app.click("#import-agreement").await?;
            support::answer_open_dialog(&existing_mou).await?;
            let counts = app
                .wait_text("#word-import-counts", "the import's counts", |t| {
                    !t.is_empty()
                })
                .await?;
            ensure!(
                counts.contains("clauses"),
                "the import says what it made: {counts:?}"
            );
            app.screenshot("agreement-word-import").await?;

            app.click("#word-import-open").await?;
            app.visible("#agreement-signatures").await?;
            app.click("#nav-agreements").await?;
            app.click(&format!("a[href=\"/agreements/{signed_id}\"]"))
                .await?;
            app.click("#redline-read").await?;
            support::answer_open_dialog(&partner_copy).await?;
            let summary = app
                .wait_text("#redline-summary", "the review", |t| !t.is_empty())
                .await?;
            ensure!(summary.contains('1'), "one clause changed: {summary:?}");
            let marked = app
                .text(&format!("article[data-clause=\"{clause_id}\"] .marked"))
                .await?;
            ensure!(
                marked.contains("REVISED") && marked.contains(&word),
                "the clause shows the deletion and the insertion: {marked:?}"
            );
            app.screenshot("agreement-word-redline").await?;
            app.click("#redline-accept-all").await?;
            app.wait_text("#redline-saved", "the saved version", |t| !t.is_empty())
                .await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;

        let after = agreement(&ws, signed_id)?;
        let versions = after["versions"].as_array().cloned().unwrap_or_default();
        ensure!(
            versions.len() == versions_before + 1,
            "a new amendment: {} versions, {versions_before} before",
            versions.len()
        );
        let latest = versions.last().cloned().unwrap_or_default();
        let taken = latest["text"]["sections"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|s| s["clauses"].as_array().cloned().unwrap_or_default())
            .find(|c| c["id"].as_u64() == Some(clause_id))
            .ok_or_else(|| Failure("the clause is in the amendment".into()))?;
        let expected = clause.replacen(&word, "REVISED", 1);
        ensure!(
            taken["text"] == expected.as_str(),
            "the amendment holds the partner's text: {}",
            taken["text"]
        );
        let list: Value = serde_json::from_str(&ws.cli(&["agreements", "list", "--json"])?)?;
        ensure!(
            list.as_array().map_or(0, Vec::len) == 3,
            "the demo's two agreements and the imported draft: {list}"
        );
        Ok(())
    })
    .await;
}
