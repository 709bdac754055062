//! The Word export, read back from the bytes: the package is unzipped and its XML parts are
//! checked for what a partner redlining the agreement must find in it.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use pacta_core::agreement::fixtures::large_agreement;
use pacta_core::agreement::{
    Language, Paper, PrintLabels, PrintLanguage, PrintOptions, PrintableAgreement, Section,
};
use pacta_docx::{render_agreement, DocxError};

fn options(paper: Paper, language: PrintLanguage) -> PrintOptions {
    PrintOptions { paper, language }
}

fn render(agreement: &PrintableAgreement, paper: Paper, language: PrintLanguage) -> Vec<u8> {
    render_agreement(agreement, &options(paper, language)).expect("the agreement exports")
}

/// Every part of the package, by name.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("a readable entry");
        let mut text = String::new();
        file.read_to_string(&mut text).expect("UTF-8 XML");
        parts.insert(file.name().expect("a name").to_string(), text);
    }
    parts
}

fn document(bytes: &[u8]) -> String {
    parts(bytes)
        .remove("word/document.xml")
        .expect("word/document.xml")
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The text of each `<w:t>` element in document order.
fn texts(xml: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<w:t") {
        rest = &rest[at + 4..];
        // `<w:t>` or `<w:t xml:space=…>`, not `<w:tbl>`, `<w:tc>`, `<w:tr>`…
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue;
        }
        let open_end = rest.find('>').expect("a closed tag");
        if rest[..open_end].ends_with('/') {
            found.push(String::new());
            continue;
        }
        rest = &rest[open_end + 1..];
        let close = rest.find("</w:t>").expect("a closing </w:t>");
        found.push(unescape(&rest[..close]));
        rest = &rest[close..];
    }
    found
}

/// Each element `<tag …>…</tag>` or `<tag … />` (not nested in itself) of `xml`, in order.
fn elements<'x>(xml: &'x str, tag: &str) -> Vec<&'x str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find(&open) {
        let after = &rest[at + open.len()..];
        if !(after.starts_with('>') || after.starts_with(' ')) {
            rest = after;
            continue;
        }
        let open_end = at + rest[at..].find('>').expect("a closed tag");
        if rest[..open_end].ends_with('/') {
            found.push(&rest[at..=open_end]);
            rest = &rest[open_end + 1..];
            continue;
        }
        // An element cut off by the end of `xml` (a slice of the document) is left out.
        let Some(length) = rest[at..].find(&close) else {
            break;
        };
        let end = at + length + close.len();
        found.push(&rest[at..end]);
        rest = &rest[end..];
    }
    found
}

/// The joined text of every paragraph styled as Word's "heading 1", in order.
fn headings(xml: &str) -> Vec<String> {
    elements(xml, "w:p")
        .into_iter()
        .filter(|p| p.contains(r#"<w:pStyle w:val="Heading1" />"#))
        .map(|p| texts(p).concat())
        .collect()
}

/// The part of the document from the heading `from` to the heading `to` (or the end).
fn between<'x>(xml: &'x str, from: &str, to: Option<&str>) -> &'x str {
    let start = xml
        .find(from)
        .unwrap_or_else(|| panic!("{from} in the document"));
    let end = to.map_or(xml.len(), |to| {
        xml[start..]
            .find(to)
            .unwrap_or_else(|| panic!("{to} after {from}"))
            + start
    });
    &xml[start..end]
}

/// "1.1", "1.2", … as the PDF numbers the fixture's clauses: by section number and position.
fn expected_clause_labels(agreement: &PrintableAgreement) -> Vec<String> {
    Section::ALL
        .iter()
        .filter(|s| s.holds_clauses())
        .flat_map(|s| {
            (1..=agreement.text.clauses(*s).len()).map(move |i| format!("{}.{i}", s.number()))
        })
        .collect()
}

fn is_clause_label(text: &str) -> bool {
    let mut halves = text.split('.');
    matches!(
        (halves.next(), halves.next(), halves.next()),
        (Some(a), Some(b), None)
            if !a.is_empty() && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
    )
}

