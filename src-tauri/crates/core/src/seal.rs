//! The tamper-evident record: which final records are sealed, and what checking the seals
//! found. The hashing lives in the store, beside the rows it reads; the words for the reader
//! live in the front ends.

use serde::{Deserialize, Serialize};

crate::closed_choice!(
    /// A kind of record that is sealed when it becomes final.
    SealKind {
        Vote => "vote",
        AgreementVersion => "agreement_version",
        Minutes => "minutes",
        MatrixVersion => "matrix_version",
    }
);

crate::closed_choice!(
    /// What became of a sealed record, or of a final record without a seal.
    RecordState {
        /// Its content still gives the hash it was sealed with.
        Ok => "ok",
        /// Its rows were changed after it was sealed.
        Changed => "changed",
        /// It was sealed, and its rows are gone.
        Removed => "removed",
        /// It is final but has no seal: it was written outside the app, or its seal removed.
        Inserted => "inserted",
        /// A person named in it was erased on request; the rest of its content, and the
        /// salted hashes that stand for the erased values, still give the hash it was sealed
        /// with. Not a finding against the record.
        Redacted => "redacted",
        /// Sealed before erasure was possible (a format-1 seal holds names as they are): a
        /// person named in it was erased; it was checked against its seal just before, and
        /// matches the content recorded then. The chain no longer covers it.
        RedactedAttested => "redacted_attested",
    }
);

impl RecordState {
    /// Whether this state still counts as intact: only erasures on request.
    pub fn is_redaction(self) -> bool {
        matches!(self, RecordState::Redacted | RecordState::RedactedAttested)
    }
}

crate::closed_choice!(
    /// How the chain of seals itself was disturbed.
    ChainProblem {
        /// The seal's own fields no longer give its chain hash: the seal row was edited.
        Altered => "altered",
        /// The seal does not follow the one before it: a seal was removed or slipped in.
        Broken => "broken",
    }
);

/// One record whose check found something (records that are fine are only counted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RecordCheck {
    pub kind: SealKind,
    pub record_id: i64,
    /// As sealed (a vote's body and number, an agreement's reference and version, the
    /// meeting's body and date, a matrix's reference and version).
    pub reference: String,
    pub state: RecordState,
    /// The seal's position in the chain; none for a record that was never sealed.
    pub seal: Option<i64>,
}

/// A seal that does not fit the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ChainBreak {
    pub seal: i64,
    pub kind: String,
    pub record_id: i64,
    pub reference: String,
    pub problem: ChainProblem,
}

/// The latest seal: the value to keep outside the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ChainHead {
    /// The chain hash, 64 hex digits.
    pub chain: String,
    /// The first 12 hex digits, as printed in footers.
    pub short: String,
    pub sealed_at: String,
    /// How many seals the chain holds, this one included.
    pub seals: u32,
}

/// Whether a chain head kept elsewhere (printed, archived) is still part of the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgainstCheck {
    /// The hash as given, in lower case.
    pub hash: String,
    pub found: bool,
    pub seal: Option<i64>,
    pub sealed_at: Option<String>,
    /// Seals added since that head.
    pub later_seals: u32,
}

/// How many seals of one kind were checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct KindCount {
    pub kind: SealKind,
    pub sealed: u32,
}

/// Everything `verify` found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct VerifyReport {
    /// True only when every sealed record is unchanged, none is missing, every final record
    /// is sealed, the chain is whole and, when asked, the given head is in it.
    pub intact: bool,
    pub head: Option<ChainHead>,
    pub kinds: Vec<KindCount>,
    /// Records changed, removed, inserted or redacted, in chain order (unsealed ones last).
    pub records: Vec<RecordCheck>,
    pub breaks: Vec<ChainBreak>,
    pub against: Option<AgainstCheck>,
}

impl VerifyReport {
    /// Works out `intact` from the findings.
    pub fn conclude(mut self) -> VerifyReport {
        self.intact = self
            .records
            .iter()
            .all(|record| record.state.is_redaction())
            && self.breaks.is_empty()
            && self.against.as_ref().is_none_or(|against| against.found);
        self
    }
}

