//! The printed agreement, read back from the PDF bytes.

mod common;

use common::*;
use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::{Language, Paper, PrintLanguage, PrintOptions};
use pacta_pdf::{render_agreement, PdfError};

fn options(paper: Paper, language: PrintLanguage) -> PrintOptions {
    PrintOptions { paper, language }
}

#[test]
fn the_large_agreement_prints_in_english_on_a4_with_everything_readable() {
    let agreement = large_agreement();
    let bytes =
        render_agreement(&agreement, &options(Paper::A4, PrintLanguage::En)).expect("renders");
    let pages = page_count(&bytes);
    assert!((25..=40).contains(&pages), "{pages} pages");

    // lopdf reads the glyph-id text back through printpdf's ToUnicode maps.
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
    let first = doc.extract_text(&[1]).expect("page 1 text");
    assert!(squash(&first).contains("Memorandum of understanding on the national referral"));
    assert!(first.contains(&format!("Page 1 of {pages}")), "{first}");
    let last = doc.extract_text(&[pages]).expect("last page text");
    assert!(last.contains(&format!("Page {pages} of {pages}")), "{last}");

    let path = write_temp(&bytes, "large-en");
    let text = pdftotext(&path);
    let flat = squash(&text);
    for party in &agreement.text.parties {
        assert!(flat.contains(&party.name), "party {} missing", party.name);
    }
    for name in [
        "Nguyễn Văn Đức",
        "Ana Maria da Conceição",
        "Hélène Lefèvre-Ngô",
    ] {
        assert!(flat.contains(name), "{name} not printed exactly");
    }
    for heading in [
        "1. Purpose and scope",
        "2. Parties",
        "12. Signatures",
        "Annex 1",
    ] {
        assert!(flat.contains(heading), "{heading}");
    }
    assert!(
        flat.contains("1.1") && flat.contains("11.4"),
        "clause numbers"
    );
    assert!(flat.contains("represented by Nguyễn Văn Đức, Thứ trưởng"));
    assert!(flat.contains("482,113 bytes"));
    assert!(flat.contains(&agreement.attachments[0].sha256[..16]));
    // Title page facts.
    let title_page = squash(&pdftotext_page(&path, 1));
    for fact in [
        "Between",
        "Reference: AGR-2026-001",
        "Version: 1",
        "Date: 2026-11-25",
        "Effective date: 2026-03-01",
        "Expiry date: 2029-02-28",
    ] {
        assert!(title_page.contains(fact), "{fact} in {title_page}");
    }
    // The running header is on every page but the title page.
    assert!(!title_page.contains("AGR-2026-001 · Version 1"));
    assert!(squash(&pdftotext_page(&path, 2)).contains("AGR-2026-001 · Version 1"));

    assert_eq!(pdfinfo(&path, "Title"), agreement.text.title);
    assert_eq!(pdfinfo(&path, "Author"), "National Coordinating Body");
    assert_eq!(
        pdfinfo(&path, "Subject"),
        "Memorandum of understanding AGR-2026-001"
    );
    assert!(pdfinfo(&path, "CreationDate").contains("2026"));
}

#[test]
fn every_font_is_embedded_and_subset() {
    let bytes =
        render_agreement(&common::scripts_agreement(), &PrintOptions::default()).expect("renders");
    let path = write_temp(&bytes, "fonts");
    let report = tool("pdffonts", &[path.to_str().expect("utf-8 path")]);
    let fonts: Vec<&str> = report.lines().skip(2).collect();
    // Latin regular and bold, Arabic and Thai at least.
    assert!(fonts.len() >= 4, "{report}");
    for line in &fonts {
        let columns: Vec<&str> = line.split_whitespace().collect();
        let n = columns.len();
        // name type... encoding emb sub uni object-id generation
        assert_eq!(&columns[n - 5..n - 2], ["yes", "yes", "yes"], "{line}");
        assert!(columns[0].starts_with("PACTA"), "{line}");
    }
    for face in [
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansArabic",
        "NotoSansThai",
    ] {
        assert!(report.contains(face), "{face} in {report}");
    }
}

#[test]
fn paper_sizes_follow_the_options() {
    let agreement = common::scripts_agreement();
    let a4 = render_agreement(&agreement, &options(Paper::A4, PrintLanguage::En)).expect("a4");
    let letter =
        render_agreement(&agreement, &options(Paper::Letter, PrintLanguage::En)).expect("letter");
    let a4 = pdfinfo(&write_temp(&a4, "a4"), "Page size");
    let letter = pdfinfo(&write_temp(&letter, "letter"), "Page size");
    assert!(a4.starts_with("595") && a4.contains("x 841"), "{a4}");
    assert!(
        letter.starts_with("612") && letter.contains("x 792"),
        "{letter}"
    );
}

#[test]
fn the_same_agreement_prints_the_same_bytes() {
    let agreement = common::scripts_agreement();
    let one = render_agreement(&agreement, &PrintOptions::default()).expect("renders");
    let two = render_agreement(&agreement, &PrintOptions::default()).expect("renders");
    assert!(one == two, "output differs between runs");
}

