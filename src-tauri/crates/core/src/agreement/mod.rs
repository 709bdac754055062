//! Agreements between partners — binding agreements, MoUs, SOPs, guidelines: their sections
//! and clauses, lifecycle, checks before signature, and the comparison of two versions.
//! The sections follow the project's agreement-clause checklist.

pub mod checks;
pub mod comparison;
pub mod document;
#[cfg(feature = "fixtures")]
pub mod fixtures;
pub mod language;
pub mod lifecycle;
pub mod print_labels;
pub mod printable;
pub mod record;
pub mod reminders;
pub mod section;
pub mod templates;

pub use checks::{pre_signature_checks, references_matrix, Finding};
pub use comparison::{compare, ClauseChange, ClauseChangeKind, WordChange};
pub use document::{
    AgreementKind, AgreementText, Clause, ClauseNote, Party, SectionText, Translation,
};
pub use language::{Language, Paper, PrintLanguage};
pub use lifecycle::{AgreementStatus, TransitionError};
pub use print_labels::PrintLabels;
pub use printable::{Annex, AttachmentEntry, MissingLanguage, PrintOptions, PrintableAgreement};
pub use record::{AgreementSummary, AgreementVersion, Attachment, LibraryClause, Signature};
pub use reminders::{due_status, reminders, Reminder, ReminderKind};
pub use section::Section;
