//! Any Word agreement a secretariat already has (its MoUs, protocols, SOPs), imported as a
//! draft: title, language, kind, the clauses of the twelve sections, parties recognised in
//! the registry, tables as annexes, and a report of what was done with each part of the file.
//!
//! The document is read as lines and tables (module `lines`), headings are recognised
//! (`headings`) and mapped to sections (`sections`); each line after a heading is a clause of
//! that section, its typed number taken off (`markers`). Nothing of the text is dropped: what
//! is not a clause (party descriptions, signature blocks) is kept in the report.

mod headings;
mod kind;
mod language;
mod lines;
mod markers;
mod note;
mod parties;
mod sections;
mod text;

use std::collections::HashSet;

use pacta_core::agreement::{AgreementKind, AgreementText, Annex, Language, Party, Section};
use serde::{Deserialize, Serialize};

use crate::read::body;
use crate::read::numbering::{NumberFormat, Numbering};
use crate::read::styles::Styles;
use crate::read::{archive, xml};
use crate::read_error::DocxReadError;
use headings::{heading_of, Heading, Strength};
use lines::{Line, Lines, TableUnit, Unit};
use markers::MarkerKind;
pub use note::ImportNote;
use parties::{described_party, named_party, PartyFinder};
use text::{ends_as_sentence, fold, words};

/// An organisation of the registry, to recognise among the parties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct KnownOrganisation {
    pub id: i64,
    pub name: String,
    pub acronym: String,
}

/// A draft made from a Word file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ImportedAgreement {
    pub text: AgreementText,
    /// What was done with each part of the file, in a fixed order: title, language, kind,
    /// then the document's parts in reading order, then what was left out.
    pub report: Vec<ImportNote>,
    /// Parties the document names that are not in the registry, to add or match by hand.
    pub unmatched_parties: Vec<String>,
}

/// The section whose clauses a heading matching no section receives: most stray headings of
/// agreements ("Notices", "Miscellaneous", "General provisions") settle how partners work
/// together.
const FALLBACK_SECTION: Section = Section::Collaboration;
/// Longest line above a table taken as its title.
const TABLE_TITLE_WORDS: usize = 15;

/// Creates a draft agreement from a Word file (`.docx`, `.dotx`) and the registry's
/// organisations, to recognise the parties by.
pub fn import_agreement(
    bytes: &[u8],
    registry: &[KnownOrganisation],
) -> Result<ImportedAgreement, DocxReadError> {
    let package = archive::open(bytes)?;
    let styles = match &package.styles {
        Some(text) => Styles::parse(text)?,
        None => Styles::default(),
    };
    let numbering = match &package.numbering {
        Some(text) => Numbering::parse(text)?,
        None => Numbering::default(),
    };
    let comments = match &package.comments {
        Some(text) => xml::parse("word/comments.xml", text)?
            .descendants()
            .filter(|n| xml::is(*n, "comment"))
            .count() as u32,
        None => 0,
    };
    let tree = xml::parse("word/document.xml", &package.document)?;
    let blocks = tree
        .root_element()
        .children()
        .find(|n| xml::is(*n, "body"))
        .map(body::read)
        .unwrap_or_default();
    let mut reader = Lines::new(&styles, &numbering);
    let units = reader.read(&blocks);
    let mut draft = Draft::new(registry, &units);
    draft.run(&units);
    let skipped = reader.skipped;
    let mut tail = Vec::new();
    if skipped.insertions + skipped.deletions > 0 {
        tail.push(ImportNote::TrackedChangesAccepted {
            insertions: skipped.insertions,
            deletions: skipped.deletions,
        });
    }
    if skipped.footnotes > 0 {
        tail.push(ImportNote::FootnotesIgnored {
            count: skipped.footnotes,
        });
    }
    if comments > 0 {
        tail.push(ImportNote::CommentsIgnored { count: comments });
    }
    if skipped.text_boxes > 0 {
        tail.push(ImportNote::TextBoxesIgnored {
            count: skipped.text_boxes,
        });
    }
    if skipped.table_of_contents > 0 {
        tail.push(ImportNote::TableOfContentsSkipped {
            entries: skipped.table_of_contents,
        });
    }
    Ok(draft.finish(&units, tail))
}

/// Where lines go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Before the first heading.
    Preamble,
    /// Under the heading of this index in `Draft::headings`.
    Heading(usize),
    /// Under an annex heading: its table follows.
    Annex,
}

struct PlacedHeading {
    heading: Heading,
    /// Where its clauses go.
    section: Section,
    clauses: u32,
}

