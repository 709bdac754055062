//! Encryption at rest through the use cases, on real files: the demo partnership protected,
//! refused without its passphrase or with a wrong one (the file unchanged), read whole with
//! it (accent-insensitive search included), its passphrase changed and removed, its backups
//! encrypted, and every conversion all or nothing.

mod common;

use common::{code, mekong_forum, names, organisation, ACCENTED};
use std::path::{Path, PathBuf};
use std::time::Instant;

use pacta_api::backup;
use pacta_api::protection::{self, ProtectionSettings};
use pacta_api::{members, verify, Clock, ErrorCode, Partnership, PartnershipInfo, Passphrase};

const NOW: &str = "2026-11-25T10:00:00Z";
const SECRET: &str = "Vinte e cinco de Abril, sempre";
const NEW_SECRET: &str = "Mekong at dawn, 2027";

fn clock() -> Clock {
    Clock::Fixed(NOW.into())
}

fn pass(text: &str) -> Passphrase {
    Passphrase::new(text)
}

/// The file's bytes, to show that a refusal changed none of them.
fn sha256(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

fn assert_no_plaintext(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        !bytes.starts_with(b"SQLite format 3\0"),
        "{}",
        path.display()
    );
    for needle in [
        "SQLite format 3",
        ACCENTED,
        "Đà Nẵng",
        "Nguyễn Thị Hương",
        "Mekong Forum",
        SECRET,
        NEW_SECRET,
    ] {
        assert!(
            !contains(&bytes, needle.as_bytes()),
            "{} holds {needle:?} in plaintext",
            path.display()
        );
    }
}

/// What the partnership holds, without where it is or how it is kept.
fn contents(partnership: &Partnership) -> (PartnershipInfo, Vec<String>, Vec<String>) {
    let mut info = partnership.info().unwrap();
    info.path.clear();
    info.protected = false;
    (
        info,
        names(partnership, "vitimas da nang"),
        names(partnership, ""),
    )
}

/// The activity rows of a file as (action, summary, changes), read with SQLite directly.
fn activity(path: &Path, passphrase: Option<&str>) -> Vec<(String, String, String)> {
    let conn = rusqlite::Connection::open(path).unwrap();
    if let Some(passphrase) = passphrase {
        conn.pragma_update(None, "key", passphrase).unwrap();
    }
    let mut statement = conn
        .prepare("SELECT action, summary, changes FROM activity ORDER BY id")
        .unwrap();
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_demo_protected_holds_no_plaintext_and_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    let before = contents(&partnership);
    assert_eq!(before.1, [ACCENTED], "found without its accents");
    assert!(!partnership.info().unwrap().protected);

    protection::protect(&mut partnership, pass(SECRET)).unwrap();
    assert!(partnership.is_protected() && partnership.info().unwrap().protected);
    assert_eq!(
        contents(&partnership),
        before,
        "the open partnership reads on"
    );
    // A change made now goes to the write-ahead log, encrypted as well.
    let newcomer = "Zé Ninguém — Ação Solidária";
    members::create(&mut partnership, &organisation(newcomer)).unwrap();
    let log = std::fs::read(dir.path().join("Mekong Forum.pacta-wal")).unwrap();
    assert!(log.len() > 4096, "the change is in the log");
    assert!(!contains(&log, newcomer.as_bytes()) && !contains(&log, ACCENTED.as_bytes()));
    let mut before = before;
    before.0.members += 1;
    before.0.active_members += 1;
    before.2 = names(&partnership, "");
    partnership.close().unwrap();
    assert_eq!(names_in(dir.path()), ["Mekong Forum.pacta"]);
    assert_no_plaintext(&path);

    let sealed = sha256(&path);
    let refused = Partnership::open(&path, clock()).err().unwrap();
    assert_eq!(refused.code, ErrorCode::PassphraseRequired);
    assert_eq!(
        refused.message,
        format!("{} is protected with a passphrase", path.display())
    );
    let wrong = Partnership::open_protected(&path, clock(), pass("Vinte e cinco de Abril"))
        .err()
        .unwrap();
    assert_eq!(wrong.code, ErrorCode::WrongPassphrase);
    assert!(wrong
        .message
        .starts_with(&format!("The passphrase does not open {}", path.display())));
    assert_eq!(sha256(&path), sealed, "a refused opening changes nothing");
    assert_eq!(names_in(dir.path()), ["Mekong Forum.pacta"]);

    let partnership = Partnership::open_protected(&path, clock(), pass(SECRET)).unwrap();
    assert!(partnership.info().unwrap().protected);
    assert_eq!(contents(&partnership), before);
    assert!(verify::verify(&partnership, None).unwrap().intact);
    assert_eq!(
        protection::settings(&partnership).unwrap(),
        ProtectionSettings {
            protected: true,
            idle_lock_minutes: protection::DEFAULT_IDLE_LOCK_MINUTES
        }
    );
    partnership.close().unwrap();
    assert_no_plaintext(&path);

    let log = activity(&path, Some(SECRET));
    let actions: Vec<&str> = log.iter().map(|(action, _, _)| action.as_str()).collect();
    assert_eq!(actions[actions.len() - 2..], ["protect", "create"]);
    let (_, summary, changes) = &log[log.len() - 2];
    assert!(summary.contains("passphrase"), "{summary}");
    let changes: serde_json::Value = serde_json::from_str(changes).unwrap();
    assert_eq!(changes["protected"], serde_json::json!([false, true]));
    // The sentence is kept as a message, to be read in each reader's language.
    assert_eq!(changes["$message"]["id"], "activity-file-protected");
    for row in &log {
        let text = format!("{row:?}");
        assert!(!text.contains(SECRET), "the passphrase in the log: {text}");
    }
}

