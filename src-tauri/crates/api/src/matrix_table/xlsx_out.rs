//! Matrices written as coloured spreadsheets: the grid, the legend and the checks.

use pacta_messages::{message, Messages};

use super::*;

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
        said!("error-matrix-xlsx", detail = error.to_string()),
    )
}

fn cell_index<T: TryFrom<usize>>(index: usize) -> ApiResult<T> {
    T::try_from(index)
        .map_err(|_| ApiError::new(ErrorCode::Internal, Said::new("error-matrix-too-big")))
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
    // The grid goes first: the importer reads the first worksheet, whatever its name.
    write_grid(workbook.add_worksheet(), matrix)?;
    write_legend(workbook.add_worksheet(), matrix)?;
    write_checks(workbook.add_worksheet(), matrix)?;
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn write_grid(sheet: &mut Worksheet, matrix: &PrintableMatrix) -> ApiResult<()> {
    let content = &matrix.content;
    // The column headers stay the importer's names in every language, so the file reads back.
    sheet
        .set_name(message!(matrix.messages(), "matrix-sheet-grid"))
        .map_err(xlsx_error)?;
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
    reference: String,
    version: String,
    frozen: String,
    exported_on: String,
    letter: String,
    meaning: String,
    meanings: [String; 4],
    column: String,
    short_name: String,
    yes: String,
    no: String,
}

fn legend_words(messages: &Messages) -> LegendWords {
    let word = |id: &str| messages.get(id, &[]);
    LegendWords {
        reference: word("matrix-reference"),
        version: word("matrix-version"),
        frozen: word("matrix-sheet-frozen"),
        exported_on: word("matrix-sheet-exported-on"),
        letter: word("matrix-letter"),
        meaning: word("matrix-meaning"),
        // In the order of `Raci::ALL`.
        meanings: [
            word("matrix-sheet-responsible"),
            word("matrix-sheet-accountable"),
            word("matrix-sheet-consulted"),
            word("matrix-sheet-informed"),
        ],
        column: word("matrix-sheet-column"),
        short_name: word("matrix-sheet-short-name"),
        yes: word("matrix-sheet-yes"),
        no: word("matrix-sheet-no"),
    }
}

fn write_legend(sheet: &mut Worksheet, matrix: &PrintableMatrix) -> ApiResult<()> {
    let messages = matrix.messages();
    sheet
        .set_name(message!(messages, "matrix-sheet-legend"))
        .map_err(xlsx_error)?;
    let words = legend_words(messages);
    let bold = Format::new().set_bold();
    let title = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 40).map_err(xlsx_error)?;
    sheet.set_column_width(1, 70).map_err(xlsx_error)?;

    sheet
        .write_string_with_format(0, 0, matrix.title(), &title)
        .map_err(xlsx_error)?;
    let facts = [
        (&words.reference, matrix.reference.clone()),
        (&words.version, matrix.version.to_string()),
        (
            &words.frozen,
            if matrix.frozen { &words.yes } else { &words.no }.clone(),
        ),
        (&words.exported_on, matrix.printed_on.to_string()),
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
        .write_string_with_format(line, 0, &words.letter, &bold)
        .map_err(xlsx_error)?;
    sheet
        .write_string_with_format(line, 1, &words.meaning, &bold)
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
        .write_string_with_format(line, 0, &words.short_name, &bold)
        .map_err(xlsx_error)?;
    sheet
        .write_string_with_format(line, 1, &words.column, &bold)
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

fn write_checks(sheet: &mut Worksheet, matrix: &PrintableMatrix) -> ApiResult<()> {
    let messages = matrix.messages();
    sheet
        .set_name(message!(messages, "matrix-sheet-checks"))
        .map_err(xlsx_error)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    sheet.set_column_width(0, 110).map_err(xlsx_error)?;
    sheet
        .write_string_with_format(0, 0, message!(messages, "matrix-sheet-finding"), &bold)
        .map_err(xlsx_error)?;
    if matrix.findings.is_empty() {
        sheet
            .write_string(1, 0, message!(messages, "matrix-sheet-no-findings"))
            .map_err(xlsx_error)?;
    }
    for (index, finding) in matrix.findings.iter().enumerate() {
        sheet
            .write_string_with_format(
                cell_index(index + 1)?,
                0,
                matrix.finding_text(finding),
                &wrap,
            )
            .map_err(xlsx_error)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    sheet.set_print_fit_to_pages(1, 0);
    Ok(())
}
