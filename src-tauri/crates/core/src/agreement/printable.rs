//! Everything a printed or exported agreement shows, gathered from the store by the api and
//! handed to the PDF and Word writers, which know nothing of the database.

use serde::{Deserialize, Serialize};

use super::document::AgreementText;
use super::language::{Language, Paper, PrintLanguage};
use super::lifecycle::AgreementStatus;
use super::record::Signature;
use crate::date::IsoDate;

/// A generic annex: a titled table whose header row repeats on every printed page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Annex {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A paper attached to the agreement (the scanned signed copy, for instance), listed with its
/// fingerprint so a reader can check the file they hold is the one recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AttachmentEntry {
    pub file_name: String,
    pub media_type: String,
    pub size_bytes: u64,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintableAgreement {
    pub reference: String,
    /// 1 for the agreement's own text, then one per amendment.
    pub version: u32,
    /// 0 for the agreement's own text, n for amendment n.
    pub amendment: u32,
    pub status: AgreementStatus,
    /// The date printed on the title page.
    pub printed_on: IsoDate,
    /// Who the PDF names as its author (the partnership's name).
    pub author: String,
    pub text: AgreementText,
    /// Signatures recorded on this version; a party without one gets a blank block to sign.
    pub signatures: Vec<Signature>,
    pub annexes: Vec<Annex>,
    pub attachments: Vec<AttachmentEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintOptions {
    pub paper: Paper,
    pub language: PrintLanguage,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            paper: Paper::A4,
            language: PrintLanguage::En,
        }
    }
}

/// The text asked for is not there (a French print of an English-only agreement).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("this agreement has no {missing} text; add a translation or print in {available}")]
pub struct MissingLanguage {
    pub missing: Language,
    pub available: Language,
}

impl PrintableAgreement {
    /// Checks every language the options ask for is present.
    pub fn check_languages(&self, options: &PrintOptions) -> Result<(), MissingLanguage> {
        for language in options.language.languages() {
            if self.text.in_language(*language).is_none() {
                return Err(MissingLanguage {
                    missing: *language,
                    available: self.text.language,
                });
            }
        }
        Ok(())
    }

    /// The signature recorded for a party, if any.
    pub fn signature_of(&self, organisation_id: i64) -> Option<&Signature> {
        self.signatures
            .iter()
            .find(|s| s.organisation_id == organisation_id)
    }
}
