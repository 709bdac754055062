//! Papers put before a meeting under an agenda item (a draft for decision, a report), kept
//! inside the partnership file with their SHA-256 like an agreement's papers.

use serde::{Deserialize, Serialize};

use crate::agreement::AttachmentEntry;

/// A paper of an agenda item, as stored (its bytes stay in the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ItemPaper {
    pub id: i64,
    pub meeting_id: i64,
    pub agenda_item_id: i64,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: u64,
    /// Lower-case hex SHA-256 of the bytes, computed by the store when the paper is added.
    pub sha256: String,
    pub added_at: String,
    pub added_by: String,
}

impl ItemPaper {
    /// The paper as printed documents list it.
    pub fn entry(&self) -> AttachmentEntry {
        AttachmentEntry {
            file_name: self.file_name.clone(),
            media_type: self.media_type.clone(),
            size_bytes: self.size_bytes,
            sha256: self.sha256.clone(),
        }
    }
}
