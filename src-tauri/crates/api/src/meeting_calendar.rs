//! A meeting as an RFC 5545 calendar invitation (`.ics`): one VEVENT whose start and end
//! are the meeting's local times converted to UTC from its IANA time zone, with the agenda
//! in the description and the organiser and attendees as calendar users.
//!
//! Everything is deterministic: the UID depends only on the meeting, and DTSTAMP is the
//! instant given by the caller (from the api's `Clock`), so the same meeting exported twice
//! gives the same file, and a re-sent invitation updates the event already in a calendar
//! rather than adding a second one.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use pacta_core::meeting::{AgendaItem, ClockTime, Meeting};

use crate::error::{ApiError, ErrorCode};
use crate::said;

/// Identifies Pacta as the producer of the file.
const PRODID: &str = "-//Pacta//Meeting invitation//EN";

/// The calendar address of a person known by name only. `invalid:` is the URI scheme
/// Outlook and other clients use for attendees without an address; it keeps the line valid
/// RFC 5545 (a CAL-ADDRESS is a URI) while the name travels in `CN`.
const NO_ADDRESS: &str = "invalid:nomail";

/// The `.ics` text of an invitation to `meeting`.
///
/// - `organiser` and each of `attendees`: "Name <email>" gives `mailto:` with the name as
///   `CN`; a bare name gives `CN` only.
/// - `uid_domain`: the right-hand side of the UID, `meeting-<id>@<uid_domain>`, stable for
///   the meeting across exports.
/// - `stamp`: when the invitation is produced, RFC 3339 (the api's `Clock::now()`).
///
/// Fails with [`ErrorCode::UnknownTimeZone`] when the meeting's time zone is not an IANA
/// name, and with [`ErrorCode::InvalidTime`] when `stamp` is not RFC 3339.
pub fn invitation(
    meeting: &Meeting,
    agenda: &[AgendaItem],
    organiser: &str,
    attendees: &[String],
    uid_domain: &str,
    stamp: &str,
) -> Result<String, ApiError> {
    let zone: Tz = meeting.time_zone.trim().parse().map_err(|_| {
        ApiError::new(
            ErrorCode::UnknownTimeZone,
            said!("error-unknown-time-zone", value = meeting.time_zone.trim()),
        )
    })?;
    let stamp = DateTime::parse_from_rfc3339(stamp.trim())
        .map_err(|_| {
            ApiError::new(
                ErrorCode::InvalidTime,
                said!("error-not-an-instant", value = stamp),
            )
        })?
        .with_timezone(&Utc);
    let day = NaiveDate::parse_from_str(&meeting.date.to_string(), "%Y-%m-%d").map_err(|_| {
        ApiError::new(
            ErrorCode::ImpossibleDate,
            said!("error-impossible-date", value = meeting.date.to_string()),
        )
    })?;
    let starts = to_utc(zone, day, meeting.starts_at);
    let ends = to_utc(zone, day, meeting.ends_at);

    let mut event = Event::new();
    event
        .uid(&format!("meeting-{}@{}", meeting.id, uid_domain.trim()))
        .timestamp(stamp)
        .starts(starts)
        .ends(ends)
        .summary(&one_line(&format!(
            "{} — {}",
            meeting.body_code.trim(),
            meeting.title.trim()
        )))
        .description(&description(meeting, agenda))
        .status(EventStatus::Confirmed);
    let place = one_line(&meeting.place);
    let link = one_line(&meeting.online_link);
    if !place.is_empty() {
        event.location(&place);
    } else if !link.is_empty() {
        event.location(&link);
    }
    if !link.is_empty() {
        event.url(&link);
    }
    if !organiser.trim().is_empty() {
        event.append_property(calendar_user("ORGANIZER", organiser));
    }
    for attendee in attendees.iter().filter(|a| !a.trim().is_empty()) {
        let mut property = calendar_user("ATTENDEE", attendee);
        property
            .add_parameter("ROLE", "REQ-PARTICIPANT")
            .add_parameter("PARTSTAT", "NEEDS-ACTION");
        if property.value().starts_with("mailto:") {
            property.add_parameter("RSVP", "TRUE");
        }
        event.append_multi_property(property);
    }

    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODID))
        .append_property(("CALSCALE", "GREGORIAN"))
        .push(event.done());
    Ok(calendar.to_string())
}

