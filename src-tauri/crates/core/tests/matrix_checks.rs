//! The responsibility matrix checks, case by case. Each case is a small grid written as one
//! string of letters per row (one letter per party, `.` for an empty cell) and the findings
//! expected from the rules in the module documentation of `matrix::checks`: exactly one
//! Accountable and at least one Responsible per row, several Responsible reported as possible
//! duplicated work, parties Responsible or Accountable for nothing reported as idle, parties
//! Responsible on more rows than the threshold reported as overloaded, rows needing funding
//! without a funder; row findings in grid order first, then party findings in column order.

use pacta_core::matrix::{
    check, Activity, Cell, CellRef, MatrixContent, MatrixFinding, MatrixParty, Raci,
    DEFAULT_OVERLOAD_THRESHOLD,
};

/// Organisation ids deliberately out of step with the columns, so "column order" can never be
/// confused with id order.
const ORGANISATION_IDS: [i64; 6] = [42, 7, 19, 3, 88, 15];

const MOLISA: &str = "Bộ Lao động – Thương binh và Xã hội";
const FUNDACAO: &str = "Fundação Ação";

struct Grid {
    matrix: MatrixContent,
}

fn grid(parties: &[&str]) -> Grid {
    assert!(parties.len() <= ORGANISATION_IDS.len());
    let mut matrix = MatrixContent::empty("Sheltering a large group of victims");
    matrix.parties = parties
        .iter()
        .zip(ORGANISATION_IDS)
        .map(|(name, organisation_id)| MatrixParty {
            organisation_id,
            name: (*name).to_string(),
            short_name: String::new(),
        })
        .collect();
    Grid { matrix }
}

impl Grid {
    /// A row with one letter (or `.`) per party, in column order; ids run 1, 2, 3… in grid order.
    fn row(mut self, label: &str, letters: &str) -> Self {
        let letters: Vec<&str> = letters.split_whitespace().collect();
        assert_eq!(
            letters.len(),
            self.matrix.parties.len(),
            "“{label}” needs one letter per party"
        );
        let cells = self
            .matrix
            .parties
            .iter()
            .zip(letters)
            .filter(|(_, letter)| *letter != ".")
            .map(|(party, letter)| Cell {
                organisation_id: party.organisation_id,
                raci: Raci::parse_cell(letter)
                    .expect("a RACI letter")
                    .expect("not blank"),
            })
            .collect();
        let id = self.matrix.activities.len() as u32 + 1;
        self.matrix.activities.push(Activity {
            id,
            heading: String::new(),
            label: label.to_string(),
            label_fr: String::new(),
            cells,
            needs_funding: false,
            funder: String::new(),
            duration: None,
            note: String::new(),
        });
        self
    }

    /// The same row `count` times, labelled "<label> 1", "<label> 2"…
    fn rows(mut self, count: usize, label: &str, letters: &str) -> Self {
        for n in 1..=count {
            self = self.row(&format!("{label} {n}"), letters);
        }
        self
    }

    /// The last row needs funding, paid by `funder` (possibly blank).
    fn needs_funding(mut self, funder: &str) -> Self {
        let row = self.matrix.activities.last_mut().expect("a row first");
        row.needs_funding = true;
        row.funder = funder.to_string();
        self
    }

    /// The last row has a funder written down but does not need funding.
    fn funder(mut self, funder: &str) -> Self {
        self.matrix
            .activities
            .last_mut()
            .expect("a row first")
            .funder = funder.to_string();
        self
    }

    /// Renumbers the rows, as after moving rows in the grid: ids stay, order changes.
    fn ids(mut self, ids: &[u32]) -> Self {
        assert_eq!(ids.len(), self.matrix.activities.len());
        for (row, id) in self.matrix.activities.iter_mut().zip(ids) {
            row.id = *id;
        }
        self
    }

    fn threshold(mut self, threshold: u32) -> Self {
        self.matrix.overload_threshold = threshold;
        self
    }

    /// Every row lists its cells right to left, as when letters were typed in that order.
    fn cells_typed_right_to_left(mut self) -> Self {
        for row in &mut self.matrix.activities {
            row.cells.reverse();
        }
        self
    }

    /// Adds a raw cell to the last row, bypassing `Activity::set`, as a hand-edited or
    /// imported file might.
    fn extra_cell(mut self, organisation_id: i64, raci: Raci) -> Self {
        self.matrix
            .activities
            .last_mut()
            .expect("a row first")
            .cells
            .push(Cell {
                organisation_id,
                raci,
            });
        self
    }

    fn build(self) -> MatrixContent {
        self.matrix
    }
}