#[test]
fn every_party_is_named_with_its_accents_intact() {
    let agreement = large_agreement();
    let xml = document(&render(&agreement, Paper::A4, PrintLanguage::En));
    let texts = texts(&xml);
    for party in &agreement.text.parties {
        assert!(
            texts.iter().filter(|t| t.contains(&party.name)).count() >= 3,
            "{} named in the title block, the parties and the signatures",
            party.name
        );
    }
    for name in [
        "Nguyễn Văn Đức",
        "Ana Maria da Conceição",
        "Hélène Lefèvre-Ngô",
        "Bộ Lao động – Thương binh và Xã hội",
    ] {
        assert!(texts.iter().any(|t| t == name), "{name} written exactly");
    }
    let parties = between(&xml, ">2. Parties<", Some(">3. Annual planning<"));
    assert!(texts_of(parties).contains(&"represented by Nguyễn Văn Đức, Thứ trưởng".to_string()));
    assert!(texts_of(parties).contains(&"3 Independence Avenue, Windhoek".to_string()));
}

#[test]
fn a_name_in_a_complex_or_east_asian_script_names_the_font_that_draws_it() {
    let mut agreement = large_agreement();
    agreement.text.parties[0].name = "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ".into();
    agreement.text.parties[1].name = "มูลนิธิเพื่อสิทธิแรงงานข้ามชาติ".into();
    agreement.text.parties[2].name = "中国渔业协会".into();
    let xml = document(&render(&agreement, Paper::A4, PrintLanguage::En));
    for (name, attribute) in [
        ("ក្រសួងការងារ", r#"w:cs="Noto Sans Khmer""#),
        ("มูลนิธิเพื่อสิทธิแรงงานข้ามชาติ", r#"w:cs="Noto Sans Thai""#),
        ("中国渔业协会", r#"w:eastAsia="Noto Sans CJK SC""#),
    ] {
        let at = xml
            .find(name)
            .unwrap_or_else(|| panic!("{name} in the document"));
        let run_start = xml[..at].rfind("<w:r>").expect("the name's run");
        assert!(
            xml[run_start..at].contains(attribute),
            "the run of {name} names {attribute}: {}",
            &xml[run_start..at]
        );
    }
    let latin_run = xml.find("Nguyễn Văn Đức").expect("a Latin name");
    let run_start = xml[..latin_run].rfind("<w:r>").expect("its run");
    assert!(
        !xml[run_start..latin_run].contains("w:cs="),
        "Latin text keeps the document's font"
    );
}

fn texts_of(xml: &str) -> Vec<String> {
    elements(xml, "w:p")
        .into_iter()
        .map(|p| texts(p).concat())
        .collect()
}

#[test]
fn sections_and_clauses_are_numbered_as_printed_in_order() {
    let agreement = large_agreement();
    let xml = document(&render(&agreement, Paper::A4, PrintLanguage::En));
    let labels: Vec<String> = texts(&xml)
        .into_iter()
        .filter(|t| is_clause_label(t))
        .collect();
    let expected = expected_clause_labels(&agreement);
    assert_eq!(expected.len(), 40);
    assert_eq!(expected.first().map(String::as_str), Some("1.1"));
    assert_eq!(expected.last().map(String::as_str), Some("11.4"));
    assert_eq!(labels, expected);

    // Each clause paragraph is its number, a tab, then the clause's text.
    let first = &agreement.text.clauses(Section::PurposeAndScope)[0];
    let paragraph = elements(&xml, "w:p")
        .into_iter()
        .find(|p| texts(p).first().map(String::as_str) == Some("1.1"))
        .expect("clause 1.1");
    assert!(paragraph.contains("<w:tab />"));
    assert_eq!(
        texts(paragraph),
        vec!["1.1".to_string(), first.text.clone()]
    );

    let en = PrintLabels::of(Language::En);
    let mut expected_headings: Vec<String> = Section::ALL
        .iter()
        .map(|s| format!("{}. {}", s.number(), en.section(*s)))
        .collect();
    expected_headings.push("Annex 1: Division of responsibilities".into());
    expected_headings.push("Attached documents".into());
    assert_eq!(headings(&xml), expected_headings);
}

#[test]
fn headings_use_words_heading_style_for_the_navigation_pane() {
    let parts = parts(&render(&large_agreement(), Paper::A4, PrintLanguage::En));
    let styles = &parts["word/styles.xml"];
    let heading = elements(styles, "w:style")
        .into_iter()
        .find(|s| s.contains(r#"w:styleId="Heading1""#))
        .expect("a Heading1 style");
    assert!(heading.contains(r#"<w:name w:val="heading 1" />"#));
    assert!(heading.contains(r#"<w:outlineLvl w:val="0" />"#));
    // Fonts are named, not embedded.
    assert!(styles.contains(r#"w:ascii="Noto Sans""#));
    assert!(!parts.keys().any(|name| name.starts_with("word/fonts/")));
}

#[test]
fn the_annex_is_a_table_whose_header_row_repeats_on_each_page() {
    let agreement = large_agreement();
    let annex = &agreement.annexes[0];
    let xml = document(&render(&agreement, Paper::A4, PrintLanguage::En));
    let table = elements(&xml, "w:tbl")
        .into_iter()
        .find(|t| t.contains("Activity 1 —"))
        .expect("the annex table");
    let rows = elements(table, "w:tr");
    assert_eq!(rows.len(), annex.rows.len() + 1);
    assert!(rows[0].contains("<w:tblHeader />"), "{}", rows[0]);
    assert_eq!(texts(rows[0]), annex.columns);
    assert!(rows[1..].iter().all(|r| !r.contains("w:tblHeader")));
    assert_eq!(texts(rows[1]).concat(), annex.rows[0].concat());
    assert_eq!(texts(rows[40]).concat(), annex.rows[39].concat());
    // Twelve columns, widths filling the text width (A4 less two 20 mm margins).
    let grid: Vec<usize> = table
        .split("<w:gridCol ")
        .skip(1)
        .filter_map(|col| col.split("w:w=\"").nth(1))
        .filter_map(|w| w.split('"').next()?.parse().ok())
        .collect();
    assert_eq!(grid.len(), 12);
    assert_eq!(grid.iter().sum::<usize>(), 11906 - 2 * 1134);
    // The attachments list repeats its header too: two header rows in all.
    assert_eq!(xml.matches("<w:tblHeader />").count(), 2);
}

#[test]
fn attachments_are_listed_with_size_and_fingerprint() {
    let agreement = large_agreement();
    let xml = document(&render(&agreement, Paper::A4, PrintLanguage::En));
    let list = between(&xml, ">Attached documents<", None);
    let texts = texts(list);
    for expected in [
        "File",
        "Size",
        "SHA-256",
        "signed-copy-scan.pdf",
        "482,113 bytes",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "{expected} in {texts:?}"
        );
    }
}

#[test]
fn one_signature_block_per_party_filled_only_when_signed() {
    let agreement = large_agreement();
    let xml = document(&render(&agreement, Paper::A4, PrintLanguage::En));
    let signatures = between(&xml, ">12. Signatures<", Some(">Annex 1: "));
    let blocks = elements(signatures, "w:tbl");
    assert_eq!(blocks.len(), agreement.text.parties.len());
    for (party, block) in agreement.text.parties.iter().zip(&blocks) {
        let texts = texts(block);
        let signatory = party
            .signatory
            .as_deref()
            .expect("the fixture names everyone");
        assert!(texts.contains(&party.name), "{texts:?}");
        assert!(
            texts.iter().any(|t| t == signatory),
            "{signatory} in {texts:?}"
        );
        assert!(texts.contains(&party.signatory_title));
        for label in [
            "Organisation",
            "Name",
            "Title",
            "Place",
            "Date",
            "Signature",
        ] {
            assert!(texts.iter().any(|t| t == label), "{label} in {texts:?}");
        }
        let signed = agreement.signature_of(party.organisation_id).is_some();
        assert_eq!(texts.iter().any(|t| t == "Windhoek"), signed, "{texts:?}");
        assert_eq!(texts.iter().any(|t| t == "2026-02-20"), signed, "{texts:?}");
        // Lines to write on: the signature, plus place and date while unsigned.
        let lines = block.matches("<w:bottom ").count();
        assert_eq!(lines, if signed { 1 } else { 3 }, "{block}");
    }
}

fn page_size(xml: &str) -> (u32, u32) {
    let sect = elements(xml, "w:sectPr").pop().expect("a section");
    let pg = &sect[sect.find("<w:pgSz ").expect("a page size")..];
    let value = |attr: &str| -> u32 {
        let start = pg.find(&format!("{attr}=\"")).expect(attr) + attr.len() + 2;
        pg[start..].split('"').next().unwrap().parse().unwrap()
    };
    (value("w:w"), value("w:h"))
}

#[test]
fn the_page_is_a4_or_letter_as_asked() {
    let agreement = large_agreement();
    let a4 = document(&render(&agreement, Paper::A4, PrintLanguage::En));
    let letter = document(&render(&agreement, Paper::Letter, PrintLanguage::En));
    assert_eq!(page_size(&a4), (11906, 16838));
    assert_eq!(page_size(&letter), (12240, 15840));
}

#[test]
fn en_fr_sets_each_clause_beside_its_translation() {
    let agreement = large_agreement();
    let xml = document(&render(&agreement, Paper::A4, PrintLanguage::EnFr));
    let headings = headings(&xml);
    assert_eq!(
        headings[0],
        "1. Purpose and scope / Objet et champ d’application"
    );
    assert_eq!(
        headings[10],
        "11. Duration, amendment, renewal and termination / Durée, modification, renouvellement et résiliation"
    );
    assert_eq!(headings[11], "12. Signatures");
    let texts_all = texts(&xml);
    let translation = agreement.text.translation.as_ref().expect("a translation");
    assert!(texts_all.contains(&agreement.text.title));
    assert!(texts_all.contains(&translation.title));

    for section in Section::ALL.iter().filter(|s| s.holds_clauses()) {
        let heading = format!(">{}. ", section.number());
        let part = between(&xml, &heading, None);
        let table = elements(part, "w:tbl").into_iter().next().expect("a table");
        let rows = elements(table, "w:tr");
        assert!(rows[0].contains("<w:tblHeader />"));
        assert_eq!(texts(rows[0]), vec!["English", "Français"]);
        let english = agreement.text.clauses(*section);
        let french = &translation
            .sections
            .iter()
            .find(|s| s.section == *section)
            .expect("translated")
            .clauses;
        assert_eq!(rows.len(), english.len() + 1);
        for (i, (row, clause)) in rows[1..].iter().zip(english).enumerate() {
            let label = format!("{}.{}", section.number(), i + 1);
            let french = french.iter().find(|c| c.id == clause.id).expect("same id");
            assert_eq!(
                texts(row),
                vec![
                    label.clone(),
                    clause.text.clone(),
                    label,
                    french.text.clone()
                ]
            );
        }
    }
}

#[test]
fn en_fr_matches_clauses_by_id_not_position() {
    let mut agreement = large_agreement();
    let translation = agreement.text.translation.as_mut().expect("a translation");
    // The French text lists section 1's clauses in reverse order.
    translation.sections[0].clauses.reverse();
    let xml = document(&render(&agreement, Paper::Letter, PrintLanguage::EnFr));
    let part = between(&xml, ">1. Purpose and scope", None);
    let table = elements(part, "w:tbl").into_iter().next().expect("a table");
    let rows = elements(table, "w:tr");
    let first = &agreement.text.sections[0].clauses[0];
    let row = texts(rows[1]);
    assert_eq!(row[1], first.text);
    assert_eq!(row[3], format!("Les parties conviennent : {}", first.text));
}

#[test]
fn french_alone_uses_french_words_throughout() {
    let agreement = large_agreement();
    let bytes = render(&agreement, Paper::A4, PrintLanguage::Fr);
    let parts = parts(&bytes);
    let xml = &parts["word/document.xml"];
    let headings = headings(xml);
    assert_eq!(headings[0], "1. Objet et champ d’application");
    assert_eq!(headings[12], "Annexe 1: Division of responsibilities");
    let texts = texts(xml);
    assert!(texts.contains(&"Protocole d’accord".to_string()));
    assert!(texts
        .iter()
        .any(|t| t.starts_with("Les parties conviennent : ")));
    assert!(texts.contains(&"482\u{202f}113 octets".to_string()));
    assert!(parts["word/footer1.xml"].contains(" sur "));
}

#[test]
fn a_missing_language_is_refused() {
    let mut agreement = large_agreement();
    agreement.text.translation = None;
    for language in [PrintLanguage::Fr, PrintLanguage::EnFr] {
        match render_agreement(&agreement, &options(Paper::A4, language)) {
            Err(DocxError::MissingLanguage(missing)) => {
                assert_eq!(missing.missing, Language::Fr);
                assert_eq!(missing.available, Language::En);
            }
            other => panic!("expected MissingLanguage, got {other:?}"),
        }
    }
    assert!(render_agreement(&agreement, &options(Paper::A4, PrintLanguage::En)).is_ok());
}

#[test]
fn header_footer_and_properties_identify_the_agreement() {
    let mut agreement = large_agreement();
    agreement.amendment = 2;
    agreement.version = 3;
    let parts = parts(&render(&agreement, Paper::A4, PrintLanguage::En));
    let header = &parts["word/header1.xml"];
    assert_eq!(
        texts(header).concat(),
        "AGR-2026-001 · Version 3 · Amendment 2"
    );
    let footer = &parts["word/footer1.xml"];
    assert!(footer.contains("<w:instrText>PAGE</w:instrText>"));
    assert!(footer.contains("<w:instrText>NUMPAGES</w:instrText>"));
    assert_eq!(texts(footer).concat(), "Page 1 of 1");
    let document = &parts["word/document.xml"];
    assert!(document.contains(r#"r:id="rIdHeader1""#));
    assert!(document.contains(r#"r:id="rIdFooter1""#));
    let core = &parts["docProps/core.xml"];
    assert!(core.contains(
        "<dc:title>Memorandum of understanding on the national referral mechanism for victims of trafficking</dc:title>"
    ));
    assert!(core.contains("<dc:creator>National Coordinating Body</dc:creator>"));
    assert!(core.contains(
        "<dc:subject>Memorandum of understanding AGR-2026-001 · Version 3 · Amendment 2</dc:subject>"
    ));
    let title_block = texts_of(between(
        document,
        "<w:body>",
        Some(">1. Purpose and scope<"),
    ));
    for line in [
        "Memorandum of understanding",
        "Between",
        "Reference: AGR-2026-001",
        "Version: 3",
        "Amendment: 2",
        "Date: 2026-11-25",
        "Effective date: 2026-03-01",
        "Expiry date: 2029-02-28",
    ] {
        assert!(
            title_block.iter().any(|t| t == line),
            "{line} in {title_block:?}"
        );
    }
}

#[test]
fn markup_in_the_text_is_escaped_once_and_line_breaks_kept() {
    let mut agreement = large_agreement();
    agreement.text.parties[0].name = "Smith & Sons <Ltd> \"quoted\"".into();
    agreement.text.parties[0].address = "PO Box 12\nWindhoek".into();
    agreement.author = "Body & Co".into();
    let parts = parts(&render(&agreement, Paper::A4, PrintLanguage::En));
    let xml = &parts["word/document.xml"];
    assert!(xml.contains("Smith &amp; Sons &lt;Ltd&gt;"));
    assert!(!xml.contains("&amp;amp;"));
    assert!(texts(xml).contains(&"Smith & Sons <Ltd> \"quoted\"".to_string()));
    let parties = texts_of(between(xml, ">2. Parties<", Some(">3. Annual planning<")));
    assert!(
        parties.contains(&"PO Box 12Windhoek".to_string()),
        "{parties:?}"
    );
    assert!(between(xml, ">2. Parties<", Some(">3. Annual planning<")).contains("<w:br "));
    assert!(parts["docProps/core.xml"].contains("<dc:creator>Body &amp; Co</dc:creator>"));
}

#[test]
fn every_part_is_well_formed_xml_and_docx_rs_reads_it_back() {
    let agreement = large_agreement();
    for language in [PrintLanguage::En, PrintLanguage::Fr, PrintLanguage::EnFr] {
        let bytes = render(&agreement, Paper::A4, language);
        let parts = parts(&bytes);
        for name in [
            "[Content_Types].xml",
            "word/document.xml",
            "word/styles.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "docProps/core.xml",
        ] {
            assert!(parts.contains_key(name), "{name} in the package");
        }
        for (name, xml) in parts
            .iter()
            .filter(|(n, _)| n.ends_with(".xml") || n.ends_with(".rels"))
        {
            let mut reader = quick_xml::Reader::from_str(xml);
            loop {
                match reader.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name} is not well-formed: {e}"),
                }
            }
        }
        let docx = docx_rs::read_docx(&bytes).expect("docx-rs reads the export");
        assert!(!docx.document.children.is_empty());
    }
}

#[test]
fn the_same_agreement_exports_the_same_bytes() {
    let agreement = large_agreement();
    assert_eq!(
        render(&agreement, Paper::A4, PrintLanguage::EnFr),
        render(&agreement, Paper::A4, PrintLanguage::EnFr)
    );
}

/// Only where LibreOffice is installed: it opens the export and lays it out as a PDF.
#[test]
fn libreoffice_converts_the_export_when_installed() {
    let Some(soffice) = ["soffice", "libreoffice"].into_iter().find(|bin| {
        std::process::Command::new(bin)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }) else {
        eprintln!("LibreOffice not installed: conversion not checked");
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary directory");
    let docx = dir.path().join("agreement.docx");
    std::fs::write(
        &docx,
        render(&large_agreement(), Paper::A4, PrintLanguage::EnFr),
    )
    .expect("written");
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    let status = std::process::Command::new(soffice)
        .arg(profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .output()
        .expect("LibreOffice runs");
    assert!(status.status.success(), "{status:?}");
    let pdf = std::fs::read(dir.path().join("agreement.pdf")).expect("a PDF");
    assert!(pdf.starts_with(b"%PDF"));
    assert!(pdf.len() > 20_000);
}
