//! A confirmed mapping from one layout of member list to Pacta's columns, and the reading of
//! each row through it. Values the mapping cannot place are named, never guessed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::choice_words::{kind_of, pillar_of, status_of};
use super::column_target::ColumnTarget;
use super::country_names::country_of;
use super::date_reading::{read_date, DateOrder};
use super::folding::fold;
use super::header_words::target_of_header;
use crate::country::CountryCode;
use crate::date::IsoDate;
use crate::member_record::MEMBER_COLUMNS;
use crate::organisation::{MemberStatus, OrganisationKind};

/// How one layout of member list is read. Its JSON form is `pacta import members
/// --suggest-mapping`'s output and `--mapping`'s input (`docs/import.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportMapping {
    /// The worksheet of a workbook; `None` reads the first one that holds data.
    #[serde(default)]
    pub sheet: Option<String>,
    /// The header's row in the file or sheet, counting from 1.
    pub header_row: u32,
    /// Every column of the header, in order, with where it goes.
    pub columns: Vec<ColumnMapping>,
    /// How dates written as three numbers are read.
    pub date_order: DateOrder,
    /// Values placed by hand; the others are read by their words.
    #[serde(default)]
    pub values: ValueMaps,
    /// What a row gets when its kind or joining date is empty or the list has no such column.
    #[serde(default)]
    pub defaults: RowDefaults,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ColumnMapping {
    /// The header as written in the file.
    pub header: String,
    pub target: ColumnTarget,
}

/// Values of the closed columns placed by the person: the value as written in the file, and
/// the code it stands for (a kind, an ISO country code, a status) or, for chambers, the
/// chamber's name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ValueMaps {
    #[serde(default)]
    pub kind: BTreeMap<String, OrganisationKind>,
    #[serde(default)]
    pub country: BTreeMap<String, String>,
    #[serde(default)]
    pub status: BTreeMap<String, MemberStatus>,
    #[serde(default)]
    pub chamber: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RowDefaults {
    #[serde(default)]
    pub kind: Option<OrganisationKind>,
    #[serde(default)]
    pub joined_on: Option<IsoDate>,
}

/// Why a mapping cannot read a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    #[error("the mapping names a column “{header}” that the file does not have")]
    MissingHeader { header: String },
    #[error("the file's column “{header}” is not in the mapping")]
    UnmappedHeader { header: String },
    #[error("two columns go to “{target}”: “{first}” and “{second}”")]
    DuplicateTarget {
        target: ColumnTarget,
        first: String,
        second: String,
    },
    #[error("no column goes to “{target}”, and the mapping gives it no default")]
    MissingTarget { target: ColumnTarget },
    #[error("“{code}” is not an ISO 3166 country code (the mapping places “{value}” there)")]
    UnknownCountryCode { value: String, code: String },
    #[error("the header row {row} is outside the file")]
    HeaderRowOutside { row: u32 },
}

/// A value that its column's mapping cannot place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueProblem {
    pub target: ColumnTarget,
    /// The file's header of the column.
    pub header: String,
    pub value: String,
}

/// One row read through the mapping: cells in `MEMBER_COLUMNS` order, ready for
/// `MemberRecord::from_cells`, and the values it could not place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappedRow {
    pub cells: Vec<String>,
    pub problems: Vec<ValueProblem>,
    /// For each of `MEMBER_COLUMNS`, the file's header it came from (for messages).
    pub sources: Vec<Option<String>>,
}

/// The key a layout is remembered by: its headers, folded.
pub fn layout_key<S: AsRef<str>>(headers: &[S]) -> String {
    headers
        .iter()
        .map(|h| fold(h.as_ref()))
        .collect::<Vec<_>>()
        .join("|")
}

/// A mapping checked against a file's header row.
#[derive(Debug, Clone)]
pub struct ResolvedMapping<'m> {
    mapping: &'m ImportMapping,
    /// For each target, the file's column index.
    single: BTreeMap<ColumnTarget, usize>,
    /// Columns gathered into the notes, with the label their values get.
    notes: Vec<(usize, Option<String>)>,
    headers: Vec<String>,
    chambers: Vec<String>,
}

