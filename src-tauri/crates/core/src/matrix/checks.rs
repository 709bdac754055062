//! The checks a secretariat sees live in the grid: exactly one Accountable and at least one
//! Responsible per activity, several Responsible (possible duplicated work), idle and
//! overloaded parties, activities that need funding and have no funder. Findings, not
//! refusals: a matrix with findings is saved; an agreement it is annexed to lists them.

use pacta_messages::{message, Locale, Messages};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::content::{Activity, MatrixContent};
use super::raci::Raci;

/// Responsible on more rows than this, by default, and a party is reported as overloaded.
pub const DEFAULT_OVERLOAD_THRESHOLD: u32 = 8;

/// Where a finding points in the grid: a row, a column, or one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct CellRef {
    pub activity_id: Option<u32>,
    pub organisation_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MatrixFinding {
    NoAccountable {
        activity_id: u32,
        activity: String,
    },
    SeveralAccountable {
        activity_id: u32,
        activity: String,
        organisation_ids: Vec<i64>,
        names: Vec<String>,
    },
    NoResponsible {
        activity_id: u32,
        activity: String,
    },
    /// Several parties doing the same work: the duplication agreements are meant to avoid.
    SeveralResponsible {
        activity_id: u32,
        activity: String,
        organisation_ids: Vec<i64>,
        names: Vec<String>,
    },
    NoFunder {
        activity_id: u32,
        activity: String,
    },
    /// Responsible or Accountable for nothing.
    IdleParty {
        organisation_id: i64,
        name: String,
    },
    OverloadedParty {
        organisation_id: i64,
        name: String,
        rows: u32,
        threshold: u32,
    },
}

impl MatrixFinding {
    /// The cell, row or column the grid jumps to from this finding.
    pub fn target(&self) -> CellRef {
        match self {
            MatrixFinding::NoAccountable { activity_id, .. }
            | MatrixFinding::NoResponsible { activity_id, .. }
            | MatrixFinding::NoFunder { activity_id, .. } => CellRef {
                activity_id: Some(*activity_id),
                organisation_id: None,
            },
            MatrixFinding::SeveralAccountable {
                activity_id,
                organisation_ids,
                ..
            }
            | MatrixFinding::SeveralResponsible {
                activity_id,
                organisation_ids,
                ..
            } => CellRef {
                activity_id: Some(*activity_id),
                organisation_id: organisation_ids.first().copied(),
            },
            MatrixFinding::IdleParty {
                organisation_id, ..
            }
            | MatrixFinding::OverloadedParty {
                organisation_id, ..
            } => CellRef {
                activity_id: None,
                organisation_id: Some(*organisation_id),
            },
        }
    }
}

impl MatrixFinding {
    /// The finding as a sentence in `messages`' language, each activity named by
    /// `label(activity_id, stored)`: a print in another language names it by its translated
    /// label rather than the one stored when the check ran.
    pub fn sentence(&self, messages: &Messages, label: impl Fn(u32, &str) -> String) -> String {
        match self {
            MatrixFinding::NoAccountable {
                activity_id,
                activity,
            } => message!(
                messages,
                "matrix-finding-no-accountable",
                activity = label(*activity_id, activity)
            ),
            MatrixFinding::SeveralAccountable {
                activity_id,
                activity,
                names,
                ..
            } => message!(
                messages,
                "matrix-finding-several-accountable",
                activity = label(*activity_id, activity),
                count = names.len(),
                names = names.join(", ")
            ),
            MatrixFinding::NoResponsible {
                activity_id,
                activity,
            } => message!(
                messages,
                "matrix-finding-no-responsible",
                activity = label(*activity_id, activity)
            ),
            MatrixFinding::SeveralResponsible {
                activity_id,
                activity,
                names,
                ..
            } => message!(
                messages,
                "matrix-finding-several-responsible",
                activity = label(*activity_id, activity),
                count = names.len(),
                names = names.join(", ")
            ),
            MatrixFinding::NoFunder {
                activity_id,
                activity,
            } => message!(
                messages,
                "matrix-finding-no-funder",
                activity = label(*activity_id, activity)
            ),
            MatrixFinding::IdleParty { name, .. } => {
                message!(messages, "matrix-finding-idle-party", name = name)
            }
            MatrixFinding::OverloadedParty {
                name,
                rows,
                threshold,
                ..
            } => message!(
                messages,
                "matrix-finding-overloaded-party",
                name = name,
                rows = *rows,
                threshold = *threshold
            ),
        }
    }

