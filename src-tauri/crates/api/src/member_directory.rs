//! The member directory as PDF: who the members are and who represents them, grouped by
//! constituency or by body, as a forum prints it for a meeting. The registry is read here into
//! the core's [`DirectorySource`], which decides what prints.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::missing_characters::{self, MissingCharacter};
use crate::{said, ApiError, ApiResult, ErrorCode, Partnership};
use pacta_core::agreement::Paper;
use pacta_core::directory::{
    DirectoryGrouping, DirectoryRecord, DirectoryScope, DirectorySource, PrintableDirectory,
};
use pacta_core::{Field, IsoDate};
use pacta_messages::{Locale, Messages};
use pacta_store::{bodies, organisations, partnership, representatives};

/// What to print: which members, grouped how, on which paper, in which language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DirectoryOptions {
    pub grouping: DirectoryGrouping,
    pub scope: DirectoryScope,
    pub paper: Paper,
    pub language: Locale,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ExportedDirectory {
    pub path: String,
    pub bytes: u64,
    /// Organisations listed, each once however many bodies it sits in.
    pub members: u32,
    /// Characters the PDF printed as boxes, for want of a font.
    pub missing_characters: Vec<MissingCharacter>,
}

/// The registry as the directory may print it: every member with its representatives and
/// seats, and every body.
pub fn source(partnership: &Partnership) -> ApiResult<DirectorySource> {
    let conn = partnership.conn();
    let bodies = bodies::list(conn)?;
    let mut seats = Vec::new();
    for body in &bodies {
        seats.extend(bodies::members_of(conn, body.id)?);
    }
    let mut members = Vec::new();
    for organisation in organisations::all(conn)? {
        members.push(DirectoryRecord {
            representatives: representatives::of_organisation(conn, organisation.id)?,
            seats: seats
                .iter()
                .filter(|seat| seat.organisation_id == organisation.id)
                .cloned()
                .collect(),
            organisation,
        });
    }
    Ok(DirectorySource {
        partnership: partnership::name(conn)?,
        printed_on: IsoDate::parse(Field::EffectiveOn, &partnership.clock().today())?,
        members,
        bodies,
    })
}

/// What the directory shows, every word in `language`.
pub fn printable_directory(
    partnership: &Partnership,
    grouping: DirectoryGrouping,
    scope: DirectoryScope,
    language: Locale,
) -> ApiResult<PrintableDirectory> {
    Ok(source(partnership)?.arrange(grouping, scope, Messages::of(language)))
}

/// Writes the directory to `out`, a .pdf, beside it first and then renamed into place.
pub fn export(
    partnership: &Partnership,
    out: &Path,
    options: &DirectoryOptions,
) -> ApiResult<ExportedDirectory> {
    let extension = out
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if extension != "pdf" {
        return Err(ApiError::new(
            ErrorCode::UnsupportedFormat,
            said!("directory-error-format", extension = extension),
        ));
    }
    let directory = printable_directory(
        partnership,
        options.grouping,
        options.scope,
        options.language,
    )?;
    let rendered = pacta_pdf::render_directory_with_report(&directory, options.paper)
        .map_err(crate::error::render_failed)?;
    crate::written_file::write_in_place(out, &rendered.bytes)?;
    Ok(ExportedDirectory {
        path: out.display().to_string(),
        bytes: rendered.bytes.len() as u64,
        members: u32::try_from(directory.member_count).unwrap_or(u32::MAX),
        missing_characters: missing_characters::of(&rendered),
    })
}
