//! Finding the header among the first rows of a sheet: lists often open with a title, a date
//! or a blank line above the real header.

use std::collections::HashSet;

use super::header_words::target_of_header;

/// How many rows from the top the header is looked for in.
const ROWS_LOOKED_AT: usize = 30;

/// The index of the header row: the first of the top rows whose cells name the most columns
/// Pacta knows; failing that, the first row as wide as the widest.
pub fn find_header_row<S: AsRef<str>>(rows: &[Vec<S>]) -> usize {
    let top = &rows[..rows.len().min(ROWS_LOOKED_AT)];
    let mut best = (0usize, 0usize);
    for (index, row) in top.iter().enumerate() {
        let targets: HashSet<_> = row
            .iter()
            .filter_map(|cell| target_of_header(cell.as_ref()))
            .collect();
        if targets.len() > best.1 {
            best = (index, targets.len());
        }
    }
    if best.1 >= 2 {
        return best.0;
    }
    let filled = |row: &Vec<S>| row.iter().filter(|c| !c.as_ref().trim().is_empty()).count();
    let widest = top.iter().map(filled).max().unwrap_or(0);
    top.iter()
        .position(|row| widest > 0 && filled(row) == widest)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &[&[&str]]) -> Vec<Vec<String>> {
        text.iter()
            .map(|row| row.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    #[test]
    fn skips_a_title_and_blank_rows() {
        let sheet = rows(&[
            &["SEA Forum for Fishers — member list", "", ""],
            &["", "", ""],
            &["Organisation", "Type", "Country"],
            &["Ministry of Labour", "Government", "Viet Nam"],
        ]);
        assert_eq!(find_header_row(&sheet), 2);
    }

    #[test]
    fn a_header_of_unknown_words_is_the_first_full_row() {
        let sheet = rows(&[&["Liste 2026"], &["Foo", "Bar", "Baz"], &["a", "b", "c"]]);
        assert_eq!(find_header_row(&sheet), 1);
        assert_eq!(find_header_row::<String>(&[]), 0);
    }
}
