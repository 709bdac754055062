//! Free-text fields: trimmed, bounded, and compared the way people read them.

use crate::field::Field;
use crate::validation::Problem;

/// Trims the text and refuses it when empty or longer than `max` characters.
pub fn required(field: Field, text: &str, max: usize) -> Result<String, Problem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Problem::Required { field });
    }
    bounded(field, trimmed, max)
}

/// Trims the text and refuses it when longer than `max` characters; empty is fine.
pub fn optional(field: Field, text: &str, max: usize) -> Result<String, Problem> {
    bounded(field, text.trim(), max)
}

fn bounded(field: Field, text: &str, max: usize) -> Result<String, Problem> {
    let length = text.chars().count();
    if length > max {
        Err(Problem::TooLong { field, length, max })
    } else {
        Ok(text.to_string())
    }
}

/// The key two names must not share: case and inner spacing do not make a different name
/// ("Ministry of Labour" and "ministry  of labour" are the same organisation).
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Folds letters that are distinct letters rather than accented ones, which SQLite's
/// `remove_diacritics` leaves alone: so "dong" finds "động" and "oslo" finds "Øslo".
pub fn fold_letters(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'đ' | 'ð' => 'd',
            'Đ' | 'Ð' => 'D',
            'ø' => 'o',
            'Ø' => 'O',
            'ł' => 'l',
            'Ł' => 'L',
            'ħ' => 'h',
            'Ħ' => 'H',
            'ı' => 'i',
            'ŧ' => 't',
            'Ŧ' => 'T',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_is_trimmed_and_bounded() {
        let cases: &[(&str, usize, Option<&str>, &str)] = &[
            (
                "  Gusmão ",
                10,
                Some("Gusmão"),
                "trims blanks around the text",
            ),
            ("", 10, None, "empty is refused"),
            ("   ", 10, None, "blank only is refused"),
            ("Nguyễn", 6, Some("Nguyễn"), "counts characters, not bytes"),
            ("Nguyễn Văn", 6, None, "longer than the bound is refused"),
        ];
        for (input, max, expected, reason) in cases {
            let got = required(Field::Name, input, *max).ok();
            assert_eq!(got.as_deref(), *expected, "{reason}");
        }
    }

    #[test]
    fn name_keys_ignore_case_and_spacing_but_not_accents() {
        assert_eq!(
            name_key("Ministry  of Labour"),
            name_key("ministry of labour")
        );
        assert_ne!(name_key("Gusmão"), name_key("Gusmao"));
    }

    #[test]
    fn letters_that_are_not_accented_forms_are_folded() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Bộ Lao động",
                "Bộ Lao dộng",
                "Vietnamese d with stroke; SQLite folds the ộ",
            ),
            (
                "Đà Nẵng",
                "Dà Nẵng",
                "capital D with stroke; other accents are SQLite's to fold",
            ),
            ("Łódź", "Lódź", "Polish l with stroke"),
            ("Gusmão", "Gusmão", "decomposable accents are left alone"),
        ];
        for (text, folded, reason) in cases {
            assert_eq!(fold_letters(text), *folded, "{reason}");
        }
    }
}
