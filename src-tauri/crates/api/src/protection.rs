//! Encryption at rest: protecting the open partnership with a passphrase, changing it,
//! removing it, and how long the app waits before locking an idle protected file.
//!
//! The passphrase lives only in memory (wiped when dropped) and is never logged, written to a
//! setting or put in an activity row. Each conversion rewrites the whole file beside the old
//! one, checks it and renames it into place; on failure the file is as it was and still open
//! (see `PartnershipFile::re_encrypt`).

use std::ops::RangeInclusive;

use serde::{Deserialize, Deserializer, Serialize};
use unicode_normalization::{is_nfc, UnicodeNormalization};
use zeroize::Zeroizing;

use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, ProblemDetail, Said};
use pacta_core::Stamp;
use pacta_messages::Message;
use pacta_store::protection::Secret;
use pacta_store::{activity, settings, Connection, StoreError};

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// Minutes without use before the app locks a protected file, in the file's settings.
pub const IDLE_LOCK_KEY: &str = "idle_lock_minutes";
pub const DEFAULT_IDLE_LOCK_MINUTES: u32 = 10;
/// Allowed values besides 0, which means never.
pub const IDLE_LOCK_RANGE: RangeInclusive<u32> = 1..=240;

/// A passphrase, wiped from memory when dropped. Crosses from the page as a plain string;
/// never serialised back, and its `Debug` shows nothing of it.
#[derive(Clone, specta::Type)]
#[specta(transparent)]
pub struct Passphrase(#[specta(type = String)] Zeroizing<String>);

impl Passphrase {
    /// Takes the text in Unicode NFC, so that "ç" typed as one character or as "c" and a
    /// combining cedilla (as some systems compose it) is the same passphrase.
    pub fn new(text: impl Into<String>) -> Passphrase {
        let text = Zeroizing::new(text.into());
        if is_nfc(&text) {
            return Passphrase(text);
        }
        let mut composed = Zeroizing::new(String::with_capacity(text.len()));
        composed.extend(text.nfc());
        Passphrase(composed)
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }

    /// A copy for the store, wiped when it is dropped too.
    pub(crate) fn secret(&self) -> Secret {
        Secret::new(self.0.as_str().to_owned())
    }
}

impl From<String> for Passphrase {
    fn from(text: String) -> Passphrase {
        Passphrase::new(text)
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("Passphrase(…)")
    }
}

impl<'de> Deserialize<'de> for Passphrase {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Passphrase, D::Error> {
        String::deserialize(deserializer).map(Passphrase::new)
    }
}

/// What the Partnership file page shows about protection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProtectionSettings {
    pub protected: bool,
    /// 0 means never.
    pub idle_lock_minutes: u32,
}

pub fn settings(partnership: &Partnership) -> ApiResult<ProtectionSettings> {
    Ok(ProtectionSettings {
        protected: partnership.is_protected(),
        idle_lock_minutes: idle_lock_minutes(partnership)?,
    })
}

/// Encrypts the open file with `passphrase` (at least eight characters). Refused when the
/// file is already protected: change the passphrase instead.
pub fn protect(partnership: &mut Partnership, passphrase: Passphrase) -> ApiResult<()> {
    if partnership.is_protected() {
        return Err(invalid(said!(
            "error-already-protected",
            path = partnership.path().display()
        )));
    }
    acceptable(&passphrase)?;
    let stamp = partnership.stamp();
    partnership.file_mut().protect(passphrase.secret(), |conn| {
        record(
            conn,
            &stamp,
            "protect",
            "activity-file-protected",
            serde_json::json!({ "protected": [false, true] }),
        )
    })
}

/// Re-encrypts the open file with `new`, once `current` is confirmed.
pub fn change_passphrase(
    partnership: &mut Partnership,
    current: Passphrase,
    new: Passphrase,
) -> ApiResult<()> {
    confirm(partnership, &current)?;
    acceptable(&new)?;
    if new.expose() == current.expose() {
        return Err(invalid(Said::new("error-same-passphrase")));
    }
    let stamp = partnership.stamp();
    partnership
        .file_mut()
        .change_passphrase(new.secret(), |conn| {
            record(
                conn,
                &stamp,
                "change_passphrase",
                "activity-passphrase-changed",
                serde_json::json!({}),
            )
        })
}

