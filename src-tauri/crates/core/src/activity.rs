use serde::{Deserialize, Serialize};

/// One line of the activity log: who did what to which record, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ActivityEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub record_kind: String,
    pub record_id: Option<i64>,
    pub summary: String,
    /// Field-by-field changes as JSON text.
    pub changes: String,
}
