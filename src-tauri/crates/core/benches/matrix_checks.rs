//! The live checks of a 500-activity, 60-party responsibility matrix, run on every edit of the
//! grid (target ≤ 5 ms).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use pacta_core::matrix::{check, fixtures::large_matrix};

fn bench(c: &mut Criterion) {
    let matrix = large_matrix(500, 60);
    assert!(matrix.validate().is_ok(), "the benchmark's matrix is valid");
    assert!(
        !check(&matrix).is_empty(),
        "the benchmark's matrix has findings to report"
    );
    c.bench_function("check a 500 × 60 responsibility matrix", |b| {
        b.iter(|| check(black_box(&matrix)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
