//! Grids: tables whose columns have set widths, whose cells hold several paragraphs (a label
//! with a note under it, a letter centred), and whose rows may span every column (a group
//! heading). A grid wider than the page is printed as several column sets, each repeating
//! the leading columns, so every page can be read on its own.

use super::frame::{Draw, Frag};
use super::wrap::paragraph_lines;
use super::Paragraph;
use crate::shaping::ShapeCache;
use crate::PdfError;

/// Room between a cell's rules and its text, on every side: what a cell's paragraphs lose
/// of the column's width.
pub const PADDING: f32 = 3.0;
const RULE: f32 = 0.5;
/// Under the header row, so it reads as a header on every page without a filled band.
const HEADER_RULE: f32 = 1.1;

/// A cell: paragraphs stacked from its top.
pub type GridCell = Vec<Paragraph>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VAlign {
    #[default]
    Top,
    /// Centred in the row's height (single letters beside a wrapped label).
    Middle,
    /// On the row's foot: header cells, whose text ends level above the columns.
    Bottom,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GridColumn {
    pub header: GridCell,
    /// Width in points. A grid wider than the space it is given is scaled down as a whole;
    /// use [`Grid::column_sets`] to split it instead.
    pub width: f32,
    pub valign: VAlign,
}

#[derive(Debug, Clone, PartialEq)]
pub enum GridRow {
    Cells(Vec<GridCell>),
    /// One cell across every column, kept on the page of the row after it: a group
    /// heading. `continued`, when given, is printed under the header row of each later
    /// page the group runs onto ("Protection (continued)").
    Span {
        heading: Paragraph,
        continued: Option<Paragraph>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub columns: Vec<GridColumn>,
    pub rows: Vec<GridRow>,
}

impl Grid {
    pub fn width(&self) -> f32 {
        self.columns.iter().map(|c| c.width).sum()
    }

    /// Splits the columns into as few sets no wider than `width` as will do, each starting
    /// with the first `repeated` columns, in order, and as even as they can be made, so
    /// the last page set is not left with a stub; a column too wide even alone still gets
    /// a set.
    pub fn column_sets(&self, repeated: usize, width: f32) -> Vec<Vec<usize>> {
        let fewest = self.greedy_sets(repeated, width).len();
        // The narrowest cap that still needs no more sets gives the most even split.
        let (mut low, mut high) = (0.0f32, width);
        for _ in 0..32 {
            let middle = (low + high) / 2.0;
            if self.greedy_sets(repeated, middle).len() <= fewest {
                high = middle;
            } else {
                low = middle;
            }
        }
        self.greedy_sets(repeated, high)
    }

    /// Fills each set as far as `width` allows before starting the next.
    fn greedy_sets(&self, repeated: usize, width: f32) -> Vec<Vec<usize>> {
        let repeated = repeated.min(self.columns.len());
        let fixed: f32 = self.columns[..repeated].iter().map(|c| c.width).sum();
        let mut sets = Vec::new();
        let mut current: Vec<usize> = (0..repeated).collect();
        let mut used = fixed;
        for (n, column) in self.columns.iter().enumerate().skip(repeated) {
            if current.len() > repeated && used + column.width > width + 0.01 {
                sets.push(std::mem::replace(&mut current, (0..repeated).collect()));
                used = fixed;
            }
            current.push(n);
            used += column.width;
        }
        if current.len() > repeated || sets.is_empty() {
            sets.push(current);
        }
        sets
    }

    /// The grid with only `columns`, in that order; spanning rows are kept.
    pub fn select(&self, columns: &[usize]) -> Grid {
        Grid {
            columns: columns.iter().map(|n| self.columns[*n].clone()).collect(),
            rows: self
                .rows
                .iter()
                .map(|row| match row {
                    GridRow::Cells(cells) => GridRow::Cells(
                        columns
                            .iter()
                            .map(|n| cells.get(*n).cloned().unwrap_or_default())
                            .collect(),
                    ),
                    span @ GridRow::Span { .. } => span.clone(),
                })
                .collect(),
        }
    }
}

/// A laid-out grid: the header row, one box per row (a heading joined to the row under
/// it), and by row what it carries to the head of a page it opens.
#[derive(Debug, Clone, PartialEq)]
pub struct GridFrags {
    pub header: Frag,
    pub rows: Vec<Frag>,
    pub carried: Vec<Option<Frag>>,
}

/// Lays the grid out at most `width` points wide.
pub fn lay_out_grid(
    grid: &Grid,
    width: f32,
    cache: &mut ShapeCache,
) -> Result<GridFrags, PdfError> {
    let natural = grid.width();
    let scale = if natural > width && natural > 0.0 {
        width / natural
    } else {
        1.0
    };
    let widths: Vec<f32> = grid.columns.iter().map(|c| c.width * scale).collect();
    let valigns: Vec<VAlign> = grid.columns.iter().map(|c| c.valign).collect();
    let headers: Vec<GridCell> = grid.columns.iter().map(|c| c.header.clone()).collect();
    let mut header = cells_row(
        &headers,
        &widths,
        &vec![VAlign::Bottom; widths.len()],
        cache,
    )?;
    let total: f32 = widths.iter().sum();
    let h = header.height;
    header.draws.push(Draw::Line {
        from: (0.0, 0.0),
        to: (total, 0.0),
        thickness: RULE,
    });
    header.draws.push(Draw::Line {
        from: (0.0, h),
        to: (total, h),
        thickness: HEADER_RULE,
    });

    let mut rows: Vec<Frag> = Vec::with_capacity(grid.rows.len());
    let mut carried: Vec<Option<Frag>> = Vec::with_capacity(grid.rows.len());
    let mut pending: Option<Frag> = None;
    let mut group: Option<Frag> = None;
    for row in &grid.rows {
        let frag = match row {
            GridRow::Cells(cells) => cells_row(cells, &widths, &valigns, cache)?,
            GridRow::Span { heading, continued } => {
                let span = span_row(heading, total, cache)?;
                match &mut pending {
                    Some(above) => above.stack(span),
                    None => pending = Some(span),
                }
                group = match continued {
                    Some(p) => Some(span_row(p, total, cache)?),
                    None => None,
                };
                continue;
            }
        };
        match pending.take() {
            Some(mut above) => {
                above.stack(frag);
                rows.push(above);
                carried.push(None);
            }
            None => {
                rows.push(frag);
                carried.push(group.clone());
            }
        }
    }
    if let Some(headings) = pending {
        rows.push(headings);
        carried.push(None);
    }
    Ok(GridFrags {
        header,
        rows,
        carried,
    })
}

fn cell_frag(cell: &GridCell, width: f32, cache: &mut ShapeCache) -> Result<Frag, PdfError> {
    let mut frag = Frag::new(0.0);
    for paragraph in cell {
        if paragraph.space_before > 0.0 && frag.height > 0.0 {
            frag.height += paragraph.space_before;
        }
        for line in paragraph_lines(paragraph, width, cache)? {
            frag.stack(line);
        }
        frag.height += paragraph.space_after;
    }
    Ok(frag)
}

fn cells_row(
    cells: &[GridCell],
    widths: &[f32],
    valigns: &[VAlign],
    cache: &mut ShapeCache,
) -> Result<Frag, PdfError> {
    let empty = GridCell::new();
    let inner = widths
        .iter()
        .enumerate()
        .map(|(n, width)| {
            cell_frag(
                cells.get(n).unwrap_or(&empty),
                (width - 2.0 * PADDING).max(1.0),
                cache,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let content = inner.iter().map(|f| f.height).fold(0.0, f32::max);
    let height = content + 2.0 * PADDING;
    let mut frag = Frag::new(height);
    let mut x = 0.0;
    for ((cell, width), valign) in inner.into_iter().zip(widths).zip(valigns) {
        let dy = match valign {
            VAlign::Top => PADDING,
            VAlign::Middle => (height - cell.height) / 2.0,
            VAlign::Bottom => height - PADDING - cell.height,
        };
        frag.draws
            .extend(cell.draws.into_iter().map(|d| d.moved(x + PADDING, dy)));
        x += width;
    }
    let mut rule = |from: (f32, f32), to: (f32, f32)| {
        frag.draws.push(Draw::Line {
            from,
            to,
            thickness: RULE,
        })
    };
    rule((0.0, height), (x, height));
    let mut edge = 0.0;
    rule((0.0, 0.0), (0.0, height));
    for width in widths {
        edge += width;
        rule((edge, 0.0), (edge, height));
    }
    Ok(frag)
}

fn span_row(paragraph: &Paragraph, width: f32, cache: &mut ShapeCache) -> Result<Frag, PdfError> {
    let inner = cell_frag(
        &vec![paragraph.clone()],
        (width - 2.0 * PADDING).max(1.0),
        cache,
    )?;
    let height = inner.height + 2.0 * PADDING;
    let mut frag = Frag::new(height);
    frag.draws
        .extend(inner.draws.into_iter().map(|d| d.moved(PADDING, PADDING)));
    for (from, to) in [
        ((0.0, height), (width, height)),
        ((0.0, 0.0), (0.0, height)),
        ((width, 0.0), (width, height)),
    ] {
        frag.draws.push(Draw::Line {
            from,
            to,
            thickness: RULE,
        });
    }
    Ok(frag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::TextStyle;

    fn column(width: f32) -> GridColumn {
        GridColumn {
            header: vec![Paragraph::new("H", TextStyle::body(8.0))],
            width,
            valign: VAlign::Top,
        }
    }

    fn grid(widths: &[f32]) -> Grid {
        Grid {
            columns: widths.iter().map(|w| column(*w)).collect(),
            rows: vec![
                GridRow::Span {
                    heading: Paragraph::new("Group", TextStyle::body(8.0)),
                    continued: Some(Paragraph::new("Group, continued", TextStyle::body(8.0))),
                },
                GridRow::Cells(
                    (0..widths.len())
                        .map(|n| vec![Paragraph::new(n.to_string(), TextStyle::body(8.0))])
                        .collect(),
                ),
            ],
        }
    }

    #[test]
    fn each_column_set_repeats_the_leading_columns_and_fits() {
        let grid = grid(&[200.0, 40.0, 40.0, 40.0, 40.0, 40.0, 80.0]);
        let sets = grid.column_sets(1, 330.0);
        assert_eq!(sets.len(), 3);
        for set in &sets {
            assert_eq!(set[0], 0);
            assert!(grid.select(set).width() <= 330.0);
        }
        let all: Vec<usize> = sets.iter().flat_map(|s| s[1..].to_vec()).collect();
        assert_eq!(all, (1..7).collect::<Vec<_>>());
        assert_eq!(
            grid.column_sets(1, 1000.0),
            vec![(0..7).collect::<Vec<_>>()]
        );
    }

    #[test]
    fn column_sets_are_even_rather_than_full_then_a_stub() {
        let grid = grid(&[200.0, 40.0, 40.0, 40.0, 40.0, 40.0, 40.0]);
        // Room for five in the first set; three and three read better.
        assert_eq!(
            grid.column_sets(1, 400.0),
            vec![vec![0, 1, 2, 3], vec![0, 4, 5, 6]]
        );
    }

    #[test]
    fn a_selected_grid_keeps_its_spanning_rows_and_picks_the_cells() {
        let grid = grid(&[100.0, 40.0, 40.0]);
        let chosen = grid.select(&[0, 2]);
        assert_eq!(chosen.columns.len(), 2);
        assert!(matches!(chosen.rows[0], GridRow::Span { .. }));
        let GridRow::Cells(cells) = &chosen.rows[1] else {
            panic!("a row of cells");
        };
        assert_eq!(cells[1][0].text, "2");
    }

    #[test]
    fn a_heading_row_is_joined_to_the_row_under_it_and_carried_by_the_next() {
        let mut grid = grid(&[100.0, 40.0]);
        grid.rows.push(grid.rows[1].clone());
        let laid = lay_out_grid(&grid, 500.0, &mut ShapeCache::default()).expect("lays out");
        assert_eq!(laid.rows.len(), 2);
        assert!(laid.carried[0].is_none(), "the heading is already there");
        let carried = laid.carried[1].as_ref().expect("the group's continuation");
        assert_eq!(carried.texts().len(), 3, "Group, continued");
        let texts: Vec<String> = laid.rows[0]
            .texts()
            .iter()
            .map(|run| run.glyphs.iter().map(|g| g.text.as_str()).collect())
            .collect();
        assert_eq!(texts, ["Group", "0", "1"]);
    }
}
