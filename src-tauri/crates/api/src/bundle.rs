//! The portable bundle: a whole partnership as one zip file, for handing a secretariat over or
//! archiving it — every table as documented JSON, the PDF of every agreement version, every
//! meeting's minutes and every matrix version, and every stored paper under its own name. The
//! format is described in `docs/bundle.md`.
//!
//! Importing a bundle makes a new partnership file that holds the same rows, ids and seals as
//! the one exported: every entry is checked against the manifest's SHA-256 before anything is
//! created, the rows are loaded in one transaction (see `pacta_store::table_dump`), and the
//! file is kept only when its foreign keys, SQLite's integrity check and the seal chain all
//! hold. Anything else is refused with `ErrorCode::InvalidBundle`, naming the entry or table,
//! and leaves no file behind.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufWriter, Read, Seek, Write};
use std::path::Path;

use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use zip::read::ZipReadOptions;
use zip::result::ZipError;
use zip::write::{FileOptions, SimpleFileOptions};
use zip::{AesMode, CompressionMethod, ZipArchive, ZipWriter};

use crate::{agreement_export, matrix_export, meeting_export, verify};
use crate::{
    said, ApiError, ApiResult, Clock, ErrorCode, Partnership, Passphrase, ProblemDetail, Said,
};
use pacta_core::agreement::{Language, Paper, PrintLanguage, PrintOptions};
use pacta_core::matrix::RowLanguage;
use pacta_core::seal::ChainHead;
use pacta_core::Stamp;
use pacta_store::disk::{self, sha256_hex};
use pacta_store::table_dump::{self, Cell, LoadError, TableData};
use pacta_store::{
    agreements, attachments, matrices, meeting_papers, meetings, migrations, partnership, seals,
    PartnershipFile, StoreError,
};

/// The `format` of every bundle's manifest.
pub const FORMAT: &str = "pacta-bundle";
/// The version of the bundle format this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;
/// The manifest's entry name.
pub const MANIFEST: &str = "manifest.json";

/// How much a bundle may unpack to: a zip bomb is refused before it fills the disk or memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Entries in the archive.
    pub entries: usize,
    /// Bytes of all entries once unpacked.
    pub total_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            entries: 100_000,
            total_bytes: 8 * 1024 * 1024 * 1024,
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct BundleSummary {
    pub path: String,
    pub tables: u32,
    pub rows: u64,
    pub pdfs: u32,
    pub attachments: u32,
    /// The size of the bundle file.
    pub bytes: u64,
    /// Its entries are encrypted (AES-256) with a passphrase.
    pub protected: bool,
    pub schema_version: i64,
    /// The chain head at the time of the export; none before the first record is final.
    pub chain_head: Option<ChainHead>,
}

/// What an import made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportedBundle {
    /// The new partnership file.
    pub path: String,
    pub partnership: String,
    pub tables: u32,
    pub rows: u64,
    /// PDFs and papers in the bundle, each checked against its SHA-256.
    pub pdfs: u32,
    pub attachments: u32,
    /// When the bundle was made, and by which version of Pacta.
    pub created_at: String,
    pub app_version: String,
    pub schema_version: i64,
    /// The seal chain of the new file: intact, with the head the bundle recorded.
    pub chain_head: Option<ChainHead>,
    /// The bundle was encrypted, so the new file is protected with the same passphrase: what
    /// was handed over encrypted is not left in the clear on the new computer.
    pub protected: bool,
}

/// The bundle's `manifest.json` (format version 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub schema_version: i64,
    pub app_version: String,
    pub created_at: String,
    pub partnership: String,
    pub chain_head: Option<ChainHead>,
    /// Rows per table.
    pub tables: BTreeMap<String, u64>,
    /// Every other entry: its SHA-256 and size.
    pub entries: BTreeMap<String, EntryDigest>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryDigest {
    pub sha256: String,
    pub bytes: u64,
}

fn invalid(said: Said) -> ApiError {
    ApiError::new(ErrorCode::InvalidBundle, said)
}

