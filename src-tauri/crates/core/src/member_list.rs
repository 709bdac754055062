//! The member list: what a screen or the CLI asks for, and the page it gets back.

use serde::{Deserialize, Serialize};

use crate::body::Role;
use crate::organisation::{MemberStatus, OrganisationKind, Pillar};

crate::closed_choice!(
    /// The columns the member list can be sorted by.
    MemberSort {
        Name => "name",
        Acronym => "acronym",
        Kind => "kind",
        Country => "country",
        Chamber => "chamber",
        Status => "status",
        JoinedOn => "joined_on",
    }
);

/// Search text and filters; every filter left `None` lets every member through.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MemberQuery {
    /// Words to find in names, acronyms and representatives, ignoring accents and case;
    /// each word matches as a prefix ("gusm" finds "Gusmão").
    pub text: String,
    pub kind: Option<OrganisationKind>,
    pub chamber: Option<String>,
    pub role: Option<Role>,
    pub status: Option<MemberStatus>,
    pub pillar: Option<Pillar>,
    pub sort: MemberSort,
    pub descending: bool,
    pub offset: u32,
    pub limit: u32,
}

impl Default for MemberQuery {
    fn default() -> Self {
        MemberQuery {
            text: String::new(),
            kind: None,
            chamber: None,
            role: None,
            status: None,
            pillar: None,
            sort: MemberSort::Name,
            descending: false,
            offset: 0,
            limit: 100,
        }
    }
}

/// One row of the member list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MemberSummary {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub country: Option<String>,
    pub chamber: Option<String>,
    pub pillars: Vec<Pillar>,
    pub status: MemberStatus,
    pub joined_on: String,
    /// Every role the organisation holds in any body, without repeats.
    pub roles: Vec<Role>,
    pub primary_representative: Option<String>,
}

/// A window of the list and the number of members matching in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MemberPage {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<MemberSummary>,
}

/// Turns typed words into an FTS5 query of prefix terms, or `None` when nothing is typed.
/// Quotes are doubled so that no typed character can be read as FTS5 syntax.
pub fn full_text_query(text: &str) -> Option<String> {
    let terms: Vec<String> = crate::text::fold_letters(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(|word| format!("\"{}\"*", word.replace('"', "\"\"")))
        .collect();
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_words_become_prefix_terms() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("gusmao", Some("\"gusmao\"*"), "one word"),
            (
                "  Nguyễn  Thị ",
                Some("\"Nguyễn\"* \"Thị\"*"),
                "several words, accents kept for FTS",
            ),
            (
                "AND OR NOT",
                Some("\"AND\"* \"OR\"* \"NOT\"*"),
                "operators are quoted as words",
            ),
            ("\"*()", None, "punctuation alone is no query"),
            ("", None, "empty"),
            ("l'OIT", Some("\"l\"* \"OIT\"*"), "apostrophes split words"),
            (
                "động",
                Some("\"dộng\"*"),
                "a d with stroke matches the folded index",
            ),
        ];
        for (text, expected, reason) in cases {
            assert_eq!(full_text_query(text).as_deref(), *expected, "{reason}");
        }
    }
}
