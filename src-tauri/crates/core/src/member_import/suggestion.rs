//! The mapping Pacta suggests for a list it has not seen: columns placed by their headers,
//! the header row found under any title, the date order read from the dates, and every value
//! of the closed columns with the choice its words suggest.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::choice_words::{kind_of, status_of};
use super::column_target::ColumnTarget;
use super::country_names::country_of;
use super::date_reading::{DateOrder, DateReading};
use super::folding::fold;
use super::header_words::target_of_header;
use super::mapping::{ColumnMapping, ImportMapping, RowDefaults, ValueMaps};

/// One distinct value of a closed column and what the suggestion makes of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ValueSuggestion {
    pub target: ColumnTarget,
    /// The value as written (trimmed).
    pub value: String,
    /// The suggested code (a kind, an ISO country code, a status) or chamber name; `None` when
    /// nothing places it and the person must choose.
    pub choice: Option<String>,
    /// How the choice was made.
    pub how: ValueChoice,
    /// On how many rows the value appears.
    pub rows: u32,
}

crate::closed_choice!(
    /// How a value's choice was made.
    ValueChoice {
        /// The value's words name the choice.
        Words => "words",
        /// An existing chamber of the same name.
        Existing => "existing",
        /// A chamber the import will create.
        New => "new",
        /// Nothing places it.
        Unplaced => "unplaced",
    }
);

/// Suggests a mapping for a sheet's rows (all of them, the header's among them).
pub fn suggest(
    rows: &[Vec<String>],
    header_index: usize,
    chambers: &[String],
) -> (ImportMapping, Vec<ValueSuggestion>, Option<DateReading>) {
    let empty = Vec::new();
    let headers = rows.get(header_index).unwrap_or(&empty);
    let data = rows.get(header_index + 1..).unwrap_or(&[]);
    let own_layout = headers
        .iter()
        .filter(|h| !h.trim().is_empty())
        .all(|h| ColumnTarget::parse(h).is_some());
    let mut taken = std::collections::HashSet::new();
    let columns: Vec<ColumnMapping> = headers
        .iter()
        .enumerate()
        .map(|(index, header)| {
            let has_data = data
                .iter()
                .any(|row| row.get(index).is_some_and(|c| !c.trim().is_empty()));
            let target = match target_of_header(header) {
                // A column that numbers the list's rows ("No.", "S/N", "#") is no member's data.
                _ if numbers_rows(header, data, index) => ColumnTarget::Ignore,
                // An "ID" column of another tool numbers its own rows, not Pacta's members:
                // reading it as Pacta's id would overwrite members.
                Some(ColumnTarget::Id) if !own_layout => ColumnTarget::Notes,
                Some(target) if target.takes_one_column() && !taken.insert(target) => {
                    ColumnTarget::Notes
                }
                Some(target) => target,
                None if has_data => ColumnTarget::Notes,
                None => ColumnTarget::Ignore,
            };
            ColumnMapping {
                header: header.clone(),
                target,
            }
        })
        .collect();
    let column_of = |target: ColumnTarget| columns.iter().position(|c| c.target == target);
    let values_of = |index: usize| -> Vec<&str> {
        data.iter()
            .filter_map(|row| row.get(index))
            .map(|c| c.trim())
            .collect()
    };

    let date_reading = column_of(ColumnTarget::JoinedOn).map(|at| {
        let reading = DateReading::of_column(&values_of(at));
        match order_named_in(&headers[at]) {
            // "Date joined (dd/mm/yyyy)": the header says what the dates may not.
            Some(order) if !reading.certain && !reading.mixed => DateReading {
                order,
                certain: true,
                mixed: false,
            },
            _ => reading,
        }
    });
    let mut suggestions = Vec::new();
    let mut values = ValueMaps::default();
    for target in [
        ColumnTarget::Kind,
        ColumnTarget::Country,
        ColumnTarget::Status,
        ColumnTarget::Chamber,
    ] {
        let Some(at) = column_of(target) else {
            continue;
        };
        let mut counts: BTreeMap<String, (usize, u32)> = BTreeMap::new();
        for (order, value) in values_of(at).into_iter().enumerate() {
            if value.is_empty() {
                continue;
            }
            counts.entry(value.to_string()).or_insert((order, 0)).1 += 1;
        }
        let mut distinct: Vec<(String, (usize, u32))> = counts.into_iter().collect();
        distinct.sort_by_key(|(_, (order, _))| *order);
        for (value, (_, count)) in distinct {
            let (choice, how) = match target {
                ColumnTarget::Kind => words(kind_of(&value).map(|k| k.code().to_string())),
                ColumnTarget::Country => words(country_of(&value).map(|c| c.alpha2().to_string())),
                ColumnTarget::Status => words(status_of(&value).map(|s| s.code().to_string())),
                _ => {
                    let wanted = fold(&value);
                    match chambers.iter().find(|c| fold(c) == wanted) {
                        Some(existing) => (Some(existing.clone()), ValueChoice::Existing),
                        None => (Some(value.clone()), ValueChoice::New),
                    }
                }
            };
            if let Some(code) = &choice {
                match target {
                    ColumnTarget::Kind => {
                        if let Some(kind) = kind_of(code) {
                            values.kind.insert(value.clone(), kind);
                        }
                    }
                    ColumnTarget::Country => {
                        values.country.insert(value.clone(), code.clone());
                    }
                    ColumnTarget::Status => {
                        if let Some(status) = status_of(code) {
                            values.status.insert(value.clone(), status);
                        }
                    }
                    _ => {
                        values.chamber.insert(value.clone(), code.clone());
                    }
                }
            }
            suggestions.push(ValueSuggestion {
                target,
                value,
                choice,
                how,
                rows: count,
            });
        }
    }
    let mapping = ImportMapping {
        sheet: None,
        header_row: u32::try_from(header_index + 1).unwrap_or(u32::MAX),
        columns,
        date_order: date_reading.map_or(DateOrder::DayFirst, |r| r.order),
        values,
        defaults: RowDefaults::default(),
    };
    (mapping, suggestions, date_reading)
}

