//! Word documents, both ways.
//!
//! - Export: any agreement draft as `.docx`, numbered exactly like the printed PDF ("1.
//!   Purpose and scope", clauses "1.1", "1.2", …) so a partner can redline it in Word or
//!   LibreOffice. The numbers are plain text, not Word list numbering, so they survive any
//!   editor and any redline; headings use Word's "heading 1" style so the navigation pane
//!   works. Bookmarks name the agreement version (at the title) and each clause (around its
//!   text), so the file can be read back (module `bookmarks`).
//! - Redline: the partner's edited copy read back clause by clause, tracked insertions,
//!   deletions and comments included ([`read_redline`]).
//! - Import: any Word agreement a secretariat already has, made into a draft
//!   ([`import_agreement`]).
//!
//! Export is built with `docx-rs`. Two things it cannot express are added to its rendered
//! parts before packing (module `package`): the repeat-header-row flag of table rows
//! (`w:tblHeader`) and the title, subject and creator of the core properties. Reading goes
//! through the package's zip and XML directly (module `read`), under size limits, refusing
//! macro-enabled and encrypted files; it never panics on any input.

mod bookmarks;
mod content;
mod import;
mod package;
mod read;
mod read_error;
mod redline;

pub use bookmarks::agreement_token;
pub use import::{import_agreement, ImportNote, ImportedAgreement, KnownOrganisation};
pub use read_error::{DocxReadError, OtherFormat, OtherPackage};
pub use redline::{
    read_redline, ChangeKind, ClauseRedline, Redline, RedlineComment, Segment, SegmentKind,
    TextChange, UnplacedParagraph,
};

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
/// for (`en+fr` puts English and French side by side, clause by clause). The title carries
/// the bookmark of [`agreement_token`]`(reference, version)` and each clause the bookmark of
/// its id, for [`read_redline`].
pub fn render_agreement(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
) -> Result<Vec<u8>, DocxError> {
    agreement.check_languages(options)?;
    let built = content::build(agreement, options);
    package::pack(built, agreement, options)
}
