//! Responsibility matrices (RACI): activities grouped under headings, member organisations as
//! columns, and in each cell who is Responsible, Accountable, Consulted or Informed. The checks
//! make gaps and duplicated work visible; they are findings, never refusals.

pub mod checks;
pub mod content;
#[cfg(feature = "fixtures")]
pub mod fixtures;
pub mod printable;
pub mod raci;
pub mod record;
pub mod templates;

pub use checks::{check, CellRef, MatrixFinding, DEFAULT_OVERLOAD_THRESHOLD};
pub use content::{
    Activity, Cell, DurationUnit, MatrixContent, MatrixParty, MatrixProblem, MatrixProblems,
    WorkDuration,
};
pub use printable::{PrintableMatrix, RowLanguage};
pub use raci::Raci;
pub use record::{Duty, MatrixSummary, MatrixVersion};
pub use templates::MatrixTemplateCode;
