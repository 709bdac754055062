//! Starter agreements a secretariat edits: for each template, a title and the clauses of the ten
//! sections written as clauses, in English and in French. The wording lives in one data file
//! per template (`templates/<code>.rs`); clauses are numbered here, 1..n through the whole text,
//! in the same way in both languages, so each clause lines up with its translation.
//! Square brackets mark what a secretariat must fill in (`[number] working days`).

mod data_sharing;
mod national_referral_mechanism;
mod regional_terms_of_reference;
mod shelter_services;

use serde::{Deserialize, Serialize};

use super::document::{AgreementKind, AgreementText, Clause, SectionText, Translation};
use super::language::Language;
use super::section::Section;

crate::closed_choice!(
    /// A starter agreement a secretariat may begin from.
    TemplateCode {
        NationalReferralMechanism => "national_referral_mechanism",
        ShelterServices => "shelter_services",
        DataSharing => "data_sharing",
        RegionalTermsOfReference => "regional_terms_of_reference",
    }
);

/// A template's title and sections in one language, clauses numbered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct StarterText {
    pub title: String,
    pub sections: Vec<SectionText>,
}

/// A template's wording in one language, as written in the data files: each clause-bearing
/// section, in printed order, with its clauses.
struct Starter {
    title: &'static str,
    sections: &'static [(Section, &'static [&'static str])],
}

impl Starter {
    fn text(&self) -> StarterText {
        let mut next_id = 0;
        let sections = self
            .sections
            .iter()
            .map(|(section, clauses)| SectionText {
                section: *section,
                clauses: clauses
                    .iter()
                    .map(|text| {
                        next_id += 1;
                        Clause {
                            id: next_id,
                            text: (*text).to_string(),
                            notes: Vec::new(),
                        }
                    })
                    .collect(),
            })
            .collect();
        StarterText {
            title: self.title.to_string(),
            sections,
        }
    }
}

impl TemplateCode {
    /// The kind of arrangement the template drafts. The data-sharing agreement is binding: data
    /// protection law expects enforceable commitments between those who share personal data.
    /// A regional body's terms of reference are rules on how the body works, adopted by its
    /// members rather than exchanged between two parties, and bind no government: they are
    /// guidelines.
    pub fn kind(self) -> AgreementKind {
        match self {
            TemplateCode::NationalReferralMechanism | TemplateCode::ShelterServices => {
                AgreementKind::Mou
            }
            TemplateCode::DataSharing => AgreementKind::BindingAgreement,
            TemplateCode::RegionalTermsOfReference => AgreementKind::Guidelines,
        }
    }

    /// The template's name, as offered when a new agreement is drafted.
    pub fn name(self, messages: &pacta_messages::Messages) -> String {
        messages.get(&format!("agreement-template-{}", self.code()), &[])
    }

    fn data(self, language: Language) -> &'static Starter {
        match (self, language) {
            (TemplateCode::NationalReferralMechanism, Language::En) => {
                &national_referral_mechanism::EN
            }
            (TemplateCode::NationalReferralMechanism, Language::Fr) => {
                &national_referral_mechanism::FR
            }
            (TemplateCode::ShelterServices, Language::En) => &shelter_services::EN,
            (TemplateCode::ShelterServices, Language::Fr) => &shelter_services::FR,
            (TemplateCode::DataSharing, Language::En) => &data_sharing::EN,
            (TemplateCode::DataSharing, Language::Fr) => &data_sharing::FR,
            (TemplateCode::RegionalTermsOfReference, Language::En) => {
                &regional_terms_of_reference::EN
            }
            (TemplateCode::RegionalTermsOfReference, Language::Fr) => {
                &regional_terms_of_reference::FR
            }
            (TemplateCode::NationalReferralMechanism, Language::Nl) => {
                &national_referral_mechanism::NL
            }
            (TemplateCode::ShelterServices, Language::Nl) => &shelter_services::NL,
            (TemplateCode::DataSharing, Language::Nl) => &data_sharing::NL,
            (TemplateCode::RegionalTermsOfReference, Language::Nl) => {
                &regional_terms_of_reference::NL
            }
        }
    }

    /// The template's title and clauses in `language`, numbered 1..n through the whole text.
    pub fn starter(self, language: Language) -> StarterText {
        self.data(language).text()
    }

