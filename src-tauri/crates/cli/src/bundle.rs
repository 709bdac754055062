//! `pacta export bundle` and `pacta import bundle`: the whole partnership as one zip file —
//! its tables as JSON, the PDFs of its agreements, minutes and matrices, its stored papers —
//! and that zip back into a new partnership file (see docs/bundle.md).

use std::path::Path;

use pacta_api::bundle;
use pacta_api::{ApiError, Clock};

use crate::print_json;

pub(crate) fn export(db: &Path, out: &Path, json: bool) -> Result<(), ApiError> {
    // A file protected with a passphrase opens as for any command (--passphrase-file).
    let partnership = crate::protection::open(db)?;
    // A protected file's bundle is protected too, with the same passphrase: never a plain copy
    // of what the file keeps encrypted.
    let passphrase = if partnership.is_protected() {
        crate::protection::passphrase()?
    } else {
        None
    };
    let summary = bundle::export_bundle_with(&partnership, out, passphrase.as_ref())?;
    partnership.close()?;
    if json {
        print_json(&summary);
        return Ok(());
    }
    println!("exported {} to {}", db.display(), summary.path);
    println!("  tables: {} ({} rows)", summary.tables, summary.rows);
    println!("  PDFs: {}", summary.pdfs);
    println!("  attachments: {}", summary.attachments);
    println!("  size: {} bytes", summary.bytes);
    if summary.protected {
        println!("  protected: yes, with the partnership file's passphrase (AES-256)");
    }
    match &summary.chain_head {
        Some(head) => println!(
            "  chain head: {} ({} seals, the latest {})",
            head.short, head.seals, head.sealed_at
        ),
        None => println!("  chain head: none (no record is final yet)"),
    }
    Ok(())
}

pub(crate) fn import(db: &Path, file: &Path, json: bool) -> Result<(), ApiError> {
    // A protected bundle opens with the passphrase given as for a protected file.
    let passphrase = crate::protection::passphrase()?;
    let imported = bundle::import_bundle_with(file, db, passphrase.as_ref(), &Clock::System)?;
    if json {
        print_json(&imported);
        return Ok(());
    }
    println!(
        "imported {} into the new file {}",
        file.display(),
        imported.path
    );
    println!("  partnership: {}", imported.partnership);
    println!(
        "  made: {} by Pacta {} (schema {})",
        imported.created_at, imported.app_version, imported.schema_version
    );
    println!("  tables: {} ({} rows)", imported.tables, imported.rows);
    println!(
        "  checked against the manifest: {} PDFs, {} attachments",
        imported.pdfs, imported.attachments
    );
    match &imported.chain_head {
        Some(head) => println!(
            "  seals: intact, chain head {} ({} seals)",
            head.short, head.seals
        ),
        None => println!("  seals: none yet"),
    }
    if imported.protected {
        println!("  protected: yes, with the bundle's passphrase");
    }
    Ok(())
}
