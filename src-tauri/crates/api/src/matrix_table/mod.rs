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
use crate::{ApiError, ApiResult, ErrorCode, ProblemDetail};
use pacta_core::matrix::{
    check, Activity, Cell, DurationUnit, MatrixContent, MatrixFinding, MatrixParty, MatrixProblem,
    PrintableMatrix, Raci, WorkDuration,
};
use pacta_core::text::name_key;

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

/// Fill and text colours for each letter: light fills with dark text of the same hue, so the
/// letter stays readable in colour, in grey print and for colour-blind readers.
fn letter_colours(raci: Raci) -> (u32, u32) {
    match raci {
        Raci::Responsible => (0xC6EFCE, 0x006100),
        Raci::Accountable => (0xBDD7EE, 0x1F4E79),
        Raci::Consulted => (0xFFEB9C, 0x7F4A00),
        Raci::Informed => (0xD9D9D9, 0x262626),
    }
}

const GRID: u32 = 0xBFBFBF;

fn letter_format(raci: Raci) -> Format {
    let (fill, text) = letter_colours(raci);
    Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_background_color(Color::RGB(fill))
        .set_font_color(Color::RGB(text))
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(GRID))
}

fn xlsx_error(error: XlsxError) -> ApiError {
    ApiError::new(
        ErrorCode::Internal,
        format!("the matrix could not be written as an Excel workbook: {error}"),
    )
}

fn cell_index<T: TryFrom<usize>>(index: usize) -> ApiResult<T> {
    T::try_from(index).map_err(|_| {
        ApiError::new(
            ErrorCode::Internal,
            "the matrix has too many rows or columns for a worksheet",
        )
    })
}

/// The matrix as an Excel workbook: the grid (which imports back), a legend and the checks.
pub fn matrix_xlsx(matrix: &PrintableMatrix) -> ApiResult<Vec<u8>> {
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(matrix.title())
            .set_subject(format!("{} v{}", matrix.reference, matrix.version))
            .set_author(&matrix.author),
    );
    // The grid goes first: the importer reads the first worksheet.
    write_grid(workbook.add_worksheet(), &matrix.content)?;
    write_legend(workbook.add_worksheet(), matrix)?;
    write_checks(workbook.add_worksheet(), &matrix.findings)?;
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn write_grid(sheet: &mut Worksheet, content: &MatrixContent) -> ApiResult<()> {
    sheet.set_name("Matrix").map_err(xlsx_error)?;
    let (headers, rows) = text_rows(content);
    let first_party = LEADING.len();
    let after_parties = first_party + content.parties.len();
    let duration_column = after_parties + 2;

    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Bottom)
        .set_background_color(Color::RGB(0xF2F2F2))
        .set_border_bottom(FormatBorder::Medium);
    let party_header = header
        .clone()
        .set_rotation(90)
        .set_align(FormatAlign::Center);
    let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let centred = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::Top);
    let empty_cell = Format::new()
        .set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(GRID));
    let letters: HashMap<Raci, Format> = Raci::ALL
        .iter()
        .map(|raci| (*raci, letter_format(*raci)))
        .collect();

    for (index, title) in headers.iter().enumerate() {
        let column = cell_index::<u16>(index)?;
        let is_party = (first_party..after_parties).contains(&index);
        let format = if is_party { &party_header } else { &header };
        sheet
            .write_string_with_format(0, column, title, format)
            .map_err(xlsx_error)?;
        let known = match index.checked_sub(after_parties) {
            None => LEADING.get(index),
            Some(offset) => TRAILING.get(offset),
        };
        // One letter per party cell: narrow columns keep many parties on one screen.
        let width = known.map_or(8.0, |known| known.width());
        sheet.set_column_width(column, width).map_err(xlsx_error)?;
    }
    // Rotated names need a tall header; a long name wraps onto a second or third line
    // within the column rather than making the row absurdly tall.
    let longest = content
        .parties
        .iter()
        .map(|party| party.name.chars().count())
        .max()
        .unwrap_or(0);
    let height = (longest as f64 * 2.2).clamp(45.0, 160.0);
    sheet.set_row_height(0, height).map_err(xlsx_error)?;

    for (index, row) in rows.iter().enumerate() {
        let line = cell_index::<u32>(index + 1)?;
        for (at, value) in row.iter().enumerate() {
            let column = cell_index::<u16>(at)?;
            if (first_party..after_parties).contains(&at) {
                match Raci::parse_cell(value) {
                    Ok(Some(raci)) => sheet.write_string_with_format(
                        line,
                        column,
                        raci.letter().to_string(),
                        &letters[&raci],
                    ),
                    _ => sheet.write_blank(line, column, &empty_cell),
                }
                .map_err(xlsx_error)?;
            } else if value.is_empty() {
                continue;
            } else if at == duration_column {
                // A number, so that Excel can add the durations up.
                let amount: f64 = value.parse().unwrap_or_default();
                sheet
                    .write_number_with_format(line, column, amount, &centred)
                    .map_err(xlsx_error)?;
            } else {
                sheet
                    .write_string_with_format(line, column, value, &text)
                    .map_err(xlsx_error)?;
            }
        }
    }
    // The labels stay in view while scrolling across many parties.
    sheet.set_freeze_panes(1, 2).map_err(xlsx_error)?;
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0).map_err(xlsx_error)?;
    Ok(())
}

