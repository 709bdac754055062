//! The activity log: one row per change, written inside the change's own transaction.

use rusqlite::{params, Connection};

use crate::Result;
use pacta_core::{ActivityEntry, Stamp};
use pacta_messages::{Locale, Message, Messages};

/// What happened, to which record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub action: &'a str,
    pub record_kind: &'a str,
    pub record_id: Option<i64>,
    /// The sentence, kept as a message so that each reader reads it in their language.
    pub summary: Message,
    /// Field-by-field changes as JSON (`{"field": [old, new]}`), or `{}`.
    pub changes: serde_json::Value,
}

/// The key under which an entry's changes keep its message (no record has a field of that name).
pub const MESSAGE_KEY: &str = "$message";

pub fn record(conn: &Connection, stamp: &Stamp, entry: &Entry) -> Result<()> {
    let mut changes = entry.changes.clone();
    if let serde_json::Value::Object(fields) = &mut changes {
        fields.insert(
            MESSAGE_KEY.into(),
            serde_json::to_value(&entry.summary).expect("a message serialises"),
        );
    }
    // The English sentence too: the text search and the erasure of a name read it.
    let summary = entry.summary.render(Messages::of(Locale::En));
    conn.prepare_cached(
        "INSERT INTO activity (at, actor, action, record_kind, record_id, summary, changes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        stamp.at,
        stamp.actor,
        entry.action,
        entry.record_kind,
        entry.record_id,
        summary,
        changes.to_string()
    ])?;
    Ok(())
}

