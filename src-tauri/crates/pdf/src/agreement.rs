//! The printed agreement as blocks: title page, numbered sections and clauses (side by
//! side when bilingual), parties, signature blocks, annexes and the list of attachments.

use pacta_core::agreement::{
    Clause, Language, Party, PrintLabels, PrintOptions, PrintableAgreement, Section, SectionText,
};

use crate::layout::{
    Align, Block, Document, Field, Metadata, Orientation, PageFurniture, PageSetup, Paragraph,
    Table, TextStyle,
};
use crate::PdfError;

const BODY: TextStyle = TextStyle::body(10.0);
const HEADING: TextStyle = TextStyle::body(12.5).bold();
const CLAUSE_NUMBER_WIDTH: f32 = 30.0;
const GUTTER: f32 = 18.0;

/// One printed language: its fixed words, title and sections.
struct Text<'a> {
    labels: PrintLabels,
    title: &'a str,
    sections: &'a [SectionText],
}

/// Builds the document for `agreement`. The languages must have been checked.
pub fn document(
    agreement: &PrintableAgreement,
    options: &PrintOptions,
) -> Result<Document, PdfError> {
    let texts: Vec<Text> = options
        .language
        .languages()
        .iter()
        .map(|language| {
            let (title, sections) = agreement.text.in_language(*language).ok_or(
                pacta_core::agreement::MissingLanguage {
                    missing: *language,
                    available: agreement.text.language,
                },
            )?;
            Ok(Text {
                labels: PrintLabels::of(*language),
                title,
                sections,
            })
        })
        .collect::<Result<_, PdfError>>()?;
    let printer = Printer {
        agreement,
        texts: &texts,
    };
    let first = &texts[0];
    let kind = first.labels.kind(agreement.text.kind);
    let mut blocks = printer.title_page();
    for section in Section::ALL {
        blocks.extend(printer.section(*section));
    }
    blocks.extend(printer.annexes());
    blocks.extend(printer.attachments());

    Ok(Document {
        setup: PageSetup::new(options.paper.size_mm(), Orientation::Portrait),
        metadata: Metadata {
            title: first.title.to_string(),
            author: agreement.author.clone(),
            subject: format!("{kind} {}", agreement.reference),
            created: ymd(&agreement.printed_on.to_string()),
        },
        furniture: PageFurniture {
            header_left: format!(
                "{} · {} {}",
                agreement.reference, first.labels.version, agreement.version
            ),
            header_right: printer.joined(|l| l.kind(agreement.text.kind)),
            skip_first_header: true,
            footer: printer.joined(|l| l.page_of.to_string()),
        },
        blocks,
    })
}

/// "2026-11-25" as numbers, for the PDF's creation date.
fn ymd(iso: &str) -> Option<(i32, u8, u8)> {
    let mut parts = iso.split('-');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    ))
}

struct Printer<'a> {
    agreement: &'a PrintableAgreement,
    texts: &'a [Text<'a>],
}

