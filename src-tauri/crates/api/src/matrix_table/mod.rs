//! Responsibility matrices as spreadsheets: written for partners to read, print and edit, and
//! read back so that a grid prepared outside Pacta can be previewed, then saved by the caller.
//! Both directions use the same columns, so an exported file imports unchanged. Nothing here
//! touches the database: the registry's organisations are passed in.

use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

use pacta_core::spreadsheet_cell::guard;

use calamine::{Data, Reader};
use rust_xlsxwriter::{
    Color, DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};
use serde::{Deserialize, Serialize};

use crate::member_table::{self, Table, TableFormat};
use crate::{said, ApiError, ApiResult, ErrorCode, ProblemDetail, Said};
use pacta_core::matrix::{
    check, Activity, Cell, DurationUnit, MatrixContent, MatrixFinding, MatrixParty, MatrixProblem,
    PrintableMatrix, Raci, WorkDuration,
};
use pacta_core::text::name_key;

mod interpretation;
mod read;
mod xlsx_out;

use interpretation::*;
pub use read::read_matrix_table;
use read::*;
pub use xlsx_out::matrix_xlsx;

/// A matrix file as text cells; row `i` of `rows` is line `i + 2` (the header is line 1).
pub type MatrixTable = Table;

/// What the UI shows before the secretariat saves an imported matrix.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type)]
pub struct MatrixImportPreview {
    pub content: MatrixContent,
    pub findings: Vec<MatrixFinding>,
    /// Column headers that name no member organisation. Their columns are left out of
    /// `content`, so saving the preview drops them; the UI must say so before saving.
    pub unmatched_columns: Vec<String>,
}

/// The columns that are not parties, as written in the header row; parties sit between
/// `LEADING` and `TRAILING` when written, and anywhere when read.
const LEADING: [Known; 3] = [Known::Heading, Known::Activity, Known::ActivityFr];
const TRAILING: [Known; 5] = [
    Known::NeedsFunding,
    Known::Funder,
    Known::Duration,
    Known::DurationUnit,
    Known::Note,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Known {
    Heading,
    Activity,
    ActivityFr,
    NeedsFunding,
    Funder,
    Duration,
    DurationUnit,
    Note,
}

impl Known {
    fn name(self) -> &'static str {
        match self {
            Known::Heading => "heading",
            Known::Activity => "activity",
            Known::ActivityFr => "activity_fr",
            Known::NeedsFunding => "needs_funding",
            Known::Funder => "funder",
            Known::Duration => "duration",
            Known::DurationUnit => "duration_unit",
            Known::Note => "note",
        }
    }

    /// In characters, for the Excel grid.
    fn width(self) -> f64 {
        match self {
            Known::Heading | Known::Funder => 22.0,
            Known::Activity | Known::ActivityFr | Known::Note => 42.0,
            Known::NeedsFunding | Known::DurationUnit => 14.0,
            Known::Duration => 9.0,
        }
    }

    fn of_header(header: &str) -> Option<Known> {
        LEADING
            .iter()
            .chain(TRAILING.iter())
            .copied()
            .find(|known| known.name().eq_ignore_ascii_case(header.trim()))
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The header and one text row per activity, shared by the CSV and Excel writers so that the
/// two cannot drift apart.
fn text_rows(content: &MatrixContent) -> (Vec<String>, Vec<Vec<String>>) {
    let headers = LEADING
        .iter()
        .map(|known| known.name().to_string())
        .chain(content.parties.iter().map(|party| party.name.clone()))
        .chain(TRAILING.iter().map(|known| known.name().to_string()))
        .collect();
    let rows = content
        .activities
        .iter()
        .map(|activity| {
            let mut row = vec![
                activity.heading.clone(),
                activity.label.clone(),
                activity.label_fr.clone(),
            ];
            row.extend(content.parties.iter().map(|party| {
                activity
                    .raci_of(party.organisation_id)
                    .map(|raci| raci.letter().to_string())
                    .unwrap_or_default()
            }));
            row.extend([
                if activity.needs_funding { "yes" } else { "" }.to_string(),
                activity.funder.clone(),
                activity
                    .duration
                    .map(|d| d.amount.to_string())
                    .unwrap_or_default(),
                activity
                    .duration
                    .map(|d| d.unit.code().to_string())
                    .unwrap_or_default(),
                activity.note.clone(),
            ]);
            row
        })
        .collect();
    (headers, rows)
}

/// The matrix as CSV. A byte-order mark leads, because Excel reads a CSV without one in the
/// machine's legacy code page and garbles accented names; the reader skips it.
pub fn matrix_csv(matrix: &PrintableMatrix) -> Vec<u8> {
    let (headers, rows) = text_rows(&matrix.content);
    let mut writer = csv::Writer::from_writer(UTF8_BOM.to_vec());
    // Writing to memory with rows of equal length has no way to fail.
    writer
        .write_record(headers.iter().map(|cell| guard(cell)))
        .expect("CSV into memory cannot fail");
    for row in &rows {
        writer
            .write_record(row.iter().map(|cell| guard(cell)))
            .expect("CSV into memory cannot fail");
    }
    writer.into_inner().expect("CSV into memory cannot fail")
}

/// One error carrying every problem, each placed by row and column.
fn refusal(problems: Vec<ProblemDetail>) -> ApiError {
    const SHOWN: usize = 5;
    let shown: Vec<Said> = problems
        .iter()
        .take(SHOWN)
        .filter_map(|p| p.said().cloned())
        .collect();
    let said = said!(
        "error-matrix-import",
        count = problems.len(),
        problems = Said::joined(shown),
        more = problems.len().saturating_sub(SHOWN)
    );
    ApiError::with_details(ErrorCode::InvalidMatrix, said, problems)
}

/// The matrix a table describes, or every problem in it. `organisations` are the registry's
/// members as (id, name, acronym); a party column must name one of them.
pub fn matrix_from_table(
    table: &MatrixTable,
    organisations: &[(i64, String, String)],
    title: &str,
) -> Result<MatrixContent, ApiError> {
    let reading = interpret(table, organisations, title)?;
    if reading.problems.is_empty() {
        Ok(reading.content)
    } else {
        Err(refusal(reading.problems))
    }
}

/// Reads a file for the UI to show before saving. Unlike `matrix_from_table`, columns that
/// name no member do not refuse the file: they are listed, and left out of the content.
pub fn preview_matrix_import(
    file_name: &str,
    bytes: &[u8],
    organisations: &[(i64, String, String)],
    title: &str,
) -> ApiResult<MatrixImportPreview> {
    let table = read_matrix_table(file_name, bytes)?;
    let reading = interpret(&table, organisations, title)?;
    if reading.blocking > 0 {
        return Err(refusal(reading.problems));
    }
    Ok(MatrixImportPreview {
        findings: check(&reading.content),
        content: reading.content,
        unmatched_columns: reading.unmatched_columns,
    })
}

#[cfg(test)]
mod tests;
