//! Writes laid-out pages as a PDF: embedded, subset fonts; text as glyph ids with
//! ToUnicode text and, for each shaped run, its source text as /ActualText, so it can
//! be searched, copied and read aloud exactly as written.
//!
//! printpdf builds the document — catalog, information, page tree, and each font subset
//! with its widths and ToUnicode map. The page contents are written here, straight to
//! bytes: printpdf turns every glyph into a lopdf object before serialising it, which
//! for a thirty-page agreement cost more than the whole layout. The streams are then
//! compressed here too, at a fast setting (printpdf uses the slowest).

use std::io::Write as _;
use std::sync::OnceLock;

use printpdf::{
    Codepoint, FontId, Mm, Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity,
    PdfSaveOptions, Pt, TextItem, TextMatrix,
};

use unicode_normalization::UnicodeNormalization;

use crate::fonts::{face, pdf_font, FontKey};
use crate::layout::{Document, Draw};
use crate::PdfError;

/// Writes `pages` (from [`crate::layout::lay_out`]) as PDF bytes.
pub fn write_pdf(document: &Document, pages: Vec<Vec<Draw>>) -> Result<Vec<u8>, PdfError> {
    let setup = &document.setup;
    let (width_mm, height_mm) = setup.size_mm();
    let height = setup.height();

    let used = used_glyphs(&pages)?;

    let meta = &document.metadata;
    let mut pdf = PdfDocument::new(&meta.title);
    let info = &mut pdf.metadata.info;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = "Pacta".into();
    info.producer = "Pacta (printpdf)".into();
    if let Some((year, month, day)) = meta.created {
        let date = printpdf::OffsetDateTime::new_in_offset(
            printpdf::Date { year, month, day },
            printpdf::Time {
                hour: 0,
                minute: 0,
                second: 0,
                millisecond: 0,
            },
            printpdf::Offset {
                hours: 0,
                minutes: 0,
                seconds: 0,
                milliseconds: 0,
            },
        );
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }
    for key in FontKey::ALL {
        if used[key.index()].is_some() {
            pdf.resources.fonts.map.insert(
                FontId(key.resource_id().into()),
                PdfFont::new(pdf_font(key)?.clone()),
            );
        }
    }

    // printpdf learns which glyphs to keep in each subset, and the text each stands
    // for, from the text its pages show: the first page shows every used glyph once.
    // That placeholder content is replaced below by the real page contents.
    let mut pdf_pages: Vec<PdfPage> = (0..pages.len().max(1))
        .map(|_| PdfPage::new(Mm(width_mm), Mm(height_mm), Vec::new()))
        .collect();
    pdf_pages[0].ops = glyph_inventory(&used);
    let pdf = pdf.with_pages(pdf_pages);
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut doc = pdf.to_lopdf_document(&options, &mut warnings);
    if let Some(error) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(error.msg.clone()));
    }

    let tables = FontTables::new(&used)?;
    let page_ids = doc.get_pages();
    if page_ids.len() != pdf.pages.len() {
        return Err(PdfError::Write("page tree does not match the pages".into()));
    }
    let mut content = Vec::new();
    for ((_, page_id), draws) in page_ids.into_iter().zip(&pages) {
        content.clear();
        page_content(draws, height, &tables, &used, &mut content)?;
        let contents = doc
            .get_dictionary(page_id)
            .and_then(|page| page.get(b"Contents"))
            .and_then(lopdf::Object::as_reference)
            .map_err(|e| PdfError::Write(format!("page contents: {e}")))?;
        let stream = doc
            .get_object_mut(contents)
            .and_then(lopdf::Object::as_stream_mut)
            .map_err(|e| PdfError::Write(format!("page contents: {e}")))?;
        stream.set_content(deflate(&content));
        stream.dict.set("Filter", "FlateDecode");
        stream.allows_compression = false;
    }
    compress_streams(&mut doc)?;

    let mut bytes = Vec::with_capacity(256 * 1024);
    doc.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    fix_document_id(&mut bytes);
    Ok(bytes)
}