#[test]
fn a_short_passphrase_is_refused_in_words_that_do_not_repeat_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    let short = protection::protect(&mut partnership, pass("seven77")).unwrap_err();
    assert_eq!(short.code, ErrorCode::Invalid);
    assert_eq!(short.details.len(), 1);
    assert_eq!(short.details[0].code, ErrorCode::Invalid);
    assert!(
        short.message.contains("at least 8 characters"),
        "{}",
        short.message
    );
    assert!(!format!("{short:?}").contains("seven77"));
    // Counted in characters, not bytes: seven accented letters are fourteen bytes.
    assert_eq!(
        code(protection::protect(&mut partnership, pass("ããããããã"))),
        ErrorCode::Invalid
    );
    assert!(!partnership.is_protected());
    partnership.close().unwrap();
    assert!(std::fs::read(&path)
        .unwrap()
        .starts_with(b"SQLite format 3\0"));
}

#[test]
fn refusals_of_a_plain_and_of_a_protected_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    assert_eq!(
        code(protection::protect(&mut partnership, pass("seven77"))),
        ErrorCode::Invalid
    );
    assert_eq!(
        code(protection::unprotect(&mut partnership, pass(SECRET))),
        ErrorCode::Invalid
    );
    assert_eq!(
        code(protection::change_passphrase(
            &mut partnership,
            pass(SECRET),
            pass(NEW_SECRET)
        )),
        ErrorCode::Invalid
    );
    assert!(!partnership.is_protected());
    protection::protect(&mut partnership, pass("ãããããããã")).unwrap();
    let sealed = {
        partnership.close().unwrap();
        sha256(&path)
    };
    let mut partnership = Partnership::open_protected(&path, clock(), pass("ãããããããã")).unwrap();
    assert_eq!(
        code(protection::protect(&mut partnership, pass(SECRET))),
        ErrorCode::Invalid,
        "already protected"
    );
    assert_eq!(
        code(protection::change_passphrase(
            &mut partnership,
            pass(SECRET),
            pass(NEW_SECRET)
        )),
        ErrorCode::WrongPassphrase
    );
    assert_eq!(
        code(protection::change_passphrase(
            &mut partnership,
            pass("ãããããããã"),
            pass("short")
        )),
        ErrorCode::Invalid
    );
    assert_eq!(
        code(protection::change_passphrase(
            &mut partnership,
            pass("ãããããããã"),
            pass("ãããããããã")
        )),
        ErrorCode::Invalid
    );
    assert_eq!(
        code(protection::unprotect(&mut partnership, pass(SECRET))),
        ErrorCode::WrongPassphrase
    );
    partnership.close().unwrap();
    assert_eq!(sha256(&path), sealed);
}

