//! When and where a meeting is held.

use serde::{Deserialize, Serialize};

use crate::date::IsoDate;
use crate::field::Field;
use crate::text;
use crate::validation::{Problem, Problems};

crate::closed_choice!(
    MeetingKind {
        Ordinary => "ordinary",
        Extraordinary => "extraordinary",
        WorkingSession => "working_session",
    }
);

/// A time of day, `HH:MM`, on the meeting's own clock (its time zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, specta::Type)]
#[specta(transparent)]
pub struct ClockTime(#[specta(type = String)] u16);

impl ClockTime {
    pub fn parse(field: Field, text: &str) -> Result<ClockTime, Problem> {
        let trimmed = text.trim();
        let invalid = || Problem::InvalidTime {
            field,
            value: trimmed.to_string(),
        };
        let (hours, minutes) = trimmed.split_once(':').ok_or_else(invalid)?;
        if hours.len() != 2 || minutes.len() != 2 {
            return Err(invalid());
        }
        let hours: u16 = hours.parse().map_err(|_| invalid())?;
        let minutes: u16 = minutes.parse().map_err(|_| invalid())?;
        if hours > 23 || minutes > 59 {
            return Err(invalid());
        }
        Ok(ClockTime(hours * 60 + minutes))
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn hour(self) -> u32 {
        u32::from(self.0 / 60)
    }

    pub fn minute(self) -> u32 {
        u32::from(self.0 % 60)
    }
}

impl std::fmt::Display for ClockTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ClockTime::parse(Field::At, &text).map_err(serde::de::Error::custom)
    }
}

/// A meeting as typed in the form.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct MeetingDraft {
    pub title: String,
    pub kind: String,
    pub date: String,
    pub starts_at: String,
    pub ends_at: String,
    /// IANA name, e.g. `Asia/Bangkok`.
    pub time_zone: String,
    pub place: String,
    pub online_link: String,
    pub convenor: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidMeeting {
    pub title: String,
    pub kind: MeetingKind,
    pub date: IsoDate,
    pub starts_at: ClockTime,
    pub ends_at: ClockTime,
    pub time_zone: String,
    pub place: String,
    pub online_link: String,
    pub convenor: String,
}

impl MeetingDraft {
    /// Every problem at once: a meeting ending before it starts, an unknown time zone…
    pub fn validate(&self) -> Result<ValidMeeting, Problems> {
        let mut problems = Problems::default();
        let mut check = |result: Result<String, Problem>| {
            result.map_err(|p| problems.push(p)).unwrap_or_default()
        };
        let title = check(text::required(Field::MeetingTitle, &self.title, 200));
        let place = check(text::optional(Field::Place, &self.place, 300));
        let online_link = check(text::optional(Field::OnlineLink, &self.online_link, 500));
        let convenor = check(text::optional(Field::Convenor, &self.convenor, 200));
        let time_zone = self.time_zone.trim().to_string();
        let kind = MeetingKind::parse(&self.kind);
        if kind.is_none() {
            problems.push(Problem::InvalidChoice {
                field: Field::Kind,
                value: self.kind.clone(),
            });
        }
        let is_web_address =
            online_link.starts_with("https://") || online_link.starts_with("http://");
        if !online_link.is_empty() && !is_web_address {
            problems.push(Problem::InvalidChoice {
                field: Field::OnlineLink,
                value: online_link.clone(),
            });
        }
        if time_zone.parse::<chrono_tz::Tz>().is_err() {
            problems.push(Problem::UnknownTimeZone {
                value: time_zone.clone(),
            });
        }
        let date = IsoDate::parse(Field::MeetingDate, &self.date).map_err(|p| problems.push(p));
        let starts_at =
            ClockTime::parse(Field::StartsAt, &self.starts_at).map_err(|p| problems.push(p));
        let ends_at = ClockTime::parse(Field::EndsAt, &self.ends_at).map_err(|p| problems.push(p));
        if let (Ok(start), Ok(end)) = (starts_at, ends_at) {
            if end <= start {
                problems.push(Problem::EndBeforeStart {
                    starts_at: start.to_string(),
                    ends_at: end.to_string(),
                });
            }
        }
        match (kind, date, starts_at, ends_at) {
            (Some(kind), Ok(date), Ok(starts_at), Ok(ends_at)) if problems.0.is_empty() => {
                Ok(ValidMeeting {
                    title,
                    kind,
                    date,
                    starts_at,
                    ends_at,
                    time_zone,
                    place,
                    online_link,
                    convenor,
                })
            }
            _ => Err(problems),
        }
    }
}

/// A meeting as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Meeting {
    pub id: i64,
    pub body_id: i64,
    pub body_code: String,
    pub body_name: String,
    /// The body's meetings counted in date order: "the 3rd General Assembly".
    pub number: u32,
    pub title: String,
    pub kind: MeetingKind,
    pub date: IsoDate,
    pub starts_at: ClockTime,
    pub ends_at: ClockTime,
    pub time_zone: String,
    pub place: String,
    pub online_link: String,
    pub convenor: String,
    pub minutes_status: super::MinutesStatus,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> MeetingDraft {
        MeetingDraft {
            title: "First General Assembly".into(),
            kind: "ordinary".into(),
            date: "2026-03-12".into(),
            starts_at: "09:00".into(),
            ends_at: "17:30".into(),
            time_zone: "Asia/Bangkok".into(),
            place: "Khách sạn Hà Nội, Hà Nội".into(),
            online_link: String::new(),
            convenor: "Secretariat".into(),
        }
    }

    #[test]
    fn a_complete_meeting_is_valid() {
        let valid = draft().validate().unwrap();
        assert_eq!(valid.starts_at.to_string(), "09:00");
        assert_eq!(valid.ends_at.minutes(), 17 * 60 + 30);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = MeetingDraft {
            title: " ".into(),
            kind: "picnic".into(),
            date: "2026-02-30".into(),
            starts_at: "14:00".into(),
            ends_at: "09:15".into(),
            time_zone: "Mars/Olympus".into(),
            online_link: "zoom.example/123".into(),
            ..draft()
        };
        let problems = bad.validate().unwrap_err().0;
        let fields: Vec<Field> = problems.iter().map(Problem::field).collect();
        assert_eq!(
            fields,
            vec![
                Field::MeetingTitle,
                Field::Kind,
                Field::OnlineLink,
                Field::TimeZone,
                Field::MeetingDate,
                Field::EndsAt
            ],
            "{problems:?}"
        );
        assert!(problems.contains(&Problem::EndBeforeStart {
            starts_at: "14:00".into(),
            ends_at: "09:15".into()
        }));
    }

    #[test]
    fn times_of_day_are_hh_mm_within_a_day() {
        for bad in ["24:00", "9:00", "09:60", "0900", "", "ab:cd"] {
            assert!(ClockTime::parse(Field::StartsAt, bad).is_err(), "{bad}");
        }
        assert_eq!(
            ClockTime::parse(Field::StartsAt, "23:59")
                .unwrap()
                .minutes(),
            1439
        );
    }
}
