//! Word documents: any agreement draft exported as `.docx`, numbered exactly like the printed
//! PDF ("1. Purpose and scope", clauses "1.1", "1.2", …) so a partner can redline it in Word or
//! LibreOffice. Export only: Pacta never reads the edited file back.
//!
//! The numbers are plain text, not Word list numbering, so they survive any editor and any
//! redline; headings still use Word's "heading 1" style so the navigation pane works.
//!
//! Built with `docx-rs`. Two things it cannot express are added to its rendered parts before
//! packing (module `package`): the repeat-header-row flag of table rows (`w:tblHeader`) and the
//! title, subject and creator of the core properties.

mod content;
mod package;

use pacta_core::agreement::{MissingLanguage, PrintOptions, PrintableAgreement};

/// Why an agreement could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    /// The options ask for a language the agreement has no text in.
    #[error(transparent)]
    MissingLanguage(#[from] MissingLanguage),
    /// The document could not be written (a packaging failure; never the agreement's content).
    #[error("could not write the Word document: {0}")]
    Write(String),
}

/// The agreement as a `.docx` file's bytes, on the paper and in the language(s) `options` ask
/// for (`en+fr` puts English and French side by side, clause by clause).
pub fn render_agreement(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
) -> Result<Vec<u8>, DocxError> {
    agreement.check_languages(options)?;
    let built = content::build(agreement, options);
    package::pack(built, agreement, options)
}
