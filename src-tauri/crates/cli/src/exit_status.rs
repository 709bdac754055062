//! The exit statuses every `pacta` command keeps, so scripts tell a refusal from a check that
//! ran and found something: 0 done (or nothing found), 1 refused or failed (bad input, a file
//! that cannot be opened; the reason on standard error), 2 a check that ran and has findings
//! (`verify`: the record is not intact; `matrices check`: the matrix has findings).

use std::io::Write;

/// A check ran and found something; its report is already printed.
pub const FINDINGS: i32 = 2;

/// Ends the process with [`FINDINGS`] after saying so on standard error.
pub fn exit_with_findings(message: &str) -> ! {
    eprintln!("error: {message}");
    // Flushed by hand: `exit` runs no destructors, and scripts read the report.
    if let Err(error) = std::io::stdout().flush() {
        tracing::warn!(%error, "standard output could not be flushed");
    }
    std::process::exit(FINDINGS);
}
