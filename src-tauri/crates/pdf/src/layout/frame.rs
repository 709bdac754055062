//! What layout produces: boxes of drawing commands with a height, which pagination
//! stacks onto pages without looking inside.

use std::rc::Rc;

use crate::shaping::Shaped;

/// One drawing command. Lengths in points; `y` grows down the page, the PDF writer flips
/// it.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    /// A shaped run, its left edge at `x`, sitting on `baseline`.
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        run: Rc<Shaped>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        thickness: f32,
    },
}

impl Draw {
    pub fn moved(mut self, dx: f32, dy: f32) -> Draw {
        match &mut self {
            Draw::Text { x, baseline, .. } => {
                *x += dx;
                *baseline += dy;
            }
            Draw::Line { from, to, .. } => {
                from.0 += dx;
                from.1 += dy;
                to.0 += dx;
                to.1 += dy;
            }
        }
        self
    }
}

/// A box of drawing commands relative to its top-left corner: a line of a paragraph, a
/// table row, a whole signature block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frag {
    pub height: f32,
    pub draws: Vec<Draw>,
}

impl Frag {
    pub fn new(height: f32) -> Frag {
        Frag {
            height,
            draws: Vec::new(),
        }
    }

    /// Appends `other` below this box.
    pub fn stack(&mut self, other: Frag) {
        let dy = self.height;
        self.draws
            .extend(other.draws.into_iter().map(|d| d.moved(0.0, dy)));
        self.height += other.height;
    }

    /// Places `other` beside this box at `dx`, the taller one setting the height.
    pub fn beside(&mut self, other: Frag, dx: f32) {
        self.draws
            .extend(other.draws.into_iter().map(|d| d.moved(dx, 0.0)));
        self.height = self.height.max(other.height);
    }

    /// The text the box draws, run by run, for tests and debugging.
    pub fn texts(&self) -> Vec<&Shaped> {
        self.draws
            .iter()
            .filter_map(|d| match d {
                Draw::Text { run, .. } => Some(run.as_ref()),
                Draw::Line { .. } => None,
            })
            .collect()
    }
}
