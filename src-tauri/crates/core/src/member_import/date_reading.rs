//! Dates as member lists hold them: ISO, day-first or month-first numbers with any separator,
//! month names in English, French and Dutch, Excel serial numbers, a year or a month alone.
//! Whether "03/04/2021" is the 3rd of April or the 4th of March is decided for the whole
//! column (a first number over 12 decides) and shown to the person for confirmation.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::folding::fold;
use crate::date::IsoDate;

crate::closed_choice!(
    /// The order of day and month in dates written as three numbers.
    DateOrder {
        DayFirst => "day_first",
        MonthFirst => "month_first",
    }
);

/// What the values of a date column say about their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DateReading {
    pub order: DateOrder,
    /// True when a value could only be read one way; otherwise the order is a guess the
    /// person confirms.
    pub certain: bool,
    /// True when values disagree (one has a day over 12 first, another second).
    pub mixed: bool,
}

impl DateReading {
    /// Looks at every value of a column.
    pub fn of_column<S: AsRef<str>>(values: &[S]) -> DateReading {
        let (mut day_first, mut month_first) = (false, false);
        for value in values {
            if let Some(date) = numeric_parts(value.as_ref()).filter(|d| !d.year_first) {
                if date.first > 12 && date.second <= 12 {
                    day_first = true;
                }
                if date.second > 12 && date.first <= 12 {
                    month_first = true;
                }
            }
        }
        DateReading {
            order: if month_first && !day_first {
                DateOrder::MonthFirst
            } else {
                DateOrder::DayFirst
            },
            certain: day_first != month_first,
            mixed: day_first && month_first,
        }
    }
}

/// Reads one date; `None` when the text is no date or an impossible one (31/02/2021).
pub fn read_date(text: &str, order: DateOrder) -> Option<IsoDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(date) = IsoDate::parse(crate::Field::JoinedOn, text) {
        return Some(date);
    }
    // A date and time from a typed cell or a database export: keep the date.
    if text.len() > 10 && text.is_char_boundary(10) {
        if let Ok(date) = IsoDate::parse(crate::Field::JoinedOn, &text[..10]) {
            if matches!(text.as_bytes()[10], b'T' | b' ') {
                return Some(date);
            }
        }
    }
    if let Some(date) = excel_serial(text) {
        return Some(date);
    }
    if let Some(parts) = numeric_parts(text) {
        return from_numbers(parts, order);
    }
    with_month_name(text)
}

/// Three numbers of a date: the first and second as written, and a four-digit year.
#[derive(Debug, Clone, Copy)]
struct NumericDate {
    first: u32,
    second: u32,
    year: u32,
    /// "2021/03/15": a year written first is always followed by the month.
    year_first: bool,
}