impl ImportMapping {
    /// Checks the mapping against the file's headers: every header mapped, every mapped header
    /// present, one column per target, the required targets filled. `chambers` are the
    /// partnership's existing chambers, which values are matched to.
    pub fn resolve<S: AsRef<str>>(
        &self,
        headers: &[S],
        chambers: &[String],
    ) -> Result<ResolvedMapping<'_>, MappingError> {
        let headers: Vec<String> = headers.iter().map(|h| h.as_ref().to_string()).collect();
        let mut used = vec![false; headers.len()];
        let mut single: BTreeMap<ColumnTarget, usize> = BTreeMap::new();
        let mut notes = Vec::new();
        for column in &self.columns {
            let wanted = fold(&column.header);
            let index = headers
                .iter()
                .enumerate()
                .position(|(i, h)| !used[i] && fold(h) == wanted)
                .ok_or_else(|| MappingError::MissingHeader {
                    header: column.header.clone(),
                })?;
            used[index] = true;
            match column.target {
                ColumnTarget::Ignore => {}
                ColumnTarget::Notes => {
                    let labelled = target_of_header(&headers[index]) != Some(ColumnTarget::Notes);
                    notes.push((index, labelled.then(|| headers[index].trim().to_string())));
                }
                target => {
                    if let Some(first) = single.insert(target, index) {
                        return Err(MappingError::DuplicateTarget {
                            target,
                            first: headers[first].clone(),
                            second: headers[index].clone(),
                        });
                    }
                }
            }
        }
        if let Some(index) = used
            .iter()
            .enumerate()
            .position(|(i, used)| !used && !headers[i].trim().is_empty())
        {
            return Err(MappingError::UnmappedHeader {
                header: headers[index].clone(),
            });
        }
        let needs = [
            (ColumnTarget::Name, true),
            (ColumnTarget::Kind, self.defaults.kind.is_none()),
            (ColumnTarget::JoinedOn, self.defaults.joined_on.is_none()),
        ];
        for (target, needed) in needs {
            if needed && !single.contains_key(&target) {
                return Err(MappingError::MissingTarget { target });
            }
        }
        for (value, code) in &self.values.country {
            if CountryCode::parse(code).is_err() {
                return Err(MappingError::UnknownCountryCode {
                    value: value.clone(),
                    code: code.clone(),
                });
            }
        }
        Ok(ResolvedMapping {
            mapping: self,
            single,
            notes,
            headers,
            chambers: chambers.to_vec(),
        })
    }
}