/// For each face (by [`FontKey::index`]) that the pages use, the text of each glyph id
/// drawn, indexed by glyph id. Where one glyph stands for different text in different
/// places, the last wins, as it did when printpdf collected them.
type UsedGlyphs<'a> = [Option<Vec<Option<&'a str>>>; FACES];

const FACES: usize = FontKey::ALL.len();

fn used_glyphs(pages: &[Vec<Draw>]) -> Result<UsedGlyphs<'_>, PdfError> {
    let mut used: UsedGlyphs = std::array::from_fn(|_| None);
    for draw in pages.iter().flatten() {
        let Draw::Text { run, .. } = draw else {
            continue;
        };
        let slot = &mut used[run.font.index()];
        let texts = match slot {
            Some(texts) => texts,
            None => slot.insert(vec![None; usize::from(face(run.font)?.number_of_glyphs())]),
        };
        for glyph in &run.glyphs {
            let gid = usize::from(glyph.gid);
            if gid >= texts.len() {
                texts.resize(gid + 1, None);
            }
            texts[gid] = Some(glyph.text.as_str());
        }
    }
    Ok(used)
}

/// Text that shows every used glyph of every used face once, for printpdf to subset by.
fn glyph_inventory(used: &UsedGlyphs) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for key in FontKey::ALL {
        let Some(texts) = &used[key.index()] else {
            continue;
        };
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(FontId(key.resource_id().into())),
            size: Pt(10.0),
        });
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(0.0), Pt(0.0)),
        });
        let glyphs = texts
            .iter()
            .enumerate()
            .filter_map(|(gid, text)| {
                text.map(|text| Codepoint {
                    gid: gid as u16,
                    offset: 0.0,
                    cid: Some(text.to_string()),
                })
            })
            .collect();
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(glyphs)],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// Per face: the code each glyph id is drawn with, and the width the viewer advances
/// by after it.
struct FontTables {
    faces: [Option<FaceTable>; FACES],
}

struct FaceTable {
    /// Identity-H code by original glyph id. printpdf's subset renumbers glyphs to their
    /// position in `[0, used glyph ids ascending…]`, and its /W and /ToUnicode are keyed
    /// by those numbers.
    codes: Vec<u16>,
    /// The glyph's width as written in /W, in thousandths of an em.
    widths: &'static [i32],
    units_per_em: f32,
}

impl FontTables {
    fn new(used: &UsedGlyphs) -> Result<FontTables, PdfError> {
        let mut faces: [Option<FaceTable>; FACES] = std::array::from_fn(|_| None);
        for key in FontKey::ALL {
            let Some(texts) = &used[key.index()] else {
                continue;
            };
            let mut codes = vec![0u16; texts.len()];
            let mut next = 1u16;
            for (gid, text) in texts.iter().enumerate().skip(1) {
                if text.is_some() {
                    codes[gid] = next;
                    next += 1;
                }
            }
            faces[key.index()] = Some(FaceTable {
                codes,
                widths: widths(key)?,
                units_per_em: f32::from(face(key)?.units_per_em() as u16),
            });
        }
        Ok(FontTables { faces })
    }
}

/// Every glyph's advance in thousandths of an em, truncated as printpdf writes /W;
/// computed once per process.
fn widths(key: FontKey) -> Result<&'static [i32], PdfError> {
    static WIDTHS: OnceLock<Vec<Vec<i32>>> = OnceLock::new();
    if let Some(all) = WIDTHS.get() {
        return Ok(&all[key.index()]);
    }
    let mut all = Vec::with_capacity(FontKey::ALL.len());
    for key in FontKey::ALL {
        let face = face(key)?;
        let scale = 1000.0 / f32::from(face.units_per_em() as u16);
        all.push(
            (0..face.number_of_glyphs())
                .map(|gid| {
                    face.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid))
                        .map_or(0, |w| (f32::from(w) * scale) as i32)
                })
                .collect(),
        );
    }
    Ok(&WIDTHS.get_or_init(|| all)[key.index()])
}