/// A refusal that names the entry (or table) at fault in its details' `value`.
fn invalid_at(entry: &str, said: Said) -> ApiError {
    ApiError::of_detail(ProblemDetail::new(ErrorCode::InvalidBundle, said).with_value(entry))
}

fn io_error(path: &Path, source: std::io::Error) -> ApiError {
    ApiError::from(StoreError::Io {
        path: path.display().to_string(),
        source,
    })
}

// ---------------------------------------------------------------------------------------------
// Cells as JSON

/// A value as the bundle writes it: null, an integer, a string, `{"real": "<decimal>"}` or
/// `{"base64": "<bytes>"}`. Reals are written as Rust's shortest round-trip decimal, so no
/// JSON reader's float parsing can change them.
fn cell_to_json(cell: &Cell) -> Value {
    match cell {
        Cell::Null => Value::Null,
        Cell::Integer(value) => Value::from(*value),
        Cell::Text(text) => Value::String(text.clone()),
        Cell::Real(value) => json!({ "real": value.to_string() }),
        Cell::Blob(bytes) => {
            json!({ "base64": base64::engine::general_purpose::STANDARD.encode(bytes) })
        }
    }
}

fn cell_from_json(value: &Value) -> Option<Cell> {
    match value {
        Value::Null => Some(Cell::Null),
        Value::Number(number) => number.as_i64().map(Cell::Integer),
        Value::String(text) => Some(Cell::Text(text.clone())),
        Value::Object(object) if object.len() == 1 => match object.iter().next() {
            Some((key, Value::String(text))) if key == "real" => {
                text.parse::<f64>().ok().map(Cell::Real)
            }
            Some((key, Value::String(text))) if key == "base64" => {
                base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .ok()
                    .map(Cell::Blob)
            }
            _ => None,
        },
        _ => None,
    }
}

/// A table as its `data/<table>.json` entry holds it.
pub fn table_json(table: &TableData) -> Vec<u8> {
    let rows: Vec<Value> = table
        .rows
        .iter()
        .map(|row| Value::Array(row.iter().map(cell_to_json).collect()))
        .collect();
    let mut object = Map::new();
    object.insert("table".into(), Value::from(table.name.clone()));
    object.insert("columns".into(), json!(table.columns));
    object.insert("rows".into(), Value::Array(rows));
    serde_json::to_vec(&Value::Object(object)).expect("JSON values always serialise")
}

/// Reads a `data/<table>.json` entry back.
pub fn read_table_json(name: &str, bytes: &[u8]) -> ApiResult<TableData> {
    table_from_json(&format!("data/{name}.json"), name, bytes)
}

fn table_from_json(entry: &str, name: &str, bytes: &[u8]) -> ApiResult<TableData> {
    let bad = |why: Said| {
        invalid_at(
            entry,
            said!("error-bundle-not-a-table", entry = entry, reason = why),
        )
    };
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|error| bad(said!("error-detail", detail = error.to_string())))?;
    if value.get("table").and_then(Value::as_str) != Some(name) {
        return Err(bad(said!("error-bundle-table-unnamed", table = name)));
    }
    let columns = value
        .get("columns")
        .and_then(Value::as_array)
        .ok_or_else(|| bad(Said::new("error-bundle-no-columns")))?
        .iter()
        .map(|column| column.as_str().map(str::to_string))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| bad(Said::new("error-bundle-column-not-text")))?;
    let rows = value
        .get("rows")
        .and_then(Value::as_array)
        .ok_or_else(|| bad(Said::new("error-bundle-no-rows")))?
        .iter()
        .enumerate()
        .map(|(index, row)| {
            row.as_array()
                .and_then(|cells| cells.iter().map(cell_from_json).collect::<Option<Vec<_>>>())
                .ok_or_else(|| bad(said!("error-bundle-odd-value", row = index + 1)))
        })
        .collect::<ApiResult<Vec<_>>>()?;
    Ok(TableData {
        name: name.to_string(),
        columns,
        rows,
    })
}