/// The UTC instant of `time` on `day` in `zone`, as RFC 5545 §3.3.5 reads local times: on
/// the first of two occurrences when clocks go back, and with the offset from before the
/// gap when the time does not exist because clocks went forward.
fn to_utc(zone: Tz, day: NaiveDate, time: ClockTime) -> DateTime<Utc> {
    let clock = NaiveTime::from_hms_opt(time.hour(), time.minute(), 0).unwrap_or(NaiveTime::MIN);
    let local = NaiveDateTime::new(day, clock);
    match zone.from_local_datetime(&local).earliest() {
        Some(at) => at.with_timezone(&Utc),
        None => {
            // A gap: take the offset in force a few hours before it (gaps are shorter).
            let before = local - Duration::hours(3);
            let offset = zone
                .from_local_datetime(&before)
                .earliest()
                .map_or(0, |at| {
                    at.naive_local()
                        .signed_duration_since(at.naive_utc())
                        .num_seconds()
                });
            Utc.from_utc_datetime(&(local - Duration::seconds(offset)))
        }
    }
}

/// The event's description: the meeting, then its agenda numbered in order.
fn description(meeting: &Meeting, agenda: &[AgendaItem]) -> String {
    let mut lines = vec![format!(
        "{} — meeting no. {}: {}",
        meeting.body_name.trim(),
        meeting.number,
        meeting.title.trim()
    )];
    lines.push(format!(
        "{} {}–{} ({})",
        meeting.date, meeting.starts_at, meeting.ends_at, meeting.time_zone
    ));
    if !meeting.online_link.trim().is_empty() {
        lines.push(format!("Online: {}", meeting.online_link.trim()));
    }
    if !meeting.convenor.trim().is_empty() {
        lines.push(format!("Convened by: {}", meeting.convenor.trim()));
    }
    if !agenda.is_empty() {
        lines.push(String::new());
        lines.push("Agenda:".into());
        let mut items: Vec<&AgendaItem> = agenda.iter().collect();
        items.sort_by_key(|item| item.position);
        for (n, item) in items.iter().enumerate() {
            let mut line = format!("{}. {}", n + 1, one_line(&item.title));
            if !item.presenter.trim().is_empty() {
                line.push_str(&format!(" — {}", one_line(&item.presenter)));
            }
            if let Some(minutes) = item.duration_minutes {
                line.push_str(&format!(" ({minutes} min)"));
            }
            lines.push(line);
        }
    }
    lines.join("\n")
}

/// An ORGANIZER or ATTENDEE: `mailto:` when "Name <email>" gives an address, the name as
/// `CN` either way.
fn calendar_user(key: &str, who: &str) -> Property {
    let (name, email) = name_and_email(who);
    let mut property = Property::new(
        key,
        email.map_or_else(|| NO_ADDRESS.to_string(), |e| format!("mailto:{e}")),
    );
    if !name.is_empty() {
        property.add_parameter("CN", &parameter_text(&name));
    }
    property
}

/// "Nguyễn Thị Hương <huong@example.org>" → (name, Some(email)); a bare address gives
/// itself as the name; anything else is a name without an address.
fn name_and_email(who: &str) -> (String, Option<String>) {
    let who = who.trim();
    if let Some((name, rest)) = who.rsplit_once('<') {
        if let Some(email) = rest.strip_suffix('>') {
            let email = email.trim();
            if looks_like_email(email) {
                let name = name.trim().trim_matches('"').trim();
                let name = if name.is_empty() { email } else { name };
                return (name.to_string(), Some(email.to_string()));
            }
        }
    }
    if looks_like_email(who) {
        return (who.to_string(), Some(who.to_string()));
    }
    (who.to_string(), None)
}

fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !text
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "<>\",;:".contains(c))
        }
        None => false,
    }
}

/// A parameter value may be quoted but cannot contain a double quote or a control
/// character (RFC 5545 §3.1): quotes become apostrophes, line breaks spaces.
fn parameter_text(text: &str) -> String {
    one_line(text).replace('"', "'")
}