    /// A new agreement's text from this template: starter in `language`, plus the other
    /// language as its translation when `bilingual`; no parties, no dates, no annexes.
    pub fn agreement_text(self, language: Language, bilingual: bool) -> AgreementText {
        let main = self.starter(language);
        let translation = bilingual.then(|| {
            let other = self.starter(language.other());
            Translation {
                language: language.other(),
                title: other.title,
                sections: other.sections,
            }
        });
        AgreementText {
            language,
            title: main.title,
            kind: self.kind(),
            parties: Vec::new(),
            sections: main.sections,
            effective_on: None,
            expires_on: None,
            translation,
            annexes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::checks::{pre_signature_checks, Finding};
    use crate::agreement::document::Party;
    use crate::date::IsoDate;

    fn every_starter() -> impl Iterator<Item = (TemplateCode, Language, StarterText)> {
        TemplateCode::ALL.iter().flat_map(|code| {
            Language::ALL
                .iter()
                .map(move |language| (*code, *language, code.starter(*language)))
        })
    }

    fn ids(sections: &[SectionText]) -> Vec<(Section, Vec<u32>)> {
        sections
            .iter()
            .map(|s| (s.section, s.clauses.iter().map(|c| c.id).collect()))
            .collect()
    }

    #[test]
    fn every_starter_fills_the_ten_clause_sections_in_order_and_nothing_else() {
        let expected: Vec<Section> = Section::ALL
            .iter()
            .copied()
            .filter(|s| s.holds_clauses())
            .collect();
        for (code, language, starter) in every_starter() {
            let sections: Vec<Section> = starter.sections.iter().map(|s| s.section).collect();
            assert_eq!(sections, expected, "{code} in {language}");
            assert!(!starter.title.trim().is_empty(), "{code} in {language}");
            for section in &starter.sections {
                assert!(
                    !section.clauses.is_empty(),
                    "{code} in {language}: {} is empty",
                    section.section
                );
                for clause in &section.clauses {
                    assert!(
                        !clause.text.trim().is_empty(),
                        "{code} in {language}: blank clause {}",
                        clause.id
                    );
                    assert_eq!(clause.text, clause.text.trim(), "{code} {}", clause.id);
                    assert!(
                        !clause.text.contains("  ") && clause.text.ends_with('.'),
                        "{code} in {language}: clause {} is not one clean paragraph",
                        clause.id
                    );
                }
            }
            assert!(starter
                .sections
                .iter()
                .all(|s| !matches!(s.section, Section::Parties | Section::Signatures)));
        }
    }

    #[test]
    fn clause_ids_run_from_one_and_match_between_languages() {
        for code in TemplateCode::ALL {
            let en = ids(&code.starter(Language::En).sections);
            let fr = ids(&code.starter(Language::Fr).sections);
            let nl = ids(&code.starter(Language::Nl).sections);
            assert_eq!(en, fr, "{code}");
            assert_eq!(en, nl, "{code}");
            let all: Vec<u32> = en.iter().flat_map(|(_, ids)| ids.clone()).collect();
            let expected: Vec<u32> = (1..=all.len() as u32).collect();
            assert_eq!(all, expected, "{code}: ids 1..n, unique, in order");
        }
    }

    #[test]
    fn placeholders_are_closed_and_match_between_languages() {
        for code in TemplateCode::ALL {
            let en = code.starter(Language::En);
            for translated in [Language::Fr, Language::Nl] {
                let fr = code.starter(translated);
                let en_clauses = en.sections.iter().flat_map(|s| &s.clauses);
                let fr_clauses = fr.sections.iter().flat_map(|s| &s.clauses);
                for (e, f) in en_clauses.zip(fr_clauses) {
                    for clause in [e, f] {
                        let mut open = false;
                        for c in clause.text.chars() {
                            match c {
                                '[' => {
                                    assert!(!open, "{code} {}: nested [", clause.id);
                                    open = true;
                                }
                                ']' => {
                                    assert!(open, "{code} {}: ] without [", clause.id);
                                    open = false;
                                }
                                _ => {}
                            }
                        }
                        assert!(!open, "{code} {}: unclosed [", clause.id);
                    }
                    assert_eq!(
                        e.text.matches('[').count(),
                        f.text.matches('[').count(),
                        "{code} clause {}: placeholders differ between languages",
                        e.id
                    );
                }
            }
        }
    }

    #[test]
    fn french_follows_french_typography() {
        for code in TemplateCode::ALL {
            let fr = code.starter(Language::Fr);
            let texts = std::iter::once(fr.title.as_str()).chain(
                fr.sections
                    .iter()
                    .flat_map(|s| s.clauses.iter().map(|c| c.text.as_str())),
            );
            for text in texts {
                assert!(
                    !text.contains('\''),
                    "{code}: straight apostrophe in {text}"
                );
                let chars: Vec<char> = text.chars().collect();
                for (i, c) in chars.iter().enumerate() {
                    if matches!(c, ':' | ';' | '?' | '!') {
                        assert!(
                            i > 0 && matches!(chars[i - 1], '\u{a0}' | '\u{202f}'),
                            "{code}: no non-breaking space before {c} in {text}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn responsibilities_refer_to_the_annexed_matrix() {
        for code in TemplateCode::ALL {
            let en = code.agreement_text(Language::En, false);
            let fr = code.agreement_text(Language::Fr, false);
            let nl = code.agreement_text(Language::Nl, false);
            assert!(nl.clauses(Section::Responsibilities).iter().any(|c| c
                .text
                .contains("verantwoordelijkheidsmatrix die als bijlage bij")));
            assert!(en
                .clauses(Section::Responsibilities)
                .iter()
                .any(|c| c.text.contains("responsibility matrix annexed to")));
            assert!(fr
                .clauses(Section::Responsibilities)
                .iter()
                .any(|c| c.text.contains("matrice des responsabilités annexée")));
        }
    }

    #[test]
    fn a_bilingual_text_carries_the_other_language_as_its_translation() {
        for code in TemplateCode::ALL {
            for language in Language::ALL.iter().copied() {
                let text = code.agreement_text(language, true);
                assert_eq!(text.language, language);
                assert_eq!(text.kind, code.kind());
                assert!(text.parties.is_empty());
                assert_eq!(text.effective_on, None);
                assert_eq!(text.expires_on, None);
                let translation = text.translation.as_ref().expect("a translation");
                assert_eq!(translation.language, language.other());
                let (title, sections) = text.in_language(language.other()).expect("other");
                let other = code.starter(language.other());
                assert_eq!(title, other.title);
                assert_eq!(sections, other.sections.as_slice());
                let (title, sections) = text.in_language(language).expect("own");
                assert_eq!(title, code.starter(language).title);
                assert_eq!(ids(sections), ids(&translation.sections));

                let single = code.agreement_text(language, false);
                assert_eq!(single.translation, None);
                assert_eq!(single.in_language(language.other()), None);
            }
            assert!(code
                .agreement_text(Language::En, true)
                .in_language(Language::Fr)
                .is_some());
        }
    }

    #[test]
    fn names_differ_per_language_and_template() {
        let mut names = Vec::new();
        for code in TemplateCode::ALL {
            for language in Language::ALL {
                names.push(code.name(pacta_messages::Messages::of(language.locale())));
            }
        }
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
    }

    #[test]
    fn kinds_and_codes() {
        assert_eq!(
            TemplateCode::parse("data_sharing"),
            Some(TemplateCode::DataSharing)
        );
        assert_eq!(
            TemplateCode::parse(" Regional terms of reference "),
            Some(TemplateCode::RegionalTermsOfReference)
        );
        assert_eq!(TemplateCode::parse("sop"), None);
        assert_eq!(
            TemplateCode::NationalReferralMechanism.kind(),
            AgreementKind::Mou
        );
        assert_eq!(TemplateCode::ShelterServices.kind(), AgreementKind::Mou);
        assert_eq!(
            TemplateCode::DataSharing.kind(),
            AgreementKind::BindingAgreement
        );
        assert_eq!(
            TemplateCode::RegionalTermsOfReference.kind(),
            AgreementKind::Guidelines
        );
    }

    #[test]
    fn a_template_with_parties_and_dates_may_be_signed() {
        let party = |id: i64, name: &str, signatory: &str| Party {
            organisation_id: id,
            name: name.into(),
            signatory: Some(signatory.into()),
            signatory_title: "Director".into(),
            address: String::new(),
        };
        for code in TemplateCode::ALL {
            for language in Language::ALL.iter().copied() {
                let mut text = code.agreement_text(language, true);
                let findings = pre_signature_checks(&text, &[]);
                assert!(
                    !findings
                        .iter()
                        .any(|f| matches!(f, Finding::EmptySection { .. })),
                    "{code} in {language}: {findings:?}"
                );
                text.parties = vec![
                    party(1, "Ministry of Home Affairs", "A. Shikongo"),
                    party(2, "Namibia Red Cross Society", "B. Nakale"),
                ];
                text.effective_on = IsoDate::from_ymd(2026, 1, 1);
                text.expires_on = IsoDate::from_ymd(2028, 12, 31);
                assert_eq!(
                    pre_signature_checks(&text, &[]),
                    vec![],
                    "{code} in {language}"
                );
            }
        }
    }

    #[test]
    fn starter_text_serialises_with_its_sections() {
        let starter = TemplateCode::DataSharing.starter(Language::Fr);
        let json = serde_json::to_value(&starter).expect("json");
        assert_eq!(json["sections"][0]["section"], "purpose_and_scope");
        assert_eq!(json["sections"][0]["clauses"][0]["id"], 1);
        let back: StarterText = serde_json::from_value(json).expect("back");
        assert_eq!(back, starter);
    }
}
