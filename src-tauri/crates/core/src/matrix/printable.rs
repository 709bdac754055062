//! Everything a printed or exported matrix shows, gathered by the api and handed to the PDF,
//! spreadsheet and CSV writers, which know nothing of the database.

use std::sync::OnceLock;

use pacta_messages::{message, Locale, Messages};
use serde::{Deserialize, Serialize};

use super::checks::MatrixFinding;
use super::content::{Activity, DurationUnit, MatrixContent, WorkDuration};
use super::raci::Raci;
use crate::agreement::Annex;
use crate::date::IsoDate;

crate::closed_choice!(
    /// The language of the printed row labels and fixed words. Rows have English and French
    /// labels only: a Dutch print has Dutch fixed words and the English rows.
    RowLanguage {
        En => "en",
        Fr => "fr",
        Nl => "nl",
    }
);

impl RowLanguage {
    /// The catalogue the fixed words come from.
    pub fn locale(self) -> Locale {
        match self {
            RowLanguage::En => Locale::En,
            RowLanguage::Fr => Locale::Fr,
            RowLanguage::Nl => Locale::Nl,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintableMatrix {
    pub reference: String,
    pub version: u32,
    pub frozen: bool,
    pub printed_on: IsoDate,
    /// Who the PDF names as its author (the partnership's name).
    pub author: String,
    pub content: MatrixContent,
    pub findings: Vec<MatrixFinding>,
    pub language: RowLanguage,
}

impl PrintableMatrix {
    /// Whether the rows print in French: the only language besides English they are kept in.
    pub fn french(&self) -> bool {
        self.language == RowLanguage::Fr
    }

    pub fn title(&self) -> &str {
        if self.french() && !self.content.title_fr.trim().is_empty() {
            &self.content.title_fr
        } else {
            &self.content.title
        }
    }

    /// The activity's label in the print language, falling back to English.
    pub fn label<'a>(&self, activity: &'a Activity) -> &'a str {
        activity.label_in(self.french())
    }

    /// The catalogue of the print language, for words [`MatrixLabels`] does not keep.
    pub fn messages(&self) -> &'static Messages {
        Messages::of(self.language.locale())
    }
}

/// The fixed words of a printed or annexed matrix in one language, from its catalogue; the
/// words with values to fill in are methods.
#[derive(Debug, Clone)]
pub struct MatrixLabels {
    pub language: RowLanguage,
    /// "Responsibility matrix (RACI)".
    pub matrix: String,
    pub reference: String,
    pub version: String,
    pub frozen: String,
    pub working: String,
    pub activity: String,
    pub funding: String,
    pub yes: String,
    pub duration: String,
    /// A heading row for activities filed under no heading, after some that are.
    pub other_activities: String,
    pub legend: String,
    pub letter: String,
    pub meaning: String,
    pub column: String,
    pub organisation: String,
    pub checks: String,
    pub no_findings: String,
}

