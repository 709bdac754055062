//! The bundled faces and the choice of face for each run of text.
//!
//! Fonts are compiled into the binary so a printed agreement looks the same on every
//! machine and never silently falls back to whatever the system has installed.

use std::ops::Range;
use std::sync::OnceLock;

use crate::PdfError;

/// A writing system Pacta prints with its own face. Vietnamese and every accented Latin
/// name are Latin here: Noto Sans carries their precomposed letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latin,
    Thai,
    Arabic,
    Myanmar,
}

/// One bundled face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontKey {
    pub script: Script,
    pub bold: bool,
}

impl FontKey {
    pub const ALL: [FontKey; 8] = [
        FontKey::new(Script::Latin, false),
        FontKey::new(Script::Latin, true),
        FontKey::new(Script::Thai, false),
        FontKey::new(Script::Thai, true),
        FontKey::new(Script::Arabic, false),
        FontKey::new(Script::Arabic, true),
        FontKey::new(Script::Myanmar, false),
        FontKey::new(Script::Myanmar, true),
    ];

    pub const fn new(script: Script, bold: bool) -> FontKey {
        FontKey { script, bold }
    }

    pub fn index(self) -> usize {
        let script = match self.script {
            Script::Latin => 0,
            Script::Thai => 1,
            Script::Arabic => 2,
            Script::Myanmar => 3,
        };
        script * 2 + usize::from(self.bold)
    }

    pub fn bytes(self) -> &'static [u8] {
        match (self.script, self.bold) {
            (Script::Latin, false) => include_bytes!("../fonts/NotoSans-Regular.ttf"),
            (Script::Latin, true) => include_bytes!("../fonts/NotoSans-Bold.ttf"),
            (Script::Thai, false) => include_bytes!("../fonts/NotoSansThai-Regular.ttf"),
            (Script::Thai, true) => include_bytes!("../fonts/NotoSansThai-Bold.ttf"),
            (Script::Arabic, false) => include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
            (Script::Arabic, true) => include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
            (Script::Myanmar, false) => include_bytes!("../fonts/NotoSansMyanmar-Regular.ttf"),
            (Script::Myanmar, true) => include_bytes!("../fonts/NotoSansMyanmar-Bold.ttf"),
        }
    }

    /// The PDF resource name. Fixed rather than random so the same agreement always
    /// produces the same bytes; its first six letters also become the subset tag.
    pub fn resource_id(self) -> &'static str {
        [
            "PACTAA", "PACTAB", "PACTAC", "PACTAD", "PACTAE", "PACTAF", "PACTAG", "PACTAH",
        ][self.index()]
    }
}

/// The shaping faces, parsed once per process: parsing is the costliest step of a
/// small render and the bytes never change.
pub fn face(key: FontKey) -> Result<&'static rustybuzz::Face<'static>, PdfError> {
    static FACES: OnceLock<Result<Vec<rustybuzz::Face<'static>>, String>> = OnceLock::new();
    let faces = FACES.get_or_init(|| {
        FontKey::ALL
            .iter()
            .map(|key| {
                rustybuzz::Face::from_slice(key.bytes(), 0)
                    .ok_or_else(|| format!("bundled font {key:?} does not parse"))
            })
            .collect()
    });
    match faces {
        Ok(faces) => Ok(&faces[key.index()]),
        Err(message) => Err(PdfError::Font(message.clone())),
    }
}

/// The faces as printpdf embeds them, parsed once per process for the same reason.
pub fn pdf_font(key: FontKey) -> Result<&'static printpdf::ParsedFont, PdfError> {
    static FONTS: OnceLock<Result<Vec<printpdf::ParsedFont>, String>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        FontKey::ALL
            .iter()
            .map(|key| {
                let mut warnings = Vec::new();
                printpdf::ParsedFont::from_bytes(key.bytes(), 0, &mut warnings)
                    .ok_or_else(|| format!("bundled font {key:?} does not parse for embedding"))
            })
            .collect()
    });
    match fonts {
        Ok(fonts) => Ok(&fonts[key.index()]),
        Err(message) => Err(PdfError::Font(message.clone())),
    }
}

/// The script a character asks for, or `None` for characters every face shares
/// (spaces, digits, punctuation), which follow the text around them.
pub fn script_of(c: char) -> Option<Script> {
    match c as u32 {
        0x0E00..=0x0E7F => Some(Script::Thai),
        // Burmese, with its extensions (Shan, Mon, Karen letters).
        0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => Some(Script::Myanmar),
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Some(Script::Arabic)
        }
        _ if c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit() => None,
        0x2000..=0x206F | 0x00A0..=0x00BF | 0x00D7 | 0x00F7 => None,
        _ => Some(Script::Latin),
    }
}

fn has_glyph(key: FontKey, c: char) -> bool {
    face(key).is_ok_and(|face| face.glyph_index(c).is_some())
}

/// Splits text into runs that each use one face: Thai, Arabic and Burmese letters get their own
/// faces, shared characters stay with their neighbours when that face has them (so an
/// Arabic phrase with a comma is shaped as one run), and anything a face lacks falls back
/// to Noto Sans.
pub fn font_runs(text: &str, bold: bool) -> Vec<(Range<usize>, FontKey)> {
    let first_strong = text.chars().find_map(script_of).unwrap_or(Script::Latin);
    let mut runs: Vec<(Range<usize>, FontKey)> = Vec::new();
    let mut current = first_strong;
    for (at, c) in text.char_indices() {
        let wanted = script_of(c).unwrap_or(current);
        let mut key = FontKey::new(wanted, bold);
        if key.script != Script::Latin && !has_glyph(key, c) {
            key = FontKey::new(Script::Latin, bold);
        }
        if script_of(c).is_some() {
            current = key.script;
        }
        let end = at + c.len_utf8();
        match runs.last_mut() {
            Some((range, last)) if *last == key => range.end = end,
            _ => runs.push((at..end, key)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_bundled_face_parses_for_shaping_and_embedding() {
        for key in FontKey::ALL {
            assert!(face(key).is_ok(), "{key:?}");
            assert!(pdf_font(key).is_ok(), "{key:?}");
        }
    }

    #[test]
    fn runs_follow_the_script_and_keep_punctuation_with_its_neighbours() {
        let text = "Ban: جمعية حماية, มูลนิธิ 2026";
        let runs = font_runs(text, false);
        let scripts: Vec<(&str, Script)> = runs
            .iter()
            .map(|(range, key)| (&text[range.clone()], key.script))
            .collect();
        assert_eq!(
            scripts,
            vec![
                ("Ban: ", Script::Latin),
                ("جمعية حماية, ", Script::Arabic),
                ("มูลนิธิ ", Script::Thai),
                // Noto Sans Thai has no Latin digits: they fall back to Noto Sans.
                ("2026", Script::Latin),
            ]
        );
    }

    #[test]
    fn burmese_has_its_own_face() {
        let text = "Kyaw Zin Oo (ကျော်ဇင်ဦး)";
        let runs = font_runs(text, false);
        let burmese = runs
            .iter()
            .find(|(range, _)| text[range.clone()].contains('က'))
            .expect("a Burmese run");
        assert_eq!(burmese.1.script, Script::Myanmar);
        assert!("ကျော်ဇင်ဦး"
            .chars()
            .all(|c| has_glyph(FontKey::new(Script::Myanmar, true), c)));
    }

    #[test]
    fn vietnamese_stays_in_noto_sans() {
        let runs = font_runs("Nguyễn Văn Đức", true);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].1, FontKey::new(Script::Latin, true));
    }
}
