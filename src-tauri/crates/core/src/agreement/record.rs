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
    pub title: String,
    pub kind: AgreementKind,
    pub status: AgreementStatus,
    pub versions: u32,
}