/// Splits "15/03/2021", "15.03.2021", "15-03-21", "2021/03/15".
fn numeric_parts(text: &str) -> Option<NumericDate> {
    let parts: Vec<&str> = text
        .trim()
        .split(['/', '.', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
        return Some(NumericDate {
            first: numbers[2],
            second: numbers[1],
            year: numbers[0],
            year_first: true,
        });
    }
    let year = match parts[2].len() {
        4 => numbers[2],
        // Two-digit years in a member list are this century's or the last's.
        2 if numbers[2] <= 69 => 2000 + numbers[2],
        2 => 1900 + numbers[2],
        _ => return None,
    };
    if parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    Some(NumericDate {
        first: numbers[0],
        second: numbers[1],
        year,
        year_first: false,
    })
}

fn from_numbers(date: NumericDate, order: DateOrder) -> Option<IsoDate> {
    let (day, month) = match order {
        _ if date.year_first => (date.first, date.second),
        DateOrder::DayFirst => (date.first, date.second),
        DateOrder::MonthFirst => (date.second, date.first),
    };
    IsoDate::from_ymd(i32::try_from(date.year).ok()?, month, day)
}

/// Excel counts days from 1899-12-30 (its 1900 leap-year error included); member lists hold
/// dates from the 1940s to this century, so only serials in that range are read as dates.
fn excel_serial(text: &str) -> Option<IsoDate> {
    let whole = text.split_once('.').map_or(text, |(whole, fraction)| {
        if fraction.chars().all(|c| c.is_ascii_digit()) {
            whole
        } else {
            ""
        }
    });
    if whole.len() != 5 || !whole.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let serial: u64 = whole.parse().ok()?;
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let date = epoch.checked_add_days(Days::new(serial))?;
    IsoDate::from_ymd(
        chrono::Datelike::year(&date),
        chrono::Datelike::month(&date),
        chrono::Datelike::day(&date),
    )
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("janvier", 1),
    ("janv", 1),
    ("januari", 1),
    ("february", 2),
    ("feb", 2),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("februari", 2),
    ("march", 3),
    ("mar", 3),
    ("mars", 3),
    ("maart", 3),
    ("mrt", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("avr", 4),
    ("may", 5),
    ("mai", 5),
    ("mei", 5),
    ("june", 6),
    ("jun", 6),
    ("juin", 6),
    ("juni", 6),
    ("july", 7),
    ("jul", 7),
    ("juillet", 7),
    ("juil", 7),
    ("juli", 7),
    ("august", 8),
    ("aug", 8),
    ("aout", 8),
    ("augustus", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("october", 10),
    ("oct", 10),
    ("octobre", 10),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("december", 12),
    ("dec", 12),
    ("decembre", 12),
];

/// "15 March 2021", "March 15, 2021", "1er mars 2021", "15-Mar-2021", "maart 2021" (the 1st),
/// and a year alone ("2019", the 1st of January): lists often keep no more than that.
fn with_month_name(text: &str) -> Option<IsoDate> {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').collect();
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for word in &words {
        let digits = word.trim_end_matches("er").trim_end_matches("st");
        let digits = digits
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        if let Some(&(_, number)) = MONTHS.iter().find(|(name, _)| name == word) {
            if month.replace(number).is_some() {
                return None;
            }
        } else if word.len() == 4 && word.chars().all(|c| c.is_ascii_digit()) {
            if year.replace(word.parse::<i32>().ok()?).is_some() {
                return None;
            }
        } else if !digits.is_empty()
            && digits.len() <= 2
            && digits.chars().all(|c| c.is_ascii_digit())
        {
            if day.replace(digits.parse::<u32>().ok()?).is_some() {
                return None;
            }
        } else {
            return None;
        }
    }
    let year = year?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    match (month, day) {
        (Some(month), day) => IsoDate::from_ymd(year, month, day.unwrap_or(1)),
        (None, None) => IsoDate::from_ymd(year, 1, 1),
        (None, Some(_)) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, order: DateOrder) -> Option<String> {
        read_date(text, order).map(|d| d.to_string())
    }

    #[test]
    fn reads_the_forms_member_lists_use() {
        use DateOrder::*;
        let cases: &[(&str, DateOrder, Option<&str>)] = &[
            ("2021-03-15", DayFirst, Some("2021-03-15")),
            ("2021-03-15T00:00:00", DayFirst, Some("2021-03-15")),
            ("2021-03-15 10:30", DayFirst, Some("2021-03-15")),
            ("15/03/2021", DayFirst, Some("2021-03-15")),
            ("03/15/2021", MonthFirst, Some("2021-03-15")),
            ("04/03/2021", DayFirst, Some("2021-03-04")),
            ("04/03/2021", MonthFirst, Some("2021-04-03")),
            ("15.03.2021", DayFirst, Some("2021-03-15")),
            ("15-03-21", DayFirst, Some("2021-03-15")),
            ("1/3/1998", DayFirst, Some("1998-03-01")),
            ("2021/03/15", MonthFirst, Some("2021-03-15")),
            ("31/02/2021", DayFirst, None),
            ("44270", DayFirst, Some("2021-03-15")),
            ("44270.5", DayFirst, Some("2021-03-15")),
            ("15 March 2021", DayFirst, Some("2021-03-15")),
            ("March 15, 2021", DayFirst, Some("2021-03-15")),
            ("1er mars 2021", DayFirst, Some("2021-03-01")),
            ("15 maart 2021", DayFirst, Some("2021-03-15")),
            ("15-Mar-2021", DayFirst, Some("2021-03-15")),
            ("août 2019", DayFirst, Some("2019-08-01")),
            ("2019", DayFirst, Some("2019-01-01")),
            ("soon", DayFirst, None),
            ("", DayFirst, None),
            ("12", DayFirst, None),
            ("32 March 2021", DayFirst, None),
        ];
        for (text, order, expected) in cases {
            assert_eq!(read(text, *order).as_deref(), *expected, "{text} {order}");
        }
    }

    #[test]
    fn the_column_decides_the_order() {
        let french = DateReading::of_column(&["04/03/2021", "25/12/2020", ""]);
        assert_eq!(french.order, DateOrder::DayFirst);
        assert!(french.certain && !french.mixed);
        let american = DateReading::of_column(&["04/03/2021", "12/25/2020"]);
        assert_eq!(american.order, DateOrder::MonthFirst);
        assert!(american.certain);
        let unsure = DateReading::of_column(&["04/03/2021", "2021-01-01"]);
        assert!(!unsure.certain && !unsure.mixed);
        let mixed = DateReading::of_column(&["25/12/2020", "12/25/2020"]);
        assert!(mixed.mixed && !mixed.certain);
    }
}
