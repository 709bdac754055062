//! Page breaks: stacks boxes down the page, keeping headings with what follows, never
//! leaving one line of a paragraph alone at the foot or head of a page when that can be
//! avoided, never splitting kept-together boxes or table rows, and repeating a table's
//! header row on every page it runs onto.

use super::frame::Frag;

/// Something to place, as layout hands it to pagination.
#[derive(Debug, Clone, PartialEq)]
pub enum Flow {
    /// Lines of a paragraph (or rows of side-by-side lines), breakable between them.
    Lines {
        lines: Vec<Frag>,
        keep_with_next: bool,
    },
    /// A box never split across pages.
    Whole {
        frag: Frag,
        keep_with_next: bool,
    },
    Table {
        header: Frag,
        rows: Vec<Frag>,
        /// By row: what to print under the repeated header when that row opens a page (the
        /// group heading it falls under). Missing entries carry nothing.
        carried: Vec<Option<Frag>>,
    },
    /// Vertical space, dropped at the top of a page.
    Space(f32),
    PageBreak,
}

/// Fewest lines of a paragraph left at the foot of a page (orphans) or carried to the
/// head of the next (widows).
const MIN_LINES: usize = 2;

impl Flow {
    fn keeps_with_next(&self) -> bool {
        matches!(
            self,
            Flow::Lines {
                keep_with_next: true,
                ..
            } | Flow::Whole {
                keep_with_next: true,
                ..
            }
        )
    }

    /// Height of the least of this flow that may start a page section: what a heading
    /// before it needs room for.
    fn first_chunk(&self) -> Option<f32> {
        match self {
            Flow::Lines { lines, .. } => Some(lines.iter().take(MIN_LINES).map(|l| l.height).sum()),
            Flow::Whole { frag, .. } => Some(frag.height),
            Flow::Table { header, rows, .. } => {
                Some(header.height + rows.first().map_or(0.0, |r| r.height))
            }
            Flow::Space(_) => None,
            Flow::PageBreak => Some(0.0),
        }
    }
}

/// A box placed on a page, `y` points from the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub y: f32,
    pub frag: Frag,
}

struct Pages {
    pages: Vec<Vec<Placed>>,
    current: Vec<Placed>,
    y: f32,
    top: f32,
    bottom: f32,
}

impl Pages {
    fn at_top(&self) -> bool {
        self.current.is_empty()
    }

    fn fits(&self, height: f32) -> bool {
        self.y + height <= self.bottom + 0.01
    }

    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.current));
        self.y = self.top;
    }

    fn place(&mut self, frag: Frag) {
        let height = frag.height;
        self.current.push(Placed { y: self.y, frag });
        self.y += height;
    }

    /// How many of `lines` fit below the current position.
    fn lines_that_fit(&self, lines: &[Frag]) -> usize {
        let mut y = self.y;
        lines
            .iter()
            .take_while(|l| {
                y += l.height;
                y <= self.bottom + 0.01
            })
            .count()
    }

    fn place_lines(&mut self, lines: Vec<Frag>, keep_with_next: f32) {
        let count = lines.len();
        let mut rest = lines;
        while !rest.is_empty() {
            let n = rest.len();
            let k = self.lines_that_fit(&rest);
            if k >= n {
                let total: f32 = rest.iter().map(|l| l.height).sum();
                if n == count && !self.at_top() && !self.fits(total + keep_with_next) {
                    self.new_page();
                    continue;
                }
                for line in rest {
                    self.place(line);
                }
                return;
            }
            // Split so both parts keep at least MIN_LINES lines; otherwise move the whole
            // remainder on, unless the page is empty and nothing better can happen.
            let most = k.min(n.saturating_sub(MIN_LINES));
            let mut split = if most >= MIN_LINES { most } else { 0 };
            if split == 0 {
                if self.at_top() {
                    split = k.max(1);
                } else {
                    self.new_page();
                    continue;
                }
            }
            let tail = rest.split_off(split);
            for line in rest {
                self.place(line);
            }
            self.new_page();
            rest = tail;
        }
    }

    fn place_table(&mut self, header: Frag, rows: Vec<Frag>, carried: Vec<Option<Frag>>) {
        let first = rows.first().map_or(0.0, |r| r.height);
        if !self.at_top() && !self.fits(header.height + first) {
            self.new_page();
        }
        self.place(header.clone());
        for (n, row) in rows.into_iter().enumerate() {
            let carry = carried.get(n).and_then(Option::as_ref);
            if !self.fits(row.height) && self.current.len() > 1 {
                self.new_page();
                self.place(header.clone());
                if let Some(carry) = carry {
                    self.place(carry.clone());
                }
            }
            self.place(row);
        }
    }
}

