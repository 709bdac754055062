//! Reading a spreadsheet of members into rows of text cells, whatever made it: CSV in UTF-8
//! (with or without a byte-order mark), UTF-16 ("Unicode text") or a legacy 8-bit encoding,
//! separated by commas, semicolons or tabs; Excel (.xlsx, .xls) and OpenDocument (.ods)
//! workbooks with typed dates and numbers. Errors name what a secretary can act on: which
//! sheet, which row, a password to remove, a file that is not a spreadsheet at all.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader};
use serde::{Deserialize, Serialize};

use crate::{said, ApiError, ApiResult, ErrorCode, ProblemDetail, Said};
use pacta_core::spreadsheet_cell::unguard;

/// The largest spreadsheet read: well above any member list, far below what would exhaust
/// memory.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// What a workbook may unpack to, and how much more than its packed size: a zip bomb stops
/// here before anything is inflated.
const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
const MAX_PACKING_RATIO: u64 = 200;

/// A spreadsheet format, chosen by the file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Xlsx,
    Xls,
    Ods,
}

impl TableFormat {
    pub fn of_path(path: &Path) -> ApiResult<TableFormat> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_lowercase();
        match extension.as_str() {
            "csv" | "txt" | "tsv" => Ok(TableFormat::Csv),
            "xlsx" => Ok(TableFormat::Xlsx),
            "xls" => Ok(TableFormat::Xls),
            "ods" => Ok(TableFormat::Ods),
            "xlsm" => Err(ApiError::new(
                ErrorCode::UnsupportedFormat,
                said!("error-table-macro-enabled", path = path),
            )),
            _ => Err(ApiError::new(
                ErrorCode::UnsupportedFormat,
                said!("error-table-format", path = path),
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

/// Every row of one sheet (title rows and header among them), and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub rows: Vec<Vec<String>>,
    pub source: SheetSource,
}

/// How a file was read, for the person to confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SheetSource {
    /// The workbook's sheets, in order; empty for CSV.
    pub sheets: Vec<String>,
    /// The sheet read; `None` for CSV.
    pub sheet: Option<String>,
    /// The text encoding of a CSV file ("UTF-8", "windows-1252", "UTF-16LE"…).
    pub encoding: Option<String>,
    /// The separator of a CSV file: ",", ";", "\t" or "|".
    pub delimiter: Option<String>,
}

/// Reads a file of Pacta's own layout: the header on the first row.
pub fn read(path: &Path) -> ApiResult<Table> {
    headed(read_sheet(path, None)?.rows)
}

/// The first row as the header, the others as data.
fn headed(rows: Vec<Vec<String>>) -> ApiResult<Table> {
    let mut rows = rows.into_iter();
    let headers = rows
        .next()
        .ok_or_else(|| ApiError::new(ErrorCode::MissingColumn, Said::new("error-table-empty")))?;
    Ok(Table {
        headers,
        rows: drop_blank_rows(rows.collect()),
    })
}

/// Reads every row of a CSV file or of one sheet of a workbook (`sheet` by name; by default
/// the first that holds data).
pub fn read_sheet(path: &Path, sheet: Option<&str>) -> ApiResult<Sheet> {
    let format = TableFormat::of_path(path)?;
    let size = std::fs::metadata(path)
        .map_err(|e| io_error(path, e))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(ApiError::new(
            ErrorCode::UnreadableSpreadsheet,
            said!(
                "error-table-too-large",
                path = path,
                size = size / (1024 * 1024),
                limit = MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(path, e))?;
    match format {
        TableFormat::Csv => {
            let (text, encoding) = decode_text(&bytes)?;
            let delimiter = detect_delimiter(&text);
            let rows = read_delimited(&text, delimiter)?;
            Ok(Sheet {
                rows: drop_blank_rows(rows),
                source: SheetSource {
                    sheets: Vec::new(),
                    sheet: None,
                    encoding: Some(encoding),
                    delimiter: Some((delimiter as char).to_string()),
                },
            })
        }
        format => read_workbook(path, format, bytes, sheet),
    }
}

/// Reads CSV text in any of the encodings `read_sheet` knows; the first row is the header.
pub fn read_csv(bytes: &[u8]) -> ApiResult<Table> {
    let (text, _) = decode_text(bytes)?;
    headed(read_delimited(&text, detect_delimiter(&text))?)
}

/// The file's text and the name of its encoding: a byte-order mark decides; otherwise UTF-8
/// when the bytes are valid UTF-8, else the legacy encoding chardetng finds most likely
/// (Windows-1252 for a French Excel "CSV (point-virgule)", for instance).
fn decode_text(bytes: &[u8]) -> ApiResult<(String, String)> {
    if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        if had_errors {
            return Err(encoding_error(
                first_bad_line(encoding, &bytes[bom_length..]),
                said!("error-encoding-mismarked", encoding = encoding.name()),
            ));
        }
        return Ok((text.into_owned(), encoding.name().to_string()));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), "UTF-8".into()));
    }
    if looks_like_utf16(bytes) {
        let encoding = if bytes.len() > 1 && bytes[1] == 0 {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok((text.into_owned(), encoding.name().to_string()));
        }
    }
    if bytes.contains(&0) {
        return Err(encoding_error(
            first_bad_line(encoding_rs::UTF_8, bytes),
            Said::new("error-encoding-binary"),
        ));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(encoding_error(
            first_bad_line(encoding, bytes),
            Said::new("error-encoding-unknown"),
        ));
    }
    Ok((text.into_owned(), encoding.name().to_string()))
}

