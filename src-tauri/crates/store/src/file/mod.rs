//! The life of a partnership file on disk, in one direction of use:
//! `disk` (names beside a file, writing beside then renaming, locks, SHA-256) ←
//! `header` (what a Pacta file looks like, SQLite's errors said plainly) ←
//! `protection` (encryption at rest) ← `backup` (checked copies, restore) ←
//! `partnership_file` (opening, migrating, converting and closing the file).
//! Each module uses only those before it.

pub mod backup;
pub mod disk;
pub mod header;
pub mod partnership_file;
pub mod protection;