/// Places every flow on pages whose text block runs from `top` to `bottom` (points from
/// the top of the page).
pub fn paginate(flows: Vec<Flow>, top: f32, bottom: f32) -> Vec<Vec<Placed>> {
    // Room each flow must leave below itself for what it keeps with.
    let needs: Vec<f32> = (0..flows.len())
        .map(|i| {
            if !flows[i].keeps_with_next() {
                return 0.0;
            }
            let mut spaces = 0.0;
            for next in &flows[i + 1..] {
                match (next, next.first_chunk()) {
                    (Flow::Space(h), _) => spaces += h,
                    (_, Some(h)) => return spaces + h,
                    (_, None) => {}
                }
            }
            0.0
        })
        .collect();
    let mut pages = Pages {
        pages: Vec::new(),
        current: Vec::new(),
        y: top,
        top,
        bottom,
    };
    for (flow, need) in flows.into_iter().zip(needs) {
        match flow {
            Flow::Space(h) => {
                if !pages.at_top() {
                    pages.y += h;
                }
            }
            Flow::PageBreak => {
                if !pages.at_top() {
                    pages.new_page();
                }
            }
            Flow::Whole { frag, .. } => {
                if !pages.at_top() && !pages.fits(frag.height + need) {
                    pages.new_page();
                }
                pages.place(frag);
            }
            Flow::Lines { lines, .. } => pages.place_lines(lines, need),
            Flow::Table {
                header,
                rows,
                carried,
            } => pages.place_table(header, rows, carried),
        }
    }
    if !pages.current.is_empty() || pages.pages.is_empty() {
        pages.new_page();
    }
    pages.pages
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of a recognisable height.
    fn lines(count: usize, height: f32) -> Vec<Frag> {
        (0..count).map(|_| Frag::new(height)).collect()
    }

    fn heights(page: &[Placed]) -> Vec<f32> {
        page.iter().map(|p| p.frag.height).collect()
    }

    fn count(page: &[Placed], height: f32) -> usize {
        page.iter().filter(|p| p.frag.height == height).count()
    }

    fn text(count: usize, height: f32) -> Flow {
        Flow::Lines {
            lines: lines(count, height),
            keep_with_next: false,
        }
    }

    #[test]
    fn a_single_line_is_not_left_at_the_foot_of_a_page() {
        // Page holds 10 lines; 9 filler lines leave room for one line of the paragraph.
        let pages = paginate(vec![text(9, 10.0), text(5, 12.0)], 0.0, 100.0);
        assert_eq!(count(&pages[0], 12.0), 0, "{:?}", heights(&pages[0]));
        assert_eq!(count(&pages[1], 12.0), 5);
    }

    #[test]
    fn a_single_line_is_not_carried_alone_to_the_next_page() {
        // Six filler lines leave room for 3 of 4 lines: the split leaves 2 and 2.
        let pages = paginate(vec![text(6, 10.0), text(4, 12.0)], 0.0, 100.0);
        assert_eq!(count(&pages[0], 12.0), 2);
        assert_eq!(count(&pages[1], 12.0), 2);
    }

    #[test]
    fn a_three_line_paragraph_that_cannot_split_two_and_two_moves_whole() {
        // Seven filler lines leave room for 2 of 3 lines: 2 + 1 would strand a widow.
        let pages = paginate(vec![text(7, 10.0), text(3, 12.0)], 0.0, 100.0);
        assert_eq!(count(&pages[0], 12.0), 0);
        assert_eq!(count(&pages[1], 12.0), 3);
    }

    #[test]
    fn a_long_paragraph_fills_the_page_and_carries_on() {
        let pages = paginate(vec![text(25, 10.0)], 0.0, 100.0);
        let per_page: Vec<usize> = pages.iter().map(Vec::len).collect();
        assert_eq!(per_page, vec![10, 10, 5]);
    }

    #[test]
    fn a_heading_is_never_the_last_thing_on_a_page() {
        let heading = Flow::Lines {
            lines: lines(1, 15.0),
            keep_with_next: true,
        };
        // 8 filler lines leave 20 points: room for the heading, not for 2 lines after it.
        let pages = paginate(vec![text(8, 10.0), heading, text(5, 12.0)], 0.0, 100.0);
        assert_eq!(count(&pages[0], 15.0), 0);
        assert_eq!(heights(&pages[1])[0], 15.0);
    }

    #[test]
    fn a_kept_together_block_moves_whole_to_the_next_page() {
        let block = Flow::Whole {
            frag: Frag::new(40.0),
            keep_with_next: false,
        };
        let pages = paginate(vec![text(7, 10.0), block], 0.0, 100.0);
        assert_eq!(count(&pages[0], 40.0), 0);
        assert_eq!(pages[1][0].y, 0.0);
        assert_eq!(pages[1][0].frag.height, 40.0);
    }

    #[test]
    fn the_header_row_starts_every_page_of_a_long_table() {
        let pages = paginate(
            vec![
                text(3, 10.0),
                Flow::Table {
                    header: Frag::new(11.0),
                    rows: lines(30, 9.0),
                    carried: Vec::new(),
                },
            ],
            0.0,
            100.0,
        );
        assert!(pages.len() >= 3);
        for (n, page) in pages.iter().enumerate() {
            let first_table_box = page.iter().find(|p| p.frag.height != 10.0).expect("rows");
            assert_eq!(first_table_box.frag.height, 11.0, "page {}", n + 1);
        }
        let rows: usize = pages.iter().map(|p| count(p, 9.0)).sum();
        assert_eq!(rows, 30);
    }

    #[test]
    fn a_row_opening_a_page_brings_what_it_carries_under_the_header() {
        let rows = lines(12, 9.0);
        let carried = (0..12).map(|n| (n > 0).then(|| Frag::new(7.0))).collect();
        let pages = paginate(
            vec![Flow::Table {
                header: Frag::new(11.0),
                rows,
                carried,
            }],
            0.0,
            60.0,
        );
        assert!(pages.len() >= 2);
        assert_eq!(heights(&pages[0])[..2], [11.0, 9.0]);
        for page in &pages[1..] {
            assert_eq!(heights(page)[..3], [11.0, 7.0, 9.0]);
        }
    }
}
