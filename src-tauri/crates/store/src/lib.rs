//! Pacta's storage: one SQLite file per partnership.
//!
//! Plain functions over `&Connection` (reads) and `&Transaction` (writes); the caller owns the
//! transaction, so a use case that touches several tables commits or fails as one.

pub mod actions;
pub mod activity;
pub mod agenda;
pub mod agreements;
pub mod attachments;
pub mod bodies;
pub mod chambers;
pub mod clause_library;
pub mod decisions;
pub mod erasure;
pub mod error;
pub mod file;
pub mod matrices;
pub mod meeting_papers;
pub mod meetings;
pub mod member_search;
pub mod migrations;
pub mod organisations;
pub mod partnership;
pub mod protocols;
pub mod representatives;
pub mod seals;
pub mod settings;
pub mod table_dump;
pub mod votes;

pub use error::StoreError;
pub use file::{backup, disk, partnership_file, protection};
pub use partnership_file::PartnershipFile;
pub use rusqlite::Connection;

pub type Result<T> = std::result::Result<T, StoreError>;
