//! A real partnership file with bytes flipped or cut short: opening it gives the file or a
//! typed refusal, never a panic, and a refused file is not rewritten. The same check backs the
//! cargo-fuzz target `open_corrupted` (`fuzz/`, `scripts/fuzz.sh`), which runs far longer.
//!
//! `PROPTEST_CASES` and `PROPTEST_RNG_SEED` run more or other cases than CI's fixed ones.

#[path = "corruption/checks.rs"]
mod checks;

use std::collections::BTreeMap;
use std::path::Path;

use checks::{Damage, Outcome};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};

fn runner(cases: u32) -> TestRunner {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        // The same cases on every CI run: a failure is a finding, never a flake.
        config.rng_seed = RngSeed::Fixed(0x5041_4354);
    }
    config.failure_persistence = None;
    TestRunner::new(config)
}

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Where a flip lands: anywhere, in the 100-byte header (page size, WAL flags, schema
/// version, application id), or on the first page (the schema itself).
fn position(len: usize) -> impl Strategy<Value = usize> {
    prop_oneof![
        2 => 0..len,
        1 => 0..100usize,
        1 => 0..4096usize.min(len),
    ]
}

fn damage(len: usize) -> impl Strategy<Value = Damage> {
    prop_oneof![
        6 => prop::collection::vec((position(len), 1..=255u8), 1..8).prop_map(Damage::Flips),
        1 => (0..len).prop_map(Damage::Truncate),
    ]
}

#[test]
fn a_damaged_file_opens_or_is_refused_in_words_and_never_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let original = checks::real_file(&fixtures(), dir.path());
    let outcomes: std::cell::RefCell<BTreeMap<Outcome, u32>> = Default::default();
    runner(160)
        .run(&damage(original.len()), |damage| {
            *outcomes
                .borrow_mut()
                .entry(checks::open_damaged(dir.path(), &original, &damage))
                .or_default() += 1;
            Ok(())
        })
        .unwrap();
    let outcomes = outcomes.into_inner();
    println!("outcomes: {outcomes:?}");
    assert!(
        outcomes.keys().any(|o| matches!(o, Outcome::Refused(_))),
        "some damage is refused: {outcomes:?}"
    );
    assert!(
        outcomes.keys().any(|o| !matches!(o, Outcome::Refused(_))),
        "some damage goes unnoticed at the door and is read: {outcomes:?}"
    );
}

#[test]
fn the_undamaged_file_opens_and_reads_whole() {
    let dir = tempfile::tempdir().unwrap();
    let original = checks::real_file(&fixtures(), dir.path());
    assert_eq!(
        checks::open_damaged(dir.path(), &original, &Damage::Flips(Vec::new())),
        Outcome::Opened
    );
}

#[test]
fn the_fuzz_input_format_reads_flips_and_cuts() {
    let flips = checks::damage_of(&[16, 0, 0, 0, 0xAA, 1, 0, 0, 0, 0, 7]);
    assert!(matches!(flips, Damage::Flips(f) if f == [(16, 0xAA)]));
    let cut = checks::damage_of(&[0xFF, 0, 16]);
    assert!(matches!(cut, Damage::Truncate(4096)));
}
