//! `pacta`: the partnership registry from the command line, over the same use cases as the app.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod activity;
mod agreement_word;
mod agreements;
mod backup;
mod bundle;
mod erasure;
mod exit_status;
mod language;
mod matrices;
mod meetings;
mod member_directory;
mod member_import;
mod missing_characters;
mod protection;
mod tally;
mod verify;
mod votes;

use pacta_api::{bodies, demo, member_export, members, ApiError, Clock, Partnership};
use pacta_core::MemberQuery;

#[derive(Parser)]
#[command(
    name = "pacta",
    version,
    about = "Pacta: the registry, agreements and meetings of an anti-trafficking partnership"
)]
struct Cli {
    /// The partnership file (*.pacta).
    #[arg(long, env = "PACTA_DB", global = true)]
    db: Option<PathBuf>,
    /// For a file protected with a passphrase: a file whose first line is the passphrase
    /// (otherwise the environment variable PACTA_PASSPHRASE is used).
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    /// The language of everything printed, documents included: en, fr or nl (en+fr prints an
    /// agreement in both). By default the session's locale.
    #[arg(long, env = "PACTA_LANG", global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Decide a motion from JSON files, without a partnership file (see docs/voting.md).
    Tally {
        /// The voting protocol (JSON), or `preset:NAME` (e.g. preset:two_thirds).
        #[arg(long)]
        protocol: String,
        /// The roll: members, presence, proxies (JSON).
        #[arg(long)]
        roll: PathBuf,
        /// The ballots: roll call, show of hands or secret (JSON).
        #[arg(long)]
        ballots: PathBuf,
        /// Print the one-sentence explanation instead of the JSON report.
        #[arg(long)]
        explain: bool,
    },
    /// Create a new, empty partnership file.
    Init {
        #[arg(long)]
        name: String,
    },
    /// Fill an empty partnership with the SEA Forum for Fishers demo (created if missing).
    Demo,
    /// The partnership's name and counts.
    Info {
        #[arg(long)]
        json: bool,
    },
    /// The member registry.
    Members {
        #[command(subcommand)]
        command: MembersCommand,
    },
    /// The partnership's bodies.
    Bodies {
        #[command(subcommand)]
        command: BodiesCommand,
    },
    /// Import records from a file.
    Import {
        #[command(subcommand)]
        kind: ImportKind,
    },
    /// Export records to a file; the format follows the extension.
    Export {
        #[command(subcommand)]
        kind: ExportKind,
    },
    /// The bodies' voting protocols.
    Protocols {
        #[command(subcommand)]
        command: ProtocolsCommand,
    },
    /// Closed votes: record (tally and close in one step), list, show, correct.
    Votes {
        #[command(subcommand)]
        command: VotesCommand,
    },
    /// Agreements: list, show.
    Agreements {
        #[command(subcommand)]
        command: agreements::AgreementsCommand,
    },
    /// Responsibility matrices: list, show, check.
    Matrices {
        #[command(subcommand)]
        command: matrices::MatricesCommand,
    },
    /// Meetings: list, show.
    Meetings {
        #[command(subcommand)]
        command: meetings::MeetingsCommand,
    },
    /// The activity history, newest first: who changed what, and when. Filters combine;
    /// days are YYYY-MM-DD on this computer's calendar, both inclusive.
    Activity {
        /// A record kind: organisation, representative, membership, body, protocol, vote,
        /// agreement, meeting, matrix, library_clause or partnership.
        #[arg(long)]
        kind: Option<String>,
        /// The actor's name, exactly as recorded.
        #[arg(long)]
        actor: Option<String>,
        #[arg(long)]
        from: Option<String>,
        #[arg(long)]
        to: Option<String>,
        /// Words the summary must contain (case and accents ignored).
        #[arg(long)]
        text: Option<String>,
        /// At most this many entries (all by default).
        #[arg(long)]
        limit: Option<u32>,
        #[arg(long)]
        json: bool,
    },
    /// Check the tamper-evident record: every seal, and the chain (see docs/trust.md). Exit
    /// status 0 only when intact, 2 when something was found.
    Verify {
        /// A chain head kept outside the file (printed in a footer, recorded with a backup):
        /// at least its first 12 hex digits.
        #[arg(long)]
        against: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Write a consistent copy of the partnership file (safe while the app is open elsewhere).
    SaveCopy {
        #[arg(long)]
        out: PathBuf,
    },
    /// Back up the partnership file: an online copy kept only once it passes the integrity check
    /// (safe while the app is open).
    Backup {
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Replace the partnership file with a backup, keeping the replaced file aside. Shows what the
    /// backup holds; changes nothing without --yes.
    Restore {
        /// The backup to restore from.
        from: PathBuf,
        #[arg(long)]
        yes: bool,
    },
    /// What a backup holds (when it was taken, the partnership, counts), read without changing it.
    BackupInfo {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Encrypt the partnership file at rest with a new passphrase (from --new-passphrase-file
    /// or PACTA_NEW_PASSPHRASE; at least 8 characters). Without it, nobody can open the file.
    Protect {
        /// A file whose first line is the new passphrase.
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Re-encrypt a protected file with a new passphrase (the current one as for any command).
    ChangePassphrase {
        /// A file whose first line is the new passphrase.
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Remove the passphrase: the file becomes a plain SQLite file again.
    Unprotect,
}

#[derive(Subcommand)]
enum MembersCommand {
    /// List members, optionally searching names and representatives (accents ignored).
    List {
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "")]
        search: String,
    },
    /// Erase a representative's name, e-mail and phone on request; sealed records that name
    /// them stay verifiable (reported redacted). Shows what would be erased unless --yes.
    EraseRepresentative {
        /// The representative's id.
        id: i64,
        /// Why (the request and its date); kept in the file, so do not name the person.
        #[arg(long)]
        reason: String,
        #[arg(long)]
        yes: bool,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum BodiesCommand {
    /// List bodies with their number of members.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum ProtocolsCommand {
    /// The current version of every body's protocols.
    List {
        #[arg(long)]
        json: bool,
    },
    /// One protocol version, in full.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Adopt a protocol for a body (a new version when the name is taken).
    Set {
        #[arg(long)]
        body: i64,
        #[arg(long)]
        name: String,
        /// Start from a preset (simple_majority, two_thirds, ilo_decision, fsc_chambers…).
        #[arg(long, conflicts_with = "file")]
        preset: Option<String>,
        /// A protocol JSON file (see docs/voting.md).
        #[arg(long)]
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub(crate) enum VotesCommand {
    /// Tally a motion against the body's roll and close it, storing everything (or nothing).
    Record {
        #[arg(long)]
        body: i64,
        #[arg(long)]
        motion: String,
        /// The protocol by name, when the body has several.
        #[arg(long)]
        protocol: Option<String>,
        /// Attendance: organisation ids with `present` / `presiding`, and proxies.
        #[arg(long)]
        roll: PathBuf,
        #[arg(long)]
        ballots: PathBuf,
        /// Keep only anonymous ballot papers and the list of who voted.
        #[arg(long)]
        secret: bool,
    },
    /// Closed votes, newest first.
    List {
        #[arg(long)]
        body: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// One closed vote with its report.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Record a correction of a closed vote (the closed vote itself never changes).
    Correct {
        id: i64,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        roll: PathBuf,
        #[arg(long)]
        ballots: PathBuf,
    },
}

#[derive(Subcommand)]
enum ImportKind {
    /// Members from a spreadsheet (.csv, .txt, .xlsx, .xls, .ods); all rows or none. Without
    /// --mapping the file must use Pacta's own columns (those `export members` writes).
    Members {
        file: PathBuf,
        /// Check every row and show what would be added or updated; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Print the mapping Pacta suggests for this file's layout as JSON (docs/import.md),
        /// to edit and pass back with --mapping; import nothing.
        #[arg(long, conflicts_with_all = ["mapping", "dry_run"])]
        suggest_mapping: bool,
        /// Import with this mapping (JSON, docs/import.md) from the file's layout to Pacta's
        /// columns; a confirmed mapping is remembered for the next file of the same layout.
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// The worksheet of a workbook to read (by default the first that holds data).
        #[arg(long)]
        sheet: Option<String>,
    },
    /// A draft agreement from a Word file (.docx): sections from its headings, clauses from
    /// its paragraphs, parties recognised in the registry, tables as annexes.
    Agreement {
        file: PathBuf,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// A partner's edited copy (.docx) of an agreement Pacta exported: shows each clause's
    /// insertions, deletions and comments; writes only with --accept-all or --accept.
    Redline {
        agreement_id: i64,
        file: PathBuf,
        /// Take every changed clause (into the draft, or a new amendment when signed).
        #[arg(long, conflicts_with = "accept")]
        accept_all: bool,
        /// Take these clauses only (their ids, comma-separated); the others stay as stored.
        #[arg(long, value_delimiter = ',')]
        accept: Vec<u32>,
        /// Print the review as JSON.
        #[arg(long)]
        json: bool,
    },
    /// A portable bundle (.zip) into a NEW partnership file given by --db; refuses a file
    /// that exists. Every entry is checked and the seals verified before the file is kept.
    Bundle {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ExportKind {
    /// Members to a .csv or .xlsx file, or the member directory to a .pdf (members and their
    /// representatives with title, e-mail and phone, in --lang).
    Members {
        #[arg(long)]
        out: PathBuf,
        /// For a .pdf: group by constituency or by body.
        #[arg(long, default_value = "constituency")]
        group_by: String,
        /// For a .pdf: list suspended and withdrawn members too (only active ones otherwise).
        #[arg(long)]
        all: bool,
        /// For a .pdf: a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: String,
    },
    /// An agreement as a PDF ready to sign or a Word file to redline (.pdf or .docx).
    Agreement {
        id: i64,
        #[arg(long)]
        out: PathBuf,
        /// The version number (1 = the agreement's own text); the latest by default.
        #[arg(long)]
        version: Option<u32>,
        /// a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: String,
    },
    /// A responsibility matrix as PDF, coloured spreadsheet or CSV (.pdf, .xlsx or .csv).
    Matrix {
        id: i64,
        #[arg(long)]
        out: PathBuf,
        /// The version number; the latest by default.
        #[arg(long)]
        version: Option<u32>,
        /// a4 or letter (PDF only).
        #[arg(long, default_value = "a4")]
        paper: String,
    },
    /// A meeting's minutes as PDF.
    Minutes {
        id: i64,
        #[arg(long)]
        out: PathBuf,
        /// a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: String,
    },
    /// A meeting's convocation (the invitation letter with its agenda) as PDF.
    Convocation {
        id: i64,
        #[arg(long)]
        out: PathBuf,
        /// a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: String,
    },
    /// A meeting's invitation as an .ics calendar file.
    Ics {
        id: i64,
        #[arg(long)]
        out: PathBuf,
    },
    /// The whole partnership as a portable bundle (.zip): every table as JSON, every PDF,
    /// every stored paper (see docs/bundle.md).
    Bundle {
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    log_to_stderr();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let messages = language::messages();
            let error = error.in_language(messages);
            eprintln!(
                "{}",
                pacta_messages::message!(messages, "error-cli-line", message = &error.message)
            );
            for detail in error.details.iter().filter(|d| d.message != error.message) {
                eprintln!("  - {}", detail.message);
            }
            ExitCode::FAILURE
        }
    }
}

/// With `PACTA_LOG` set (`info`, `debug`, `pacta_store=trace`…), what the use cases log goes to
/// standard error; without it nothing is logged, and the output is the command's own alone.
fn log_to_stderr() {
    let Some(directives) = std::env::var("PACTA_LOG")
        .ok()
        .filter(|directives| !directives.trim().is_empty())
    else {
        return;
    };
    tracing_subscriber::fmt()
        .with_ansi(false)
        .with_env_filter(tracing_subscriber::EnvFilter::builder().parse_lossy(directives))
        .with_writer(std::io::stderr)
        // The first and only subscriber of the process: this cannot find another in place.
        .init();
}

fn run(cli: Cli) -> Result<(), ApiError> {
    protection::set_passphrase_file(cli.passphrase_file.clone());
    language::choose(cli.lang.as_deref())?;
    // A document's language may be two (en+fr); the reader's is its first.
    let document_lang = cli
        .lang
        .clone()
        .unwrap_or_else(|| language::locale().code().to_owned());
    if let Command::Tally {
        protocol,
        roll,
        ballots,
        explain,
    } = &cli.command
    {
        return tally::run(protocol, roll, ballots, *explain);
    }
    if let Command::BackupInfo { file, json } = &cli.command {
        return backup::info(file, *json);
    }
    let db = cli.db.ok_or_else(|| {
        ApiError::new(
            pacta_api::ErrorCode::FileMissing,
            pacta_api::Said::new("error-cli-no-db"),
        )
    })?;
    match cli.command {
        Command::Tally { .. } => unreachable!("handled before a partnership file is needed"),
        Command::Init { name } => {
            let partnership = Partnership::create(&db, &name, Clock::System)?;
            println!("created {} ({})", db.display(), partnership.info()?.name);
            partnership.close()
        }
        Command::Demo => {
            let mut partnership = protection::open_or_create(&db, "SEA Forum for Fishers")?;
            demo::load(&mut partnership)?;
            let info = partnership.info()?;
            println!(
                "{}: {} members in {} bodies",
                info.name, info.members, info.bodies
            );
            partnership.close()
        }
        Command::Info { json } => {
            let partnership = protection::open(&db)?;
            let info = partnership.info()?;
            if json {
                print_json(&info);
            } else {
                println!("{}\n  file: {}\n  members: {} ({} active)\n  representatives: {}\n  bodies: {}",
                    info.name, info.path, info.members, info.active_members, info.representatives, info.bodies);
                println!(
                    "  protected with a passphrase: {}",
                    if info.protected { "yes" } else { "no" }
                );
            }
            partnership.close()
        }
        Command::Members {
            command: MembersCommand::List { json, search },
        } => {
            let partnership = protection::open(&db)?;
            let rows = all_members(&partnership, &search)?;
            if json {
                print_json(&rows);
            } else {
                for row in &rows {
                    println!(
                        "{:>5}  {:<60}  {:<10}  {:<15}  {:<2}  {}",
                        row.id,
                        row.name,
                        row.acronym,
                        row.kind.code(),
                        row.country.as_deref().unwrap_or(""),
                        row.status.code()
                    );
                }
                println!("{} member(s)", rows.len());
            }
            partnership.close()
        }
        Command::Members {
            command:
                MembersCommand::EraseRepresentative {
                    id,
                    reason,
                    yes,
                    json,
                },
        } => erasure::erase_representative(&db, id, &reason, yes, json),
        Command::Bodies {
            command: BodiesCommand::List { json },
        } => {
            let partnership = protection::open(&db)?;
            let list = bodies::list(&partnership)?;
            if json {
                print_json(&list);
            } else {
                for body in &list {
                    println!(
                        "{:>4}  {:<6} {:<60} {} member(s)",
                        body.id, body.code, body.name, body.member_count
                    );
                }
            }
            partnership.close()
        }
        Command::Import {
            kind:
                ImportKind::Members {
                    file,
                    dry_run,
                    suggest_mapping,
                    mapping,
                    sheet,
                },
        } => member_import::run(
            &db,
            &file,
            member_import::Mode {
                dry_run,
                suggest_mapping,
                mapping,
                sheet,
            },
        ),
        Command::Export {
            kind:
                ExportKind::Members {
                    out,
                    group_by,
                    all,
                    paper,
                },
        } if member_directory::wanted(&out) => {
            member_directory::export(&db, &out, &group_by, all, &paper)
        }
        Command::Export {
            kind: ExportKind::Members { out, .. },
        } => {
            let partnership = protection::open(&db)?;
            let summary = member_export::export(&partnership, &out)?;
            println!("exported {} member(s) to {}", summary.rows, summary.path);
            partnership.close()
        }
        Command::Export {
            kind:
                ExportKind::Agreement {
                    id,
                    out,
                    version,
                    paper,
                },
        } => agreements::export(&db, id, &out, version, &paper, &document_lang),
        Command::Agreements { command } => agreements::agreements(&db, command),
        Command::Meetings { command } => meetings::meetings(&db, command),
        Command::Matrices { command } => matrices::matrices(&db, command),
        Command::Export {
            kind:
                ExportKind::Matrix {
                    id,
                    out,
                    version,
                    paper,
                },
        } => matrices::export(&db, id, &out, version, &paper, &document_lang),
        Command::Export {
            kind: ExportKind::Minutes { id, out, paper },
        } => meetings::export_minutes(&db, id, &out, &paper, &document_lang),
        Command::Export {
            kind: ExportKind::Convocation { id, out, paper },
        } => meetings::export_convocation(&db, id, &out, &paper, &document_lang),
        Command::Export {
            kind: ExportKind::Ics { id, out },
        } => meetings::export_ics(&db, id, &out),
        Command::Export {
            kind: ExportKind::Bundle { out, json },
        } => bundle::export(&db, &out, json),
        Command::Import {
            kind: ImportKind::Agreement { file, json },
        } => agreement_word::import(&db, &file, json),
        Command::Import {
            kind:
                ImportKind::Redline {
                    agreement_id,
                    file,
                    accept_all,
                    accept,
                    json,
                },
        } => agreement_word::redline(&db, agreement_id, &file, accept_all, accept, json),
        Command::Import {
            kind: ImportKind::Bundle { file, json },
        } => bundle::import(&db, &file, json),
        Command::Protocols { command } => votes::protocols(&db, command),
        Command::Votes { command } => votes::votes(&db, command),
        Command::Activity {
            kind,
            actor,
            from,
            to,
            text,
            limit,
            json,
        } => activity::run(
            &db,
            activity::Options {
                kind,
                actor,
                from,
                to,
                text,
                limit,
                json,
            },
        ),
        Command::Verify { against, json } => verify::run(&db, against.as_deref(), json),
        Command::BackupInfo { .. } => unreachable!("handled before a partnership file is needed"),
        Command::Backup { out, json } => backup::backup(&db, &out, json),
        Command::Restore { from, yes } => backup::restore(&db, &from, yes),
        Command::Protect {
            new_passphrase_file,
        } => protection::protect(&db, new_passphrase_file.as_deref()),
        Command::ChangePassphrase {
            new_passphrase_file,
        } => protection::change(&db, new_passphrase_file.as_deref()),
        Command::Unprotect => protection::unprotect(&db),
        Command::SaveCopy { out } => {
            let partnership = protection::open(&db)?;
            partnership.save_copy(&out)?;
            println!("saved a copy to {}", out.display());
            partnership.close()
        }
    }
}

fn all_members(
    partnership: &Partnership,
    search: &str,
) -> Result<Vec<pacta_core::MemberSummary>, ApiError> {
    let mut rows = Vec::new();
    loop {
        let query = MemberQuery {
            text: search.into(),
            offset: u32::try_from(rows.len()).unwrap_or(u32::MAX),
            limit: 1000,
            ..MemberQuery::default()
        };
        let page = members::list(partnership, &query)?;
        let done = page.rows.is_empty() || rows.len() + page.rows.len() >= page.total as usize;
        rows.extend(page.rows);
        if done {
            return Ok(rows);
        }
    }
}

pub(crate) fn print_json<T: serde::Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("plain data serialises")
    );
}
