//! Which lines are headings. Word documents mark them in many ways: a heading style, an
//! outline level, the first level of a multilevel list, "Article 3 – …" typed by hand, "3.
//! Funding" or "III. Confidentiality", or a short line in capitals or bold. The weaker the
//! sign, the more the line must also look like a heading (short, no closing punctuation) or
//! name a section.

use std::collections::HashSet;

use pacta_core::agreement::Section;

use super::lines::Line;
use super::markers::{self, MarkerKind};
use super::parties::named_party;
use super::sections::{is_annex_heading, section_of};
use super::text::{ends_as_sentence, is_capitals, words};
use crate::read::numbering::NumberFormat;

/// Longest heading, in words (after its number).
const HEADING_WORDS: usize = 12;
/// Longest bold line taken for a heading.
const BOLD_HEADING_WORDS: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    /// As the reader sees it, automatic number included: "ARTICLE 2 : OBLIGATIONS DES PARTIES".
    pub display: String,
    /// What it is about, its number taken off: "OBLIGATIONS DES PARTIES".
    pub topic: String,
    pub section: Option<Section>,
    pub annex: bool,
}

/// How sure the signs are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// Capitals or bold: a heading only when it names a section.
    Weak,
    /// Heading style, outline level, list level, typed article or number.
    Strong,
}

pub(crate) fn heading_of(line: &Line, multilevel: &HashSet<u32>) -> Option<(Heading, Strength)> {
    let text = line.text.as_str();
    let (marker, after) = markers::split(text);
    let topic = match &marker {
        Some(m) if !matches!(m.kind, MarkerKind::Bullet) => after.to_string(),
        _ => text.to_string(),
    };
    let display = match &line.list {
        Some(label) if !label.text.is_empty() && label.format != NumberFormat::Bullet => {
            format!("{} {text}", label.text)
        }
        _ => text.to_string(),
    };
    let section = section_of(&topic);
    let annex = is_annex_heading(text);
    let short = words(&topic) <= HEADING_WORDS && !ends_as_sentence(&topic);
    let heading = |strength| {
        Some((
            Heading {
                display: display.clone(),
                topic: topic.clone(),
                section,
                annex,
            },
            strength,
        ))
    };
    match line.heading_level {
        Some(0) => return heading(Strength::Strong),
        // A sub-heading only opens a section it names; otherwise it is text of the section.
        Some(_) if section.is_some() || annex => return heading(Strength::Strong),
        _ => {}
    }
    if let Some(label) = &line.list {
        let numbered = !matches!(label.format, NumberFormat::Bullet | NumberFormat::Hidden);
        let in_multilevel = line.num_id.is_some_and(|n| multilevel.contains(&n));
        if label.level == 0
            && numbered
            && short
            && (line.bold || is_capitals(text) || in_multilevel)
        {
            return heading(Strength::Strong);
        }
    }
    // A list item is not a heading by its looks alone.
    if line.list.is_some() && marker.is_none() {
        return None;
    }
    if let Some(marker) = &marker {
        let starts_upper = topic.chars().next().is_none_or(char::is_uppercase);
        let typed = match marker.kind {
            MarkerKind::Division => short || topic.is_empty(),
            MarkerKind::Article { levels: 1 } => short || topic.is_empty(),
            MarkerKind::Number { levels: 1 } | MarkerKind::Roman { upper: true } => {
                short && starts_upper && !topic.is_empty() && words(&topic) <= 10
            }
            _ => false,
        };
        if typed {
            return heading(Strength::Strong);
        }
        if !matches!(marker.kind, MarkerKind::Bullet) {
            return None;
        }
    }
    let looks = short && named_party(text).is_none() && !line.title_style;
    let caps = is_capitals(text) && looks;
    let bold = line.bold && looks && words(text) <= BOLD_HEADING_WORDS;
    if (caps || bold) && (section.is_some() || annex) {
        return heading(Strength::Weak);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::numbering::ListLabel;

    fn line(text: &str) -> Line {
        Line {
            text: text.into(),
            ..Line::default()
        }
    }

    fn heading(line: &Line) -> Option<(String, Option<Section>)> {
        heading_of(line, &HashSet::new()).map(|(h, _)| (h.topic, h.section))
    }

    #[test]
    fn typed_headings() {
        assert_eq!(
            heading(&line("Article 1 – Purpose")),
            Some(("Purpose".into(), Some(Section::PurposeAndScope)))
        );
        assert_eq!(
            heading(&line("ARTICLE 2\u{a0}: OBLIGATIONS DES PARTIES")),
            Some((
                "OBLIGATIONS DES PARTIES".into(),
                Some(Section::Responsibilities)
            ))
        );
        assert_eq!(
            heading(&line("3. Funding")),
            Some(("Funding".into(), Some(Section::Funding)))
        );
        assert_eq!(
            heading(&line("III. Confidentiality")),
            Some(("Confidentiality".into(), Some(Section::Confidentiality)))
        );
        assert_eq!(heading(&line("Section 2")), Some((String::new(), None)));
        assert_eq!(
            heading(&line("CONFIDENTIALITÉ")).map(|h| h.1),
            Some(Some(Section::Confidentiality))
        );
        assert_eq!(heading(&line("MISCELLANEOUS")), None);
    }

    #[test]
    fn clauses_are_not_headings() {
        assert_eq!(heading(&line("1.1 The parties shall meet.")), None);
        assert_eq!(
            heading(&line(
                "1. The parties shall meet every quarter to review the referrals."
            )),
            None
        );
        assert_eq!(
            heading(&line("Article 4.2 The Ministry shall fund the shelter.")),
            None
        );
        assert_eq!(heading(&line("BETWEEN: MINISTRY OF FINANCE")), None);
        assert_eq!(heading(&line("a) Funding;")), None);
    }

    #[test]
    fn list_and_style_headings() {
        let mut numbered = line("OBLIGATIONS DES PARTIES");
        numbered.list = Some(ListLabel {
            text: "ARTICLE 2 :".into(),
            format: NumberFormat::Decimal,
            level: 0,
        });
        let (h, _) = heading_of(&numbered, &HashSet::new()).unwrap();
        assert_eq!(h.display, "ARTICLE 2 : OBLIGATIONS DES PARTIES");
        let mut styled = line("Miscellaneous");
        styled.heading_level = Some(0);
        assert_eq!(heading(&styled), Some(("Miscellaneous".into(), None)));
        styled.heading_level = Some(1);
        assert_eq!(heading(&styled), None);
    }
}
