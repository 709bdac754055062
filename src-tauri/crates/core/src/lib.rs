//! Pacta's domain: member organisations, representatives, bodies and their rules.
//!
//! Pure code: no IO, no clock, no storage. Every value that crosses into the store has been
//! validated here first, so the store can trust its inputs and the UI can show every problem
//! next to the field it concerns.

pub mod activity;
pub mod agreement;
pub mod body;
pub mod choice;
pub mod country;
pub mod date;
pub mod directory;
pub mod field;
pub mod matrix;
pub mod meeting;
pub mod member_import;
pub mod member_list;
pub mod member_record;
pub mod organisation;
pub mod representative;
pub mod seal;
pub mod spreadsheet_cell;
pub mod stamp;
pub mod status_change;
pub mod text;
pub mod validation;
pub mod voting;

pub use activity::ActivityEntry;
pub use body::{Body, Membership};
pub use body::{BodyDraft, BodyKind, MembershipDraft, Office, Role, ValidBody, ValidMembership};
pub use country::CountryCode;
pub use date::IsoDate;
pub use field::Field;
pub use member_list::{full_text_query, MemberPage, MemberQuery, MemberSort, MemberSummary};
pub use member_record::{CellProblem, ColumnMap, MemberRecord, MissingColumn, MEMBER_COLUMNS};
pub use organisation::Organisation;
pub use organisation::{
    MemberStatus, OrganisationDraft, OrganisationKind, Pillar, ValidOrganisation,
};
pub use representative::Representative;
pub use representative::{RepresentativeDraft, ValidRepresentative};
pub use stamp::Stamp;
pub use status_change::StatusChange;
pub use status_change::{StatusChangeDraft, ValidStatusChange};
pub use validation::{Problem, Problems};