// ---------------------------------------------------------------------------------------------
// Export

/// A file name safe in any zip tool and on any disk: no folders, no control characters.
fn safe_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        "paper".to_string()
    } else {
        trimmed.chars().take(120).collect()
    }
}

struct BundleWriter<'p, W: Write + Seek> {
    zip: ZipWriter<W>,
    protection: Option<&'p str>,
    entries: BTreeMap<String, EntryDigest>,
}

impl<'p, W: Write + Seek> BundleWriter<'p, W> {
    fn options(&self) -> FileOptions<'p, 'static, ()> {
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .large_file(true);
        match self.protection {
            Some(passphrase) => options.with_aes_encryption(AesMode::Aes256, passphrase),
            None => options,
        }
    }

    fn add(&mut self, name: &str, bytes: &[u8]) -> ApiResult<()> {
        let options = self.options();
        let failed = |error: String| {
            ApiError::new(
                ErrorCode::Io,
                said!("error-write-failed", path = name, detail = error),
            )
        };
        self.zip
            .start_file(name, options)
            .map_err(|e| failed(e.to_string()))?;
        self.zip
            .write_all(bytes)
            .map_err(|e| failed(e.to_string()))?;
        if name != MANIFEST {
            self.entries.insert(
                name.to_string(),
                EntryDigest {
                    sha256: sha256_hex(bytes),
                    bytes: bytes.len() as u64,
                },
            );
        }
        Ok(())
    }
}

/// Writes the whole partnership to `out` as a bundle, replacing what `out` held only once the
/// bundle is complete. With `protection`, every entry is encrypted with AES-256 under that
/// passphrase (the zip's own encryption, which 7-Zip and WinZip also read); a partnership file
/// protected with a passphrase is refused without one (`PassphraseRequired`).
pub fn export_bundle(
    partnership: &Partnership,
    out: &Path,
    protection: Option<&str>,
) -> ApiResult<BundleSummary> {
    if protection.is_some_and(str::is_empty) {
        return Err(ApiError::new(
            ErrorCode::Required,
            Said::new("error-bundle-empty-passphrase"),
        ));
    }
    if partnership.is_protected() && protection.is_none() {
        return Err(ApiError::new(
            ErrorCode::PassphraseRequired,
            Said::new("error-bundle-needs-passphrase"),
        ));
    }
    let own_file = partnership.path();
    let is_own = |path: &Path| path == own_file || disk::same_file(path, &own_file);
    if is_own(out) {
        return Err(ApiError::from(StoreError::FileExists {
            path: out.display().to_string(),
        }));
    }
    // One read transaction: every table, PDF and paper from the same moment of the file, even
    // while another program writes to it.
    let snapshot = partnership
        .conn()
        .unchecked_transaction()
        .map_err(StoreError::from)?;
    let result = disk::write_beside(out, |partial| {
        write_bundle(partnership, out, partial, protection)
    });
    drop(snapshot);
    result
}

