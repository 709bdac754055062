//! `pacta import members`: a file in Pacta's own layout, or any layout through a mapping that
//! `--suggest-mapping` proposes and the person confirms (docs/import.md).

use std::path::{Path, PathBuf};

use pacta_api::member_import::{self, ImportAction, ImportPreview, ImportSuggestion};
use pacta_api::{said, ApiError, ErrorCode};
use pacta_core::member_import::{ImportMapping, ValueChoice};

use crate::protection;

pub struct Mode {
    pub dry_run: bool,
    pub suggest_mapping: bool,
    pub mapping: Option<PathBuf>,
    pub sheet: Option<String>,
}

pub fn run(db: &Path, file: &Path, mode: Mode) -> Result<(), ApiError> {
    let mut partnership = protection::open(db)?;
    if mode.suggest_mapping {
        let suggestion = member_import::suggest(&partnership, file, mode.sheet.as_deref())?;
        describe(&suggestion);
        crate::print_json(&suggestion.mapping);
        return partnership.close();
    }
    let mapping = match &mode.mapping {
        Some(path) => Some(read_mapping(path, mode.sheet.as_deref())?),
        None => None,
    };
    let preview = match &mapping {
        Some(mapping) => member_import::preview_with(&partnership, file, mapping)?,
        None => member_import::preview(&partnership, file)?,
    };
    show(&preview);
    if mode.dry_run || preview.invalid > 0 {
        partnership.close()?;
        return if preview.invalid > 0 {
            Err(ApiError::new(
                ErrorCode::ImportHasErrors,
                said!("error-import-has-errors", rows = preview.invalid),
            ))
        } else {
            Ok(())
        };
    }
    let summary = match &mapping {
        Some(mapping) => member_import::import_with(&mut partnership, file, mapping, &mut |_| {})?,
        None => member_import::import(&mut partnership, file, &mut |_| {})?,
    };
    println!(
        "imported: {} added, {} updated",
        summary.added, summary.updated
    );
    partnership.close()
}

fn read_mapping(path: &Path, sheet: Option<&str>) -> Result<ImportMapping, ApiError> {
    let text = std::fs::read_to_string(path).map_err(|e| pacta_api::error::io_error(path, &e))?;
    let mut mapping: ImportMapping = serde_json::from_str(&text).map_err(|e| {
        ApiError::new(
            ErrorCode::MappingMismatch,
            said!("error-cli-bad-mapping", path = path, detail = e.to_string()),
        )
    })?;
    if let Some(sheet) = sheet {
        mapping.sheet = Some(sheet.to_string());
    }
    Ok(mapping)
}

/// What Pacta read and what a person should check, on standard error so that standard output
/// stays the mapping alone.
fn describe(suggestion: &ImportSuggestion) {
    let source = &suggestion.source;
    if let Some(sheet) = &source.sheet {
        eprintln!("sheet: “{sheet}”");
        if source.sheets.len() > 1 {
            eprintln!(
                "  the workbook has {} sheets ({}); choose another with --sheet",
                source.sheets.len(),
                source
                    .sheets
                    .iter()
                    .map(|s| format!("“{s}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    if let (Some(encoding), Some(delimiter)) = (&source.encoding, &source.delimiter) {
        let delimiter = if delimiter == "\t" { "tab" } else { delimiter };
        eprintln!("text: {encoding}, separated by “{delimiter}”");
    }
    eprintln!(
        "header: row {} ({} data rows{})",
        suggestion.mapping.header_row,
        suggestion.data_rows,
        if suggestion.title_rows.is_empty() {
            String::new()
        } else {
            format!(", {} title row(s) above it", suggestion.title_rows.len())
        }
    );
    if suggestion.remembered {
        eprintln!("mapping: the one confirmed for this layout before");
    }
    for column in &suggestion.mapping.columns {
        eprintln!("  “{}” → {}", column.header, column.target.code());
    }
    if let Some(dates) = &suggestion.dates {
        let certainty = if dates.mixed {
            "the dates disagree: some are day-first, some month-first; check them"
        } else if dates.certain {
            "decided by the dates themselves"
        } else {
            "every date could be read either way: confirm it"
        };
        eprintln!(
            "dates: {} ({certainty})",
            suggestion.mapping.date_order.code()
        );
    }
    for value in &suggestion.values {
        if value.how == ValueChoice::Unplaced {
            eprintln!(
                "  unplaced {}: “{}” ({} row(s)) — add it to \"values\".\"{}\" in the mapping",
                value.target.code(),
                value.value,
                value.rows,
                value.target.code()
            );
        }
    }
}

fn show(preview: &ImportPreview) {
    for row in &preview.rows {
        match row.action {
            ImportAction::Add => println!("row {:>5}: add     {}", row.row, row.name),
            ImportAction::Update => println!(
                "row {:>5}: update  {} (id {})",
                row.row,
                row.name,
                row.id.unwrap_or_default()
            ),
            ImportAction::Invalid => {
                for problem in &row.problems {
                    eprintln!("{}", problem.message);
                }
            }
        }
    }
    println!(
        "{} to add, {} to update, {} with problems",
        preview.adds, preview.updates, preview.invalid
    );
}
