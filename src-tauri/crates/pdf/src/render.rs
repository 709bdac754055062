//! Writes laid-out pages as a PDF with printpdf: embedded, subset fonts; text as glyph
//! ids with ToUnicode text, so it can be searched and copied.

use std::collections::BTreeSet;

use printpdf::{
    Codepoint, Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt, TextItem, TextMatrix,
};

use crate::fonts::{face, pdf_font, FontKey};
use crate::layout::{Document, Draw};
use crate::PdfError;

/// Writes `pages` (from [`crate::layout::lay_out`]) as PDF bytes.
pub fn write_pdf(document: &Document, pages: Vec<Vec<Draw>>) -> Result<Vec<u8>, PdfError> {
    let setup = &document.setup;
    let (width_mm, height_mm) = setup.size_mm();
    let height = setup.height();

    let used: BTreeSet<FontKey> = pages
        .iter()
        .flatten()
        .filter_map(|d| match d {
            Draw::Text { run, .. } => Some(run.font),
            Draw::Line { .. } => None,
        })
        .collect();

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
    for key in &used {
        pdf.resources.fonts.map.insert(
            FontId(key.resource_id().into()),
            PdfFont::new(pdf_font(*key)?.clone()),
        );
    }

    let pdf_pages = pages
        .into_iter()
        .map(|draws| {
            page_ops(draws, height).map(|ops| PdfPage::new(Mm(width_mm), Mm(height_mm), ops))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut bytes = pdf.with_pages(pdf_pages).save(&options, &mut warnings);
    if let Some(error) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Write(error.msg.clone()));
    }
    fix_document_id(&mut bytes);
    Ok(bytes)
}

fn black() -> Color {
    Color::Greyscale(Greyscale {
        percent: 0.0,
        icc_profile: None,
    })
}

/// The operations of one page: rules first, then all text in one text object.
fn page_ops(draws: Vec<Draw>, height: f32) -> Result<Vec<Op>, PdfError> {
    let mut ops = vec![Op::SetOutlineColor { col: black() }];
    let mut thickness = None;
    for draw in &draws {
        if let Draw::Line {
            from,
            to,
            thickness: t,
        } = draw
        {
            if thickness != Some(*t) {
                ops.push(Op::SetOutlineThickness { pt: Pt(*t) });
                thickness = Some(*t);
            }
            let point = |(x, y): (f32, f32)| LinePoint {
                p: Point {
                    x: Pt(x),
                    y: Pt(height - y),
                },
                bezier: false,
            };
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![point(*from), point(*to)],
                    is_closed: false,
                },
            });
        }
    }
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor { col: black() });
    let mut font: Option<(FontKey, f32)> = None;
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
        if font != Some((run.font, size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(run.font.resource_id().into())),
                size: Pt(size),
            });
            font = Some((run.font, size));
        }
        let face = face(run.font)?;
        let upem = f32::from(run.units_per_em);
        let scale = size / upem;
        let y = height - baseline;
        let mut pen = x;
        let mut batch: Vec<Codepoint> = Vec::new();
        let flush = |batch: &mut Vec<Codepoint>, at: f32, ops: &mut Vec<Op>| {
            if !batch.is_empty() {
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(at), Pt(y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(std::mem::take(batch))],
                });
            }
        };
        let mut batch_start = pen;
        for glyph in &run.glyphs {
            // The viewer advances by the font's own width (as printpdf writes it in /W);
            // the TJ adjustment after each glyph turns that into the shaped advance.
            let font_width = face
                .glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(glyph.gid))
                .map_or(0.0, |w| (f32::from(w) * 1000.0 / upem).trunc());
            let shaped_width = glyph.advance as f32 * 1000.0 / upem;
            let codepoint = Codepoint {
                gid: glyph.gid,
                offset: font_width - shaped_width,
                cid: Some(glyph.text.clone()),
            };
            if glyph.x_offset != 0 || glyph.y_offset != 0 {
                // Marks placed by GPOS (Thai tone marks, stacked diacritics) get their own
                // text position.
                flush(&mut batch, batch_start, &mut ops);
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(
                        Pt(pen + glyph.x_offset as f32 * scale),
                        Pt(y + glyph.y_offset as f32 * scale),
                    ),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![codepoint])],
                });
                pen += glyph.advance as f32 * scale;
                batch_start = pen;
                continue;
            }
            if batch.is_empty() {
                batch_start = pen;
            }
            batch.push(codepoint);
            pen += glyph.advance as f32 * scale;
        }
        flush(&mut batch, batch_start, &mut ops);
    }
    ops.push(Op::EndTextSection);
    Ok(ops)
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
