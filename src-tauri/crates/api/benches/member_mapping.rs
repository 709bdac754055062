//! A member list of another layout at ten thousand rows: suggesting the mapping for a 10,000-row
//! .xlsx (a title row, its own English headers, free-text kinds and country names, typed dates)
//! and previewing every row through it. Target: both together ≤ 1 s.
//!
//! Run with `cargo bench -p pacta-api --bench member_mapping`.

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use pacta_api::member_import;
use pacta_api::{Clock, Partnership};

const ROWS: u32 = 10_000;

fn workbook(path: &Path) {
    let kinds = [
        "Ministry",
        "NGO",
        "Trade union",
        "Employers' organisation",
        "UN agency",
    ];
    let countries = [
        "Viet Nam",
        "Lao PDR",
        "Cambodia",
        "Thailand",
        "Myanmar",
        "Indonésie",
    ];
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet
        .write_string(0, 0, "SEA Forum for Fishers — member list")
        .expect("title");
    for (column, header) in [
        "Organisation",
        "Abbrev.",
        "Type",
        "Country",
        "Focal point",
        "E-mail",
        "Member since",
        "Remarks",
    ]
    .iter()
    .enumerate()
    {
        sheet
            .write_string(2, column as u16, *header)
            .expect("header");
    }
    for n in 0..ROWS {
        let row = 3 + n;
        let cells = [
            format!("Hội Nghề cá {n}"),
            format!("HN{n}"),
            kinds[n as usize % kinds.len()].to_string(),
            countries[n as usize % countries.len()].to_string(),
            format!("Nguyễn Thị Hoa {n}"),
            format!("focal{n}@example.org"),
        ];
        for (column, text) in cells.iter().enumerate() {
            sheet.write_string(row, column as u16, text).expect("cell");
        }
        let joined = ExcelDateTime::from_ymd(
            2000 + (n % 25) as u16,
            1 + (n % 12) as u8,
            1 + (n % 28) as u8,
        )
        .expect("a date");
        sheet
            .write_datetime_with_format(row, 6, &joined, &date)
            .expect("date");
        sheet
            .write_string(row, 7, "Observer at the 2024 assembly")
            .expect("remark");
    }
    book.save(path).expect("save the workbook");
}

fn member_mapping(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("members.xlsx");
    workbook(&file);
    let partnership = Partnership::create(
        &dir.path().join("forum.pacta"),
        "Benchmark Forum",
        Clock::Fixed("2026-12-07T09:00:00Z".into()),
    )
    .expect("create");
    let suggestion = member_import::suggest(&partnership, &file, None).expect("suggest");
    let preview =
        member_import::preview_with(&partnership, &file, &suggestion.mapping).expect("preview");
    assert_eq!(
        preview.adds,
        ROWS,
        "every row is placed: {:?}",
        &preview.rows[..1]
    );

    let mut group = c.benchmark_group("member mapping");
    group.sample_size(10);
    group.sampling_mode(SamplingMode::Flat);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("suggest and preview a 10k-row xlsx", |b| {
        b.iter(|| {
            let suggestion = member_import::suggest(&partnership, &file, None).expect("suggest");
            member_import::preview_with(&partnership, &file, &suggestion.mapping).expect("preview")
        })
    });
    group.finish();
}

criterion_group!(benches, member_mapping);
criterion_main!(benches);
