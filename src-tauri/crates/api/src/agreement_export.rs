//! An agreement, or any of its versions, written as a PDF ready to sign or as a Word file
//! partners can redline. The format follows the file's extension.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::agreements::version_by_number;
use crate::missing_characters::{self, MissingCharacter};
use crate::verify::printed_seal;
use crate::{said, ApiError, ApiResult, ErrorCode, Partnership};
use pacta_core::agreement::{AttachmentEntry, Language, PrintOptions, PrintableAgreement};
use pacta_core::matrix::{check, PrintableMatrix, RowLanguage};
use pacta_core::seal::{PrintedSeal, SealKind};
use pacta_core::{Field, IsoDate};
use pacta_store::{agreements, attachments, partnership};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ExportedAgreement {
    pub path: String,
    /// "pdf" or "docx".
    pub format: String,
    pub bytes: u64,
    pub version: u32,
    /// Characters the PDF printed as boxes, for want of a font.
    pub missing_characters: Vec<MissingCharacter>,
}

/// What a printed version shows, from the store; the latest version when `version` is `None`.
pub fn printable(
    partnership: &Partnership,
    agreement_id: i64,
    version: Option<u32>,
) -> ApiResult<PrintableAgreement> {
    let conn = partnership.conn();
    let chosen = version_by_number(conn, agreement_id, version)?;
    let reference = agreements::list(conn)?
        .into_iter()
        .find(|a| a.id == agreement_id)
        .map(|a| a.reference)
        .unwrap_or_default();
    let papers = attachments::of_agreement(conn, agreement_id)?
        .into_iter()
        .filter(|a| a.version_id.is_none() || a.version_id == Some(chosen.id))
        .map(|a| AttachmentEntry {
            file_name: a.file_name,
            media_type: a.media_type,
            size_bytes: a.size_bytes,
            sha256: a.sha256,
        })
        .collect();
    let matrix_language = match chosen.text.language {
        Language::Fr => RowLanguage::Fr,
        Language::En => RowLanguage::En,
        Language::Nl => RowLanguage::Nl,
    };
    let printed_on = IsoDate::parse(Field::EffectiveOn, &partnership.clock().today())?;
    let author = partnership::name(conn)?;
    let mut annexes = chosen.text.annexes.clone();
    for matrix in crate::matrices::annexed_to_agreement_version(conn, chosen.id)? {
        let printable = PrintableMatrix {
            reference: matrix.reference,
            version: matrix.number,
            frozen: matrix.frozen,
            printed_on,
            author: author.clone(),
            findings: check(&matrix.content),
            content: matrix.content,
            language: matrix_language,
        };
        annexes.push(printable.as_annex());
    }
    Ok(PrintableAgreement {
        reference,
        version: chosen.number,
        amendment: chosen.amendment,
        status: agreements::status(conn, agreement_id)?,
        printed_on,
        author,
        signatures: chosen.signatures,
        annexes,
        text: chosen.text,
        attachments: papers,
    })
}

/// Renders the agreement in the format `out`'s extension names (.pdf or .docx).
pub fn render(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
    format: &str,
) -> ApiResult<Vec<u8>> {
    render_sealed(agreement, options, format, None).map(|(bytes, _)| bytes)
}

/// As [`render`]; a PDF of a signed version also prints its seal and the chain head. A Word
/// file is for redlining, so it carries none.
fn render_sealed(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
    format: &str,
    seal: Option<&PrintedSeal>,
) -> ApiResult<(Vec<u8>, Vec<MissingCharacter>)> {
    agreement.check_languages(options).map_err(|error| {
        ApiError::new(
            ErrorCode::MissingTranslation,
            said!(
                "error-missing-translation",
                missing = error.missing.code(),
                available = error.available.code()
            ),
        )
    })?;
    match format {
        "pdf" => match seal {
            Some(seal) => pacta_pdf::render_sealed_agreement_with_report(agreement, options, seal),
            None => pacta_pdf::render_agreement_with_report(agreement, options),
        }
        .map(|rendered| {
            let missing = missing_characters::of(&rendered);
            (rendered.bytes, missing)
        })
        .map_err(crate::error::render_failed),
        "docx" => pacta_docx::render_agreement(agreement, options)
            .map(|bytes| (bytes, Vec::new()))
            .map_err(crate::error::render_failed),
        other => Err(ApiError::new(
            ErrorCode::UnsupportedFormat,
            said!("error-agreement-export-format", extension = other),
        )),
    }
}

/// Writes the agreement to `out` (see `written_file`).
pub fn export(
    partnership: &Partnership,
    agreement_id: i64,
    version: Option<u32>,
    out: &Path,
    options: &PrintOptions,
) -> ApiResult<ExportedAgreement> {
    let format = out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let agreement = printable(partnership, agreement_id, version)?;
    let version_id = version_by_number(partnership.conn(), agreement_id, version)?.id;
    let seal = printed_seal(partnership.conn(), SealKind::AgreementVersion, version_id)?;
    let (bytes, missing_characters) = render_sealed(&agreement, options, &format, seal.as_ref())?;
    crate::written_file::write_in_place(out, &bytes)?;
    Ok(ExportedAgreement {
        path: out.display().to_string(),
        format,
        bytes: bytes.len() as u64,
        version: agreement.version,
        missing_characters,
    })
}