/// The newest entries first; for one record when `record` is given.
pub fn recent(
    conn: &Connection,
    record: Option<(&str, i64)>,
    limit: u32,
) -> Result<Vec<ActivityEntry>> {
    let (kind, id) = record.map_or((None, None), |(kind, id)| (Some(kind), Some(id)));
    let mut statement = conn.prepare(
        "SELECT id, at, actor, action, record_kind, record_id, summary, changes FROM activity
         WHERE (?1 IS NULL OR (record_kind = ?1 AND record_id = ?2))
         ORDER BY id DESC LIMIT ?3",
    )?;
    let rows = statement.query_map(params![kind, id, limit], |row| {
        Ok(ActivityEntry {
            id: row.get(0)?,
            at: row.get(1)?,
            actor: row.get(2)?,
            action: row.get(3)?,
            record_kind: row.get(4)?,
            record_id: row.get(5)?,
            summary: row.get(6)?,
            changes: row.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The entries with their sentences in `messages`' language. An entry written before the log
/// kept messages is said again from its codes (kind, number, action): the log is append-only,
/// so its English sentence stays in the file, but no reader is shown it.
pub fn in_language(mut entries: Vec<ActivityEntry>, messages: &Messages) -> Vec<ActivityEntry> {
    for entry in &mut entries {
        let mut changes = match serde_json::from_str(&entry.changes) {
            Ok(serde_json::Value::Object(changes)) => changes,
            _ => serde_json::Map::new(),
        };
        let Some(kept) = changes.remove(MESSAGE_KEY) else {
            entry.summary = earlier_entry(entry).render(messages);
            continue;
        };
        entry.summary = match serde_json::from_value::<Message>(kept) {
            Ok(message) => message.render(messages),
            Err(_) => earlier_entry(entry).render(messages),
        };
        // Readers see the record's changes only, as before the log kept messages.
        entry.changes = serde_json::Value::Object(changes).to_string();
    }
    entries
}

fn earlier_entry(entry: &ActivityEntry) -> Message {
    let number = entry
        .record_id
        .map(|id| format!(" {id}"))
        .unwrap_or_default();
    Message::new("activity-earlier-entry")
        .with("kind", &entry.record_kind)
        .with("number", number)
        .with("action", &entry.action)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM activity", [], |row| row.get(0))?)
}

/// The fields whose values differ between two versions of a record, as `{"field": [old, new]}`.
pub fn differences<T: serde::Serialize>(
    before: &T,
    after: &T,
) -> serde_json::Map<String, serde_json::Value> {
    let mut changes = serde_json::Map::new();
    if let (Ok(serde_json::Value::Object(old)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    {
        for (field, new_value) in new {
            let old_value = old.get(&field).cloned().unwrap_or(serde_json::Value::Null);
            if old_value != new_value {
                changes.insert(field, serde_json::json!([old_value, new_value]));
            }
        }
    }
    changes
}

/// Which entries of the timeline to show; every part is optional and they combine (AND).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// The stored record kind (`organisation`, `body`, `vote`, `agreement`…).
    pub kind: Option<String>,
    /// The actor's name, exactly as stamped.
    pub actor: Option<String>,
    /// Inclusive lower bound on `at`, an RFC 3339 UTC prefix such as `2026-03-01T00:00:00`.
    pub at_from: Option<String>,
    /// Exclusive upper bound on `at`, in the same form.
    pub at_until: Option<String>,
    /// Words the summary must all contain, compared without case or accents.
    pub text: Option<String>,
}

/// One page of the timeline, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub entries: Vec<ActivityEntry>,
    /// Whether older entries match too: ask again with `before` = the last entry's id.
    pub more: bool,
    /// How many entries match the filter in all (whatever the page).
    pub total: i64,
}

const SELECT: &str =
    "SELECT id, at, actor, action, record_kind, record_id, summary, changes FROM activity";

/// The part of the filter SQLite applies (kind, actor, dates, keyset cursor); parameters
/// ?1 to ?5. The rowid index gives the order, newest first.
const WHERE: &str = "WHERE (?1 IS NULL OR record_kind = ?1)
           AND (?2 IS NULL OR actor = ?2)
           AND (?3 IS NULL OR at >= ?3)
           AND (?4 IS NULL OR at < ?4)
           AND (?5 IS NULL OR id < ?5)";

/// Visits the rows SQLite selects whose summary holds every word (the text is matched here,
/// in Rust, because SQLite's LIKE folds neither accents nor non-ASCII case); `visit` says
/// whether to go on. Only matching rows are turned into entries.
fn rows_matching<F>(
    conn: &Connection,
    filter: &Filter,
    before: Option<i64>,
    mut visit: F,
) -> Result<()>
where
    F: FnMut(&rusqlite::Row) -> Result<bool>,
{
    let mut statement = conn.prepare_cached(&format!("{SELECT} {WHERE} ORDER BY id DESC"))?;
    let words = filter.text.as_deref().map(search_words).unwrap_or_default();
    let mut rows = statement.query(params![
        filter.kind,
        filter.actor,
        filter.at_from,
        filter.at_until,
        before
    ])?;
    let mut folded = String::new();
    while let Some(row) = rows.next()? {
        if !words.is_empty() {
            fold_into(
                row.get_ref(6)?.as_str().map_err(rusqlite::Error::from)?,
                &mut folded,
            );
            if !words.iter().all(|word| folded.contains(word.as_str())) {
                continue;
            }
        }
        if !visit(row)? {
            break;
        }
    }
    Ok(())
}

fn entry_of(row: &rusqlite::Row) -> rusqlite::Result<ActivityEntry> {
    Ok(ActivityEntry {
        id: row.get(0)?,
        at: row.get(1)?,
        actor: row.get(2)?,
        action: row.get(3)?,
        record_kind: row.get(4)?,
        record_id: row.get(5)?,
        summary: row.get(6)?,
        changes: row.get(7)?,
    })
}

fn has_text(filter: &Filter) -> bool {
    !filter
        .text
        .as_deref()
        .map(search_words)
        .unwrap_or_default()
        .is_empty()
}

/// Up to `limit` entries matching `filter`, newest first, older than entry `before` when given
/// (keyset paging: no entry is skipped or shown twice when others are written meanwhile), and
/// how many match in all. With words to find, one pass over the log does both.
pub fn timeline(
    conn: &Connection,
    filter: &Filter,
    before: Option<i64>,
    limit: u32,
) -> Result<Page> {
    let wanted = limit as usize;
    let mut entries = Vec::with_capacity(wanted.min(1000));
    let mut more = false;
    if !has_text(filter) {
        let mut statement =
            conn.prepare_cached(&format!("{SELECT} {WHERE} ORDER BY id DESC LIMIT ?6"))?;
        let rows = statement.query_map(
            params![
                filter.kind,
                filter.actor,
                filter.at_from,
                filter.at_until,
                before,
                limit + 1
            ],
            entry_of,
        )?;
        entries = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        more = entries.len() > wanted;
        entries.truncate(wanted);
        let total = count_matching(conn, filter)?;
        return Ok(Page {
            entries,
            more,
            total,
        });
    }
    let mut total = 0;
    rows_matching(conn, filter, None, |row| {
        total += 1;
        let id: i64 = row.get(0)?;
        if before.is_none_or(|before| id < before) {
            if entries.len() < wanted {
                entries.push(entry_of(row)?);
            } else {
                more = true;
            }
        }
        Ok(true)
    })?;
    Ok(Page {
        entries,
        more,
        total,
    })
}

/// Every entry matching `filter`, newest first (for exports).
pub fn all_matching(conn: &Connection, filter: &Filter) -> Result<Vec<ActivityEntry>> {
    let mut entries = Vec::new();
    rows_matching(conn, filter, None, |row| {
        entries.push(entry_of(row)?);
        Ok(true)
    })?;
    Ok(entries)
}

/// How many entries match `filter`.
pub fn count_matching(conn: &Connection, filter: &Filter) -> Result<i64> {
    if !has_text(filter) {
        return Ok(conn
            .prepare_cached(&format!("SELECT count(*) FROM activity {WHERE}"))?
            .query_row(
                params![
                    filter.kind,
                    filter.actor,
                    filter.at_from,
                    filter.at_until,
                    None::<i64>
                ],
                |row| row.get(0),
            )?);
    }
    let mut count = 0;
    rows_matching(conn, filter, None, |_| {
        count += 1;
        Ok(true)
    })?;
    Ok(count)
}

/// Every actor who has written to the log, by name, with their number of entries.
pub fn actors(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut statement = conn.prepare_cached(
        "SELECT actor, count(*) FROM activity GROUP BY actor ORDER BY actor COLLATE NOCASE, actor",
    )?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every record kind in the log, by name, with its number of entries.
pub fn kinds(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut statement = conn.prepare_cached(
        "SELECT record_kind, count(*) FROM activity GROUP BY record_kind ORDER BY record_kind",
    )?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The page an entry's record lives on, when the record still exists: `(kind, id)` where kind
/// is one of organisation, body, vote, agreement, meeting, matrix. A representative leads to
/// its organisation, a seat or a protocol to its body.
pub fn link(
    conn: &Connection,
    record_kind: &str,
    record_id: Option<i64>,
) -> Result<Option<(&'static str, i64)>> {
    use rusqlite::OptionalExtension;
    let Some(id) = record_id else {
        return Ok(None);
    };
    let (target, sql) = match record_kind {
        "organisation" => ("organisation", "SELECT id FROM organisations WHERE id = ?1"),
        "representative" => (
            "organisation",
            "SELECT organisation_id FROM representatives WHERE id = ?1",
        ),
        "membership" => ("body", "SELECT body_id FROM memberships WHERE id = ?1"),
        "protocol" => ("body", "SELECT body_id FROM protocols WHERE id = ?1"),
        "body" => ("body", "SELECT id FROM bodies WHERE id = ?1"),
        "vote" => ("vote", "SELECT id FROM votes WHERE id = ?1"),
        "agreement" => ("agreement", "SELECT id FROM agreements WHERE id = ?1"),
        "meeting" => ("meeting", "SELECT id FROM meetings WHERE id = ?1"),
        "matrix" => ("matrix", "SELECT id FROM matrices WHERE id = ?1"),
        _ => return Ok(None),
    };
    let found: Option<i64> = conn
        .prepare_cached(sql)?
        .query_row([id], |row| row.get(0))
        .optional()?;
    Ok(found.map(|found| (target, found)))
}

/// One record's history, newest first: an organisation's includes its representatives and its
/// seats in bodies, a body's its seats and protocols (those still on file: a removed seat's
/// entries stay in the partnership-wide timeline).
pub fn of_record(
    conn: &Connection,
    record_kind: &str,
    record_id: i64,
    limit: u32,
) -> Result<Vec<ActivityEntry>> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT}
         WHERE (record_kind = ?1 AND record_id = ?2)
            OR (?1 = 'organisation' AND record_kind = 'representative'
                AND record_id IN (SELECT id FROM representatives WHERE organisation_id = ?2))
            OR (?1 = 'organisation' AND record_kind = 'membership'
                AND record_id IN (SELECT id FROM memberships WHERE organisation_id = ?2))
            OR (?1 = 'body' AND record_kind = 'membership'
                AND record_id IN (SELECT id FROM memberships WHERE body_id = ?2))
            OR (?1 = 'body' AND record_kind = 'protocol'
                AND record_id IN (SELECT id FROM protocols WHERE body_id = ?2))
         ORDER BY id DESC LIMIT ?3"
    ))?;
    let rows = statement.query_map(params![record_kind, record_id, limit], entry_of)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Text as compared by the search: decomposed, combining marks dropped, letters that are
/// not accented ones folded (đ → d, ø → o), lower case. "Ha Noi" finds "Hà Nội".
pub fn fold(text: &str) -> String {
    let mut folded = String::new();
    fold_into(text, &mut folded);
    folded
}

/// [`fold`] into a buffer kept between rows; plain ASCII text takes a short cut.
fn fold_into(text: &str, out: &mut String) {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    out.clear();
    if text.is_ascii() {
        out.extend(text.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    out.extend(
        pacta_core::text::fold_letters(text)
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase),
    );
}

fn search_words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_accents_and_case_but_keeps_letters() {
        let cases = [
            ("Hà Nội", "ha noi"),
            ("ĐÀ NẴNG", "da nang"),
            ("Élodie Øvergaard", "elodie overgaard"),
            ("Ngô Quyền", "ngo quyen"),
            ("plain", "plain"),
        ];
        for (text, folded) in cases {
            assert_eq!(fold(text), folded, "{text}");
        }
        assert_eq!(search_words("  Hà   NỘI "), ["ha", "noi"]);
        assert!(search_words("   ").is_empty());
    }

    #[test]
    fn an_entry_from_before_messages_is_said_again_in_the_readers_language() {
        let earlier = |action: &str, kind: &str, id: Option<i64>| ActivityEntry {
            id: 1,
            at: "2025-03-01T10:00:00Z".into(),
            actor: "secretariat".into(),
            action: action.into(),
            record_kind: kind.into(),
            record_id: id,
            summary: "Added member Ministry of Labour".into(),
            changes: r#"{"name":[null,"Ministry of Labour"]}"#.into(),
        };
        let french = in_language(
            vec![
                earlier("create", "organisation", Some(3)),
                earlier("restore", "partnership", None),
            ],
            Messages::of(pacta_messages::Locale::Fr),
        );
        assert_eq!(french[0].summary, "Membre 3 : créé");
        assert_eq!(
            french[1].summary,
            "Partenariat : restauré depuis une sauvegarde"
        );
        assert_eq!(french[0].changes, r#"{"name":[null,"Ministry of Labour"]}"#);
        let dutch = in_language(
            vec![earlier("sign", "agreement", Some(2))],
            Messages::of(pacta_messages::Locale::Nl),
        );
        assert_eq!(dutch[0].summary, "Overeenkomst 2: ondertekend");
        let unknown = in_language(
            vec![earlier("merge", "ledger", Some(9))],
            Messages::of(pacta_messages::Locale::En),
        );
        assert_eq!(unknown[0].summary, "Record 9: changed");
    }
}