/// The clause lines may still be added to: one ending in a colon takes the list items that
/// follow ("The Ministry shall:" / "a) provide shelter;").
struct OpenClause {
    section: Section,
    id: u32,
}

struct Draft<'r> {
    registry: &'r [KnownOrganisation],
    finder: PartyFinder,
    multilevel: HashSet<u32>,
    /// Index of the title line in the units, if the title is a line.
    title_at: Option<usize>,
    title: String,
    text: AgreementText,
    place: Place,
    headings: Vec<PlacedHeading>,
    annex_title: Option<String>,
    preamble_clauses: u32,
    next_id: u32,
    open: Option<OpenClause>,
    /// The last line, when it became a clause that a table below may take as its title.
    last_clause_line: Option<(Section, u32, String)>,
    /// Registry indexes of the parties found, in order.
    parties: Vec<usize>,
    unmatched: Vec<String>,
    /// An opening word ("BETWEEN:") whose party is named on the next line.
    party_follows: bool,
    /// Notes in reading order.
    notes: Vec<ImportNote>,
    /// Opening lines, to tell the kind from.
    opening: Vec<String>,
}

impl<'r> Draft<'r> {
    fn new(registry: &'r [KnownOrganisation], units: &[Unit]) -> Self {
        let multilevel = Lines::multilevel_lists(units);
        let (title_at, title) = title(units, &multilevel);
        Draft {
            registry,
            finder: PartyFinder::new(registry),
            multilevel,
            title_at,
            title,
            text: AgreementText {
                language: Language::En,
                title: String::new(),
                kind: AgreementKind::Mou,
                parties: Vec::new(),
                sections: Vec::new(),
                effective_on: None,
                expires_on: None,
                translation: None,
                annexes: Vec::new(),
            },
            place: Place::Preamble,
            headings: Vec::new(),
            annex_title: None,
            preamble_clauses: 0,
            next_id: 1,
            open: None,
            last_clause_line: None,
            parties: Vec::new(),
            unmatched: Vec::new(),
            party_follows: false,
            notes: Vec::new(),
            opening: Vec::new(),
        }
    }

    fn run(&mut self, units: &[Unit]) {
        let mut at = 0;
        while at < units.len() {
            match &units[at] {
                Unit::Line(line) if Some(at) == self.title_at => {
                    self.find_parties(&line.text);
                }
                Unit::Line(line) => {
                    if let Some((mut heading, _)) = heading_of(line, &self.multilevel) {
                        // "Article 5" alone, its title on the next line.
                        if heading.topic.is_empty() {
                            if let Some(Unit::Line(next)) = units.get(at + 1) {
                                if heading_of(next, &self.multilevel).is_none()
                                    && words(&next.text) <= 10
                                    && !ends_as_sentence(&next.text)
                                {
                                    heading = merge_heading(heading, &next.text);
                                    at += 1;
                                }
                            }
                        }
                        self.heading(heading);
                    } else {
                        self.line(line);
                    }
                }
                Unit::Table(table) => self.table(table),
            }
            at += 1;
        }
    }

    fn section(&self) -> Option<Section> {
        match self.place {
            Place::Heading(i) => Some(self.headings[i].section),
            Place::Preamble | Place::Annex => None,
        }
    }

    fn heading(&mut self, heading: Heading) {
        self.open = None;
        self.last_clause_line = None;
        self.party_follows = false;
        if heading.annex {
            self.place = Place::Annex;
            self.annex_title = Some(heading.display);
            return;
        }
        let section = heading.section.unwrap_or(FALLBACK_SECTION);
        let display = heading.display.clone();
        let matched = heading.section.is_some();
        self.headings.push(PlacedHeading {
            heading,
            section,
            clauses: 0,
        });
        self.place = Place::Heading(self.headings.len() - 1);
        if !matched {
            // The heading's words are kept as the first clause of the section its text joins.
            self.add_clause(section, display, None);
        }
    }

    fn line(&mut self, line: &Line) {
        self.last_clause_line = None;
        if line.title_style || line.subtitle_style {
            self.keep_as_note(&line.text);
            self.find_parties(&line.text);
            return;
        }
        match self.place {
            Place::Preamble => self.preamble_line(line),
            Place::Annex => self.keep_as_note(&line.text),
            Place::Heading(i) => {
                let section = self.headings[i].section;
                if section.holds_clauses() {
                    self.clause_line(section, line);
                } else {
                    self.party_line(&line.text);
                    self.keep_as_note(&line.text);
                }
            }
        }
    }

