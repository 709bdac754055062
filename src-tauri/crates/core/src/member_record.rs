//! One member as a row of a spreadsheet: the column set shared by CSV and Excel import and
//! export, so a file exported by Pacta imports back unchanged.

use crate::field::Field;
use crate::organisation::{parse_choice, MemberStatus, OrganisationDraft, ValidOrganisation};
use crate::representative::{RepresentativeDraft, ValidRepresentative};
use crate::validation::Problem;

/// Column names, in export order. Pillars are separated by `;` inside their cell.
pub const MEMBER_COLUMNS: &[&str] = &[
    "id",
    "name",
    "acronym",
    "kind",
    "country",
    "chamber",
    "pillars",
    "status",
    "joined_on",
    "notes",
    "representative_name",
    "representative_title",
    "representative_email",
    "representative_phone",
];

/// Columns a file must have; the others may be left out.
pub const REQUIRED_COLUMNS: &[&str] = &["name", "kind", "joined_on"];

/// Where each known column sits in a given file's header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    positions: Vec<Option<usize>>,
}

/// A header row that lacks a column the import needs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the file has no “{column}” column (columns needed: {})", REQUIRED_COLUMNS.join(", "))]
pub struct MissingColumn {
    pub column: &'static str,
}

impl ColumnMap {
    /// Finds the known columns by name, ignoring case, blanks and a byte-order mark.
    pub fn from_headers<S: AsRef<str>>(headers: &[S]) -> Result<ColumnMap, MissingColumn> {
        let normalised: Vec<String> = headers
            .iter()
            .map(|h| {
                h.as_ref()
                    .trim_start_matches('\u{feff}')
                    .trim()
                    .to_lowercase()
            })
            .collect();
        let positions: Vec<Option<usize>> = MEMBER_COLUMNS
            .iter()
            .map(|column| normalised.iter().position(|h| h == column))
            .collect();
        for required in REQUIRED_COLUMNS {
            let index = MEMBER_COLUMNS
                .iter()
                .position(|c| c == required)
                .expect("known column");
            if positions[index].is_none() {
                return Err(MissingColumn { column: required });
            }
        }
        Ok(ColumnMap { positions })
    }

    fn cell<'a, S: AsRef<str>>(&self, cells: &'a [S], column: &str) -> &'a str {
        let index = MEMBER_COLUMNS
            .iter()
            .position(|c| *c == column)
            .expect("known column");
        self.positions[index]
            .and_then(|at| cells.get(at))
            .map(AsRef::as_ref)
            .unwrap_or("")
    }
}

/// One row, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRecord {
    /// The id of an existing member to update; `None` adds a new member.
    pub id: Option<i64>,
    pub organisation: ValidOrganisation,
    pub status: MemberStatus,
    pub representative: Option<ValidRepresentative>,
}

/// A problem in one cell of an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    pub column: &'static str,
    pub problem: Problem,
}

impl MemberRecord {
    /// Reads one data row; on failure, names the column of every bad cell.
    pub fn from_cells<S: AsRef<str>>(
        map: &ColumnMap,
        cells: &[S],
    ) -> Result<MemberRecord, Vec<CellProblem>> {
        let cell = |column: &str| map.cell(cells, column);
        let mut problems = Vec::new();

        let id = match cell("id").trim() {
            "" => None,
            text => match text.parse::<i64>() {
                Ok(id) if id > 0 => Some(id),
                _ => {
                    problems.push(CellProblem {
                        column: "id",
                        problem: Problem::InvalidChoice {
                            field: Field::Id,
                            value: text.to_string(),
                        },
                    });
                    None
                }
            },
        };

        let draft = OrganisationDraft {
            name: cell("name").into(),
            acronym: cell("acronym").into(),
            kind: cell("kind").into(),
            country: cell("country").into(),
            chamber: cell("chamber").into(),
            pillars: cell("pillars")
                .split(';')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect(),
            joined_on: cell("joined_on").into(),
            notes: cell("notes").into(),
        };
        let organisation = draft.validate().map_err(|found| {
            problems.extend(found.0.into_iter().map(|problem| CellProblem {
                column: column_of(problem.field()),
                problem,
            }));
        });

        let status = match cell("status").trim() {
            "" => Some(MemberStatus::Active),
            text => match parse_choice(Field::Status, text, MemberStatus::parse) {
                Ok(status) => Some(status),
                Err(problem) => {
                    problems.push(CellProblem {
                        column: "status",
                        problem,
                    });
                    None
                }
            },
        };

        let representative_draft = RepresentativeDraft {
            name: cell("representative_name").into(),
            title: cell("representative_title").into(),
            email: cell("representative_email").into(),
            phone: cell("representative_phone").into(),
            primary: true,
        };
        let has_representative = [
            &representative_draft.name,
            &representative_draft.title,
            &representative_draft.email,
            &representative_draft.phone,
        ]
        .iter()
        .any(|text| !text.trim().is_empty());
        let representative = if has_representative {
            representative_draft.validate().map(Some).map_err(|found| {
                problems.extend(found.0.into_iter().map(|problem| CellProblem {
                    column: column_of(problem.field()),
                    problem,
                }));
            })
        } else {
            Ok(None)
        };

        match (organisation, status, representative) {
            (Ok(organisation), Some(status), Ok(representative)) if problems.is_empty() => {
                Ok(MemberRecord {
                    id,
                    organisation,
                    status,
                    representative,
                })
            }
            _ => Err(problems),
        }
    }
}

