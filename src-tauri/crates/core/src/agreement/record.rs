//! Agreements as stored: versions (the text, then one per amendment) and their signatures.

use serde::{Deserialize, Serialize};

use super::document::{AgreementKind, AgreementText};
use super::lifecycle::AgreementStatus;
use crate::date::IsoDate;

/// A party's signature on one version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Signature {
    pub organisation_id: i64,
    pub signatory: String,
    pub title: String,
    pub place: String,
    pub signed_on: IsoDate,
}

/// One version: number 1 is the agreement's own text; each amendment adds one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgreementVersion {
    pub id: i64,
    pub agreement_id: i64,
    pub number: u32,
    /// 0 for the agreement's own text, n for amendment n.
    pub amendment: u32,
    pub text: AgreementText,
    /// Every party has signed: the file refuses any change.
    pub frozen: bool,
    pub signatures: Vec<Signature>,
    pub created_at: String,
    pub created_by: String,
}

impl AgreementVersion {
    /// Parties that have not signed this version yet, by organisation id.
    pub fn awaiting_signature(&self) -> Vec<i64> {
        self.text
            .parties
            .iter()
            .map(|p| p.organisation_id)
            .filter(|id| !self.signatures.iter().any(|s| s.organisation_id == *id))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgreementSummary {
    pub id: i64,
    pub reference: String,
    /// The latest version's title.
    pub title: String,
    pub kind: AgreementKind,
    pub status: AgreementStatus,
    pub versions: u32,
    pub parties: Vec<String>,
    /// The date the agreement was first drafted.
    pub created_on: IsoDate,
    /// From the latest version.
    pub effective_on: Option<IsoDate>,
    pub expires_on: Option<IsoDate>,
    /// 0 while the agreement's own text is the latest version.
    pub latest_amendment: u32,
    pub latest_frozen: bool,
    /// Parties yet to sign the latest version.
    pub awaiting_signature: u32,
}

/// A paper attached to an agreement or one of its versions; its bytes are read separately.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Attachment {
    pub id: i64,
    pub agreement_id: i64,
    /// The version the paper belongs to (the scan of its signed copy, say); `None` for the
    /// agreement as a whole.
    pub version_id: Option<i64>,
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: u64,
    /// Lower-case hex SHA-256 of the bytes, computed by the store when the paper is added.
    pub sha256: String,
    pub added_at: String,
    pub added_by: String,
}

/// A clause saved to the library, to reuse in other agreements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LibraryClause {
    pub id: i64,
    pub title: String,
    /// The section it was written for; it may be inserted in any.
    pub section: super::section::Section,
    pub language: super::language::Language,
    pub text: String,
}
