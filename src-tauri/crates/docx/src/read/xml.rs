//! XML parts as trees, and the few questions asked of WordprocessingML elements: is this a
//! `w:` element of that name, what is its `w:` attribute, is this on/off property on.

use roxmltree::{Document, Node, ParsingOptions};

use crate::read_error::DocxReadError;

/// WordprocessingML as Word and LibreOffice write it (transitional)…
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/// …and as "Strict Open XML" files name it.
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/// A bound on nodes per part: far above any agreement (a 300-page document has ~2 million),
/// low enough that a hostile part cannot exhaust memory through the tree.
const NODES_LIMIT: u32 = 8_000_000;

/// The part's bytes as text: UTF-8 (with or without a byte order mark) or UTF-16 with one.
pub(crate) fn decode(part: &str, bytes: Vec<u8>) -> Result<String, DocxReadError> {
    let malformed = |reason: &str| DocxReadError::MalformedXml {
        part: part.to_string(),
        reason: reason.to_string(),
    };
    let utf16 = |bytes: &[u8], from: fn([u8; 2]) -> u16| {
        let units = bytes.chunks_exact(2).map(|c| from([c[0], c[1]]));
        char::decode_utf16(units).collect::<Result<String, _>>()
    };
    match bytes.as_slice() {
        [0xEF, 0xBB, 0xBF, rest @ ..] => {
            String::from_utf8(rest.to_vec()).map_err(|_| malformed("not UTF-8"))
        }
        [0xFF, 0xFE, rest @ ..] => {
            utf16(rest, u16::from_le_bytes).map_err(|_| malformed("bad UTF-16"))
        }
        [0xFE, 0xFF, rest @ ..] => {
            utf16(rest, u16::from_be_bytes).map_err(|_| malformed("bad UTF-16"))
        }
        _ => String::from_utf8(bytes).map_err(|_| malformed("not UTF-8")),
    }
}

/// The part as a tree. DTDs are refused (Word never writes one; they are the way to entity
/// expansion attacks).
pub(crate) fn parse<'t>(part: &str, text: &'t str) -> Result<Document<'t>, DocxReadError> {
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, options).map_err(|e| DocxReadError::MalformedXml {
        part: part.to_string(),
        reason: e.to_string(),
    })
}

/// Is `node` the WordprocessingML element `name`?
pub(crate) fn is(node: Node, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && matches!(node.tag_name().namespace(), Some(W | W_STRICT))
}

/// The first child element `name`.
pub(crate) fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(*c, name))
}

/// The attribute `w:name` (or, as some writers emit it, unqualified `name`).
pub(crate) fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
        .or_else(|| node.attribute((W_STRICT, name)))
        .or_else(|| node.attribute(name))
}

/// `w:val` of the child element `name`.
pub(crate) fn child_val<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    child(node, name).and_then(|c| attr(c, "val"))
}

/// An on/off property such as `<w:b/>`: on when present unless its value says off.
pub(crate) fn on_off(node: Node, name: &str) -> Option<bool> {
    child(node, name).map(|c| !matches!(attr(c, "val"), Some("0" | "false" | "off")))
}

/// The text of every `w:t` below `node`, paragraphs separated by a line break (comments).
pub(crate) fn plain_text(node: Node) -> String {
    let mut paragraphs = Vec::new();
    for paragraph in node.descendants().filter(|n| is(*n, "p")) {
        let mut text = String::new();
        for n in paragraph.descendants() {
            if is(n, "t") {
                text.push_str(n.text().unwrap_or(""));
            } else if is(n, "tab") {
                text.push('\t');
            } else if is(n, "br") || is(n, "cr") {
                text.push('\n');
            }
        }
        paragraphs.push(text);
    }
    paragraphs.join("\n")
}
