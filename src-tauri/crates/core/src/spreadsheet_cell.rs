//! Text cells of the CSV files Pacta writes and reads. A cell that begins with `=`, `+`, `-`,
//! `@`, a tab or a carriage return runs as a formula when a spreadsheet opens the file (a
//! member named `=HYPERLINK(…)` would); OWASP's advice is to write such a cell with a leading
//! `'`, which spreadsheets show as text. Pacta's readers take the `'` off again, so its own
//! exports import back unchanged.

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written to a CSV file.
pub fn guard(cell: &str) -> String {
    // A cell the person already began with `'` before a formula start gets one more, so that
    // reading it back takes exactly one off.
    if cell.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The cell as read from a CSV file: a guard Pacta wrote is removed.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_guarded_and_come_back_unchanged() {
        for cell in [
            "=HYPERLINK(\"http://x\",\"click\")",
            "+670 331 0000",
            "-1",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=already quoted by the person",
            "Associação Timorense",
            "O'Brien & Partners",
            "",
        ] {
            let written = guard(cell);
            assert!(
                !written.starts_with(FORMULA_STARTS),
                "{cell:?} is written as {written:?}"
            );
            assert_eq!(unguard(&written), cell, "{cell:?} reads back");
        }
        assert_eq!(guard("plain"), "plain");
    }
}