    /// The finding in `messages`' language, naming activities as the check stored them.
    pub fn text(&self, messages: &Messages) -> String {
        self.sentence(messages, |_, stored| stored.to_string())
    }
}

/// English, for logs and callers that have no reader's language.
impl std::fmt::Display for MatrixFinding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Messages::of(Locale::En)))
    }
}

/// Every finding, row by row in grid order, then column by column.
pub fn check(matrix: &MatrixContent) -> Vec<MatrixFinding> {
    let column_of: FxHashMap<i64, usize> = matrix
        .parties
        .iter()
        .enumerate()
        .map(|(index, party)| (party.organisation_id, index))
        .collect();
    let mut responsible_rows = vec![0u32; matrix.parties.len()];
    let mut accountable_rows = vec![0u32; matrix.parties.len()];
    let mut findings = Vec::new();
    for activity in &matrix.activities {
        let accountable = in_column_order(activity, Raci::Accountable, &column_of);
        let responsible = in_column_order(activity, Raci::Responsible, &column_of);
        for column in &accountable {
            accountable_rows[*column] += 1;
        }
        for column in &responsible {
            responsible_rows[*column] += 1;
        }
        let label = || activity.label.clone();
        match accountable.len() {
            0 => findings.push(MatrixFinding::NoAccountable {
                activity_id: activity.id,
                activity: label(),
            }),
            1 => {}
            _ => findings.push(MatrixFinding::SeveralAccountable {
                activity_id: activity.id,
                activity: label(),
                organisation_ids: ids(matrix, &accountable),
                names: names(matrix, &accountable),
            }),
        }
        match responsible.len() {
            0 => findings.push(MatrixFinding::NoResponsible {
                activity_id: activity.id,
                activity: label(),
            }),
            1 => {}
            _ => findings.push(MatrixFinding::SeveralResponsible {
                activity_id: activity.id,
                activity: label(),
                organisation_ids: ids(matrix, &responsible),
                names: names(matrix, &responsible),
            }),
        }
        if activity.needs_funding && activity.funder.trim().is_empty() {
            findings.push(MatrixFinding::NoFunder {
                activity_id: activity.id,
                activity: label(),
            });
        }
    }
    for (column, party) in matrix.parties.iter().enumerate() {
        if responsible_rows[column] == 0 && accountable_rows[column] == 0 {
            findings.push(MatrixFinding::IdleParty {
                organisation_id: party.organisation_id,
                name: party.name.clone(),
            });
        } else if responsible_rows[column] > matrix.overload_threshold {
            findings.push(MatrixFinding::OverloadedParty {
                organisation_id: party.organisation_id,
                name: party.name.clone(),
                rows: responsible_rows[column],
                threshold: matrix.overload_threshold,
            });
        }
    }
    findings
}

/// The columns holding `raci` on the row, left to right. The grid checks a matrix while it is
/// being edited, before validation: cells outside the columns are ignored, and a party listed
/// twice with the same letter counts once, so it is neither "several" nor counted twice.
fn in_column_order(
    activity: &Activity,
    raci: Raci,
    column_of: &FxHashMap<i64, usize>,
) -> Vec<usize> {
    let mut columns: Vec<usize> = activity
        .holders(raci)
        .filter_map(|id| column_of.get(&id).copied())
        .collect();
    columns.sort_unstable();
    columns.dedup();
    columns
}

fn ids(matrix: &MatrixContent, columns: &[usize]) -> Vec<i64> {
    columns
        .iter()
        .map(|c| matrix.parties[*c].organisation_id)
        .collect()
}

fn names(matrix: &MatrixContent, columns: &[usize]) -> Vec<String> {
    columns
        .iter()
        .map(|c| matrix.parties[*c].name.clone())
        .collect()
}