fn write_bundle(
    partnership: &Partnership,
    out: &Path,
    partial: &Path,
    protection: Option<&str>,
) -> ApiResult<BundleSummary> {
    let conn = partnership.conn();
    let file = File::create(partial).map_err(|error| io_error(partial, error))?;
    let mut writer = BundleWriter {
        zip: ZipWriter::new(BufWriter::new(file)),
        protection,
        entries: BTreeMap::new(),
    };

    let mut tables = BTreeMap::new();
    let mut rows = 0u64;
    for shape in table_dump::shapes(conn)? {
        let table = table_dump::dump(conn, &shape)?;
        rows += table.rows.len() as u64;
        tables.insert(table.name.clone(), table.rows.len() as u64);
        writer.add(&format!("data/{}.json", table.name), &table_json(&table))?;
    }

    let scratch = tempfile::tempdir().map_err(|error| io_error(&std::env::temp_dir(), error))?;
    let mut pdfs = 0u32;
    let mut add_pdf = |writer: &mut BundleWriter<_>, name: String, written: &Path| {
        let bytes = std::fs::read(written).map_err(|error| io_error(written, error))?;
        std::fs::remove_file(written).map_err(|error| io_error(written, error))?;
        pdfs += 1;
        writer.add(&name, &bytes)
    };
    for agreement in agreements::list(conn)? {
        for version in agreements::versions(conn, agreement.id)? {
            let options = PrintOptions {
                paper: Paper::A4,
                language: match version.text.language {
                    Language::En => PrintLanguage::En,
                    Language::Fr => PrintLanguage::Fr,
                    Language::Nl => PrintLanguage::Nl,
                },
            };
            let written = scratch.path().join("agreement.pdf");
            agreement_export::export(
                partnership,
                agreement.id,
                Some(version.number),
                &written,
                &options,
            )?;
            let name = format!(
                "pdf/agreements/{}-{}-v{}.pdf",
                agreement.id,
                safe_name(&agreement.reference),
                version.number
            );
            add_pdf(&mut writer, name, &written)?;
        }
    }
    for meeting in meetings::list(conn, None)? {
        let written = scratch.path().join("minutes.pdf");
        meeting_export::export_minutes(partnership, meeting.id, &written, Paper::A4, Language::En)?;
        let name = format!(
            "pdf/minutes/{}-{}-{}-{}.pdf",
            meeting.id,
            safe_name(&meeting.body_code),
            meeting.number,
            meeting.date
        );
        add_pdf(&mut writer, name, &written)?;
    }
    for latest in matrices::list_latest(conn)? {
        for version in matrices::versions(conn, latest.matrix_id)? {
            let written = scratch.path().join("matrix.pdf");
            matrix_export::export(
                partnership,
                latest.matrix_id,
                Some(version.number),
                &written,
                Paper::A4,
                RowLanguage::En,
            )?;
            let name = format!(
                "pdf/matrices/{}-{}-v{}.pdf",
                latest.matrix_id,
                safe_name(&version.reference),
                version.number
            );
            add_pdf(&mut writer, name, &written)?;
        }
    }

    let mut papers = 0u32;
    for agreement in agreements::list(conn)? {
        for paper in attachments::of_agreement(conn, agreement.id)? {
            let bytes = attachments::content(conn, paper.id)?;
            let name = format!(
                "attachments/agreements/{}-{}",
                paper.id,
                safe_name(&paper.file_name)
            );
            writer.add(&name, &bytes)?;
            papers += 1;
        }
    }
    for meeting in meetings::list(conn, None)? {
        for paper in meeting_papers::of_meeting(conn, meeting.id)? {
            let bytes = meeting_papers::content(conn, paper.id)?;
            let name = format!(
                "attachments/meetings/{}-{}",
                paper.id,
                safe_name(&paper.file_name)
            );
            writer.add(&name, &bytes)?;
            papers += 1;
        }
    }

    let chain_head = verify::chain_head(partnership)?;
    let schema_version = migrations::current_version(conn)?;
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        schema_version,
        app_version: env!("CARGO_PKG_VERSION").into(),
        created_at: partnership.clock().now(),
        partnership: partnership::name(conn)?,
        chain_head: chain_head.clone(),
        tables,
        entries: std::mem::take(&mut writer.entries),
    };
    let manifest_bytes =
        serde_json::to_vec_pretty(&manifest).expect("the manifest always serialises");
    writer.add(MANIFEST, &manifest_bytes)?;
    let mut file = writer.zip.finish().map_err(|error| {
        ApiError::new(
            ErrorCode::Io,
            said!("error-write-failed", path = out, detail = error.to_string()),
        )
    })?;
    file.flush().map_err(|error| io_error(partial, error))?;
    let file = file
        .into_inner()
        .map_err(|error| io_error(partial, error.into_error()))?;
    file.sync_all().map_err(|error| io_error(partial, error))?;
    drop(file);
    let bytes = std::fs::metadata(partial)
        .map_err(|error| io_error(partial, error))?
        .len();
    Ok(BundleSummary {
        path: out.display().to_string(),
        tables: manifest.tables.len() as u32,
        rows,
        pdfs,
        attachments: papers,
        bytes,
        protected: protection.is_some(),
        schema_version,
        chain_head,
    })
}

