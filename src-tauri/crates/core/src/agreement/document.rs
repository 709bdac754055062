use serde::{Deserialize, Serialize};

use super::language::Language;
use super::printable::Annex;
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
/// its text, with the notes kept on it (a partner's comments from a redline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Clause {
    pub id: u32,
    pub text: String,
    /// Absent from the stored JSON when empty, so texts sealed before notes existed still
    /// serialise to the bytes their seal was made from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<ClauseNote>,
}

/// A remark on a clause that is not part of its text: who made it, when, and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ClauseNote {
    pub author: String,
    pub date: Option<String>,
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
    /// Postal address, printed under the party's name.
    #[serde(default)]
    pub address: String,
}

/// The same agreement in a second language, for bilingual printing. Clause ids match the
/// main text's, so each clause prints beside its translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Translation {
    pub language: Language,
    pub title: String,
    pub sections: Vec<SectionText>,
}

/// The text of one version of an agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgreementText {
    /// The language of `title` and `sections`.
    #[serde(default = "english")]
    pub language: Language,
    pub title: String,
    pub kind: AgreementKind,
    pub parties: Vec<Party>,
    pub sections: Vec<SectionText>,
    pub effective_on: Option<IsoDate>,
    pub expires_on: Option<IsoDate>,
    #[serde(default)]
    pub translation: Option<Translation>,
    /// Tables printed after the signatures (a schedule of services, contact points…).
    #[serde(default)]
    pub annexes: Vec<Annex>,
}

fn english() -> Language {
    Language::En
}

impl AgreementText {
    /// The title and sections in `language`, from the main text or its translation.
    pub fn in_language(&self, language: Language) -> Option<(&str, &[SectionText])> {
        if self.language == language {
            return Some((&self.title, &self.sections));
        }
        self.translation
            .as_ref()
            .filter(|t| t.language == language)
            .map(|t| (t.title.as_str(), t.sections.as_slice()))
    }

    /// The clauses of a section, empty when the section is missing.
    pub fn clauses(&self, section: Section) -> &[Clause] {
        clauses_of(&self.sections, section)
    }

    /// An id no clause uses yet, in the text or its translation.
    pub fn next_clause_id(&self) -> u32 {
        let translated = self.translation.iter().flat_map(|t| &t.sections);
        self.sections
            .iter()
            .chain(translated)
            .flat_map(|s| &s.clauses)
            .map(|c| c.id)
            .max()
            .unwrap_or(0)
            + 1
    }

    /// Appends a clause to a section, creating the section in its printed place if missing.
    pub fn push_clause(&mut self, section: Section, id: u32, text: String) {
        push_clause_into(
            &mut self.sections,
            section,
            Clause {
                id,
                text,
                notes: Vec::new(),
            },
        );
    }
}

impl Translation {
    pub fn clauses(&self, section: Section) -> &[Clause] {
        clauses_of(&self.sections, section)
    }

    pub fn push_clause(&mut self, section: Section, id: u32, text: String) {
        push_clause_into(
            &mut self.sections,
            section,
            Clause {
                id,
                text,
                notes: Vec::new(),
            },
        );
    }
}

fn clauses_of(sections: &[SectionText], section: Section) -> &[Clause] {
    sections
        .iter()
        .find(|s| s.section == section)
        .map_or(&[], |s| s.clauses.as_slice())
}

fn push_clause_into(sections: &mut Vec<SectionText>, section: Section, clause: Clause) {
    if let Some(existing) = sections.iter_mut().find(|s| s.section == section) {
        existing.clauses.push(clause);
        return;
    }
    let at = sections
        .iter()
        .position(|s| s.section > section)
        .unwrap_or(sections.len());
    sections.insert(
        at,
        SectionText {
            section,
            clauses: vec![clause],
        },
    );
}