/// The content stream of one page: rules first, then all text in one text object, each
/// line of text (same baseline, face and size) as one `TJ` whose numbers place every
/// glyph at its shaped position.
fn page_content(
    draws: &[Draw],
    height: f32,
    tables: &FontTables,
    used: &UsedGlyphs,
    out: &mut Vec<u8>,
) -> Result<(), PdfError> {
    out.extend_from_slice(b"0 G\n");
    let mut thickness = None;
    for draw in draws {
        if let Draw::Line {
            from,
            to,
            thickness: t,
        } = draw
        {
            if thickness != Some(*t) {
                real(out, *t);
                out.extend_from_slice(b" w\n");
                thickness = Some(*t);
            }
            let ops: [(&(f32, f32), &[u8]); 2] = [(from, b" m "), (to, b" l S\n")];
            for (point, op) in ops {
                real(out, point.0);
                out.push(b' ');
                real(out, height - point.1);
                out.extend_from_slice(op);
            }
        }
    }
    out.extend_from_slice(b"BT\n0 g\n");
    let mut text = TextWriter {
        out,
        font: None,
        line: None,
    };
    for draw in draws {
        let Draw::Text {
            x,
            baseline,
            size,
            run,
        } = draw
        else {
            continue;
        };
        let table = tables.faces[run.font.index()]
            .as_ref()
            .ok_or_else(|| PdfError::Write(format!("face {:?} not embedded", run.font)))?;
        text.set_font(run.font, *size);
        let span = needs_actual_text(run, used);
        if span {
            text.begin_span(&run.text);
        }
        let scale = size / table.units_per_em;
        let y = height - baseline;
        let mut pen = *x;
        for glyph in &run.glyphs {
            let gid = usize::from(glyph.gid);
            let code = table.codes.get(gid).copied().unwrap_or(0);
            let width = table.widths.get(gid).copied().unwrap_or(0);
            if glyph.x_offset != 0 || glyph.y_offset != 0 {
                // Marks placed by GPOS (Thai tone marks, stacked diacritics) get their own
                // text position.
                text.mark(
                    pen + glyph.x_offset as f32 * scale,
                    y + glyph.y_offset as f32 * scale,
                    code,
                );
            } else {
                text.glyph(pen, y, *size, code, width);
            }
            pen += glyph.advance as f32 * scale;
        }
        if span {
            text.end_span();
        }
    }
    text.end_line();
    text.out.extend_from_slice(b"ET\n");
    Ok(())
}

/// Whether extracting `run` through the ToUnicode map alone could give back anything
/// but its text: glyphs drawn out of reading order (Thai and Myanmar vowels before
/// their consonant, Khmer subscripts, right-to-left runs), marks GPOS moved (ordered by
/// position, not by the text), a glyph whose ToUnicode entry another run claimed, or
/// text not in NFC. Only those runs carry /ActualText: on every word it doubled the
/// size of a Latin agreement, and poppler then counts each span's own space as well
/// as the gap it sees.
fn needs_actual_text(run: &crate::shaping::Shaped, used: &UsedGlyphs) -> bool {
    if run.text.chars().all(char::is_whitespace) {
        return false;
    }
    let Some(texts) = &used[run.font.index()] else {
        return true;
    };
    let mut glyphs: Vec<&str> = Vec::with_capacity(run.glyphs.len());
    for glyph in &run.glyphs {
        if glyph.x_offset != 0 || glyph.y_offset != 0 {
            return true;
        }
        let mapped = texts.get(usize::from(glyph.gid)).copied().flatten();
        if mapped != Some(glyph.text.as_str()) {
            return true;
        }
        glyphs.push(glyph.text.as_str());
    }
    if run.rtl {
        // Extractors put right-to-left glyphs back in reading order themselves, so such
        // a run needs no /ActualText when its glyphs, read from the right, spell its
        // text. Only those with marks GPOS placed get one: poppler (22.12) reverses an
        // /ActualText in a right-to-left line as if it were drawn, so it reads those
        // back reversed, while the text written is the reading order the PDF
        // specification asks for.
        glyphs.reverse();
    }
    let drawn: String = glyphs.concat();
    drawn != run.text || !unicode_normalization::is_nfc(&run.text)
}

