//! The printed responsibility matrix (RACI): a title block (title, reference, version, date,
//! whether it is frozen, the four letters in one line), the grid — activities down the
//! side grouped under their headings, one narrow column per organisation with its letter
//! centred, then funding and duration — and after it the legend, the key to the columns
//! and the checks.
//!
//! More than [`PORTRAIT_MAX_PARTIES`] organisations, or columns too wide for a portrait
//! page, turn the pages to landscape. A grid still too wide is split into column sets
//! printed one after the other, each repeating the activity column; the header row repeats
//! on every page.

use pacta_core::agreement::{Language, Paper, PrintLabels};
use pacta_core::matrix::printable::MatrixLabels;
use pacta_core::matrix::{Activity, PrintableMatrix, Raci, RowLanguage};

use crate::layout::wrap::wrap;
use crate::layout::{
    Align, Block, Document, Grid, GridCell, GridColumn, GridRow, Metadata, Orientation,
    PageFurniture, PageSetup, Paragraph, TextStyle, VAlign,
};
use crate::minutes::{ymd, Labels as MinutesLabels};
use crate::shaping::ShapeCache;
use crate::PdfError;

/// More organisations than this and the matrix is printed on landscape pages.
pub const PORTRAIT_MAX_PARTIES: usize = 6;

const CELL: TextStyle = TextStyle {
    size: 8.0,
    bold: false,
    leading: 1.3,
    align: Align::Start,
};
const NOTE: TextStyle = TextStyle { size: 7.0, ..CELL };
const COLUMN_HEADER: TextStyle = TextStyle {
    size: 7.5,
    bold: true,
    leading: 1.25,
    align: Align::Start,
};
const LETTER: TextStyle = TextStyle {
    size: 9.5,
    bold: true,
    leading: 1.2,
    align: Align::Center,
};
const GROUP: TextStyle = TextStyle {
    size: 8.5,
    bold: true,
    leading: 1.3,
    align: Align::Start,
};
const BODY: TextStyle = TextStyle::body(9.5);
const SECTION: TextStyle = TextStyle::body(12.0).bold();

/// Narrower side margins than letters and agreements: the grid needs the width more than
/// the page needs the white.
const SIDE_MARGIN: f32 = 40.0;
/// Below this the labels wrap into towers; the grid is split instead.
const ACTIVITY_MIN: f32 = 165.0;
const PARTY_MIN: f32 = 24.0;
const PARTY_MAX: f32 = 62.0;
const FUNDING_WIDTH: f32 = 96.0;
const DURATION_WIDTH: f32 = 52.0;
const CELL_PADDING: f32 = 3.0;
const BULLET_WIDTH: f32 = 11.0;

/// Builds the document for `matrix` on `paper`.
pub fn document(matrix: &PrintableMatrix, paper: Paper) -> Result<Document, PdfError> {
    let labels = matrix.labels();
    let language = document_language(matrix);
    let page_labels = PrintLabels::of(language);
    let dates = MinutesLabels::of(language);
    let mut cache = ShapeCache::default();

    let grid = grid(matrix, labels, &mut cache)?;
    let portrait = page_setup(paper, Orientation::Portrait);
    let orientation = if matrix.content.parties.len() > PORTRAIT_MAX_PARTIES
        || grid.width() > portrait.content_width() + 0.01
    {
        Orientation::Landscape
    } else {
        Orientation::Portrait
    };
    let setup = page_setup(paper, orientation);
    let width = setup.content_width();

    let mut blocks = title_block(matrix, labels, &dates);
    let sets = grid.column_sets(1, width);
    let parties = matrix.content.parties.len();
    for (n, set) in sets.iter().enumerate() {
        if n > 0 {
            blocks.push(Block::PageBreak);
        }
        if sets.len() > 1 {
            // Columns 1..=parties of the grid are the organisations.
            let shown: Vec<usize> = set
                .iter()
                .copied()
                .filter(|c| (1..=parties).contains(c))
                .collect();
            if let (Some(from), Some(to)) = (shown.first(), shown.last()) {
                let caption = labels.columns_shown(*from, *to, parties);
                blocks.push(Block::Paragraph(
                    Paragraph::heading(caption, BODY.bold()).spaced(0.0, 4.0),
                ));
            }
        }
        let mut part = grid.select(set);
        // The activity column takes whatever the set leaves, so every set spans the page.
        let others: f32 = part.columns[1..].iter().map(|c| c.width).sum();
        part.columns[0].width = (width - others).max(ACTIVITY_MIN);
        blocks.push(Block::Grid(part));
    }
    blocks.extend(legend(matrix, labels, width));
    blocks.extend(checks(matrix, labels));

    Ok(Document {
        setup,
        metadata: Metadata {
            title: matrix.title().to_string(),
            author: matrix.author.clone(),
            subject: labels.subject(&matrix.reference, matrix.version),
            created: ymd(&matrix.printed_on.to_string()),
        },
        furniture: PageFurniture {
            header_left: labels.running_header(&matrix.reference, matrix.version),
            header_right: matrix.title().to_string(),
            skip_first_header: true,
            footer: page_labels.page_of.to_string(),
        },
        blocks,
    })
}

