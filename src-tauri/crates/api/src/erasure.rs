//! Erasing a representative's personal data on request (issue 7): the name, e-mail and phone
//! leave every row, the activity history and the search index, while the seals of the records
//! that named them still check — `verify` reports those records as redacted, not changed. See
//! `pacta_store::erasure` and docs/trust.md.

use pacta_core::seal::ErasureReport;
use pacta_core::text;
use pacta_core::Field;
use pacta_store::erasure;

use crate::{ApiResult, Partnership};

/// Erases representative `id`'s personal data, giving the requester's `reason` (kept in the
/// file; it must not name the person). Refused when there is no such representative, or when
/// they were already erased. Once the change is committed, the file is compacted (`VACUUM`) and
/// its write-ahead log emptied, so the erased values leave the file's bytes too.
pub fn erase_representative(
    partnership: &mut Partnership,
    id: i64,
    reason: &str,
) -> ApiResult<ErasureReport> {
    let reason = text::required(Field::Notes, reason, 1_000)?;
    // Freed space is overwritten with zeros, so the old values do not linger in free pages.
    partnership
        .conn()
        .execute_batch("PRAGMA secure_delete = ON")
        .map_err(pacta_store::StoreError::from)?;
    let report = partnership
        .write(|conn, stamp| Ok(erasure::erase_representative(conn, stamp, id, &reason)?));
    let after = match report {
        Ok(_) => "PRAGMA secure_delete = OFF; VACUUM; PRAGMA wal_checkpoint(TRUNCATE);",
        Err(_) => "PRAGMA secure_delete = OFF;",
    };
    let compacted = partnership
        .conn()
        .execute_batch(after)
        .map_err(pacta_store::StoreError::from);
    let report = report?;
    compacted?;
    Ok(report)
}

/// What erasing representative `id` would do — the records that name them, the history
/// entries, the free text left for review — worked out in a transaction that is rolled back:
/// nothing is changed. Refused like the erasure itself.
pub fn preview_erasure(partnership: &Partnership, id: i64) -> ApiResult<ErasureReport> {
    let stamp = partnership.stamp();
    let transaction = partnership
        .conn()
        .unchecked_transaction()
        .map_err(pacta_store::StoreError::from)?;
    let report = erasure::erase_representative(&transaction, &stamp, id, "preview")?;
    transaction
        .rollback()
        .map_err(pacta_store::StoreError::from)?;
    Ok(report)
}