impl MatrixLabels {
    /// The words of `language`, read from the catalogue once.
    pub fn of(language: RowLanguage) -> &'static MatrixLabels {
        static LOADED: [OnceLock<MatrixLabels>; RowLanguage::ALL.len()] =
            [const { OnceLock::new() }; RowLanguage::ALL.len()];
        LOADED[language as usize].get_or_init(|| MatrixLabels::load(language))
    }

    fn load(language: RowLanguage) -> MatrixLabels {
        let m = Messages::of(language.locale());
        MatrixLabels {
            language,
            matrix: message!(m, "matrix-kind"),
            reference: message!(m, "matrix-reference"),
            version: message!(m, "matrix-version"),
            frozen: message!(m, "matrix-frozen"),
            working: message!(m, "matrix-working"),
            activity: message!(m, "matrix-activity"),
            funding: message!(m, "matrix-funding"),
            yes: message!(m, "matrix-yes"),
            duration: message!(m, "matrix-duration"),
            other_activities: message!(m, "matrix-other-activities"),
            legend: message!(m, "matrix-legend"),
            letter: message!(m, "matrix-letter"),
            meaning: message!(m, "matrix-meaning"),
            column: message!(m, "matrix-column"),
            organisation: message!(m, "matrix-organisation"),
            checks: message!(m, "matrix-checks"),
            no_findings: message!(m, "matrix-no-findings"),
        }
    }

    fn messages(&self) -> &'static Messages {
        Messages::of(self.language.locale())
    }

    /// "Reference: RM-2026-001 · Version 2 · Printed on 12 March 2026", the date already
    /// written out.
    pub fn facts(&self, reference: &str, version: u32, date: &str) -> String {
        message!(
            self.messages(),
            "matrix-facts",
            reference = reference,
            version = version.to_string(),
            date = date
        )
    }

    /// The PDF's subject: "Responsibility matrix (RACI) RM-2026-001, Version 2".
    pub fn subject(&self, reference: &str, version: u32) -> String {
        message!(
            self.messages(),
            "matrix-subject",
            reference = reference,
            version = version.to_string()
        )
    }

    /// "RM-2026-001 · Version 2", atop every page but the first.
    pub fn running_header(&self, reference: &str, version: u32) -> String {
        message!(
            self.messages(),
            "matrix-running-header",
            reference = reference,
            version = version.to_string()
        )
    }

    /// "Note: {note}", under the activity's label.
    pub fn note(&self, note: &str) -> String {
        message!(self.messages(), "matrix-note", note = note)
    }

    /// "{heading} (continued)": a group heading again at the head of a later page.
    pub fn continued(&self, heading: &str) -> String {
        message!(self.messages(), "matrix-continued", heading = heading)
    }

    /// "Organisations {from}–{to} of {count}": which columns a page set shows when the grid
    /// is split across page widths.
    pub fn columns_shown(&self, from: usize, to: usize, count: usize) -> String {
        message!(
            self.messages(),
            "matrix-columns-shown",
            from = from.to_string(),
            to = to.to_string(),
            count = count.to_string()
        )
    }

    /// The letter's name: "Responsible".
    pub fn raci_name(&self, raci: Raci) -> String {
        let id = match raci {
            Raci::Responsible => "matrix-raci-responsible",
            Raci::Accountable => "matrix-raci-accountable",
            Raci::Consulted => "matrix-raci-consulted",
            Raci::Informed => "matrix-raci-informed",
        };
        self.messages().get(id, &[])
    }

    /// The letter's name and what it means, for the legend: "Responsible (does the work)".
    pub fn raci_legend(&self, raci: Raci) -> String {
        let id = match raci {
            Raci::Responsible => "matrix-legend-responsible",
            Raci::Accountable => "matrix-legend-accountable",
            Raci::Consulted => "matrix-legend-consulted",
            Raci::Informed => "matrix-legend-informed",
        };
        self.messages().get(id, &[])
    }

    /// "3 weeks" / "3 semaines" / "3 weken".
    pub fn duration_text(&self, duration: WorkDuration) -> String {
        let id = match duration.unit {
            DurationUnit::Days => "matrix-duration-days",
            DurationUnit::Weeks => "matrix-duration-weeks",
            DurationUnit::Months => "matrix-duration-months",
        };
        message!(self.messages(), id, count = duration.amount)
    }

    /// "Yes — {funder}" when the activity needs funding, the funder alone when one is named
    /// for an activity that does not; empty otherwise.
    pub fn funding_text(&self, activity: &Activity) -> String {
        let funder = activity.funder.trim();
        match (activity.needs_funding, funder.is_empty()) {
            (true, true) => self.yes.clone(),
            (true, false) => message!(self.messages(), "matrix-yes-funder", funder = funder),
            (false, _) => funder.to_string(),
        }
    }
}

