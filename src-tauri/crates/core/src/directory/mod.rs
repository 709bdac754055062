//! The member directory: the list of members and their representatives a forum prints for a
//! meeting, grouped by constituency or by body. The api reads the registry into a
//! [`DirectorySource`]; [`DirectorySource::arrange`] chooses, groups, orders and words what
//! prints; the PDF writer lays out the [`PrintableDirectory`] and knows nothing else.

mod arrange;
mod collation;
mod labels;
mod printable;

pub use arrange::{DirectoryRecord, DirectorySource};
pub use collation::name_order;
pub use labels::DirectoryLabels;
pub use printable::{
    DirectoryEntry, DirectoryGroup, DirectoryGrouping, DirectoryPerson, DirectoryScope,
    PrintableDirectory,
};
