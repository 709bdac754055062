//! What every untrusted input must get: an answer or a typed refusal, never a panic and never
//! `Internal`. Shared by the proptest cases (`tests/robustness.rs`, run in CI) and the cargo-fuzz
//! targets (`fuzz/fuzz_targets/`), so both drive the same functions with the same demands.

#![allow(dead_code)] // Each fuzz target includes this file and uses only its own check.

use std::path::{Path, PathBuf};

use pacta_api::matrix_table::preview_matrix_import;
use pacta_api::member_import::{self, ImportAction};
use pacta_api::{demo, matrix_export, member_export, ApiError, Clock, ErrorCode, Partnership};
use pacta_core::matrix::RowLanguage;
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{describe, tally, Ballots, Protocol, Roll};

/// A fixed clock, so that two runs of a case do the same thing.
fn clock() -> Clock {
    Clock::Fixed("2026-03-02T09:00:00Z".into())
}

/// The demo partnership in a file, and a folder for the inputs written to disk (the member
/// import reads a path, as the app and the CLI give it one).
pub struct Scratch {
    dir: tempfile::TempDir,
    demo: PathBuf,
    /// The demo's members as the matrix import matches them: id, name, acronym.
    organisations: Vec<(i64, String, String)>,
    members: i64,
}

impl Scratch {
    pub fn new() -> Scratch {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let demo = dir.path().join("demo.pacta");
        let mut partnership = Partnership::create(&demo, "SEA Forum for Fishers", clock())
            .expect("the demo file is created");
        demo::load(&mut partnership).expect("the demo loads");
        let organisations = pacta_api::members::list(
            &partnership,
            &pacta_core::MemberQuery {
                limit: 1000,
                ..Default::default()
            },
        )
        .expect("members list")
        .rows
        .into_iter()
        .map(|row| (row.id, row.name, row.acronym))
        .collect();
        let members = partnership.info().expect("info").members;
        partnership.close().expect("the demo closes");
        Scratch {
            dir,
            demo,
            organisations,
            members,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A fresh copy of the demo to write into; the demo itself stays as it was.
    fn copy_of_demo(&self) -> Partnership {
        let copy = self.path("copy.pacta");
        let _ = std::fs::remove_file(&copy);
        std::fs::copy(&self.demo, &copy).expect("copy the demo");
        Partnership::open(&copy, clock()).expect("the copy opens")
    }

    /// Realistic starting points for mutation: the demo's members and matrix as the app
    /// exports them (CSV and Excel).
    pub fn seeds(&self) -> Seeds {
        let partnership = Partnership::open(&self.demo, clock()).expect("the demo opens");
        let read_back = |name: &str, export: &dyn Fn(&Path)| {
            let path = self.path(name);
            export(&path);
            let bytes = std::fs::read(&path).expect("the export reads back");
            std::fs::remove_file(&path).expect("remove the export");
            bytes
        };
        let members_csv = read_back("members.csv", &|path| {
            member_export::export(&partnership, path).expect("member export");
        });
        let members_xlsx = read_back("members.xlsx", &|path| {
            member_export::export(&partnership, path).expect("member export");
        });
        let matrix = matrix_export::printable(&partnership, 1, None, RowLanguage::En)
            .expect("the demo's matrix");
        let render = |format: &str| {
            matrix_export::render(&matrix, pacta_core::agreement::Paper::A4, format)
                .expect("matrix render")
        };
        let seeds = Seeds {
            members_csv,
            members_xlsx,
            matrix_csv: render("csv"),
            matrix_xlsx: render("xlsx"),
        };
        partnership.close().expect("the demo closes");
        seeds
    }
}

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch::new()
    }
}

pub struct Seeds {
    pub members_csv: Vec<u8>,
    pub members_xlsx: Vec<u8>,
    pub matrix_csv: Vec<u8>,
    pub matrix_xlsx: Vec<u8>,
}

/// A refusal the UI can explain: a code other than `Internal`, and words for it.
fn assert_typed(error: &ApiError, allowed: &[ErrorCode], input: &str) {
    assert!(
        allowed.contains(&error.code),
        "{input}: unexpected {:?}: {}",
        error.code,
        error.message
    );
    assert!(
        !error.message.trim().is_empty(),
        "{input}: a refusal without words"
    );
    for detail in &error.details {
        assert!(
            !detail.message.trim().is_empty(),
            "{input}: a detail without words"
        );
    }
}

