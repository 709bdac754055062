//! PDF documents: the printed agreement, and the generic layout other printed documents
//! (meeting minutes and convocations, RACI matrices) build on.
//!
//! Text is shaped here (rustybuzz) and drawn as glyph ids with embedded, subset Noto
//! fonts, so Vietnamese, Arabic and Thai names print correctly and can be searched and
//! copied from the file.

pub mod agreement;
pub mod bidi;
pub mod convocation;
mod error;
pub mod fonts;
pub mod layout;
pub mod matrix;
pub mod minutes;
pub mod render;
pub mod shaping;

pub use error::PdfError;

use pacta_core::agreement::{PrintOptions, PrintableAgreement};

/// Prints an agreement as PDF bytes, in the paper and language(s) asked for.
pub fn render_agreement(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
) -> Result<Vec<u8>, PdfError> {
    agreement.check_languages(options)?;
    render_document(&agreement::document(agreement, options)?)
}

/// Prints a meeting's minutes as PDF bytes.
pub fn render_minutes(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
) -> Result<Vec<u8>, PdfError> {
    render_document(&minutes::document(minutes, paper)?)
}

/// Prints a meeting's convocation (the invitation letter with its agenda) as PDF bytes.
pub fn render_convocation(
    minutes: &pacta_core::meeting::PrintableMinutes,
    paper: pacta_core::agreement::Paper,
) -> Result<Vec<u8>, PdfError> {
    render_document(&convocation::convocation_document(minutes, paper)?)
}

/// Prints a responsibility matrix (RACI) as PDF bytes: landscape when it is wide, the header
/// row and the activity column repeated across pages.
pub fn render_matrix(
    matrix: &pacta_core::matrix::PrintableMatrix,
    paper: pacta_core::agreement::Paper,
) -> Result<Vec<u8>, PdfError> {
    render_document(&matrix::document(matrix, paper)?)
}

/// Lays out and writes any [`layout::Document`].
pub fn render_document(document: &layout::Document) -> Result<Vec<u8>, PdfError> {
    let mut cache = shaping::ShapeCache::default();
    let pages = layout::lay_out(document, &mut cache)?;
    render::write_pdf(document, pages)
}
