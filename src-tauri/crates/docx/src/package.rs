//! Packs the laid-out document into a `.docx`, after adding the two things docx-rs 0.4 cannot
//! express: the repeat flag of table header rows and the core properties' title, subject and
//! creator. Both are added to docx-rs's own rendered parts ([`docx_rs::XMLDocx`]), so the rest
//! of the package stays docx-rs's.

use std::io::Cursor;

use pacta_core::agreement::{PrintLabels, PrintOptions, PrintableAgreement};

use crate::content::Built;
use crate::DocxError;

/// How docx-rs writes the row property it marks header rows with, and what they become.
const CANT_SPLIT: &str = "<w:cantSplit />";
const REPEATED_HEADER: &str = "<w:cantSplit /><w:tblHeader />";

pub(crate) fn pack(
    built: Built,
    agreement: &PrintableAgreement,
    options: &PrintOptions,
) -> Result<Vec<u8>, DocxError> {
    let mut xml = built.docx.build();
    xml.document = mark_header_rows(&xml.document, built.header_rows)?;
    xml.doc_props.core = core_properties(agreement, options).into_bytes();
    let mut bytes = Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|e| DocxError::Write(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// Adds `w:tblHeader` to each header row. The header rows are the only rows laid out with
/// `w:cantSplit`; should docx-rs ever write it differently, the count check fails loudly
/// rather than letting the annex headers silently stop repeating.
fn mark_header_rows(document: &[u8], expected: usize) -> Result<Vec<u8>, DocxError> {
    let document = std::str::from_utf8(document)
        .map_err(|e| DocxError::Write(format!("document.xml is not UTF-8: {e}")))?;
    let found = document.matches(CANT_SPLIT).count();
    if found != expected {
        return Err(DocxError::Write(format!(
            "expected {expected} table header rows in document.xml, found {found}"
        )));
    }
    Ok(document.replace(CANT_SPLIT, REPEATED_HEADER).into_bytes())
}

/// docProps/core.xml: the title in the first printed language, the kind and reference as
/// subject, the partnership as creator, and the print date as created and modified (so the
/// same agreement always exports the same bytes).
fn core_properties(agreement: &PrintableAgreement, options: &PrintOptions) -> String {
    let language = options.language.languages()[0];
    let labels = PrintLabels::of(language);
    let title = agreement
        .text
        .in_language(language)
        .map_or(agreement.text.title.as_str(), |(title, _)| title);
    let mut subject = format!(
        "{} {} · {} {}",
        labels.kind(agreement.text.kind),
        agreement.reference,
        labels.version,
        agreement.version
    );
    if agreement.amendment > 0 {
        subject.push_str(&format!(" · {} {}", labels.amendment, agreement.amendment));
    }
    let date = format!("{}T00:00:00Z", agreement.printed_on);
    let languages: Vec<&str> = options
        .language
        .languages()
        .iter()
        .map(|l| l.code())
        .collect();
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title>",
            "<dc:subject>{subject}</dc:subject>",
            "<dc:creator>{creator}</dc:creator>",
            "<cp:keywords>{reference}</cp:keywords>",
            "<dc:language>{language}</dc:language>",
            "<cp:lastModifiedBy>{creator}</cp:lastModifiedBy>",
            "<cp:revision>{revision}</cp:revision>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>"#,
            r#"<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        title = escape(title),
        subject = escape(&subject),
        creator = escape(&agreement.author),
        reference = escape(&agreement.reference),
        language = languages.join(", "),
        revision = agreement.version,
        date = date,
    )
}

/// Text as XML character data (element content).
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // Not allowed in XML 1.0 at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rows_gain_the_repeat_flag() {
        let xml = b"<w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr><w:tr><w:trPr /></w:tr>";
        let marked = String::from_utf8(mark_header_rows(xml, 1).unwrap()).unwrap();
        assert_eq!(
            marked,
            "<w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr></w:tr><w:tr><w:trPr /></w:tr>"
        );
    }

    #[test]
    fn a_miscounted_header_row_is_an_error_not_a_silent_loss() {
        let xml = b"<w:tr><w:trPr /></w:tr>";
        assert!(matches!(
            mark_header_rows(xml, 1),
            Err(DocxError::Write(message)) if message.contains("found 0")
        ));
    }

    #[test]
    fn core_property_text_is_escaped() {
        assert_eq!(escape("A & B <C> \u{1}"), "A &amp; B &lt;C&gt; ");
    }
}
