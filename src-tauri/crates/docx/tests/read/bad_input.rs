//! Files that are not Word documents Pacta may read, each refused with its own reason, and
//! never a panic whatever the bytes.

use pacta_docx::{import_agreement, read_redline, DocxReadError, OtherFormat, OtherPackage};
use proptest::prelude::*;
use zip::CompressionMethod;

use crate::word::{p, styled, zip_parts, WordFile};

fn import(bytes: &[u8]) -> Result<(), DocxReadError> {
    import_agreement(bytes, &[]).map(|_| ())
}

fn valid() -> WordFile {
    WordFile::new(
        [
            styled("Title", "Memorandum of Understanding"),
            styled("Heading1", "Purpose"),
            p("1.1 The parties cooperate."),
        ]
        .concat(),
    )
}

#[test]
fn a_pdf_a_text_file_or_nothing_is_not_a_zip() {
    for (bytes, looks_like) in [
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(),
            Some(OtherFormat::Pdf),
        ),
        (
            b"{\\rtf1\\ansi\\deff0 Memorandum}".to_vec(),
            Some(OtherFormat::Rtf),
        ),
        (
            "Protocole d’accord entre les parties".as_bytes().to_vec(),
            Some(OtherFormat::PlainText),
        ),
        (
            b"<!DOCTYPE html><html><body>MoU</body></html>".to_vec(),
            Some(OtherFormat::Html),
        ),
        (vec![0x00, 0x9f, 0x92, 0x96, 0xff], None),
        (Vec::new(), None),
    ] {
        assert_eq!(import(&bytes), Err(DocxReadError::NotAZip { looks_like }));
    }
}

#[test]
fn an_old_doc_or_an_encrypted_docx_is_refused_as_such() {
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    let mut doc = ole.to_vec();
    doc.extend(std::iter::repeat_n(0u8, 1024));
    doc.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        import(&doc),
        Err(DocxReadError::LegacyOrEncrypted { encrypted: false })
    );
    let mut encrypted = ole.to_vec();
    encrypted.extend(std::iter::repeat_n(0u8, 1024));
    encrypted.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(
        import(&encrypted),
        Err(DocxReadError::LegacyOrEncrypted { encrypted: true })
    );
    assert_eq!(
        read_redline(&encrypted, "x"),
        Err(DocxReadError::LegacyOrEncrypted { encrypted: true })
    );
}

