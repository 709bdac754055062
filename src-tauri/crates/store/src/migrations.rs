//! The schema's history. Append-only: a released migration is never edited, only followed.
//! Each migration runs in its own transaction, so a failure leaves the file as it was.

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::{Result, StoreError};

const STEPS: &[&str] = &[
    include_str!("../migrations/0001_member_registry.sql"),
    include_str!("../migrations/0002_voting.sql"),
    include_str!("../migrations/0003_agreements.sql"),
    include_str!("../migrations/0004_agreement_papers.sql"),
    include_str!("../migrations/0005_meetings.sql"),
    include_str!("../migrations/0006_matrices.sql"),
    include_str!("../migrations/0007_meeting_papers.sql"),
    include_str!("../migrations/0008_seals.sql"),
    include_str!("../migrations/0009_erasure.sql"),
];

/// The step (1-based) that creates the seals and seals the records already final.
const SEALS_STEP: usize = 8;

fn steps() -> Vec<M<'static>> {
    STEPS
        .iter()
        .enumerate()
        .map(|(index, sql)| match index + 1 {
            SEALS_STEP => M::up_with_hook(sql, crate::seals::seal_existing),
            _ => M::up(sql),
        })
        .collect()
}

/// The schema version this build writes; files above it are refused.
pub fn latest_version() -> i64 {
    STEPS.len() as i64
}

/// The schema version recorded in the file (0 for a blank database).
pub fn current_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Brings the file up to the latest schema.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    Migrations::new(steps())
        .to_latest(conn)
        .map_err(|error| StoreError::Migration(error.to_string()))
}

/// Brings a blank file to an older schema version: for tests of upgrades from earlier releases.
#[doc(hidden)]
pub fn migrate_to(conn: &mut Connection, version: usize) -> Result<()> {
    Migrations::new(steps())
        .to_version(conn, version)
        .map_err(|error| StoreError::Migration(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid_and_reach_the_latest_version() {
        Migrations::new(steps()).validate().unwrap();
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(current_version(&conn).unwrap(), latest_version());
    }
}
