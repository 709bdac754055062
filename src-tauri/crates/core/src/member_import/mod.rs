//! Reading member lists shaped the way secretariats keep them: their own headers in English,
//! French or Dutch, title rows above the header, free-text kinds and country names, dates in
//! any common order. Everything here is pure: the api reads the file, this module suggests a
//! mapping and turns each row into Pacta's own columns, which `member_record` then validates.
//!
//! The mapping's JSON form is documented in `docs/import.md`.

mod choice_words;
mod column_target;
mod country_names;
mod date_reading;
mod folding;
mod header_row;
mod header_words;
mod mapping;
mod suggestion;

pub use choice_words::{kind_of, pillar_of, status_of};
pub use column_target::ColumnTarget;
pub use country_names::country_of;
pub use date_reading::{read_date, DateOrder, DateReading};
pub use folding::fold;
pub use header_row::find_header_row;
pub use header_words::target_of_header;
pub use mapping::{
    layout_key, ColumnMapping, ImportMapping, MappedRow, MappingError, ResolvedMapping,
    RowDefaults, ValueMaps, ValueProblem,
};
pub use suggestion::{suggest, ValueChoice, ValueSuggestion};