fn column_of(field: Field) -> &'static str {
    match field {
        Field::RepresentativeName => "representative_name",
        Field::Title => "representative_title",
        Field::Email => "representative_email",
        Field::Phone => "representative_phone",
        Field::Id => "id",
        Field::Name => "name",
        Field::Acronym => "acronym",
        Field::Kind => "kind",
        Field::Country => "country",
        Field::Chamber => "chamber",
        Field::Pillars => "pillars",
        Field::Status => "status",
        Field::JoinedOn => "joined_on",
        _ => "notes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> ColumnMap {
        ColumnMap::from_headers(MEMBER_COLUMNS).unwrap()
    }

    fn row(overrides: &[(&str, &str)]) -> Vec<String> {
        let mut cells: Vec<String> = vec![
            "",
            "Lao Federation of Trade Unions",
            "LFTU",
            "trade_union",
            "LA",
            "Workers",
            "prevention; protection",
            "active",
            "2023-09-01",
            "",
            "Souphanouvong Keomany",
            "Vice-President",
            "s.keomany@lftu.la",
            "+856 21 000 000",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        for (column, value) in overrides {
            let at = MEMBER_COLUMNS.iter().position(|c| c == column).unwrap();
            cells[at] = (*value).into();
        }
        cells
    }

    #[test]
    fn headers_may_come_in_any_order_and_case_with_a_bom() {
        let map = ColumnMap::from_headers(&["\u{feff}Joined_On", " KIND ", "name"]).unwrap();
        let record = MemberRecord::from_cells(&map, &["2020-01-01", "ngo", "Ação Solidária"]);
        assert!(record.is_err(), "“ngo” is not a kind");
        let record =
            MemberRecord::from_cells(&map, &["2020-01-01", "civil_society", "Ação Solidária"])
                .unwrap();
        assert_eq!(record.organisation.name, "Ação Solidária");
        assert_eq!(record.status, MemberStatus::Active);
        assert_eq!(record.representative, None);
    }

    #[test]
    fn a_missing_required_column_is_named() {
        let error = ColumnMap::from_headers(&["name", "kind"]).unwrap_err();
        assert_eq!(error.column, "joined_on");
    }

    #[test]
    fn bad_cells_are_reported_by_column() {
        let cases: &[(&str, &str, &str)] = &[
            ("joined_on", "2023-02-31", "impossible date"),
            ("country", "ZZ", "unknown country"),
            ("representative_email", "keomany@", "invalid email"),
            ("status", "paused", "unknown status"),
            ("id", "abc", "id must be a positive whole number"),
            ("name", "", "name is required"),
        ];
        for (column, value, reason) in cases {
            let problems = MemberRecord::from_cells(&map(), &row(&[(column, value)])).unwrap_err();
            let columns: Vec<&str> = problems.iter().map(|p| p.column).collect();
            assert_eq!(columns, vec![*column], "{reason}");
        }
    }

    #[test]
    fn a_good_row_carries_its_id_and_representative() {
        let record = MemberRecord::from_cells(&map(), &row(&[("id", "42")])).unwrap();
        assert_eq!(record.id, Some(42));
        assert_eq!(record.representative.unwrap().email, "s.keomany@lftu.la");
        assert_eq!(record.organisation.pillars.len(), 2);
    }
}