/// UTF-16 text without a byte-order mark: every other byte of ASCII text is zero.
fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(512)];
    sample.len() >= 4 && {
        let zeros = sample.iter().filter(|b| **b == 0).count();
        zeros * 3 >= sample.len()
    }
}

fn first_bad_line(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut line = 1;
    for (index, chunk) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
        let mut out = String::with_capacity(chunk.len() * 3 + 16);
        let (_, _, had_errors) = decoder.decode_to_string(chunk, &mut out, false);
        if had_errors {
            return index + 1;
        }
        line = index + 1;
    }
    line
}

/// The separator that splits most lines into the same number of cells.
fn detect_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .take(50)
        .collect();
    let mut best = (b',', 0usize, 0usize);
    for candidate in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|line| count_outside_quotes(line, candidate))
            .collect();
        let mut frequency = std::collections::BTreeMap::new();
        for count in counts.iter().filter(|c| **c > 0) {
            *frequency.entry(*count).or_insert(0usize) += 1;
        }
        let (width, lines_agreeing) = frequency
            .into_iter()
            .max_by_key(|(width, lines)| (*lines, *width))
            .unwrap_or((0, 0));
        if (lines_agreeing, width) > (best.2, best.1) {
            best = (candidate, width, lines_agreeing);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    line.bytes()
        .filter(|b| {
            if *b == b'"' {
                quoted = !quoted;
            }
            !quoted && *b == delimiter
        })
        .count()
}

fn read_delimited(text: &str, delimiter: u8) -> ApiResult<Vec<Vec<String>>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|record| {
            record
                .map(|r| r.iter().map(|cell| unguard(cell).to_string()).collect())
                .map_err(csv_error)
        })
        .collect()
}

