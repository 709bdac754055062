//! `pacta verify`: recomputes the seals and their chain, and says whether the record is
//! intact. Exit status 0 only when it is; 2 when something was found (the report says what),
//! 1, as for every command, when the check could not run at all.

use std::path::Path;

use crate::print_json;
use pacta_api::{verify, ApiError};
use pacta_core::seal::{ChainProblem, RecordState, SealKind, VerifyReport};

pub(crate) fn run(db: &Path, against: Option<&str>, json: bool) -> Result<(), ApiError> {
    let partnership = crate::protection::open(db)?;
    let report = verify::verify(&partnership, against)?;
    partnership.close()?;
    if json {
        print_json(&report);
    } else {
        print_report(&report);
    }
    if report.intact {
        return Ok(());
    }
    crate::exit_status::exit_with_findings("the record is not intact; see the report above");
}

fn print_report(report: &VerifyReport) {
    let kinds: Vec<String> = report
        .kinds
        .iter()
        .map(|count| format!("{} {}", count.sealed, plural(count.kind)))
        .collect();
    println!("seals: {}", kinds.join(", "));
    match &report.head {
        Some(head) => println!(
            "chain head: {} sealed {} ({} seal(s))\n            {}",
            head.short, head.sealed_at, head.seals, head.chain
        ),
        None => println!("chain head: none yet (no record is final)"),
    }
    for check in &report.records {
        let seal = check
            .seal
            .map_or_else(|| "no seal".to_string(), |seal| format!("seal {seal}"));
        println!(
            "{:<9} {:<18} {} (id {}, {seal}): {}",
            check.state.code(),
            check.kind.code(),
            check.reference,
            check.record_id,
            meaning(check.state)
        );
    }
    for chain_break in &report.breaks {
        println!(
            "{:<9} seal {} ({} {}): {}",
            "chain",
            chain_break.seal,
            chain_break.kind,
            chain_break.reference,
            match chain_break.problem {
                ChainProblem::Altered => "the seal itself was edited",
                ChainProblem::Broken =>
                    "it does not follow the seal before it: a seal was removed or slipped in",
            }
        );
    }
    if let Some(against) = &report.against {
        match (against.seal, &against.sealed_at) {
            (Some(seal), Some(sealed_at)) if against.found => println!(
                "against {}: in the chain (seal {seal}, sealed {sealed_at}; {} seal(s) since)",
                against.hash, against.later_seals
            ),
            _ => println!(
                "against {}: NOT in the chain — the record has been rewritten since that head was kept, or it comes from another file",
                against.hash
            ),
        }
    }
    if report.intact {
        println!("intact");
    } else {
        let findings = report
            .records
            .iter()
            .filter(|record| !record.state.is_redaction())
            .count()
            + report.breaks.len()
            + usize::from(report.against.as_ref().is_some_and(|a| !a.found));
        println!("NOT INTACT: {findings} finding(s)");
    }
}

fn plural(kind: SealKind) -> &'static str {
    match kind {
        SealKind::Vote => "closed vote(s)",
        SealKind::AgreementVersion => "signed agreement version(s)",
        SealKind::Minutes => "approved minutes",
        SealKind::MatrixVersion => "frozen matrix version(s)",
    }
}

fn meaning(state: RecordState) -> &'static str {
    match state {
        RecordState::Ok => "unchanged",
        RecordState::Changed => "changed since it was sealed",
        RecordState::Removed => "removed since it was sealed",
        RecordState::Inserted => {
            "final but never sealed: written outside the app, or its seal was removed"
        }
        RecordState::Redacted => {
            "a person named in it was erased on request; everything else is as sealed"
        }
        RecordState::RedactedAttested => {
            "a person named in it was erased on request; sealed before erasure was possible, it was checked when they were erased and is as it was then"
        }
    }
}
