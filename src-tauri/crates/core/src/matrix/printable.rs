//! Everything a printed or exported matrix shows, gathered by the api and handed to the PDF,
//! spreadsheet and CSV writers, which know nothing of the database.

use serde::{Deserialize, Serialize};

use super::checks::MatrixFinding;
use super::content::{Activity, DurationUnit, MatrixContent, WorkDuration};
use super::raci::Raci;
use crate::agreement::Annex;
use crate::date::IsoDate;

crate::closed_choice!(
    /// The language of the printed row labels and fixed words.
    RowLanguage {
        En => "en",
        Fr => "fr",
    }
);

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
}

/// The fixed words of a printed or annexed matrix in one language.
#[derive(Debug, Clone, Copy)]
pub struct MatrixLabels {
    pub language: RowLanguage,
    pub matrix: &'static str,
    pub reference: &'static str,
    pub version: &'static str,
    /// "Printed on {date}".
    pub printed_on: &'static str,
    pub frozen: &'static str,
    pub working: &'static str,
    pub activity: &'static str,
    pub funding: &'static str,
    pub yes: &'static str,
    pub duration: &'static str,
    pub note: &'static str,
    /// A heading row for activities filed under no heading, after some that are.
    pub other_activities: &'static str,
    /// "{heading} (continued)": a group heading again at the head of a later page.
    pub continued: &'static str,
    /// "Organisations {from}–{to} of {n}": which columns a page set shows when the grid is
    /// split across page widths.
    pub columns_shown: &'static str,
    pub legend: &'static str,
    pub letter: &'static str,
    pub meaning: &'static str,
    pub column: &'static str,
    pub organisation: &'static str,
    pub checks: &'static str,
    pub no_findings: &'static str,
}

impl MatrixLabels {
    pub fn of(language: RowLanguage) -> MatrixLabels {
        match language {
            RowLanguage::En => MatrixLabels {
                language,
                matrix: "Responsibility matrix (RACI)",
                reference: "Reference",
                version: "Version",
                printed_on: "Printed on {date}",
                frozen: "Frozen: annexed to a signed agreement; any change makes a new version.",
                working: "Working version: it may still change.",
                activity: "Activity",
                funding: "Funding",
                yes: "Yes",
                duration: "Duration",
                note: "Note",
                other_activities: "Other activities",
                continued: "{heading} (continued)",
                columns_shown: "Organisations {from}–{to} of {n}",
                legend: "Legend",
                letter: "Letter",
                meaning: "Meaning",
                column: "Column",
                organisation: "Organisation",
                checks: "Checks",
                no_findings: "No findings: every activity has exactly one accountable and at \
                              least one responsible organisation.",
            },
            RowLanguage::Fr => MatrixLabels {
                language,
                matrix: "Matrice des responsabilités (RACI)",
                reference: "Référence",
                version: "Version",
                printed_on: "Imprimée le {date}",
                frozen: "Figée : annexée à un accord signé ; toute modification crée une \
                         nouvelle version.",
                working: "Version de travail : elle peut encore changer.",
                activity: "Activité",
                funding: "Financement",
                yes: "Oui",
                duration: "Durée",
                note: "Remarque",
                other_activities: "Autres activités",
                continued: "{heading} (suite)",
                columns_shown: "Organisations {from} à {to} sur {n}",
                legend: "Légende",
                letter: "Lettre",
                meaning: "Signification",
                column: "Colonne",
                organisation: "Organisation",
                checks: "Vérifications",
                no_findings: "Aucune remarque : chaque activité a exactement un approbateur et \
                              au moins un responsable.",
            },
        }
    }

    /// The letter's name and what it means, for the legend.
    pub fn raci(&self, raci: Raci) -> (&'static str, &'static str) {
        match (self.language, raci) {
            (RowLanguage::En, Raci::Responsible) => ("Responsible", "does the work"),
            (RowLanguage::En, Raci::Accountable) => (
                "Accountable",
                "answers for the work being done; exactly one per activity",
            ),
            (RowLanguage::En, Raci::Consulted) => ("Consulted", "asked before; two-way"),
            (RowLanguage::En, Raci::Informed) => ("Informed", "told after; one-way"),
            (RowLanguage::Fr, Raci::Responsible) => ("Responsable", "réalise le travail"),
            (RowLanguage::Fr, Raci::Accountable) => (
                "Approbateur",
                "répond de la réalisation ; un seul par activité",
            ),
            (RowLanguage::Fr, Raci::Consulted) => {
                ("Consulté", "sollicité avant ; dans les deux sens")
            }
            (RowLanguage::Fr, Raci::Informed) => {
                ("Informé", "tenu au courant après ; à sens unique")
            }
        }
    }

