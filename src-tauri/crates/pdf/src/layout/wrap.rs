//! Greedy line breaking of one paragraph, bidi-aware.
//!
//! Words are measured with the same shaped runs that are later drawn, so a line never
//! comes out wider than measured. A word wider than the line (a SHA-256 in a narrow
//! column, a Thai sentence, which has no spaces) is cut between characters.

use std::ops::Range;
use std::rc::Rc;

use unicode_bidi::Level;

use super::frame::{Draw, Frag};
use super::{Align, Paragraph, TextStyle};
use crate::bidi;
use crate::fonts::{font_runs_noting, FontKey, Script};
use crate::shaping::{ShapeCache, Shaped};
use crate::PdfError;

/// A wrapped line: shaped runs at their x offsets, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<(f32, Rc<Shaped>)>,
    pub width: f32,
}

/// The lines of a paragraph and the direction it reads in.
#[derive(Debug, Clone, PartialEq)]
pub struct Wrapped {
    pub rtl: bool,
    pub lines: Vec<Line>,
}

/// A piece of a line: spaces, or a run of one face and one direction.
#[derive(Debug, Clone)]
struct Piece {
    range: Range<usize>,
    font: FontKey,
    level: Level,
    /// Spaces are drawn too, as glyphs, so text extractors that do not infer word gaps
    /// from positions (lopdf, some screen readers) still see separate words.
    space: bool,
    shaped: Rc<Shaped>,
    width: f32,
}

/// Wraps `text` into lines no wider than `width` (points). Newlines start new lines.
pub fn wrap(
    text: &str,
    style: &TextStyle,
    width: f32,
    cache: &mut ShapeCache,
) -> Result<Wrapped, PdfError> {
    let mut lines = Vec::new();
    let mut rtl = None;
    for hard in text.split('\n') {
        let wrapped = wrap_hard_line(hard, style, width, cache)?;
        rtl.get_or_insert(wrapped.rtl);
        lines.extend(wrapped.lines);
    }
    Ok(Wrapped {
        rtl: rtl.unwrap_or(false),
        lines,
    })
}

