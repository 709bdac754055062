//! What must be settled before an agreement is signed: the text's own gaps, and those of the
//! responsibility matrices annexed to it (a matrix's findings do not stop it being saved, but
//! they stop the agreement it divides the work of from being signed).

use serde::{Deserialize, Serialize};

use super::document::AgreementText;
use super::section::Section;
use crate::date::IsoDate;
use crate::matrix::{check, MatrixFinding, MatrixVersion};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// A section with no clause, or only blank ones.
    EmptySection {
        section: Section,
    },
    /// An agreement needs at least two parties.
    TooFewParties {
        parties: usize,
    },
    PartyWithoutSignatory {
        organisation_id: i64,
        name: String,
    },
    NoEffectiveDate,
    ExpiryBeforeEffective {
        effective_on: IsoDate,
        expires_on: IsoDate,
    },
    /// Matrices are annexed but the responsibilities section points to none of them, so a
    /// reader of the text would not know the annex divides the work.
    ResponsibilitiesReferenceNoMatrix {
        annexed: Vec<String>,
    },
    /// A gap in an annexed matrix (no one accountable, duplicated work…).
    AnnexedMatrix {
        matrix_id: i64,
        reference: String,
        finding: MatrixFinding,
    },
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::EmptySection { section } => {
                write!(f, "section {} ({section}) is empty", section.number())
            }
            Finding::TooFewParties { parties } => {
                write!(f, "an agreement needs at least two parties, not {parties}")
            }
            Finding::PartyWithoutSignatory { name, .. } => write!(f, "{name} has no signatory"),
            Finding::NoEffectiveDate => write!(f, "no effective date is set"),
            Finding::ExpiryBeforeEffective {
                effective_on,
                expires_on,
            } => {
                write!(
                    f,
                    "the expiry date {expires_on} is before the effective date {effective_on}"
                )
            }
            Finding::ResponsibilitiesReferenceNoMatrix { annexed } => write!(
                f,
                "the responsibilities section references no matrix (annexed: {})",
                annexed.join(", ")
            ),
            Finding::AnnexedMatrix {
                reference, finding, ..
            } => write!(f, "matrix {reference}: {finding}"),
        }
    }
}

/// Every finding that stands in the way of signature; empty when the text may be signed.
/// `annexed` are the matrix versions annexed to this version of the text.
pub fn pre_signature_checks(text: &AgreementText, annexed: &[MatrixVersion]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = Section::ALL
        .iter()
        .copied()
        .filter(|section| section.holds_clauses())
        .filter(|section| {
            text.clauses(*section)
                .iter()
                .all(|clause| clause.text.trim().is_empty())
        })
        .map(|section| Finding::EmptySection { section })
        .collect();
    if text.parties.len() < 2 {
        findings.push(Finding::TooFewParties {
            parties: text.parties.len(),
        });
    }
    for party in &text.parties {
        if party
            .signatory
            .as_deref()
            .is_none_or(|name| name.trim().is_empty())
        {
            findings.push(Finding::PartyWithoutSignatory {
                organisation_id: party.organisation_id,
                name: party.name.clone(),
            });
        }
    }
    match (text.effective_on, text.expires_on) {
        (None, _) => findings.push(Finding::NoEffectiveDate),
        (Some(effective_on), Some(expires_on)) if expires_on < effective_on => {
            findings.push(Finding::ExpiryBeforeEffective {
                effective_on,
                expires_on,
            });
        }
        _ => {}
    }
    if !annexed.is_empty() && !annexed.iter().any(|m| references_matrix(text, m)) {
        findings.push(Finding::ResponsibilitiesReferenceNoMatrix {
            annexed: annexed.iter().map(|m| m.reference.clone()).collect(),
        });
    }
    for matrix in annexed {
        findings.extend(
            check(&matrix.content)
                .into_iter()
                .map(|finding| Finding::AnnexedMatrix {
                    matrix_id: matrix.matrix_id,
                    reference: matrix.reference.clone(),
                    finding,
                }),
        );
    }
    findings
}

