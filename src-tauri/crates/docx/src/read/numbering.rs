//! Word's automatic list numbering (`word/numbering.xml`): the numbers a reader sees in front
//! of list paragraphs although they are not in the text. A paragraph names a list instance
//! (`w:numId`) and a level (`w:ilvl`); the instance points at an abstract definition whose
//! levels give the start value, the format (1, a, iv…) and the pattern ("%1.%2.").
//! Counters are kept per abstract definition, as Word does, so two instances of one list
//! continue each other unless an instance restarts a level (`w:startOverride`).

use std::collections::{HashMap, HashSet};

use roxmltree::Node;

use super::xml::{self, attr, child, child_val, is};
use crate::read_error::DocxReadError;

const LEVELS: usize = 9;

/// The list and level a paragraph is numbered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NumberingRef {
    pub num_id: u32,
    pub level: u8,
}

impl NumberingRef {
    /// From `w:numPr`; `numId` 0 means "no numbering" (it removes a style's list).
    pub fn from_num_pr(num_pr: Node) -> Option<NumberingRef> {
        let num_id = child_val(num_pr, "numId")?.parse().ok()?;
        let level = child_val(num_pr, "ilvl")
            .and_then(|v| v.parse::<u8>().ok())
            .unwrap_or(0)
            .min(LEVELS as u8 - 1);
        Some(NumberingRef { num_id, level })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberFormat {
    Decimal,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    /// `none`, and formats not rendered here (ordinal words, Chinese counting…): shown as
    /// decimal numbers, which keeps the count.
    Other,
    Hidden,
}

#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: NumberFormat,
    pattern: String,
}

struct Instance {
    abstract_id: u32,
    restarts: Vec<(usize, u32)>,
    levels: HashMap<usize, Level>,
}

#[derive(Default)]
pub(crate) struct Numbering {
    instances: HashMap<u32, Instance>,
    abstracts: HashMap<u32, HashMap<usize, Level>>,
}

/// The number shown in front of a list paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ListLabel {
    /// As displayed: "3.2.", "a)", "ARTICLE 2 :", "•".
    pub text: String,
    pub format: NumberFormat,
    pub level: u8,
}

/// The running counts of a document's lists, advanced paragraph by paragraph.
#[derive(Default)]
pub(crate) struct Counters {
    counts: HashMap<u32, [Option<u32>; LEVELS]>,
    started: HashSet<u32>,
}

impl Numbering {
    pub fn parse(text: &str) -> Result<Numbering, DocxReadError> {
        let tree = xml::parse("word/numbering.xml", text)?;
        let mut numbering = Numbering::default();
        for node in tree.root_element().children() {
            if is(node, "abstractNum") {
                if let Some(id) = attr(node, "abstractNumId").and_then(|v| v.parse().ok()) {
                    numbering.abstracts.insert(id, levels(node));
                }
            } else if is(node, "num") {
                let Some(id) = attr(node, "numId").and_then(|v| v.parse().ok()) else {
                    continue;
                };
                let Some(abstract_id) =
                    child_val(node, "abstractNumId").and_then(|v| v.parse().ok())
                else {
                    continue;
                };
                let mut restarts = Vec::new();
                let mut overridden = HashMap::new();
                for o in node.children().filter(|n| is(*n, "lvlOverride")) {
                    let Some(ilvl) = attr(o, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                        continue;
                    };
                    if ilvl >= LEVELS {
                        continue;
                    }
                    if let Some(start) = child_val(o, "startOverride").and_then(|v| v.parse().ok())
                    {
                        restarts.push((ilvl, start));
                    }
                    if let Some(level) = child(o, "lvl").map(level) {
                        overridden.insert(ilvl, level);
                    }
                }
                numbering.instances.insert(
                    id,
                    Instance {
                        abstract_id,
                        restarts,
                        levels: overridden,
                    },
                );
            }
        }
        Ok(numbering)
    }

    /// The label of the next paragraph numbered `reference`, advancing the counters; `None`
    /// for an unknown list.
    pub fn label(&self, counters: &mut Counters, reference: NumberingRef) -> Option<ListLabel> {
        let instance = self.instances.get(&reference.num_id)?;
        let definition = self.abstracts.get(&instance.abstract_id);
        let level_of = |l: usize| instance.levels.get(&l).or_else(|| definition?.get(&l));
        let level = reference.level as usize;
        let counts = counters.counts.entry(instance.abstract_id).or_default();
        if counters.started.insert(reference.num_id) {
            for (l, start) in &instance.restarts {
                // The count before the first paragraph: the next one shows `start`.
                counts[*l] = Some(start.saturating_sub(1));
            }
        }
        let start = level_of(level).map_or(1, |l| l.start);
        counts[level] = Some(counts[level].map_or(start, |c| c.saturating_add(1)));
        for deeper in counts.iter_mut().skip(level + 1) {
            *deeper = None;
        }
        let this = level_of(level)?;
        if this.format == NumberFormat::Bullet {
            return Some(ListLabel {
                text: bullet(&this.pattern),
                format: NumberFormat::Bullet,
                level: reference.level,
            });
        }
        let mut text = String::new();
        let mut chars = this.pattern.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let l = d as usize - 1;
                    let shown = level_of(l);
                    let value = counts[l].unwrap_or_else(|| shown.map_or(1, |s| s.start));
                    text.push_str(&format_number(
                        value,
                        shown.map_or(NumberFormat::Decimal, |s| s.format),
                    ));
                }
                _ => text.push(c),
            }
        }
        Some(ListLabel {
            text: text.trim().to_string(),
            format: this.format,
            level: reference.level,
        })
    }
}

