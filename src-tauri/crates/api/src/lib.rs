//! Pacta's use cases: each opens one transaction, validates with the core, writes with the
//! store and logs the activity, so a failed call leaves the partnership unchanged.
//! Both front ends — the desktop app and the `pacta` CLI — go through here.

pub mod activity;
pub mod agreement_export;
pub mod agreement_papers;
pub mod agreement_word;
pub mod agreements;
pub mod backup;
pub mod bodies;
pub mod bundle;
pub mod clock;
pub mod demo;
mod demo_agreements;
mod demo_matrices;
mod demo_meetings;
pub mod erasure;
pub mod error;
pub mod matrices;
pub mod matrix_export;
pub mod matrix_table;
pub mod meeting_calendar;
pub mod meeting_export;
pub mod meeting_papers;
pub mod meetings;
pub mod member_directory;
pub mod member_export;
pub mod member_import;
pub mod member_table;
pub mod members;
pub mod missing_characters;
pub mod partnership;
pub mod protection;
pub mod said;
pub mod verify;
pub mod voting;
mod written_file;

pub use clock::Clock;
pub use error::{ApiError, ErrorCode, ProblemDetail};
pub use partnership::{Partnership, PartnershipInfo};
pub use protection::Passphrase;
pub use said::Said;

pub type ApiResult<T> = std::result::Result<T, ApiError>;