struct LegendWords {
    reference: &'static str,
    version: &'static str,
    frozen: &'static str,
    printed_on: &'static str,
    letter: &'static str,
    meaning: &'static str,
    meanings: [&'static str; 4],
    column: &'static str,
    short_name: &'static str,
    yes: &'static str,
    no: &'static str,
}

fn legend_words(french: bool) -> LegendWords {
    if french {
        LegendWords {
            reference: "Référence",
            version: "Version",
            frozen: "Figée (annexée à un accord signé)",
            printed_on: "Exportée le",
            letter: "Lettre",
            meaning: "Signification",
            meanings: [
                "Responsable : réalise le travail",
                "Approbateur : répond de la réalisation ; un seul par activité",
                "Consulté : sollicité avant (échange dans les deux sens)",
                "Informé : tenu au courant après (sens unique)",
            ],
            column: "Colonne (nom complet)",
            short_name: "Sigle",
            yes: "oui",
            no: "non",
        }
    } else {
        LegendWords {
            reference: "Reference",
            version: "Version",
            frozen: "Frozen (annexed to a signed agreement)",
            printed_on: "Exported on",
            letter: "Letter",
            meaning: "Meaning",
            meanings: [
                "Responsible: does the work",
                "Accountable: answers for the work being done; exactly one per activity",
                "Consulted: asked before (two-way)",
                "Informed: told after (one-way)",
            ],
            column: "Column (full name)",
            short_name: "Short name",
            yes: "yes",
            no: "no",
        }
    }
}

fn write_legend(sheet: &mut Worksheet, matrix: &PrintableMatrix) -> ApiResult<()> {
    sheet.set_name("Legend").map_err(xlsx_error)?;
    let words = legend_words(matrix.french());
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 40).map_err(xlsx_error)?;
    sheet.set_column_width(1, 70).map_err(xlsx_error)?;

    sheet
        .write_string_with_format(0, 0, matrix.title(), &title)
        .map_err(xlsx_error)?;
    let facts = [
        (words.reference, matrix.reference.clone()),
        (words.version, matrix.version.to_string()),
        (
            words.frozen,
            if matrix.frozen { words.yes } else { words.no }.to_string(),
        ),
        (words.printed_on, matrix.printed_on.to_string()),
    ];
    let mut line = 2u32;
    for (label, value) in facts {
        sheet
            .write_string_with_format(line, 0, label, &bold)
            .map_err(xlsx_error)?;
        sheet.write_string(line, 1, value).map_err(xlsx_error)?;
        line += 1;
    }

    line += 1;
    sheet
        .write_string_with_format(line, 0, words.letter, &bold)
        .map_err(xlsx_error)?;
    sheet
        .write_string_with_format(line, 1, words.meaning, &bold)
        .map_err(xlsx_error)?;
    line += 1;
    for (raci, meaning) in Raci::ALL.iter().zip(words.meanings) {
        sheet
            .write_string_with_format(line, 0, raci.letter().to_string(), &letter_format(*raci))
            .map_err(xlsx_error)?;
        sheet
            .write_string_with_format(line, 1, meaning, &wrap)
            .map_err(xlsx_error)?;
        line += 1;
    }