fn wrap_hard_line(
    text: &str,
    style: &TextStyle,
    width: f32,
    cache: &mut ShapeCache,
) -> Result<Wrapped, PdfError> {
    let resolved = bidi::levels(text);
    let pieces = pieces(text, &resolved.levels, style, cache)?;

    // Words: runs of pieces with no space between them; a break may come before each.
    let mut words: Vec<(Vec<Piece>, Vec<Piece>)> = Vec::new(); // (spaces before, word)
    let mut spaces = Vec::new();
    let mut word: Vec<Piece> = Vec::new();
    for piece in pieces {
        if piece.space {
            if !word.is_empty() {
                words.push((std::mem::take(&mut spaces), std::mem::take(&mut word)));
            }
            spaces.push(piece);
        } else {
            word.push(piece);
        }
    }
    if !word.is_empty() {
        words.push((spaces, word));
    }

    let mut lines: Vec<Vec<Piece>> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    let mut current_width = 0.0;
    for (spaces, word) in words {
        let chunks = if total(&word) > width + 0.01 {
            cut_word(text, word, width, style, cache)?
        } else {
            vec![word]
        };
        for (n, chunk) in chunks.into_iter().enumerate() {
            let gap = if n == 0 { total(&spaces) } else { 0.0 };
            let chunk_width = total(&chunk);
            if !current.is_empty() && current_width + gap + chunk_width > width + 0.01 {
                lines.push(std::mem::take(&mut current));
                current_width = 0.0;
            }
            if !current.is_empty() && n == 0 {
                current.extend(spaces.iter().cloned());
                current_width += gap;
            }
            current.extend(chunk);
            current_width += chunk_width;
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }

    let lines = lines
        .into_iter()
        .map(|pieces| {
            let levels: Vec<Level> = pieces.iter().map(|p| p.level).collect();
            let mut x = 0.0;
            let mut runs = Vec::new();
            for index in bidi::visual_order(&levels) {
                let piece = &pieces[index];
                runs.push((x, Rc::clone(&piece.shaped)));
                x += piece.width;
            }
            Line { runs, width: x }
        })
        .collect();
    Ok(Wrapped {
        rtl: resolved.rtl,
        lines,
    })
}

fn total(pieces: &[Piece]) -> f32 {
    pieces.iter().map(|p| p.width).sum()
}

/// Splits a line's text into spaces and runs of one face and one direction, shaped.
fn pieces(
    text: &str,
    levels: &[Level],
    style: &TextStyle,
    cache: &mut ShapeCache,
) -> Result<Vec<Piece>, PdfError> {
    let mut pieces = Vec::new();
    let runs = font_runs_noting(text, style.bold, &mut |c| cache.note_missing(c, text));
    for (run, font) in runs {
        let mut start = run.start;
        let mut previous: Option<(bool, Level)> = None;
        for (at, c) in text[run.clone()].char_indices() {
            let at = run.start + at;
            let key = (c.is_whitespace(), levels[at]);
            if previous.is_some_and(|p| p != key) {
                pieces.push(piece(text, start..at, font, levels[start], style, cache)?);
                start = at;
            }
            previous = Some(key);
        }
        if start < run.end {
            pieces.push(piece(
                text,
                start..run.end,
                font,
                levels[start],
                style,
                cache,
            )?);
        }
    }
    Ok(pieces)
}

fn piece(
    text: &str,
    range: Range<usize>,
    font: FontKey,
    level: Level,
    style: &TextStyle,
    cache: &mut ShapeCache,
) -> Result<Piece, PdfError> {
    let slice = &text[range.clone()];
    if slice.chars().all(char::is_whitespace) {
        // Spaces are measured in Noto Sans whatever the script: every face's space is a
        // space, and Latin metrics keep word gaps even across scripts.
        let spaces = " ".repeat(slice.chars().count());
        let shaped = cache.shape(&spaces, FontKey::new(Script::Latin, style.bold), false)?;
        return Ok(Piece {
            width: shaped.width(style.size),
            range,
            font,
            level,
            space: true,
            shaped,
        });
    }
    let shaped = cache.shape(slice, font, level.is_rtl())?;
    Ok(Piece {
        width: shaped.width(style.size),
        range,
        font,
        level,
        space: false,
        shaped,
    })
}

/// Marks that must stay with the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

/// Cuts a word wider than the line into chunks that fit, between characters (never
/// before a combining mark), measuring each character by the advances it was shaped
/// with.
fn cut_word(
    text: &str,
    word: Vec<Piece>,
    width: f32,
    style: &TextStyle,
    cache: &mut ShapeCache,
) -> Result<Vec<Vec<Piece>>, PdfError> {
    // Units: (byte range, face, level, width), in reading order.
    let mut units: Vec<(Range<usize>, FontKey, Level, f32)> = Vec::new();
    for piece in &word {
        let shaped = &piece.shaped;
        let scale = style.size / f32::from(shaped.units_per_em);
        let mut starts: Vec<usize> = Vec::new();
        let slice = &text[piece.range.clone()];
        for (at, c) in slice.char_indices() {
            if at == 0 || !is_mark(c) {
                starts.push(at);
            }
        }
        let mut widths = vec![0.0f32; starts.len()];
        for (glyph, cluster) in shaped.glyphs.iter().zip(&shaped.clusters) {
            let unit = starts
                .iter()
                .rposition(|s| *s <= *cluster as usize)
                .unwrap_or(0);
            widths[unit] += glyph.advance as f32 * scale;
        }
        for (n, start) in starts.iter().enumerate() {
            let end = starts.get(n + 1).copied().unwrap_or(slice.len());
            units.push((
                piece.range.start + start..piece.range.start + end,
                piece.font,
                piece.level,
                widths[n],
            ));
        }
    }

    let mut chunks: Vec<Vec<(Range<usize>, FontKey, Level)>> = Vec::new();
    let mut chunk: Vec<(Range<usize>, FontKey, Level)> = Vec::new();
    let mut chunk_width = 0.0;
    for (range, font, level, unit_width) in units {
        if !chunk.is_empty() && chunk_width + unit_width > width {
            chunks.push(std::mem::take(&mut chunk));
            chunk_width = 0.0;
        }
        chunk_width += unit_width;
        match chunk.last_mut() {
            Some((last, f, l)) if *f == font && *l == level && last.end == range.start => {
                last.end = range.end;
            }
            _ => chunk.push((range, font, level)),
        }
    }
    if !chunk.is_empty() {
        chunks.push(chunk);
    }
    chunks
        .into_iter()
        .map(|chunk| {
            chunk
                .into_iter()
                .map(|(range, font, level)| piece(text, range, font, level, style, cache))
                .collect()
        })
        .collect()
}

/// The lines of a paragraph as boxes `width` wide, aligned, with the label in the margin
/// of the first line.
pub fn paragraph_lines(
    paragraph: &Paragraph,
    width: f32,
    cache: &mut ShapeCache,
) -> Result<Vec<Frag>, PdfError> {
    let style = &paragraph.style;
    let text_width = (width - paragraph.indent - paragraph.label_width).max(style.size);
    let wrapped = wrap(&paragraph.text, style, text_width, cache)?;
    let line_height = style.line_height();
    let baseline = (line_height - style.size) / 2.0 + style.size * 0.8;
    let label = match &paragraph.label {
        Some(label) => Some(wrap(label, style, paragraph.label_width.max(1.0), cache)?),
        None => None,
    };
    let mut frags = Vec::with_capacity(wrapped.lines.len());
    for (n, line) in wrapped.lines.into_iter().enumerate() {
        let slack = text_width - line.width;
        let shift = match (style.align, wrapped.rtl) {
            (Align::Start, false) | (Align::End, true) => 0.0,
            (Align::Start, true) | (Align::End, false) => slack,
            (Align::Center, _) => slack / 2.0,
        };
        // Numbers stay in the document's left margin even beside an Arabic name, so the
        // numbering reads down one edge; the Arabic text itself is right-aligned.
        let text_x = paragraph.indent + paragraph.label_width;
        let mut frag = Frag::new(line_height);
        for (x, run) in line.runs {
            frag.draws.push(Draw::Text {
                x: text_x + shift + x,
                baseline,
                size: style.size,
                run,
            });
        }
        if n == 0 {
            if let Some(label) = &label {
                let label_x = paragraph.indent;
                for (x, run) in label.lines.iter().take(1).flat_map(|l| l.runs.iter()) {
                    frag.draws.push(Draw::Text {
                        x: label_x + x,
                        baseline,
                        size: style.size,
                        run: Rc::clone(run),
                    });
                }
            }
        }
        frags.push(frag);
    }
    Ok(frags)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs of a line that are not spaces.
    fn words(line: &Line) -> Vec<&Rc<Shaped>> {
        line.runs
            .iter()
            .map(|(_, run)| run)
            .filter(|run| run.glyphs.iter().any(|g| !g.text.trim().is_empty()))
            .collect()
    }

    fn lines(text: &str, width: f32) -> Wrapped {
        wrap(
            text,
            &TextStyle::body(10.0),
            width,
            &mut ShapeCache::default(),
        )
        .expect("wraps")
    }

    #[test]
    fn no_line_exceeds_the_width_and_every_word_is_kept() {
        let text = "The parties shall coordinate referral of presumed victims of trafficking \
                    through focal points designated by each organisation within five days.";
        for width in [60.0, 120.0, 200.0, 400.0] {
            let wrapped = lines(text, width);
            assert!(
                wrapped.lines.iter().all(|l| l.width <= width + 0.01),
                "{width}"
            );
            let runs: usize = wrapped.lines.iter().map(|l| words(l).len()).sum();
            assert_eq!(runs, text.split_whitespace().count(), "{width}");
        }
        assert!(lines(text, 120.0).lines.len() > lines(text, 400.0).lines.len());
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut_and_no_piece_overflows() {
        let sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let wrapped = lines(sha, 80.0);
        assert!(wrapped.lines.len() >= 3, "{}", wrapped.lines.len());
        assert!(wrapped.lines.iter().all(|l| l.width <= 80.01));
        let glyphs: usize = wrapped
            .lines
            .iter()
            .flat_map(words)
            .map(|run| run.glyphs.len())
            .sum();
        assert_eq!(glyphs, sha.len(), "every character is still printed");
    }

    #[test]
    fn thai_without_spaces_is_cut_without_separating_marks() {
        let wrapped = lines("มูลนิธิเพื่อสิทธิแรงงานมูลนิธิเพื่อสิทธิแรงงาน", 60.0);
        assert!(wrapped.lines.len() >= 2);
        assert!(wrapped.lines.iter().all(|l| l.width <= 60.01));
    }

    #[test]
    fn an_arabic_paragraph_is_right_to_left_with_its_first_word_rightmost() {
        let wrapped = lines("جمعية حماية العمال المهاجرين", 400.0);
        assert!(wrapped.rtl);
        let line = words(&wrapped.lines[0]);
        assert_eq!(line.len(), 4);
        // Visual order: the last word is drawn first (leftmost).
        let leftmost = line[0];
        let rightmost = line[3];
        let first_word = crate::shaping::shape("جمعية", leftmost.font, true).expect("shapes");
        assert_eq!(rightmost.glyphs, first_word.glyphs);
    }
}
