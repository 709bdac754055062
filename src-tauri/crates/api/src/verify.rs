//! Checking the tamper-evident record: every seal against the rows it sealed, the chain of
//! seals, and optionally a chain head kept outside the file (see docs/trust.md).

use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, ProblemDetail};
use pacta_core::seal::{
    parse_hash_prefix, short_hash, ChainHead, PrintedSeal, SealKind, VerifyReport, MIN_HASH_PREFIX,
};
use pacta_store::{seals, Connection};

/// Recomputes every seal and the chain. `against` is a chain head printed in a footer or
/// recorded with a backup (at least 12 hex digits); the report says whether it is still part
/// of the chain, and is intact only if it is.
pub fn verify(partnership: &Partnership, against: Option<&str>) -> ApiResult<VerifyReport> {
    let against = match against.map(str::trim).filter(|text| !text.is_empty()) {
        Some(text) => Some(parse_hash_prefix(text).ok_or_else(|| not_a_hash(text))?),
        None => None,
    };
    Ok(seals::verify(partnership.conn(), against.as_deref())?)
}

/// The latest seal, for printing in footers and recording with backups; none before the first
/// record is final.
pub fn chain_head(partnership: &Partnership) -> ApiResult<Option<ChainHead>> {
    Ok(seals::head(partnership.conn())?)
}

/// What the footer of a printed record shows when the record is sealed: its seal and the
/// chain head now. `None` for a record that is not final.
pub(crate) fn printed_seal(
    conn: &Connection,
    kind: SealKind,
    record_id: i64,
) -> ApiResult<Option<PrintedSeal>> {
    let Some(seal) = seals::of_record(conn, kind, record_id)? else {
        return Ok(None);
    };
    let head = seals::head(conn)?.map_or_else(
        || (seal.chain.clone(), seal.sealed_at.clone()),
        |head| (head.chain, head.sealed_at),
    );
    Ok(Some(PrintedSeal {
        seal: short_hash(&seal.chain).to_string(),
        sealed_on: day(&seal.sealed_at),
        head: short_hash(&head.0).to_string(),
        head_on: day(&head.1),
    }))
}

fn day(at: &str) -> String {
    at.get(..10).unwrap_or(at).to_string()
}

fn not_a_hash(text: &str) -> ApiError {
    let said = said!("error-not-a-hash", text = text, digits = MIN_HASH_PREFIX);
    ApiError::of_detail(ProblemDetail::new(ErrorCode::InvalidChoice, said).with_value(text))
}