struct Case {
    name: &'static str,
    matrix: MatrixContent,
    /// One line per finding, in order: `kind #activity_id [names]` for rows,
    /// `kind name [rows>threshold]` for parties.
    expected: &'static [&'static str],
    reason: &'static str,
}

fn kind(finding: &MatrixFinding) -> String {
    let value = serde_json::to_value(finding).expect("findings serialise");
    value["kind"].as_str().expect("a kind").to_string()
}

/// The finding as a line, after checking that its ids, names and labels agree with the grid.
fn describe(finding: &MatrixFinding, matrix: &MatrixContent) -> String {
    let kind = kind(finding);
    let label_of = |activity_id: u32| {
        matrix
            .activity(activity_id)
            .map(|a| a.label.clone())
            .unwrap_or_else(|| panic!("{kind} names row #{activity_id}, which does not exist"))
    };
    let name_of = |organisation_id: i64| {
        matrix
            .party(organisation_id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| panic!("{kind} names organisation {organisation_id}"))
    };
    match finding {
        MatrixFinding::NoAccountable {
            activity_id,
            activity,
        }
        | MatrixFinding::NoResponsible {
            activity_id,
            activity,
        }
        | MatrixFinding::NoFunder {
            activity_id,
            activity,
        } => {
            assert_eq!(*activity, label_of(*activity_id), "{kind}: the row's label");
            format!("{kind} #{activity_id}")
        }
        MatrixFinding::SeveralAccountable {
            activity_id,
            activity,
            organisation_ids,
            names,
        }
        | MatrixFinding::SeveralResponsible {
            activity_id,
            activity,
            organisation_ids,
            names,
        } => {
            assert_eq!(*activity, label_of(*activity_id), "{kind}: the row's label");
            let expected_names: Vec<String> =
                organisation_ids.iter().map(|id| name_of(*id)).collect();
            assert_eq!(*names, expected_names, "{kind}: names match ids, in order");
            format!("{kind} #{activity_id} {}", names.join(", "))
        }
        MatrixFinding::IdleParty {
            organisation_id,
            name,
        } => {
            assert_eq!(*name, name_of(*organisation_id), "{kind}: the party's name");
            format!("{kind} {name}")
        }
        MatrixFinding::OverloadedParty {
            organisation_id,
            name,
            rows,
            threshold,
        } => {
            assert_eq!(*name, name_of(*organisation_id), "{kind}: the party's name");
            assert_eq!(
                *threshold, matrix.overload_threshold,
                "{kind}: the threshold"
            );
            format!("{kind} {name} {rows}>{threshold}")
        }
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "one accountable and one responsible",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .build(),
            expected: &[],
            reason: "exactly one A and at least one R is the rule kept",
        },
        Case {
            name: "no accountable",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .row("Food", "R C")
                .build(),
            expected: &["no_accountable #2"],
            reason: "every activity needs exactly one A; a C does not count",
        },
        Case {
            name: "two accountable",
            matrix: grid(&["Ministry", "Police", "NGO"])
                .row("Protection", "R A A")
                .build(),
            expected: &["several_accountable #1 Police, NGO"],
            reason: "two A is not exactly one",
        },
        Case {
            name: "three accountable",
            matrix: grid(&["Ministry", "Police", "NGO", "Donor"])
                .row("Protection", "A A A R")
                .build(),
            expected: &["several_accountable #1 Ministry, Police, NGO"],
            reason: "every A on the row is named, left to right",
        },
        Case {
            name: "no responsible",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .row("Translation", ". A")
                .build(),
            expected: &["no_responsible #2"],
            reason: "every activity needs at least one R",
        },
        Case {
            name: "two responsible",
            matrix: grid(&["Ministry", "Police", "NGO"])
                .row("Translation", "R R A")
                .build(),
            expected: &["several_responsible #1 Ministry, Police"],
            reason: "several R is possible duplicated work",
        },
        Case {
            name: "everyone responsible",
            matrix: grid(&["Ministry", "Police", "NGO"])
                .row("Translation", "R R R")
                .build(),
            expected: &[
                "no_accountable #1",
                "several_responsible #1 Ministry, Police, NGO",
            ],
            reason: "a row may have two findings; A is reported before R",
        },
        Case {
            name: "several accountable and several responsible on one row",
            matrix: grid(&["Ministry", "Police", "NGO", "Donor"])
                .row("Protection", "R A R A")
                .build(),
            expected: &[
                "several_accountable #1 Police, Donor",
                "several_responsible #1 Ministry, NGO",
            ],
            reason: "both rules are broken on the same row; A first",
        },
        Case {
            name: "R on one row and A on another, others complete each row",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .row("Food", "A R")
                .build(),
            expected: &[],
            reason: "each row is judged on its own; holding R here and A there is fine",
        },
        Case {
            name: "R on one row and A on another, alone",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R .")
                .row("Food", "A .")
                .build(),
            expected: &["no_accountable #1", "no_responsible #2", "idle_party NGO"],
            reason: "the party's R does not fill the A of another row",
        },
        Case {
            name: "idle party only consulted and informed",
            matrix: grid(&["Ministry", "NGO", "Police"])
                .row("Accommodation", "R A C")
                .row("Food", "R A I")
                .build(),
            expected: &["idle_party Police"],
            reason: "C and I are not responsibility for anything",
        },
        Case {
            name: "idle party with no letter at all",
            matrix: grid(&["Ministry", "NGO", "Police"])
                .row("Accommodation", "R A .")
                .build(),
            expected: &["idle_party Police"],
            reason: "a column with no letter is idle",
        },
        Case {
            name: "accountable-only party is not idle",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .row("Food", "R A")
                .build(),
            expected: &[],
            reason: "idle means neither R nor A; an A is enough",
        },
        Case {
            name: "responsible-only party is not idle",
            matrix: grid(&["Ministry", "NGO", "Police"])
                .row("Accommodation", "R A .")
                .row("Food", ". A R")
                .build(),
            expected: &[],
            reason: "idle means neither R nor A; an R is enough",
        },
        Case {
            name: "responsible on as many rows as the default threshold",
            matrix: grid(&["Ministry", "NGO"])
                .rows(DEFAULT_OVERLOAD_THRESHOLD as usize, "Activity", "R A")
                .build(),
            expected: &[],
            reason: "overloaded means more rows than the threshold, not as many",
        },
        Case {
            name: "responsible on one row more than the default threshold",
            matrix: grid(&["Ministry", "NGO"])
                .rows(DEFAULT_OVERLOAD_THRESHOLD as usize + 1, "Activity", "R A")
                .build(),
            expected: &["overloaded_party Ministry 9>8"],
            reason: "nine rows is more than eight",
        },
        Case {
            name: "accountable on many rows is not overloaded",
            matrix: grid(&["Ministry", "NGO", "Police"])
                .rows(5, "Inspection", "R A .")
                .rows(5, "Interview", ". A R")
                .build(),
            expected: &[],
            reason: "the load counts R only: the NGO answers for ten rows and does none",
        },
        Case {
            name: "custom threshold reached",
            matrix: grid(&["Ministry", "NGO"])
                .threshold(2)
                .rows(2, "Activity", "R A")
                .build(),
            expected: &[],
            reason: "two rows is not more than a threshold of two",
        },
        Case {
            name: "custom threshold passed",
            matrix: grid(&["Ministry", "NGO"])
                .threshold(2)
                .rows(3, "Activity", "R A")
                .build(),
            expected: &["overloaded_party Ministry 3>2"],
            reason: "the matrix's own threshold applies, and the finding reports it",
        },
        Case {
            name: "shared rows count for every responsible party",
            matrix: grid(&["Ministry", "Police", "NGO"])
                .threshold(1)
                .rows(2, "Patrol", "R R A")
                .build(),
            expected: &[
                "several_responsible #1 Ministry, Police",
                "several_responsible #2 Ministry, Police",
                "overloaded_party Ministry 2>1",
                "overloaded_party Police 2>1",
            ],
            reason: "a row with two R weighs on both parties",
        },
        Case {
            name: "needs funding without a funder",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .needs_funding("")
                .build(),
            expected: &["no_funder #1"],
            reason: "a row needing funding must say who pays",
        },
        Case {
            name: "funder of spaces only",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .needs_funding("   ")
                .build(),
            expected: &["no_funder #1"],
            reason: "blanks are no funder",
        },
        Case {
            name: "funded row",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .needs_funding("ILO")
                .build(),
            expected: &[],
            reason: "the funder is written down",
        },
        Case {
            name: "row not needing funding",
            matrix: grid(&["Ministry", "NGO"])
                .row("Information on victims' rights", "R A")
                .build(),
            expected: &[],
            reason: "no funding needed, no funder expected",
        },
        Case {
            name: "row not needing funding with a funder anyway",
            matrix: grid(&["Ministry", "NGO"])
                .row("Coordination", "R A")
                .funder("European Union")
                .build(),
            expected: &[],
            reason: "a funder on a row that needs none is harmless",
        },
        Case {
            name: "empty matrix",
            matrix: grid(&[]).build(),
            expected: &[],
            reason: "no rows, no parties, nothing to report",
        },
        Case {
            name: "parties but no rows",
            matrix: grid(&["Ministry", "NGO", "Police"]).build(),
            expected: &["idle_party Ministry", "idle_party NGO", "idle_party Police"],
            reason: "with no activities every party is idle, in column order",
        },
        Case {
            name: "rows but no parties",
            matrix: grid(&[]).row("Accommodation", "").row("Food", "").build(),
            expected: &[
                "no_accountable #1",
                "no_responsible #1",
                "no_accountable #2",
                "no_responsible #2",
            ],
            reason: "with no columns no row can have an A or an R",
        },
        Case {
            name: "a row with every row finding",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "C I")
                .needs_funding("")
                .build(),
            expected: &[
                "no_accountable #1",
                "no_responsible #1",
                "no_funder #1",
                "idle_party Ministry",
                "idle_party NGO",
            ],
            reason: "row findings first (A, R, funding), then the columns",
        },
        Case {
            name: "rows in grid order, not id order",
            matrix: grid(&["Ministry", "NGO", "Police"])
                .row("Transport", "R . A")
                .row("Interpreters", ". . A")
                .row("Social workers", "R R A")
                .ids(&[7, 3, 5])
                .build(),
            expected: &["no_responsible #3", "several_responsible #5 Ministry, NGO"],
            reason: "rows moved in the grid are reported where they now stand",
        },
        Case {
            name: "rows first, then parties in column order",
            matrix: grid(&["Police", "Ministry", "NGO"])
                .threshold(1)
                .row("Accommodation", ". R A")
                .row("Food", ". R A")
                .row("Protection", ". . A")
                .build(),
            expected: &[
                "no_responsible #3",
                "idle_party Police",
                "overloaded_party Ministry 2>1",
            ],
            reason: "party findings follow the columns, whatever their kind",
        },
        Case {
            name: "cells typed right to left",
            matrix: grid(&["Ministry", "Police", "NGO", "Donor"])
                .row("Protection", "A A R R")
                .cells_typed_right_to_left()
                .build(),
            expected: &[
                "several_accountable #1 Ministry, Police",
                "several_responsible #1 NGO, Donor",
            ],
            reason: "names follow the columns, not the order the cells were stored in",
        },
        Case {
            name: "accented names",
            matrix: grid(&[MOLISA, FUNDACAO, "Police"])
                .row("Hébergement d’urgence", "R R A")
                .build(),
            expected: &[
                "several_responsible #1 Bộ Lao động – Thương binh và Xã hội, Fundação Ação",
            ],
            reason: "names and labels are carried as written",
        },
        Case {
            name: "a cell for an organisation that is not a column",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R .")
                .extra_cell(999, Raci::Accountable)
                .build(),
            expected: &["no_accountable #1", "idle_party NGO"],
            reason: "a letter outside the columns holds nothing in the grid",
        },
        Case {
            name: "the same party listed twice with the same letter",
            matrix: grid(&["Ministry", "NGO"])
                .row("Accommodation", "R A")
                .extra_cell(ORGANISATION_IDS[1], Raci::Accountable)
                .build(),
            expected: &[],
            reason: "one party is one A, however often its cell is stored",
        },
        Case {
            name: "the same party twice as responsible does not double its load",
            matrix: grid(&["Ministry", "NGO"])
                .threshold(1)
                .row("Accommodation", "R A")
                .extra_cell(ORGANISATION_IDS[0], Raci::Responsible)
                .build(),
            expected: &[],
            reason: "the load counts rows, not stored cells",
        },
    ]
}

