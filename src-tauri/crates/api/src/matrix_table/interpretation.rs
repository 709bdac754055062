//! What a table of text cells says as a matrix: columns recognised, parties matched to
//! members, letters and figures read, every problem placed by row and column.

use super::*;
use crate::error::matrix_problem_said;

/// Everything read from a table, with every problem found on the way.
pub(super) struct Reading {
    pub(super) content: MatrixContent,
    pub(super) unmatched_columns: Vec<String>,
    pub(super) problems: Vec<ProblemDetail>,
    /// How many of `problems` are about something other than an unmatched column.
    pub(super) blocking: usize,
}

impl Reading {
    fn problem(&mut self, detail: ProblemDetail) {
        self.blocking += 1;
        self.problems.push(detail);
    }
}

pub(super) fn interpret(
    table: &MatrixTable,
    organisations: &[(i64, String, String)],
    title: &str,
) -> ApiResult<Reading> {
    let mut reading = Reading {
        content: MatrixContent::empty(title.trim()),
        unmatched_columns: Vec::new(),
        problems: Vec::new(),
        blocking: 0,
    };
    let headers: Vec<&str> = table
        .headers
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim())
        .collect();
    let width = table
        .rows
        .iter()
        .map(Vec::len)
        .chain([headers.len()])
        .max()
        .unwrap_or(0);
    let has_values = |index: usize| {
        table
            .rows
            .iter()
            .any(|row| row.get(index).is_some_and(|cell| !cell.trim().is_empty()))
    };

    let mut known: HashMap<Known, usize> = HashMap::new();
    // Each party's column and organisation, in column order.
    let mut party_columns: Vec<(usize, i64)> = Vec::new();
    for index in 0..width {
        let header = headers.get(index).copied().unwrap_or("");
        if header.is_empty() {
            if has_values(index) {
                let letters = column_letters(index);
                reading.problem(detail(
                    ErrorCode::InvalidMatrix,
                    said!("error-matrix-column-without-header", column = &letters),
                    Some(1),
                    Some(&letters),
                    None,
                ));
            }
            continue;
        }
        if let Some(column) = Known::of_header(header) {
            if let Some(first) = known.get(&column) {
                reading.problem(detail(
                    ErrorCode::InvalidMatrix,
                    said!(
                        "error-matrix-column-twice",
                        header = header,
                        first = column_letters(*first),
                        second = column_letters(index)
                    ),
                    Some(1),
                    Some(header),
                    Some(header),
                ));
            } else {
                known.insert(column, index);
            }
            continue;
        }
        match members_named(header, organisations).as_slice() {
            [] => {
                reading.unmatched_columns.push(header.to_string());
                reading.problems.push(detail(
                    ErrorCode::InvalidMatrix,
                    said!("error-matrix-column-not-a-member", header = header),
                    Some(1),
                    Some(header),
                    Some(header),
                ));
            }
            [(id, name, acronym)] => {
                let twin = party_columns.iter().find(|(_, taken)| taken == id);
                if let Some((first, _)) = twin {
                    reading.problem(detail(
                        ErrorCode::InvalidMatrix,
                        said!(
                            "error-matrix-columns-same-member",
                            first = headers[*first],
                            second = header,
                            name = name
                        ),
                        Some(1),
                        Some(header),
                        Some(header),
                    ));
                } else {
                    party_columns.push((index, *id));
                    reading.content.parties.push(MatrixParty {
                        organisation_id: *id,
                        name: name.clone(),
                        short_name: acronym.clone(),
                    });
                }
            }
            several => {
                let names: Vec<&str> = several.iter().map(|(_, name, _)| name.as_str()).collect();
                reading.problem(detail(
                    ErrorCode::InvalidMatrix,
                    said!(
                        "error-matrix-column-ambiguous",
                        header = header,
                        names = names.join(", ")
                    ),
                    Some(1),
                    Some(header),
                    Some(header),
                ));
            }
        }
    }
    if !known.contains_key(&Known::Activity) {
        return Err(ApiError::of_detail(detail(
            ErrorCode::MissingColumn,
            Said::new("error-matrix-no-activity-column"),
            Some(1),
            Some(Known::Activity.name()),
            None,
        )));
    }
    let column_name = |column: Known| {
        known
            .get(&column)
            .map_or(column.name(), |index| headers[*index])
    };

    // The file line of each activity, for placing what validation finds.
    let mut lines = Vec::new();
    for (index, cells) in table.rows.iter().enumerate() {
        let line = index + 2;
        // Blank lines between groups are common and carry nothing.
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let text = |column: Known| {
            known
                .get(&column)
                .and_then(|index| cells.get(*index))
                .map(|cell| cell.trim().to_string())
                .unwrap_or_default()
        };
        let mut row_problem = |code: ErrorCode, column: &str, value: &str, why: Said| {
            reading.problem(detail(
                code,
                said!(
                    "error-import-cell",
                    line = line,
                    column = column,
                    problem = why
                ),
                Some(line),
                Some(column),
                Some(value),
            ));
        };

        let mut activity_cells = Vec::new();
        for (index, organisation_id) in &party_columns {
            let value = cells.get(*index).map(String::as_str).unwrap_or("");
            match Raci::parse_cell(value) {
                Ok(Some(raci)) => activity_cells.push(Cell {
                    organisation_id: *organisation_id,
                    raci,
                }),
                Ok(None) => {}
                Err(value) => row_problem(
                    ErrorCode::InvalidChoice,
                    headers[*index],
                    &value,
                    said!("error-matrix-letter", value = &value),
                ),
            }
        }

        let flag = text(Known::NeedsFunding);
        let needs_funding = read_flag(&flag).unwrap_or_else(|| {
            row_problem(
                ErrorCode::InvalidChoice,
                column_name(Known::NeedsFunding),
                &flag,
                said!("error-matrix-flag", value = &flag),
            );
            false
        });

        let amount = text(Known::Duration);
        let unit = text(Known::DurationUnit);
        let parsed_amount = if amount.is_empty() {
            None
        } else {
            match amount.parse::<u32>() {
                Ok(number) if number > 0 => Some(number),
                _ => {
                    row_problem(
                        ErrorCode::InvalidMatrix,
                        column_name(Known::Duration),
                        &amount,
                        said!("error-matrix-amount", value = &amount),
                    );
                    None
                }
            }
        };
        let parsed_unit = if unit.is_empty() {
            None
        } else {
            let found = read_unit(&unit);
            if found.is_none() {
                row_problem(
                    ErrorCode::InvalidChoice,
                    column_name(Known::DurationUnit),
                    &unit,
                    said!("error-matrix-unit", value = &unit),
                );
            }
            found
        };
        if !amount.is_empty() && unit.is_empty() {
            row_problem(
                ErrorCode::InvalidMatrix,
                column_name(Known::DurationUnit),
                "",
                Said::new("error-matrix-duration-without-unit"),
            );
        }
        if amount.is_empty() && !unit.is_empty() {
            row_problem(
                ErrorCode::InvalidMatrix,
                column_name(Known::Duration),
                "",
                said!("error-matrix-unit-without-number", unit = &unit),
            );
        }
        let duration = parsed_amount
            .zip(parsed_unit)
            .map(|(amount, unit)| WorkDuration { amount, unit });

        let id = u32::try_from(lines.len() + 1).unwrap_or(u32::MAX);
        reading.content.activities.push(Activity {
            id,
            heading: text(Known::Heading),
            label: text(Known::Activity),
            label_fr: text(Known::ActivityFr),
            cells: activity_cells,
            needs_funding,
            funder: text(Known::Funder),
            duration,
            note: text(Known::Note),
        });
        lines.push(line);
    }

    if reading.content.activities.is_empty() {
        reading.problem(detail(
            ErrorCode::InvalidMatrix,
            Said::new("error-matrix-no-rows"),
            None,
            None,
            None,
        ));
    }
    if let Err(problems) = reading.content.validate() {
        for problem in &problems.0 {
            let line = problem.row().and_then(|row| lines.get(row - 1).copied());
            let (column, value) = match problem {
                MatrixProblem::EmptyLabel { .. } => (Some(column_name(Known::Activity)), None),
                MatrixProblem::DuplicateActivity { label, .. } => {
                    (Some(column_name(Known::Activity)), Some(label.as_str()))
                }
                MatrixProblem::ZeroDuration { .. } => (Some(column_name(Known::Duration)), None),
                _ => (None, None),
            };
            let said = match line {
                Some(line) => matrix_problem_said(&on_line(problem, line)),
                None => matrix_problem_said(problem),
            };
            reading.problem(detail(ErrorCode::InvalidMatrix, said, line, column, value));
        }
    }
    // Header problems first, then row by row, as the file reads; stable, so each row keeps
    // its problems in column order.
    reading
        .problems
        .sort_by_key(|problem| problem.row.unwrap_or(0));
    Ok(reading)
}
