//! Reading a Word package: the zip and its parts, then the parts as data (blocks of the body,
//! styles, list numbering). Shared by the import of any Word agreement and the reading of a
//! partner's redline.

pub(crate) mod archive;
pub(crate) mod body;
pub(crate) mod numbering;
pub(crate) mod styles;
pub(crate) mod xml;