    fn preamble_line(&mut self, line: &Line) {
        if self.opening.len() < 12 {
            self.opening.push(line.text.clone());
        }
        let text = &line.text;
        let is_party_line = self.party_line(text);
        let names_only_a_party =
            !self.finder.find(text).is_empty() && words(text) <= 12 && !ends_as_sentence(text);
        let names_only_the_kind = words(text) <= 6 && kind::detect([text.as_str()]).is_some();
        if is_party_line || names_only_a_party || names_only_the_kind {
            self.keep_as_note(text);
            return;
        }
        self.find_parties(text);
        self.clause_line(Section::PurposeAndScope, line);
    }

    /// Records the party a line names; true when the line is about a party.
    fn party_line(&mut self, text: &str) -> bool {
        self.find_parties(text);
        let named = if self.party_follows {
            self.party_follows = false;
            Some(named_party(text).unwrap_or_else(|| text.to_string()))
        } else {
            named_party(text).or_else(|| described_party(text))
        };
        let Some(name) = named else {
            return false;
        };
        if name.is_empty() {
            self.party_follows = true;
            return true;
        }
        if self.finder.find(&name).is_empty() && !self.unmatched.contains(&name) {
            self.unmatched.push(name);
        }
        true
    }

    fn find_parties(&mut self, text: &str) {
        for index in self.finder.find(text) {
            if !self.parties.contains(&index) {
                self.parties.push(index);
            }
        }
    }

    fn keep_as_note(&mut self, text: &str) {
        self.notes.push(ImportNote::KeptAsNote {
            text: text.to_string(),
            section: self.section(),
        });
    }

    /// A line of a section written as clauses: a new clause, or an item of the open one.
    fn clause_line(&mut self, section: Section, line: &Line) {
        let (marker, after) = markers::split(&line.text);
        let typed = marker.as_ref().filter(|m| match m.kind {
            MarkerKind::Division => false,
            MarkerKind::Article { levels } => {
                levels > 1 || after.chars().next().is_some_and(char::is_uppercase)
            }
            _ => true,
        });
        let body = if typed.is_some() {
            after
        } else {
            line.text.as_str()
        };
        let automatic = line
            .list
            .as_ref()
            .filter(|l| !l.text.is_empty() && l.format != NumberFormat::Hidden);
        let is_item = typed.is_some_and(|m| {
            matches!(
                m.kind,
                MarkerKind::Letter | MarkerKind::Roman { upper: false } | MarkerKind::Bullet
            )
        }) || automatic.is_some_and(|l| {
            matches!(
                l.format,
                NumberFormat::Bullet | NumberFormat::LowerLetter | NumberFormat::LowerRoman
            )
        });
        if is_item {
            if let Some(open) = self.open.as_ref().filter(|o| o.section == section) {
                let shown = typed
                    .map(|m| m.text.clone())
                    .or_else(|| automatic.map(|l| l.text.clone()))
                    .unwrap_or_default();
                let id = open.id;
                if let Some(clause) = self
                    .text
                    .sections
                    .iter_mut()
                    .flat_map(|s| s.clauses.iter_mut())
                    .find(|c| c.id == id)
                {
                    clause.text.push('\n');
                    clause.text.push_str(&format!("{shown} {body}"));
                }
                return;
            }
        }
        let number = automatic
            .filter(|l| l.format != NumberFormat::Bullet)
            .map(|l| l.text.trim_end_matches(['.', ')', ':', ' ']).to_string());
        let id = self.add_clause(section, body.to_string(), number);
        self.open = body
            .trim_end()
            .ends_with(':')
            .then_some(OpenClause { section, id });
        self.last_clause_line = Some((section, id, line.text.clone()));
    }

