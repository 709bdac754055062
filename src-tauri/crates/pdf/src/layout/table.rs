//! Tables with wrapped cells. Rows are never split; the header row is laid out once and
//! repeated by pagination at the top of every page the table runs onto.

use super::frame::{Draw, Frag};
use super::wrap::{paragraph_lines, wrap};
use super::{Paragraph, TextStyle};
use crate::shaping::ShapeCache;
use crate::PdfError;

const PADDING: f32 = 3.0;
const RULE: f32 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Relative column widths; `None` sizes columns from their contents.
    pub widths: Option<Vec<f32>>,
    pub style: TextStyle,
}

/// A laid-out table: the header row and each body row as one box.
#[derive(Debug, Clone, PartialEq)]
pub struct TableFrags {
    pub header: Frag,
    pub rows: Vec<Frag>,
}

/// Lays the table out `width` points wide.
pub fn lay_out_table(
    table: &Table,
    width: f32,
    cache: &mut ShapeCache,
) -> Result<TableFrags, PdfError> {
    let columns = table
        .header
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    if columns == 0 {
        return Ok(TableFrags {
            header: Frag::new(0.0),
            rows: Vec::new(),
        });
    }
    let widths = match &table.widths {
        Some(weights) if weights.len() == columns => {
            let sum: f32 = weights.iter().sum();
            weights.iter().map(|w| w / sum * width).collect()
        }
        _ => auto_widths(table, columns, width, cache)?,
    };
    let header = row(&table.header, &widths, &table.style.bold(), true, cache)?;
    let rows = table
        .rows
        .iter()
        .map(|cells| row(cells, &widths, &table.style, false, cache))
        .collect::<Result<_, _>>()?;
    Ok(TableFrags { header, rows })
}

/// Column widths the way browsers size automatic tables: every column gets at least its
/// longest word, and the rest of the width goes to the columns with the most text.
fn auto_widths(
    table: &Table,
    columns: usize,
    width: f32,
    cache: &mut ShapeCache,
) -> Result<Vec<f32>, PdfError> {
    let mut least = vec![0.0f32; columns];
    let mut most = vec![0.0f32; columns];
    let bold = table.style.bold();
    let cells =
        std::iter::once((&table.header, &bold)).chain(table.rows.iter().map(|r| (r, &table.style)));
    for (cells, style) in cells {
        for (n, cell) in cells.iter().enumerate().take(columns) {
            let whole = wrap(cell, style, f32::INFINITY, cache)?;
            let line = whole.lines.iter().map(|l| l.width).fold(0.0, f32::max);
            let word = cell
                .split_whitespace()
                .map(|w| wrap(w, style, f32::INFINITY, cache).map(|x| x.lines[0].width))
                .try_fold(0.0f32, |a, w| w.map(|w| a.max(w)))?;
            least[n] = least[n].max(word + 2.0 * PADDING + 0.5);
            most[n] = most[n].max(line + 2.0 * PADDING);
        }
    }
    // A very long word (a checksum) should be cut rather than starve its neighbours.
    let cap = width / columns as f32 * 2.5;
    for n in 0..columns {
        least[n] = least[n].min(cap);
        most[n] = most[n].max(least[n]);
    }
    let least_sum: f32 = least.iter().sum();
    let most_sum: f32 = most.iter().sum();
    Ok(if most_sum <= width {
        most.iter().map(|w| w * width / most_sum).collect()
    } else if least_sum <= width {
        let spare = width - least_sum;
        let wanted = most_sum - least_sum;
        least
            .iter()
            .zip(&most)
            .map(|(l, m)| l + (m - l) / wanted * spare)
            .collect()
    } else {
        least.iter().map(|w| w * width / least_sum).collect()
    })
}

fn row(
    cells: &[String],
    widths: &[f32],
    style: &TextStyle,
    header: bool,
    cache: &mut ShapeCache,
) -> Result<Frag, PdfError> {
    let mut frag = Frag::new(0.0);
    let mut x = 0.0;
    for (n, width) in widths.iter().enumerate() {
        let text = cells.get(n).map_or("", String::as_str);
        let mut cell = Frag::new(PADDING);
        for line in paragraph_lines(&Paragraph::new(text, *style), width - 2.0 * PADDING, cache)? {
            cell.stack(line);
        }
        cell.height += PADDING;
        let cell_draws = cell.draws.into_iter().map(|d| d.moved(x + PADDING, 0.0));
        frag.draws.extend(cell_draws);
        frag.height = frag.height.max(cell.height);
        x += width;
    }
    let h = frag.height;
    let mut rule = |from: (f32, f32), to: (f32, f32)| {
        frag.draws.push(Draw::Line {
            from,
            to,
            thickness: RULE,
        })
    };
    if header {
        rule((0.0, 0.0), (x, 0.0));
    }
    rule((0.0, h), (x, h));
    let mut edge = 0.0;
    rule((0.0, 0.0), (0.0, h));
    for width in widths {
        edge += width;
        rule((edge, 0.0), (edge, h));
    }
    Ok(frag)
}
