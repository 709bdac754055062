//! The bundled faces and the choice of face for each run of text.
//!
//! Fonts are compiled into the binary so a printed agreement looks the same on every
//! machine and never silently falls back to whatever the system has installed.

use std::ops::Range;
use std::sync::OnceLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::PdfError;

/// A writing system Pacta prints with its own face. Vietnamese and every accented Latin
/// name are Latin here: Noto Sans carries their precomposed letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Script {
    Latin,
    Thai,
    Arabic,
    Myanmar,
    Khmer,
    Lao,
    Tamil,
}

impl Script {
    /// In the order of their faces in [`FontKey::ALL`].
    pub const ALL: [Script; 7] = [
        Script::Latin,
        Script::Thai,
        Script::Arabic,
        Script::Myanmar,
        Script::Khmer,
        Script::Lao,
        Script::Tamil,
    ];
}

/// One bundled face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FontKey {
    pub script: Script,
    pub bold: bool,
}

impl FontKey {
    pub const ALL: [FontKey; 14] = {
        let mut all = [FontKey::new(Script::Latin, false); 14];
        let mut n = 0;
        while n < 14 {
            all[n] = FontKey::new(Script::ALL[n / 2], n % 2 == 1);
            n += 1;
        }
        all
    };

    pub const fn new(script: Script, bold: bool) -> FontKey {
        FontKey { script, bold }
    }

    pub fn index(self) -> usize {
        let script = match self.script {
            Script::Latin => 0,
            Script::Thai => 1,
            Script::Arabic => 2,
            Script::Myanmar => 3,
            Script::Khmer => 4,
            Script::Lao => 5,
            Script::Tamil => 6,
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
            (Script::Khmer, false) => include_bytes!("../fonts/NotoSansKhmer-Regular.ttf"),
            (Script::Khmer, true) => include_bytes!("../fonts/NotoSansKhmer-Bold.ttf"),
            (Script::Lao, false) => include_bytes!("../fonts/NotoSansLao-Regular.ttf"),
            (Script::Lao, true) => include_bytes!("../fonts/NotoSansLao-Bold.ttf"),
            (Script::Tamil, false) => include_bytes!("../fonts/NotoSansTamil-Regular.ttf"),
            (Script::Tamil, true) => include_bytes!("../fonts/NotoSansTamil-Bold.ttf"),
        }
    }

    /// The PDF resource name. Fixed rather than random so the same agreement always
    /// produces the same bytes; its first six letters also become the subset tag.
    pub fn resource_id(self) -> &'static str {
        [
            "PACTAA", "PACTAB", "PACTAC", "PACTAD", "PACTAE", "PACTAF", "PACTAG", "PACTAH",
            "PACTAI", "PACTAJ", "PACTAK", "PACTAL", "PACTAM", "PACTAN",
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
        0x0E80..=0x0EFF => Some(Script::Lao),
        0x1780..=0x17FF | 0x19E0..=0x19FF => Some(Script::Khmer),
        0x0B80..=0x0BFF => Some(Script::Tamil),
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

/// Characters that need no glyph of their own: the shaper hides the default-ignorable
/// ones (joiners, variation selectors), spaces are drawn from Noto Sans whatever the
/// run, and control characters are not text a reader lost.
fn needs_no_glyph(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0x00AD | 0x034F | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF | 0xE0100..=0xE01EF)
}

fn covers(key: FontKey, text: &str) -> bool {
    text.chars().all(|c| needs_no_glyph(c) || has_glyph(key, c))
}

/// Whether any bundled face draws `c`.
pub fn bundled(c: char) -> bool {
    needs_no_glyph(c)
        || Script::ALL
            .iter()
            .any(|s| has_glyph(FontKey::new(*s, false), c))
}

/// The Debian package whose fonts draw `c`: where to send someone whose document
/// printed a character Pacta has no face for.
pub fn font_package(c: char) -> &'static str {
    match c as u32 {
        // Han, kana, Hangul, bopomofo and their punctuation and compatibility forms.
        0x1100..=0x11FF
        | 0x2E80..=0x2FDF
        | 0x3000..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA960..=0xA97F
        | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF
        | 0x1AFF0..=0x1B16F
        | 0x20000..=0x3FFFF => "fonts-noto-cjk",
        _ => "fonts-noto-core",
    }
}

