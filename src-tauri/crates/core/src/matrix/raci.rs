//! The four letters of a responsibility matrix.

use serde::{Deserialize, Serialize};

/// Who does what for one activity. Stored, exported and typed as its single letter.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, specta::Type,
)]
pub enum Raci {
    /// Does the work.
    #[serde(rename = "R")]
    Responsible,
    /// Answers for the work being done; exactly one per activity.
    #[serde(rename = "A")]
    Accountable,
    /// Asked before: two-way.
    #[serde(rename = "C")]
    Consulted,
    /// Told after: one-way.
    #[serde(rename = "I")]
    Informed,
}

impl Raci {
    pub const ALL: [Raci; 4] = [
        Raci::Responsible,
        Raci::Accountable,
        Raci::Consulted,
        Raci::Informed,
    ];

    pub fn letter(self) -> char {
        match self {
            Raci::Responsible => 'R',
            Raci::Accountable => 'A',
            Raci::Consulted => 'C',
            Raci::Informed => 'I',
        }
    }

    /// Reads a cell as typed or imported: one letter, either case, blanks ignored.
    /// `Ok(None)` for an empty cell; `Err` keeps anything else for the error message.
    pub fn parse_cell(text: &str) -> Result<Option<Raci>, String> {
        match text.trim().to_uppercase().as_str() {
            "" => Ok(None),
            "R" => Ok(Some(Raci::Responsible)),
            "A" => Ok(Some(Raci::Accountable)),
            "C" => Ok(Some(Raci::Consulted)),
            "I" => Ok(Some(Raci::Informed)),
            _ => Err(text.trim().to_string()),
        }
    }
}

impl std::fmt::Display for Raci {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.letter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_one_letter_in_either_case() {
        assert_eq!(Raci::parse_cell(" r "), Ok(Some(Raci::Responsible)));
        assert_eq!(Raci::parse_cell("a"), Ok(Some(Raci::Accountable)));
        assert_eq!(Raci::parse_cell(""), Ok(None));
        assert_eq!(Raci::parse_cell("X"), Err("X".to_string()));
        assert_eq!(Raci::parse_cell("RA"), Err("RA".to_string()));
    }

    #[test]
    fn letters_are_the_wire_format() {
        assert_eq!(serde_json::to_string(&Raci::Informed).unwrap(), "\"I\"");
        let back: Raci = serde_json::from_str("\"C\"").unwrap();
        assert_eq!(back, Raci::Consulted);
    }
}
