//! The document as the import sees it: lines (paragraphs with tracked changes accepted, text
//! tidied, and the number Word's list numbering shows in front) and tables, in reading order.
//! A paragraph whose mark was deleted joins the next one, as accepting the change does; a
//! one-cell table (a frame around text) is read as the text it frames.

use std::collections::HashSet;

use crate::read::body::{Block, Change, Paragraph, Piece, Table};
use crate::read::numbering::{Counters, ListLabel, Numbering};
use crate::read::styles::Styles;

use super::text::tidy;

pub(crate) enum Unit {
    Line(Line),
    Table(TableUnit),
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Line {
    pub text: String,
    /// The number Word shows in front, from list numbering.
    pub list: Option<ListLabel>,
    pub num_id: Option<u32>,
    /// Heading level from the paragraph's style or outline level.
    pub heading_level: Option<u8>,
    pub title_style: bool,
    pub subtitle_style: bool,
    pub bold: bool,
}

pub(crate) struct TableUnit {
    /// Each row's cells, a cell's paragraphs joined by line breaks.
    pub rows: Vec<Vec<String>>,
    /// Every paragraph of the table, for party names and notes.
    pub lines: Vec<String>,
}

/// What was read past: counted for the report.
#[derive(Default)]
pub(crate) struct Skipped {
    pub insertions: u32,
    pub deletions: u32,
    pub footnotes: u32,
    pub text_boxes: u32,
    pub table_of_contents: u32,
}

pub(crate) struct Lines<'d> {
    styles: &'d Styles,
    numbering: &'d Numbering,
    counters: Counters,
    pub skipped: Skipped,
}

impl<'d> Lines<'d> {
    pub fn new(styles: &'d Styles, numbering: &'d Numbering) -> Self {
        Lines {
            styles,
            numbering,
            counters: Counters::default(),
            skipped: Skipped::default(),
        }
    }

    pub fn read(&mut self, blocks: &[Block]) -> Vec<Unit> {
        let mut units = Vec::new();
        self.units(blocks, &mut units);
        units
    }

    /// The list instances that number paragraphs below their first level: their first level
    /// numbers headings ("Article 1", then "1.1", "1.2").
    pub fn multilevel_lists(units: &[Unit]) -> HashSet<u32> {
        units
            .iter()
            .filter_map(|u| match u {
                Unit::Line(l) => l.list.as_ref().filter(|n| n.level > 0).and(l.num_id),
                Unit::Table(_) => None,
            })
            .collect()
    }

    fn units(&mut self, blocks: &[Block], units: &mut Vec<Unit>) {
        // Text of paragraphs whose mark was deleted, waiting for the paragraph it joins.
        let mut carried = String::new();
        for block in blocks {
            match block {
                Block::Paragraph(paragraph) => {
                    let Some(mut line) = self.line(paragraph) else {
                        continue;
                    };
                    if matches!(paragraph.mark, Change::Deleted(_)) {
                        carried.push_str(&paragraph.accepted_text());
                        continue;
                    }
                    if !carried.is_empty() {
                        line.text = tidy(&format!("{carried}{}", paragraph.accepted_text()));
                        carried.clear();
                    }
                    if !line.text.is_empty() {
                        units.push(Unit::Line(line));
                    }
                }
                Block::Table(table) => {
                    if let Some(frame) = single_cell(table) {
                        self.units(frame, units);
                    } else {
                        let table = self.table(table);
                        if !table.rows.is_empty() {
                            units.push(Unit::Table(table));
                        }
                    }
                }
            }
        }
        if !carried.is_empty() {
            units.push(Unit::Line(Line {
                text: tidy(&carried),
                ..Line::default()
            }));
        }
    }

    /// `None` for paragraphs left out (table of contents entries).
    fn line(&mut self, paragraph: &Paragraph) -> Option<Line> {
        self.count_changes(paragraph);
        let style = paragraph.style.as_deref();
        let styles = self.styles;
        let reference = paragraph
            .numbering
            .or_else(|| style.and_then(|s| styles.numbering(s)))
            .filter(|r| r.num_id != 0);
        let list = reference.and_then(|r| self.numbering.label(&mut self.counters, r));
        if style.is_some_and(|s| styles.is_table_of_contents(s)) {
            self.skipped.table_of_contents += 1;
            return None;
        }
        let text = tidy(&paragraph.accepted_text());
        Some(Line {
            text,
            list,
            num_id: reference.map(|r| r.num_id),
            heading_level: paragraph
                .outline_level
                .filter(|l| *l < 9)
                .or_else(|| style.and_then(|s| styles.heading_level(s))),
            title_style: style.is_some_and(|s| styles.is_title(s)),
            subtitle_style: style.is_some_and(|s| styles.is_subtitle(s)),
            bold: paragraph.bold || style.is_some_and(|s| styles.is_bold(s)),
        })
    }

    fn count_changes(&mut self, paragraph: &Paragraph) {
        self.skipped.footnotes += paragraph.notes;
        self.skipped.text_boxes += paragraph.text_boxes;
        for piece in &paragraph.pieces {
            match piece {
                Piece::Text {
                    change: Change::Inserted(_),
                    ..
                } => self.skipped.insertions += 1,
                Piece::Text {
                    change: Change::Deleted(_),
                    ..
                } => self.skipped.deletions += 1,
                _ => {}
            }
        }
    }

    fn table(&mut self, table: &Table) -> TableUnit {
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        for row in table.rows.iter().filter(|r| !r.deleted) {
            let mut cells = Vec::new();
            for cell in &row.cells {
                let mut inner = Vec::new();
                self.units(cell, &mut inner);
                let mut texts = Vec::new();
                flatten_texts(&inner, &mut texts);
                cells.push(texts.join("\n"));
                lines.extend(texts);
            }
            if cells.iter().any(|c| !c.is_empty()) {
                rows.push(cells);
            }
        }
        TableUnit { rows, lines }
    }
}

fn flatten_texts(units: &[Unit], texts: &mut Vec<String>) {
    for unit in units {
        match unit {
            Unit::Line(line) => texts.push(match &line.list {
                Some(label) if !label.text.is_empty() => format!("{} {}", label.text, line.text),
                _ => line.text.clone(),
            }),
            Unit::Table(table) => texts.extend(table.lines.iter().cloned()),
        }
    }
}

/// The content of a table of one cell.
fn single_cell(table: &Table) -> Option<&[Block]> {
    match table.rows.as_slice() {
        [row] => match row.cells.as_slice() {
            [cell] => Some(cell.as_slice()),
            _ => None,
        },
        _ => None,
    }
}
