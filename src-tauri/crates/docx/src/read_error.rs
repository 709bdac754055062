//! Why a Word file could not be read. Each variant carries what the UI needs to explain it in
//! the user's language; the `Display` texts are for logs.

use serde::Serialize;

/// What a file that is not a zip archive looks like, when it is recognisable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum OtherFormat {
    Pdf,
    Rtf,
    Html,
    PlainText,
}

/// What a zip archive that holds no Word document is, when it is recognisable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum OtherPackage {
    /// An Excel workbook (`.xlsx`).
    Spreadsheet,
    /// A PowerPoint presentation (`.pptx`).
    Presentation,
    /// An OpenDocument file (`.odt`, `.ods`…).
    OpenDocument,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocxReadError {
    /// The bytes are not a zip archive at all: a PDF, a text file renamed `.docx`…
    #[error("not a Word document (not a zip archive; looks like {looks_like:?})")]
    NotAZip { looks_like: Option<OtherFormat> },
    /// An OLE compound file: the old binary `.doc` format, or a password-protected `.docx`
    /// (Word encrypts the whole package into one). `encrypted` when the file holds Word's
    /// encrypted-package stream.
    #[error("an old .doc or a password-protected Word file (encrypted: {encrypted})")]
    LegacyOrEncrypted { encrypted: bool },
    /// A zip archive whose directory or entries cannot be read (truncated download…).
    #[error("the zip archive is damaged: {reason}")]
    DamagedZip { reason: String },
    /// A zip archive without a Word main document.
    #[error("a zip archive but not a Word document (looks like {looks_like:?})")]
    NotAWordDocument { looks_like: Option<OtherPackage> },
    /// A macro-enabled document (`.docm`): refused rather than stored or passed on.
    #[error("a macro-enabled Word document (.docm) is refused")]
    MacroEnabled,
    /// The parts read would unpack to more than `limit_bytes` in all.
    #[error("{part} unpacks to more than {limit_bytes} bytes")]
    TooLarge { part: String, limit_bytes: u64 },
    /// A part unpacks to more than `ratio` times its packed size: a zip bomb.
    #[error("{part} unpacks to more than {ratio} times its packed size")]
    SuspiciousCompression { part: String, ratio: u64 },
    /// More entries than any Word document has.
    #[error("the archive has {count} entries (at most {limit} read)")]
    TooManyParts { count: usize, limit: usize },
    /// A part that is not well-formed XML (or not UTF-8/UTF-16).
    #[error("{part} is not well-formed XML: {reason}")]
    MalformedXml { part: String, reason: String },
    /// A redline of another agreement, or of another version of it, or a file Pacta did not
    /// export. `found` is the agreement token the file carries, if any.
    #[error("this file is not the expected agreement version (it carries {found:?})")]
    NotThisAgreement { found: Option<String> },
}