/// [`export_bundle`] with a partnership passphrase (a protected file's own, say) protecting
/// the entries.
pub fn export_bundle_with(
    partnership: &Partnership,
    out: &Path,
    passphrase: Option<&Passphrase>,
) -> ApiResult<BundleSummary> {
    export_bundle(partnership, out, passphrase.map(Passphrase::expose))
}

// ---------------------------------------------------------------------------------------------
// Reading

/// A bundle read and checked against its manifest, not yet loaded anywhere.
#[derive(Debug, Clone)]
pub struct CheckedBundle {
    pub manifest: Manifest,
    /// Its entries were encrypted (and opened with the passphrase given).
    pub encrypted: bool,
    pub tables: Vec<TableData>,
    pub pdfs: u32,
    pub attachments: u32,
}

fn zip_refusal(entry: Option<&str>, error: ZipError) -> ApiError {
    match error {
        ZipError::UnsupportedArchive(message) if message == ZipError::PASSWORD_REQUIRED => {
            invalid_at(
                entry.unwrap_or(MANIFEST),
                Said::new("error-bundle-protected"),
            )
        }
        ZipError::InvalidPassword => invalid_at(
            entry.unwrap_or(MANIFEST),
            Said::new("error-bundle-wrong-passphrase"),
        ),
        other => match entry {
            Some(entry) => invalid_at(
                entry,
                said!(
                    "error-bundle-damaged-entry",
                    entry = entry,
                    detail = other.to_string()
                ),
            ),
            None => invalid(said!("error-bundle-damaged", detail = other.to_string())),
        },
    }
}

/// Reads one entry whole, within what is left of the size budget.
fn read_entry<R: Read + Seek>(
    archive: &mut ZipArchive<R>,
    index: usize,
    name: &str,
    passphrase: Option<&str>,
    budget: &mut u64,
) -> ApiResult<Vec<u8>> {
    let options = ZipReadOptions::new()
        .password(passphrase.map(str::as_bytes))
        .enforce_header_consistency(true);
    let entry = archive
        .by_index_with_options(index, options)
        .map_err(|error| zip_refusal(Some(name), error))?;
    let mut bytes = Vec::new();
    let read = entry
        .take(budget.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| {
            let error = match error.downcast::<ZipError>() {
                Ok(zip) => zip,
                Err(io) => ZipError::Io(io),
            };
            zip_refusal(Some(name), error)
        })? as u64;
    if read > *budget {
        return Err(too_large());
    }
    *budget -= read;
    Ok(bytes)
}

fn too_large() -> ApiError {
    invalid(said!(
        "error-bundle-too-large",
        limit = Limits::default().total_bytes
    ))
}

