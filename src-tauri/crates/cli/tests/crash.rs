//! Crash safety: `pacta` is killed with SIGKILL at random moments of a 10,000-member import and
//! of `votes record`. After every kill the file must open through the app's own path, SQLite
//! must find it whole, `pacta verify` must find the seal chain intact, and the write must be
//! all there or not there at all.
//!
//! `PACTA_CRASH_TRIALS` sets the number of kills per scenario (10 by default, which CI runs);
//! `PACTA_CRASH_SEED` replays a run; `scripts/crash.sh` runs 100 and prints the summary.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use pacta_api::{bodies, voting, Clock, Partnership};

const IMPORTED_MEMBERS: i64 = 10_000;

/// The moments are drawn from this range of the measured duration: the tail past 100 % lets
/// some kills land on a process that has already finished, as a user's would.
const SPREAD: f64 = 1.15;

/// SplitMix64: a seeded, dependency-free source of kill moments, so a failing run can be
/// replayed with its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A value in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn trial_count() -> usize {
    std::env::var("PACTA_CRASH_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10)
}

fn seed(scenario: u64) -> u64 {
    let base = std::env::var("PACTA_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5041_4354);
    base ^ scenario
}

fn pacta() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pacta"));
    command.env("PACTA_LANG", "en");
    command.env_remove("PACTA_DB").env_remove("RUST_BACKTRACE");
    command
}

fn run_ok(args: &[&str]) -> String {
    let output = pacta().args(args).output().expect("the pacta binary runs");
    assert!(
        output.status.success(),
        "pacta {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

fn text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// What a write must leave: the counts before it, and what it adds when it lands whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Counts {
    members: i64,
    representatives: i64,
    votes: i64,
    activity: i64,
}

/// Opens the file the way the app and the CLI do (after a kill this is the recovery path),
/// reads the counts, and closes it again.
fn counts_through_the_app(db: &Path) -> Counts {
    let partnership = Partnership::open(db, Clock::System)
        .unwrap_or_else(|error| panic!("{} does not open after the kill: {error:?}", db.display()));
    let info = partnership.info().expect("info reads");
    let votes = voting::list(&partnership, None).expect("votes list").len();
    partnership.close().expect("the file closes");
    let raw = rusqlite::Connection::open(db).expect("sqlite opens");
    let activity = raw
        .query_row("SELECT count(*) FROM activity", [], |row| row.get(0))
        .expect("activity counts");
    Counts {
        members: info.members,
        representatives: info.representatives,
        votes: i64::try_from(votes).expect("few votes"),
        activity,
    }
}

/// SQLite's own full check, the foreign keys, and the search index kept in step with the
/// registry (the store writes both in one transaction).
fn assert_whole(db: &Path) {
    let conn = rusqlite::Connection::open(db).expect("sqlite opens");
    let verdicts: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
        .expect("integrity_check runs");
    assert_eq!(verdicts, ["ok"], "{}: integrity_check", db.display());
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
            row.get(0)
        })
        .expect("foreign_key_check runs");
    assert_eq!(dangling, 0, "{}: foreign keys", db.display());
    let (organisations, indexed): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM organisations), (SELECT count(*) FROM member_search)",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .expect("counts");
    assert_eq!(
        organisations, indexed,
        "the search index follows the registry"
    );
}

/// The seal chain's own check (`pacta verify`): every sealed record unchanged, the chain whole,
/// every final record sealed.
fn assert_seal_chain_verifies(db: &Path) {
    let output = pacta()
        .args(["--db", text(db), "verify"])
        .output()
        .expect("pacta verify runs");
    assert!(
        output.status.success(),
        "pacta verify fails on {} after the kill:\n{}{}",
        db.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// One kind of write to interrupt.
struct Scenario<'a> {
    name: &'static str,
    args: Vec<String>,
    /// Lines the program prints as it passes each phase, with the phase they open.
    markers: &'a [(&'a str, Phase)],
    /// The phase before the first marker.
    first: Phase,
    /// Counts once the write has landed, given the counts before (the activity log's growth
    /// is taken from an uninterrupted run).
    landed: fn(Counts) -> Counts,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    /// Still reading and checking its input: nothing may have been written.
    BeforeWriting,
    /// Running, with no sign yet of how far: the write may or may not have begun.
    Running,
    /// Inside the transaction, or between its start and its reported commit.
    Writing,
    /// The commit was reported; the program was checkpointing and closing.
    AfterCommit,
    /// The program had already exited when the kill came.
    Exited,
}

