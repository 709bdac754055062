//! The printed member directory: a title block (the partnership, which members, grouped how,
//! how many, the date), then one grid whose header row — organisation, representative and
//! title, e-mail, phone — repeats on every page, each group (a constituency or a body) under
//! a heading carried to the head of each later page it runs onto.
//!
//! A member is one row, never split across pages: its name and small print on the left, its
//! representatives beside it, one under the other. Each representative's e-mail and phone
//! are set level with their name, however their name or title wraps.

use pacta_core::agreement::Paper;
use pacta_core::directory::{DirectoryEntry, DirectoryPerson, PrintableDirectory};

use crate::layout::grid::PADDING;
use crate::layout::wrap::paragraph_lines;
use crate::layout::{
    Align, Block, Document, Grid, GridCell, GridColumn, GridRow, Metadata, Orientation,
    PageFurniture, PageSetup, Paragraph, TextStyle, VAlign,
};
use crate::minutes::{centred, ymd, SMALL};
use crate::shaping::ShapeCache;
use crate::{render_document_with_report, PdfError, Rendered};

const NAME: TextStyle = TextStyle {
    size: 9.0,
    bold: true,
    leading: 1.3,
    align: Align::Start,
};
const PERSON: TextStyle = TextStyle {
    bold: false,
    ..NAME
};
const CONTACT: TextStyle = TextStyle {
    size: 8.0,
    ..PERSON
};
const FINE: TextStyle = TextStyle {
    size: 7.5,
    ..PERSON
};
const HEADER: TextStyle = TextStyle {
    size: 8.0,
    bold: true,
    leading: 1.25,
    align: Align::Start,
};
const GROUP: TextStyle = TextStyle {
    size: 10.0,
    bold: true,
    leading: 1.3,
    align: Align::Start,
};
const CONTINUED: TextStyle = TextStyle { size: 8.5, ..GROUP };
/// Shares of the text width of the organisation, representative and e-mail columns; the
/// phone column takes what is left.
const COLUMN_SHARES: [f32; 3] = [0.30, 0.28, 0.27];
/// Between one representative and the next in a row.
const PERSON_GAP: f32 = 4.0;

/// Prints the directory as PDF bytes.
pub fn render_directory(directory: &PrintableDirectory, paper: Paper) -> Result<Vec<u8>, PdfError> {
    render_directory_with_report(directory, paper).map(|r| r.bytes)
}

/// [`render_directory`], with the characters that printed as boxes.
pub fn render_directory_with_report(
    directory: &PrintableDirectory,
    paper: Paper,
) -> Result<Rendered, PdfError> {
    render_document_with_report(&document(directory, paper)?)
}

/// Builds the document for `directory` on `paper`.
pub fn document(directory: &PrintableDirectory, paper: Paper) -> Result<Document, PdfError> {
    let labels = &directory.labels;
    let setup = PageSetup::new(paper.size_mm(), Orientation::Portrait);
    let mut blocks = vec![
        Block::Paragraph(
            Paragraph::new(&directory.partnership, centred(12.0, true)).spaced(0.0, 2.0),
        ),
        Block::Paragraph(Paragraph::new(&labels.title, centred(17.0, true)).spaced(0.0, 4.0)),
        Block::Paragraph(
            Paragraph::new(
                format!("{} · {}", labels.subtitle, labels.count),
                centred(10.0, false),
            )
            .spaced(0.0, 2.0),
        ),
        Block::Paragraph(
            Paragraph::new(&labels.printed_on, SMALL.aligned(Align::Center)).spaced(0.0, 12.0),
        ),
    ];
    if directory.groups.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::new(
            &labels.no_members,
            TextStyle::body(10.0),
        )));
    } else {
        blocks.push(Block::Grid(grid(directory, setup.content_width())?));
    }
    Ok(Document {
        setup,
        metadata: Metadata {
            title: format!("{} — {}", labels.title, directory.partnership),
            author: directory.partnership.clone(),
            subject: labels.subtitle.clone(),
            created: ymd(&directory.printed_on.to_string()),
        },
        furniture: PageFurniture {
            header_left: directory.partnership.clone(),
            header_right: format!("{} · {}", labels.title, labels.subtitle),
            skip_first_header: true,
            footer: labels.page_of.clone(),
        },
        blocks,
    })
}