/// Reads a bundle from `reader` and checks it: the manifest (format, version, schema), every
/// entry against the manifest's SHA-256 and size, no entry missing or unexpected, and every
/// table readable with the row count the manifest gives. Writes nothing.
pub fn check<R: Read + Seek>(
    reader: R,
    passphrase: Option<&str>,
    limits: Limits,
) -> ApiResult<CheckedBundle> {
    let mut archive = ZipArchive::new(reader).map_err(|error| zip_refusal(None, error))?;
    if archive.len() > limits.entries {
        return Err(invalid(said!(
            "error-bundle-too-many-entries",
            count = archive.len(),
            limit = limits.entries
        )));
    }
    let mut names = Vec::with_capacity(archive.len());
    let mut seen = BTreeSet::new();
    for index in 0..archive.len() {
        let name = archive
            .name_for_index(index)
            .and_then(Result::ok)
            .ok_or_else(|| invalid(Said::new("error-bundle-entry-list")))?
            .into_owned();
        if !seen.insert(name.clone()) {
            return Err(invalid_at(
                &name,
                said!("error-bundle-entry-twice", entry = &name),
            ));
        }
        names.push(name);
    }
    let mut budget = limits.total_bytes;
    let manifest_index = names
        .iter()
        .position(|name| name == MANIFEST)
        .ok_or_else(|| invalid_at(MANIFEST, Said::new("error-bundle-no-manifest")))?;
    let encrypted = archive
        .by_index_raw(manifest_index)
        .map_err(|error| zip_refusal(Some(MANIFEST), error))?
        .encrypted();
    let manifest_bytes = read_entry(
        &mut archive,
        manifest_index,
        MANIFEST,
        passphrase,
        &mut budget,
    )?;
    let manifest = parse_manifest(&manifest_bytes)?;

    for expected in manifest.entries.keys() {
        if !seen.contains(expected) {
            return Err(invalid_at(
                expected,
                said!("error-bundle-entry-missing", entry = expected),
            ));
        }
    }
    for table in manifest.tables.keys() {
        let entry = format!("data/{table}.json");
        if !manifest.entries.contains_key(&entry) {
            return Err(invalid_at(
                &entry,
                said!("error-bundle-table-unlisted", table = table, entry = &entry),
            ));
        }
    }

    let mut tables = Vec::new();
    let mut pdfs = 0;
    let mut papers = 0;
    for (index, name) in names.iter().enumerate() {
        if name == MANIFEST || name.ends_with('/') {
            continue;
        }
        let Some(digest) = manifest.entries.get(name) else {
            return Err(invalid_at(
                name,
                said!("error-bundle-entry-unexpected", entry = name),
            ));
        };
        let bytes = read_entry(&mut archive, index, name, passphrase, &mut budget)?;
        if bytes.len() as u64 != digest.bytes || sha256_hex(&bytes) != digest.sha256 {
            return Err(invalid_at(
                name,
                said!("error-bundle-entry-changed", entry = name),
            ));
        }
        if let Some(table) = name
            .strip_prefix("data/")
            .and_then(|rest| rest.strip_suffix(".json"))
        {
            let Some(&count) = manifest.tables.get(table) else {
                return Err(invalid_at(
                    name,
                    said!("error-bundle-table-uncounted", entry = name),
                ));
            };
            let data = table_from_json(name, table, &bytes)?;
            if data.rows.len() as u64 != count {
                return Err(invalid_at(
                    name,
                    said!(
                        "error-bundle-row-count",
                        entry = name,
                        rows = data.rows.len(),
                        count = count
                    ),
                ));
            }
            tables.push(data);
        } else if name.starts_with("pdf/") {
            pdfs += 1;
        } else if name.starts_with("attachments/") {
            papers += 1;
        }
    }
    Ok(CheckedBundle {
        manifest,
        encrypted,
        tables,
        pdfs,
        attachments: papers,
    })
}

