//! Exporting the member registry to CSV or Excel, in the columns the import reads back.

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook};
use serde::{Deserialize, Serialize};

use crate::member_table::{io_error, TableFormat};
use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, Said};
use pacta_core::spreadsheet_cell::guard;
use pacta_core::MEMBER_COLUMNS;
use pacta_store::{organisations, representatives};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ExportSummary {
    pub path: String,
    pub rows: u32,
}

/// Every member as rows of text, in `MEMBER_COLUMNS` order.
pub fn member_rows(partnership: &Partnership) -> ApiResult<Vec<Vec<String>>> {
    let conn = partnership.conn();
    let mut rows = Vec::new();
    for organisation in organisations::all(conn)? {
        let primary = representatives::of_organisation(conn, organisation.id)?
            .into_iter()
            .find(|r| r.primary);
        let person = primary.unwrap_or_else(|| pacta_core::Representative {
            id: 0,
            organisation_id: organisation.id,
            name: String::new(),
            title: String::new(),
            email: String::new(),
            phone: String::new(),
            primary: false,
            erased_at: None,
        });
        rows.push(vec![
            organisation.id.to_string(),
            organisation.name,
            organisation.acronym,
            organisation.kind.code().to_string(),
            organisation.country.unwrap_or_default(),
            organisation.chamber.unwrap_or_default(),
            organisation
                .pillars
                .iter()
                .map(|p| p.code())
                .collect::<Vec<_>>()
                .join(";"),
            organisation.status.code().to_string(),
            organisation.joined_on.to_string(),
            organisation.notes,
            person.name,
            person.title,
            person.email,
            person.phone,
        ]);
    }
    Ok(rows)
}

/// Writes the registry to `path`; the format follows the extension (.csv or .xlsx).
pub fn export(partnership: &Partnership, path: &Path) -> ApiResult<ExportSummary> {
    let format = match TableFormat::of_path(path) {
        Ok(format @ (TableFormat::Csv | TableFormat::Xlsx)) => format,
        _ => return Err(writes_only_csv_and_xlsx(path)),
    };
    let rows = member_rows(partnership)?;
    match format {
        TableFormat::Csv => write_csv(path, &rows)?,
        TableFormat::Xlsx => write_xlsx(path, &rows)?,
        TableFormat::Xls | TableFormat::Ods => unreachable!("refused above"),
    }
    Ok(ExportSummary {
        path: path.display().to_string(),
        rows: u32::try_from(rows.len()).unwrap_or(u32::MAX),
    })
}

fn write_csv(path: &Path, rows: &[Vec<String>]) -> ApiResult<()> {
    let fail = |e: csv::Error| {
        ApiError::new(
            ErrorCode::Io,
            said!("error-write-failed", path = path, detail = e.to_string()),
        )
    };
    let mut writer = csv::Writer::from_path(path).map_err(fail)?;
    writer.write_record(MEMBER_COLUMNS).map_err(fail)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| guard(cell)))
            .map_err(fail)?;
    }
    writer.flush().map_err(|e| io_error(path, e))
}

fn write_xlsx(path: &Path, rows: &[Vec<String>]) -> ApiResult<()> {
    let fail = |e: rust_xlsxwriter::XlsxError| {
        ApiError::new(
            ErrorCode::Io,
            said!("error-write-failed", path = path, detail = e.to_string()),
        )
    };
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Members").map_err(fail)?;
    let bold = Format::new().set_bold();
    for (column, header) in MEMBER_COLUMNS.iter().enumerate() {
        let column = u16::try_from(column).expect("few columns");
        sheet
            .write_string_with_format(0, column, *header, &bold)
            .map_err(fail)?;
        sheet
            .set_column_width(column, if *header == "name" { 40 } else { 16 })
            .map_err(fail)?;
    }
    for (index, row) in rows.iter().enumerate() {
        let line = u32::try_from(index + 1)
            .map_err(|_| ApiError::new(ErrorCode::Io, Said::new("error-too-many-rows")))?;
        for (column, cell) in row.iter().enumerate() {
            let column = u16::try_from(column).expect("few columns");
            // Ids stay numbers so that Excel sorts them as numbers.
            if let (0, Ok(id)) = (column, cell.parse::<i64>()) {
                sheet.write_number(line, column, id as f64).map_err(fail)?;
            } else {
                sheet.write_string(line, column, cell).map_err(fail)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    workbook.save(path).map_err(fail)
}

fn writes_only_csv_and_xlsx(path: &Path) -> ApiError {
    ApiError::new(
        ErrorCode::UnsupportedFormat,
        said!("error-member-export-format", path = path),
    )
}