    line += 1;
    sheet
        .write_string_with_format(line, 0, words.short_name, &bold)
        .map_err(xlsx_error)?;
    sheet
        .write_string_with_format(line, 1, words.column, &bold)
        .map_err(xlsx_error)?;
    line += 1;
    for party in &matrix.content.parties {
        sheet
            .write_string(line, 0, &party.short_name)
            .map_err(xlsx_error)?;
        sheet
            .write_string_with_format(line, 1, &party.name, &wrap)
            .map_err(xlsx_error)?;
        line += 1;
    }
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn write_checks(sheet: &mut Worksheet, findings: &[MatrixFinding]) -> ApiResult<()> {
    sheet.set_name("Checks").map_err(xlsx_error)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 110).map_err(xlsx_error)?;
    sheet
        .write_string_with_format(0, 0, "Finding", &bold)
        .map_err(xlsx_error)?;
    if findings.is_empty() {
        sheet
            .write_string(1, 0, "No findings.")
            .map_err(xlsx_error)?;
    }
    for (index, finding) in findings.iter().enumerate() {
        sheet
            .write_string_with_format(cell_index(index + 1)?, 0, finding.to_string(), &wrap)
            .map_err(xlsx_error)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// Reads a matrix file into text cells; the format follows the name's extension.
pub fn read_matrix_table(file_name: &str, bytes: &[u8]) -> ApiResult<MatrixTable> {
    match TableFormat::of_path(Path::new(file_name))? {
        TableFormat::Csv => member_table::read_csv(bytes),
        TableFormat::Xlsx => read_xlsx(file_name, bytes),
        TableFormat::Xls | TableFormat::Ods => Err(ApiError::new(
            ErrorCode::UnsupportedFormat,
            format!(
                "{file_name}: a matrix is read from .csv or .xlsx; save it as .xlsx and try again"
            ),
        )),
    }
}

/// The first worksheet of a workbook held in memory (the member reader opens a path).
fn read_xlsx(file_name: &str, bytes: &[u8]) -> ApiResult<MatrixTable> {
    let unreadable = |detail: String| {
        ApiError::new(
            ErrorCode::UnreadableSpreadsheet,
            format!("{file_name} cannot be read as an Excel workbook: {detail}"),
        )
    };
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| unreadable(e.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| unreadable("it has no worksheet".into()))?
        .map_err(|e| unreadable(e.to_string()))?;
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
            "the first worksheet is empty: it has no header row",
        )
    })?;
    Ok(MatrixTable {
        headers,
        rows: rows.collect(),
    })
}

/// A cell as the text a person would have typed.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) => text.clone(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{}", *number as i64)
        }
        other => other.to_string(),
    }
}

/// Everything read from a table, with every problem found on the way.
struct Reading {
    content: MatrixContent,
    unmatched_columns: Vec<String>,
    problems: Vec<ProblemDetail>,
    /// How many of `problems` are about something other than an unmatched column.
    blocking: usize,
}

impl Reading {
    fn problem(&mut self, detail: ProblemDetail) {
        self.blocking += 1;
        self.problems.push(detail);
    }
}

fn detail(
    code: ErrorCode,
    message: String,
    row: Option<usize>,
    column: Option<&str>,
    value: Option<&str>,
) -> ProblemDetail {
    ProblemDetail {
        code,
        message,
        field: None,
        row: row.and_then(|row| u32::try_from(row).ok()),
        column: column.map(str::to_string),
        value: value.map(str::to_string),
    }
}

/// Spreadsheet letters for a 0-based column: A, B, … Z, AA …
fn column_letters(index: usize) -> String {
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
fn members_named<'a>(
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

fn read_flag(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "non" => Some(false),
        "yes" | "y" | "true" | "1" | "x" | "oui" => Some(true),
        _ => None,
    }
}

fn read_unit(text: &str) -> Option<DurationUnit> {
    DurationUnit::parse(text).or_else(|| DurationUnit::parse(&format!("{}s", text.trim())))
}

