//! The activity history as a partnership-wide timeline: filtered by record kind, actor, days
//! and words of the summary, newest first, a page at a time; each record's own history; and
//! the filtered timeline as CSV. Read only: nothing here writes to the partnership.

use pacta_core::spreadsheet_cell::guard;
use std::path::Path;

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::member_export::ExportSummary;
use crate::written_file::write_in_place;
use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, ProblemDetail, Said};
use pacta_core::ActivityEntry;
use pacta_store::activity::{self, Filter};

/// The record kinds the log knows, as stored in `activity.record_kind`.
pub const RECORD_KINDS: &[&str] = &[
    "organisation",
    "representative",
    "membership",
    "body",
    "protocol",
    "vote",
    "agreement",
    "meeting",
    "matrix",
    "library_clause",
    "partnership",
];

/// Entries per page when the query does not say.
pub const DEFAULT_LIMIT: u32 = 50;
/// The most entries one page may hold.
pub const MAX_LIMIT: u32 = 1000;
/// The widest offset from UTC a calendar has (UTC+14:00).
const MAX_OFFSET_MINUTES: i32 = 14 * 60;

/// What the timeline shows: every part optional, all combined.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TimelineQuery {
    /// One of [`RECORD_KINDS`].
    pub kind: Option<String>,
    /// The actor's name, exactly as recorded.
    pub actor: Option<String>,
    /// First day shown, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Last day shown, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// Words the summary must all contain; case and accents ignored.
    pub text: Option<String>,
    /// Only entries older than this one: the previous page's `next`.
    pub before: Option<i64>,
    /// Entries per page (1 to 1000; 50 when absent).
    pub limit: Option<u32>,
    /// Minutes east of UTC of the calendar `from` and `to` are days of (the reader's own);
    /// UTC when absent.
    pub utc_offset_minutes: Option<i32>,
}

/// Where an entry's record can be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum HistoryOf {
    Organisation,
    Body,
    Vote,
    Agreement,
    Meeting,
    Matrix,
}

impl HistoryOf {
    pub fn code(self) -> &'static str {
        match self {
            HistoryOf::Organisation => "organisation",
            HistoryOf::Body => "body",
            HistoryOf::Vote => "vote",
            HistoryOf::Agreement => "agreement",
            HistoryOf::Meeting => "meeting",
            HistoryOf::Matrix => "matrix",
        }
    }

    fn of_code(code: &str) -> Option<HistoryOf> {
        [
            HistoryOf::Organisation,
            HistoryOf::Body,
            HistoryOf::Vote,
            HistoryOf::Agreement,
            HistoryOf::Meeting,
            HistoryOf::Matrix,
        ]
        .into_iter()
        .find(|kind| kind.code() == code)
    }
}

/// A record an entry leads to, present in the partnership now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TimelineLink {
    pub kind: HistoryOf,
    pub id: i64,
}

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TimelineEntry {
    pub id: i64,
    /// RFC 3339 in UTC.
    pub at: String,
    pub actor: String,
    pub action: String,
    pub record_kind: String,
    pub record_id: Option<i64>,
    pub summary: String,
    /// The record's page, when the record still exists.
    pub link: Option<TimelineLink>,
}

/// One page of the timeline, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TimelinePage {
    pub entries: Vec<TimelineEntry>,
    /// Pass as `before` for the next page; none when this page is the last.
    pub next: Option<i64>,
    /// How many entries match the filters in all.
    pub total: i64,
}

/// A value a filter can take, with how many entries have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TimelineChoice {
    pub value: String,
    pub entries: i64,
}

/// What the filter menus offer: the kinds and the actors present in the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct TimelineFilters {
    pub kinds: Vec<TimelineChoice>,
    pub actors: Vec<TimelineChoice>,
    /// Entries in the whole log.
    pub total: i64,
}

/// The menus of the timeline's filters.
pub fn filters(partnership: &Partnership) -> ApiResult<TimelineFilters> {
    let conn = partnership.conn();
    let choices = |rows: Vec<(String, i64)>| {
        rows.into_iter()
            .map(|(value, entries)| TimelineChoice { value, entries })
            .collect()
    };
    Ok(TimelineFilters {
        kinds: choices(activity::kinds(conn)?),
        actors: choices(activity::actors(conn)?),
        total: activity::count(conn)?,
    })
}

/// One page of the timeline. Refuses an impossible day (2026-02-30), `from` after `to`, an
/// unknown kind or a page size out of range, naming the filter in each problem.
pub fn timeline(partnership: &Partnership, query: &TimelineQuery) -> ApiResult<TimelinePage> {
    let resolved = resolve(query)?;
    let conn = partnership.conn();
    let page = activity::timeline(conn, &resolved.filter, query.before, resolved.limit)?;
    let next = if page.more {
        page.entries.last().map(|entry| entry.id)
    } else {
        None
    };
    let entries = activity::in_language(page.entries, partnership.messages())
        .into_iter()
        .map(|entry| with_link(partnership, entry))
        .collect::<ApiResult<_>>()?;
    Ok(TimelinePage {
        entries,
        next,
        total: page.total,
    })
}