fn parse_manifest(bytes: &[u8]) -> ApiResult<Manifest> {
    let value: Value = serde_json::from_slice(bytes).map_err(|error| {
        invalid_at(
            MANIFEST,
            said!("error-bundle-manifest-json", detail = error.to_string()),
        )
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(invalid_at(
            MANIFEST,
            said!("error-bundle-manifest-format", format = FORMAT),
        ));
    }
    match value.get("format_version").and_then(Value::as_u64) {
        Some(version) if version == u64::from(FORMAT_VERSION) => {}
        Some(version) if version > u64::from(FORMAT_VERSION) => {
            return Err(invalid_at(
                MANIFEST,
                said!(
                    "error-bundle-newer-format",
                    version = version,
                    supported = FORMAT_VERSION
                ),
            ))
        }
        _ => {
            return Err(invalid_at(
                MANIFEST,
                said!("error-bundle-no-format-version", supported = FORMAT_VERSION),
            ))
        }
    }
    let manifest: Manifest = serde_json::from_value(value).map_err(|error| {
        invalid_at(
            MANIFEST,
            said!(
                "error-bundle-manifest-incomplete",
                detail = error.to_string()
            ),
        )
    })?;
    let supported = migrations::latest_version();
    if manifest.schema_version > supported {
        return Err(invalid_at(
            MANIFEST,
            said!(
                "error-bundle-newer-schema",
                schema = manifest.schema_version,
                supported = supported
            ),
        ));
    }
    if manifest.schema_version != supported {
        return Err(invalid_at(
            MANIFEST,
            said!(
                "error-bundle-older-schema",
                schema = manifest.schema_version,
                supported = supported,
                app_version = &manifest.app_version
            ),
        ));
    }
    Ok(manifest)
}

/// Reads and checks a bundle file (see [`check`]) without importing it.
pub fn check_file(bundle: &Path, passphrase: Option<&str>) -> ApiResult<CheckedBundle> {
    let file = open_bundle(bundle)?;
    check(file, passphrase, Limits::default())
}

/// Every entry of a checked bundle with its bytes, the manifest first: what the bundle would
/// hand over, for tests and for looking inside one.
pub fn entries(bundle: &Path, passphrase: Option<&str>) -> ApiResult<Vec<(String, Vec<u8>)>> {
    check_file(bundle, passphrase)?;
    let mut archive =
        ZipArchive::new(open_bundle(bundle)?).map_err(|error| zip_refusal(None, error))?;
    let mut budget = Limits::default().total_bytes;
    let mut all = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        let name = archive
            .name_for_index(index)
            .and_then(Result::ok)
            .map(|name| name.into_owned())
            .unwrap_or_default();
        let bytes = read_entry(&mut archive, index, &name, passphrase, &mut budget)?;
        all.push((name, bytes));
    }
    all.sort_by_key(|(name, _)| name != MANIFEST);
    Ok(all)
}

fn open_bundle(bundle: &Path) -> ApiResult<File> {
    if !bundle.is_file() {
        return Err(ApiError::from(StoreError::FileMissing {
            path: bundle.display().to_string(),
        }));
    }
    File::open(bundle).map_err(|error| io_error(bundle, error))
}

// ---------------------------------------------------------------------------------------------
// Import

/// Makes a new partnership file at `new_file` from the bundle. Refuses a path that exists.
/// The file is kept only when every row loaded and the seal chain is intact with the head the
/// bundle recorded; otherwise nothing is left at `new_file`.
pub fn import_bundle(
    bundle: &Path,
    new_file: &Path,
    passphrase: Option<&str>,
    clock: &Clock,
) -> ApiResult<ImportedBundle> {
    import_bundle_with_limits(bundle, new_file, passphrase, clock, Limits::default())
}

/// [`import_bundle`] with a partnership passphrase for a protected bundle.
pub fn import_bundle_with(
    bundle: &Path,
    new_file: &Path,
    passphrase: Option<&Passphrase>,
    clock: &Clock,
) -> ApiResult<ImportedBundle> {
    import_bundle(bundle, new_file, passphrase.map(Passphrase::expose), clock)
}

/// [`import_bundle`] with other limits on what the bundle may unpack to.
pub fn import_bundle_with_limits(
    bundle: &Path,
    new_file: &Path,
    passphrase: Option<&str>,
    clock: &Clock,
    limits: Limits,
) -> ApiResult<ImportedBundle> {
    if new_file.exists() {
        return Err(ApiError::from(StoreError::FileExists {
            path: new_file.display().to_string(),
        }));
    }
    let checked = check(open_bundle(bundle)?, passphrase, limits)?;
    let stamp = Stamp {
        at: clock.now(),
        actor: "Secretariat".into(),
    };
    let file = PartnershipFile::create(new_file, &checked.manifest.partnership, &stamp)?;
    // Checked above: an encrypted bundle opened with `passphrase`.
    let protection = passphrase.filter(|_| checked.encrypted);
    let loaded = load_into(file, &checked).and_then(|head| {
        if let Some(passphrase) = protection {
            protect_new_file(new_file, passphrase)?;
        }
        Ok(head)
    });
    match loaded {
        Ok(chain_head) => Ok(ImportedBundle {
            path: new_file.display().to_string(),
            partnership: checked.manifest.partnership.clone(),
            tables: checked.tables.len() as u32,
            rows: checked.tables.iter().map(|t| t.rows.len() as u64).sum(),
            pdfs: checked.pdfs,
            attachments: checked.attachments,
            created_at: checked.manifest.created_at.clone(),
            app_version: checked.manifest.app_version.clone(),
            schema_version: checked.manifest.schema_version,
            chain_head,
            protected: protection.is_some(),
        }),
        Err(error) => {
            disk::discard(new_file);
            Err(error)
        }
    }
}

