//! Reading Word files: imports of a secretariat's own agreements, redlines of exported ones,
//! LibreOffice round trips, and every kind of bad input.

mod bad_input;
mod import;
mod libreoffice;
mod redline;
mod word;