#[test]
fn the_passphrase_changes_then_comes_off() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    let before = contents(&partnership);
    protection::protect(&mut partnership, pass(SECRET)).unwrap();
    protection::change_passphrase(&mut partnership, pass(SECRET), pass(NEW_SECRET)).unwrap();
    assert_eq!(
        partnership
            .passphrase()
            .map(|p| format!("{p:?}"))
            .as_deref(),
        Some("Passphrase(…)")
    );
    assert_eq!(contents(&partnership), before);
    partnership.close().unwrap();
    assert_no_plaintext(&path);
    assert_eq!(
        code(Partnership::open_protected(&path, clock(), pass(SECRET))),
        ErrorCode::WrongPassphrase
    );
    let mut partnership = Partnership::open_protected(&path, clock(), pass(NEW_SECRET)).unwrap();
    assert_eq!(contents(&partnership), before);

    protection::unprotect(&mut partnership, pass(NEW_SECRET)).unwrap();
    assert!(!partnership.info().unwrap().protected);
    assert_eq!(contents(&partnership), before);
    partnership.close().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"));
    assert!(contains(&bytes, ACCENTED.as_bytes()), "plain again");
    assert!(!contains(&bytes, SECRET.as_bytes()) && !contains(&bytes, NEW_SECRET.as_bytes()));
    let partnership = Partnership::open(&path, clock()).unwrap();
    assert_eq!(contents(&partnership), before);
    partnership.close().unwrap();

    let actions: Vec<String> = activity(&path, None)
        .into_iter()
        .map(|(action, _, _)| action)
        .rev()
        .take(3)
        .collect();
    assert_eq!(actions, ["unprotect", "change_passphrase", "protect"]);
    assert_eq!(names_in(dir.path()), ["Mekong Forum.pacta"]);
}

#[test]
fn a_protect_that_fails_leaves_the_file_plain_open_and_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    let before = contents(&partnership);
    // The new file cannot be written: something else holds its name.
    let blocker = dir.path().join("Mekong Forum.pacta.converting");
    std::fs::create_dir(&blocker).unwrap();
    std::fs::write(blocker.join("in the way"), b"x").unwrap();
    let error = protection::protect(&mut partnership, pass(SECRET)).unwrap_err();
    assert_eq!(error.code, ErrorCode::Io, "{error:?}");
    assert!(!partnership.is_protected());
    assert_eq!(contents(&partnership), before, "still open, still whole");
    partnership.close().unwrap();
    let plain = sha256(&path);
    std::fs::remove_dir_all(&blocker).unwrap();
    let partnership = Partnership::open(&path, clock()).unwrap();
    assert_eq!(contents(&partnership), before);
    partnership.close().unwrap();
    assert_eq!(sha256(&path), plain);
    assert!(!activity(&path, None)
        .iter()
        .any(|(action, _, _)| action == "protect"));
}

#[test]
fn backups_of_a_protected_file_are_encrypted_and_restore_with_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    let before = contents(&partnership);
    let plain_counts = backup::preview_backup(&path, None).unwrap().counts;
    protection::protect(&mut partnership, pass(SECRET)).unwrap();

    let through_app = backup::backup(&partnership, &dir.path().join("app.pacta")).unwrap();
    let beside = backup::backup_file(
        &path,
        &dir.path().join("beside.pacta"),
        &clock(),
        partnership.passphrase(),
    )
    .unwrap();
    assert_eq!(
        code(backup::backup_file(
            &path,
            &dir.path().join("refused.pacta"),
            &clock(),
            None
        )),
        ErrorCode::PassphraseRequired
    );
    let root = dir.path().join("data").join("backups");
    let automatic = backup::automatic(&path, &root, 3, &clock(), partnership.passphrase())
        .unwrap()
        .expect("the first automatic backup is due");
    for summary in [&through_app, &beside, &automatic] {
        let copy = Path::new(&summary.path);
        assert!(summary.protected && summary.integrity_ok);
        assert_eq!(summary.counts, plain_counts);
        assert_no_plaintext(copy);
        assert_eq!(
            code(backup::preview_backup(copy, None)),
            ErrorCode::PassphraseRequired
        );
        assert_eq!(
            code(backup::preview_backup(copy, Some(pass(NEW_SECRET)))),
            ErrorCode::WrongPassphrase
        );
        let preview = backup::preview_backup(copy, Some(pass(SECRET))).unwrap();
        assert!(preview.protected && preview.is_backup);
        assert_eq!(preview.counts, plain_counts);
    }
    // The same day, nothing more is due: the date inside the encrypted backup was read.
    assert_eq!(
        backup::automatic(&path, &root, 3, &clock(), partnership.passphrase()).unwrap(),
        None
    );
    assert!(!dir.path().join("refused.pacta").exists());
    partnership.close().unwrap();

    let plan =
        backup::plan_restore(&path, Path::new(&beside.path), &clock(), Some(pass(SECRET))).unwrap();
    assert!(plan.backup.protected);
    let (restored, summary) =
        backup::restore(&path, Path::new(&beside.path), clock(), Some(pass(SECRET))).unwrap();
    assert!(restored.is_protected());
    assert_eq!(contents(&restored), before);
    restored.close().unwrap();
    assert_no_plaintext(&path);
    let aside = PathBuf::from(summary.kept_aside_as.unwrap());
    assert_no_plaintext(&aside);
}