/// Encrypts the new file with the bundle's passphrase; no activity row, so the file stays
/// exactly what the bundle held.
fn protect_new_file(new_file: &Path, passphrase: &str) -> ApiResult<()> {
    let mut file = PartnershipFile::open(new_file)?;
    file.protect(
        pacta_store::protection::Secret::new(passphrase.to_string()),
        |_| Ok::<(), ApiError>(()),
    )?;
    file.close()?;
    Ok(())
}

fn load_into(mut file: PartnershipFile, checked: &CheckedBundle) -> ApiResult<Option<ChainHead>> {
    let head = file.write(|conn| -> ApiResult<Option<ChainHead>> {
        table_dump::load(conn, &checked.tables).map_err(load_refusal)?;
        let report = seals::verify(conn, None)?;
        if !report.intact {
            return Err(invalid_at(
                "data/seals.json",
                said!(
                    "error-bundle-seals",
                    records = report.records.len(),
                    breaks = report.breaks.len()
                ),
            ));
        }
        let head = seals::head(conn)?;
        if head != checked.manifest.chain_head {
            return Err(invalid_at(MANIFEST, Said::new("error-bundle-chain-head")));
        }
        Ok(head)
    })?;
    file.close()?;
    Ok(head)
}

fn load_refusal(error: LoadError) -> ApiError {
    let table = match &error {
        LoadError::MissingTable { table }
        | LoadError::UnknownTable { table }
        | LoadError::DuplicateTable { table }
        | LoadError::Columns { table, .. }
        | LoadError::RowWidth { table, .. }
        | LoadError::Refused { table, .. }
        | LoadError::ForeignKey { table, .. } => Some(format!("data/{table}.json")),
        LoadError::Integrity(_) => None,
        LoadError::Store(_) => None,
    };
    let reason = match error {
        LoadError::Store(error) => return ApiError::from(error),
        LoadError::MissingTable { table } => said!("error-load-missing-table", table = table),
        LoadError::UnknownTable { table } => said!("error-load-unknown-table", table = table),
        LoadError::DuplicateTable { table } => said!("error-load-duplicate-table", table = table),
        LoadError::Columns {
            table,
            expected,
            found,
        } => said!(
            "error-load-columns",
            table = table,
            found = found.join(", "),
            expected = expected.join(", ")
        ),
        LoadError::RowWidth {
            table,
            row,
            expected,
            found,
        } => said!(
            "error-load-row-width",
            table = table,
            row = row,
            found = found,
            expected = expected
        ),
        LoadError::Refused {
            table,
            row,
            message,
        } => said!(
            "error-load-refused",
            table = table,
            row = row,
            reason = crate::error::refusal_said(&message)
        ),
        LoadError::ForeignKey {
            table,
            rowid,
            parent,
        } => said!(
            "error-load-foreign-key",
            table = table,
            row = rowid,
            parent = parent
        ),
        LoadError::Integrity(detail) => said!("error-load-integrity", detail = detail),
    };
    let said = said!("error-bundle-cannot-load", reason = reason);
    match table {
        Some(entry) => invalid_at(&entry, said),
        None => invalid(said),
    }
}
