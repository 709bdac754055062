//! `pacta export members --out F.pdf`: the member directory, grouped by constituency or by
//! body, printed in the run's language (`--lang`).

use std::path::Path;

use pacta_api::member_directory::{self, DirectoryOptions};
use pacta_api::{said, ApiError, ErrorCode};
use pacta_core::directory::{DirectoryGrouping, DirectoryScope};
use pacta_messages::message;

/// Whether `out` names a PDF, which `export members` writes as the directory.
pub(crate) fn wanted(out: &Path) -> bool {
    out.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

pub(crate) fn export(
    db: &Path,
    out: &Path,
    group_by: &str,
    all: bool,
    paper: &str,
) -> Result<(), ApiError> {
    let grouping = DirectoryGrouping::parse(group_by).ok_or_else(|| {
        ApiError::new(
            ErrorCode::InvalidChoice,
            said!("directory-error-group-by", given = group_by),
        )
    })?;
    let options = DirectoryOptions {
        grouping,
        scope: if all {
            DirectoryScope::All
        } else {
            DirectoryScope::Active
        },
        paper: crate::agreements::paper_size(paper)?,
        language: crate::language::locale(),
    };
    let partnership = crate::protection::open(db)?;
    let written = member_directory::export(&partnership, out, &options)?;
    println!(
        "{}",
        message!(
            crate::language::messages(),
            "directory-exported",
            count = written.members,
            path = &written.path,
            bytes = written.bytes
        )
    );
    crate::missing_characters::warn(&written.missing_characters);
    partnership.close()
}
