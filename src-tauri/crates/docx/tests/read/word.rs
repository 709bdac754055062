//! Word files written part by part, as Word would write them, so each test controls exactly
//! the XML the reader meets: the main document, styles, list numbering, comments, the
//! content types and relationships.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

pub const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const DOCX_MAIN: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
pub const DOCM_MAIN: &str = "application/vnd.ms-word.document.macroEnabled.main+xml";

/// A Word package under construction.
pub struct WordFile {
    body: String,
    styles: Option<String>,
    numbering: Option<String>,
    comments: Option<String>,
    main_content_type: &'static str,
    extra: Vec<(String, Vec<u8>)>,
}

impl WordFile {
    /// A document whose `w:body` holds `body`.
    pub fn new(body: impl Into<String>) -> Self {
        WordFile {
            body: body.into(),
            styles: Some(styles(STANDARD_STYLES)),
            numbering: None,
            comments: None,
            main_content_type: DOCX_MAIN,
            extra: Vec::new(),
        }
    }

    pub fn styles(mut self, style_elements: &str) -> Self {
        self.styles = Some(styles(style_elements));
        self
    }

    pub fn numbering(mut self, inner: &str) -> Self {
        self.numbering = Some(format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">{inner}</w:numbering>"#
        ));
        self
    }

    pub fn comments(mut self, inner: &str) -> Self {
        self.comments = Some(format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W_NS}">{inner}</w:comments>"#
        ));
        self
    }

    pub fn macro_enabled(mut self) -> Self {
        self.main_content_type = DOCM_MAIN;
        self
    }

    pub fn part(mut self, name: &str, bytes: &[u8]) -> Self {
        self.extra.push((name.to_string(), bytes.to_vec()));
        self
    }

    pub fn document_xml(&self) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>{}<w:sectPr/></w:body></w:document>"#,
            self.body
        )
    }

    pub fn bytes(&self) -> Vec<u8> {
        let mut overrides = format!(
            r#"<Override PartName="/word/document.xml" ContentType="{}"/>"#,
            self.main_content_type
        );
        let mut relationships = String::new();
        let mut parts: Vec<(String, Vec<u8>)> =
            vec![("word/document.xml".into(), self.document_xml().into_bytes())];
        for (name, kind, content_type, text) in [
            ("styles.xml", "styles", "styles", &self.styles),
            ("numbering.xml", "numbering", "numbering", &self.numbering),
            ("comments.xml", "comments", "comments", &self.comments),
        ] {
            if let Some(text) = text {
                overrides.push_str(&format!(
                    r#"<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{content_type}+xml"/>"#
                ));
                relationships.push_str(&format!(
                    r#"<Relationship Id="rId{kind}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{name}"/>"#
                ));
                parts.push((format!("word/{name}"), text.clone().into_bytes()));
            }
        }
        parts.push((
            "[Content_Types].xml".into(),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>"#
            )
            .into_bytes(),
        ));
        parts.push((
            "_rels/.rels".into(),
            br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_vec(),
        ));
        parts.push((
            "word/_rels/document.xml.rels".into(),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationships}</Relationships>"#
            )
            .into_bytes(),
        ));
        parts.extend(self.extra.iter().cloned());
        let named: Vec<(&str, &[u8])> = parts
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        zip_parts(&named, CompressionMethod::Deflated)
    }
}

pub fn zip_parts(parts: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(method)
        .large_file(parts.iter().any(|(_, b)| b.len() > u32::MAX as usize / 2));
    for (name, bytes) in parts {
        writer.start_file(*name, options).expect("a zip entry");
        writer.write_all(bytes).expect("written");
    }
    writer.finish().expect("a zip").into_inner()
}

/// Every entry of a zip, by name.
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut parts = BTreeMap::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("an entry");
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("readable");
        parts.insert(entry.name().expect("a name").to_string(), content);
    }
    parts
}

pub fn rezip(parts: &BTreeMap<String, Vec<u8>>) -> Vec<u8> {
    let named: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    zip_parts(&named, CompressionMethod::Deflated)
}

fn styles(inner: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">{inner}</w:styles>"#
    )
}

/// The styles an English Word writes: ids are the English names.
pub const STANDARD_STYLES: &str = concat!(
    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>"#,
);

/// The styles a French Word writes: ids are localised, names stay the built-in ones.
pub const FRENCH_STYLES: &str = concat!(
    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>"#,
    r#"<w:style w:type="paragraph" w:styleId="Paragraphedeliste"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>"#,
);

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A run of text.
pub fn run(text: &str) -> String {
    format!(
        r#"<w:r><w:t xml:space="preserve">{}</w:t></w:r>"#,
        escape(text)
    )
}

pub fn bold_run(text: &str) -> String {
    format!(
        r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
        escape(text)
    )
}

/// A paragraph of one run.
pub fn p(text: &str) -> String {
    format!("<w:p>{}</w:p>", run(text))
}

/// A paragraph in a style.
pub fn styled(style: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{}</w:p>"#,
        run(text)
    )
}

/// A paragraph numbered by list `num_id` at `level`, its runs as given.
pub fn listed(num_id: u32, level: u8, runs: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Paragraphedeliste"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>{runs}</w:p>"#
    )
}

/// A table; the first row is its header.
pub fn table(rows: &[&[&str]]) -> String {
    let rows: String = rows
        .iter()
        .map(|cells| {
            let cells: String = cells
                .iter()
                .map(|c| format!("<w:tc>{}</w:tc>", p(c)))
                .collect();
            format!("<w:tr>{cells}</w:tr>")
        })
        .collect();
    format!("<w:tbl><w:tblPr/>{rows}</w:tbl>")
}
