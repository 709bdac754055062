//! Writes the benchmark agreement (`pacta_core::agreement::fixtures::large_agreement`) as a
//! Word document: `cargo run --release -p pacta-docx --example large_agreement -- out.docx
//! [a4|letter] [en|fr|en+fr]`. Used by `scripts/bench-agreement.sh`.

use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::{Paper, PrintLanguage, PrintOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: large_agreement OUT.docx [a4|letter] [en|fr|en+fr]")?;
    let paper = match args.next() {
        Some(code) => Paper::parse(&code).ok_or(format!("unknown paper {code}"))?,
        None => Paper::A4,
    };
    let language = match args.next() {
        Some(code) => PrintLanguage::parse(&code).ok_or(format!("unknown language {code}"))?,
        None => PrintLanguage::En,
    };
    let started = std::time::Instant::now();
    let bytes =
        pacta_docx::render_agreement(&large_agreement(), &PrintOptions { paper, language })?;
    let elapsed = started.elapsed();
    std::fs::write(&path, &bytes)?;
    eprintln!(
        "wrote {path}: {} bytes in {:.1} ms",
        bytes.len(),
        elapsed.as_secs_f64() * 1000.0
    );
    Ok(())
}