/// Turns the open file back into a plain SQLite file, once `current` is confirmed.
pub fn unprotect(partnership: &mut Partnership, current: Passphrase) -> ApiResult<()> {
    confirm(partnership, &current)?;
    let stamp = partnership.stamp();
    partnership.file_mut().unprotect(|conn| {
        record(
            conn,
            &stamp,
            "unprotect",
            "activity-file-unprotected",
            serde_json::json!({ "protected": [true, false] }),
        )
    })
}

/// Minutes without use before the app locks the protected file (0 = never).
pub fn idle_lock_minutes(partnership: &Partnership) -> ApiResult<u32> {
    Ok(settings::get(partnership.conn(), IDLE_LOCK_KEY)?
        .and_then(|value| value.parse::<u32>().ok())
        .filter(|minutes| *minutes == 0 || IDLE_LOCK_RANGE.contains(minutes))
        .unwrap_or(DEFAULT_IDLE_LOCK_MINUTES))
}

pub fn set_idle_lock_minutes(partnership: &mut Partnership, minutes: u32) -> ApiResult<()> {
    if minutes != 0 && !IDLE_LOCK_RANGE.contains(&minutes) {
        let said = said!(
            "error-idle-lock-range",
            from = *IDLE_LOCK_RANGE.start(),
            to = *IDLE_LOCK_RANGE.end(),
            minutes = minutes
        );
        return Err(ApiError::of_detail(
            ProblemDetail::new(ErrorCode::InvalidChoice, said).with_value(minutes.to_string()),
        ));
    }
    let summary = Message::new("activity-idle-lock").with("minutes", minutes);
    partnership.write(|conn, stamp| {
        settings::set(conn, IDLE_LOCK_KEY, &minutes.to_string())?;
        activity::record(
            conn,
            stamp,
            &activity::Entry {
                action: "update",
                record_kind: "settings",
                record_id: None,
                summary,
                changes: serde_json::json!({ IDLE_LOCK_KEY: minutes }),
            },
        )?;
        Ok(())
    })
}

/// The file must be protected, and `current` its passphrase.
fn confirm(partnership: &Partnership, current: &Passphrase) -> ApiResult<()> {
    match partnership.key() {
        None => Err(invalid(said!(
            "error-not-protected",
            path = partnership.path().display()
        ))),
        Some(key) if key == current.expose() => Ok(()),
        Some(_) => Err(StoreError::WrongPassphrase {
            path: partnership.path().display().to_string(),
        }
        .into()),
    }
}

fn acceptable(passphrase: &Passphrase) -> ApiResult<()> {
    let length = passphrase.expose().chars().count();
    if length < MIN_PASSPHRASE_CHARS {
        return Err(invalid(said!(
            "error-passphrase-too-short",
            min = MIN_PASSPHRASE_CHARS,
            length = length
        )));
    }
    if passphrase.expose().contains('\0') {
        return Err(invalid(Said::new("error-passphrase-nul")));
    }
    Ok(())
}

/// `Invalid` with the message as its one detail. The passphrase itself is never in either.
fn invalid(said: Said) -> ApiError {
    ApiError::of_detail(ProblemDetail::new(ErrorCode::Invalid, said))
}

/// The activity row of a conversion, written into the new file before it takes the old
/// one's place: it is there exactly when the conversion happened. No passphrase in it.
fn record(
    conn: &Connection,
    stamp: &Stamp,
    action: &str,
    message_id: &str,
    changes: serde_json::Value,
) -> ApiResult<()> {
    activity::record(
        conn,
        stamp,
        &activity::Entry {
            action,
            record_kind: "partnership",
            record_id: Some(1),
            summary: Message::new(message_id),
            changes,
        },
    )?;
    Ok(())
}