/// An open `[...] TJ` on one baseline.
struct TextLine {
    y: f32,
    /// Where the viewer's pen is, in points, after what has been written.
    pen: f64,
    /// Inside a `<...>` string of glyph codes.
    in_string: bool,
}

struct TextWriter<'a> {
    out: &'a mut Vec<u8>,
    font: Option<(FontKey, f32)>,
    line: Option<TextLine>,
}

impl TextWriter<'_> {
    fn set_font(&mut self, font: FontKey, size: f32) {
        if self.font == Some((font, size)) {
            return;
        }
        self.end_line();
        self.out.push(b'/');
        self.out.extend_from_slice(font.resource_id().as_bytes());
        self.out.push(b' ');
        real(self.out, size);
        self.out.extend_from_slice(b" Tf\n");
        self.font = Some((font, size));
    }

    fn end_line(&mut self) {
        if let Some(line) = self.line.take() {
            if line.in_string {
                self.out.push(b'>');
            }
            self.out.extend_from_slice(b"] TJ\n");
        }
    }

    /// Opens a marked-content sequence whose /ActualText is `source`. Extractors
    /// (pdftotext, screen readers) take that text instead of the glyphs' ToUnicode
    /// values, so runs shaped out of reading order (Thai and Myanmar vowels drawn
    /// before their consonant, Khmer subscripts, Arabic drawn right to left) and marks
    /// GPOS moved onto their base read back exactly as written. A sequence must hold
    /// whole operators, so the open `TJ` is closed first.
    fn begin_span(&mut self, source: &str) {
        self.end_line();
        self.out.extend_from_slice(b"/Span<</ActualText<FEFF");
        for unit in source.nfc().collect::<String>().encode_utf16() {
            hex(self.out, unit);
        }
        self.out.extend_from_slice(b">>>BDC\n");
    }

    fn end_span(&mut self) {
        self.end_line();
        self.out.extend_from_slice(b"EMC\n");
    }

    /// Starts a text line at (`x`, `y`) and returns the pen position.
    fn move_to(&mut self, x: f32, y: f32) -> f64 {
        self.out.extend_from_slice(b"1 0 0 1 ");
        real(self.out, x);
        self.out.push(b' ');
        real(self.out, y);
        self.out.extend_from_slice(b" Tm\n[");
        f64::from(x)
    }

    /// A glyph drawn at `x` on baseline `y`, advancing the pen by `width` thousandths
    /// of an em.
    fn glyph(&mut self, x: f32, y: f32, size: f32, code: u16, width: i32) {
        let size = f64::from(size);
        match &self.line {
            Some(line) if line.y == y => {
                let line = self.line.as_mut().expect("open line");
                // A TJ number moves the pen left by n/1000 em.
                let kern = (line.pen - f64::from(x)) * 1000.0 / size;
                let rounded = (kern * 100.0).round() / 100.0;
                if rounded != 0.0 {
                    if line.in_string {
                        self.out.push(b'>');
                        line.in_string = false;
                    }
                    let written = number(self.out, kern, 100);
                    line.pen -= written * size / 1000.0;
                }
            }
            _ => {
                self.end_line();
                let pen = self.move_to(x, y);
                self.line = Some(TextLine {
                    y,
                    pen,
                    in_string: false,
                });
            }
        }
        let line = self.line.as_mut().expect("open line");
        if !line.in_string {
            self.out.push(b'<');
            line.in_string = true;
        }
        hex(self.out, code);
        line.pen += f64::from(width) * size / 1000.0;
    }

    /// A glyph at its own position, outside any line.
    fn mark(&mut self, x: f32, y: f32, code: u16) {
        self.end_line();
        self.move_to(x, y);
        self.out.push(b'<');
        hex(self.out, code);
        self.out.extend_from_slice(b">] TJ\n");
    }
}

/// A coordinate or size exactly as computed, in the shortest form that reads back as
/// the same `f32` (as printpdf wrote them): a text line starts on the very position
/// layout gave it, whatever the rounding.
fn real(out: &mut Vec<u8>, value: f32) {
    // Writing to a Vec cannot fail.
    let _ = write!(out, "{value}");
}