impl Phase {
    fn label(self) -> &'static str {
        match self {
            Phase::BeforeWriting => "killed before writing",
            Phase::Running => "killed before the commit was reported",
            Phase::Writing => "killed mid-write",
            Phase::AfterCommit => "killed after the commit",
            Phase::Exited => "finished before the kill",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Nothing,
    All,
}

struct Trial {
    delay: Duration,
    phase: Phase,
    outcome: Outcome,
    wal_left: bool,
}

/// Starts the write, kills it after `delay` unless it already ended, and says how far it got.
fn interrupt(scenario: &Scenario, db: &Path, delay: Duration) -> (Phase, Duration) {
    let started = Instant::now();
    let mut child = pacta()
        .args(["--db", text(db)])
        .args(&scenario.args)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(stderr_path(db)).expect("stderr file"))
        .spawn()
        .expect("pacta starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let markers: Vec<(String, Phase)> = scenario
        .markers
        .iter()
        .map(|(marker, phase)| (marker.to_string(), *phase))
        .collect();
    let first = scenario.first;
    // Everything the program printed before it died is still in the pipe, so the reader sees
    // exactly the phases it reached.
    let reader = thread::spawn(move || {
        let mut reached = first;
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            for (marker, phase) in &markers {
                if line.contains(marker.as_str()) {
                    reached = reached.max(*phase);
                }
            }
        }
        reached
    });
    // Short naps rather than one sleep: a write that ends early is noticed, and the
    // uninterrupted run (an unreachable delay) returns as soon as the program does.
    let mut exited_first = false;
    while started.elapsed() < delay {
        if child.try_wait().expect("try_wait").is_some() {
            exited_first = true;
            break;
        }
        thread::sleep((delay - started.elapsed().min(delay)).min(Duration::from_millis(2)));
    }
    let exited_first = exited_first || child.try_wait().expect("try_wait").is_some();
    if !exited_first {
        // std's kill is SIGKILL on Unix: no handler, no unwinding, no checkpoint.
        child.kill().expect("SIGKILL");
    }
    let status = child.wait().expect("wait");
    let elapsed = started.elapsed();
    let reached = reader.join().expect("the reader ends with the pipe");
    if exited_first {
        assert!(
            status.success(),
            "{}: pacta failed on its own:\n{}",
            scenario.name,
            std::fs::read_to_string(stderr_path(db)).unwrap_or_default()
        );
        (Phase::Exited, elapsed)
    } else {
        (reached, elapsed)
    }
}

fn stderr_path(db: &Path) -> PathBuf {
    db.with_extension("stderr")
}

fn remove_database(db: &Path) {
    let _ = std::fs::remove_file(stderr_path(db));
    for suffix in ["", "-wal", "-shm"] {
        let mut name = db.as_os_str().to_os_string();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}

fn run_scenario(scenario: &Scenario, base: &Path, work: &Path, seed: u64) -> Vec<Trial> {
    let before = counts_through_the_app(base);
    let after = (scenario.landed)(before);
    let db = work.join(format!("{}.pacta", scenario.name));

    // One uninterrupted run measures the write, and shows what "all" looks like.
    std::fs::copy(base, &db).expect("copy");
    let (phase, measured) = interrupt(scenario, &db, Duration::from_secs(3600));
    assert_eq!(phase, Phase::Exited);
    let whole = counts_through_the_app(&db);
    // The activity log grows by however many rows the use case logs; the rest is fixed.
    let after = Counts {
        activity: whole.activity,
        ..after
    };
    assert_eq!(whole, after, "{}: the full write", scenario.name);
    assert!(whole.activity > before.activity, "the write is logged");
    remove_database(&db);

    let mut rng = Rng(seed);
    let mut trials = Vec::new();
    for index in 0..trial_count() {
        std::fs::copy(base, &db).expect("copy");
        let delay = measured.mul_f64(rng.unit() * SPREAD);
        let (phase, _) = interrupt(scenario, &db, delay);
        let wal_left = std::fs::metadata(wal_path(&db)).is_ok_and(|m| m.len() > 0);
        let found = counts_through_the_app(&db);
        let outcome = if found == before {
            Outcome::Nothing
        } else if found == after {
            Outcome::All
        } else {
            panic!(
                "{} trial {index} ({}, {delay:?}, seed {seed}): a partial write: \
                 before {before:?}, after the kill {found:?}, whole {after:?}",
                scenario.name,
                phase.label()
            );
        };
        match phase {
            Phase::BeforeWriting => assert_eq!(outcome, Outcome::Nothing, "trial {index}"),
            Phase::AfterCommit | Phase::Exited => {
                assert_eq!(
                    outcome,
                    Outcome::All,
                    "trial {index}: a reported commit is kept"
                )
            }
            Phase::Running | Phase::Writing => {}
        }
        assert_whole(&db);
        assert_seal_chain_verifies(&db);
        trials.push(Trial {
            delay,
            phase,
            outcome,
            wal_left,
        });
        remove_database(&db);
    }
    report(scenario.name, seed, measured, &trials);
    trials
}

fn wal_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push("-wal");
    PathBuf::from(name)
}

