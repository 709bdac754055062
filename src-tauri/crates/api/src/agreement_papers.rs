//! Papers attached to agreements (the scanned signed copy and others) and the clause library.

use std::path::Path;

use crate::{ApiError, ApiResult, ErrorCode, Partnership};
use pacta_core::agreement::{Attachment, Language, LibraryClause, Section};
use pacta_core::{text, Field};
use pacta_store::{attachments, clause_library, StoreError};

/// Papers larger than this are refused: the partnership file is meant to be mailed and backed up.
pub const MAX_ATTACHMENT_BYTES: usize = 50 * 1024 * 1024;

/// The media type of a paper, from its name: the app opens it with the system's viewer.
pub fn media_type_of(file_name: &str) -> &'static str {
    let extension = Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("tif" | "tiff") => "image/tiff",
        Some("docx") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Some("txt") => "text/plain",
        _ => "application/octet-stream",
    }
}

/// Attaches the file at `path` to an agreement (or one of its versions).
pub fn attach_file(
    partnership: &mut Partnership,
    agreement_id: i64,
    version_id: Option<i64>,
    path: &Path,
) -> ApiResult<Attachment> {
    let content = std::fs::read(path).map_err(|source| StoreError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "attachment".into());
    attach(partnership, agreement_id, version_id, &file_name, &content)
}

pub fn attach(
    partnership: &mut Partnership,
    agreement_id: i64,
    version_id: Option<i64>,
    file_name: &str,
    content: &[u8],
) -> ApiResult<Attachment> {
    if content.len() > MAX_ATTACHMENT_BYTES {
        return Err(ApiError::new(
            ErrorCode::InvalidAgreement,
            format!(
                "{file_name} is {} MB; papers of up to {} MB can be attached",
                content.len() / (1024 * 1024),
                MAX_ATTACHMENT_BYTES / (1024 * 1024)
            ),
        ));
    }
    let file_name = text::required(Field::Name, file_name, 255)?;
    partnership.write(|conn, stamp| {
        Ok(attachments::add(
            conn,
            stamp,
            agreement_id,
            version_id,
            &file_name,
            media_type_of(&file_name),
            content,
        )?)
    })
}

pub fn detach(partnership: &mut Partnership, attachment_id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(attachments::remove(conn, stamp, attachment_id)?))
}

/// Writes a stored paper to `destination` (to open it, or hand it on), checking it still has
/// its recorded fingerprint.
pub fn save_attachment(
    partnership: &Partnership,
    attachment_id: i64,
    destination: &Path,
) -> ApiResult<Attachment> {
    let conn = partnership.conn();
    let paper = attachments::get(conn, attachment_id)?;
    let content = attachments::content(conn, attachment_id)?;
    if attachments::sha256_hex(&content) != paper.sha256 {
        return Err(ApiError::new(
            ErrorCode::Corrupted,
            format!(
                "{} no longer matches its recorded SHA-256; the file was altered",
                paper.file_name
            ),
        ));
    }
    std::fs::write(destination, content).map_err(|source| StoreError::Io {
        path: destination.display().to_string(),
        source,
    })?;
    Ok(paper)
}

pub fn library(partnership: &Partnership) -> ApiResult<Vec<LibraryClause>> {
    Ok(clause_library::all(partnership.conn())?)
}

pub fn save_to_library(
    partnership: &mut Partnership,
    title: &str,
    section: Section,
    language: Language,
    clause: &str,
) -> ApiResult<LibraryClause> {
    let title = text::required(Field::Title, title, 200)?;
    let clause = text::required(Field::Notes, clause, 20_000)?;
    partnership.write(|conn, stamp| {
        Ok(clause_library::save(
            conn, stamp, &title, section, language, &clause,
        )?)
    })
}

pub fn remove_from_library(partnership: &mut Partnership, id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(clause_library::remove(conn, stamp, id)?))
}
