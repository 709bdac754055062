//! The member registry at ten thousand members: the first page of an accent-insensitive search
//! (target ≤ 20 ms) and importing a 10,000-row CSV into a fresh file (target ≤ 1 s).
//!
//! Run with `cargo bench -p pacta-api --bench registry`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, SamplingMode};

use pacta_api::member_import;
use pacta_api::{members, Clock, Partnership};
use pacta_core::MemberQuery;

const MEMBERS: usize = 10_000;

fn clock() -> Clock {
    Clock::Fixed("2026-11-25T10:00:00Z".into())
}

/// A 10,000-row member file with accented names, half associations and half foundations,
/// each with a primary representative.
fn member_csv(path: &Path) {
    let kinds = ["civil_society", "trade_union", "employers", "government"];
    let countries = ["KH", "ID", "MY", "MM", "PH", "TH", "TL", "VN"];
    let mut csv = String::from(
        "name,acronym,kind,country,chamber,pillars,status,joined_on,notes,\
         representative_name,representative_title,representative_email,representative_phone\n",
    );
    for n in 1..=MEMBERS {
        let (name, person) = if n % 2 == 0 {
            (format!("Associação {n}"), format!("João Gusmão {n}"))
        } else {
            (
                format!("Nguyễn {n} Foundation"),
                format!("Nguyễn Thị Hương {n}"),
            )
        };
        csv.push_str(&format!(
            "{name},A{n},{kind},{country},Chamber {chamber},prevention;protection,active,2024-03-01,,\
             {person},Coordinator,person{n}@example.org,+670 331 {n:04}\n",
            kind = kinds[n % kinds.len()],
            country = countries[n % countries.len()],
            chamber = n % 5,
        ));
    }
    std::fs::write(path, csv).expect("write the member file");
}

fn fresh(dir: &Path, name: &str) -> (PathBuf, Partnership) {
    let path = dir.join(name);
    let partnership = Partnership::create(&path, "Benchmark Forum", clock()).expect("create");
    (path, partnership)
}

fn registry(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let csv = dir.path().join("members.csv");
    member_csv(&csv);

    let (_, mut searched) = fresh(dir.path(), "searched.pacta");
    member_import::import(&mut searched, &csv, &mut |_| {}).expect("import");
    let query = MemberQuery {
        text: "associacao 12".into(),
        limit: 50,
        ..MemberQuery::default()
    };
    let page = members::list(&searched, &query).expect("search");
    assert_eq!(page.rows.len(), 50, "the benchmark query fills a page");
    assert!(page
        .rows
        .iter()
        .all(|r| r.name.starts_with("Associação 12")));
    c.bench_function("search 10k members: first 50 of “associacao 12”", |b| {
        b.iter(|| members::list(&searched, black_box(&query)).expect("search"))
    });

    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.measurement_time(Duration::from_secs(10));
    let mut attempt = 0;
    group.bench_function("10k-row csv into a fresh file", |b| {
        b.iter_batched(
            || {
                // The previous file has been dropped by now: keep the disk use flat.
                let previous = dir.path().join(format!("import-{attempt}.pacta"));
                for suffix in ["", "-wal", "-shm"] {
                    let mut name = previous.clone().into_os_string();
                    name.push(suffix);
                    let _ = std::fs::remove_file(name);
                }
                attempt += 1;
                fresh(dir.path(), &format!("import-{attempt}.pacta"))
            },
            |(path, mut partnership)| {
                let summary =
                    member_import::import(&mut partnership, &csv, &mut |_| {}).expect("import");
                assert_eq!(summary.added as usize, MEMBERS);
                (path, partnership)
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, registry);
criterion_main!(benches);
