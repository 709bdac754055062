//! Starter matrices: headings and activities with English and French labels, no letters yet.
//! The wording lives in one data file per template (`templates/<code>.rs`).

mod national_referral_mechanism;
mod raid_day;
mod shelter;

use super::content::{Activity, MatrixContent, MatrixParty};

crate::closed_choice!(
    /// A starter matrix a secretariat may begin from.
    MatrixTemplateCode {
        Shelter => "shelter",
        NationalReferralMechanism => "national_referral_mechanism",
        RaidDay => "raid_day",
    }
);

/// One template row as written in the data files.
struct StarterRow {
    heading: &'static str,
    heading_fr: &'static str,
    label: &'static str,
    label_fr: &'static str,
    needs_funding: bool,
}

struct Starter {
    title: &'static str,
    title_fr: &'static str,
    rows: &'static [StarterRow],
}

impl MatrixTemplateCode {
    fn starter(self) -> &'static Starter {
        match self {
            MatrixTemplateCode::Shelter => &shelter::STARTER,
            MatrixTemplateCode::NationalReferralMechanism => &national_referral_mechanism::STARTER,
            MatrixTemplateCode::RaidDay => &raid_day::STARTER,
        }
    }

    pub fn title(self, french: bool) -> &'static str {
        let starter = self.starter();
        if french {
            starter.title_fr
        } else {
            starter.title
        }
    }

    /// The template's rows for these parties; headings in the chosen language, each label in
    /// English with its French translation.
    pub fn content(self, parties: Vec<MatrixParty>, french: bool) -> MatrixContent {
        let starter = self.starter();
        let mut content = MatrixContent::empty(starter.title);
        content.title_fr = starter.title_fr.to_string();
        content.parties = parties;
        content.activities = starter
            .rows
            .iter()
            .zip(1..)
            .map(|(row, id)| Activity {
                id,
                heading: if french { row.heading_fr } else { row.heading }.to_string(),
                label: row.label.to_string(),
                label_fr: row.label_fr.to_string(),
                cells: Vec::new(),
                needs_funding: row.needs_funding,
                funder: String::new(),
                duration: None,
                note: String::new(),
            })
            .collect();
        content
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::text::name_key;

    fn three_parties() -> Vec<MatrixParty> {
        [
            (1, "Bộ Lao động – Thương binh và Xã hội", "MOLISA"),
            (2, "Fundação Ação", ""),
            (3, "Ministère de l’Intérieur", "MI"),
        ]
        .into_iter()
        .map(|(organisation_id, name, short_name)| MatrixParty {
            organisation_id,
            name: name.to_string(),
            short_name: short_name.to_string(),
        })
        .collect()
    }

    #[test]
    fn every_template_validates_in_both_languages() {
        for code in MatrixTemplateCode::ALL {
            for french in [false, true] {
                let content = code.content(three_parties(), french);
                assert_eq!(content.validate(), Ok(()), "{code}, french: {french}");
                assert_eq!(content.parties.len(), 3, "{code}");
                assert!(!content.activities.is_empty(), "{code}");
                let ids: Vec<u32> = content.activities.iter().map(|a| a.id).collect();
                let expected: Vec<u32> = (1..=ids.len() as u32).collect();
                assert_eq!(ids, expected, "{code}: ids run 1..n in grid order");
            }
        }
    }

    #[test]
    fn every_template_is_written_out_in_english_and_french() {
        for code in MatrixTemplateCode::ALL {
            let starter = code.starter();
            for text in [starter.title, starter.title_fr] {
                assert!(!text.trim().is_empty() && !text.contains("TODO"), "{code}");
            }
            assert_ne!(starter.title, starter.title_fr, "{code}: the French title");
            assert_eq!(code.title(false), starter.title);
            assert_eq!(code.title(true), starter.title_fr);
            for row in starter.rows {
                for text in [row.heading, row.heading_fr, row.label, row.label_fr] {
                    assert!(
                        !text.trim().is_empty() && !text.contains("TODO"),
                        "{code}: “{}” has a blank or unfinished text",
                        row.label
                    );
                    assert_eq!(text, text.trim(), "{code}: “{}”", row.label);
                    assert!(!text.contains("  "), "{code}: “{}”", row.label);
                }
                assert!(
                    !row.label_fr.contains('\'') && !row.heading_fr.contains('\''),
                    "{code}: French uses the typographic apostrophe in “{}”",
                    row.label_fr
                );
            }
        }
    }

    #[test]
    fn every_row_carries_its_french_label_into_the_matrix() {
        for code in MatrixTemplateCode::ALL {
            let english = code.content(three_parties(), false);
            let french = code.content(three_parties(), true);
            for ((row, en), fr) in code
                .starter()
                .rows
                .iter()
                .zip(&english.activities)
                .zip(&french.activities)
            {
                assert_eq!(en.label, row.label);
                assert_eq!(en.label_fr, row.label_fr);
                assert_eq!(en.heading, row.heading);
                assert_eq!(fr.heading, row.heading_fr);
                assert_eq!(fr.label_in(true), row.label_fr);
                assert_eq!(fr.label_in(false), row.label);
                assert!(en.cells.is_empty() && en.funder.is_empty(), "{code}");
            }
        }
    }

    #[test]
    fn no_label_repeats_under_a_heading_in_either_language() {
        for code in MatrixTemplateCode::ALL {
            let mut english = HashSet::new();
            let mut french = HashSet::new();
            for row in code.starter().rows {
                assert!(
                    english.insert((name_key(row.heading), name_key(row.label))),
                    "{code}: “{}” twice under “{}”",
                    row.label,
                    row.heading
                );
                assert!(
                    french.insert((name_key(row.heading_fr), name_key(row.label_fr))),
                    "{code}: “{}” twice under “{}”",
                    row.label_fr,
                    row.heading_fr
                );
            }
        }
    }

    #[test]
    fn a_heading_is_one_block_translated_one_way() {
        for code in MatrixTemplateCode::ALL {
            let rows = code.starter().rows;
            let mut closed: HashSet<&str> = HashSet::new();
            for pair in rows.windows(2) {
                if pair[0].heading != pair[1].heading {
                    closed.insert(pair[0].heading);
                    assert!(
                        !closed.contains(pair[1].heading),
                        "{code}: rows under “{}” are split",
                        pair[1].heading
                    );
                } else {
                    assert_eq!(pair[0].heading_fr, pair[1].heading_fr, "{code}");
                }
            }
        }
    }

    #[test]
    fn the_shelter_template_covers_the_twelve_subjects() {
        let subjects: [&[&str]; 12] = [
            &["accommodation"],
            &["food"],
            &["psychological and medical", "ptsd screening"],
            &["social services", "child victims"],
            &["education", "vocational training"],
            &["job placement", "micro-enterprise"],
            &["protection"],
            &["translation"],
            &["legal and administrative advice"],
            &["information on victims' rights"],
            &[
                "cooperation",
                "law enforcement",
                "ngos",
                "local authorities",
            ],
            &["funding and budgeting"],
        ];
        let labels: Vec<String> = MatrixTemplateCode::Shelter
            .starter()
            .rows
            .iter()
            .map(|row| row.label.to_lowercase())
            .collect();
        for words in subjects {
            assert!(
                labels
                    .iter()
                    .any(|label| words.iter().all(|word| label.contains(word))),
                "the shelter template has no row on {}",
                words.join(" + ")
            );
        }
        let rows = MatrixTemplateCode::Shelter.starter().rows;
        let funded = |label: &str| {
            rows.iter()
                .find(|row| row.label == label)
                .map(|row| row.needs_funding)
        };
        assert_eq!(funded("Accommodation"), Some(true));
        assert_eq!(funded("Funding and budgeting"), Some(false));
    }

    #[test]
    fn the_raid_day_template_plans_before_during_and_after() {
        let rows = MatrixTemplateCode::RaidDay.starter().rows;
        let headings: Vec<&str> = rows.iter().map(|row| row.heading).collect();
        let mut distinct = headings.clone();
        distinct.dedup();
        assert_eq!(
            distinct,
            ["Before the operation", "On the day", "After the operation"]
        );
        for label in [
            "Victims' profile",
            "Destination after the operation",
            "Social workers",
            "Interpreters",
            "Transport",
        ] {
            assert!(
                rows.iter().any(|row| row.label.starts_with(label)),
                "no row on {label}"
            );
        }
    }

    #[test]
    fn the_referral_mechanism_follows_a_case_stage_by_stage() {
        let mut stages: Vec<&str> = MatrixTemplateCode::NationalReferralMechanism
            .starter()
            .rows
            .iter()
            .map(|row| row.heading)
            .collect();
        stages.dedup();
        assert_eq!(
            stages,
            [
                "Identification",
                "Referral",
                "Shelter",
                "Assistance",
                "Return and reintegration",
                "Prosecution support",
            ]
        );
    }
}
