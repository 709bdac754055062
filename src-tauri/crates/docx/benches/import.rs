//! Importing a 40-clause agreement of about 30 pages (40 clauses of ~300 words, six parties,
//! a 40 × 12 annex table) from Word, and reading its redline back (target ≤ 100 ms each).
//! The file is Pacta's own export of the benchmark agreement, as a partner would return it.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::{PrintLanguage, PrintOptions, Section};
use pacta_docx::{
    agreement_token, import_agreement, read_redline, render_agreement, KnownOrganisation,
};

fn bench(c: &mut Criterion) {
    let agreement = large_agreement();
    let options = PrintOptions {
        language: PrintLanguage::En,
        ..PrintOptions::default()
    };
    let bytes = render_agreement(&agreement, &options).expect("the agreement exports");
    let registry: Vec<KnownOrganisation> = agreement
        .text
        .parties
        .iter()
        .map(|p| KnownOrganisation {
            id: p.organisation_id,
            name: p.name.clone(),
            acronym: String::new(),
        })
        .collect();
    let imported = import_agreement(&bytes, &registry).expect("the export imports");
    let clauses: usize = Section::ALL
        .iter()
        .map(|s| imported.text.clauses(*s).len())
        .sum();
    assert!(clauses >= 40, "the 40 clauses are imported ({clauses})");
    let token = agreement_token(&agreement.reference, agreement.version);
    assert_eq!(
        read_redline(&bytes, &token).expect("read").clauses.len(),
        40
    );

    c.bench_function("import a 40-clause agreement from .docx", |b| {
        b.iter(|| import_agreement(black_box(&bytes), black_box(&registry)))
    });
    c.bench_function("read the redline of a 40-clause agreement", |b| {
        b.iter(|| read_redline(black_box(&bytes), black_box(&token)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