    fn add_clause(&mut self, section: Section, text: String, automatic: Option<String>) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        self.text.push_clause(section, id, text);
        match self.place {
            Place::Preamble => self.preamble_clauses += 1,
            Place::Heading(i) => self.headings[i].clauses += 1,
            Place::Annex => {}
        }
        if let Some(number) = automatic {
            self.notes.push(ImportNote::AutomaticNumbering {
                number,
                clause_id: id,
            });
        }
        id
    }

    fn table(&mut self, table: &TableUnit) {
        self.open = None;
        let written = self.section().is_some_and(Section::holds_clauses);
        if !written && self.place != Place::Annex {
            // Signature blocks, a letterhead, a table of the parties.
            for line in &table.lines {
                self.party_line(line);
                self.keep_as_note(line);
            }
            return;
        }
        let title = match (self.annex_title.take(), self.last_clause_line.take()) {
            (Some(title), _) => title,
            (None, Some((section, id, line)))
                if words(&line) <= TABLE_TITLE_WORDS && !ends_as_sentence(&line) =>
            {
                self.remove_clause(section, id);
                line
            }
            _ => format!("Table {}", self.text.annexes.len() + 1),
        };
        let mut rows = table.rows.clone();
        let columns = rows.remove(0);
        self.notes.push(ImportNote::Table {
            title: title.clone(),
            rows: rows.len() as u32,
        });
        self.text.annexes.push(Annex {
            title,
            columns,
            rows,
        });
    }

    /// Takes back the clause just made from a table's title line.
    fn remove_clause(&mut self, section: Section, id: u32) {
        if let Some(s) = self.text.sections.iter_mut().find(|s| s.section == section) {
            s.clauses.retain(|c| c.id != id);
        }
        self.text.sections.retain(|s| !s.clauses.is_empty());
        self.notes.retain(
            |n| !matches!(n, ImportNote::AutomaticNumbering { clause_id, .. } if *clause_id == id),
        );
        match self.place {
            Place::Preamble => self.preamble_clauses -= 1,
            Place::Heading(i) => self.headings[i].clauses -= 1,
            Place::Annex => {}
        }
        if self.next_id == id + 1 {
            self.next_id = id;
        }
    }

    fn finish(mut self, units: &[Unit], tail: Vec<ImportNote>) -> ImportedAgreement {
        let all_words: String = units
            .iter()
            .map(|u| match u {
                Unit::Line(l) => fold(&l.text),
                Unit::Table(t) => fold(&t.lines.join(" ")),
            })
            .collect();
        let folded: Vec<&str> = all_words.split_whitespace().collect();
        let (language, marker_words) = language::detect(&folded);
        let named = kind::detect(
            std::iter::once(self.title.as_str()).chain(self.opening.iter().map(String::as_str)),
        );
        self.text.language = language;
        self.text.kind = named.unwrap_or(AgreementKind::Mou);
        self.text.title = self.title.clone();
        self.text.parties = self
            .parties
            .iter()
            .map(|i| {
                let organisation = &self.registry[*i];
                Party {
                    organisation_id: organisation.id,
                    name: organisation.name.clone(),
                    signatory: None,
                    signatory_title: String::new(),
                    address: String::new(),
                }
            })
            .collect();
        let mut report = vec![
            ImportNote::Title {
                text: self.title.clone(),
            },
            ImportNote::Language {
                language,
                english_words: marker_words.english,
                french_words: marker_words.french,
                dutch_words: marker_words.dutch,
            },
            ImportNote::Kind {
                kind: self.text.kind,
                named: named.is_some(),
            },
        ];
        if self.preamble_clauses > 0 {
            report.push(ImportNote::Preamble {
                clauses: self.preamble_clauses,
            });
        }
        for placed in &self.headings {
            report.push(if placed.heading.section.is_some() {
                ImportNote::Section {
                    heading: placed.heading.display.clone(),
                    section: placed.section,
                    clauses: placed.clauses,
                }
            } else {
                ImportNote::UnplacedHeading {
                    heading: placed.heading.display.clone(),
                    section: placed.section,
                    clauses: placed.clauses,
                }
            });
        }
        for party in &self.text.parties {
            report.push(ImportNote::PartyMatched {
                name: party.name.clone(),
                organisation_id: party.organisation_id,
            });
        }
        report.append(&mut self.notes);
        report.extend(tail);
        ImportedAgreement {
            text: self.text,
            report,
            unmatched_parties: self.unmatched,
        }
    }
}

fn merge_heading(heading: Heading, title: &str) -> Heading {
    let section = sections::section_of(title);
    Heading {
        display: format!("{} {title}", heading.display),
        topic: title.to_string(),
        section,
        annex: heading.annex,
    }
}

/// The title: the first line in the Title style; else the first line, unless it is already a
/// heading.
fn title(units: &[Unit], multilevel: &HashSet<u32>) -> (Option<usize>, String) {
    let lines = units.iter().enumerate().filter_map(|(i, u)| match u {
        Unit::Line(l) => Some((i, l)),
        Unit::Table(_) => None,
    });
    if let Some((i, line)) = lines.clone().find(|(_, l)| l.title_style) {
        return (Some(i), line.text.clone());
    }
    match units.first() {
        Some(Unit::Line(first))
            if heading_of(first, multilevel).is_none_or(|(_, s)| s == Strength::Weak) =>
        {
            (Some(0), first.text.clone())
        }
        _ => (None, String::new()),
    }
}