/// Collapses line breaks and other control characters into single spaces.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_control())
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use pacta_core::date::IsoDate;
    use pacta_core::field::Field;
    use pacta_core::meeting::{ItemKind, MeetingKind, MinutesStatus};

    const STAMP: &str = "2026-02-20T08:15:00Z";

    fn meeting() -> Meeting {
        Meeting {
            id: 42,
            body_id: 1,
            body_code: "GA".into(),
            body_name: "General Assembly".into(),
            number: 3,
            title: "Third General Assembly".into(),
            kind: MeetingKind::Ordinary,
            date: IsoDate::from_ymd(2026, 3, 12).expect("date"),
            starts_at: ClockTime::parse(Field::At, "09:00").expect("time"),
            ends_at: ClockTime::parse(Field::At, "17:30").expect("time"),
            time_zone: "Asia/Bangkok".into(),
            place: "Khách sạn Hà Nội; phòng họp 2, Hà Nội".into(),
            online_link: "https://meet.example.org/ga-3".into(),
            convenor: "Secretariat".into(),
            minutes_status: MinutesStatus::Draft,
        }
    }

    fn item(position: u32, title: &str, presenter: &str, minutes: Option<u32>) -> AgendaItem {
        AgendaItem {
            id: i64::from(position) + 100,
            meeting_id: 42,
            position,
            title: title.into(),
            kind: ItemKind::Decision,
            presenter: presenter.into(),
            duration_minutes: minutes,
            agreement_id: None,
            standard: None,
            summary: String::new(),
            outcome: String::new(),
            matrix_id: None,
        }
    }

    fn agenda() -> Vec<AgendaItem> {
        vec![
            item(
                2,
                "Regional recruitment SOP",
                "Joaquín Muñoz Ibáñez",
                Some(45),
            ),
            item(1, "Adoption of the agenda", "", None),
            item(3, "Any other business", "", Some(10)),
        ]
    }

    fn attendees() -> Vec<String> {
        vec![
            "Nguyễn Thị Hương <huong@example.org>".into(),
            "Pornthip Srisuk (พรทิพย์ ศรีสุข)".into(),
            "Kyaw Zin Oo".into(),
            "joaquin@example.es".into(),
        ]
    }

    fn ics() -> String {
        invitation(
            &meeting(),
            &agenda(),
            "Secretariat <secretariat@example.org>",
            &attendees(),
            "pacta.example.org",
            STAMP,
        )
        .expect("an invitation")
    }

    /// Content lines with folding undone (RFC 5545 §3.1: CRLF followed by one space).
    fn unfolded(text: &str) -> Vec<String> {
        text.replace("\r\n ", "")
            .split("\r\n")
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn line<'a>(lines: &'a [String], name: &str) -> &'a str {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("{name}:")) || l.starts_with(&format!("{name};")))
            .unwrap_or_else(|| panic!("{name} in {lines:#?}"))
    }

    #[test]
    fn one_event_in_a_calendar_with_crlf_lines() {
        let text = ics();
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pacta//"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"), "{text}");
        assert_eq!(text.matches("BEGIN:VEVENT\r\n").count(), 1);
        // Every line break is CRLF.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        let lines = unfolded(&text);
        assert_eq!(line(&lines, "UID"), "UID:meeting-42@pacta.example.org");
        assert_eq!(line(&lines, "DTSTAMP"), "DTSTAMP:20260220T081500Z");
        assert_eq!(
            line(&lines, "SUMMARY"),
            "SUMMARY:GA — Third General Assembly"
        );
        assert_eq!(line(&lines, "URL"), "URL:https://meet.example.org/ga-3");
        // Text values escape semicolons and commas.
        assert_eq!(
            line(&lines, "LOCATION"),
            "LOCATION:Khách sạn Hà Nội\\; phòng họp 2\\, Hà Nội"
        );
        assert_eq!(line(&lines, "STATUS"), "STATUS:CONFIRMED");
    }

    #[test]
    fn local_times_are_converted_to_utc() {
        let lines = unfolded(&ics());
        // 09:00 in Bangkok (UTC+7) is 02:00Z; 17:30 is 10:30Z.
        assert_eq!(line(&lines, "DTSTART"), "DTSTART:20260312T020000Z");
        assert_eq!(line(&lines, "DTEND"), "DTEND:20260312T103000Z");

        let mut paris = meeting();
        paris.time_zone = "Europe/Paris".into();
        let winter = unfolded(&invitation(&paris, &[], "", &[], "x", STAMP).expect("ics"));
        assert_eq!(line(&winter, "DTSTART"), "DTSTART:20260312T080000Z");
        paris.date = IsoDate::from_ymd(2026, 7, 1).expect("date");
        let summer = unfolded(&invitation(&paris, &[], "", &[], "x", STAMP).expect("ics"));
        assert_eq!(line(&summer, "DTSTART"), "DTSTART:20260701T070000Z");

        // West of Greenwich the day can change.
        let mut lima = meeting();
        lima.time_zone = "America/Lima".into();
        lima.ends_at = ClockTime::parse(Field::At, "21:00").expect("time");
        let lines = unfolded(&invitation(&lima, &[], "", &[], "x", STAMP).expect("ics"));
        assert_eq!(line(&lines, "DTEND"), "DTEND:20260313T020000Z");
    }

    #[test]
    fn times_around_clock_changes_follow_rfc_5545() {
        let zone: Tz = "Europe/Paris".parse().expect("zone");
        let at = |month: u32, day: u32| {
            let day = NaiveDate::from_ymd_opt(2026, month, day).expect("day");
            let time = ClockTime::parse(Field::At, "02:30").expect("time");
            to_utc(zone, day, time).to_rfc3339()
        };
        // 02:30 does not exist on 29 March 2026: read with the offset before the gap.
        assert_eq!(at(3, 29), "2026-03-29T01:30:00+00:00");
        // 02:30 happens twice on 25 October 2026: the first occurrence (summer time).
        assert_eq!(at(10, 25), "2026-10-25T00:30:00+00:00");
    }

    #[test]
    fn the_description_numbers_the_agenda_in_order() {
        let lines = unfolded(&ics());
        let description = line(&lines, "DESCRIPTION");
        assert!(
            description.contains(
                "\\n\\nAgenda:\\n1. Adoption of the agenda\\n2. Regional recruitment SOP — \
                 Joaquín Muñoz Ibáñez (45 min)\\n3. Any other business (10 min)"
            ),
            "{description}"
        );
        assert!(description.starts_with(
            "DESCRIPTION:General Assembly — meeting no. 3: Third General Assembly\\n\
             2026-03-12 09:00–17:30 (Asia/Bangkok)"
        ));
    }

    #[test]
    fn people_are_mailto_when_an_address_is_known_and_names_otherwise() {
        let lines = unfolded(&ics());
        assert_eq!(
            line(&lines, "ORGANIZER"),
            "ORGANIZER;CN=Secretariat:mailto:secretariat@example.org"
        );
        let attendees: Vec<&String> = lines.iter().filter(|l| l.starts_with("ATTENDEE")).collect();
        assert_eq!(
            attendees,
            [
                "ATTENDEE;CN=Nguyễn Thị Hương;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;\
                 RSVP=TRUE:mailto:huong@example.org",
                "ATTENDEE;CN=Pornthip Srisuk (พรทิพย์ ศรีสุข);PARTSTAT=NEEDS-ACTION;\
                 ROLE=REQ-PARTICIPANT:invalid:nomail",
                "ATTENDEE;CN=Kyaw Zin Oo;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:\
                 invalid:nomail",
                "ATTENDEE;CN=joaquin@example.es;PARTSTAT=NEEDS-ACTION;\
                 ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:joaquin@example.es",
            ]
        );
        // A name with a comma is quoted; a double quote cannot appear in a parameter.
        let (name, email) = name_and_email("\"Muñoz, Joaquín\" <j@example.es>");
        assert_eq!(
            (name.as_str(), email.as_deref()),
            ("Muñoz, Joaquín", Some("j@example.es"))
        );
        let property = calendar_user("ATTENDEE", "Dr \"Tee\" Srisuk, MD");
        let text = unfolded(
            &invitation(
                &meeting(),
                &[],
                "",
                &["Dr \"Tee\" Srisuk, MD".into()],
                "x",
                STAMP,
            )
            .expect("ics"),
        );
        assert_eq!(property.value(), NO_ADDRESS);
        assert!(
            text.iter()
                .any(|l| l.starts_with("ATTENDEE;CN=\"Dr 'Tee' Srisuk, MD\";")),
            "{text:#?}"
        );
        // Not an address: kept as a name.
        assert_eq!(name_and_email("Kyaw <not an address>").1, None);
    }

    #[test]
    fn long_accented_lines_are_folded_at_75_octets_on_character_boundaries() {
        let mut long = meeting();
        long.title = "Réunion extraordinaire de l’Assemblée générale sur la coopération \
                      transfrontalière contre la traite des êtres humains — Nguyễn Thị Hương"
            .into();
        let text = invitation(&long, &agenda(), "", &[], "pacta.example.org", STAMP)
            .expect("an invitation");
        let physical: Vec<&str> = text.split("\r\n").collect();
        assert!(
            physical.iter().any(|l| l.starts_with(' ')),
            "something folded"
        );
        for line in &physical {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        // Splitting into &str already proves no character was cut; unfolding restores it.
        let lines = unfolded(&text);
        assert_eq!(
            line(&lines, "SUMMARY"),
            format!("SUMMARY:GA — {}", long.title)
        );
    }

    #[test]
    fn the_same_meeting_gives_the_same_file() {
        assert_eq!(ics(), ics());
    }

    #[test]
    fn an_unknown_time_zone_or_stamp_is_refused() {
        let mut mars = meeting();
        mars.time_zone = "Mars/Olympus_Mons".into();
        let error = invitation(&mars, &[], "", &[], "x", STAMP).expect_err("refused");
        assert_eq!(error.code, ErrorCode::UnknownTimeZone);
        let error = invitation(&meeting(), &[], "", &[], "x", "yesterday").expect_err("refused");
        assert_eq!(error.code, ErrorCode::InvalidTime);
    }

    #[test]
    fn a_meeting_online_only_is_located_at_its_link() {
        let mut online = meeting();
        online.place = String::new();
        let lines = unfolded(&invitation(&online, &[], "", &[], "x", STAMP).expect("ics"));
        assert_eq!(
            line(&lines, "LOCATION"),
            "LOCATION:https://meet.example.org/ga-3"
        );
        assert!(!lines.iter().any(|l| l.starts_with("ORGANIZER")));
    }
}