/// The same problem on the file's line rather than the grid's row, so its message reads right.
fn on_line(problem: &MatrixProblem, line: usize) -> MatrixProblem {
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

fn interpret(
    table: &MatrixTable,
    organisations: &[(i64, String, String)],
    title: &str,
) -> ApiResult<Reading> {
    let mut reading = Reading {
        content: MatrixContent::empty(title.trim()),
        unmatched_columns: Vec::new(),
        problems: Vec::new(),
        blocking: 0,
    };
    let headers: Vec<&str> = table
        .headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim())
        .collect();
    let width = table
        .rows
        .iter()
        .map(Vec::len)
        .chain([headers.len()])
        .max()
        .unwrap_or(0);
    let has_values = |index: usize| {
        table
            .rows
            .iter()
            .any(|row| row.get(index).is_some_and(|cell| !cell.trim().is_empty()))
    };

    let mut known: HashMap<Known, usize> = HashMap::new();
    // Each party's column and organisation, in column order.
    let mut party_columns: Vec<(usize, i64)> = Vec::new();
    for index in 0..width {
        let header = headers.get(index).copied().unwrap_or("");
        if header.is_empty() {
            if has_values(index) {
                let letters = column_letters(index);
                reading.problem(detail(
                    ErrorCode::InvalidMatrix,
                    format!("column {letters} has values but no header"),
                    Some(1),
                    Some(&letters),
                    None,
                ));
            }
            continue;
        }
        if let Some(column) = Known::of_header(header) {
            if let Some(first) = known.get(&column) {
                reading.problem(detail(
                    ErrorCode::InvalidMatrix,
                    format!(
                        "column “{header}” appears twice (columns {} and {})",
                        column_letters(*first),
                        column_letters(index)
                    ),
                    Some(1),
                    Some(header),
                    Some(header),
                ));
            } else {
                known.insert(column, index);
            }
            continue;
        }
        match members_named(header, organisations).as_slice() {
            [] => {
                reading.unmatched_columns.push(header.to_string());
                reading.problems.push(detail(
                    ErrorCode::InvalidMatrix,
                    format!("column “{header}” is not a member organisation"),
                    Some(1),
                    Some(header),
                    Some(header),
                ));
            }
            [(id, name, acronym)] => {
                let twin = party_columns.iter().find(|(_, taken)| taken == id);
                if let Some((first, _)) = twin {
                    reading.problem(detail(
                        ErrorCode::InvalidMatrix,
                        format!(
                            "columns “{}” and “{header}” are the same member, {name}",
                            headers[*first]
                        ),
                        Some(1),
                        Some(header),
                        Some(header),
                    ));
                } else {
                    party_columns.push((index, *id));
                    reading.content.parties.push(MatrixParty {
                        organisation_id: *id,
                        name: name.clone(),
                        short_name: acronym.clone(),
                    });
                }
            }
            several => {
                let names: Vec<&str> = several.iter().map(|(_, name, _)| name.as_str()).collect();
                reading.problem(detail(
                    ErrorCode::InvalidMatrix,
                    format!(
                        "column “{header}” could be any of {}; write the full name",
                        names.join(", ")
                    ),
                    Some(1),
                    Some(header),
                    Some(header),
                ));
            }
        }
    }
    if !known.contains_key(&Known::Activity) {
        let message = "the file has no “activity” column: its header row must name one";
        return Err(ApiError::with_details(
            ErrorCode::MissingColumn,
            message,
            vec![detail(
                ErrorCode::MissingColumn,
                message.to_string(),
                Some(1),
                Some(Known::Activity.name()),
                None,
            )],
        ));
    }
    let column_name = |column: Known| {
        known
            .get(&column)
            .map_or(column.name(), |index| headers[*index])
    };

    // The file line of each activity, for placing what validation finds.
    let mut lines = Vec::new();
    for (index, cells) in table.rows.iter().enumerate() {
        let line = index + 2;
        // Blank lines between groups are common and carry nothing.
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let text = |column: Known| {
            known
                .get(&column)
                .and_then(|index| cells.get(*index))
                .map(|cell| cell.trim().to_string())
                .unwrap_or_default()
        };
        let mut row_problem = |code: ErrorCode, column: &str, value: &str, why: String| {
            reading.problem(detail(
                code,
                format!("row {line}, column “{column}”: {why}"),
                Some(line),
                Some(column),
                Some(value),
            ));
        };

        let mut activity_cells = Vec::new();
        for (index, organisation_id) in &party_columns {
            let value = cells.get(*index).map(String::as_str).unwrap_or("");
            match Raci::parse_cell(value) {
                Ok(Some(raci)) => activity_cells.push(Cell {
                    organisation_id: *organisation_id,
                    raci,
                }),
                Ok(None) => {}
                Err(value) => row_problem(
                    ErrorCode::InvalidChoice,
                    headers[*index],
                    &value,
                    format!("“{value}” is not one of R, A, C, I (or empty)"),
                ),
            }
        }

        let flag = text(Known::NeedsFunding);
        let needs_funding = read_flag(&flag).unwrap_or_else(|| {
            row_problem(
                ErrorCode::InvalidChoice,
                column_name(Known::NeedsFunding),
                &flag,
                format!("“{flag}” is not “yes” or empty"),
            );
            false
        });

        let amount = text(Known::Duration);
        let unit = text(Known::DurationUnit);
        let parsed_amount = if amount.is_empty() {
            None
        } else {
            match amount.parse::<u32>() {
                Ok(number) if number > 0 => Some(number),
                _ => {
                    row_problem(
                        ErrorCode::InvalidMatrix,
                        column_name(Known::Duration),
                        &amount,
                        format!("“{amount}” is not a whole number of at least 1"),
                    );
                    None
                }
            }
        };
        let parsed_unit = if unit.is_empty() {
            None
        } else {
            let found = read_unit(&unit);
            if found.is_none() {
                row_problem(
                    ErrorCode::InvalidChoice,
                    column_name(Known::DurationUnit),
                    &unit,
                    format!("“{unit}” is not days, weeks or months"),
                );
            }
            found
        };
        if !amount.is_empty() && unit.is_empty() {
            row_problem(
                ErrorCode::InvalidMatrix,
                column_name(Known::DurationUnit),
                "",
                "a duration needs a unit: days, weeks or months".to_string(),
            );
        }
        if amount.is_empty() && !unit.is_empty() {
            row_problem(
                ErrorCode::InvalidMatrix,
                column_name(Known::Duration),
                "",
                format!("a unit (“{unit}”) without a number"),
            );
        }
        let duration = parsed_amount
            .zip(parsed_unit)
            .map(|(amount, unit)| WorkDuration { amount, unit });

        let id = u32::try_from(lines.len() + 1).unwrap_or(u32::MAX);
        reading.content.activities.push(Activity {
            id,
            heading: text(Known::Heading),
            label: text(Known::Activity),
            label_fr: text(Known::ActivityFr),
            cells: activity_cells,
            needs_funding,
            funder: text(Known::Funder),
            duration,
            note: text(Known::Note),
        });
        lines.push(line);
    }

    if reading.content.activities.is_empty() {
        reading.problem(detail(
            ErrorCode::InvalidMatrix,
            "the file has no activity rows under its header".to_string(),
            None,
            None,
            None,
        ));
    }
    if let Err(problems) = reading.content.validate() {
        for problem in &problems.0 {
            let line = problem.row().and_then(|row| lines.get(row - 1).copied());
            let (column, value) = match problem {
                MatrixProblem::EmptyLabel { .. } => (Some(column_name(Known::Activity)), None),
                MatrixProblem::DuplicateActivity { label, .. } => {
                    (Some(column_name(Known::Activity)), Some(label.as_str()))
                }
                MatrixProblem::ZeroDuration { .. } => (Some(column_name(Known::Duration)), None),
                _ => (None, None),
            };
            let message = match line {
                Some(line) => on_line(problem, line).to_string(),
                None => problem.to_string(),
            };
            reading.problem(detail(
                ErrorCode::InvalidMatrix,
                message,
                line,
                column,
                value,
            ));
        }
    }
    // Header problems first, then row by row, as the file reads; stable, so each row keeps
    // its problems in column order.
    reading
        .problems
        .sort_by_key(|problem| problem.row.unwrap_or(0));
    Ok(reading)
}