impl Printer<'_> {
    fn bilingual(&self) -> bool {
        self.texts.len() > 1
    }

    /// A fixed word in every printed language: "Name / Nom".
    fn joined(&self, word: impl Fn(&PrintLabels) -> String) -> String {
        let mut words: Vec<String> = Vec::new();
        for text in self.texts {
            let w = word(&text.labels);
            if !words.contains(&w) {
                words.push(w);
            }
        }
        words.join(" / ")
    }

    /// One paragraph per language, side by side when bilingual.
    fn each_language(&self, paragraph: impl Fn(&Text) -> Paragraph, space_after: f32) -> Block {
        if !self.bilingual() {
            let mut p = paragraph(&self.texts[0]);
            p.space_after = space_after;
            return Block::Paragraph(p);
        }
        let paragraphs: Vec<Paragraph> = self.texts.iter().map(paragraph).collect();
        Block::Columns {
            keep_with_next: paragraphs.iter().any(|p| p.keep_with_next),
            paragraphs,
            gutter: GUTTER,
            space_after,
        }
    }

    fn title_page(&self) -> Vec<Block> {
        let a = self.agreement;
        let centred = |size: f32, bold: bool| {
            let style = TextStyle::body(size).aligned(Align::Center);
            if bold {
                style.bold()
            } else {
                style
            }
        };
        let mut blocks = vec![Block::Space(60.0)];
        for text in self.texts {
            blocks.push(Block::Paragraph(
                Paragraph::new(
                    text.labels.kind(a.text.kind).to_uppercase(),
                    centred(11.0, false),
                )
                .spaced(0.0, 4.0),
            ));
        }
        for text in self.texts {
            let mut title = Paragraph::new(text.title, centred(19.0, true)).spaced(8.0, 8.0);
            title.style.leading = 1.25;
            blocks.push(Block::Paragraph(title));
        }
        blocks.push(Block::Paragraph(
            Paragraph::new(self.joined(|l| l.between.to_string()), centred(11.0, false))
                .spaced(24.0, 8.0),
        ));
        for party in &a.text.parties {
            blocks.push(Block::Paragraph(
                Paragraph::new(&party.name, centred(12.0, true)).spaced(0.0, 6.0),
            ));
        }
        blocks.push(Block::Space(36.0));
        let mut facts: Vec<(String, String)> = vec![
            (
                self.joined(|l| l.reference.to_string()),
                a.reference.clone(),
            ),
            (
                self.joined(|l| l.version.to_string()),
                a.version.to_string(),
            ),
        ];
        if a.amendment > 0 {
            facts.push((
                self.joined(|l| l.amendment.to_string()),
                a.amendment.to_string(),
            ));
        }
        facts.push((
            self.joined(|l| l.date.to_string()),
            a.printed_on.to_string(),
        ));
        if let Some(date) = a.text.effective_on {
            facts.push((
                self.joined(|l| l.effective_on.to_string()),
                date.to_string(),
            ));
        }
        if let Some(date) = a.text.expires_on {
            facts.push((self.joined(|l| l.expires_on.to_string()), date.to_string()));
        }
        let label_width = if self.bilingual() { 230.0 } else { 120.0 };
        for (label, value) in facts {
            blocks.push(Block::Field(Field {
                label: format!("{label}:"),
                value: Some(value),
                style: BODY,
                label_width,
                rule_length: 0.0,
                space_before: 2.0,
            }));
        }
        blocks.push(Block::PageBreak);
        blocks
    }

    fn heading(&self, section: Section) -> Block {
        self.each_language(
            |text| {
                Paragraph::heading(
                    format!("{}. {}", section.number(), text.labels.section(section)),
                    HEADING,
                )
                .spaced(14.0, 4.0)
            },
            4.0,
        )
    }

    fn section(&self, section: Section) -> Vec<Block> {
        let mut blocks = Vec::new();
        if section == Section::Signatures {
            blocks.push(Block::PageBreak);
        }
        blocks.push(self.heading(section));
        match section {
            Section::Parties => blocks.extend(self.parties()),
            Section::Signatures => blocks.extend(self.signatures()),
            _ => blocks.extend(self.clauses(section)),
        }
        blocks
    }

    /// Clauses numbered "1.1", "1.2", each beside its translation (matched by id).
    fn clauses(&self, section: Section) -> Vec<Block> {
        let clauses_in = |text: &Text| -> Vec<Clause> {
            text.sections
                .iter()
                .find(|s| s.section == section)
                .map(|s| s.clauses.clone())
                .unwrap_or_default()
        };
        let columns: Vec<Vec<Clause>> = self.texts.iter().map(clauses_in).collect();
        // Clause order comes from the first language; clauses only a translation has
        // follow at the end.
        let mut ids: Vec<u32> = columns[0].iter().map(|c| c.id).collect();
        for column in &columns[1..] {
            for clause in column {
                if !ids.contains(&clause.id) {
                    ids.push(clause.id);
                }
            }
        }
        ids.iter()
            .enumerate()
            .map(|(n, id)| {
                let number = format!("{}.{}", section.number(), n + 1);
                let paragraphs: Vec<Paragraph> = columns
                    .iter()
                    .map(|column| {
                        let text = column
                            .iter()
                            .find(|c| c.id == *id)
                            .map_or("", |c| c.text.as_str());
                        Paragraph::new(text, BODY).labelled(&number, CLAUSE_NUMBER_WIDTH)
                    })
                    .collect();
                self.columns(paragraphs, 6.0)
            })
            .collect()
    }

    fn columns(&self, mut paragraphs: Vec<Paragraph>, space_after: f32) -> Block {
        if paragraphs.len() == 1 {
            let mut p = paragraphs.remove(0);
            p.space_after = space_after;
            return Block::Paragraph(p);
        }
        Block::Columns {
            paragraphs,
            gutter: GUTTER,
            space_after,
            keep_with_next: false,
        }
    }

    /// The parties section, made from the parties: name, address, who represents them.
    fn parties(&self) -> Vec<Block> {
        let number = Section::Parties.number();
        let mut blocks = Vec::new();
        for (n, party) in self.agreement.text.parties.iter().enumerate() {
            let label = format!("{number}.{}", n + 1);
            let mut name =
                Paragraph::heading(&party.name, BODY.bold()).labelled(&label, CLAUSE_NUMBER_WIDTH);
            name.space_before = 4.0;
            blocks.push(Block::Paragraph(name));
            if !party.address.trim().is_empty() {
                let mut address = Paragraph::new(&party.address, BODY);
                address.indent = CLAUSE_NUMBER_WIDTH;
                address.keep_with_next = true;
                blocks.push(Block::Paragraph(address));
            }
            if let Some(signatory) = &party.signatory {
                blocks.push(self.each_language(|text| represented_by(text, party, signatory), 4.0));
            }
        }
        blocks
    }

    /// One block per party, never split across pages: filled from the recorded
    /// signature, or from the chosen signatory with blank lines to complete by hand.
    fn signatures(&self) -> Vec<Block> {
        let a = self.agreement;
        let label_width = if self.bilingual() { 130.0 } else { 90.0 };
        let rule_length = 220.0;
        let field = |label: String, value: Option<String>, space_before: f32| {
            Block::Field(Field {
                label: format!("{label}:"),
                value,
                style: BODY,
                label_width,
                rule_length,
                space_before,
            })
        };
        a.text
            .parties
            .iter()
            .flat_map(|party| {
                let signature = a.signature_of(party.organisation_id);
                let name = signature
                    .map(|s| s.signatory.clone())
                    .or_else(|| party.signatory.clone());
                let title = signature.map(|s| s.title.clone()).or_else(|| {
                    Some(party.signatory_title.clone()).filter(|t| !t.trim().is_empty())
                });
                let mut group = vec![
                    Block::Paragraph(Paragraph::new(&party.name, BODY.bold()).spaced(0.0, 2.0)),
                    field(self.joined(|l| l.name.to_string()), name, 0.0),
                    field(self.joined(|l| l.title.to_string()), title, 2.0),
                    field(
                        self.joined(|l| l.place.to_string()),
                        signature.map(|s| s.place.clone()),
                        2.0,
                    ),
                    field(
                        self.joined(|l| l.date.to_string()),
                        signature.map(|s| s.signed_on.to_string()),
                        2.0,
                    ),
                    field(self.joined(|l| l.signature.to_string()), None, 22.0),
                ];
                group.push(Block::Space(6.0));
                vec![Block::Space(14.0), Block::Group(group)]
            })
            .collect()
    }

    fn annexes(&self) -> Vec<Block> {
        let mut blocks = Vec::new();
        for (n, annex) in self.agreement.annexes.iter().enumerate() {
            blocks.push(Block::PageBreak);
            blocks.push(Block::Paragraph(
                Paragraph::heading(
                    format!(
                        "{} {} — {}",
                        self.joined(|l| l.annex.to_string()),
                        n + 1,
                        annex.title
                    ),
                    HEADING,
                )
                .spaced(0.0, 8.0),
            ));
            blocks.push(Block::Table(Table {
                header: annex.columns.clone(),
                rows: annex.rows.clone(),
                widths: None,
                style: TextStyle::body(7.5).aligned(Align::Start),
            }));
        }
        blocks
    }

    fn attachments(&self) -> Vec<Block> {
        let a = self.agreement;
        if a.attachments.is_empty() {
            return Vec::new();
        }
        let language = self.texts[0].labels.language;
        vec![
            Block::Paragraph(
                Paragraph::heading(self.joined(|l| l.attachments.to_string()), HEADING)
                    .spaced(18.0, 8.0),
            ),
            Block::Table(Table {
                header: vec![
                    self.joined(|l| l.file.to_string()),
                    self.joined(|l| l.size.to_string()),
                    self.joined(|l| l.sha256.to_string()),
                ],
                rows: a
                    .attachments
                    .iter()
                    .map(|f| {
                        vec![
                            f.file_name.clone(),
                            size(f.size_bytes, language),
                            f.sha256.clone(),
                        ]
                    })
                    .collect(),
                widths: Some(vec![3.0, 1.6, 5.4]),
                style: TextStyle::body(8.0),
            }),
        ]
    }
}

fn represented_by(text: &Text, party: &Party, signatory: &str) -> Paragraph {
    let title = party.signatory_title.trim();
    let line = if title.is_empty() {
        format!("{} {signatory}", text.labels.represented_by)
    } else {
        format!("{} {signatory}, {title}", text.labels.represented_by)
    };
    let mut p = Paragraph::new(line, BODY);
    p.indent = CLAUSE_NUMBER_WIDTH;
    p
}

/// "482,113 bytes" / "482 113 octets": exact, since the size is there to check a file.
pub(crate) fn size(bytes: u64, language: Language) -> String {
    PrintLabels::of(language).byte_size(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_exact_and_grouped() {
        assert_eq!(size(482_113, Language::En), "482,113 bytes");
        assert_eq!(size(999, Language::En), "999 bytes");
        assert_eq!(
            size(1_000_000, Language::Fr),
            "1\u{202f}000\u{202f}000 octets"
        );
    }

    #[test]
    fn dates_become_numbers() {
        assert_eq!(ymd("2026-11-25"), Some((2026, 11, 25)));
    }
}
