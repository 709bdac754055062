//! What a matrix holds: its parties (columns), its activities (rows) under headings, and per
//! activity the letters, the funding and how long it lasts. Stored as one JSON value per
//! version, so a frozen version keeps exactly what was annexed and signed.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::raci::Raci;
use crate::text::name_key;

/// A column: a member organisation, with the name printed at the time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MatrixParty {
    pub organisation_id: i64,
    pub name: String,
    /// Acronym or short name for narrow column headers; empty when the member has none.
    #[serde(default)]
    pub short_name: String,
}

impl MatrixParty {
    /// What a column header shows: the acronym when there is one.
    pub fn header(&self) -> &str {
        if self.short_name.trim().is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}

/// One filled cell; empty cells are simply absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Cell {
    pub organisation_id: i64,
    pub raci: Raci,
}

crate::closed_choice!(
    DurationUnit {
        Days => "days",
        Weeks => "weeks",
        Months => "months",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct WorkDuration {
    pub amount: u32,
    pub unit: DurationUnit,
}

/// A row of the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Activity {
    /// Stable within the matrix, so findings, links and action items survive reordering.
    pub id: u32,
    /// The group the row sits under (a 4P pillar, a phase of an operation…); may be empty.
    #[serde(default)]
    pub heading: String,
    pub label: String,
    /// The French label; empty when not translated (the English one is printed instead).
    #[serde(default)]
    pub label_fr: String,
    #[serde(default)]
    pub cells: Vec<Cell>,
    #[serde(default)]
    pub needs_funding: bool,
    /// Who pays: a member or an outside donor, as written by the secretariat.
    #[serde(default)]
    pub funder: String,
    #[serde(default)]
    pub duration: Option<WorkDuration>,
    /// Confidentiality and safety rules, for instance.
    #[serde(default)]
    pub note: String,
}

impl Activity {
    pub fn raci_of(&self, organisation_id: i64) -> Option<Raci> {
        self.cells
            .iter()
            .find(|cell| cell.organisation_id == organisation_id)
            .map(|cell| cell.raci)
    }

    /// Sets or clears one cell.
    pub fn set(&mut self, organisation_id: i64, raci: Option<Raci>) {
        self.cells
            .retain(|cell| cell.organisation_id != organisation_id);
        if let Some(raci) = raci {
            self.cells.push(Cell {
                organisation_id,
                raci,
            });
        }
    }

    /// The organisations holding one letter on this row, in the order the cells are stored.
    pub fn holders(&self, raci: Raci) -> impl Iterator<Item = i64> + '_ {
        self.cells
            .iter()
            .filter(move |cell| cell.raci == raci)
            .map(|cell| cell.organisation_id)
    }

    /// The label in the language asked for, falling back to English.
    pub fn label_in(&self, french: bool) -> &str {
        if french && !self.label_fr.trim().is_empty() {
            &self.label_fr
        } else {
            &self.label
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MatrixContent {
    pub title: String,
    #[serde(default)]
    pub title_fr: String,
    pub parties: Vec<MatrixParty>,
    pub activities: Vec<Activity>,
    /// A party Responsible on more rows than this is reported as overloaded.
    pub overload_threshold: u32,
}

/// Why a matrix cannot be stored as it is. Findings (gaps, duplicated work) are not problems.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MatrixProblem {
    #[error("the matrix needs a title")]
    NoTitle,
    #[error("the title is too long ({length} characters; at most 300)")]
    TitleTooLong { length: usize },
    #[error("row {row} has no activity label")]
    EmptyLabel { row: usize },
    #[error("row {row}: “{label}” appears twice under “{heading}”")]
    DuplicateActivity {
        row: usize,
        heading: String,
        label: String,
    },
    #[error("row {row} has the same id as an earlier row")]
    DuplicateActivityId { row: usize },
    #[error("“{name}” is a column twice")]
    DuplicateParty { organisation_id: i64, name: String },
    #[error("row {row} has a letter for organisation {organisation_id}, which is not a column")]
    CellOutsideParties { row: usize, organisation_id: i64 },
    #[error("row {row} has two letters for one organisation ({organisation_id})")]
    TwoLettersInOneCell { row: usize, organisation_id: i64 },
    #[error("the overload threshold must be at least 1")]
    ZeroThreshold,
    #[error("row {row}: a duration must be at least 1")]
    ZeroDuration { row: usize },
    /// Found by the api, which knows the registry.
    #[error("“{name}” (organisation {organisation_id}) is not a member organisation")]
    NotAMember { organisation_id: i64, name: String },
}

impl MatrixProblem {
    /// The 1-based row the problem is on, when it is on one.
    pub fn row(&self) -> Option<usize> {
        match self {
            MatrixProblem::EmptyLabel { row }
            | MatrixProblem::DuplicateActivity { row, .. }
            | MatrixProblem::DuplicateActivityId { row }
            | MatrixProblem::CellOutsideParties { row, .. }
            | MatrixProblem::TwoLettersInOneCell { row, .. }
            | MatrixProblem::ZeroDuration { row } => Some(*row),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct MatrixProblems(pub Vec<MatrixProblem>);

impl MatrixContent {
    pub fn empty(title: &str) -> Self {
        MatrixContent {
            title: title.to_string(),
            title_fr: String::new(),
            parties: Vec::new(),
            activities: Vec::new(),
            overload_threshold: super::checks::DEFAULT_OVERLOAD_THRESHOLD,
        }
    }

    /// Every structural problem at once; rows are numbered from 1 as the grid shows them.
    pub fn validate(&self) -> Result<(), MatrixProblems> {
        let mut problems = Vec::new();
        let title_length = self.title.trim().chars().count();
        if title_length == 0 {
            problems.push(MatrixProblem::NoTitle);
        } else if title_length > 300 {
            problems.push(MatrixProblem::TitleTooLong {
                length: title_length,
            });
        }
        if self.overload_threshold == 0 {
            problems.push(MatrixProblem::ZeroThreshold);
        }
        let mut columns = HashSet::new();
        for party in &self.parties {
            if !columns.insert(party.organisation_id) {
                problems.push(MatrixProblem::DuplicateParty {
                    organisation_id: party.organisation_id,
                    name: party.name.clone(),
                });
            }
        }
        let mut labels = HashSet::new();
        let mut ids = HashSet::new();
        for (index, activity) in self.activities.iter().enumerate() {
            let row = index + 1;
            if !ids.insert(activity.id) {
                problems.push(MatrixProblem::DuplicateActivityId { row });
            }
            if activity.label.trim().is_empty() {
                problems.push(MatrixProblem::EmptyLabel { row });
            } else if !labels.insert((name_key(&activity.heading), name_key(&activity.label))) {
                problems.push(MatrixProblem::DuplicateActivity {
                    row,
                    heading: activity.heading.trim().to_string(),
                    label: activity.label.trim().to_string(),
                });
            }
            let mut seen = HashSet::new();
            for cell in &activity.cells {
                if !columns.contains(&cell.organisation_id) {
                    problems.push(MatrixProblem::CellOutsideParties {
                        row,
                        organisation_id: cell.organisation_id,
                    });
                } else if !seen.insert(cell.organisation_id) {
                    problems.push(MatrixProblem::TwoLettersInOneCell {
                        row,
                        organisation_id: cell.organisation_id,
                    });
                }
            }
            if activity.duration.is_some_and(|d| d.amount == 0) {
                problems.push(MatrixProblem::ZeroDuration { row });
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(MatrixProblems(problems))
        }
    }

    /// The next free activity id, for a new row.
    pub fn next_activity_id(&self) -> u32 {
        self.activities.iter().map(|a| a.id).max().unwrap_or(0) + 1
    }

    pub fn party(&self, organisation_id: i64) -> Option<&MatrixParty> {
        self.parties
            .iter()
            .find(|party| party.organisation_id == organisation_id)
    }

    pub fn activity(&self, activity_id: u32) -> Option<&Activity> {
        self.activities.iter().find(|a| a.id == activity_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(id: i64, name: &str) -> MatrixParty {
        MatrixParty {
            organisation_id: id,
            name: name.into(),
            short_name: String::new(),
        }
    }

    fn activity(id: u32, heading: &str, label: &str) -> Activity {
        Activity {
            id,
            heading: heading.into(),
            label: label.into(),
            label_fr: String::new(),
            cells: Vec::new(),
            needs_funding: false,
            funder: String::new(),
            duration: None,
            note: String::new(),
        }
    }

    #[test]
    fn a_label_may_repeat_under_another_heading_but_not_under_the_same_one() {
        let mut matrix = MatrixContent::empty("Raid-day coordination");
        matrix.activities = vec![
            activity(1, "Before the operation", "Transport"),
            activity(2, "On the day", "Transport"),
            activity(3, "On the day", "  transport "),
        ];
        let problems = matrix.validate().unwrap_err().0;
        assert_eq!(
            problems,
            vec![MatrixProblem::DuplicateActivity {
                row: 3,
                heading: "On the day".into(),
                label: "transport".into(),
            }]
        );
    }

    #[test]
    fn a_letter_for_an_organisation_that_is_not_a_column_is_refused() {
        let mut matrix = MatrixContent::empty("Shelter");
        matrix.parties = vec![party(1, "Bộ Lao động"), party(1, "Bộ Lao động")];
        let mut row = activity(1, "", "Accommodation");
        row.set(9, Some(Raci::Responsible));
        matrix.activities = vec![row];
        let problems = matrix.validate().unwrap_err().0;
        assert!(problems.contains(&MatrixProblem::DuplicateParty {
            organisation_id: 1,
            name: "Bộ Lao động".into()
        }));
        assert!(problems.contains(&MatrixProblem::CellOutsideParties {
            row: 1,
            organisation_id: 9
        }));
    }

    #[test]
    fn setting_a_cell_replaces_its_letter_and_none_clears_it() {
        let mut row = activity(1, "", "Food");
        row.set(4, Some(Raci::Responsible));
        row.set(4, Some(Raci::Accountable));
        assert_eq!(row.raci_of(4), Some(Raci::Accountable));
        assert_eq!(row.cells.len(), 1);
        row.set(4, None);
        assert_eq!(row.raci_of(4), None);
    }
}
