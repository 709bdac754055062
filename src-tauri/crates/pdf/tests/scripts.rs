//! Vietnamese, Arabic and Thai names: what text extraction gives back, and a rendering
//! of the page to look at (artifacts/pdf/).

mod common;

use std::path::PathBuf;

use common::*;
use pacta_core::agreement::PrintOptions;
use pacta_pdf::render_agreement;

/// The page listing the parties (section 2), rendered to PNG for a human to check.
fn parties_page() -> (PathBuf, u32, String) {
    let bytes = render_agreement(&scripts_agreement(), &PrintOptions::default()).expect("renders");
    let path = write_temp(&bytes, "scripts");
    let pages = page_count(&bytes);
    let page = (1..=pages)
        .find(|p| pdftotext_page(&path, *p).contains("2. Parties"))
        .expect("a parties page");
    let text = pdftotext_page(&path, page);
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../artifacts/pdf");
    std::fs::create_dir_all(&out).expect("artifacts directory");
    let prefix = out.join("scripts-parties");
    let p = page.to_string();
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "80",
            "-f",
            &p,
            "-l",
            &p,
            "-singlefile",
            path.to_str().expect("utf-8 path"),
            prefix.to_str().expect("utf-8 path"),
        ],
    );
    // The title page too: names centred in large bold type.
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            path.to_str().expect("utf-8 path"),
            out.join("scripts-title").to_str().expect("utf-8"),
        ],
    );
    (path, page, text)
}

#[test]
fn vietnamese_names_come_back_exactly() {
    let (path, _, text) = parties_page();
    assert!(
        text.contains("Bộ Lao động – Thương binh và Xã hội"),
        "{text}"
    );
    assert!(
        text.contains("represented by Nguyễn Văn Đức, Thứ trưởng"),
        "{text}"
    );
    let all = squash(&pdftotext(&path));
    assert!(
        all.contains("Place: Hà Nội Date: 2026-02-20"),
        "recorded signature"
    );
}

#[test]
fn arabic_names_come_back_in_reading_order() {
    let (_, _, text) = parties_page();
    // Glyphs are drawn right to left in their joined forms; the ToUnicode map gives each
    // form its base letter, and pdftotext puts right-to-left words back in logical order.
    assert!(text.contains("جمعية حماية العمال المهاجرين"), "{text}");
    assert!(text.contains("فاطمة الزهراء"), "{text}");
}

#[test]
fn thai_names_come_back_exactly() {
    let (_, _, text) = parties_page();
    assert!(text.contains("สมชาย ใจดี"), "{text}");
    // The sara i over ธ, which GPOS shifts left onto its base, once came back after the
    // following vowel: the run's /ActualText now gives the name in reading order.
    assert!(text.contains("มูลนิธิเพื่อสิทธิแรงงาน"), "{text}");
}
