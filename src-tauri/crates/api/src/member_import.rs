//! Importing members from a spreadsheet: a mapping from the file's layout to Pacta's columns
//! (suggested from its headers and values, or Pacta's own layout), a preview that judges every
//! row before anything is written, then an all-or-nothing import in one transaction that also
//! remembers the confirmed mapping for the next file of the same layout.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::member_table::{self, Sheet, SheetSource};
use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, ProblemDetail, Said};
use pacta_core::member_import::{
    find_header_row, layout_key, suggest as suggest_mapping, ColumnTarget, DateReading,
    ImportMapping, MappedRow, MappingError, ValueProblem, ValueSuggestion,
};
use pacta_core::member_record::{ColumnMap, MemberRecord, MEMBER_COLUMNS, REQUIRED_COLUMNS};
use pacta_core::text::name_key;
use pacta_core::{Field, StatusChangeDraft};
use pacta_store::{chambers, organisations, representatives, settings, Connection};

/// The settings key a confirmed mapping is remembered under, per layout of headers.
const REMEMBERED_PREFIX: &str = "member_import_mapping:";
/// Data rows shown under the headers in the suggestion.
const SAMPLE_ROWS: usize = 5;

/// What importing a row would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    Add,
    Update,
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportRow {
    /// The row's line in the file; the header is line 1.
    pub row: u32,
    pub id: Option<i64>,
    pub name: String,
    pub action: ImportAction,
    pub problems: Vec<ProblemDetail>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportPreview {
    pub file: String,
    pub rows: Vec<ImportRow>,
    pub adds: u32,
    pub updates: u32,
    pub invalid: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportSummary {
    pub added: u32,
    pub updated: u32,
}

/// How far a running import has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

/// What Pacta makes of a file it is asked to import: how it read it, the mapping it suggests
/// (or the one confirmed last time for the same headers), and each value of the closed columns
/// with its suggested choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportSuggestion {
    pub file: String,
    pub source: SheetSource,
    /// The rows above the header (a title, a date), each as its non-empty cells joined.
    pub title_rows: Vec<String>,
    pub headers: Vec<String>,
    /// The first data rows, to show under the headers.
    pub sample: Vec<Vec<String>>,
    pub data_rows: u32,
    pub mapping: ImportMapping,
    pub values: Vec<ValueSuggestion>,
    /// What the dates say about their order; `None` when no column holds dates.
    pub dates: Option<DateReading>,
    /// True when the mapping is the one confirmed for this layout before.
    pub remembered: bool,
}

/// Judges every row of a file in Pacta's own layout, writing nothing.
pub fn preview(partnership: &Partnership, path: &Path) -> ApiResult<ImportPreview> {
    let sheet = member_table::read_sheet(path, None)?;
    let mapping = own_layout(&sheet)?;
    preview_with(partnership, path, &mapping)
}

/// Imports a file in Pacta's own layout, every row in one transaction or nothing.
pub fn import(
    partnership: &mut Partnership,
    path: &Path,
    progress: &mut dyn FnMut(ImportProgress),
) -> ApiResult<ImportSummary> {
    let sheet = member_table::read_sheet(path, None)?;
    let mapping = own_layout(&sheet)?;
    import_with(partnership, path, &mapping, progress)
}

/// Reads the file and suggests how to import it: the sheet (`sheet`, or the first that holds
/// data), the header row under any title, a target for every column, the date order, and a
/// choice for every value of the closed columns. A mapping confirmed before for the same
/// headers is offered instead.
pub fn suggest(
    partnership: &Partnership,
    path: &Path,
    sheet: Option<&str>,
) -> ApiResult<ImportSuggestion> {
    let read = member_table::read_sheet(path, sheet)?;
    if read.rows.is_empty() {
        return Err(ApiError::new(
            ErrorCode::MissingColumn,
            said!("error-import-no-rows", path = path),
        ));
    }
    let header_index = find_header_row(&read.rows);
    let existing_chambers = chambers::list(partnership.conn())?;
    let (suggested, mut values, dates) =
        suggest_mapping(&read.rows, header_index, &existing_chambers);
    let headers = read.rows[header_index].clone();
    let remembered = settings::get(
        partnership.conn(),
        &format!("{REMEMBERED_PREFIX}{}", layout_key(&headers)),
    )?
    .and_then(|json| serde_json::from_str::<ImportMapping>(&json).ok());
    let mut mapping = match &remembered {
        Some(mapping) => {
            // The person's own choices come back; values new to this file keep the
            // suggestion's.
            for value in &mut values {
                if let Some(choice) = remembered_choice(mapping, value) {
                    value.choice = Some(choice);
                }
            }
            let mut mapping = mapping.clone();
            merge_values(&mut mapping, &suggested);
            mapping
        }
        None => suggested,
    };
    mapping.sheet = read.source.sheet.clone();
    let data: Vec<Vec<String>> = read.rows[header_index + 1..].to_vec();
    Ok(ImportSuggestion {
        file: path.display().to_string(),
        title_rows: read.rows[..header_index]
            .iter()
            .map(|row| {
                row.iter()
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect(),
        headers,
        sample: data.iter().take(SAMPLE_ROWS).cloned().collect(),
        data_rows: u32::try_from(data.len()).unwrap_or(u32::MAX),
        source: read.source,
        mapping,
        values,
        dates,
        remembered: remembered.is_some(),
    })
}

/// Judges every row of the file read through `mapping`, writing nothing.
pub fn preview_with(
    partnership: &Partnership,
    path: &Path,
    mapping: &ImportMapping,
) -> ApiResult<ImportPreview> {
    let sheet = member_table::read_sheet(path, mapping.sheet.as_deref())?;
    let rows = map_rows(partnership.conn(), &sheet, mapping)?;
    let (rows, _) = plan(partnership.conn(), &rows)?;
    let mut preview = summarise(path, rows);
    let messages = partnership.messages();
    for row in &mut preview.rows {
        row.problems = std::mem::take(&mut row.problems)
            .into_iter()
            .map(|problem| problem.in_language(messages))
            .collect();
    }
    Ok(preview)
}

/// Imports every row read through `mapping` in one transaction, or nothing when any row is
/// invalid; the mapping is remembered for the file's layout in the same transaction.
pub fn import_with(
    partnership: &mut Partnership,
    path: &Path,
    mapping: &ImportMapping,
    progress: &mut dyn FnMut(ImportProgress),
) -> ApiResult<ImportSummary> {
    let sheet = member_table::read_sheet(path, mapping.sheet.as_deref())?;
    let today = partnership.clock().today();
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    partnership.write(|conn, stamp| {
        let mapped = map_rows(conn, &sheet, mapping)?;
        let (rows, records) = plan(conn, &mapped)?;
        let preview = summarise(path, rows);
        if preview.invalid > 0 {
            let details: Vec<ProblemDetail> = preview
                .rows
                .into_iter()
                .flat_map(|row| row.problems)
                .collect();
            return Err(ApiError::with_details(
                ErrorCode::ImportHasErrors,
                said!("error-import-has-errors", rows = preview.invalid),
                details,
            ));
        }
        let total = u32::try_from(records.len()).unwrap_or(u32::MAX);
        let mut summary = ImportSummary {
            added: 0,
            updated: 0,
        };
        // Rows that bring their own id are written first: the id SQLite would pick for a row
        // without one could be the id a later row asks for.
        let mut records = records;
        records.sort_by_key(|(_, record)| record.as_ref().is_none_or(|r| r.id.is_none()));
        for (done, (action, record)) in records.into_iter().enumerate() {
            let record = record.expect("valid rows have a record");
            match action {
                ImportAction::Add => {
                    let id = organisations::insert_with_id(
                        conn,
                        stamp,
                        record.id,
                        &record.organisation,
                        record.status,
                    )?;
                    if let Some(person) = &record.representative {
                        representatives::insert(conn, stamp, id, person)?;
                    }
                    summary.added += 1;
                }
                ImportAction::Update => {
                    let id = record.id.expect("updates carry an id");
                    update_existing(conn, stamp, id, &record, &today, &file_name)?;
                    summary.updated += 1;
                }
                ImportAction::Invalid => unreachable!("invalid rows stop the import above"),
            }
            let done = u32::try_from(done + 1).unwrap_or(u32::MAX);
            if done % 250 == 0 || done == total {
                progress(ImportProgress { done, total });
            }
        }
        let header_index = usize::try_from(mapping.header_row.saturating_sub(1)).unwrap_or(0);
        if let Some(headers) = sheet.rows.get(header_index) {
            let mut remembered = mapping.clone();
            remembered.sheet = None;
            settings::set(
                conn,
                &format!("{REMEMBERED_PREFIX}{}", layout_key(headers)),
                &serde_json::to_string(&remembered).map_err(crate::error::internal)?,
            )?;
        }
        Ok(summary)
    })
}

/// Pacta's own layout read as a mapping: every header must be one of its columns.
fn own_layout(sheet: &Sheet) -> ApiResult<ImportMapping> {
    let Some(headers) = sheet.rows.first().cloned() else {
        return Err(ApiError::new(
            ErrorCode::MissingColumn,
            Said::new("error-table-empty"),
        ));
    };
    let unplaced: Vec<&str> = headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim())
        .filter(|h| {
            !h.is_empty() && ColumnTarget::parse(h).is_none_or(|t| t == ColumnTarget::Ignore)
        })
        .collect();
    let cannot_place = said!("error-import-unplaced-columns", columns = quoted(&unplaced));
    if let Err(missing) = ColumnMap::from_headers(&headers) {
        let mut said = vec![said!(
            "error-import-missing-column",
            column = missing.column,
            needed = REQUIRED_COLUMNS.join(", ")
        )];
        if !unplaced.is_empty() {
            said.push(cannot_place);
        }
        return Err(ApiError::of_detail(
            ProblemDetail::new(ErrorCode::MissingColumn, Said::joined(said))
                .at_row(Some(1))
                .in_column(missing.column),
        ));
    }
    if !unplaced.is_empty() {
        return Err(ApiError::new(ErrorCode::MissingColumn, cannot_place));
    }
    Ok(ImportMapping {
        sheet: None,
        header_row: 1,
        columns: headers
            .iter()
            .map(|h| pacta_core::member_import::ColumnMapping {
                header: h.clone(),
                target: ColumnTarget::parse(h.trim_start_matches('\u{feff}'))
                    .unwrap_or(ColumnTarget::Ignore),
            })
            .collect(),
        date_order: pacta_core::member_import::DateOrder::DayFirst,
        values: Default::default(),
        defaults: Default::default(),
    })
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn remembered_choice(mapping: &ImportMapping, value: &ValueSuggestion) -> Option<String> {
    let values = &mapping.values;
    match value.target {
        ColumnTarget::Kind => values.kind.get(&value.value).map(|k| k.code().to_string()),
        ColumnTarget::Country => values.country.get(&value.value).cloned(),
        ColumnTarget::Status => values
            .status
            .get(&value.value)
            .map(|s| s.code().to_string()),
        ColumnTarget::Chamber => values.chamber.get(&value.value).cloned(),
        _ => None,
    }
}

fn merge_values(mapping: &mut ImportMapping, suggested: &ImportMapping) {
    let values = &mut mapping.values;
    for (value, kind) in &suggested.values.kind {
        values.kind.entry(value.clone()).or_insert(*kind);
    }
    for (value, code) in &suggested.values.country {
        values.country.entry(value.clone()).or_insert(code.clone());
    }
    for (value, status) in &suggested.values.status {
        values.status.entry(value.clone()).or_insert(*status);
    }
    for (value, chamber) in &suggested.values.chamber {
        values
            .chamber
            .entry(value.clone())
            .or_insert(chamber.clone());
    }
}

/// Every data row read through the mapping, with its line in the file.
fn map_rows(
    conn: &Connection,
    sheet: &Sheet,
    mapping: &ImportMapping,
) -> ApiResult<Vec<(u32, MappedRow)>> {
    let header_index = usize::try_from(mapping.header_row.max(1) - 1).unwrap_or(usize::MAX);
    let headers = sheet.rows.get(header_index).ok_or_else(|| {
        mapping_error(MappingError::HeaderRowOutside {
            row: mapping.header_row,
        })
    })?;
    let existing_chambers = chambers::list(conn)?;
    let resolved = mapping
        .resolve(headers, &existing_chambers)
        .map_err(mapping_error)?;
    Ok(sheet.rows[header_index + 1..]
        .iter()
        .enumerate()
        .map(|(index, cells)| {
            let line = u32::try_from(header_index + index + 2).unwrap_or(u32::MAX);
            (line, resolved.map_row(cells))
        })
        .collect())
}

fn mapping_error(error: MappingError) -> ApiError {
    let column = match &error {
        MappingError::MissingHeader { header } | MappingError::UnmappedHeader { header } => {
            Some(header.clone())
        }
        MappingError::DuplicateTarget { second, .. } => Some(second.clone()),
        MappingError::MissingTarget { target } => Some(target.code().to_string()),
        MappingError::UnknownCountryCode { value, .. } => Some(value.clone()),
        MappingError::HeaderRowOutside { .. } => None,
    };
    let said = match &error {
        MappingError::MissingHeader { header } => {
            said!("error-mapping-missing-header", header = header)
        }
        MappingError::UnmappedHeader { header } => {
            said!("error-mapping-unmapped-header", header = header)
        }
        MappingError::DuplicateTarget {
            target,
            first,
            second,
        } => said!(
            "error-mapping-duplicate-target",
            target = target.code(),
            first = first,
            second = second
        ),
        MappingError::MissingTarget { target } => {
            said!("error-mapping-missing-target", target = target.code())
        }
        MappingError::UnknownCountryCode { value, code } => {
            said!("error-mapping-unknown-country", value = value, code = code)
        }
        MappingError::HeaderRowOutside { row } => {
            said!("error-mapping-header-row-outside", row = *row)
        }
    };
    let mut detail = ProblemDetail::new(ErrorCode::MappingMismatch, said);
    detail.column = column;
    ApiError::of_detail(detail)
}

fn update_existing(
    conn: &Connection,
    stamp: &pacta_core::Stamp,
    id: i64,
    record: &MemberRecord,
    today: &str,
    file_name: &str,
) -> ApiResult<()> {
    let before = organisations::get(conn, id)?;
    organisations::update(conn, stamp, id, &record.organisation)?;
    if before.status != record.status {
        let change = StatusChangeDraft {
            status: record.status.code().into(),
            effective_on: today.into(),
            reason: format!("Imported from {file_name}"),
        }
        .validate(before.status, record.organisation.joined_on)?;
        organisations::change_status(conn, stamp, id, &change)?;
    }
    if let Some(person) = &record.representative {
        let primary = representatives::of_organisation(conn, id)?
            .into_iter()
            .find(|r| r.primary);
        match primary {
            Some(existing) => representatives::update(conn, stamp, existing.id, person)?,
            None => {
                representatives::insert(conn, stamp, id, person)?;
            }
        }
    }
    Ok(())
}

type Plan = (Vec<ImportRow>, Vec<(ImportAction, Option<MemberRecord>)>);

/// Decides, row by row, whether the import adds, updates or refuses it.
fn plan(conn: &Connection, mapped: &[(u32, MappedRow)]) -> ApiResult<Plan> {
    let columns = ColumnMap::from_headers(MEMBER_COLUMNS).expect("Pacta's own columns");
    let name_at = MEMBER_COLUMNS
        .iter()
        .position(|c| *c == "name")
        .expect("a name column");
    let mut seen_names: HashMap<String, u32> = HashMap::new();
    let mut seen_ids: HashMap<i64, u32> = HashMap::new();
    let mut rows = Vec::with_capacity(mapped.len());
    let mut records = Vec::with_capacity(mapped.len());
    for (line, row) in mapped {
        let line = *line;
        if row.cells.iter().all(|cell| cell.trim().is_empty()) && row.problems.is_empty() {
            // A blank line inside the list: nothing to import, nothing to refuse.
            continue;
        }
        let raw_name = row.cells[name_at].trim().to_string();
        let column_label = |column: &str| -> String {
            MEMBER_COLUMNS
                .iter()
                .position(|c| *c == column)
                .and_then(|at| row.sources[at].clone())
                .unwrap_or_else(|| column.to_string())
        };
        let mut problems: Vec<ProblemDetail> = row
            .problems
            .iter()
            .map(|unplaced| unplaced_detail(line, unplaced))
            .collect();
        let unplaced_targets: Vec<&str> = row.problems.iter().map(|p| p.target.code()).collect();
        let (action, id, name, record) = match MemberRecord::from_cells(&columns, &row.cells) {
            Err(cell_problems) => {
                problems.extend(
                    cell_problems
                        .iter()
                        .filter(|cell| !unplaced_targets.contains(&cell.column))
                        .map(|cell| {
                            let column = column_label(cell.column);
                            let said = said!(
                                "error-import-cell",
                                line = line,
                                column = &column,
                                problem = crate::error::problem_said(&cell.problem)
                            );
                            ProblemDetail::of_problem(&cell.problem)
                                .saying(said)
                                .at_row(Some(line))
                                .in_column(column)
                        }),
                );
                (ImportAction::Invalid, None, raw_name, None)
            }
            Ok(record) => {
                let mut conflict = |code: ErrorCode, column: &str, field: Field, problem: Said| {
                    let column = column_label(column);
                    let said = said!(
                        "error-import-cell",
                        line = line,
                        column = &column,
                        problem = problem
                    );
                    problems.push(
                        ProblemDetail::new(code, said)
                            .for_field(field)
                            .at_row(Some(line))
                            .in_column(column),
                    );
                };
                let key = name_key(&record.organisation.name);
                if let Some(first) = seen_names.insert(key, line) {
                    conflict(
                        ErrorCode::DuplicateName,
                        "name",
                        Field::Name,
                        said!("error-import-same-as-row", row = first),
                    );
                }
                if let Some(id) = record.id {
                    if let Some(first) = seen_ids.insert(id, line) {
                        conflict(
                            ErrorCode::InvalidChoice,
                            "id",
                            Field::Id,
                            said!("error-import-id-twice", id = id, row = first),
                        );
                    }
                }
                let existing = record
                    .id
                    .map(|id| organisations::exists(conn, id))
                    .transpose()?
                    .unwrap_or(false);
                let holder = organisations::id_by_name(conn, &record.organisation.name)?;
                if let Some(holder) =
                    holder.filter(|holder| Some(*holder) != record.id.filter(|_| existing))
                {
                    conflict(
                        ErrorCode::DuplicateName,
                        "name",
                        Field::Name,
                        said!(
                            "error-import-name-registered",
                            name = &record.organisation.name,
                            id = holder
                        ),
                    );
                }
                let action = if existing {
                    ImportAction::Update
                } else {
                    ImportAction::Add
                };
                let name = record.organisation.name.clone();
                (action, record.id, name, Some(record))
            }
        };
        let action = if problems.is_empty() {
            action
        } else {
            ImportAction::Invalid
        };
        rows.push(ImportRow {
            row: line,
            id,
            name,
            action,
            problems,
        });
        records.push((action, record));
    }
    Ok((rows, records))
}

/// A value the mapping cannot place, named by row and column, with the choices it may take.
fn unplaced_detail(line: u32, unplaced: &ValueProblem) -> ProblemDetail {
    use pacta_core::{MemberStatus, OrganisationKind, Pillar};
    let codes = |all: Vec<&'static str>| all.join(", ");
    let (field, expected, choices) = match unplaced.target {
        ColumnTarget::Kind => (
            Field::Kind,
            "kind",
            codes(OrganisationKind::ALL.iter().map(|k| k.code()).collect()),
        ),
        ColumnTarget::Country => (Field::Country, "country", String::new()),
        ColumnTarget::Status => (
            Field::Status,
            "status",
            codes(MemberStatus::ALL.iter().map(|s| s.code()).collect()),
        ),
        ColumnTarget::Pillars => (
            Field::Pillars,
            "pillars",
            codes(Pillar::ALL.iter().map(|p| p.code()).collect()),
        ),
        _ => (Field::JoinedOn, "date", String::new()),
    };
    let said = said!(
        "error-import-unplaced",
        line = line,
        column = &unplaced.header,
        value = &unplaced.value,
        expected = expected,
        choices = choices
    );
    ProblemDetail::new(ErrorCode::UnplacedValue, said)
        .for_field(field)
        .at_row(Some(line))
        .in_column(unplaced.header.clone())
        .with_value(unplaced.value.clone())
}

fn summarise(path: &Path, rows: Vec<ImportRow>) -> ImportPreview {
    let count = |action: ImportAction| {
        u32::try_from(rows.iter().filter(|r| r.action == action).count()).unwrap_or(u32::MAX)
    };
    ImportPreview {
        file: path.display().to_string(),
        adds: count(ImportAction::Add),
        updates: count(ImportAction::Update),
        invalid: count(ImportAction::Invalid),
        rows,
    }
}