fn grid(directory: &PrintableDirectory, width: f32) -> Result<Grid, PdfError> {
    let labels = &directory.labels;
    let [organisation, representative, email] = COLUMN_SHARES.map(|share| share * width);
    // Exactly the text width: a grid any wider would be scaled, and no longer measure as the
    // rows below were measured.
    let widths = [
        organisation,
        representative,
        email,
        width - organisation - representative - email,
    ];
    let headers = [
        &labels.organisation,
        &labels.representative,
        &labels.email,
        &labels.phone,
    ];
    let columns = headers
        .iter()
        .zip(widths)
        .map(|(header, width)| GridColumn {
            header: vec![Paragraph::new(header.as_str(), HEADER)],
            width,
            valign: VAlign::Top,
        })
        .collect();
    // Only to measure how tall each representative's lines come out; the real layout
    // shapes them again and reports any missing character then.
    let mut measure = ShapeCache::default();
    let mut rows = Vec::new();
    for group in &directory.groups {
        rows.push(GridRow::Span {
            heading: Paragraph::heading(&group.heading, GROUP),
            continued: Some(Paragraph::new(&group.continued, CONTINUED)),
        });
        for entry in &group.entries {
            rows.push(GridRow::Cells(member_cells(
                entry,
                &labels.no_representative,
                &widths,
                &mut measure,
            )?));
        }
    }
    Ok(Grid { columns, rows })
}

/// One member's row: the organisation, then each representative across the other three
/// columns, level with one another.
fn member_cells(
    entry: &DirectoryEntry,
    no_representative: &str,
    widths: &[f32; 4],
    measure: &mut ShapeCache,
) -> Result<Vec<GridCell>, PdfError> {
    let mut organisation = vec![Paragraph::new(&entry.organisation, NAME)];
    if !entry.details.is_empty() {
        organisation.push(Paragraph::new(entry.details.join(" · "), FINE));
    }
    for line in [&entry.seat, &entry.status] {
        if !line.is_empty() {
            organisation.push(Paragraph::new(line.as_str(), FINE.bold()));
        }
    }
    let mut cells = vec![organisation, Vec::new(), Vec::new(), Vec::new()];
    if entry.representatives.is_empty() {
        cells[1].push(Paragraph::new(no_representative, FINE));
        return Ok(cells);
    }
    let last = entry.representatives.len() - 1;
    for (n, person) in entry.representatives.iter().enumerate() {
        let gap = if n == last { 0.0 } else { PERSON_GAP };
        let mut blocks = person_blocks(person);
        let heights = blocks
            .iter()
            .zip(&widths[1..])
            .map(|(block, width)| height(block, *width, measure))
            .collect::<Result<Vec<f32>, PdfError>>()?;
        let tallest = heights.iter().copied().fold(0.0, f32::max);
        for ((block, height), cell) in blocks.iter_mut().zip(heights).zip(&mut cells[1..]) {
            if let Some(last) = block.last_mut() {
                last.space_after += tallest - height + gap;
            }
            cell.append(block);
        }
    }
    Ok(cells)
}

/// A representative's paragraphs in the representative, e-mail and phone columns; a column
/// with nothing to say still holds an empty paragraph, to carry the space that keeps the next
/// representative level.
fn person_blocks(person: &DirectoryPerson) -> [Vec<Paragraph>; 3] {
    let mut who = vec![Paragraph::new(&person.name, PERSON)];
    if !person.title.is_empty() {
        who.push(Paragraph::new(&person.title, FINE));
    }
    [
        who,
        vec![Paragraph::new(&person.email, CONTACT)],
        vec![Paragraph::new(&person.phone, CONTACT)],
    ]
}

/// How tall `paragraphs` stand in a cell of a column `width` wide.
fn height(paragraphs: &[Paragraph], width: f32, cache: &mut ShapeCache) -> Result<f32, PdfError> {
    let inner = (width - 2.0 * PADDING).max(1.0);
    let mut total = 0.0;
    for paragraph in paragraphs {
        let lines = paragraph_lines(paragraph, inner, cache)?;
        total += lines.iter().map(|l| l.height).sum::<f32>() + paragraph.space_after;
    }
    Ok(total)
}