#[test]
fn the_idle_lock_is_a_setting_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    assert_eq!(protection::idle_lock_minutes(&partnership).unwrap(), 10);
    for refused in [241, 1000] {
        assert_eq!(
            code(protection::set_idle_lock_minutes(&mut partnership, refused)),
            ErrorCode::InvalidChoice
        );
    }
    protection::set_idle_lock_minutes(&mut partnership, 0).unwrap();
    assert_eq!(protection::idle_lock_minutes(&partnership).unwrap(), 0);
    protection::set_idle_lock_minutes(&mut partnership, 240).unwrap();
    protection::protect(&mut partnership, pass(SECRET)).unwrap();
    assert_eq!(
        protection::settings(&partnership).unwrap(),
        ProtectionSettings {
            protected: true,
            idle_lock_minutes: 240
        }
    );
    partnership.close().unwrap();
    let partnership = Partnership::open_protected(&path, clock(), pass(SECRET)).unwrap();
    assert_eq!(protection::idle_lock_minutes(&partnership).unwrap(), 240);
    partnership.close().unwrap();
}

#[test]
fn a_passphrase_arrives_as_a_plain_string_and_never_shows() {
    // Composed as the page may send it: "ç" and "ã" as single characters (NFC).
    let passphrase: Passphrase =
        serde_json::from_str(r#""A\u00e7\u00e3o Solid\u00e1ria em Dili""#).unwrap();
    assert_eq!(format!("{passphrase:?}"), "Passphrase(…)");
    let dir = tempfile::tempdir().unwrap();
    let (mut partnership, path) = mekong_forum(dir.path(), clock());
    protection::protect(&mut partnership, passphrase).unwrap();
    partnership.close().unwrap();
    // Typed where accents come as combining marks (NFD): the same passphrase.
    let decomposed = "Ac\u{0327}a\u{0303}o Solida\u{0301}ria em Dili";
    assert_ne!(decomposed, "Ação Solidária em Dili");
    Partnership::open_protected(&path, clock(), pass(decomposed))
        .unwrap()
        .close()
        .unwrap();
    assert_eq!(
        code(Partnership::open_protected(
            &path,
            clock(),
            pass("Acao Solidaria em Dili")
        )),
        ErrorCode::WrongPassphrase
    );
}

/// Not a check: the cost of the key derivation, printed for the report
/// (`cargo test -p pacta-api --test protection timing -- --nocapture`).
#[test]
fn timing_of_opening_and_verifying_plain_and_protected() {
    let dir = tempfile::tempdir().unwrap();
    let (partnership, path) = mekong_forum(dir.path(), clock());
    partnership.close().unwrap();
    let protected = dir.path().join("protected.pacta");
    std::fs::copy(&path, &protected).unwrap();
    let mut other = Partnership::open(&protected, clock()).unwrap();
    protection::protect(&mut other, pass(SECRET)).unwrap();
    other.close().unwrap();
    let runs: u32 = 5;
    // (open, verify + close, 50 searches of the whole registry), each a mean per run.
    let time = |open: &dyn Fn() -> Partnership| {
        let [mut opening, mut verifying, mut reading] = [std::time::Duration::ZERO; 3];
        for _ in 0..runs {
            let started = Instant::now();
            let partnership = open();
            opening += started.elapsed();
            let started = Instant::now();
            for _ in 0..50 {
                assert_eq!(names(&partnership, "vitimas").len(), 1);
            }
            reading += started.elapsed();
            let started = Instant::now();
            assert!(verify::verify(&partnership, None).unwrap().intact);
            partnership.close().unwrap();
            verifying += started.elapsed();
        }
        [opening / runs, verifying / runs, reading / runs]
    };
    let plain = time(&|| Partnership::open(&path, clock()).unwrap());
    let encrypted =
        time(&|| Partnership::open_protected(&protected, clock(), pass(SECRET)).unwrap());
    println!(
        "the demo ({} bytes plain, {} bytes protected), mean of {runs} runs, plain vs protected:\n  \
         open {:?} vs {:?}\n  verify + close {:?} vs {:?}\n  50 member searches {:?} vs {:?}",
        std::fs::metadata(&path).unwrap().len(),
        std::fs::metadata(&protected).unwrap().len(),
        plain[0],
        encrypted[0],
        plain[1],
        encrypted[1],
        plain[2],
        encrypted[2],
    );
}
