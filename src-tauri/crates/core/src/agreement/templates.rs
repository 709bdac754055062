//! Starter agreements a secretariat edits (filled in by the templates work).
