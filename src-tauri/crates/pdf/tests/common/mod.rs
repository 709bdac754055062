//! Reading generated PDFs back: lopdf in-process, poppler's command-line tools for what
//! lopdf cannot tell (font embedding, rendering).

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::{Party, PrintableAgreement, Signature};
use pacta_core::date::IsoDate;

/// Writes `bytes` to a fresh file under the target directory and returns its path.
pub fn write_temp(bytes: &[u8], name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let path = dir.join(format!("{name}-{}-{n}.pdf", std::process::id()));
    std::fs::write(&path, bytes).expect("temp file written");
    path
}

pub fn tool(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (poppler-utils installed?): {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 output")
}

/// Text of one page (1-based) as pdftotext reads it.
pub fn pdftotext_page(path: &std::path::Path, page: u32) -> String {
    let p = page.to_string();
    tool(
        "pdftotext",
        &[
            "-f",
            &p,
            "-l",
            &p,
            "-enc",
            "UTF-8",
            path.to_str().expect("utf-8 path"),
            "-",
        ],
    )
}

pub fn pdftotext(path: &std::path::Path) -> String {
    tool(
        "pdftotext",
        &["-enc", "UTF-8", path.to_str().expect("utf-8 path"), "-"],
    )
}

/// A field of `pdfinfo`'s report.
pub fn pdfinfo(path: &std::path::Path, field: &str) -> String {
    let report = tool("pdfinfo", &[path.to_str().expect("utf-8 path")]);
    report
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .unwrap_or_else(|| panic!("pdfinfo reports {field}: {report}"))
        .trim()
        .to_string()
}

pub fn page_count(bytes: &[u8]) -> u32 {
    lopdf::Document::load_mem(bytes)
        .expect("lopdf reads the PDF")
        .get_pages()
        .len() as u32
}

/// Collapses runs of whitespace, since line breaks fall wherever wrapping put them.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A short agreement whose parties are named in Vietnamese, Arabic and Thai.
pub fn scripts_agreement() -> PrintableAgreement {
    let mut agreement = large_agreement();
    for section in &mut agreement.text.sections {
        section.clauses.truncate(1);
        for clause in &mut section.clauses {
            clause.text = clause
                .text
                .split(' ')
                .take(40)
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    agreement.text.translation = None;
    agreement.annexes[0].rows.truncate(3);
    agreement.text.parties = vec![
        party(
            3,
            "Bộ Lao động – Thương binh và Xã hội",
            "Nguyễn Văn Đức",
            "Thứ trưởng",
        ),
        party(
            7,
            "جمعية حماية العمال المهاجرين",
            "فاطمة الزهراء",
            "الرئيسة",
        ),
        party(8, "มูลนิธิเพื่อสิทธิแรงงาน", "สมชาย ใจดี", "ประธาน"),
    ];
    agreement.signatures = vec![Signature {
        organisation_id: 3,
        signatory: "Nguyễn Văn Đức".into(),
        title: "Thứ trưởng".into(),
        place: "Hà Nội".into(),
        signed_on: IsoDate::from_ymd(2026, 2, 20).expect("a real date"),
    }];
    agreement
}

fn party(id: i64, name: &str, signatory: &str, title: &str) -> Party {
    Party {
        organisation_id: id,
        name: name.into(),
        signatory: Some(signatory.into()),
        signatory_title: title.into(),
        address: String::new(),
    }
}
