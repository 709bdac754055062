//! Reading a spreadsheet of members (CSV or Excel) into header and text cells, with errors a
//! secretary can act on: which row is not UTF-8, which sheet cannot be read.

use std::path::Path;

use calamine::{Data, Reader};

use crate::{ApiError, ApiResult, ErrorCode, ProblemDetail};

/// A spreadsheet format, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Xlsx,
}

impl TableFormat {
    pub fn of_path(path: &Path) -> ApiResult<TableFormat> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_lowercase();
        match extension.as_str() {
            "csv" => Ok(TableFormat::Csv),
            "xlsx" => Ok(TableFormat::Xlsx),
            _ => Err(ApiError::new(
                ErrorCode::UnsupportedFormat,
                format!(
                    "{}: only .csv and .xlsx files are supported",
                    path.display()
                ),
            )),
        }
    }
}

/// The header row and the data rows of a sheet, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    /// Data rows; row `i` is line `i + 2` of the file (the header is line 1).
    pub rows: Vec<Vec<String>>,
}

pub fn read(path: &Path) -> ApiResult<Table> {
    match TableFormat::of_path(path)? {
        TableFormat::Csv => {
            let bytes = std::fs::read(path).map_err(|e| io_error(path, e))?;
            read_csv(&bytes)
        }
        TableFormat::Xlsx => read_xlsx(path),
    }
}

/// Reads CSV text: UTF-8 (with or without a byte-order mark), comma- or semicolon-separated.
pub fn read_csv(bytes: &[u8]) -> ApiResult<Table> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(encoding_error(1, "the file is UTF-16 text"));
    }
    if let Err(error) = std::str::from_utf8(bytes) {
        let line = bytes[..error.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        return Err(encoding_error(line, "it is not UTF-8 text"));
    }
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |needle: u8| first_line.iter().filter(|b| **b == needle).count();
    let delimiter = if count(b';') > count(b',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(bytes);
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => record.iter().map(String::from).collect(),
        Some(Err(error)) => return Err(csv_error(error)),
        None => {
            return Err(ApiError::new(
                ErrorCode::MissingColumn,
                "the file is empty: it has no header row",
            ))
        }
    };
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(csv_error)?;
        rows.push(record.iter().map(String::from).collect());
    }
    Ok(Table {
        headers,
        rows: drop_blank_rows(rows),
    })
}

/// Reads the first worksheet of an Excel workbook.
pub fn read_xlsx(path: &Path) -> ApiResult<Table> {
    let unreadable = |detail: String| {
        ApiError::new(
            ErrorCode::UnreadableSpreadsheet,
            format!(
                "{} cannot be read as an Excel workbook: {detail}",
                path.display()
            ),
        )
    };
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(path)
        .map_err(|e: calamine::XlsxError| unreadable(e.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable("it has no worksheet".into()))?
        .map_err(|e| unreadable(e.to_string()))?;
    let mut rows = range
        .rows()
        .map(|row| row.iter().map(cell_text).collect::<Vec<String>>());
    let headers = rows.next().ok_or_else(|| {
        ApiError::new(
            ErrorCode::MissingColumn,
            "the first worksheet is empty: it has no header row",
        )
    })?;
    Ok(Table {
        headers,
        rows: drop_blank_rows(rows.collect()),
    })
}

/// A cell as the text a person would type: dates as YYYY-MM-DD, whole numbers without ".0".
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{}", *number as i64)
        }
        Data::Float(number) => number.to_string(),
        Data::Int(number) => number.to_string(),
        Data::Bool(flag) => flag.to_string(),
        Data::DateTime(moment) if moment.is_datetime() => {
            let (year, month, day, ..) = moment.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTime(moment) => moment.to_string(),
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.chars().take(10).collect(),
        Data::Error(error) => format!("#{error:?}"),
    }
}

fn drop_blank_rows(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    // Trailing blank lines are common in hand-edited files; a blank row in the middle is kept
    // so that row numbers in messages match what the user sees.
    let last = rows
        .iter()
        .rposition(|row| row.iter().any(|cell| !cell.trim().is_empty()));
    match last {
        Some(index) => rows.into_iter().take(index + 1).collect(),
        None => Vec::new(),
    }
}

fn encoding_error(line: usize, why: &str) -> ApiError {
    let message =
        format!("row {line} cannot be read: {why}; save the file as “CSV UTF-8” and try again");
    let detail = ProblemDetail {
        code: ErrorCode::BadEncoding,
        message: message.clone(),
        field: None,
        row: u32::try_from(line).ok(),
        column: None,
        value: None,
    };
    ApiError::with_details(ErrorCode::BadEncoding, message, vec![detail])
}

fn csv_error(error: csv::Error) -> ApiError {
    let line = error.position().map(|p| p.line()).unwrap_or(0);
    ApiError::new(
        ErrorCode::UnreadableSpreadsheet,
        format!("row {line} cannot be read as CSV: {error}"),
    )
}

pub(crate) fn io_error(path: &Path, error: std::io::Error) -> ApiError {
    ApiError::new(ErrorCode::Io, format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_comma_and_semicolon_files_with_a_bom() {
        let comma = read_csv("\u{feff}name,kind\nAção,ngo\n\n".as_bytes()).unwrap();
        assert_eq!(
            comma.headers,
            vec!["name", "kind"],
            "the csv reader drops the byte-order mark"
        );
        assert_eq!(comma.rows, vec![vec!["Ação", "ngo"]]);
        let semicolon = read_csv("name;kind;notes\nHội;ngo;a, b\n".as_bytes()).unwrap();
        assert_eq!(semicolon.rows, vec![vec!["Hội", "ngo", "a, b"]]);
    }

    #[test]
    fn names_the_row_that_is_not_utf8() {
        let mut bytes = b"name,kind\nGood,ngo\n".to_vec();
        bytes.extend_from_slice(b"Associa\xe7\xe3o,ngo\n");
        let error = read_csv(&bytes).unwrap_err();
        assert_eq!(error.code, ErrorCode::BadEncoding);
        assert_eq!(error.details[0].row, Some(3));
        assert!(error.message.contains("row 3"), "{}", error.message);
    }

    #[test]
    fn refuses_other_extensions() {
        assert_eq!(
            TableFormat::of_path(Path::new("m.ods")).unwrap_err().code,
            ErrorCode::UnsupportedFormat
        );
        assert_eq!(
            TableFormat::of_path(Path::new("M.XLSX")).unwrap(),
            TableFormat::Xlsx
        );
    }
}