#[test]
fn other_office_files_are_not_word_documents() {
    let xlsx = zip_parts(
        &[
            ("[Content_Types].xml", br#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#),
            ("_rels/.rels", br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", b"<workbook/>"),
        ],
        CompressionMethod::Deflated,
    );
    assert_eq!(
        import(&xlsx),
        Err(DocxReadError::NotAWordDocument {
            looks_like: Some(OtherPackage::Spreadsheet)
        })
    );
    let pptx = zip_parts(
        &[("ppt/presentation.xml", b"<p/>")],
        CompressionMethod::Deflated,
    );
    assert_eq!(
        import(&pptx),
        Err(DocxReadError::NotAWordDocument {
            looks_like: Some(OtherPackage::Presentation)
        })
    );
    let odt = zip_parts(
        &[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<office:document-content/>"),
        ],
        CompressionMethod::Stored,
    );
    assert_eq!(
        import(&odt),
        Err(DocxReadError::NotAWordDocument {
            looks_like: Some(OtherPackage::OpenDocument)
        })
    );
    let other = zip_parts(&[("photo.jpg", b"\xff\xd8\xff")], CompressionMethod::Stored);
    assert_eq!(
        import(&other),
        Err(DocxReadError::NotAWordDocument { looks_like: None })
    );
}

#[test]
fn macro_enabled_documents_are_refused() {
    assert_eq!(
        import(&valid().macro_enabled().bytes()),
        Err(DocxReadError::MacroEnabled)
    );
    let with_project = valid().part("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros");
    assert_eq!(
        import(&with_project.bytes()),
        Err(DocxReadError::MacroEnabled)
    );
    assert_eq!(
        read_redline(&with_project.bytes(), "x"),
        Err(DocxReadError::MacroEnabled)
    );
}

#[test]
fn a_zip_bomb_is_stopped_before_it_fills_memory() {
    // 80 MiB of blanks inside a paragraph pack into well under 1 MiB.
    let mut document = br#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"#.to_vec();
    document.resize(document.len() + 80 * 1024 * 1024, b' ');
    document.extend_from_slice(b"</w:t></w:r></w:p></w:body></w:document>");
    let bomb = zip_parts(
        &[("word/document.xml", &document)],
        CompressionMethod::Deflated,
    );
    assert!(bomb.len() < 1024 * 1024);
    assert_eq!(
        import(&bomb),
        Err(DocxReadError::SuspiciousCompression {
            part: "word/document.xml".into(),
            ratio: 250
        })
    );
}

#[test]
fn parts_unpacking_to_more_than_the_limit_are_refused() {
    // Incompressible text stored as is: no suspicious ratio, but 65 MiB in all.
    let mut state: u32 = 0x2545_f491;
    let noise: Vec<u8> = (0..65 * 1024 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            b'a' + (state % 26) as u8
        })
        .collect();
    let large = zip_parts(
        &[
            ("word/document.xml", &valid().document_xml().into_bytes()),
            ("word/styles.xml", &noise),
        ],
        CompressionMethod::Stored,
    );
    let mut parts = crate::word::unzip(&large);
    parts.remove("word/styles.xml");
    match import(&large) {
        Err(DocxReadError::TooLarge { part, limit_bytes }) => {
            assert_eq!(part, "word/styles.xml");
            assert_eq!(limit_bytes, 64 * 1024 * 1024);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn a_truncated_download_is_a_damaged_zip() {
    let bytes = valid().bytes();
    for cut in [bytes.len() / 2, bytes.len() - 10, 30] {
        assert!(
            matches!(import(&bytes[..cut]), Err(DocxReadError::DamagedZip { .. })),
            "cut at {cut}: {:?}",
            import(&bytes[..cut])
        );
    }
}

#[test]
fn malformed_xml_names_its_part() {
    let broken_document = WordFile::new("<w:p><w:r><w:t>unclosed</w:r></w:p>");
    match import(&broken_document.bytes()) {
        Err(DocxReadError::MalformedXml { part, .. }) => assert_eq!(part, "word/document.xml"),
        other => panic!("expected MalformedXml, got {other:?}"),
    }
    let broken_styles = valid().styles("<w:style w:styleId=\"Title\">");
    match import(&broken_styles.bytes()) {
        Err(DocxReadError::MalformedXml { part, .. }) => assert_eq!(part, "word/styles.xml"),
        other => panic!("expected MalformedXml, got {other:?}"),
    }
    // Entity expansion ("billion laughs") needs a DTD, which is refused.
    let laughs = WordFile::new("").part("word/document.xml", b"");
    let _ = laughs;
    let dtd = r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#;
    let with_dtd = zip_parts(
        &[("word/document.xml", dtd.as_bytes())],
        CompressionMethod::Deflated,
    );
    assert!(matches!(
        import(&with_dtd),
        Err(DocxReadError::MalformedXml { .. })
    ));
    let latin1 = zip_parts(
        &[("word/document.xml", b"<w:document>caf\xe9</w:document>")],
        CompressionMethod::Deflated,
    );
    assert!(matches!(
        import(&latin1),
        Err(DocxReadError::MalformedXml { .. })
    ));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 50_000;
    let body = format!(
        "{}{}{}",
        "<w:sdt><w:sdtContent>".repeat(depth),
        p("deep"),
        "</w:sdtContent></w:sdt>".repeat(depth)
    );
    let tables = format!(
        "{}{}",
        "<w:tbl><w:tr><w:tc>".repeat(2_000),
        "</w:tc></w:tr></w:tbl>".repeat(2_000)
    );
    for body in [body, tables] {
        let bytes = WordFile::new(body).bytes();
        let _ = import(&bytes);
        let _ = read_redline(&bytes, "x");
    }
}

#[test]
fn no_truncation_of_a_valid_file_panics() {
    let bytes = valid().bytes();
    for cut in 0..bytes.len() {
        let _ = import(&bytes[..cut]);
        let _ = read_redline(&bytes[..cut], "x");
    }
}

/// Markup a mutation may splice into the document.
const SNIPPETS: &[&str] = &[
    "<w:p>",
    "</w:p>",
    "<w:r><w:t>x</w:t></w:r>",
    "<w:tbl><w:tr><w:tc>",
    "</w:tc></w:tr></w:tbl>",
    r#"<w:numPr><w:ilvl w:val="9"/><w:numId w:val="4294967295"/></w:numPr>"#,
    r#"<w:bookmarkStart w:id="0" w:name="pacta_clause_4294967295"/>"#,
    r#"<w:bookmarkStart w:id="1" w:name="pacta_agreement_x"/>"#,
    r#"<w:bookmarkEnd w:id="0"/>"#,
    r#"<w:fldChar w:fldCharType="begin"/>"#,
    r#"<w:ins w:author="é">"#,
    "</w:ins>",
    "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>",
    r#"<w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr>"#,
    "\u{0}",
    "&amp;",
    "&#xD800;",
    "]]>",
];

fn numbered() -> WordFile {
    valid().numbering(concat!(
        r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="4294967295"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%9.%2"/></w:lvl></w:abstractNum>"#,
        r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="0"/></w:lvlOverride></w:num>"#,
    ))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Random cuts, duplications and splices of markup in document.xml, zipped properly so the
    /// XML readers (not the zip checks) meet them.
    #[test]
    fn mutated_documents_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..4, any::<prop::sample::Index>(), 0usize..40), 1..8)
    ) {
        let file = numbered();
        let mut xml = file.document_xml().into_bytes();
        for (at, kind, snippet, length) in edits {
            let at = at.index(xml.len() + 1);
            match kind {
                0 => { let end = (at + length).min(xml.len()); xml.drain(at..end); }
                1 => { let end = (at + length).min(xml.len()); let copy = xml[at..end].to_vec(); xml.splice(at..at, copy); }
                _ => { let s = SNIPPETS[snippet.index(SNIPPETS.len())]; xml.splice(at..at, s.bytes()); }
            }
        }
        let mut parts = crate::word::unzip(&file.bytes());
        parts.insert("word/document.xml".into(), xml);
        let bytes = crate::word::rezip(&parts);
        let _ = import_agreement(&bytes, &[]);
        let _ = read_redline(&bytes, "x");
    }

    /// Random bytes flipped anywhere in the package.
    #[test]
    fn corrupted_packages_never_panic(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16)) {
        let mut bytes = numbered().bytes();
        for (at, value) in flips {
            let at = at.index(bytes.len());
            bytes[at] = value;
        }
        let _ = import_agreement(&bytes, &[]);
        let _ = read_redline(&bytes, "x");
    }
}
