//! `pacta members erase-representative`: erases a representative's personal data on request,
//! keeping the seals of the records that named them checkable (see docs/trust.md). Without
//! `--yes` it only shows what would be erased.

use std::path::Path;

use pacta_api::{erasure, ApiError};
use pacta_core::seal::ErasureReport;

use crate::print_json;

pub(crate) fn erase_representative(
    db: &Path,
    id: i64,
    reason: &str,
    yes: bool,
    json: bool,
) -> Result<(), ApiError> {
    let mut partnership = crate::protection::open(db)?;
    if !yes {
        let preview = erasure::preview_erasure(&partnership, id)?;
        partnership.close()?;
        if json {
            print_json(&preview);
        } else {
            print_report(&preview, false);
            println!("nothing was changed; run again with --yes to erase");
        }
        return Ok(());
    }
    let report = erasure::erase_representative(&mut partnership, id, reason)?;
    partnership.close()?;
    if json {
        print_json(&report);
    } else {
        print_report(&report, true);
    }
    Ok(())
}

fn print_report(report: &ErasureReport, done: bool) {
    let verb = if done { "erased" } else { "would erase" };
    println!(
        "{verb} the {} of representative {} of {}",
        if report.fields.is_empty() {
            "(empty) personal data".to_string()
        } else {
            report.fields.join(", ")
        },
        report.representative_id,
        report.organisation
    );
    for record in &report.records {
        let state = match (record.sealed, record.attested, record.already_changed) {
            (false, _, _) => "draft",
            (true, _, true) => "sealed; ALREADY CHANGED before the erasure, stays reported changed",
            (true, true, _) => "sealed before erasure was possible; checked and attested",
            (true, false, _) => "sealed; verify will report it redacted",
        };
        println!(
            "  {:<18} {} (id {}): {} value(s) → [redacted] ({state})",
            record.kind.code(),
            record.reference,
            record.record_id,
            record.values
        );
    }
    println!(
        "  activity history: {} entr{}",
        report.activity_entries,
        if report.activity_entries == 1 {
            "y"
        } else {
            "ies"
        }
    );
    if report.recipients > 0 {
        println!(
            "  distribution lists: {} line(s) removed",
            report.recipients
        );
    }
    for place in &report.left_in_text {
        println!("  still in free text, to review by hand: {place}");
    }
}