/// Splits text into runs that each use one face: each script's letters get their own
/// face, shared characters stay with their neighbours when that face has them (so an
/// Arabic phrase with a comma is shaped as one run), and anything a face lacks falls back
/// to another bundled face that has it.
pub fn font_runs(text: &str, bold: bool) -> Vec<(Range<usize>, FontKey)> {
    font_runs_noting(text, bold, &mut |_| {})
}

/// [`font_runs`], calling `missing` with each character no bundled face draws (it is
/// then drawn as the .notdef box of the face its neighbours use).
///
/// Faces are chosen per grapheme cluster, not per character, so a combining mark is
/// shaped with its base and never split into a face that cannot place it.
pub fn font_runs_noting(
    text: &str,
    bold: bool,
    missing: &mut dyn FnMut(char),
) -> Vec<(Range<usize>, FontKey)> {
    let first_strong = text.chars().find_map(script_of).unwrap_or(Script::Latin);
    let mut runs: Vec<(Range<usize>, FontKey)> = Vec::new();
    let push =
        |runs: &mut Vec<(Range<usize>, FontKey)>, range: Range<usize>, key| match runs.last_mut() {
            Some((last, k)) if *k == key && last.end == range.start => last.end = range.end,
            _ => runs.push((range, key)),
        };
    let mut current = first_strong;
    for (at, cluster) in text.grapheme_indices(true) {
        let strong = cluster.chars().find_map(script_of);
        let wanted = FontKey::new(strong.unwrap_or(current), bold);
        let key = if covers(wanted, cluster) {
            Some(wanted)
        } else {
            // Noto Sans first: it holds the most shared characters.
            Script::ALL
                .iter()
                .map(|s| FontKey::new(*s, bold))
                .find(|key| covers(*key, cluster))
        };
        match key {
            Some(key) => {
                if strong.is_some() {
                    current = key.script;
                }
                push(&mut runs, at..at + cluster.len(), key);
            }
            None => {
                // No one face draws the whole cluster: each character gets the face
                // that has it, and a character none has is reported, never silently
                // boxed.
                for (offset, c) in cluster.char_indices() {
                    let key = std::iter::once(wanted)
                        .chain(Script::ALL.iter().map(|s| FontKey::new(*s, bold)))
                        .find(|key| needs_no_glyph(c) || has_glyph(*key, c));
                    if key.is_none() {
                        missing(c);
                    }
                    let start = at + offset;
                    push(
                        &mut runs,
                        start..start + c.len_utf8(),
                        key.unwrap_or(wanted),
                    );
                }
            }
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

    #[test]
    fn khmer_lao_and_tamil_have_their_own_faces_beside_latin() {
        let text = "Sun Chanthol (ស៊ុន ចាន់ថុល), ສົມພອນ, செல்வி";
        let scripts: Vec<(&str, Script)> = font_runs(text, false)
            .into_iter()
            .map(|(range, key)| (&text[range], key.script))
            .collect();
        assert_eq!(scripts[0], ("Sun Chanthol (", Script::Latin));
        for (word, script) in [
            ("ស៊ុន", Script::Khmer),
            ("ສົມພອນ", Script::Lao),
            ("செல்வி", Script::Tamil),
        ] {
            assert!(
                scripts
                    .iter()
                    .any(|(t, s)| t.contains(word) && *s == script),
                "{word} in {scripts:?}"
            );
        }
    }

    #[test]
    fn a_mark_stays_in_the_face_of_its_base() {
        // ệ: e, dot below, circumflex, with no precomposed form for the whole cluster.
        let runs = font_runs("Ngue\u{323}\u{302}n", false);
        assert_eq!(runs.len(), 1, "{runs:?}");
        let runs = font_runs("สวัสดิ์", true);
        assert_eq!(runs, vec![(0..21, FontKey::new(Script::Thai, true))]);
    }

    #[test]
    fn a_character_no_face_has_is_reported_once_per_occurrence() {
        let mut missing = Vec::new();
        let text = "Wang 王 Wei 王";
        let runs = font_runs_noting(text, false, &mut |c| missing.push(c));
        assert_eq!(missing, ['王', '王']);
        assert_eq!(runs.last().map(|(r, _)| r.end), Some(text.len()));
        assert_eq!(font_package('王'), "fonts-noto-cjk");
        assert_eq!(font_package('ह'), "fonts-noto-core");
        assert!(!bundled('王') && bundled('ស'));
    }
}
