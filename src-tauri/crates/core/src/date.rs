use chrono::NaiveDate;

use crate::field::Field;
use crate::validation::Problem;

/// A calendar date written `YYYY-MM-DD`, the only form Pacta stores and exchanges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, specta::Type)]
#[specta(transparent)]
pub struct IsoDate(#[specta(type = String)] NaiveDate);

impl IsoDate {
    /// Parses a date, refusing impossible ones such as 2026-02-30.
    pub fn parse(field: Field, text: &str) -> Result<Self, Problem> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(Problem::Required { field });
        }
        let well_formed =
            trimmed.len() == 10 && trimmed.as_bytes()[4] == b'-' && trimmed.as_bytes()[7] == b'-';
        match NaiveDate::parse_from_str(trimmed, "%Y-%m-%d") {
            Ok(date) if well_formed => Ok(IsoDate(date)),
            _ => Err(Problem::ImpossibleDate {
                field,
                value: trimmed.to_string(),
            }),
        }
    }

    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(IsoDate)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: IsoDate) -> i64 {
        (later.0 - self.0).num_days()
    }

    pub fn year(self) -> i32 {
        use chrono::Datelike;
        self.0.year()
    }

    /// 1 to 12.
    pub fn month(self) -> u32 {
        use chrono::Datelike;
        self.0.month()
    }

    /// 1 to 31.
    pub fn day(self) -> u32 {
        use chrono::Datelike;
        self.0.day()
    }
}

impl std::fmt::Display for IsoDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl serde::Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for IsoDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        IsoDate::parse(Field::EffectiveOn, &text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_and_refuses_impossible_ones() {
        let cases: &[(&str, bool, &str)] = &[
            ("2026-03-15", true, "an ordinary date"),
            ("2024-02-29", true, "29 February of a leap year"),
            ("2026-02-29", false, "29 February of a common year"),
            ("2026-02-30", false, "30 February never exists"),
            ("2026-13-01", false, "there is no 13th month"),
            ("15/03/2026", false, "day-first form is ambiguous, refused"),
            ("2026-3-5", false, "digits must be padded"),
            ("", false, "empty is not a date"),
        ];
        for (text, valid, reason) in cases {
            assert_eq!(
                IsoDate::parse(Field::JoinedOn, text).is_ok(),
                *valid,
                "{reason}: {text}"
            );
        }
    }

    #[test]
    fn round_trips_through_text() {
        let date = IsoDate::parse(Field::JoinedOn, " 2025-11-02 ").unwrap();
        assert_eq!(date.to_string(), "2025-11-02");
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2025-11-02\"");
    }
}
