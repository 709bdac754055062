//! `pacta backup`, `pacta restore` and `pacta backup-info`: backups checked before they are
//! kept, and a restore that shows what the backup holds before it replaces anything.

use std::path::Path;

use pacta_api::backup::{self, BackupCounts, BackupPreview};
use pacta_api::{ApiError, Clock};

use crate::print_json;

/// Backs up the file while the app may have it open: the copy is read beside the app.
pub(crate) fn backup(db: &Path, out: &Path, json: bool) -> Result<(), ApiError> {
    let passphrase = crate::protection::passphrase()?;
    let summary = backup::backup_file(db, out, &Clock::System, passphrase)
        .map_err(|error| crate::protection::explain(db, error))?;
    if json {
        print_json(&summary);
    } else {
        println!(
            "backed up {} to {}\n  taken at: {}\n  size: {} bytes\n  {}\n  integrity: ok\n  {}",
            db.display(),
            summary.path,
            summary.taken_at,
            summary.bytes,
            counts(&summary.counts),
            head(summary.chain_head.as_ref())
        );
    }
    Ok(())
}

pub(crate) fn info(file: &Path, json: bool) -> Result<(), ApiError> {
    let preview = backup::preview_backup(file, crate::protection::passphrase()?)
        .map_err(|error| crate::protection::explain(file, error))?;
    if json {
        print_json(&preview);
    } else {
        print_preview(&preview);
    }
    Ok(())
}

/// Without `yes`, only shows what restoring would do.
pub(crate) fn restore(db: &Path, from: &Path, yes: bool) -> Result<(), ApiError> {
    let passphrase = crate::protection::passphrase()?;
    let plan = backup::plan_restore(db, from, &Clock::System, passphrase.clone())
        .map_err(|error| crate::protection::explain(from, error))?;
    print_preview(&plan.backup);
    if !yes {
        println!("\nrestoring would replace {}", plan.current);
        if let Some(aside) = &plan.kept_aside_as {
            println!("the current file would be kept as {aside}");
        }
        println!("nothing was changed; run again with --yes to restore");
        return Ok(());
    }
    let (restored, summary) = backup::restore(db, from, Clock::System, passphrase)?;
    restored.close()?;
    println!("\nrestored {} from {}", summary.path, summary.restored.path);
    if let Some(aside) = &summary.kept_aside_as {
        println!("the replaced file was kept as {aside}");
    }
    Ok(())
}

fn print_preview(preview: &BackupPreview) {
    let when = if preview.is_backup {
        "taken at"
    } else {
        "last changed"
    };
    println!(
        "{}\n  partnership: {}\n  {when}: {}\n  size: {} bytes\n  schema version: {}\n  {}\n  integrity: ok\n  {}",
        preview.path,
        preview.partnership_name,
        preview.taken_at,
        preview.bytes,
        preview.schema_version,
        counts(&preview.counts),
        head(preview.chain_head.as_ref())
    );
}

/// The chain head in full: it is what `pacta verify --against` is given later.
fn head(head: Option<&pacta_core::seal::ChainHead>) -> String {
    match head {
        Some(head) => format!(
            "chain head: {} ({} seals, the last on {})",
            head.chain,
            head.seals,
            head.sealed_at.get(..10).unwrap_or(&head.sealed_at)
        ),
        None => "chain head: none (no record is sealed yet)".to_string(),
    }
}

fn counts(counts: &BackupCounts) -> String {
    format!(
        "members: {}, agreements: {}, meetings: {}, votes: {}, matrices: {}",
        counts.members, counts.agreements, counts.meetings, counts.votes, counts.matrices
    )
}