impl ResolvedMapping<'_> {
    /// Reads one data row.
    pub fn map_row<S: AsRef<str>>(&self, row: &[S]) -> MappedRow {
        let raw = |index: usize| -> String {
            row.get(index)
                .map(|c| c.as_ref().trim().to_string())
                .unwrap_or_default()
        };
        let mut problems = Vec::new();
        let mut cells = vec![String::new(); MEMBER_COLUMNS.len()];
        let mut sources = vec![None; MEMBER_COLUMNS.len()];
        let mut notes: Vec<String> = Vec::new();
        let values = &self.mapping.values;
        for (&target, &index) in &self.single {
            let text = raw(index);
            let header = self.headers[index].clone();
            let mut unplaced = || {
                problems.push(ValueProblem {
                    target,
                    header: header.clone(),
                    value: text.clone(),
                })
            };
            let cell = match target {
                ColumnTarget::Kind => {
                    match placed(&values.kind, &text).or_else(|| kind_of(&text)) {
                        Some(kind) => kind.code().to_string(),
                        None if text.is_empty() => self
                            .mapping
                            .defaults
                            .kind
                            .map(|k| k.code().to_string())
                            .unwrap_or_default(),
                        None => {
                            unplaced();
                            text.clone()
                        }
                    }
                }
                ColumnTarget::Country => {
                    match placed(&values.country, &text)
                        .or_else(|| country_of(&text).map(|c| c.alpha2().to_string()))
                    {
                        Some(code) => code,
                        None if text.is_empty() => String::new(),
                        None => {
                            unplaced();
                            text.clone()
                        }
                    }
                }
                ColumnTarget::Status => {
                    match placed(&values.status, &text).or_else(|| status_of(&text)) {
                        Some(status) => status.code().to_string(),
                        None => {
                            unplaced();
                            text.clone()
                        }
                    }
                }
                ColumnTarget::Chamber => {
                    placed(&values.chamber, &text).unwrap_or_else(|| self.chamber_named(&text))
                }
                // A date no form reads stays as written, and the record's validation names
                // it an impossible date.
                ColumnTarget::JoinedOn => match read_date(&text, self.mapping.date_order) {
                    Some(date) => date.to_string(),
                    None if text.is_empty() => self
                        .mapping
                        .defaults
                        .joined_on
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    None => text.clone(),
                },
                ColumnTarget::Pillars => {
                    let mut codes = Vec::new();
                    for item in text.split([';', ',', '/', '|', '\n']).map(str::trim) {
                        if item.is_empty() {
                            continue;
                        }
                        match pillar_of(item) {
                            Some(pillar) => codes.push(pillar.code()),
                            None => problems.push(ValueProblem {
                                target,
                                header: header.clone(),
                                value: item.to_string(),
                            }),
                        }
                    }
                    codes.join(";")
                }
                ColumnTarget::RepresentativeEmail => {
                    let (first, others) = first_address(&text);
                    if let Some(others) = others {
                        notes.push(format!("{}: {others}", header.trim()));
                    }
                    first
                }
                _ => text.clone(),
            };
            let at = column_index(target);
            cells[at] = cell;
            sources[at] = Some(self.headers[index].clone());
        }
        for target in [ColumnTarget::Kind, ColumnTarget::JoinedOn] {
            let at = column_index(target);
            if sources[at].is_none() {
                cells[at] = match target {
                    ColumnTarget::Kind => self.mapping.defaults.kind.map(|k| k.code().to_string()),
                    _ => self.mapping.defaults.joined_on.map(|d| d.to_string()),
                }
                .unwrap_or_default();
            }
        }
        for (index, label) in &self.notes {
            let text = raw(*index);
            if text.is_empty() {
                continue;
            }
            notes.push(match label {
                Some(label) => format!("{label}: {text}"),
                None => text,
            });
        }
        let notes_at = column_index(ColumnTarget::Notes);
        cells[notes_at] = notes.join("\n");
        if let Some((index, _)) = self.notes.first() {
            sources[notes_at] = Some(self.headers[*index].clone());
        }
        MappedRow {
            cells,
            problems,
            sources,
        }
    }

    fn chamber_named(&self, text: &str) -> String {
        let wanted = fold(text);
        self.chambers
            .iter()
            .find(|existing| fold(existing) == wanted)
            .cloned()
            .unwrap_or_else(|| text.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// The code the person gave a value: the value as written, or folded alike.
fn placed<T: Clone>(map: &BTreeMap<String, T>, text: &str) -> Option<T> {
    if text.is_empty() {
        return None;
    }
    if let Some(found) = map.get(text) {
        return Some(found.clone());
    }
    let wanted = fold(text);
    map.iter()
        .find(|(value, _)| fold(value) == wanted)
        .map(|(_, found)| found.clone())
}

/// A cell holding several addresses keeps the first; the others go to the notes.
fn first_address(text: &str) -> (String, Option<String>) {
    let text = text.trim().trim_start_matches("mailto:");
    let parts: Vec<&str> = text
        .split([';', ',', '/', ' ', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 && parts.iter().filter(|p| p.contains('@')).count() > 1 {
        let first = parts
            .iter()
            .position(|p| p.contains('@'))
            .expect("an address");
        let others: Vec<&str> = parts
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != first)
            .map(|(_, p)| *p)
            .collect();
        (parts[first].to_string(), Some(others.join(", ")))
    } else {
        (text.to_string(), None)
    }
}

fn column_index(target: ColumnTarget) -> usize {
    MEMBER_COLUMNS
        .iter()
        .position(|c| *c == target.code())
        .expect("every target but ignore is a member column")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::member_record::{ColumnMap, MemberRecord};

    fn mapping(columns: &[(&str, ColumnTarget)]) -> ImportMapping {
        ImportMapping {
            sheet: None,
            header_row: 1,
            columns: columns
                .iter()
                .map(|(header, target)| ColumnMapping {
                    header: header.to_string(),
                    target: *target,
                })
                .collect(),
            date_order: DateOrder::DayFirst,
            values: ValueMaps::default(),
            defaults: RowDefaults::default(),
        }
    }

    fn english_list() -> ImportMapping {
        use ColumnTarget::*;
        mapping(&[
            ("Organisation", Name),
            ("Type", Kind),
            ("Country", Country),
            ("Focal point", RepresentativeName),
            ("E-mail", RepresentativeEmail),
            ("Member since", JoinedOn),
            ("Budget line", Notes),
            ("Remarks", Notes),
        ])
    }

    fn headers() -> Vec<&'static str> {
        vec![
            "Organisation",
            "Type",
            "Country",
            "Focal point",
            "E-mail",
            "Member since",
            "Budget line",
            "Remarks",
        ]
    }

    #[test]
    fn a_row_is_read_into_pactas_columns_and_validates() {
        let chambers = vec!["Workers".to_string()];
        let mapping = english_list();
        let resolved = mapping.resolve(&headers(), &chambers).unwrap();
        let row = resolved.map_row(&[
            "Ministry of Labour, Invalids and Social Affairs",
            "Ministry",
            "Viet Nam",
            "Nguyễn Thị Hoa",
            "hoa@molisa.gov.vn; office@molisa.gov.vn",
            "15/03/2021",
            "B-12",
            "Observer until 2022",
        ]);
        assert!(row.problems.is_empty(), "{:?}", row.problems);
        let map = ColumnMap::from_headers(MEMBER_COLUMNS).unwrap();
        let record = MemberRecord::from_cells(&map, &row.cells).unwrap();
        assert_eq!(record.organisation.kind, OrganisationKind::Government);
        assert_eq!(record.organisation.country.unwrap().alpha2(), "VN");
        assert_eq!(record.organisation.joined_on.to_string(), "2021-03-15");
        assert_eq!(
            record.organisation.notes,
            "E-mail: office@molisa.gov.vn\nBudget line: B-12\nObserver until 2022"
        );
        assert_eq!(record.representative.unwrap().email, "hoa@molisa.gov.vn");
    }

    #[test]
    fn values_it_cannot_place_are_named_with_their_column() {
        let mapping = english_list();
        let resolved = mapping.resolve(&headers(), &[]).unwrap();
        let row = resolved.map_row(&[
            "Fishers’ Rights Network",
            "Cooperative",
            "Atlantis",
            "",
            "",
            "soon",
            "",
            "",
        ]);
        let named: Vec<(&str, &str)> = row
            .problems
            .iter()
            .map(|p| (p.header.as_str(), p.value.as_str()))
            .collect();
        assert_eq!(
            named,
            vec![("Type", "Cooperative"), ("Country", "Atlantis")]
        );
        assert_eq!(
            row.cells[8], "soon",
            "left for validation to name an impossible date"
        );
    }

    #[test]
    fn placed_values_and_defaults_win() {
        let mut mapping = english_list();
        mapping
            .values
            .kind
            .insert("cooperative".into(), OrganisationKind::Other);
        mapping
            .values
            .country
            .insert("Atlantis".into(), "PT".into());
        mapping.defaults.joined_on = IsoDate::from_ymd(2020, 1, 1);
        let resolved = mapping.resolve(&headers(), &[]).unwrap();
        let row = resolved.map_row(&["Network", "Cooperative", "Atlantis", "", "", "", "", ""]);
        assert!(row.problems.is_empty(), "{:?}", row.problems);
        assert_eq!(row.cells[3], "other");
        assert_eq!(row.cells[4], "PT");
        assert_eq!(row.cells[8], "2020-01-01");
    }

    #[test]
    fn a_mapping_that_does_not_fit_the_file_is_refused() {
        let mapping = english_list();
        let mut fewer = headers();
        fewer.pop();
        assert_eq!(
            mapping.resolve(&fewer, &[]).unwrap_err(),
            MappingError::MissingHeader {
                header: "Remarks".into()
            }
        );
        let mut more = headers();
        more.push("Region");
        assert!(matches!(
            mapping.resolve(&more, &[]),
            Err(MappingError::UnmappedHeader { .. })
        ));
        let mut twice = english_list();
        twice.columns[7].target = ColumnTarget::Name;
        assert!(matches!(
            twice.resolve(&headers(), &[]),
            Err(MappingError::DuplicateTarget { .. })
        ));
        let mut dateless = english_list();
        dateless.columns[5].target = ColumnTarget::Ignore;
        assert_eq!(
            dateless.resolve(&headers(), &[]).unwrap_err(),
            MappingError::MissingTarget {
                target: ColumnTarget::JoinedOn
            }
        );
    }

    #[test]
    fn chambers_match_existing_ones() {
        use ColumnTarget::*;
        let mapping = mapping(&[
            ("name", Name),
            ("kind", Kind),
            ("joined_on", JoinedOn),
            ("Collège", Chamber),
        ]);
        let chambers = vec!["Travailleurs".to_string()];
        let resolved = mapping
            .resolve(&["name", "kind", "joined_on", "Collège"], &chambers)
            .unwrap();
        let row = resolved.map_row(&["=HYPERLINK(x)", "ngo", "2020-01-01", " travailleurs "]);
        assert_eq!(row.cells[1], "=HYPERLINK(x)");
        assert_eq!(row.cells[5], "Travailleurs");
    }

    #[test]
    fn the_mapping_reads_back_from_its_json() {
        let mapping = english_list();
        let json = serde_json::to_string(&mapping).unwrap();
        assert_eq!(
            serde_json::from_str::<ImportMapping>(&json).unwrap(),
            mapping
        );
        let minimal: ImportMapping = serde_json::from_str(
            r#"{"header_row": 2, "date_order": "month_first",
                "columns": [{"header": "Org", "target": "name"}]}"#,
        )
        .unwrap();
        assert_eq!(minimal.values, ValueMaps::default());
    }
}