fn levels(node: Node) -> HashMap<usize, Level> {
    node.children()
        .filter(|n| is(*n, "lvl"))
        .filter_map(|n| {
            let ilvl = attr(n, "ilvl")?
                .parse::<usize>()
                .ok()
                .filter(|l| *l < LEVELS)?;
            Some((ilvl, level(n)))
        })
        .collect()
}

fn level(node: Node) -> Level {
    let format = match child_val(node, "numFmt") {
        None | Some("decimal" | "decimalZero") => NumberFormat::Decimal,
        Some("lowerLetter") => NumberFormat::LowerLetter,
        Some("upperLetter") => NumberFormat::UpperLetter,
        Some("lowerRoman") => NumberFormat::LowerRoman,
        Some("upperRoman") => NumberFormat::UpperRoman,
        Some("bullet") => NumberFormat::Bullet,
        Some("none") => NumberFormat::Hidden,
        Some(_) => NumberFormat::Other,
    };
    Level {
        start: child_val(node, "start")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
        format,
        pattern: child_val(node, "lvlText").unwrap_or("").to_string(),
    }
}

/// Bullets are often a Symbol-font character in the private use area; shown as "•".
fn bullet(pattern: &str) -> String {
    match pattern.chars().next() {
        Some(c) if ('\u{e000}'..='\u{f8ff}').contains(&c) || c.is_control() => "•".to_string(),
        Some(c) => c.to_string(),
        None => "•".to_string(),
    }
}

pub(crate) fn format_number(value: u32, format: NumberFormat) -> String {
    match format {
        NumberFormat::Decimal | NumberFormat::Other => value.to_string(),
        NumberFormat::LowerLetter => letters(value),
        NumberFormat::UpperLetter => letters(value).to_uppercase(),
        NumberFormat::LowerRoman => roman(value).to_lowercase(),
        NumberFormat::UpperRoman => roman(value),
        NumberFormat::Bullet | NumberFormat::Hidden => String::new(),
    }
}

/// a…z, then aa…zz, as Word letters lists.
fn letters(value: u32) -> String {
    if value == 0 {
        return "0".to_string();
    }
    let letter = (b'a' + ((value - 1) % 26) as u8) as char;
    let repeat = ((value - 1) / 26 + 1).min(100) as usize;
    letter.to_string().repeat(repeat)
}

fn roman(value: u32) -> String {
    if value == 0 || value >= 4000 {
        return value.to_string();
    }
    const NUMERALS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = value;
    let mut text = String::new();
    for (n, numeral) in NUMERALS {
        while rest >= n {
            text.push_str(numeral);
            rest -= n;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="ARTICLE %1 :"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
            <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    fn at(num_id: u32, level: u8) -> NumberingRef {
        NumberingRef { num_id, level }
    }

    #[test]
    fn multilevel_lists_number_as_word_shows_them() {
        let numbering = Numbering::parse(NUMBERING).unwrap();
        let mut counters = Counters::default();
        let mut label = |r| numbering.label(&mut counters, r).unwrap().text;
        assert_eq!(label(at(1, 0)), "ARTICLE 1 :");
        assert_eq!(label(at(1, 1)), "1.1.");
        assert_eq!(label(at(1, 1)), "1.2.");
        assert_eq!(label(at(1, 2)), "a)");
        assert_eq!(label(at(1, 2)), "b)");
        assert_eq!(label(at(1, 0)), "ARTICLE 2 :");
        assert_eq!(label(at(1, 1)), "2.1.");
        assert_eq!(label(at(1, 2)), "a)");
        assert_eq!(label(at(2, 0)), "III.");
        assert_eq!(label(at(2, 0)), "IV.");
        // Another instance of the same list restarting at 1.
        assert_eq!(label(at(3, 0)), "I.");
        assert_eq!(label(at(3, 0)), "II.");
    }

    #[test]
    fn formats() {
        assert_eq!(format_number(28, NumberFormat::LowerLetter), "bb");
        assert_eq!(format_number(1994, NumberFormat::UpperRoman), "MCMXCIV");
        assert_eq!(format_number(14, NumberFormat::LowerRoman), "xiv");
    }
}
