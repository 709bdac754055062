//! PDF documents: the printed agreement, and the generic layout other printed documents
//! (meeting minutes and convocations, RACI matrices) build on.
//!
//! Text is shaped here (rustybuzz) and drawn as glyph ids with embedded, subset Noto
//! fonts, so Vietnamese, Arabic, Thai, Lao, Khmer, Myanmar and Tamil names print
//! correctly and can be searched and copied from the file. A character no bundled face
//! draws still prints (as a box) but is reported: see the `*_with_report` functions.

pub mod agreement;
pub mod bidi;
pub mod convocation;
pub mod directory;
mod error;
pub mod fonts;
pub mod layout;
pub mod matrix;
pub mod minutes;
pub mod render;
pub mod shaping;

pub use directory::{render_directory, render_directory_with_report};
pub use error::PdfError;
pub use shaping::MissingGlyph;

/// A written PDF and the characters in it that no bundled face could draw.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// Empty when every character printed. Otherwise each character printed as an
    /// empty box, once per line of text it was in, in the order met.
    pub missing: Vec<MissingGlyph>,
}

use pacta_core::agreement::{PrintLabels, PrintOptions, PrintableAgreement};
use pacta_core::seal::PrintedSeal;

/// Prints an agreement as PDF bytes, in the paper and language(s) asked for.
pub fn render_agreement(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
) -> Result<Vec<u8>, PdfError> {
    render_agreement_with_report(agreement, options).map(|r| r.bytes)
}

/// [`render_agreement`], with the characters that printed as boxes.
pub fn render_agreement_with_report(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
) -> Result<Rendered, PdfError> {
    agreement.check_languages(options)?;
    render_document_with_report(&agreement::document(agreement, options)?)
}

/// Prints a sealed agreement version, its seal and the chain head under the page number.
pub fn render_sealed_agreement(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
    seal: &PrintedSeal,
) -> Result<Vec<u8>, PdfError> {
    render_sealed_agreement_with_report(agreement, options, seal).map(|r| r.bytes)
}

/// [`render_sealed_agreement`], with the characters that printed as boxes.
pub fn render_sealed_agreement_with_report(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
    seal: &PrintedSeal,
) -> Result<Rendered, PdfError> {
    agreement.check_languages(options)?;
    let mut document = agreement::document(agreement, options)?;
    // In the first printed language only: two lines would crowd the margin.
    let labels = PrintLabels::of(options.language.languages()[0]);
    add_seal_line(&mut document, &labels, seal);
    render_document_with_report(&document)
}

/// Prints approved minutes, their seal and the chain head under the page number.
pub fn render_sealed_minutes(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
    seal: &PrintedSeal,
) -> Result<Vec<u8>, PdfError> {
    render_sealed_minutes_with_report(minutes, paper, seal).map(|r| r.bytes)
}

/// [`render_sealed_minutes`], with the characters that printed as boxes.
pub fn render_sealed_minutes_with_report(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
    seal: &PrintedSeal,
) -> Result<Rendered, PdfError> {
    let mut document = minutes::document(minutes, paper)?;
    add_seal_line(&mut document, &PrintLabels::of(minutes.language), seal);
    render_document_with_report(&document)
}

fn add_seal_line(document: &mut layout::Document, labels: &PrintLabels, seal: &PrintedSeal) {
    document.furniture.footer =
        format!("{}\n{}", document.furniture.footer, labels.seal_line(seal));
}

/// Prints a meeting's minutes as PDF bytes.
pub fn render_minutes(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
) -> Result<Vec<u8>, PdfError> {
    render_minutes_with_report(minutes, paper).map(|r| r.bytes)
}

/// [`render_minutes`], with the characters that printed as boxes.
pub fn render_minutes_with_report(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
) -> Result<Rendered, PdfError> {
    render_document_with_report(&minutes::document(minutes, paper)?)
}

/// Prints a meeting's convocation (the invitation letter with its agenda) as PDF bytes.
pub fn render_convocation(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
) -> Result<Vec<u8>, PdfError> {
    render_convocation_with_report(minutes, paper).map(|r| r.bytes)
}

/// [`render_convocation`], with the characters that printed as boxes.
pub fn render_convocation_with_report(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
) -> Result<Rendered, PdfError> {
    render_document_with_report(&convocation::convocation_document(minutes, paper)?)
}

/// Prints a responsibility matrix (RACI) as PDF bytes: landscape when it is wide, the header
/// row and the activity column repeated across pages.
pub fn render_matrix(
    matrix: &pacta_core::matrix::PrintableMatrix,
    paper: pacta_core::agreement::Paper,
) -> Result<Vec<u8>, PdfError> {
    render_matrix_with_report(matrix, paper).map(|r| r.bytes)
}

/// [`render_matrix`], with the characters that printed as boxes.
pub fn render_matrix_with_report(
    matrix: &pacta_core::matrix::PrintableMatrix,
    paper: pacta_core::agreement::Paper,
) -> Result<Rendered, PdfError> {
    render_document_with_report(&matrix::document(matrix, paper)?)
}

/// Prints a frozen matrix version, its seal and the chain head under the page number.
pub fn render_sealed_matrix(
    matrix: &pacta_core::matrix::PrintableMatrix,
    paper: pacta_core::agreement::Paper,
    seal: &PrintedSeal,
) -> Result<Vec<u8>, PdfError> {
    render_sealed_matrix_with_report(matrix, paper, seal).map(|r| r.bytes)
}

/// [`render_sealed_matrix`], with the characters that printed as boxes.
pub fn render_sealed_matrix_with_report(
    matrix: &pacta_core::matrix::PrintableMatrix,
    paper: pacta_core::agreement::Paper,
    seal: &PrintedSeal,
) -> Result<Rendered, PdfError> {
    let mut document = matrix::document(matrix, paper)?;
    let language = matrix::document_language(matrix);
    add_seal_line(&mut document, &PrintLabels::of(language), seal);
    render_document_with_report(&document)
}

/// Lays out and writes any [`layout::Document`].
pub fn render_document(document: &layout::Document) -> Result<Vec<u8>, PdfError> {
    render_document_with_report(document).map(|r| r.bytes)
}

/// [`render_document`], with the characters that printed as boxes.
pub fn render_document_with_report(document: &layout::Document) -> Result<Rendered, PdfError> {
    let mut cache = shaping::ShapeCache::default();
    let pages = layout::lay_out(document, &mut cache)?;
    let missing = cache.take_missing();
    Ok(Rendered {
        bytes: render::write_pdf(document, pages)?,
        missing,
    })
}