/// Every entry matching the filters (paging ignored), newest first, with its link.
pub fn matching(partnership: &Partnership, query: &TimelineQuery) -> ApiResult<Vec<TimelineEntry>> {
    let resolved = resolve(query)?;
    activity::in_language(
        activity::all_matching(partnership.conn(), &resolved.filter)?,
        partnership.messages(),
    )
    .into_iter()
    .map(|entry| with_link(partnership, entry))
    .collect()
}

/// One record's own history, newest first (an organisation's with its representatives and
/// seats, a body's with its seats and protocols).
pub fn record_history(
    partnership: &Partnership,
    kind: HistoryOf,
    id: i64,
    limit: u32,
) -> ApiResult<Vec<ActivityEntry>> {
    Ok(activity::in_language(
        activity::of_record(
            partnership.conn(),
            kind.code(),
            id,
            limit.clamp(1, MAX_LIMIT),
        )?,
        partnership.messages(),
    ))
}

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 8] = [
    "at",
    "actor",
    "action",
    "record_kind",
    "record_id",
    "summary",
    "changes",
    "entry_id",
];

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes the filtered timeline (every matching entry, newest first) to `path` as UTF-8 CSV
/// with a byte-order mark, so spreadsheet programs read accented names right.
pub fn export_csv(
    partnership: &Partnership,
    query: &TimelineQuery,
    path: &Path,
) -> ApiResult<ExportSummary> {
    let resolved = resolve(query)?;
    let entries = activity::in_language(
        activity::all_matching(partnership.conn(), &resolved.filter)?,
        partnership.messages(),
    );
    let bytes = csv_bytes(&entries).map_err(|error| {
        ApiError::new(
            ErrorCode::Io,
            said!(
                "error-write-failed",
                path = path,
                detail = error.to_string()
            ),
        )
    })?;
    write_in_place(path, &bytes)?;
    Ok(ExportSummary {
        path: path.display().to_string(),
        rows: u32::try_from(entries.len()).unwrap_or(u32::MAX),
    })
}

fn csv_bytes(entries: &[ActivityEntry]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(UTF8_BOM.to_vec());
    writer.write_record(CSV_COLUMNS)?;
    for entry in entries {
        let cells = [
            entry.at.as_str(),
            entry.actor.as_str(),
            entry.action.as_str(),
            entry.record_kind.as_str(),
            &entry.record_id.map(|id| id.to_string()).unwrap_or_default(),
            entry.summary.as_str(),
            entry.changes.as_str(),
            &entry.id.to_string(),
        ];
        writer.write_record(cells.map(guard))?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

fn with_link(partnership: &Partnership, entry: ActivityEntry) -> ApiResult<TimelineEntry> {
    let link = activity::link(partnership.conn(), &entry.record_kind, entry.record_id)?
        .and_then(|(kind, id)| HistoryOf::of_code(kind).map(|kind| TimelineLink { kind, id }));
    Ok(TimelineEntry {
        id: entry.id,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        record_kind: entry.record_kind,
        record_id: entry.record_id,
        summary: entry.summary,
        link,
    })
}

struct Resolved {
    filter: Filter,
    limit: u32,
}

/// Checks the query and turns its days into bounds on the UTC timestamps.
fn resolve(query: &TimelineQuery) -> ApiResult<Resolved> {
    let mut problems = Vec::new();
    let offset = query.utc_offset_minutes.unwrap_or(0);
    if !(-MAX_OFFSET_MINUTES..=MAX_OFFSET_MINUTES).contains(&offset) {
        problems.push(problem(
            ErrorCode::InvalidChoice,
            "utc_offset_minutes",
            offset.to_string(),
            said!("error-timeline-offset", offset = offset),
        ));
    }
    let from = day(query.from.as_deref(), "from", &mut problems);
    let to = day(query.to.as_deref(), "to", &mut problems);
    if let (Some(from), Some(to)) = (from, to) {
        if from > to {
            problems.push(problem(
                ErrorCode::EndBeforeStart,
                "to",
                to.to_string(),
                said!(
                    "error-timeline-to-before-from",
                    to = to.to_string(),
                    from = from.to_string()
                ),
            ));
        }
    }
    let kind = blank_to_none(query.kind.as_deref());
    if let Some(kind) = &kind {
        if !RECORD_KINDS.contains(&kind.as_str()) {
            problems.push(problem(
                ErrorCode::InvalidChoice,
                "kind",
                kind.clone(),
                said!(
                    "error-timeline-kind",
                    kind = kind,
                    kinds = RECORD_KINDS.join(", ")
                ),
            ));
        }
    }
    let limit = query.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        problems.push(problem(
            ErrorCode::InvalidChoice,
            "limit",
            limit.to_string(),
            said!("error-timeline-limit", max = MAX_LIMIT, limit = limit),
        ));
    }
    if !problems.is_empty() {
        let code = match problems.as_slice() {
            [only] => only.code,
            _ => ErrorCode::ValidationFailed,
        };
        return Err(ApiError::joining(code, problems));
    }
    let bound = |date: NaiveDate| {
        let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
        (midnight - Duration::minutes(i64::from(offset)))
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string()
    };
    Ok(Resolved {
        filter: Filter {
            kind,
            actor: blank_to_none(query.actor.as_deref()),
            at_from: from.map(bound),
            at_until: to.and_then(|to| to.succ_opt()).map(bound),
            text: blank_to_none(query.text.as_deref()),
        },
        limit,
    })
}

fn blank_to_none(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_string)
}

