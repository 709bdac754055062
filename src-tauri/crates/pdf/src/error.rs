use pacta_core::agreement::MissingLanguage;

/// Why a PDF could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The print asks for a language the agreement has no text in.
    #[error(transparent)]
    MissingLanguage(#[from] MissingLanguage),
    /// A bundled font could not be read: a broken build, not bad input.
    #[error("font: {0}")]
    Font(String),
    /// printpdf reported an error while writing the file.
    #[error("writing the PDF: {0}")]
    Write(String),
}
