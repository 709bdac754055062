use serde::{Deserialize, Serialize};

use super::section::Section;
use crate::date::IsoDate;

crate::closed_choice!(
    /// What kind of arrangement an agreement is.
    AgreementKind {
        BindingAgreement => "binding_agreement",
        Mou => "mou",
        Sop => "sop",
        Guidelines => "guidelines",
    }
);

/// A clause: a stable id (kept when clauses are reordered, so versions compare by clause) and
/// its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Clause {
    pub id: u32,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct SectionText {
    pub section: Section,
    pub clauses: Vec<Clause>,
}

/// A party to the agreement: a member organisation and, once chosen, who signs for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Party {
    pub organisation_id: i64,
    pub name: String,
    /// The representative who signs, with their title; `None` until chosen.
    pub signatory: Option<String>,
    pub signatory_title: String,
}

/// The text of one version of an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgreementText {
    pub title: String,
    pub kind: AgreementKind,
    pub parties: Vec<Party>,
    pub sections: Vec<SectionText>,
    pub effective_on: Option<IsoDate>,
    pub expires_on: Option<IsoDate>,
}

impl AgreementText {
    /// The clauses of a section, empty when the section is missing.
    pub fn clauses(&self, section: Section) -> &[Clause] {
        self.sections
            .iter()
            .find(|s| s.section == section)
            .map_or(&[], |s| s.clauses.as_slice())
    }
}
