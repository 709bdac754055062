//! Rendering the large fixture agreement (A4, English): the target is 60 ms in release.

use criterion::{criterion_group, criterion_main, Criterion};
use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::PrintOptions;

fn render_large_agreement(c: &mut Criterion) {
    let agreement = large_agreement();
    let options = PrintOptions::default();
    let bytes = pacta_pdf::render_agreement(&agreement, &options).expect("renders");
    let pages = lopdf::Document::load_mem(&bytes)
        .expect("reads back")
        .get_pages()
        .len();
    eprintln!("large agreement: {pages} pages, {} bytes", bytes.len());
    c.bench_function("render_agreement large A4 en", |b| {
        b.iter(|| pacta_pdf::render_agreement(&agreement, &options).expect("renders"))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = render_large_agreement
}
criterion_main!(benches);