/// A filter day: blank means none; anything else must be a real `YYYY-MM-DD` date.
fn day(text: Option<&str>, name: &str, problems: &mut Vec<ProblemDetail>) -> Option<NaiveDate> {
    let text = blank_to_none(text)?;
    let well_formed = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
        Ok(date) if well_formed => Some(date),
        _ => {
            problems.push(problem(
                ErrorCode::ImpossibleDate,
                name,
                text.clone(),
                said!("error-timeline-day", filter = name, day = &text),
            ));
            None
        }
    }
}

fn problem(code: ErrorCode, filter: &str, value: String, said: Said) -> ProblemDetail {
    // The filter the problem is about: from, to, kind, limit or utc_offset_minutes.
    ProblemDetail::new(code, said)
        .in_column(filter)
        .with_value(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(query: TimelineQuery) -> ApiError {
        resolve(&query).err().expect("the query is refused")
    }

    #[test]
    fn impossible_days_are_refused_naming_the_filter() {
        let error = refused(TimelineQuery {
            from: Some("2026-02-30".into()),
            ..TimelineQuery::default()
        });
        assert_eq!(error.code, ErrorCode::ImpossibleDate);
        assert_eq!(error.details[0].column.as_deref(), Some("from"));
        assert!(error.message.contains("2026-02-30"), "{}", error.message);

        let error = refused(TimelineQuery {
            from: Some("2026-3-1".into()),
            to: Some("2026-13-01".into()),
            ..TimelineQuery::default()
        });
        assert_eq!(error.code, ErrorCode::ValidationFailed);
        let columns: Vec<_> = error.details.iter().map(|d| d.column.as_deref()).collect();
        assert_eq!(columns, [Some("from"), Some("to")]);
    }

    #[test]
    fn from_after_to_is_refused() {
        let error = refused(TimelineQuery {
            from: Some("2026-03-05".into()),
            to: Some("2026-03-01".into()),
            ..TimelineQuery::default()
        });
        assert_eq!(error.code, ErrorCode::EndBeforeStart);
        assert_eq!(error.details[0].column.as_deref(), Some("to"));
    }

    #[test]
    fn days_become_bounds_in_the_readers_calendar() {
        let resolved = resolve(&TimelineQuery {
            from: Some("2026-03-01".into()),
            to: Some("2026-03-01".into()),
            utc_offset_minutes: Some(7 * 60),
            ..TimelineQuery::default()
        })
        .expect("valid");
        assert_eq!(
            resolved.filter.at_from.as_deref(),
            Some("2026-02-28T17:00:00")
        );
        assert_eq!(
            resolved.filter.at_until.as_deref(),
            Some("2026-03-01T17:00:00")
        );
        let utc = resolve(&TimelineQuery {
            to: Some("2026-12-31".into()),
            ..TimelineQuery::default()
        })
        .expect("valid");
        assert_eq!(utc.filter.at_from, None);
        assert_eq!(utc.filter.at_until.as_deref(), Some("2027-01-01T00:00:00"));
    }

    #[test]
    fn unknown_kinds_and_page_sizes_are_refused() {
        assert_eq!(
            refused(TimelineQuery {
                kind: Some("member".into()),
                ..TimelineQuery::default()
            })
            .details[0]
                .column
                .as_deref(),
            Some("kind")
        );
        assert_eq!(
            refused(TimelineQuery {
                limit: Some(0),
                ..TimelineQuery::default()
            })
            .code,
            ErrorCode::InvalidChoice
        );
        assert!(resolve(&TimelineQuery {
            kind: Some("  ".into()),
            text: Some("  ".into()),
            ..TimelineQuery::default()
        })
        .is_ok_and(|r| r.filter == Filter::default()));
    }
}