/// Whether a responsibilities clause, in either language, names the matrix by its reference
/// or its title.
pub fn references_matrix(text: &AgreementText, matrix: &MatrixVersion) -> bool {
    let names: Vec<String> = [
        &matrix.reference,
        &matrix.content.title,
        &matrix.content.title_fr,
    ]
    .into_iter()
    .map(|name| name.trim().to_lowercase())
    .filter(|name| !name.is_empty())
    .collect();
    let translated = text
        .translation
        .as_ref()
        .map_or(&[][..], |t| t.clauses(Section::Responsibilities));
    text.clauses(Section::Responsibilities)
        .iter()
        .chain(translated)
        .map(|clause| clause.text.to_lowercase())
        .any(|clause| names.iter().any(|name| clause.contains(name.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::document::{AgreementKind, Clause, Party, SectionText};
    use crate::agreement::language::Language;

    fn complete() -> AgreementText {
        AgreementText {
            language: Language::En,
            title: "Memorandum of understanding on the national referral mechanism".into(),
            kind: AgreementKind::Mou,
            parties: vec![
                Party {
                    organisation_id: 1,
                    name: "Ministry of Gender Equality".into(),
                    signatory: Some("Hon. Doreen Sioka".into()),
                    signatory_title: "Minister".into(),
                    address: String::new(),
                },
                Party {
                    organisation_id: 2,
                    name: "Associação Timorense".into(),
                    signatory: Some("Ana Maria da Conceição".into()),
                    signatory_title: "Directora".into(),
                    address: String::new(),
                },
            ],
            sections: Section::ALL
                .iter()
                .filter(|s| s.holds_clauses())
                .map(|s| SectionText {
                    section: *s,
                    clauses: vec![Clause {
                        id: 1,
                        text: format!("The parties agree on {s}."),
                        notes: Vec::new(),
                    }],
                })
                .collect(),
            effective_on: IsoDate::from_ymd(2026, 1, 1),
            expires_on: IsoDate::from_ymd(2028, 12, 31),
            translation: None,
            annexes: Vec::new(),
        }
    }

    #[test]
    fn a_complete_text_may_be_signed() {
        assert_eq!(pre_signature_checks(&complete(), &[]), vec![]);
    }

    #[test]
    fn each_gap_is_found_and_named() {
        type Spoil = fn(&mut AgreementText);
        let cases: &[(Spoil, Finding, &str)] = &[
            (
                |t| t.sections.retain(|s| s.section != Section::Funding),
                Finding::EmptySection {
                    section: Section::Funding,
                },
                "a missing section",
            ),
            (
                |t| t.sections[0].clauses[0].text = "  ".into(),
                Finding::EmptySection {
                    section: Section::PurposeAndScope,
                },
                "a blank clause is no clause",
            ),
            (
                |t| t.parties.truncate(1),
                Finding::TooFewParties { parties: 1 },
                "one party is no agreement",
            ),
            (
                |t| t.parties[1].signatory = None,
                Finding::PartyWithoutSignatory {
                    organisation_id: 2,
                    name: "Associação Timorense".into(),
                },
                "a party without a signatory",
            ),
            (
                |t| t.effective_on = None,
                Finding::NoEffectiveDate,
                "no effective date",
            ),
            (
                |t| t.expires_on = IsoDate::from_ymd(2025, 12, 31),
                Finding::ExpiryBeforeEffective {
                    effective_on: IsoDate::from_ymd(2026, 1, 1).unwrap(),
                    expires_on: IsoDate::from_ymd(2025, 12, 31).unwrap(),
                },
                "expiry before the effective date",
            ),
        ];
        for (spoil, expected, reason) in cases {
            let mut text = complete();
            spoil(&mut text);
            assert_eq!(
                pre_signature_checks(&text, &[]),
                vec![expected.clone()],
                "{reason}"
            );
        }
    }

    #[test]
    fn findings_read_as_sentences() {
        assert_eq!(
            Finding::EmptySection {
                section: Section::Funding
            }
            .to_string(),
            "section 8 (funding) is empty"
        );
    }

    fn shelter_matrix(accountable: &[i64]) -> MatrixVersion {
        use crate::matrix::{Activity, Cell, MatrixContent, MatrixParty, Raci};
        let mut content = MatrixContent::empty("Sheltering a large group of victims");
        content.parties = [
            (1, "Ministry of Gender Equality"),
            (2, "Associação Timorense"),
        ]
        .into_iter()
        .map(|(id, name)| MatrixParty {
            organisation_id: id,
            name: name.into(),
            short_name: String::new(),
        })
        .collect();
        let mut cells: Vec<Cell> = accountable
            .iter()
            .map(|id| Cell {
                organisation_id: *id,
                raci: Raci::Accountable,
            })
            .collect();
        cells.push(Cell {
            organisation_id: 2,
            raci: Raci::Responsible,
        });
        content.activities = vec![Activity {
            id: 1,
            heading: String::new(),
            label: "Accommodation".into(),
            label_fr: String::new(),
            cells,
            needs_funding: false,
            funder: String::new(),
            duration: None,
            note: String::new(),
        }];
        MatrixVersion {
            id: 7,
            matrix_id: 3,
            reference: "RM-2026-001".into(),
            number: 1,
            content,
            frozen: false,
            created_at: "2026-11-25T10:00:00Z".into(),
            created_by: "secretariat".into(),
        }
    }

    #[test]
    fn an_annexed_matrix_must_be_referenced_by_the_responsibilities_section() {
        let text = complete();
        let matrix = shelter_matrix(&[1]);
        assert_eq!(
            pre_signature_checks(&text, std::slice::from_ref(&matrix)),
            vec![Finding::ResponsibilitiesReferenceNoMatrix {
                annexed: vec!["RM-2026-001".into()]
            }]
        );
        let mut referencing = text.clone();
        let responsibilities = referencing
            .sections
            .iter_mut()
            .find(|s| s.section == Section::Responsibilities)
            .unwrap();
        responsibilities.clauses[0].text =
            "The division of work is set out in the matrix rm-2026-001 annexed hereto.".into();
        assert_eq!(pre_signature_checks(&referencing, &[matrix]), vec![]);
    }

    #[test]
    fn an_annexed_matrix_s_gaps_stand_in_the_way_of_signature() {
        let mut text = complete();
        text.sections
            .iter_mut()
            .find(|s| s.section == Section::Responsibilities)
            .unwrap()
            .clauses[0]
            .text = "See the annexed Sheltering a large group of victims matrix.".into();
        let findings = pre_signature_checks(&text, &[shelter_matrix(&[1, 2])]);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert!(matches!(
            &findings[0],
            Finding::AnnexedMatrix {
                matrix_id: 3,
                finding: MatrixFinding::SeveralAccountable { .. },
                ..
            }
        ));
        assert!(findings[0]
            .to_string()
            .starts_with("matrix RM-2026-001: “Accommodation” has 2 accountable (A)"));
    }
}