/// One error carrying every problem, each placed by row and column.
fn refusal(problems: Vec<ProblemDetail>) -> ApiError {
    const SHOWN: usize = 5;
    let mut message = format!(
        "the matrix cannot be imported ({} problem{}): ",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    let shown: Vec<&str> = problems
        .iter()
        .take(SHOWN)
        .map(|p| p.message.as_str())
        .collect();
    message.push_str(&shown.join("; "));
    if problems.len() > SHOWN {
        message.push_str(&format!("; and {} more", problems.len() - SHOWN));
    }
    ApiError::with_details(ErrorCode::InvalidMatrix, message, problems)
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
mod tests {
    use super::*;
    use pacta_core::matrix::RowLanguage;
    use pacta_core::IsoDate;

    fn registry() -> Vec<(i64, String, String)> {
        vec![
            (
                11,
                "Bộ Lao động – Thương binh và Xã hội".to_string(),
                "MOLISA".to_string(),
            ),
            (
                12,
                "Associação Fé e Cooperação".to_string(),
                "FEC".to_string(),
            ),
            (13, "Đoàn Thanh niên Ça Va".to_string(), String::new()),
            (14, "Outside Donor Trust".to_string(), "ODT".to_string()),
        ]
    }

    fn party(id: i64) -> MatrixParty {
        let (_, name, acronym) = registry()
            .into_iter()
            .find(|(oid, _, _)| *oid == id)
            .unwrap();
        MatrixParty {
            organisation_id: id,
            name,
            short_name: acronym,
        }
    }

    fn activity(id: u32, heading: &str, label: &str, letters: [Option<Raci>; 3]) -> Activity {
        Activity {
            id,
            heading: heading.into(),
            label: label.into(),
            label_fr: String::new(),
            cells: [11, 12, 13]
                .into_iter()
                .zip(letters)
                .filter_map(|(organisation_id, raci)| {
                    raci.map(|raci| Cell {
                        organisation_id,
                        raci,
                    })
                })
                .collect(),
            needs_funding: false,
            funder: String::new(),
            duration: None,
            note: String::new(),
        }
    }

    fn sample() -> PrintableMatrix {
        use Raci::*;
        let mut content = MatrixContent::empty("Shelter coordination");
        content.parties = vec![party(11), party(12), party(13)];
        let mut intake = activity(
            1,
            "Protection",
            "Intake interview",
            [Some(Responsible), Some(Accountable), Some(Informed)],
        );
        intake.label_fr = "Entretien d’accueil".into();
        intake.needs_funding = true;
        intake.funder = "Outside Donor Trust".into();
        intake.duration = Some(WorkDuration {
            amount: 3,
            unit: DurationUnit::Weeks,
        });
        intake.note = "Confidential; \"need to know\" only,\nnever by phone".into();
        let mut shelter = activity(
            2,
            "Protection",
            "Safe accommodation",
            [Some(Consulted), Some(Responsible), Some(Accountable)],
        );
        shelter.duration = Some(WorkDuration {
            amount: 6,
            unit: DurationUnit::Months,
        });
        let mut transport = activity(
            3,
            "Prosecution",
            "Transport to court",
            [None, Some(Informed), Some(Responsible)],
        );
        transport.needs_funding = true;
        transport.duration = Some(WorkDuration {
            amount: 2,
            unit: DurationUnit::Days,
        });
        content.activities = vec![intake, shelter, transport];
        PrintableMatrix {
            reference: "RACI-2026-001".into(),
            version: 2,
            frozen: false,
            printed_on: IsoDate::from_ymd(2026, 3, 14).unwrap(),
            author: "Mekong Counter-Trafficking Partnership".into(),
            findings: check(&content),
            content,
            language: RowLanguage::En,
        }
    }

    fn table(csv: &str) -> MatrixTable {
        member_table::read_csv(csv.as_bytes()).unwrap()
    }

    fn refused(csv: &str) -> ApiError {
        matrix_from_table(&table(csv), &registry(), "Shelter").unwrap_err()
    }

    #[test]
    fn csv_starts_with_a_bom_and_names_every_column() {
        let bytes = matrix_csv(&sample());
        assert!(bytes.starts_with(UTF8_BOM));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let header = text.lines().next().unwrap();
        assert_eq!(
            header,
            "heading,activity,activity_fr,Bộ Lao động – Thương binh và Xã hội,\
             Associação Fé e Cooperação,Đoàn Thanh niên Ça Va,\
             needs_funding,funder,duration,duration_unit,note"
        );
        assert!(
            text.contains("Protection,Intake interview,Entretien d’accueil,R,A,I,yes,Outside Donor Trust,3,weeks,"),
            "{text}"
        );
        assert!(text.contains("Prosecution,Transport to court,,,I,R,yes,,2,days,"));
    }

    #[test]
    fn csv_round_trips_to_the_same_content() {
        let matrix = sample();
        let bytes = matrix_csv(&matrix);
        let table = read_matrix_table("raci.csv", &bytes).unwrap();
        let read = matrix_from_table(&table, &registry(), "Shelter coordination").unwrap();
        assert_eq!(read, matrix.content);
    }

    #[test]
    fn xlsx_round_trips_to_the_same_content() {
        let matrix = sample();
        let bytes = matrix_xlsx(&matrix).unwrap();
        let preview =
            preview_matrix_import("RACI.XLSX", &bytes, &registry(), "Shelter coordination")
                .unwrap();
        assert_eq!(preview.content, matrix.content);
        assert_eq!(preview.findings, matrix.findings);
        assert!(preview.unmatched_columns.is_empty());
    }

    #[test]
    fn xlsx_colours_each_letter_and_adds_legend_and_checks() {
        let matrix = sample();
        let bytes = matrix_xlsx(&matrix).unwrap();
        let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
        assert_eq!(workbook.sheet_names(), vec!["Matrix", "Legend", "Checks"]);

        let styles = workbook.worksheet_style("Matrix").unwrap();
        let fill = |row: u32, column: u32| {
            styles
                .get((row, column))
                .and_then(|style| style.fill.as_ref())
                .and_then(|fill| fill.get_color())
                .map(|c| (u32::from(c.red) << 16) | (u32::from(c.green) << 8) | u32::from(c.blue))
        };
        // Row 1 holds R, A, I in the three party columns (D, E, F); row 2 holds C, R, A.
        assert_eq!(fill(1, 3), Some(0xC6EFCE));
        assert_eq!(fill(1, 4), Some(0xBDD7EE));
        assert_eq!(fill(2, 3), Some(0xFFEB9C));
        assert_eq!(fill(1, 5), Some(0xD9D9D9));
        let header = styles.get((0, 3)).unwrap();
        assert!(header.font.as_ref().unwrap().is_bold());
        assert_eq!(
            header.alignment.as_ref().unwrap().text_rotation,
            calamine::TextRotation::Degrees(90)
        );

        let grid = workbook.worksheet_range("Matrix").unwrap();
        assert_eq!(
            grid.get_value((1, 3)),
            Some(&Data::String("R".into())),
            "the letters are plain text"
        );
        assert_eq!(
            grid.get_value((1, 8)),
            Some(&Data::Float(3.0)),
            "durations are numbers"
        );

        let legend = workbook.worksheet_range("Legend").unwrap();
        let legend_text: Vec<String> = legend.cells().map(|(_, _, c)| cell_text(c)).collect();
        assert!(legend_text.contains(&"Responsible: does the work".to_string()));
        assert!(legend_text.contains(&"Đoàn Thanh niên Ça Va".to_string()));
        assert!(legend_text.contains(&"MOLISA".to_string()));

        let checks = workbook.worksheet_range("Checks").unwrap();
        let findings: Vec<String> = checks.rows().skip(1).map(|r| cell_text(&r[0])).collect();
        let expected: Vec<String> = matrix.findings.iter().map(ToString::to_string).collect();
        assert!(!expected.is_empty(), "the sample has findings to list");
        assert_eq!(findings, expected);
    }

    #[test]
    fn a_letter_other_than_raci_is_placed_by_row_and_column() {
        let error = refused(
            "heading,activity,MOLISA,FEC\n\
             Protection,Intake,R,A\n\
             Protection,Shelter,X,R\n",
        );
        assert_eq!(error.code, ErrorCode::InvalidMatrix);
        assert_eq!(error.details.len(), 1, "{:?}", error.details);
        let detail = &error.details[0];
        assert_eq!(detail.code, ErrorCode::InvalidChoice);
        assert_eq!(detail.row, Some(3));
        assert_eq!(detail.column.as_deref(), Some("MOLISA"));
        assert_eq!(detail.value.as_deref(), Some("X"));
        assert!(detail.message.contains("row 3"), "{}", detail.message);
    }

    #[test]
    fn a_column_for_a_non_member_is_named_in_the_header_row() {
        let csv = "activity,molisa,Croix-Rouge locale\nIntake,R,A\n";
        let error = refused(csv);
        assert_eq!(error.code, ErrorCode::InvalidMatrix);
        let detail = &error.details[0];
        assert_eq!(error.details.len(), 1);
        assert_eq!(detail.row, Some(1));
        assert_eq!(detail.column.as_deref(), Some("Croix-Rouge locale"));
        assert_eq!(
            detail.message,
            "column “Croix-Rouge locale” is not a member organisation"
        );

        // The preview lists it instead, and leaves the column out.
        let preview =
            preview_matrix_import("m.csv", csv.as_bytes(), &registry(), "Shelter").unwrap();
        assert_eq!(preview.unmatched_columns, vec!["Croix-Rouge locale"]);
        assert_eq!(preview.content.parties, vec![party(11)]);
    }

    #[test]
    fn headers_match_by_name_or_acronym_ignoring_case_and_spacing() {
        let content = matrix_from_table(
            &table(
                "Activity,  associação  fé E cooperação ,molisa,ĐOÀN THANH NIÊN ÇA VA\nIntake,R,A,I\n",
            ),
            &registry(),
            "Shelter",
        )
        .unwrap();
        let ids: Vec<i64> = content.parties.iter().map(|p| p.organisation_id).collect();
        assert_eq!(ids, vec![12, 11, 13]);
        assert_eq!(content.parties[0].name, "Associação Fé e Cooperação");
    }

    #[test]
    fn the_same_member_twice_or_an_ambiguous_acronym_is_refused() {
        let mut members = registry();
        members.push((15, "Friends of Eastern Children".into(), "FEC".into()));
        let error = matrix_from_table(
            &table("activity,MOLISA,Bộ Lao động – Thương binh và Xã hội,FEC\nIntake,R,A,I\n"),
            &members,
            "Shelter",
        )
        .unwrap_err();
        let columns: Vec<_> = error
            .details
            .iter()
            .map(|d| d.column.as_deref().unwrap())
            .collect();
        assert_eq!(columns, vec!["Bộ Lao động – Thương binh và Xã hội", "FEC"]);
        assert!(error.details[1]
            .message
            .contains("Friends of Eastern Children"));
    }

    #[test]
    fn a_duplicate_activity_under_one_heading_is_placed_on_its_file_line() {
        let error = refused(
            "heading,activity,MOLISA\n\
             On the day,Transport,R\n\
             ,,\n\
             Before,Transport,R\n\
             On the day,  transport ,A\n",
        );
        assert_eq!(error.details.len(), 1, "{:?}", error.details);
        let detail = &error.details[0];
        assert_eq!(
            detail.row,
            Some(5),
            "the blank row (as Excel writes one) still counts"
        );
        assert_eq!(detail.column.as_deref(), Some("activity"));
        assert_eq!(detail.value.as_deref(), Some("transport"));
        assert!(detail.message.starts_with("row 5:"), "{}", detail.message);
    }

    #[test]
    fn bad_funding_and_durations_are_each_reported() {
        let error = refused(
            "activity,needs_funding,duration,duration_unit\n\
             A,maybe,3,weeks\n\
             B,,two,days\n\
             C,,4,fortnights\n\
             D,,5,\n\
             E,,,months\n\
             F,,0,days\n\
             G,Yes,1,week\n",
        );
        let placed: Vec<(u32, &str)> = error
            .details
            .iter()
            .map(|d| (d.row.unwrap(), d.column.as_deref().unwrap()))
            .collect();
        assert_eq!(
            placed,
            vec![
                (2, "needs_funding"),
                (3, "duration"),
                (4, "duration_unit"),
                (5, "duration_unit"),
                (6, "duration"),
                (7, "duration"),
            ]
        );
    }

    #[test]
    fn every_problem_comes_at_once() {
        let error = refused(
            "activity,MOLISA,Nobody\n\
             Intake,X,R\n\
             ,R,\n\
             Shelter,R,Q\n",
        );
        assert_eq!(error.code, ErrorCode::InvalidMatrix);
        let rows: Vec<Option<u32>> = error.details.iter().map(|d| d.row).collect();
        assert_eq!(rows, vec![Some(1), Some(2), Some(3)]);
        assert!(error.message.contains("3 problems"), "{}", error.message);
    }

    #[test]
    fn an_empty_file_or_one_with_only_a_header_is_refused() {
        let empty = read_matrix_table("m.csv", b"").unwrap_err();
        assert_eq!(empty.code, ErrorCode::MissingColumn);
        assert!(empty.message.contains("empty"), "{}", empty.message);

        let header_only = preview_matrix_import(
            "m.csv",
            "\u{feff}heading,activity,MOLISA\n".as_bytes(),
            &registry(),
            "Shelter",
        )
        .unwrap_err();
        assert_eq!(header_only.code, ErrorCode::InvalidMatrix);
        assert_eq!(
            header_only.details[0].message,
            "the file has no activity rows under its header"
        );
    }

    #[test]
    fn a_file_without_an_activity_column_names_the_missing_column() {
        let error =
            matrix_from_table(&table("heading,MOLISA\nX,R\n"), &registry(), "S").unwrap_err();
        assert_eq!(error.code, ErrorCode::MissingColumn);
        assert_eq!(error.details[0].column.as_deref(), Some("activity"));
    }

    #[test]
    fn an_edited_workbook_is_placed_by_its_own_rows() {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        for (column, header) in ["activity", "FEC", "duration", "duration_unit"]
            .iter()
            .enumerate()
        {
            sheet.write_string(0, column as u16, *header).unwrap();
        }
        sheet.write_string(1, 0, "Intake").unwrap();
        sheet.write_string(1, 1, "r").unwrap();
        sheet.write_number(1, 2, 2.0).unwrap();
        sheet.write_string(1, 3, "Week").unwrap();
        // Row 3 is left empty, as people do between groups.
        sheet.write_string(3, 0, "Shelter").unwrap();
        sheet.write_string(3, 1, "Lead").unwrap();
        let bytes = workbook.save_to_buffer().unwrap();
        let error = preview_matrix_import("edited.xlsx", &bytes, &registry(), "S").unwrap_err();
        assert_eq!(error.details.len(), 1, "{:?}", error.details);
        assert_eq!(error.details[0].row, Some(4));
        assert_eq!(error.details[0].column.as_deref(), Some("FEC"));
        assert_eq!(error.details[0].value.as_deref(), Some("Lead"));

        let table = read_matrix_table("edited.xlsx", &bytes).unwrap();
        let mut fixed = table.clone();
        fixed.rows[2][1] = "A".into();
        let content = matrix_from_table(&fixed, &registry(), "S").unwrap();
        assert_eq!(content.activities.len(), 2);
        assert_eq!(
            content.activities[1].id, 2,
            "ids follow the rows, blanks skipped"
        );
        assert_eq!(
            content.activities[0].duration,
            Some(WorkDuration {
                amount: 2,
                unit: DurationUnit::Weeks
            })
        );
    }

    #[test]
    fn other_formats_and_garbage_workbooks_are_refused() {
        let odt = read_matrix_table("matrix.odt", b"PK\x03\x04").unwrap_err();
        assert_eq!(odt.code, ErrorCode::UnsupportedFormat);
        let garbage = read_matrix_table("matrix.xlsx", b"\x00\x01not a zip at all").unwrap_err();
        assert_eq!(garbage.code, ErrorCode::UnreadableSpreadsheet);
        assert!(
            garbage.message.contains("matrix.xlsx"),
            "{}",
            garbage.message
        );
        let preview = preview_matrix_import("matrix.xlsx", &[], &registry(), "S").unwrap_err();
        assert_eq!(preview.code, ErrorCode::UnreadableSpreadsheet);
    }

    #[test]
    fn values_without_a_header_and_repeated_columns_are_refused() {
        let error = refused("activity,MOLISA,,activity\nIntake,R,stray,Again\n");
        let columns: Vec<_> = error
            .details
            .iter()
            .map(|d| d.column.as_deref().unwrap())
            .collect();
        assert_eq!(columns, vec!["C", "activity"]);
    }

    #[test]
    fn a_missing_title_is_refused_with_the_rest() {
        let error =
            matrix_from_table(&table("activity,MOLISA\nIntake,R\n"), &registry(), " ").unwrap_err();
        assert_eq!(error.details[0].message, "the matrix needs a title");
        assert_eq!(error.details[0].row, None);
    }

    #[test]
    fn column_letters_go_past_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27 * 26), "AAA");
    }
}
