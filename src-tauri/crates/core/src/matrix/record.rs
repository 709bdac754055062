//! Matrices as stored: versions (editable until annexed to a signed agreement, then frozen;
//! editing a frozen matrix starts the next version) and the list the app shows.

use serde::{Deserialize, Serialize};

use super::content::MatrixContent;
use super::raci::Raci;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MatrixVersion {
    pub id: i64,
    pub matrix_id: i64,
    pub reference: String,
    pub number: u32,
    pub content: MatrixContent,
    /// Annexed to a signed agreement version: the file refuses any change.
    pub frozen: bool,
    pub created_at: String,
    pub created_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MatrixSummary {
    pub id: i64,
    pub reference: String,
    pub title: String,
    /// The latest version's number.
    pub version: u32,
    pub frozen: bool,
    pub parties: u32,
    pub activities: u32,
    pub findings: u32,
    /// References of the agreements the latest version is annexed to.
    pub annexed_to: Vec<String>,
}

/// One activity a member is Responsible or Accountable for, for the member's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Duty {
    pub matrix_id: i64,
    pub matrix_reference: String,
    pub matrix_title: String,
    pub activity_id: u32,
    pub heading: String,
    pub activity: String,
    pub raci: Raci,
}

impl MatrixVersion {
    /// The line the matrix list shows for this version.
    pub fn summary(&self, annexed_to: Vec<String>) -> MatrixSummary {
        MatrixSummary {
            id: self.matrix_id,
            reference: self.reference.clone(),
            title: self.content.title.clone(),
            version: self.number,
            frozen: self.frozen,
            parties: self.content.parties.len() as u32,
            activities: self.content.activities.len() as u32,
            findings: super::checks::check(&self.content).len() as u32,
            annexed_to,
        }
    }
}