#[test]
fn bilingual_prints_english_and_french_side_by_side() {
    let bytes = render_agreement(&large_agreement(), &options(Paper::A4, PrintLanguage::EnFr))
        .expect("renders");
    let path = write_temp(&bytes, "en-fr");
    let flat = squash(&pdftotext(&path));
    assert!(flat.contains("Purpose and scope"));
    assert!(flat.contains("Objet et champ d’application"));
    assert!(flat.contains("Les parties conviennent"));
    assert!(flat.contains("représentée par Hélène Lefèvre-Ngô, Présidente"));
    assert!(flat.contains("Name / Nom"));
    let pages = page_count(&bytes);
    assert!(
        flat.contains(&format!("Page 1 of {pages} / Page 1 sur {pages}")),
        "footer"
    );

    // English left, French right: on a clause page the French begins right of centre.
    let report = tool(
        "pdftotext",
        &[
            "-f",
            "3",
            "-l",
            "3",
            "-bbox",
            path.to_str().expect("utf-8 path"),
            "-",
        ],
    );
    let x_of = |word: &str| -> f32 {
        report
            .lines()
            .find(|l| l.ends_with(&format!(">{word}</word>")))
            .and_then(|l| l.split("xMin=\"").nth(1))
            .and_then(|r| r.split('"').next())
            .and_then(|x| x.parse().ok())
            .unwrap_or_else(|| panic!("{word} on page 3"))
    };
    assert!(x_of("conviennent") > 297.0, "French column on the right");
}

#[test]
fn a_language_without_text_is_refused() {
    let mut agreement = large_agreement();
    agreement.text.translation = None;
    let error = render_agreement(&agreement, &options(Paper::A4, PrintLanguage::EnFr))
        .expect_err("no French text");
    match error {
        PdfError::MissingLanguage(missing) => {
            assert_eq!(missing.missing, Language::Fr);
            assert_eq!(missing.available, Language::En);
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(matches!(
        render_agreement(&agreement, &options(Paper::A4, PrintLanguage::Fr)),
        Err(PdfError::MissingLanguage(_))
    ));
}

#[test]
fn a_french_print_uses_french_labels() {
    let bytes = render_agreement(
        &large_agreement(),
        &options(Paper::Letter, PrintLanguage::Fr),
    )
    .expect("renders");
    let path = write_temp(&bytes, "fr");
    let pages = page_count(&bytes);
    let first = squash(&pdftotext_page(&path, 1));
    assert!(first.contains("PROTOCOLE D’ACCORD"), "{first}");
    assert!(first.contains("Entre"));
    assert!(first.contains(&format!("Page 1 sur {pages}")));
    assert_eq!(
        pdfinfo(&path, "Title"),
        "Protocole d’accord relatif au mécanisme national d’orientation des victimes de la traite"
    );
}

#[test]
fn signature_blocks_name_each_party_and_are_never_split() {
    let agreement = large_agreement();
    let bytes = render_agreement(&agreement, &PrintOptions::default()).expect("renders");
    let path = write_temp(&bytes, "signatures");
    let pages = page_count(&bytes);
    // Each block reads, on one page: organisation, name, title, place, date, signature.
    let mut found = 0;
    for page in 1..=pages {
        let text = squash(&pdftotext_page(&path, page));
        if !text.contains("Signature:") {
            continue;
        }
        for party in &agreement.text.parties {
            if let Some(at) = text.find(&format!("{} Name:", party.name)) {
                let block = &text[at..];
                let end = block
                    .find("Signature:")
                    .expect("block ends on the same page");
                let block = &block[..end];
                let signatory = party.signatory.as_deref().expect("a signatory");
                assert!(block.contains(signatory), "{block}");
                assert!(
                    block.contains("Title:") && block.contains("Place:"),
                    "{block}"
                );
                assert!(block.contains("Date:"), "{block}");
                found += 1;
            }
        }
    }
    assert_eq!(found, agreement.text.parties.len());
    // Recorded signatures are filled in; the two unsigned parties have blank lines.
    let flat = squash(&pdftotext(&path));
    assert!(flat.contains("Place: Windhoek Date: 2026-02-20"));
    assert!(flat.contains("Place: Date: Signature:"));
}

#[test]
fn the_annex_header_row_repeats_on_every_page_it_runs_onto() {
    let mut agreement = large_agreement();
    // Longer rows push the annex over several pages.
    for row in &mut agreement.annexes[0].rows {
        row[10] = format!("{} {}", row[10], row[10].repeat(4));
    }
    let bytes = render_agreement(&agreement, &PrintOptions::default()).expect("renders");
    let path = write_temp(&bytes, "annex");
    let pages = page_count(&bytes);
    let annex_pages: Vec<u32> = (1..=pages)
        .filter(|p| pdftotext_page(&path, *p).contains("Activity 1"))
        .collect();
    let last_row_page = (1..=pages)
        .find(|p| pdftotext_page(&path, *p).contains("Activity 40 "))
        .expect("last row printed");
    let first = annex_pages[0];
    assert!(last_row_page > first, "annex spans pages");
    for page in first..=last_row_page {
        let text = pdftotext_page(&path, page);
        assert!(
            text.contains("Funding") && text.contains("Duration") && text.contains("Review"),
            "header row on page {page}"
        );
    }
}

#[test]
fn every_stream_is_compressed_and_the_file_stays_small() {
    let bytes = render_agreement(&large_agreement(), &PrintOptions::default()).expect("renders");
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf reads it");
    let mut streams = 0;
    for (id, object) in &doc.objects {
        if let lopdf::Object::Stream(stream) = object {
            streams += 1;
            let filter = stream.dict.get(b"Filter").and_then(lopdf::Object::as_name);
            assert_eq!(filter.ok(), Some(&b"FlateDecode"[..]), "stream {id:?}");
            stream
                .decompressed_content()
                .unwrap_or_else(|e| panic!("stream {id:?} inflates: {e}"));
        }
    }
    // One content stream per page, and each font's program and ToUnicode map.
    assert!(
        streams > page_count(&bytes) as usize + 2,
        "{streams} streams"
    );
    assert!(bytes.len() < 160 * 1024, "{} bytes", bytes.len());
}
