//! A matrix written as a PDF (landscape when wide), a coloured spreadsheet or CSV, by the
//! file's extension; and a spreadsheet or CSV read back as a matrix, previewed before saving.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::matrices::version_by_number;
use crate::matrix_table::{matrix_csv, matrix_xlsx, preview_matrix_import, MatrixImportPreview};
use crate::missing_characters::{self, MissingCharacter};
use crate::verify::printed_seal;
use crate::{said, ApiError, ApiResult, ErrorCode, Partnership};
use pacta_core::agreement::Paper;
use pacta_core::matrix::{check, MatrixContent, MatrixVersion, PrintableMatrix, RowLanguage};
use pacta_core::seal::{PrintedSeal, SealKind};
use pacta_core::{Field, IsoDate};
use pacta_store::{matrices, organisations, partnership, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ExportedMatrix {
    pub path: String,
    /// "pdf", "xlsx" or "csv".
    pub format: String,
    pub bytes: u64,
    pub version: u32,
    /// Characters the PDF printed as boxes, for want of a font.
    pub missing_characters: Vec<MissingCharacter>,
}

/// What a printed version shows; the latest version when `version` is `None`.
pub fn printable(
    partnership: &Partnership,
    matrix_id: i64,
    version: Option<u32>,
    language: RowLanguage,
) -> ApiResult<PrintableMatrix> {
    let chosen = version_by_number(partnership.conn(), matrix_id, version)?;
    printable_version(partnership, chosen, language)
}

/// What a printed version shows, for a version already read.
fn printable_version(
    partnership: &Partnership,
    chosen: MatrixVersion,
    language: RowLanguage,
) -> ApiResult<PrintableMatrix> {
    let conn = partnership.conn();
    Ok(PrintableMatrix {
        reference: chosen.reference.clone(),
        version: chosen.number,
        frozen: chosen.frozen,
        printed_on: IsoDate::parse(Field::EffectiveOn, &partnership.clock().today())?,
        author: partnership::name(conn)?,
        findings: check(&chosen.content),
        content: chosen.content,
        language,
    })
}

pub fn render(matrix: &PrintableMatrix, paper: Paper, format: &str) -> ApiResult<Vec<u8>> {
    render_sealed(matrix, paper, format, None).map(|(bytes, _)| bytes)
}

/// As [`render`]; the PDF of a frozen version also prints its seal and the chain head.
fn render_sealed(
    matrix: &PrintableMatrix,
    paper: Paper,
    format: &str,
    seal: Option<&PrintedSeal>,
) -> ApiResult<(Vec<u8>, Vec<MissingCharacter>)> {
    match format {
        "pdf" => match seal {
            Some(seal) => pacta_pdf::render_sealed_matrix_with_report(matrix, paper, seal),
            None => pacta_pdf::render_matrix_with_report(matrix, paper),
        }
        .map(|rendered| {
            let missing = missing_characters::of(&rendered);
            (rendered.bytes, missing)
        })
        .map_err(crate::error::render_failed),
        "xlsx" => matrix_xlsx(matrix).map(|bytes| (bytes, Vec::new())),
        "csv" => Ok((matrix_csv(matrix), Vec::new())),
        other => Err(ApiError::new(
            ErrorCode::UnsupportedFormat,
            said!("error-matrix-export-format", extension = other),
        )),
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// Writes the matrix to `out`, in the format its extension names.
pub fn export(
    partnership: &Partnership,
    matrix_id: i64,
    version: Option<u32>,
    out: &Path,
    paper: Paper,
    language: RowLanguage,
) -> ApiResult<ExportedMatrix> {
    let format = extension(out);
    let chosen = version_by_number(partnership.conn(), matrix_id, version)?;
    let seal = printed_seal(partnership.conn(), SealKind::MatrixVersion, chosen.id)?;
    let matrix = printable_version(partnership, chosen, language)?;
    let (bytes, missing_characters) = render_sealed(&matrix, paper, &format, seal.as_ref())?;
    crate::written_file::write_in_place(out, &bytes)?;
    Ok(ExportedMatrix {
        path: out.display().to_string(),
        format,
        bytes: bytes.len() as u64,
        version: matrix.version,
        missing_characters,
    })
}

fn read(path: &Path) -> ApiResult<Vec<u8>> {
    std::fs::read(path).map_err(|source| {
        ApiError::from(StoreError::Io {
            path: path.display().to_string(),
            source,
        })
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Reads a spreadsheet or CSV as a matrix of the registry's members, without saving it.
pub fn preview_import(
    partnership: &Partnership,
    path: &Path,
    title: &str,
) -> ApiResult<MatrixImportPreview> {
    let members: Vec<(i64, String, String)> = organisations::all(partnership.conn())?
        .into_iter()
        .map(|o| (o.id, o.name, o.acronym))
        .collect();
    let title = if title.trim().is_empty() {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        title.trim().to_string()
    };
    preview_matrix_import(&file_name(path), &read(path)?, &members, &title)
}

/// Imports a spreadsheet or CSV: a new matrix, or the content of an existing matrix's
/// editable version. All or nothing.
pub fn import(
    partnership: &mut Partnership,
    path: &Path,
    title: &str,
    into_matrix: Option<i64>,
) -> ApiResult<i64> {
    let preview = preview_import(partnership, path, title)?;
    let content: MatrixContent = preview.content;
    match into_matrix {
        Some(matrix_id) => {
            let latest = matrices::latest(partnership.conn(), matrix_id)?;
            crate::matrices::save(partnership, latest.id, &content)?;
            Ok(matrix_id)
        }
        None => crate::matrices::create_with_content(partnership, None, &content),
    }
}