fn read_workbook(
    path: &Path,
    format: TableFormat,
    bytes: Vec<u8>,
    wanted: Option<&str>,
) -> ApiResult<Sheet> {
    let unreadable = |reason: Said| {
        ApiError::new(
            ErrorCode::UnreadableSpreadsheet,
            said!("error-workbook-unreadable", path = path, reason = reason),
        )
    };
    let library = |detail: String| unreadable(said!("error-detail", detail = detail));
    check_workbook_bytes(path, format, &bytes)?;
    let cursor = Cursor::new(bytes);
    let mut workbook: calamine::Sheets<Cursor<Vec<u8>>> = match format {
        TableFormat::Xlsx => {
            calamine::Sheets::Xlsx(calamine::Xlsx::new(cursor).map_err(|e| library(e.to_string()))?)
        }
        TableFormat::Xls => calamine::Sheets::Xls(calamine::Xls::new(cursor).map_err(|e| {
            if matches!(e, calamine::XlsError::Password) {
                protected(path)
            } else {
                library(e.to_string())
            }
        })?),
        TableFormat::Ods => calamine::Sheets::Ods(calamine::Ods::new(cursor).map_err(|e| {
            if matches!(e, calamine::OdsError::Password) {
                protected(path)
            } else {
                library(e.to_string())
            }
        })?),
        TableFormat::Csv => unreachable!("CSV is read as text"),
    };
    let sheets = workbook.sheet_names();
    if sheets.is_empty() {
        return Err(unreadable(Said::new("error-workbook-no-sheet")));
    }
    let mut read = |name: &str| -> ApiResult<Vec<Vec<String>>> {
        let range = workbook.worksheet_range(name).map_err(|e| {
            unreadable(said!(
                "error-workbook-sheet",
                sheet = name,
                detail = e.to_string()
            ))
        })?;
        Ok(drop_blank_rows(
            range
                .rows()
                .map(|row| row.iter().map(cell_text).collect())
                .collect(),
        ))
    };
    let (sheet, rows) = match wanted {
        Some(name) => {
            let found = sheets
                .iter()
                .find(|s| s.as_str() == name || s.trim().eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| {
                    ApiError::new(
                        ErrorCode::NotFound,
                        said!(
                            "error-workbook-no-such-sheet",
                            sheet = name,
                            sheets = sheets.join(", ")
                        ),
                    )
                })?
                .clone();
            let rows = read(&found)?;
            (found, rows)
        }
        None => {
            let mut chosen = None;
            for name in &sheets {
                let rows = read(name)?;
                if !rows.is_empty() {
                    chosen = Some((name.clone(), rows));
                    break;
                }
            }
            chosen.unwrap_or_else(|| (sheets[0].clone(), Vec::new()))
        }
    };
    Ok(Sheet {
        rows,
        source: SheetSource {
            sheets,
            sheet: Some(sheet),
            encoding: None,
            delimiter: None,
        },
    })
}

/// Tells a workbook from what only carries its name: a password-protected workbook (an
/// encrypted package), a PDF or a text file renamed, a zip bomb.
fn check_workbook_bytes(path: &Path, format: TableFormat, bytes: &[u8]) -> ApiResult<()> {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let zipped = bytes.starts_with(b"PK\x03\x04");
    let not_a_workbook = |what: &str| {
        ApiError::new(
            ErrorCode::UnreadableSpreadsheet,
            said!("error-not-a-workbook", path = path, content = what),
        )
    };
    match format {
        TableFormat::Xlsx | TableFormat::Ods if bytes.starts_with(OLE) => Err(protected(path)),
        TableFormat::Xlsx | TableFormat::Ods if !zipped => {
            Err(not_a_workbook(kind_of_bytes(bytes)))
        }
        TableFormat::Xls if !bytes.starts_with(OLE) && !zipped => {
            Err(not_a_workbook(kind_of_bytes(bytes)))
        }
        _ if zipped => check_zip(path, bytes),
        _ => Ok(()),
    }
}

/// What the bytes are instead, as the key `error-not-a-workbook` chooses its words by.
fn kind_of_bytes(bytes: &[u8]) -> &'static str {
    if bytes.starts_with(b"%PDF") {
        "pdf"
    } else if bytes.is_empty() {
        "empty"
    } else if std::str::from_utf8(&bytes[..bytes.len().min(1024)]).is_ok() {
        "text"
    } else {
        "other"
    }
}