#[test]
fn every_case_gives_the_findings_the_rules_call_for() {
    let cases = cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let mut names = std::collections::HashSet::new();
    let mut failures = Vec::new();
    for case in &cases {
        assert!(names.insert(case.name), "case “{}” twice", case.name);
        let found: Vec<String> = check(&case.matrix)
            .iter()
            .map(|finding| describe(finding, &case.matrix))
            .collect();
        if found != case.expected {
            failures.push(format!(
                "{}: expected {:?}, found {:?} ({})",
                case.name, case.expected, found, case.reason
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_cases_are_valid_matrices_except_where_they_test_invalid_cells() {
    for case in cases() {
        let invalid_on_purpose =
            case.name.starts_with("a cell for") || case.name.starts_with("the same party");
        assert_eq!(
            case.matrix.validate().is_ok(),
            !invalid_on_purpose,
            "{}",
            case.name
        );
    }
}

#[test]
fn a_row_finding_points_at_its_row() {
    let matrix = grid(&["Ministry", "NGO"])
        .row("Accommodation", "C .")
        .needs_funding("")
        .ids(&[12])
        .build();
    let findings = check(&matrix);
    let row = CellRef {
        activity_id: Some(12),
        organisation_id: None,
    };
    let kinds: Vec<String> = findings.iter().take(3).map(kind).collect();
    assert_eq!(kinds, ["no_accountable", "no_responsible", "no_funder"]);
    for finding in &findings[..3] {
        assert_eq!(finding.target(), row, "{finding}");
    }
}

#[test]
fn a_several_finding_points_at_the_first_holder_in_column_order() {
    let matrix = grid(&["Ministry", "Police", "NGO", "Donor"])
        .row("Protection", ". A R A")
        .row("Transport", "R A . R")
        .cells_typed_right_to_left()
        .build();
    let targets: Vec<CellRef> = check(&matrix).iter().map(MatrixFinding::target).collect();
    assert_eq!(
        targets,
        [
            CellRef {
                activity_id: Some(1),
                organisation_id: Some(ORGANISATION_IDS[1]),
            },
            CellRef {
                activity_id: Some(2),
                organisation_id: Some(ORGANISATION_IDS[0]),
            },
        ]
    );
}

#[test]
fn a_party_finding_points_at_its_column() {
    let matrix = grid(&["Ministry", "NGO", "Police"])
        .threshold(1)
        .rows(2, "Activity", "R A .")
        .build();
    let targets: Vec<CellRef> = check(&matrix).iter().map(MatrixFinding::target).collect();
    assert_eq!(
        targets,
        [
            CellRef {
                activity_id: None,
                organisation_id: Some(ORGANISATION_IDS[0]),
            },
            CellRef {
                activity_id: None,
                organisation_id: Some(ORGANISATION_IDS[2]),
            },
        ]
    );
}

#[test]
fn messages_name_the_activity_and_the_parties() {
    let label = "Hébergement d’urgence";
    let several = grid(&[MOLISA, FUNDACAO, "Police"])
        .threshold(1)
        .rows(2, label, "R R A")
        .row(label, "A A .")
        .needs_funding(" ")
        .build();
    let messages: Vec<String> = check(&several).iter().map(ToString::to_string).collect();
    let expected_parts: [&[&str]; 7] = [
        &[
            label,
            "2 responsible (R)",
            MOLISA,
            FUNDACAO,
            "duplicated work",
        ],
        &[label, "2 responsible (R)", MOLISA, FUNDACAO],
        &[label, "2 accountable (A)", MOLISA, FUNDACAO, "exactly one"],
        &[label, "no one responsible (R)"],
        &[label, "needs funding", "no funder"],
        &[MOLISA, "responsible for 2 activities", "more than 1"],
        &[FUNDACAO, "responsible for 2 activities", "more than 1"],
    ];
    assert_eq!(messages.len(), expected_parts.len(), "{messages:#?}");
    for (message, parts) in messages.iter().zip(expected_parts) {
        for part in parts {
            assert!(message.contains(part), "“{message}” lacks “{part}”");
        }
    }

    let idle_and_missing = grid(&[FUNDACAO]).row(label, ".").build();
    let messages: Vec<String> = check(&idle_and_missing)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        messages,
        [
            format!("“{label}” has no one accountable (A)"),
            format!("“{label}” has no one responsible (R)"),
            format!("{FUNDACAO} is responsible or accountable for nothing"),
        ]
    );
}

#[cfg(feature = "fixtures")]
#[test]
fn the_large_fixture_is_valid_repeatable_and_has_every_kind_of_finding() {
    use pacta_core::matrix::fixtures::large_matrix;

    let matrix = large_matrix(500, 60);
    assert_eq!(matrix.validate(), Ok(()));
    assert_eq!(matrix, large_matrix(500, 60), "the same grid every time");
    assert_eq!((matrix.activities.len(), matrix.parties.len()), (500, 60));
    let one_accountable = matrix
        .activities
        .iter()
        .filter(|row| row.holders(Raci::Accountable).count() == 1)
        .count();
    assert!(one_accountable > 400, "{one_accountable} rows with one A");
    let findings = check(&matrix);
    for kind_wanted in [
        "no_accountable",
        "several_accountable",
        "no_responsible",
        "several_responsible",
        "no_funder",
        "idle_party",
        "overloaded_party",
    ] {
        assert!(
            findings.iter().any(|f| kind(f) == kind_wanted),
            "the fixture has no {kind_wanted}"
        );
    }
    assert!(findings.len() < 300, "{} findings", findings.len());
    assert_eq!(large_matrix(0, 0).validate(), Ok(()));
    assert_eq!(large_matrix(3, 1).validate(), Ok(()));
}
