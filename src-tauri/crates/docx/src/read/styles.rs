//! Paragraph styles from `word/styles.xml`: which are headings (and of what level), which is
//! the title, which are bold or numbered. Style ids are localised by Word ("Titre1" in a
//! French Word) while names are the built-in English ones ("heading 1"), so both are read;
//! properties a style does not set come from the style it is based on.

use std::collections::HashMap;

use roxmltree::Node;

use super::numbering::NumberingRef;
use super::xml::{self, attr, child, child_val, is, on_off};
use crate::read_error::DocxReadError;

/// A `basedOn` chain longer than this is a loop.
const CHAIN_LIMIT: usize = 16;

#[derive(Default)]
pub(crate) struct Styles {
    by_id: HashMap<String, Style>,
}

#[derive(Default)]
struct Style {
    /// Lower-cased, spaces removed: "heading1", "title", "toc1".
    name: String,
    based_on: Option<String>,
    outline_level: Option<u8>,
    bold: Option<bool>,
    numbering: Option<NumberingRef>,
}

impl Styles {
    pub fn parse(text: &str) -> Result<Styles, DocxReadError> {
        let part = "word/styles.xml";
        let tree = xml::parse(part, text)?;
        let mut by_id = HashMap::new();
        for node in tree.descendants().filter(|n| is(*n, "style")) {
            if attr(node, "type").is_some_and(|t| t != "paragraph") {
                continue;
            }
            let Some(id) = attr(node, "styleId") else {
                continue;
            };
            by_id.insert(id.to_string(), style(node));
        }
        Ok(Styles { by_id })
    }

    /// The heading level (0 = top) of a paragraph style, by its built-in name, its id, or the
    /// outline level it sets.
    pub fn heading_level(&self, id: &str) -> Option<u8> {
        let by_name = |name: &str| {
            let compact = compact(name);
            ["heading", "titre", "berschrift"]
                .iter()
                .find_map(|prefix| compact.strip_prefix(prefix))
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=9).contains(n))
                .map(|n| n - 1)
        };
        if let Some(level) = by_name(id) {
            return Some(level);
        }
        self.chain(id)
            .find_map(|s| by_name(&s.name).or(s.outline_level.filter(|l| *l < 9)))
    }

    pub fn is_title(&self, id: &str) -> bool {
        let title = |name: &str| matches!(compact(name).as_str(), "title" | "titre");
        title(id) || self.by_id.get(id).is_some_and(|s| title(&s.name))
    }

    pub fn is_subtitle(&self, id: &str) -> bool {
        let subtitle = |name: &str| matches!(compact(name).as_str(), "subtitle" | "soustitre");
        subtitle(id) || self.by_id.get(id).is_some_and(|s| subtitle(&s.name))
    }

    /// A table-of-contents entry style ("toc 1", "TOC Heading"…): generated text, not content.
    pub fn is_table_of_contents(&self, id: &str) -> bool {
        let toc = |name: &str| {
            let compact = compact(name);
            compact.starts_with("toc")
                || compact.starts_with("tm") && compact[2..].parse::<u8>().is_ok()
        };
        toc(id) || self.by_id.get(id).is_some_and(|s| toc(&s.name))
    }

    pub fn is_bold(&self, id: &str) -> bool {
        self.chain(id).find_map(|s| s.bold) == Some(true)
    }

    /// List numbering a paragraph style applies (headings numbered by their style).
    pub fn numbering(&self, id: &str) -> Option<NumberingRef> {
        self.chain(id).find_map(|s| s.numbering)
    }

    fn chain<'s>(&'s self, id: &str) -> impl Iterator<Item = &'s Style> + 's {
        let mut next = self.by_id.get(id);
        std::iter::from_fn(move || {
            let current = next?;
            next = current.based_on.as_deref().and_then(|b| self.by_id.get(b));
            Some(current)
        })
        .take(CHAIN_LIMIT)
    }
}

fn style(node: Node) -> Style {
    let paragraph = child(node, "pPr");
    Style {
        name: child_val(node, "name").map(compact).unwrap_or_default(),
        based_on: child_val(node, "basedOn").map(str::to_string),
        outline_level: paragraph
            .and_then(|p| child_val(p, "outlineLvl"))
            .and_then(|v| v.parse().ok()),
        bold: child(node, "rPr").and_then(|r| on_off(r, "b")),
        numbering: paragraph
            .and_then(|p| child(p, "numPr"))
            .and_then(NumberingRef::from_num_pr),
    }
}

fn compact(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Titre"><w:name w:val="Title"/></w:style>
        <w:style w:type="paragraph" w:styleId="MyArticle"><w:name w:val="Article"/><w:basedOn w:val="Plan"/></w:style>
        <w:style w:type="paragraph" w:styleId="Plan"><w:name w:val="Plan"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Loop"><w:name w:val="Loop"/><w:basedOn w:val="Loop"/></w:style>
    </w:styles>"#;

    #[test]
    fn headings_are_known_by_name_id_or_outline_level() {
        let styles = Styles::parse(STYLES).unwrap();
        assert_eq!(styles.heading_level("Titre1"), Some(0));
        assert_eq!(styles.heading_level("Heading3"), Some(2));
        assert_eq!(styles.heading_level("MyArticle"), Some(1));
        assert!(styles.is_bold("MyArticle"));
        assert!(styles.is_title("Titre"));
        assert!(!styles.is_title("Titre1"));
        assert_eq!(styles.heading_level("Loop"), None);
    }
}