fn check_zip(path: &Path, bytes: &[u8]) -> ApiResult<()> {
    let refuse = |why: Said| {
        ApiError::new(
            ErrorCode::UnreadableSpreadsheet,
            said!("error-workbook-refused", path = path, reason = why),
        )
    };
    let damaged = |e: &dyn std::fmt::Display| {
        refuse(said!("error-workbook-damaged-zip", detail = e.to_string()))
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let mut unpacked: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(|e| damaged(&e))?;
        if entry
            .name()
            .is_ok_and(|name| name.eq_ignore_ascii_case("xl/vbaProject.bin"))
        {
            return Err(refuse(Said::new("error-workbook-macros")));
        }
        unpacked = unpacked.saturating_add(entry.size());
    }
    let packed = u64::try_from(bytes.len()).unwrap_or(u64::MAX).max(1);
    if unpacked > MAX_UNPACKED_BYTES || unpacked / packed > MAX_PACKING_RATIO {
        return Err(refuse(said!(
            "error-workbook-zip-bomb",
            unpacked = unpacked / (1024 * 1024),
            packed = packed / 1024
        )));
    }
    // The sizes in a zip's directory can lie; reading each entry through a bound makes sure.
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index(index).map_err(|e| damaged(&e))?;
        let read = std::io::copy(
            &mut entry.take(MAX_UNPACKED_BYTES + 1),
            &mut std::io::sink(),
        )
        .map_err(|e| damaged(&e))?;
        total = total.saturating_add(read);
        if total > MAX_UNPACKED_BYTES {
            return Err(refuse(said!(
                "error-workbook-unpacks-too-much",
                limit = MAX_UNPACKED_BYTES / (1024 * 1024)
            )));
        }
    }
    Ok(())
}

fn protected(path: &Path) -> ApiError {
    ApiError::new(
        ErrorCode::ProtectedFile,
        said!("error-workbook-protected", path = path),
    )
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

fn encoding_error(line: usize, why: Said) -> ApiError {
    let said = said!("error-encoding", line = line, reason = why);
    ApiError::of_detail(
        ProblemDetail::new(ErrorCode::BadEncoding, said).at_row(u32::try_from(line).ok()),
    )
}

fn csv_error(error: csv::Error) -> ApiError {
    let line = error.position().map(|p| p.line()).unwrap_or(0);
    ApiError::new(
        ErrorCode::UnreadableSpreadsheet,
        said!("error-csv-row", line = line, detail = error.to_string()),
    )
}

pub(crate) fn io_error(path: &Path, error: std::io::Error) -> ApiError {
    crate::error::io_error(path, &error)
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
            "the byte-order mark is not part of the first header"
        );
        assert_eq!(comma.rows, vec![vec!["Ação", "ngo"]]);
        let semicolon = read_csv("name;kind;notes\nHội;ngo;a, b\n".as_bytes()).unwrap();
        assert_eq!(semicolon.rows, vec![vec!["Hội", "ngo", "a, b"]]);
    }

    #[test]
    fn reads_windows_1252_utf16_and_tabs() {
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(
            "Nom;Catégorie\nAssociation des Pêcheurs;ONG\nMinistère de l'Intérieur;Gouvernement\n",
        );
        let table = read_csv(&latin).unwrap();
        assert_eq!(table.headers, vec!["Nom", "Catégorie"]);
        assert_eq!(table.rows[1][0], "Ministère de l'Intérieur");
        let mut unicode_text = vec![0xFF, 0xFE];
        for unit in "Name\tCountry\nKhmer: ខេមរភាសា\tKH\n".encode_utf16() {
            unicode_text.extend_from_slice(&unit.to_le_bytes());
        }
        let table = read_csv(&unicode_text).unwrap();
        assert_eq!(table.headers, vec!["Name", "Country"]);
        assert_eq!(table.rows, vec![vec!["Khmer: ខេមរភាសា", "KH"]]);
    }

    #[test]
    fn the_delimiter_is_the_one_that_splits_lines_alike() {
        let title_then_semicolons =
            "Liste des membres 2026\n\nNom;Pays;Notes\nA;France;x, y\nB;Belgique;z\n";
        assert_eq!(detect_delimiter(title_then_semicolons), b';');
        assert_eq!(detect_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(detect_delimiter("a\tb\n\"1,2\"\t3\n"), b'\t');
    }

    #[test]
    fn refuses_other_extensions() {
        assert_eq!(
            TableFormat::of_path(Path::new("m.pdf")).unwrap_err().code,
            ErrorCode::UnsupportedFormat
        );
        assert_eq!(
            TableFormat::of_path(Path::new("M.XLSX")).unwrap(),
            TableFormat::Xlsx
        );
        assert_eq!(
            TableFormat::of_path(Path::new("m.ods")).unwrap(),
            TableFormat::Ods
        );
    }
}