fn hex(out: &mut Vec<u8>, code: u16) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(DIGITS[usize::from((code >> shift) & 0xF)]);
    }
}

/// Writes `value` rounded to 1/`precision` (a power of ten), without trailing zeros,
/// and returns the value written.
fn number(out: &mut Vec<u8>, value: f64, precision: u32) -> f64 {
    let scaled = (value * f64::from(precision)).round() as i64;
    if scaled < 0 {
        out.push(b'-');
    }
    let magnitude = scaled.unsigned_abs();
    let precision = u64::from(precision);
    write_integer(out, magnitude / precision);
    let mut fraction = magnitude % precision;
    if fraction != 0 {
        out.push(b'.');
        let mut unit = precision / 10;
        while fraction != 0 {
            out.push(b'0' + (fraction / unit) as u8);
            fraction %= unit;
            unit /= 10;
        }
    }
    scaled as f64 / precision as f64
}

fn write_integer(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// zlib at level 3, the fastest that still finds most of the repetition in content
/// streams (the highest of miniz's greedy levels): files come out no larger than with
/// printpdf's best level, in a fraction of the time. Level 1 doubles the page streams.
fn deflate(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(
        Vec::with_capacity(data.len() / 2 + 64),
        flate2::Compression::new(3),
    );
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

/// Compresses every stream printpdf left uncompressed (the font programs and their
/// ToUnicode maps), as its own optimisation would, only faster.
fn compress_streams(doc: &mut lopdf::Document) -> Result<(), PdfError> {
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.has(b"Filter") {
            continue;
        }
        let compressed = deflate(&stream.content);
        if compressed.is_empty() {
            return Err(PdfError::Write("stream compression failed".into()));
        }
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    Ok(())
}

/// printpdf fills the trailer's /ID with random strings; replace them, in place and at
/// the same length, with a digest of the file so the same agreement always prints the
/// same bytes.
fn fix_document_id(bytes: &mut [u8]) {
    // Only the plain-text trailer at the very end, never stream data that happens to
    // contain the same bytes.
    let tail = bytes.len().saturating_sub(1024);
    let Some(at) = find_last(&bytes[tail..], b"/ID[(").map(|at| at + tail) else {
        return;
    };
    let digest = fnv(&bytes[..at]);
    let hex: Vec<u8> = format!(
        "{digest:016x}{:016x}",
        digest.rotate_left(29) ^ 0x9e37_79b9_7f4a_7c15
    )
    .into_bytes();
    let mut i = at;
    let mut replaced = 0;
    while i < bytes.len() && replaced < 2 {
        if bytes[i] == b'(' {
            let start = i + 1;
            let Some(len) = bytes[start..].iter().position(|b| *b == b')') else {
                return;
            };
            if len == hex.len() {
                bytes[start..start + len].copy_from_slice(&hex);
            }
            replaced += 1;
            i = start + len;
        }
        i += 1;
    }
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|window| window == needle)
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f64, precision: u32) -> (String, f64) {
        let mut out = Vec::new();
        let back = number(&mut out, value, precision);
        (String::from_utf8(out).expect("ascii"), back)
    }

    #[test]
    fn numbers_are_short_and_exact_to_their_precision() {
        assert_eq!(written(0.0, 1000), ("0".into(), 0.0));
        assert_eq!(written(-0.0004, 1000), ("0".into(), 0.0));
        assert_eq!(written(12.5, 1000), ("12.5".into(), 12.5));
        assert_eq!(written(-12.34567, 100), ("-12.35".into(), -12.35));
        assert_eq!(written(841.8898, 1000), ("841.89".into(), 841.89));
        assert_eq!(written(0.05, 1000), ("0.05".into(), 0.05));
        assert_eq!(written(1000.0, 1000), ("1000".into(), 1000.0));
    }

    #[test]
    fn codes_are_four_hex_digits() {
        let mut out = Vec::new();
        hex(&mut out, 0x01af);
        hex(&mut out, 7);
        assert_eq!(out, b"01AF0007");
    }
}