    /// "3 weeks" / "3 semaines".
    pub fn duration_text(&self, duration: WorkDuration) -> String {
        let one = duration.amount == 1;
        let unit = match (self.language, duration.unit, one) {
            (RowLanguage::En, DurationUnit::Days, true) => "day",
            (RowLanguage::En, DurationUnit::Days, false) => "days",
            (RowLanguage::En, DurationUnit::Weeks, true) => "week",
            (RowLanguage::En, DurationUnit::Weeks, false) => "weeks",
            (RowLanguage::En, DurationUnit::Months, true) => "month",
            (RowLanguage::En, DurationUnit::Months, false) => "months",
            (RowLanguage::Fr, DurationUnit::Days, true) => "jour",
            (RowLanguage::Fr, DurationUnit::Days, false) => "jours",
            (RowLanguage::Fr, DurationUnit::Weeks, true) => "semaine",
            (RowLanguage::Fr, DurationUnit::Weeks, false) => "semaines",
            (RowLanguage::Fr, DurationUnit::Months, _) => "mois",
        };
        format!("{} {unit}", duration.amount)
    }

    /// "Yes — {funder}" when the activity needs funding, the funder alone when one is named
    /// for an activity that does not; empty otherwise.
    pub fn funding_text(&self, activity: &Activity) -> String {
        let funder = activity.funder.trim();
        match (activity.needs_funding, funder.is_empty()) {
            (true, true) => self.yes.to_string(),
            (true, false) => format!("{} — {funder}", self.yes),
            (false, _) => funder.to_string(),
        }
    }
}

impl PrintableMatrix {
    pub fn labels(&self) -> MatrixLabels {
        MatrixLabels::of(self.language)
    }

    /// The finding as a sentence in the print language. English is the finding's own
    /// wording; French names the activity by its French label when it has one.
    pub fn finding_text(&self, finding: &MatrixFinding) -> String {
        if !self.french() {
            return finding.to_string();
        }
        let activity = |id: u32, stored: &str| -> String {
            self.content
                .activity(id)
                .map_or(stored, |a| a.label_in(true))
                .to_string()
        };
        match finding {
            MatrixFinding::NoAccountable {
                activity_id,
                activity: stored,
            } => format!(
                "« {} » n’a aucun approbateur (A)",
                activity(*activity_id, stored)
            ),
            MatrixFinding::SeveralAccountable {
                activity_id,
                activity: stored,
                names,
                ..
            } => format!(
                "« {} » a {} approbateurs (A) : {} ; il en faut exactement un",
                activity(*activity_id, stored),
                names.len(),
                names.join(", ")
            ),
            MatrixFinding::NoResponsible {
                activity_id,
                activity: stored,
            } => format!(
                "« {} » n’a aucun responsable (R)",
                activity(*activity_id, stored)
            ),
            MatrixFinding::SeveralResponsible {
                activity_id,
                activity: stored,
                names,
                ..
            } => format!(
                "« {} » a {} responsables (R) : {} ; risque de travail en double",
                activity(*activity_id, stored),
                names.len(),
                names.join(", ")
            ),
            MatrixFinding::NoFunder {
                activity_id,
                activity: stored,
            } => format!(
                "« {} » demande un financement et n’a pas de bailleur",
                activity(*activity_id, stored)
            ),
            MatrixFinding::IdleParty { name, .. } => {
                format!("{name} n’est responsable (R) ou approbateur (A) d’aucune activité")
            }
            MatrixFinding::OverloadedParty {
                name,
                rows,
                threshold,
                ..
            } => format!("{name} est responsable (R) de {rows} activités (plus de {threshold})"),
        }
    }

    /// The matrix as a table annexed to an agreement, in the print language: the activity,
    /// one column per organisation (its acronym), the funding, and the duration when any
    /// activity has one. A heading gets a row of its own, its name in the first cell, so
    /// the activities below it read as its group.
    pub fn as_annex(&self) -> Annex {
        let labels = self.labels();
        let french = self.french();
        let content = &self.content;
        let with_duration = content.activities.iter().any(|a| a.duration.is_some());
        let mut columns = vec![labels.activity.to_string()];
        columns.extend(content.parties.iter().map(|p| p.header().to_string()));
        columns.push(labels.funding.to_string());
        if with_duration {
            columns.push(labels.duration.to_string());
        }
        let width = columns.len();
        let mut rows = Vec::with_capacity(content.activities.len());
        for (heading, activity) in self.grouped() {
            if let Some(heading) = heading {
                let mut row = vec![String::new(); width];
                row[0] = heading.to_string();
                rows.push(row);
            }
            let mut row = vec![activity.label_in(french).to_string()];
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
            title: format!(
                "{} ({}, {} {})",
                self.title(),
                self.reference,
                labels.version.to_lowercase(),
                self.version
            ),
            columns,
            rows,
        }
    }

    /// The activities in grid order, each with the heading to print before it: `Some` where
    /// a new group starts. Activities filed under no heading after headed ones are grouped
    /// as "Other activities", so they are not read as part of the group above.
    pub fn grouped(&self) -> Vec<(Option<&str>, &Activity)> {
        let other = self.labels().other_activities;
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
    fn unheaded_activities_before_any_heading_stay_ungrouped() {
        let mut printable = matrix(RowLanguage::En);
        printable.content.activities.rotate_right(1);
        let headings: Vec<Option<&str>> = printable.grouped().iter().map(|(h, _)| *h).collect();
        assert_eq!(headings, [None, Some("Daily care"), None]);
    }
}
