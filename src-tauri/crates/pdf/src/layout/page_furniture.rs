//! Running header and page numbers, added once the page count is known.

use super::frame::{Draw, Frag};
use super::wrap::paragraph_lines;
use super::{Align, PageSetup, Paragraph, TextStyle};
use crate::shaping::ShapeCache;
use crate::PdfError;

/// What every page carries outside the text block.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageFurniture {
    /// Left and right of the running header; empty strings print nothing.
    pub header_left: String,
    pub header_right: String,
    /// Leave the first page (a title page) without the running header.
    pub skip_first_header: bool,
    /// Footer with `{i}` for the page number and `{n}` for the page count, e.g.
    /// "Page {i} of {n}"; each further line (after a `\n`) is printed below the one before.
    pub footer: String,
}

const STYLE: TextStyle = TextStyle::body(8.0);

/// The header and footer of page `index` (1-based) of `count`, in page coordinates.
pub fn furniture(
    furniture: &PageFurniture,
    setup: &PageSetup,
    index: usize,
    count: usize,
    cache: &mut ShapeCache,
) -> Result<Vec<Draw>, PdfError> {
    let mut draws = Vec::new();
    let width = setup.content_width();
    let left = setup.margin_left;
    let show_header = !(furniture.skip_first_header && index == 1);
    if show_header && !(furniture.header_left.is_empty() && furniture.header_right.is_empty()) {
        let top = setup.margin_top - 30.0;
        for (text, align) in [
            (&furniture.header_left, Align::Start),
            (&furniture.header_right, Align::End),
        ] {
            let lines = one_line(text, align, width, cache)?;
            draws.extend(lines.draws.into_iter().map(|d| d.moved(left, top)));
        }
        let rule_y = top + STYLE.line_height() + 2.0;
        draws.push(Draw::Line {
            from: (left, rule_y),
            to: (left + width, rule_y),
            thickness: 0.4,
        });
    }
    if !furniture.footer.is_empty() {
        let text = furniture
            .footer
            .replace("{i}", &index.to_string())
            .replace("{n}", &count.to_string());
        let bottom = setup.height() - setup.margin_bottom + 24.0;
        for (index, line) in text.lines().enumerate() {
            let lines = one_line(line, Align::Center, width, cache)?;
            let y = bottom + index as f32 * STYLE.line_height();
            draws.extend(lines.draws.into_iter().map(|d| d.moved(left, y)));
        }
    }
    Ok(draws)
}

fn one_line(
    text: &str,
    align: Align,
    width: f32,
    cache: &mut ShapeCache,
) -> Result<Frag, PdfError> {
    let mut frag = Frag::new(0.0);
    if text.is_empty() {
        return Ok(frag);
    }
    for line in paragraph_lines(&Paragraph::new(text, STYLE.aligned(align)), width, cache)?
        .into_iter()
        .take(1)
    {
        frag.stack(line);
    }
    Ok(frag)
}