impl PrintableMatrix {
    pub fn labels(&self) -> &'static MatrixLabels {
        MatrixLabels::of(self.language)
    }

    /// The finding as a sentence in the print language, naming the activity by its label in
    /// that language when it has one.
    pub fn finding_text(&self, finding: &MatrixFinding) -> String {
        finding.sentence(self.messages(), |id, stored| {
            self.content
                .activity(id)
                .map_or(stored, |a| self.label(a))
                .to_string()
        })
    }

    /// The matrix as a table annexed to an agreement, in the print language: the activity,
    /// one column per organisation (its acronym), the funding, and the duration when any
    /// activity has one. A heading gets a row of its own, its name in the first cell, so
    /// the activities below it read as its group.
    pub fn as_annex(&self) -> Annex {
        let labels = self.labels();
        let content = &self.content;
        let with_duration = content.activities.iter().any(|a| a.duration.is_some());
        let mut columns = vec![labels.activity.clone()];
        columns.extend(content.parties.iter().map(|p| p.header().to_string()));
        columns.push(labels.funding.clone());
        if with_duration {
            columns.push(labels.duration.clone());
        }
        let width = columns.len();
        let mut rows = Vec::with_capacity(content.activities.len());
        for (heading, activity) in self.grouped() {
            if let Some(heading) = heading {
                let mut row = vec![String::new(); width];
                row[0] = heading.to_string();
                rows.push(row);
            }
            let mut row = vec![self.label(activity).to_string()];
            row.extend(content.parties.iter().map(|party| {
                activity
                    .raci_of(party.organisation_id)
                    .map_or_else(String::new, |raci| raci.letter().to_string())
            }));
            row.push(labels.funding_text(activity));
            if with_duration {
                row.push(
                    activity
                        .duration
                        .map_or_else(String::new, |d| labels.duration_text(d)),
                );
            }
            rows.push(row);
        }
        Annex {
            title: message!(
                self.messages(),
                "matrix-annex-title",
                title = self.title(),
                reference = &self.reference,
                version = self.version.to_string()
            ),
            columns,
            rows,
        }
    }

    /// The activities in grid order, each with the heading to print before it: `Some` where
    /// a new group starts. Activities filed under no heading after headed ones are grouped
    /// as "Other activities", so they are not read as part of the group above.
    pub fn grouped(&self) -> Vec<(Option<&str>, &Activity)> {
        let other = self.labels().other_activities.as_str();
        let mut previous: Option<&str> = None;
        self.content
            .activities
            .iter()
            .map(|activity| {
                let heading = match activity.heading.trim() {
                    "" => previous.map(|_| other),
                    heading => Some(heading),
                };
                let starts = heading.is_some() && heading != previous;
                previous = heading;
                (if starts { heading } else { None }, activity)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matrix::content::MatrixParty;

    fn activity(id: u32, heading: &str, label: &str, label_fr: &str) -> Activity {
        Activity {
            id,
            heading: heading.into(),
            label: label.into(),
            label_fr: label_fr.into(),
            cells: Vec::new(),
            needs_funding: false,
            funder: String::new(),
            duration: None,
            note: String::new(),
        }
    }

    fn matrix(language: RowLanguage) -> PrintableMatrix {
        let mut content = MatrixContent::empty("Shelter responsibilities");
        content.title_fr = "Responsabilités du foyer".into();
        content.parties = vec![
            MatrixParty {
                organisation_id: 3,
                name: "Bộ Lao động – Thương binh và Xã hội".into(),
                short_name: "MOLISA".into(),
            },
            MatrixParty {
                organisation_id: 7,
                name: "Associação de Apoio à Vítima".into(),
                short_name: String::new(),
            },
        ];
        let mut food = activity(1, "Daily care", "Food", "Repas");
        food.set(3, Some(Raci::Accountable));
        food.set(7, Some(Raci::Responsible));
        food.needs_funding = true;
        food.funder = "Fondation Hélène Lefèvre-Ngô".into();
        food.duration = Some(WorkDuration {
            amount: 1,
            unit: DurationUnit::Months,
        });
        let mut health = activity(2, "Daily care", "Health checks", "");
        health.set(7, Some(Raci::Informed));
        health.needs_funding = true;
        content.activities = vec![food, health, activity(3, "", "Closing report", "Rapport")];
        PrintableMatrix {
            reference: "RM-2026-01".into(),
            version: 2,
            frozen: false,
            printed_on: IsoDate::from_ymd(2026, 3, 12).expect("a real date"),
            author: "Partnership".into(),
            findings: crate::matrix::checks::check(&content),
            content,
            language,
        }
    }

    #[test]
    fn the_annex_has_a_row_per_heading_and_the_letters_under_each_acronym() {
        let annex = matrix(RowLanguage::En).as_annex();
        assert_eq!(
            annex.title,
            "Shelter responsibilities (RM-2026-01, version 2)"
        );
        assert_eq!(
            annex.columns,
            [
                "Activity",
                "MOLISA",
                "Associação de Apoio à Vítima",
                "Funding",
                "Duration"
            ]
        );
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(
            annex.rows,
            vec![
                row(&["Daily care", "", "", "", ""]),
                row(&[
                    "Food",
                    "A",
                    "R",
                    "Yes — Fondation Hélène Lefèvre-Ngô",
                    "1 month"
                ]),
                row(&["Health checks", "", "I", "Yes", ""]),
                row(&["Other activities", "", "", "", ""]),
                row(&["Closing report", "", "", "", ""]),
            ]
        );
    }

    #[test]
    fn a_french_annex_uses_the_french_labels_and_falls_back_to_english() {
        let annex = matrix(RowLanguage::Fr).as_annex();
        assert_eq!(
            annex.title,
            "Responsabilités du foyer (RM-2026-01, version 2)"
        );
        assert_eq!(annex.columns[0], "Activité");
        assert_eq!(annex.rows[1][0], "Repas");
        assert_eq!(annex.rows[1][4], "1 mois");
        assert_eq!(annex.rows[2][0], "Health checks");
        assert_eq!(annex.rows[3][0], "Autres activités");
    }

    #[test]
    fn findings_read_in_french_with_the_french_label() {
        let printable = matrix(RowLanguage::Fr);
        let texts: Vec<String> = printable
            .findings
            .iter()
            .map(|f| printable.finding_text(f))
            .collect();
        assert!(texts.contains(&"« Health checks » n’a aucun approbateur (A)".to_string()));
        assert!(texts.contains(&"« Rapport » n’a aucun responsable (R)".to_string()));
        assert!(texts.contains(
            &"« Health checks » demande un financement et n’a pas de bailleur".to_string()
        ));
        let english = matrix(RowLanguage::En);
        assert_eq!(
            english.finding_text(&english.findings[0]),
            english.findings[0].to_string()
        );
    }

    #[test]
    fn durations_agree_with_their_number() {
        let en = MatrixLabels::of(RowLanguage::En);
        let fr = MatrixLabels::of(RowLanguage::Fr);
        let weeks = |amount| WorkDuration {
            amount,
            unit: DurationUnit::Weeks,
        };
        assert_eq!(en.duration_text(weeks(3)), "3 weeks");
        assert_eq!(en.duration_text(weeks(1)), "1 week");
        assert_eq!(fr.duration_text(weeks(3)), "3 semaines");
    }

    #[test]
    fn a_dutch_annex_has_dutch_words_and_the_english_rows() {
        let printable = matrix(RowLanguage::Nl);
        let annex = printable.as_annex();
        assert_eq!(
            annex.title,
            "Shelter responsibilities (RM-2026-01, versie 2)"
        );
        assert_eq!(annex.columns[0], "Activiteit");
        assert_eq!(annex.columns[3], "Financiering");
        assert_eq!(annex.columns[4], "Duur");
        assert_eq!(annex.rows[1][0], "Food", "rows have no Dutch label");
        assert_eq!(annex.rows[1][3], "Ja — Fondation Hélène Lefèvre-Ngô");
        assert_eq!(annex.rows[1][4], "1 maand");
        assert_eq!(annex.rows[2][3], "Ja");
        assert_eq!(annex.rows[3][0], "Overige activiteiten");
        let texts: Vec<String> = printable
            .findings
            .iter()
            .map(|f| printable.finding_text(f))
            .collect();
        assert!(texts.contains(&"“Health checks” heeft geen eindverantwoordelijke (A)".to_string()));
        assert!(texts.contains(&"“Closing report” heeft geen verantwoordelijke (R)".to_string()));
        assert!(texts
            .contains(&"“Health checks” heeft financiering nodig maar geen financier".to_string()));
    }

    #[test]
    fn dutch_letters_and_durations() {
        let nl = MatrixLabels::of(RowLanguage::Nl);
        let names: Vec<String> = Raci::ALL.iter().map(|r| nl.raci_name(*r)).collect();
        assert_eq!(
            names,
            [
                "Verantwoordelijk (uitvoerend)",
                "Eindverantwoordelijk",
                "Geraadpleegd",
                "Geïnformeerd"
            ]
        );
        let duration = |amount, unit| nl.duration_text(WorkDuration { amount, unit });
        assert_eq!(duration(1, DurationUnit::Days), "1 dag");
        assert_eq!(duration(2, DurationUnit::Days), "2 dagen");
        assert_eq!(duration(1, DurationUnit::Weeks), "1 week");
        assert_eq!(duration(3, DurationUnit::Weeks), "3 weken");
        assert_eq!(duration(1, DurationUnit::Months), "1 maand");
        assert_eq!(duration(6, DurationUnit::Months), "6 maanden");
        assert_eq!(RowLanguage::parse("NL"), Some(RowLanguage::Nl));
    }

    #[test]
    fn every_language_words_the_letters_and_units_apart() {
        for language in RowLanguage::ALL {
            let labels = MatrixLabels::of(*language);
            let mut words: Vec<String> = Raci::ALL
                .iter()
                .flat_map(|r| [labels.raci_name(*r), labels.raci_legend(*r)])
                .collect();
            words.extend(DurationUnit::ALL.iter().flat_map(|unit| {
                [1, 2].map(|amount| {
                    labels.duration_text(WorkDuration {
                        amount,
                        unit: *unit,
                    })
                })
            }));
            assert!(
                words.iter().all(|w| !w.starts_with("matrix-")),
                "{language}: {words:?}"
            );
            let mut distinct = words.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), words.len(), "{language}: {words:?}");
        }
    }

    #[test]
    fn unheaded_activities_before_any_heading_stay_ungrouped() {
        let mut printable = matrix(RowLanguage::En);
        printable.content.activities.rotate_right(1);
        let headings: Vec<Option<&str>> = printable.grouped().iter().map(|(h, _)| *h).collect();
        assert_eq!(headings, [None, Some("Daily care"), None]);
    }
}
