//! Papers attached to agreements (the scanned signed copy and others) and the clause library.
//! How a paper is read, limited and handed back out is shared with meeting papers.

use std::path::Path;

use crate::{said, ApiError, ApiResult, ErrorCode, Partnership};
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
    let (file_name, content) = read_paper(path)?;
    attach(partnership, agreement_id, version_id, &file_name, &content)
}

/// The name and bytes of the file at `path`, to be kept as a paper.
pub(crate) fn read_paper(path: &Path) -> ApiResult<(String, Vec<u8>)> {
    let content = std::fs::read(path).map_err(|source| StoreError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "attachment".into());
    Ok((file_name, content))
}

/// Refuses a paper too large to keep (with `code`, the caller's own) and returns its checked
/// file name.
pub(crate) fn check_paper(file_name: &str, content: &[u8], code: ErrorCode) -> ApiResult<String> {
    if content.len() > MAX_ATTACHMENT_BYTES {
        return Err(ApiError::new(
            code,
            said!(
                "error-paper-too-large",
                file = file_name,
                size = content.len() / (1024 * 1024),
                limit = MAX_ATTACHMENT_BYTES / (1024 * 1024)
            ),
        ));
    }
    Ok(text::required(Field::Name, file_name, 255)?)
}

/// Writes a stored paper's bytes to `destination` once they are shown to still match the
/// SHA-256 recorded when it was added.
pub(crate) fn write_checked(
    file_name: &str,
    recorded_sha256: &str,
    content: &[u8],
    destination: &Path,
) -> ApiResult<()> {
    if pacta_store::disk::sha256_hex(content) != recorded_sha256 {
        return Err(ApiError::new(
            ErrorCode::Corrupted,
            said!("error-paper-altered", file = file_name),
        ));
    }
    std::fs::write(destination, content).map_err(|source| StoreError::Io {
        path: destination.display().to_string(),
        source,
    })?;
    Ok(())
}

pub fn attach(
    partnership: &mut Partnership,
    agreement_id: i64,
    version_id: Option<i64>,
    file_name: &str,
    content: &[u8],
) -> ApiResult<Attachment> {
    let file_name = check_paper(file_name, content, ErrorCode::InvalidAgreement)?;
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
    write_checked(&paper.file_name, &paper.sha256, &content, destination)?;
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
