//! Shaping with rustybuzz: text to positioned glyph ids.
//!
//! printpdf places glyphs but does not shape, so Arabic joining, Thai mark placement and
//! kerning happen here and printpdf only receives glyph ids and advances.

use std::collections::HashMap;
use std::rc::Rc;

use rustybuzz::{BufferClusterLevel, Direction, UnicodeBuffer};

use crate::fonts::{face, font_package, FontKey};
use crate::PdfError;

/// A character the document contains that no bundled face draws: it printed as an
/// empty box, so the caller can tell the user which record and what to install.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MissingGlyph {
    pub character: char,
    /// The line of text it was in (a name, a title, a line of a paragraph), for finding
    /// the record it came from.
    pub context: String,
    /// The Debian package whose fonts draw it: `fonts-noto-cjk` for Han, kana and
    /// Hangul, `fonts-noto-core` otherwise.
    pub package: &'static str,
}

/// One glyph, in font units.
#[derive(Debug, Clone, PartialEq)]
pub struct ShapedGlyph {
    pub gid: u16,
    pub advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
    /// What the glyph stands for when text is copied or extracted ("ffi" for a ligature,
    /// the letter for an Arabic contextual form); empty for the second and later glyphs
    /// of one character. printpdf's own reverse lookup cannot be relied on for this.
    pub text: String,
}

/// A run of text in one face and one direction, its glyphs in visual order.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub font: FontKey,
    /// The text shaped, in logical order: what a reader gets back when copying the run,
    /// whatever order its glyphs are drawn in.
    pub text: String,
    /// Shaped right to left: `glyphs` run from the end of `text` to its start.
    pub rtl: bool,
    pub glyphs: Vec<ShapedGlyph>,
    /// Sum of the advances, in font units.
    pub advance: i32,
    pub units_per_em: u16,
    /// Byte offset into the shaped text where each glyph's character starts, parallel to
    /// `glyphs`: what lets an over-long word be cut between characters.
    pub clusters: Vec<u32>,
}

impl Shaped {
    /// Width in points at `size`.
    pub fn width(&self, size: f32) -> f32 {
        self.advance as f32 * size / f32::from(self.units_per_em)
    }
}

/// Shapes `text` in one face; `rtl` for right-to-left runs, whose glyphs come back in
/// visual (left-to-right) order.
pub fn shape(text: &str, font: FontKey, rtl: bool) -> Result<Shaped, PdfError> {
    let face = face(font)?;
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(if rtl {
        Direction::RightToLeft
    } else {
        Direction::LeftToRight
    });
    // Character-level clusters keep each mark its own cluster, so every glyph can be
    // mapped back to the characters it draws.
    buffer.set_cluster_level(BufferClusterLevel::Characters);
    buffer.guess_segment_properties();
    let output = rustybuzz::shape(face, &[], buffer);
    let infos = output.glyph_infos();
    let positions = output.glyph_positions();

    let mut starts: Vec<u32> = infos.iter().map(|info| info.cluster).collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_end = |start: u32| -> usize {
        starts
            .iter()
            .find(|s| **s > start)
            .map_or(text.len(), |s| *s as usize)
    };

    let mut seen: Vec<u32> = Vec::with_capacity(infos.len());
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut advance = 0;
    for (info, position) in infos.iter().zip(positions) {
        let gid = u16::try_from(info.glyph_id).unwrap_or(0);
        let start = info.cluster;
        let chars = text
            .get(start as usize..cluster_end(start))
            .unwrap_or_default();
        let text = if seen.contains(&start) {
            String::new()
        } else {
            seen.push(start);
            chars.to_string()
        };
        advance += position.x_advance;
        glyphs.push(ShapedGlyph {
            gid,
            advance: position.x_advance,
            x_offset: position.x_offset,
            y_offset: position.y_offset,
            text,
        });
    }
    Ok(Shaped {
        font,
        text: text.to_string(),
        rtl,
        glyphs,
        advance,
        units_per_em: face.units_per_em() as u16,
        clusters: infos.iter().map(|info| info.cluster).collect(),
    })
}

/// Shaped runs by face, direction and text. Agreements repeat the same words thousands
/// of times, so shaping each distinct word once is most of the speed of a render.
#[derive(Debug, Default)]
pub struct ShapeCache {
    runs: HashMap<(FontKey, bool), HashMap<String, Rc<Shaped>>>,
    /// Characters met while laying out that no bundled face draws. Kept here because
    /// the cache already travels through every layout step.
    missing: Vec<MissingGlyph>,
}

impl ShapeCache {
    /// Notes that `character`, in the line of text `context`, has no glyph in any
    /// bundled face. Layout measures some text more than once: each pair is kept once.
    pub fn note_missing(&mut self, character: char, context: &str) {
        if self
            .missing
            .iter()
            .any(|m| m.character == character && m.context == context)
        {
            return;
        }
        self.missing.push(MissingGlyph {
            character,
            context: context.to_string(),
            package: font_package(character),
        });
    }

    /// What [`ShapeCache::note_missing`] collected, in the order first met.
    pub fn missing(&self) -> &[MissingGlyph] {
        &self.missing
    }

    pub fn take_missing(&mut self) -> Vec<MissingGlyph> {
        std::mem::take(&mut self.missing)
    }

    pub fn shape(&mut self, text: &str, font: FontKey, rtl: bool) -> Result<Rc<Shaped>, PdfError> {
        let runs = self.runs.entry((font, rtl)).or_default();
        if let Some(found) = runs.get(text) {
            return Ok(Rc::clone(found));
        }
        let shaped = Rc::new(shape(text, font, rtl)?);
        runs.insert(text.to_string(), Rc::clone(&shaped));
        Ok(shaped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Script;

    #[test]
    fn latin_glyphs_carry_their_letters_and_ligatures_their_letters_together() {
        let shaped = shape("Đức", FontKey::new(Script::Latin, false), false).expect("shapes");
        let texts: Vec<&str> = shaped.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(texts, ["Đ", "ứ", "c"]);
        let office = shape("office", FontKey::new(Script::Latin, false), false).expect("shapes");
        let texts: String = office.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(texts, "office");
        assert!(shaped.advance > 0);
    }

    #[test]
    fn arabic_is_joined_and_each_form_keeps_its_letter() {
        let font = FontKey::new(Script::Arabic, false);
        let joined = shape("جمعية", font, true).expect("shapes");
        let isolated: Vec<u16> = "جمعية"
            .chars()
            .map(|c| face(font).expect("face").glyph_index(c).expect("glyph").0)
            .collect();
        // Joining picks contextual forms, so the glyphs differ from the isolated letters.
        let drawn: Vec<u16> = joined.glyphs.iter().rev().map(|g| g.gid).collect();
        assert_ne!(drawn, isolated);
        // Read back in logical order, the glyphs' texts spell the word again.
        let word = "جمعية";
        let mut parts: Vec<(u32, String)> = joined
            .glyphs
            .iter()
            .zip(&joined.clusters)
            .map(|(g, at)| (*at, g.text.clone()))
            .collect();
        parts.sort();
        let text: String = parts.into_iter().map(|(_, t)| t).collect();
        assert_eq!(text, word);
    }
}