/// The language of the words the matrix shares with agreements and minutes: the page footer,
/// the seal line and the date.
pub(crate) fn document_language(matrix: &PrintableMatrix) -> Language {
    match matrix.language {
        RowLanguage::En => Language::En,
        RowLanguage::Fr => Language::Fr,
        RowLanguage::Nl => Language::Nl,
    }
}

fn page_setup(paper: Paper, orientation: Orientation) -> PageSetup {
    let mut setup = PageSetup::new(paper.size_mm(), orientation);
    setup.margin_left = SIDE_MARGIN;
    setup.margin_right = SIDE_MARGIN;
    setup.margin_top = 56.0;
    setup
}

fn para(text: impl Into<String>, style: TextStyle) -> Paragraph {
    Paragraph::new(text, style)
}

fn title_block(
    matrix: &PrintableMatrix,
    labels: &MatrixLabels,
    dates: &MinutesLabels,
) -> Vec<Block> {
    let mut title = para(matrix.title(), TextStyle::body(16.0).bold()).spaced(0.0, 4.0);
    title.style.leading = 1.25;
    let facts = labels.facts(
        &matrix.reference,
        matrix.version,
        &dates.long_date(&matrix.printed_on.to_string()),
    );
    let status = if matrix.frozen {
        para(&labels.frozen, BODY.bold())
    } else {
        para(&labels.working, BODY)
    };
    let letters = Raci::ALL
        .iter()
        .map(|raci| format!("{} = {}", raci.letter(), labels.raci_name(*raci)))
        .collect::<Vec<_>>()
        .join(" · ");
    vec![
        Block::Paragraph(para(labels.matrix.to_uppercase(), TextStyle::body(9.0)).spaced(0.0, 2.0)),
        Block::Paragraph(title),
        Block::Paragraph(para(facts, BODY).spaced(0.0, 1.0)),
        Block::Paragraph(status.spaced(0.0, 1.0)),
        Block::Paragraph(para(letters, BODY).spaced(0.0, 10.0)),
    ]
}

/// Width a column needs for its header within the narrow-column bounds: its longest word,
/// and for a full name (an organisation without an acronym) room to fit in a few lines
/// rather than a tower of one word each.
fn party_width(header: &str, cache: &mut ShapeCache) -> Result<f32, PdfError> {
    let mut measure = |text: &str| -> Result<f32, PdfError> {
        let wrapped = wrap(text, &COLUMN_HEADER, f32::INFINITY, cache)?;
        Ok(wrapped.lines.iter().map(|l| l.width).fold(0.0, f32::max))
    };
    let mut widest = measure(header)? / 2.5;
    for word in header.split_whitespace() {
        widest = widest.max(measure(word)?);
    }
    Ok((widest + 2.0 * CELL_PADDING + 1.0).clamp(PARTY_MIN, PARTY_MAX))
}

fn column(header: &str, style: TextStyle, width: f32, valign: VAlign) -> GridColumn {
    GridColumn {
        header: vec![para(header, style)],
        width,
        valign,
    }
}