/// The date order a header spells out: "dd/mm/yyyy", "jj/mm/aaaa", "mm/dd/yyyy".
fn order_named_in(header: &str) -> Option<DateOrder> {
    let padded = format!(" {} ", fold(header));
    if padded.contains(" dd mm ") || padded.contains(" jj mm ") {
        Some(DateOrder::DayFirst)
    } else if padded.contains(" mm dd ") {
        Some(DateOrder::MonthFirst)
    } else {
        None
    }
}

/// Headers of a column that only numbers the rows, when every value is a whole number.
const ROW_NUMBER_HEADERS: &[&str] = &[
    "", "no", "n", "nr", "num", "number", "s n", "sn", "sr", "sr no", "sl no", "sno", "item",
    "ordre", "numero", "nummer",
];

fn numbers_rows(header: &str, data: &[Vec<String>], index: usize) -> bool {
    let folded = fold(header.trim_end_matches('#').trim_end_matches('°'));
    let values: Vec<&str> = data
        .iter()
        .filter_map(|row| row.get(index))
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    (header.trim() == "#" || ROW_NUMBER_HEADERS.contains(&folded.as_str()))
        && !values.is_empty()
        && values.iter().all(|v| v.chars().all(|c| c.is_ascii_digit()))
}

fn words(choice: Option<String>) -> (Option<String>, ValueChoice) {
    match choice {
        Some(code) => (Some(code), ValueChoice::Words),
        None => (None, ValueChoice::Unplaced),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn a_french_list_is_placed_column_by_column() {
        let rows = sheet(&[
            &[
                "Nom de l'organisation",
                "Sigle",
                "Catégorie",
                "Pays",
                "Point focal",
                "Courriel",
                "Date d'adhésion",
                "Collège",
                "N°",
            ],
            &[
                "Ministère de la Justice",
                "MJ",
                "Ministère",
                "Namibie",
                "Hage Geingob",
                "hg@moj.gov.na",
                "04/03/2019",
                "Gouvernements",
                "1",
            ],
            &[
                "Legal Assistance Centre",
                "LAC",
                "ONG",
                "Namibie",
                "Toni Hancox",
                "th@lac.org.na",
                "25/11/2018",
                "Société civile",
                "2",
            ],
            &[
                "Coopérative des pêcheurs",
                "",
                "Coopérative",
                "Autriche",
                "",
                "",
                "01/01/2020",
                "gouvernements",
                "3",
            ],
        ]);
        let chambers = vec!["Gouvernements".to_string()];
        let (mapping, values, dates) = suggest(&rows, 0, &chambers);
        let targets: Vec<&str> = mapping.columns.iter().map(|c| c.target.code()).collect();
        assert_eq!(
            targets,
            vec![
                "name",
                "acronym",
                "kind",
                "country",
                "representative_name",
                "representative_email",
                "joined_on",
                "chamber",
                "ignore"
            ]
        );
        assert_eq!(mapping.date_order, DateOrder::DayFirst);
        assert!(dates.unwrap().certain);
        let unplaced: Vec<&str> = values
            .iter()
            .filter(|v| v.how == ValueChoice::Unplaced)
            .map(|v| v.value.as_str())
            .collect();
        assert_eq!(unplaced, vec!["Coopérative"]);
        let chamber = values.iter().find(|v| v.value == "gouvernements").unwrap();
        assert_eq!(chamber.how, ValueChoice::Existing);
        assert_eq!(chamber.choice.as_deref(), Some("Gouvernements"));
        assert_eq!(
            mapping.values.country.get("Namibie").map(String::as_str),
            Some("NA")
        );
        let namibie = values.iter().find(|v| v.value == "Namibie").unwrap();
        assert_eq!(namibie.rows, 2);
    }

    #[test]
    fn a_header_that_spells_the_date_order_decides_it() {
        let rows = sheet(&[
            &["Organisation", "Type", "Date joined (mm/dd/yyyy)"],
            &["A", "NGO", "03/04/2021"],
        ]);
        let (mapping, _, dates) = suggest(&rows, 0, &[]);
        assert_eq!(mapping.date_order, DateOrder::MonthFirst);
        assert!(dates.unwrap().certain);
    }

    #[test]
    fn pactas_own_layout_keeps_its_ids() {
        let rows = sheet(&[
            &["id", "name", "kind", "joined_on"],
            &["4", "A", "ngo", "2020-01-01"],
        ]);
        let (mapping, _, _) = suggest(&rows, 0, &[]);
        assert_eq!(mapping.columns[0].target, ColumnTarget::Id);
        let foreign = sheet(&[&["ID", "Organisation", "Type"], &["4", "A", "NGO"]]);
        let (mapping, _, _) = suggest(&foreign, 0, &[]);
        assert_eq!(mapping.columns[0].target, ColumnTarget::Notes);
    }
}
