//! From blocks to placed drawing commands: measures each block into boxes, paginates,
//! then adds the page furniture once the page count is known.

use super::frame::{Draw, Frag};
use super::grid::lay_out_grid;
use super::page_furniture::furniture;
use super::paginate::{paginate, Flow};
use super::table::lay_out_table;
use super::wrap::{paragraph_lines, wrap};
use super::{Block, Document, Field};
use crate::shaping::ShapeCache;
use crate::PdfError;

/// Lays the document out: one list of drawing commands per page, in page coordinates
/// (points from the top-left corner).
pub fn lay_out(document: &Document, cache: &mut ShapeCache) -> Result<Vec<Vec<Draw>>, PdfError> {
    let setup = &document.setup;
    let width = setup.content_width();
    let mut flows = Vec::new();
    for block in &document.blocks {
        flows_of(block, width, cache, &mut flows)?;
    }
    let top = setup.margin_top;
    let bottom = setup.height() - setup.margin_bottom;
    let pages = paginate(flows, top, bottom);
    let count = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(n, placed)| {
            let mut draws: Vec<Draw> = placed
                .into_iter()
                .flat_map(|p| {
                    let y = p.y;
                    p.frag
                        .draws
                        .into_iter()
                        .map(move |d| d.moved(setup.margin_left, y))
                })
                .collect();
            draws.extend(furniture(&document.furniture, setup, n + 1, count, cache)?);
            Ok(draws)
        })
        .collect()
}

/// Measures one block into the flows pagination places.
pub fn flows_of(
    block: &Block,
    width: f32,
    cache: &mut ShapeCache,
    flows: &mut Vec<Flow>,
) -> Result<(), PdfError> {
    match block {
        Block::Paragraph(paragraph) => {
            if paragraph.space_before > 0.0 {
                flows.push(Flow::Space(paragraph.space_before));
            }
            flows.push(Flow::Lines {
                lines: paragraph_lines(paragraph, width, cache)?,
                keep_with_next: paragraph.keep_with_next,
            });
            if paragraph.space_after > 0.0 {
                flows.push(Flow::Space(paragraph.space_after));
            }
        }
        Block::Columns {
            paragraphs,
            gutter,
            space_after,
            keep_with_next,
        } => {
            let count = paragraphs.len().max(1) as f32;
            let column = (width - gutter * (count - 1.0)) / count;
            let before = paragraphs
                .iter()
                .map(|p| p.space_before)
                .fold(0.0, f32::max);
            if before > 0.0 {
                flows.push(Flow::Space(before));
            }
            let columns = paragraphs
                .iter()
                .map(|p| paragraph_lines(p, column, cache))
                .collect::<Result<Vec<_>, _>>()?;
            let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
            let mut lines = Vec::with_capacity(rows);
            for row in 0..rows {
                let mut frag = Frag::new(0.0);
                for (n, lines) in columns.iter().enumerate() {
                    if let Some(line) = lines.get(row) {
                        frag.beside(line.clone(), n as f32 * (column + gutter));
                    }
                }
                lines.push(frag);
            }
            flows.push(Flow::Lines {
                lines,
                keep_with_next: *keep_with_next,
            });
            if *space_after > 0.0 {
                flows.push(Flow::Space(*space_after));
            }
        }
        Block::Table(table) => {
            let frags = lay_out_table(table, width, cache)?;
            flows.push(Flow::Table {
                header: frags.header,
                rows: frags.rows,
                carried: Vec::new(),
            });
        }
        Block::Grid(grid) => {
            let frags = lay_out_grid(grid, width, cache)?;
            flows.push(Flow::Table {
                header: frags.header,
                rows: frags.rows,
                carried: frags.carried,
            });
        }
        Block::Field(field) => {
            if field.space_before > 0.0 {
                flows.push(Flow::Space(field.space_before));
            }
            flows.push(Flow::Whole {
                frag: field_frag(field, cache)?,
                keep_with_next: false,
            });
        }
        Block::Group(blocks) => {
            let mut inner = Vec::new();
            for block in blocks {
                flows_of(block, width, cache, &mut inner)?;
            }
            flows.push(Flow::Whole {
                frag: stack(inner),
                keep_with_next: false,
            });
        }
        Block::Rule => {
            let mut frag = Frag::new(8.0);
            frag.draws.push(Draw::Line {
                from: (0.0, 4.0),
                to: (width, 4.0),
                thickness: 0.5,
            });
            flows.push(Flow::Whole {
                frag,
                keep_with_next: false,
            });
        }
        Block::Space(h) => flows.push(Flow::Space(*h)),
        Block::PageBreak => flows.push(Flow::PageBreak),
    }
    Ok(())
}

/// Flattens flows into one box, for groups kept on one page.
fn stack(flows: Vec<Flow>) -> Frag {
    let mut frag = Frag::new(0.0);
    for flow in flows {
        match flow {
            Flow::Lines { lines, .. } => lines.into_iter().for_each(|l| frag.stack(l)),
            Flow::Whole { frag: f, .. } => frag.stack(f),
            Flow::Table { header, rows, .. } => {
                frag.stack(header);
                rows.into_iter().for_each(|r| frag.stack(r));
            }
            Flow::Space(h) => frag.height += h,
            Flow::PageBreak => {}
        }
    }
    frag
}

fn field_frag(field: &Field, cache: &mut ShapeCache) -> Result<Frag, PdfError> {
    let style = &field.style;
    let line_height = style.line_height();
    let baseline = (line_height - style.size) / 2.0 + style.size * 0.8;
    let mut frag = Frag::new(line_height);
    let label = wrap(&field.label, &style.bold(), f32::INFINITY, cache)?;
    for (x, run) in label.lines.into_iter().take(1).flat_map(|l| l.runs) {
        frag.draws.push(Draw::Text {
            x,
            baseline,
            size: style.size,
            run,
        });
    }
    match &field.value {
        Some(value) if !value.trim().is_empty() => {
            let value = wrap(value, style, f32::INFINITY, cache)?;
            for (x, run) in value.lines.into_iter().take(1).flat_map(|l| l.runs) {
                frag.draws.push(Draw::Text {
                    x: field.label_width + x,
                    baseline,
                    size: style.size,
                    run,
                });
            }
        }
        _ => frag.draws.push(Draw::Line {
            from: (field.label_width, baseline + 1.5),
            to: (field.label_width + field.rule_length, baseline + 1.5),
            thickness: 0.5,
        }),
    }
    Ok(frag)
}
