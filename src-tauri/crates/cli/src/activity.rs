//! `pacta activity`: the partnership-wide activity history, newest first, filtered like the
//! app's timeline (days are read on this computer's calendar).

use std::path::Path;

use chrono::{Local, Offset};

use crate::print_json;
use pacta_api::activity::{self, TimelineEntry, TimelineQuery, MAX_LIMIT};
use pacta_api::ApiError;

/// The filters, as given on the command line.
pub(crate) struct Options {
    pub kind: Option<String>,
    pub actor: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub text: Option<String>,
    /// At most this many entries; all of them when absent.
    pub limit: Option<u32>,
    pub json: bool,
}

pub(crate) fn run(db: &Path, options: Options) -> Result<(), ApiError> {
    let partnership = crate::protection::open(db)?;
    let mut query = TimelineQuery {
        kind: options.kind,
        actor: options.actor,
        from: options.from,
        to: options.to,
        text: options.text,
        before: None,
        // Pages of the most the API allows; an explicit --limit 0 reaches it and is refused.
        limit: Some(
            options
                .limit
                .map_or(MAX_LIMIT, |limit| limit.min(MAX_LIMIT)),
        ),
        utc_offset_minutes: Some(Local::now().offset().fix().local_minus_utc() / 60),
    };
    let (entries, total) = match options.limit {
        // Everything in one pass over the log.
        None => {
            let entries = activity::matching(&partnership, &query)?;
            let total = i64::try_from(entries.len()).unwrap_or(i64::MAX);
            (entries, total)
        }
        Some(limit) => {
            let mut entries: Vec<TimelineEntry> = Vec::new();
            let total = loop {
                let page = activity::timeline(&partnership, &query)?;
                entries.extend(page.entries);
                match page.next {
                    Some(next) if entries.len() < limit as usize => query.before = Some(next),
                    _ => break page.total,
                }
            };
            entries.truncate(limit as usize);
            (entries, total)
        }
    };
    partnership.close()?;
    if options.json {
        print_json(&entries);
        return Ok(());
    }
    for entry in &entries {
        let record = entry.record_id.map_or_else(
            || entry.record_kind.clone(),
            |id| format!("{} {id}", entry.record_kind),
        );
        println!(
            "{}  {:<20}  {:<22}  {}",
            entry.at, entry.actor, record, entry.summary
        );
    }
    println!(
        "{} of {total} matching entr{}",
        entries.len(),
        if total == 1 { "y" } else { "ies" }
    );
    Ok(())
}
