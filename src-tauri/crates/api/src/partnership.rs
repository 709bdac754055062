//! An open partnership and who is acting on it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{ApiResult, Clock, Passphrase};
use pacta_core::text;
use pacta_core::{Field, Stamp};
use pacta_messages::Message;
use pacta_messages::{Locale, Messages};
use pacta_store::{chambers, partnership, settings, Connection, PartnershipFile};

/// The partnership the user is working on, the acting user, and the clock.
pub struct Partnership {
    file: PartnershipFile,
    actor: String,
    clock: Clock,
    /// The reader's language, for the sentences the use cases write (not the record's, which
    /// keeps the words it was sealed with).
    locale: Locale,
}

/// What the window title, the dashboard and the status bar show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PartnershipInfo {
    pub name: String,
    pub path: String,
    pub actor: String,
    pub members: i64,
    pub active_members: i64,
    pub representatives: i64,
    pub bodies: i64,
    pub chambers: Vec<String>,
    /// Whether the file is encrypted at rest with a passphrase.
    pub protected: bool,
}

const ACTOR_KEY: &str = "acting_user";
const DEFAULT_ACTOR: &str = "Secretariat";

impl Partnership {
    /// Creates a new partnership file.
    pub fn create(path: &Path, name: &str, clock: Clock) -> ApiResult<Partnership> {
        let name = text::required(Field::PartnershipName, name, 200)?;
        let stamp = Stamp {
            at: clock.now(),
            actor: DEFAULT_ACTOR.into(),
        };
        let file = PartnershipFile::create(path, &name, &stamp)?;
        Partnership::around(file, clock)
    }

    /// Opens an existing partnership file; one protected with a passphrase is refused with
    /// `ErrorCode::PassphraseRequired`.
    pub fn open(path: &Path, clock: Clock) -> ApiResult<Partnership> {
        Partnership::around(PartnershipFile::open(path)?, clock)
    }

    /// Opens a file protected with a passphrase (`ErrorCode::WrongPassphrase`, the file
    /// unchanged, when it does not open it). A plain file opens as it is, the passphrase unused.
    pub fn open_protected(
        path: &Path,
        clock: Clock,
        passphrase: Passphrase,
    ) -> ApiResult<Partnership> {
        Partnership::around(
            PartnershipFile::open_protected(path, passphrase.secret())?,
            clock,
        )
    }

    /// Opens the file, creating it with `name` first when it does not exist yet.
    pub fn open_or_create(path: &Path, name: &str, clock: Clock) -> ApiResult<Partnership> {
        if path.exists() {
            Partnership::open(path, clock)
        } else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| crate::error::io_error(parent, &e))?;
            }
            Partnership::create(path, name, clock)
        }
    }

    /// A partnership in memory, for tests.
    pub fn in_memory(name: &str, clock: Clock) -> ApiResult<Partnership> {
        let stamp = Stamp {
            at: clock.now(),
            actor: DEFAULT_ACTOR.into(),
        };
        Partnership::around(PartnershipFile::in_memory(name, &stamp)?, clock)
    }

    fn around(file: PartnershipFile, clock: Clock) -> ApiResult<Partnership> {
        let actor =
            settings::get(file.connection(), ACTOR_KEY)?.unwrap_or_else(|| DEFAULT_ACTOR.into());
        Ok(Partnership {
            file,
            actor,
            clock,
            locale: Locale::En,
        })
    }

    /// Speaks `locale` from now on.
    pub fn set_locale(&mut self, locale: Locale) {
        self.locale = locale;
    }

    /// The messages in the reader's language.
    pub fn messages(&self) -> &'static Messages {
        Messages::of(self.locale)
    }

    pub fn info(&self) -> ApiResult<PartnershipInfo> {
        let conn = self.file.connection();
        let counts = partnership::counts(conn)?;
        Ok(PartnershipInfo {
            name: partnership::name(conn)?,
            path: self.file.path().display().to_string(),
            actor: self.actor.clone(),
            members: counts.organisations,
            active_members: counts.active,
            representatives: counts.representatives,
            bodies: counts.bodies,
            chambers: chambers::list(conn)?,
            protected: self.file.is_protected(),
        })
    }

    pub fn path(&self) -> PathBuf {
        self.file.path().to_path_buf()
    }

    /// Whether the file is encrypted at rest with a passphrase.
    pub fn is_protected(&self) -> bool {
        self.file.is_protected()
    }

    /// The passphrase of a protected file, for backups taken beside it (they are encrypted
    /// with it). Never written anywhere.
    pub fn passphrase(&self) -> Option<Passphrase> {
        self.file.passphrase().map(Passphrase::new)
    }

    pub(crate) fn key(&self) -> Option<&str> {
        self.file.passphrase()
    }

    pub(crate) fn file_mut(&mut self) -> &mut PartnershipFile {
        &mut self.file
    }

    /// Sets who is recorded as acting in the activity log from now on.
    pub fn set_actor(&mut self, actor: &str) -> ApiResult<()> {
        let actor = text::required(Field::Name, actor, 100)?;
        self.file
            .write(|conn| settings::set(conn, ACTOR_KEY, &actor).map_err(crate::ApiError::from))?;
        self.actor = actor;
        Ok(())
    }

    /// Renames the partnership (the window title follows).
    pub fn rename(&mut self, name: &str) -> ApiResult<()> {
        let name = text::required(Field::PartnershipName, name, 200)?;
        let stamp = self.stamp();
        self.file.write(|conn| {
            partnership::rename(conn, &name)?;
            pacta_store::activity::record(
                conn,
                &stamp,
                &pacta_store::activity::Entry {
                    action: "rename",
                    record_kind: "partnership",
                    record_id: Some(1),
                    summary: Message::new("activity-partnership-renamed").with("name", &name),
                    changes: serde_json::json!({}),
                },
            )
            .map_err(crate::ApiError::from)
        })
    }

    pub fn save_copy(&self, destination: &Path) -> ApiResult<()> {
        Ok(self.file.save_copy(destination)?)
    }

    /// Closes the file, folding its write-ahead log back in.
    pub fn close(self) -> ApiResult<()> {
        Ok(self.file.close()?)
    }

    /// Who acts and when, for the change being made now.
    pub(crate) fn stamp(&self) -> Stamp {
        Stamp {
            at: self.clock.now(),
            actor: self.actor.clone(),
        }
    }

    pub(crate) fn clock(&self) -> &Clock {
        &self.clock
    }

    pub(crate) fn conn(&self) -> &Connection {
        self.file.connection()
    }

    /// Runs one use case's writes as a single transaction, with the stamp they share.
    pub(crate) fn write<T>(
        &mut self,
        change: impl FnOnce(&Connection, &Stamp) -> ApiResult<T>,
    ) -> ApiResult<T> {
        let stamp = self.stamp();
        self.file.write(|conn| change(conn, &stamp))
    }
}
