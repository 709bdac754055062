//! What must be settled before an agreement is signed. The list is open: later kinds of
//! finding (an annexed responsibility matrix's gaps, for instance) join the same enum.

use serde::{Deserialize, Serialize};

use super::document::AgreementText;
use super::section::Section;
use crate::date::IsoDate;

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
        }
    }
}

/// Every finding that stands in the way of signature; empty when the text may be signed.
pub fn pre_signature_checks(text: &AgreementText) -> Vec<Finding> {
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
    findings
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
        assert_eq!(pre_signature_checks(&complete()), vec![]);
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
                pre_signature_checks(&text),
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
}
