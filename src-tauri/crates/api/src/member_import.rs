//! Importing members from a spreadsheet: a preview that judges every row before anything is
//! written, then an all-or-nothing import in one transaction.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::member_table::{self, Table};
use crate::{ApiError, ApiResult, ErrorCode, Partnership, ProblemDetail};
use pacta_core::member_record::{ColumnMap, MemberRecord};
use pacta_core::text::name_key;
use pacta_core::{Field, StatusChangeDraft};
use pacta_store::{organisations, representatives, Connection};

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

/// Judges every row of the file against the partnership, writing nothing.
pub fn preview(partnership: &Partnership, path: &Path) -> ApiResult<ImportPreview> {
    let table = member_table::read(path)?;
    let (rows, _) = plan(partnership.conn(), &table)?;
    Ok(summarise(path, rows))
}

/// Imports every row in one transaction, or nothing when any row is invalid.
pub fn import(
    partnership: &mut Partnership,
    path: &Path,
    progress: &mut dyn FnMut(ImportProgress),
) -> ApiResult<ImportSummary> {
    let table = member_table::read(path)?;
    let today = partnership.clock().today();
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    partnership.write(|conn, stamp| {
        let (rows, records) = plan(conn, &table)?;
        let preview = summarise(path, rows);
        if preview.invalid > 0 {
            let details: Vec<ProblemDetail> = preview
                .rows
                .into_iter()
                .flat_map(|row| row.problems)
                .collect();
            return Err(ApiError::with_details(
                ErrorCode::ImportHasErrors,
                format!(
                    "{} row(s) have problems; nothing was imported",
                    preview.invalid
                ),
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
        Ok(summary)
    })
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
fn plan(conn: &Connection, table: &Table) -> ApiResult<Plan> {
    let columns = ColumnMap::from_headers(&table.headers).map_err(|missing| {
        let detail = ProblemDetail {
            code: ErrorCode::MissingColumn,
            message: missing.to_string(),
            field: None,
            row: Some(1),
            column: Some(missing.column.to_string()),
            value: None,
        };
        ApiError::with_details(ErrorCode::MissingColumn, missing.to_string(), vec![detail])
    })?;
    let mut seen_names: HashMap<String, u32> = HashMap::new();
    let mut seen_ids: HashMap<i64, u32> = HashMap::new();
    let mut rows = Vec::with_capacity(table.rows.len());
    let mut records = Vec::with_capacity(table.rows.len());
    for (index, cells) in table.rows.iter().enumerate() {
        let line = u32::try_from(index + 2).unwrap_or(u32::MAX);
        let raw_name = columns_name(&table.headers, cells);
        let (action, id, name, problems, record) = match MemberRecord::from_cells(&columns, cells) {
            Err(cell_problems) => {
                let problems = cell_problems
                    .iter()
                    .map(|cell| {
                        let mut detail = ProblemDetail::of_problem(&cell.problem);
                        detail.message =
                            format!("row {line}, column “{}”: {}", cell.column, cell.problem);
                        detail.row = Some(line);
                        detail.column = Some(cell.column.to_string());
                        detail
                    })
                    .collect();
                (ImportAction::Invalid, None, raw_name, problems, None)
            }
            Ok(record) => {
                let mut problems = Vec::new();
                let mut conflict =
                    |code: ErrorCode, column: &str, field: Field, message: String| {
                        problems.push(ProblemDetail {
                            code,
                            message: format!("row {line}, column “{column}”: {message}"),
                            field: Some(field),
                            row: Some(line),
                            column: Some(column.to_string()),
                            value: None,
                        });
                    };
                let key = name_key(&record.organisation.name);
                if let Some(first) = seen_names.insert(key, line) {
                    conflict(
                        ErrorCode::DuplicateName,
                        "name",
                        Field::Name,
                        format!("the same organisation as row {first}"),
                    );
                }
                if let Some(id) = record.id {
                    if let Some(first) = seen_ids.insert(id, line) {
                        conflict(
                            ErrorCode::InvalidChoice,
                            "id",
                            Field::Id,
                            format!("id {id} is also on row {first}"),
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
                        format!(
                            "an organisation named “{}” is already in the registry (id {holder}); put {holder} in the id column to update it",
                            record.organisation.name
                        ),
                    );
                }
                let action = if !problems.is_empty() {
                    ImportAction::Invalid
                } else if existing {
                    ImportAction::Update
                } else {
                    ImportAction::Add
                };
                (
                    action,
                    record.id,
                    record.organisation.name.clone(),
                    problems,
                    Some(record),
                )
            }
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

fn columns_name(headers: &[String], cells: &[String]) -> String {
    headers
        .iter()
        .position(|h| {
            h.trim_start_matches('\u{feff}')
                .trim()
                .eq_ignore_ascii_case("name")
        })
        .and_then(|at| cells.get(at))
        .map(|name| name.trim().to_string())
        .unwrap_or_default()
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
