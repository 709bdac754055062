//! Clause-level comparison of two versions, with word-level changes inside a changed clause.

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

use super::document::AgreementText;
use super::section::Section;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ClauseChangeKind {
    Added,
    Removed,
    Changed,
    /// Same text, another place in the section.
    Moved,
}

/// One run of words: kept, inserted or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum WordChange {
    Same(String),
    Inserted(String),
    Deleted(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ClauseChange {
    pub section: Section,
    pub clause_id: u32,
    pub kind: ClauseChangeKind,
    /// For a changed clause, the words kept, inserted and deleted, in reading order.
    pub words: Vec<WordChange>,
}

/// The clauses that differ between `before` and `after`, section by section; unchanged
/// clauses are left out.
pub fn compare(before: &AgreementText, after: &AgreementText) -> Vec<ClauseChange> {
    let mut changes = Vec::new();
    for section in Section::ALL.iter().copied().filter(|s| s.holds_clauses()) {
        let old = before.clauses(section);
        let new = after.clauses(section);
        for (position, clause) in new.iter().enumerate() {
            let change = match old.iter().position(|c| c.id == clause.id) {
                None => Some((ClauseChangeKind::Added, Vec::new())),
                Some(at) if old[at].text != clause.text => Some((
                    ClauseChangeKind::Changed,
                    words(&old[at].text, &clause.text),
                )),
                Some(at) if at != position => Some((ClauseChangeKind::Moved, Vec::new())),
                Some(_) => None,
            };
            if let Some((kind, words)) = change {
                changes.push(ClauseChange {
                    section,
                    clause_id: clause.id,
                    kind,
                    words,
                });
            }
        }
        for clause in old.iter().filter(|c| !new.iter().any(|n| n.id == c.id)) {
            changes.push(ClauseChange {
                section,
                clause_id: clause.id,
                kind: ClauseChangeKind::Removed,
                words: Vec::new(),
            });
        }
    }
    changes
}

fn words(before: &str, after: &str) -> Vec<WordChange> {
    let diff = TextDiff::from_words(before, after);
    let mut runs: Vec<WordChange> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value().to_string();
        match (change.tag(), runs.last_mut()) {
            (ChangeTag::Equal, Some(WordChange::Same(run)))
            | (ChangeTag::Insert, Some(WordChange::Inserted(run)))
            | (ChangeTag::Delete, Some(WordChange::Deleted(run))) => run.push_str(&text),
            (ChangeTag::Equal, _) => runs.push(WordChange::Same(text)),
            (ChangeTag::Insert, _) => runs.push(WordChange::Inserted(text)),
            (ChangeTag::Delete, _) => runs.push(WordChange::Deleted(text)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::document::{AgreementKind, Clause, SectionText};
    use crate::agreement::language::Language;

    fn text(funding: &[(u32, &str)], media: &[(u32, &str)]) -> AgreementText {
        let clauses = |list: &[(u32, &str)]| {
            list.iter()
                .map(|(id, t)| Clause {
                    id: *id,
                    text: (*t).into(),
                    notes: Vec::new(),
                })
                .collect()
        };
        AgreementText {
            language: Language::En,
            title: "MoU".into(),
            kind: AgreementKind::Mou,
            parties: Vec::new(),
            sections: vec![
                SectionText {
                    section: Section::Funding,
                    clauses: clauses(funding),
                },
                SectionText {
                    section: Section::Media,
                    clauses: clauses(media),
                },
            ],
            effective_on: None,
            expires_on: None,
            translation: None,
            annexes: Vec::new(),
        }
    }

    #[test]
    fn lists_exactly_the_changed_clauses() {
        let before = text(
            &[
                (1, "The Ministry funds shelter for 30 days."),
                (2, "Each party bears its own costs."),
            ],
            &[(1, "No media coverage of operations.")],
        );
        let after = text(
            &[
                (2, "Each party bears its own costs."),
                (1, "The Ministry funds shelter for 90 days."),
                (3, "Funding is reviewed yearly."),
            ],
            &[],
        );
        let found: Vec<(Section, u32, ClauseChangeKind)> = compare(&before, &after)
            .iter()
            .map(|c| (c.section, c.clause_id, c.kind))
            .collect();
        assert_eq!(
            found,
            vec![
                (Section::Funding, 2, ClauseChangeKind::Moved),
                (Section::Funding, 1, ClauseChangeKind::Changed),
                (Section::Funding, 3, ClauseChangeKind::Added),
                (Section::Media, 1, ClauseChangeKind::Removed),
            ]
        );
    }

    #[test]
    fn a_changed_clause_shows_the_words_that_changed() {
        let before = text(&[(1, "Shelter for 30 days in Windhoek.")], &[]);
        let after = text(&[(1, "Shelter for 90 days in Windhoek.")], &[]);
        let change = &compare(&before, &after)[0];
        assert!(
            change.words.contains(&WordChange::Deleted("30".into())),
            "{:?}",
            change.words
        );
        assert!(
            change.words.contains(&WordChange::Inserted("90".into())),
            "{:?}",
            change.words
        );
        assert_eq!(
            change.words.first(),
            Some(&WordChange::Same("Shelter for ".into()))
        );
    }

    #[test]
    fn identical_versions_differ_nowhere() {
        let same = text(&[(1, "Nguyễn Văn Đức signs for the Centre.")], &[]);
        assert!(compare(&same, &same).is_empty());
    }
}