/// What reading and judging a member file may refuse with.
const MEMBER_FILE_REFUSALS: &[ErrorCode] = &[
    ErrorCode::MissingColumn,
    ErrorCode::BadEncoding,
    ErrorCode::UnreadableSpreadsheet,
    ErrorCode::ImportHasErrors,
];

/// What writing the rows of an accepted preview may still refuse with: a rule only the
/// registry itself can apply (a name already taken, a member that left meanwhile).
const MEMBER_WRITE_REFUSALS: &[ErrorCode] = &[
    ErrorCode::DuplicateName,
    ErrorCode::NotFound,
    ErrorCode::StatusBeforeJoined,
    ErrorCode::ValidationFailed,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberFormat {
    Csv,
    Xlsx,
}

/// The member import on untrusted bytes, as the app runs it: the preview judges every row;
/// the import then writes every row or none, and says the same as the preview did.
pub fn member_import(scratch: &Scratch, bytes: &[u8], format: MemberFormat) {
    let (name, label) = match format {
        MemberFormat::Csv => ("members.csv", "member CSV"),
        MemberFormat::Xlsx => ("members.xlsx", "member workbook"),
    };
    let path = scratch.path(name);
    std::fs::write(&path, bytes).expect("write the input");
    // The preview reads the file first; what cannot be read never reaches the registry, so
    // only readable tables pay for a copy of the demo to judge and write into.
    if let Err(error) = pacta_api::member_table::read(&path) {
        assert_typed(&error, MEMBER_FILE_REFUSALS, label);
        return;
    }
    let mut copy = scratch.copy_of_demo();
    let preview = match member_import::preview(&copy, &path) {
        Ok(preview) => preview,
        Err(error) => {
            assert_typed(&error, MEMBER_FILE_REFUSALS, label);
            copy.close().expect("the copy closes");
            return;
        }
    };
    let counted = |action| preview.rows.iter().filter(|r| r.action == action).count();
    assert_eq!(counted(ImportAction::Add), preview.adds as usize);
    assert_eq!(counted(ImportAction::Update), preview.updates as usize);
    assert_eq!(counted(ImportAction::Invalid), preview.invalid as usize);
    for row in &preview.rows {
        assert_eq!(
            row.action == ImportAction::Invalid,
            !row.problems.is_empty(),
            "{label}: row {} is invalid exactly when it has problems",
            row.row
        );
        for problem in &row.problems {
            assert_eq!(
                problem.row,
                Some(row.row),
                "{label}: a problem names its row"
            );
            assert!(
                !problem.message.trim().is_empty(),
                "{label}: a problem in words"
            );
        }
    }

    let result = member_import::import(&mut copy, &path, &mut |_| {});
    let members = copy.info().expect("info").members;
    copy.close().expect("the copy closes");
    match result {
        Ok(summary) => {
            assert_eq!(
                preview.invalid, 0,
                "{label}: an import with invalid rows wrote"
            );
            assert_eq!(
                (summary.added, summary.updated),
                (preview.adds, preview.updates)
            );
            assert_eq!(members, scratch.members + i64::from(summary.added));
        }
        Err(error) => {
            if preview.invalid > 0 {
                assert_eq!(error.code, ErrorCode::ImportHasErrors, "{}", error.message);
            } else {
                assert_typed(&error, MEMBER_WRITE_REFUSALS, label);
            }
            assert_eq!(members, scratch.members, "{label}: a refused import wrote");
        }
    }
}

/// Splits a fuzz input into the three files of `pacta tally`: the bytes between 0xFF markers
/// (a byte that never occurs in UTF-8, so JSON text cannot contain it).
pub fn tally_parts(bytes: &[u8]) -> [&[u8]; 3] {
    let mut parts = bytes.splitn(3, |b| *b == 0xFF);
    [
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    ]
}

/// The tally as `pacta tally` runs it on three files: each parsed, then decided. Whatever the
/// input, a report that serialises and explains itself, or a refusal naming the reason.
pub fn tally_json(bytes: &[u8]) {
    let [protocol, roll, ballots] = tally_parts(bytes);
    let protocol: Protocol = match std::str::from_utf8(protocol) {
        Ok(text) => match text.trim().strip_prefix("preset:") {
            Some(name) => match Preset::parse(name) {
                Some(preset) => preset.protocol(),
                None => return,
            },
            None => match serde_json::from_str(text) {
                Ok(protocol) => protocol,
                Err(error) => return assert!(!error.to_string().is_empty()),
            },
        },
        Err(_) => return,
    };
    let roll: Roll = match serde_json::from_slice(roll) {
        Ok(roll) => roll,
        Err(error) => return assert!(!error.to_string().is_empty()),
    };
    let ballots: Ballots = match serde_json::from_slice(ballots) {
        Ok(ballots) => ballots,
        Err(error) => return assert!(!error.to_string().is_empty()),
    };
    let languages = pacta_messages::Locale::ALL.map(pacta_messages::Messages::of);
    if protocol.validate().is_ok() {
        for messages in languages {
            let words = describe(&protocol, messages);
            assert!(
                !words.trim().is_empty() && !words.contains("{$"),
                "a protocol in words: {words}"
            );
        }
    }
    match tally(&protocol, &roll, &ballots) {
        Ok(report) => {
            assert!(
                !report.explanation.trim().is_empty(),
                "a report explains itself"
            );
            for messages in languages {
                let words = pacta_core::voting::explain(&report, messages);
                assert!(!words.contains("{$"), "every placeholder filled: {words}");
            }
            let json = serde_json::to_string(&report).expect("a report serialises");
            assert!(json.starts_with('{'));
            let again = tally(&protocol, &roll, &ballots).expect("the same input tallies again");
            assert_eq!(again, report, "the tally is deterministic");
        }
        Err(invalid) => assert!(!invalid.to_string().trim().is_empty(), "a refusal in words"),
    }
}

/// What reading a matrix file may refuse with.
const MATRIX_REFUSALS: &[ErrorCode] = &[
    ErrorCode::MissingColumn,
    ErrorCode::BadEncoding,
    ErrorCode::UnreadableSpreadsheet,
    ErrorCode::InvalidMatrix,
];

/// The matrix import's preview on untrusted bytes, read as CSV and as a workbook: what it
/// accepts can be saved as it stands, and what it refuses it refuses in words.
pub fn matrix_import(scratch: &Scratch, bytes: &[u8]) {
    for name in ["raci.csv", "raci.xlsx"] {
        match preview_matrix_import(
            name,
            bytes,
            &scratch.organisations,
            "Coordination des refuges",
        ) {
            Ok(preview) => {
                if let Err(problems) = preview.content.validate() {
                    panic!(
                        "{name}: the preview accepted a matrix that cannot be saved: {problems:?}"
                    );
                }
            }
            Err(error) => assert_typed(&error, MATRIX_REFUSALS, name),
        }
    }
}

/// The worked examples of docs/voting.md as tally inputs (protocol, roll and ballots joined by
/// 0xFF), presets also written out as JSON: the documented formats are where mutation starts.
pub fn documented_tallies(docs: &str) -> Vec<Vec<u8>> {
    let mut inputs = Vec::new();
    for section in docs.split("<!-- example ").skip(1) {
        let block = |label: &str| -> Option<&str> {
            let start = section.find(&format!("```{label}\n"))? + label.len() + 4;
            let end = start + section[start..].find("\n```")?;
            Some(&section[start..end])
        };
        let protocol = match block("json protocol") {
            Some(json) => json.to_string(),
            None => {
                let marker = "`--protocol ";
                let Some(start) = section.find(marker).map(|at| at + marker.len()) else {
                    continue;
                };
                let Some(length) = section[start..].find('`') else {
                    continue;
                };
                section[start..start + length].to_string()
            }
        };
        let (Some(roll), Some(ballots)) = (block("json roll"), block("json ballots")) else {
            continue;
        };
        let mut protocols = vec![protocol.clone()];
        // A preset spelled out as JSON too, so that mutation reaches its every rule.
        if let Some(preset) = protocol.strip_prefix("preset:").and_then(Preset::parse) {
            protocols
                .push(serde_json::to_string(&preset.protocol()).expect("a protocol serialises"));
        }
        for protocol in protocols {
            let mut input = protocol.into_bytes();
            input.push(0xFF);
            input.extend_from_slice(roll.as_bytes());
            input.push(0xFF);
            input.extend_from_slice(ballots.as_bytes());
            inputs.push(input);
        }
    }
    inputs
}
