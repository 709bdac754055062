//! Papers put before a meeting under its agenda items, kept like agreement papers: the same
//! size limit and media types, and the same check of the recorded SHA-256 before a stored
//! paper is handed out.

use std::path::Path;

use crate::agreement_papers::{check_paper, media_type_of, read_paper, write_checked};
use crate::{ApiResult, ErrorCode, Partnership};
use pacta_core::meeting::ItemPaper;
use pacta_store::meeting_papers;

/// Attaches the file at `path` to an agenda item.
pub fn attach_file(
    partnership: &mut Partnership,
    agenda_item_id: i64,
    path: &Path,
) -> ApiResult<ItemPaper> {
    let (file_name, content) = read_paper(path)?;
    attach(partnership, agenda_item_id, &file_name, &content)
}

pub fn attach(
    partnership: &mut Partnership,
    agenda_item_id: i64,
    file_name: &str,
    content: &[u8],
) -> ApiResult<ItemPaper> {
    let file_name = check_paper(file_name, content, ErrorCode::InvalidMeeting)?;
    partnership.write(|conn, stamp| {
        Ok(meeting_papers::add(
            conn,
            stamp,
            agenda_item_id,
            &file_name,
            media_type_of(&file_name),
            content,
        )?)
    })
}

/// Removes a paper; the papers of approved minutes stay (the file refuses).
pub fn detach(partnership: &mut Partnership, paper_id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(meeting_papers::remove(conn, stamp, paper_id)?))
}

/// Writes a stored paper to `destination`, checking it still has its recorded fingerprint.
pub fn save_paper(
    partnership: &Partnership,
    paper_id: i64,
    destination: &Path,
) -> ApiResult<ItemPaper> {
    let conn = partnership.conn();
    let paper = meeting_papers::get(conn, paper_id)?;
    let content = meeting_papers::content(conn, paper_id)?;
    write_checked(&paper.file_name, &paper.sha256, &content, destination)?;
    Ok(paper)
}
