//! Matrix files read into text cells: CSV and .xlsx, and the helpers that place a cell.

use super::*;

/// Reads a matrix file into text cells; the format follows the name's extension.
pub fn read_matrix_table(file_name: &str, bytes: &[u8]) -> ApiResult<MatrixTable> {
    match TableFormat::of_path(Path::new(file_name))? {
        TableFormat::Csv => member_table::read_csv(bytes),
        TableFormat::Xlsx => read_xlsx(file_name, bytes),
        TableFormat::Xls | TableFormat::Ods => Err(ApiError::new(
            ErrorCode::UnsupportedFormat,
            said!("error-matrix-file-format", file = file_name),
        )),
    }
}

/// The first worksheet of a workbook held in memory (the member reader opens a path).
pub(super) fn read_xlsx(file_name: &str, bytes: &[u8]) -> ApiResult<MatrixTable> {
    let unreadable = |reason: Said| {
        ApiError::new(
            ErrorCode::UnreadableSpreadsheet,
            said!("error-matrix-unreadable", file = file_name, reason = reason),
        )
    };
    let library = |detail: String| unreadable(said!("error-detail", detail = detail));
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| library(e.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable(Said::new("error-workbook-no-sheet")))?
        .map_err(|e| library(e.to_string()))?;
    // The range starts at the first used cell; blank leading columns are put back so that
    // column letters in messages match the sheet.
    let skipped = range.start().map_or(0, |(_, column)| column as usize);
    let mut rows = range.rows().map(|row| {
        std::iter::repeat_n(String::new(), skipped)
            .chain(row.iter().map(cell_text))
            .collect::<Vec<String>>()
    });
    let headers = rows.next().ok_or_else(|| {
        ApiError::new(
            ErrorCode::MissingColumn,
            Said::new("error-matrix-sheet-empty"),
        )
    })?;
    Ok(MatrixTable {
        headers,
        rows: rows.collect(),
    })
}

/// A cell as the text a person would have typed.
pub(super) fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{}", *number as i64)
        }
        other => other.to_string(),
    }
}

pub(super) fn detail(
    code: ErrorCode,
    said: Said,
    row: Option<usize>,
    column: Option<&str>,
    value: Option<&str>,
) -> ProblemDetail {
    let mut detail =
        ProblemDetail::new(code, said).at_row(row.and_then(|row| u32::try_from(row).ok()));
    detail.column = column.map(str::to_string);
    detail.value = value.map(str::to_string);
    detail
}

/// Spreadsheet letters for a 0-based column: A, B, … Z, AA …
pub(super) fn column_letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(char::from(b'A' + digit as u8));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// Registry members a column header names: by full name first, else by acronym, ignoring
/// case and spacing. More than one means the acronym is shared.
pub(super) fn members_named<'a>(
    header: &str,
    organisations: &'a [(i64, String, String)],
) -> Vec<&'a (i64, String, String)> {
    let key = name_key(header);
    let by_name: Vec<_> = organisations
        .iter()
        .filter(|(_, name, _)| name_key(name) == key)
        .collect();
    if !by_name.is_empty() {
        return by_name;
    }
    organisations
        .iter()
        .filter(|(_, _, acronym)| !acronym.trim().is_empty() && name_key(acronym) == key)
        .collect()
}

pub(super) fn read_flag(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "non" => Some(false),
        "yes" | "y" | "true" | "1" | "x" | "oui" => Some(true),
        _ => None,
    }
}

pub(super) fn read_unit(text: &str) -> Option<DurationUnit> {
    DurationUnit::parse(text).or_else(|| DurationUnit::parse(&format!("{}s", text.trim())))
}

/// The same problem on the file's line rather than the grid's row, so its message reads right.
pub(super) fn on_line(problem: &MatrixProblem, line: usize) -> MatrixProblem {
    let mut moved = problem.clone();
    match &mut moved {
        MatrixProblem::EmptyLabel { row }
        | MatrixProblem::DuplicateActivity { row, .. }
        | MatrixProblem::DuplicateActivityId { row }
        | MatrixProblem::CellOutsideParties { row, .. }
        | MatrixProblem::TwoLettersInOneCell { row, .. }
        | MatrixProblem::ZeroDuration { row } => *row = line,
        MatrixProblem::NoTitle
        | MatrixProblem::TitleTooLong { .. }
        | MatrixProblem::DuplicateParty { .. }
        | MatrixProblem::ZeroThreshold
        | MatrixProblem::NotAMember { .. } => {}
    }
    moved
}
