//! Decisions and their references: body code, year of the meeting, sequence (`GA-2026-03`).

use serde::{Deserialize, Serialize};

use crate::date::IsoDate;

/// The reference of the `sequence`-th decision of a body in a year.
pub fn decision_reference(body_code: &str, year: i32, sequence: u32) -> String {
    format!("{body_code}-{year}-{sequence:02}")
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Decision {
    pub id: i64,
    pub reference: String,
    pub meeting_id: i64,
    pub agenda_item_id: Option<i64>,
    pub body_id: i64,
    pub body_code: String,
    pub meeting_date: IsoDate,
    pub text: String,
    /// The closed vote that decided it, if it was put to the vote.
    pub vote_id: Option<i64>,
    /// 4P pillar codes, for the register's filter.
    pub pillars: Vec<String>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_pad_the_sequence_to_two_digits() {
        assert_eq!(super::decision_reference("GA", 2026, 3), "GA-2026-03");
        assert_eq!(super::decision_reference("TWG", 2027, 112), "TWG-2027-112");
    }
}