/// One line per scenario that `scripts/crash.sh` collects (`crash-summary:` prefix).
fn report(name: &str, seed: u64, measured: Duration, trials: &[Trial]) {
    let count = |phase: Phase, outcome: Outcome| {
        trials
            .iter()
            .filter(|t| t.phase == phase && t.outcome == outcome)
            .count()
    };
    let mut phases = Vec::new();
    for phase in [
        Phase::BeforeWriting,
        Phase::Running,
        Phase::Writing,
        Phase::AfterCommit,
        Phase::Exited,
    ] {
        let (nothing, all) = (count(phase, Outcome::Nothing), count(phase, Outcome::All));
        if nothing + all > 0 {
            phases.push(format!(
                "{}: {} (nothing {nothing}, all {all})",
                phase.label(),
                nothing + all
            ));
        }
    }
    let wal = trials.iter().filter(|t| t.wal_left).count();
    let longest = trials.iter().map(|t| t.delay).max().unwrap_or_default();
    println!(
        "crash-summary: {name}: {} trials, seed {seed}, write measured at {measured:.2?}, \
         kills up to {longest:.2?}; {}; recovered from a leftover WAL {wal}; after every \
         kill the file opened, integrity_check ok, pacta verify intact, all or nothing",
        trials.len(),
        phases.join("; "),
    );
}

fn big_csv(path: &Path) {
    // Accents, apostrophes and quoted commas: the same text paths a real registry exercises.
    let mut csv = String::from(
        "name,acronym,kind,country,pillars,joined_on,notes,representative_name,representative_email\n",
    );
    let kinds = ["civil_society", "trade_union", "employers", "government"];
    let countries = ["TL", "VN", "TH", "KH", "PH", "ID"];
    for i in 0..IMPORTED_MEMBERS {
        let i = usize::try_from(i).expect("small");
        csv.push_str(&format!(
            "Associação n.º {i} de São Tomé,AST{i},{},{},protection;prevention,2024-03-01,\
             \"Réseau d’appui, antenne {i}\",Nguyễn Thị Hương {i},contact{i}@example.org\n",
            kinds[i % kinds.len()],
            countries[i % countries.len()],
        ));
    }
    std::fs::write(path, csv).expect("write the CSV");
}

fn demo(dir: &Path) -> PathBuf {
    let base = dir.join("base.pacta");
    run_ok(&["--db", text(&base), "demo"]);
    base
}

#[test]
fn a_killed_import_leaves_every_member_or_none() {
    let dir = tempfile::tempdir().unwrap();
    let base = demo(dir.path());
    let csv = dir.path().join("big.csv");
    big_csv(&csv);
    let scenario = Scenario {
        name: "import",
        args: vec!["import".into(), "members".into(), text(&csv).into()],
        markers: &[
            (" to add, ", Phase::Writing),
            ("imported: ", Phase::AfterCommit),
        ],
        first: Phase::BeforeWriting,
        landed: |before| Counts {
            members: before.members + IMPORTED_MEMBERS,
            representatives: before.representatives + IMPORTED_MEMBERS,
            ..before
        },
    };
    let trials = run_scenario(&scenario, &base, dir.path(), seed(1));
    assert_eq!(trials.len(), trial_count());
}

#[test]
fn a_killed_vote_is_recorded_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let base = demo(dir.path());
    let partnership = Partnership::open(&base, Clock::System).unwrap();
    let committee = bodies::list(&partnership)
        .unwrap()
        .into_iter()
        .find(|b| b.code == "EC")
        .expect("the demo's executive committee")
        .id;
    partnership.close().unwrap();
    let roll = dir.path().join("roll.json");
    std::fs::write(
        &roll,
        r#"{"members":[{"id":"5","role":"voting_member","present":true},{"id":"6","role":"voting_member","present":true},{"id":"9","role":"voting_member","present":true}]}"#,
    )
    .unwrap();
    let ballots = dir.path().join("ballots.json");
    std::fs::write(
        &ballots,
        r#"{"kind":"roll_call","ballots":[{"member":"5","choice":"yes"},{"member":"6","choice":"yes"},{"member":"9","choice":"abstain"}]}"#,
    )
    .unwrap();
    let scenario = Scenario {
        name: "votes-record",
        args: vec![
            "votes".into(),
            "record".into(),
            "--body".into(),
            committee.to_string(),
            "--motion".into(),
            "Adopter le rapport du Comité exécutif".into(),
            "--roll".into(),
            text(&roll).into(),
            "--ballots".into(),
            text(&ballots).into(),
        ],
        markers: &[(" closed: ", Phase::AfterCommit)],
        first: Phase::Running,
        landed: |before| Counts {
            votes: before.votes + 1,
            ..before
        },
    };
    let trials = run_scenario(&scenario, &base, dir.path(), seed(2));
    assert_eq!(trials.len(), trial_count());
}