/// The whole grid, the activity column at its least width.
fn grid(
    matrix: &PrintableMatrix,
    labels: &MatrixLabels,
    cache: &mut ShapeCache,
) -> Result<Grid, PdfError> {
    let content = &matrix.content;
    let mut columns = vec![column(
        &labels.activity,
        COLUMN_HEADER,
        ACTIVITY_MIN,
        VAlign::Top,
    )];
    for party in &content.parties {
        columns.push(column(
            party.header(),
            COLUMN_HEADER.aligned(Align::Center),
            party_width(party.header(), cache)?,
            VAlign::Middle,
        ));
    }
    columns.push(column(
        &labels.funding,
        COLUMN_HEADER,
        FUNDING_WIDTH,
        VAlign::Top,
    ));
    columns.push(column(
        &labels.duration,
        COLUMN_HEADER,
        DURATION_WIDTH,
        VAlign::Top,
    ));

    let mut rows = Vec::with_capacity(content.activities.len());
    for (heading, activity) in matrix.grouped() {
        if let Some(heading) = heading {
            rows.push(GridRow::Span {
                heading: para(heading, GROUP),
                continued: Some(para(labels.continued(heading), GROUP)),
            });
        }
        rows.push(GridRow::Cells(activity_row(matrix, labels, activity)));
    }
    Ok(Grid { columns, rows })
}

fn activity_row(
    matrix: &PrintableMatrix,
    labels: &MatrixLabels,
    activity: &Activity,
) -> Vec<GridCell> {
    let mut label = vec![para(matrix.label(activity), CELL)];
    if !activity.note.trim().is_empty() {
        label.push(para(labels.note(activity.note.trim()), NOTE).spaced(1.5, 0.0));
    }
    let mut cells = vec![label];
    for party in &matrix.content.parties {
        cells.push(
            activity
                .raci_of(party.organisation_id)
                .map(|raci| vec![para(raci.letter().to_string(), LETTER)])
                .unwrap_or_default(),
        );
    }
    let funder = activity.funder.trim();
    let mut funding = Vec::new();
    if activity.needs_funding {
        funding.push(para(&labels.yes, CELL.bold()));
    }
    if !funder.is_empty() {
        funding.push(para(funder, CELL));
    }
    cells.push(funding);
    cells.push(
        activity
            .duration
            .map(|d| vec![para(labels.duration_text(d), CELL)])
            .unwrap_or_default(),
    );
    cells
}

fn section_heading(text: &str, space_before: f32) -> Block {
    Block::Paragraph(Paragraph::heading(text, SECTION).spaced(space_before, 5.0))
}

/// Two-column key: a short first column (a letter, an acronym) and its meaning.
fn key(header: [&str; 2], rows: Vec<[String; 2]>, first: f32, width: f32) -> Block {
    Block::Grid(Grid {
        columns: vec![
            column(header[0], COLUMN_HEADER, first, VAlign::Top),
            column(header[1], COLUMN_HEADER, width - first, VAlign::Top),
        ],
        rows: rows
            .into_iter()
            .map(|[a, b]| GridRow::Cells(vec![vec![para(a, CELL.bold())], vec![para(b, CELL)]]))
            .collect(),
    })
}

fn legend(matrix: &PrintableMatrix, labels: &MatrixLabels, width: f32) -> Vec<Block> {
    let letters = Raci::ALL
        .iter()
        .map(|raci| [raci.letter().to_string(), labels.raci_legend(*raci)])
        .collect();
    let key_width = width.min(520.0);
    let mut blocks = vec![
        section_heading(&labels.legend, 16.0),
        key([&labels.letter, &labels.meaning], letters, 44.0, key_width),
    ];
    if !matrix.content.parties.is_empty() {
        let organisations = matrix
            .content
            .parties
            .iter()
            .map(|p| [p.header().to_string(), p.name.clone()])
            .collect();
        blocks.push(Block::Space(8.0));
        blocks.push(key(
            [&labels.column, &labels.organisation],
            organisations,
            110.0,
            key_width,
        ));
    }
    blocks
}

fn checks(matrix: &PrintableMatrix, labels: &MatrixLabels) -> Vec<Block> {
    let mut blocks = vec![section_heading(&labels.checks, 16.0)];
    if matrix.findings.is_empty() {
        blocks.push(Block::Paragraph(para(&labels.no_findings, BODY)));
    }
    for finding in &matrix.findings {
        blocks.push(Block::Paragraph(
            para(matrix.finding_text(finding), BODY)
                .labelled("•", BULLET_WIDTH)
                .spaced(0.0, 1.5),
        ));
    }
    blocks
}