/// What the footer of a printed sealed record shows: its own seal, and the chain head when it
/// was printed, each as a short chain hash and a date. Both can be given to `verify --against`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintedSeal {
    pub seal: String,
    /// `YYYY-MM-DD`.
    pub sealed_on: String,
    pub head: String,
    pub head_on: String,
}

/// A record that named a person whose data were erased.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ErasedFrom {
    pub kind: SealKind,
    pub record_id: i64,
    /// As a reader knows it (see [`RecordCheck::reference`]).
    pub reference: String,
    /// How many of its values were replaced by "[redacted]".
    pub values: u32,
    /// Sealed (final) rather than a draft.
    pub sealed: bool,
    /// A format-1 seal, checked before the erasure and attested after it.
    pub attested: bool,
    /// The record no longer matched its seal before the erasure: it stays reported changed.
    pub already_changed: bool,
}

/// What erasing a representative's personal data did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ErasureReport {
    pub representative_id: i64,
    pub organisation_id: i64,
    pub organisation: String,
    /// The fields that held something: `name`, `email`, `phone`.
    pub fields: Vec<String>,
    pub erased_at: String,
    pub records: Vec<ErasedFrom>,
    /// Entries of the activity history the values were removed from.
    pub activity_entries: u32,
    /// Distribution-list lines removed (a body's default recipients).
    pub recipients: u32,
    /// Free text that still holds the name or an address (minutes, notes…), one line per
    /// place, for the secretariat to review: Pacta does not rewrite free text, and sealed free
    /// text cannot be changed.
    pub left_in_text: Vec<String>,
}

/// The shortest prefix of a chain hash that `verify --against` accepts: 48 bits, so that a
/// prefix copied from a footer cannot match a different seal by chance.
pub const MIN_HASH_PREFIX: usize = 12;

/// A chain hash or a prefix of one, as printed or archived: 12 to 64 hex digits, in lower case.
pub fn parse_hash_prefix(text: &str) -> Option<String> {
    let trimmed = text.trim().to_ascii_lowercase();
    let hex = trimmed.chars().all(|c| c.is_ascii_hexdigit());
    (hex && (MIN_HASH_PREFIX..=64).contains(&trimmed.len())).then_some(trimmed)
}

/// The part of a chain hash printed in footers.
pub fn short_hash(chain: &str) -> &str {
    &chain[..chain.len().min(MIN_HASH_PREFIX)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_prefix_is_12_to_64_hex_digits() {
        assert_eq!(parse_hash_prefix(" 3FA9C1D2E4B5 ").unwrap(), "3fa9c1d2e4b5");
        assert!(parse_hash_prefix(&"a".repeat(64)).is_some());
        assert!(parse_hash_prefix("3fa9c1d2e4b").is_none());
        assert!(parse_hash_prefix(&"a".repeat(65)).is_none());
        assert!(parse_hash_prefix("3fa9c1d2e4bz").is_none());
    }

    #[test]
    fn intact_needs_no_finding_and_a_found_head() {
        let report = VerifyReport {
            intact: false,
            head: None,
            kinds: Vec::new(),
            records: Vec::new(),
            breaks: Vec::new(),
            against: None,
        };
        assert!(report.clone().conclude().intact);
        let missing = VerifyReport {
            against: Some(AgainstCheck {
                hash: "3fa9c1d2e4b5".into(),
                found: false,
                seal: None,
                sealed_at: None,
                later_seals: 0,
            }),
            ..report
        };
        assert!(!missing.clone().conclude().intact);
        let record = |state| RecordCheck {
            kind: SealKind::Minutes,
            record_id: 1,
            reference: "GA meeting of 2026-03-12".into(),
            state,
            seal: Some(1),
        };
        let redacted = VerifyReport {
            against: None,
            records: vec![
                record(RecordState::Redacted),
                record(RecordState::RedactedAttested),
            ],
            ..missing
        };
        assert!(redacted.clone().conclude().intact);
        let changed = VerifyReport {
            records: vec![record(RecordState::Redacted), record(RecordState::Changed)],
            ..redacted
        };
        assert!(!changed.conclude().intact);
    }
}
