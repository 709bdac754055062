//! The document's content, laid out with docx-rs: title block, the twelve sections numbered as
//! in the printed PDF, annexes, attached documents, running header and footer.

use crate::bookmarks::{self, agreement_token};
use docx_rs::{
    AlignmentType, BreakType, Docx, FieldCharType, Footer, Header, HeightRule, InstrNUMPAGES,
    InstrPAGE, InstrText, PageMargin, Paragraph, Run, RunFonts, Shading, ShdType,
    SpecialIndentType, Style, StyleType, Table, TableCell, TableCellBorder,
    TableCellBorderPosition, TableCellBorders, TableCellMargins, TableLayoutType, TableRow,
    VAlignType, WidthType,
};
use pacta_core::agreement::{
    Annex, Clause, Language, Paper, Party, PrintLabels, PrintOptions, PrintableAgreement, Section,
    SectionText,
};

/// The font named in the styles; Word and LibreOffice substitute when it is not installed.
const FONT: &str = "Noto Sans";
/// For fingerprints, which read better in fixed width.
const MONO_FONT: &str = "Noto Sans Mono";
/// Page margins: 20 mm.
const MARGIN: i32 = 1134;
/// Header and footer distance from the page edge: 10 mm.
const HEADER_DISTANCE: i32 = 567;
/// The hanging indent of a clause, where its text starts after "11.4".
const CLAUSE_INDENT: i32 = 680;
/// Width of the label column of a signature block.
const SIGNATURE_LABEL_WIDTH: usize = 2400;

pub(crate) const HEADING_STYLE: &str = "Heading1";
const TITLE_STYLE: &str = "Title";
const CLAUSE_STYLE: &str = "Clause";
const TABLE_TEXT_STYLE: &str = "TableText";

/// The laid-out document, with what the packager must know about it.
pub(crate) struct Built {
    pub docx: Docx,
    /// How many table rows are header rows to repeat on each page. They are the document's
    /// only rows that docx-rs marks `w:cantSplit`; the packager adds `w:tblHeader` to them.
    pub header_rows: usize,
}

/// Half-points, as Word sizes fonts.
fn pt(points: f32) -> usize {
    (points * 2.0).round() as usize
}

/// Millimetres to twentieths of a point.
fn twips(mm: f32) -> u32 {
    (mm * 1440.0 / 25.4).round() as u32
}

/// Width and height of the page in twips.
pub(crate) fn page_size(paper: Paper) -> (u32, u32) {
    let (w, h) = paper.size_mm();
    (twips(w), twips(h))
}

fn fonts(name: &str) -> RunFonts {
    RunFonts::new()
        .ascii(name)
        .hi_ansi(name)
        .east_asia(name)
        .cs(name)
}

/// The fixed words of every language printed, left column first.
struct Words {
    labels: Vec<PrintLabels>,
}

impl Words {
    fn first(&self) -> &PrintLabels {
        &self.labels[0]
    }

    /// The same label in each printed language: "Reference / Référence", or a single word when
    /// the languages agree ("Version").
    fn join(&self, label: impl Fn(&PrintLabels) -> String) -> String {
        let mut words: Vec<String> = Vec::new();
        for labels in &self.labels {
            let word = label(labels);
            if !words.contains(&word) {
                words.push(word);
            }
        }
        words.join(" / ")
    }
}

/// A run of text; line breaks in the text become line breaks in Word, and a text in a script
/// Noto Sans does not draw names the font that does.
fn text_run(text: &str) -> Run {
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line.trim_end_matches('\r'));
    }
    match script_fonts(text) {
        Some(fonts) => run.fonts(fonts),
        None => run,
    }
}

/// The fonts a run needs beyond the document's Noto Sans: Word and LibreOffice draw complex
/// scripts (Thai, Lao, Khmer, Myanmar, Arabic, Tamil…) with the run's `w:cs` font and Chinese,
/// Japanese and Korean with its `w:eastAsia` font, so each is named for the script the text is
/// in; `None` when Noto Sans covers it all.
fn script_fonts(text: &str) -> Option<RunFonts> {
    let complex = text.chars().find_map(|c| match u32::from(c) {
        0x0E00..=0x0E7F => Some("Noto Sans Thai"),
        0x0E80..=0x0EFF => Some("Noto Sans Lao"),
        0x1780..=0x17FF | 0x19E0..=0x19FF => Some("Noto Sans Khmer"),
        0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => Some("Noto Sans Myanmar"),
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Some("Noto Sans Arabic")
        }
        0x0B80..=0x0BFF => Some("Noto Sans Tamil"),
        0x0900..=0x097F => Some("Noto Sans Devanagari"),
        _ => None,
    });
    let east_asian = text.chars().any(|c| {
        matches!(u32::from(c), 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
    });
    if complex.is_none() && !east_asian {
        return None;
    }
    Some(
        RunFonts::new()
            .ascii(FONT)
            .hi_ansi(FONT)
            .east_asia(if east_asian { "Noto Sans CJK SC" } else { FONT })
            .cs(complex.unwrap_or(FONT)),
    )
}

/// "Reference: AGR-2026-001", the label in bold.
fn labelled(label: &str, value: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(format!("{label}: ")).bold())
        .add_run(text_run(value))
}

fn heading(text: &str) -> Paragraph {
    Paragraph::new()
        .style(HEADING_STYLE)
        .keep_next(true)
        .add_run(text_run(text))
}

/// "1.1", a tab, and the clause's text, hanging so the numbers stand out. The text alone is
/// bookmarked, so a redline read back tells the clause's words from its printed number.
fn clause_paragraph(label: &str, text: &str, bookmark: Bookmark) -> Paragraph {
    Paragraph::new()
        .style(CLAUSE_STYLE)
        .add_run(Run::new().add_text(label))
        .add_run(Run::new().add_tab())
        .add_bookmark_start(bookmark.id, bookmark.name)
        .add_run(text_run(text))
        .add_bookmark_end(bookmark.id)
}

/// A bookmark to place: its id, unique in the document, and its name.
struct Bookmark {
    id: usize,
    name: String,
}

fn clause_label(section: Section, index: usize) -> String {
    format!("{}.{}", section.number(), index + 1)
}

fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), TableCell::add_paragraph)
        .width(width, WidthType::Dxa)
}

fn header_cell(text: &str, width: usize) -> TableCell {
    cell(
        vec![Paragraph::new()
            .style(TABLE_TEXT_STYLE)
            .keep_next(true)
            .add_run(text_run(text).bold())],
        width,
    )
    .shading(Shading::new().shd_type(ShdType::Clear).fill("E6E6E6"))
    .vertical_align(VAlignType::Bottom)
}

/// A table of fixed column widths (twips) filling the text width.
fn table(rows: Vec<TableRow>, widths: &[usize]) -> Table {
    Table::new(rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// Average width of a character of table text (7.5 pt), in twips.
const TABLE_CHAR: usize = 95;
/// Width of a character of the monospaced font at 7.5 pt, in twips.
const MONO_CHAR: usize = 90;
/// Words up to this long get a column wide enough for them; longer ones (rare) may break.
const LONG_WORD: usize = 10;
/// Word's default left and right cell margin (0.19 cm), in twips.
const DEFAULT_CELL_MARGIN: usize = 108;
/// The narrower cell margin of annex tables, which may have many columns.
const TABLE_CELL_MARGIN: usize = 57;

/// Widths of an annex's columns (twips) filling `total`, from each column's longest word and
/// longest text in characters: first every column gets room for its longest word (so words
/// are not broken, up to [`LONG_WORD`] characters), then what is left goes where the text is longest. When even the words do
/// not fit, the columns shrink in proportion.
fn column_widths(total: usize, needs: &[(usize, usize)]) -> Vec<usize> {
    let padding = 2 * TABLE_CELL_MARGIN;
    let least: Vec<usize> = needs
        .iter()
        .map(|(word, _)| (*word).clamp(2, LONG_WORD) * TABLE_CHAR + padding)
        .collect();
    let want: Vec<usize> = needs
        .iter()
        .zip(&least)
        .map(|((_, text), least)| (text * TABLE_CHAR + padding).clamp(*least, total / 3))
        .collect();
    let least_sum: usize = least.iter().sum();
    if least_sum >= total {
        return split_width(total, &least);
    }
    let want_sum: usize = want.iter().sum();
    if want_sum <= total {
        return split_width(total, &want);
    }
    let spare = total - least_sum;
    let extra: Vec<usize> = want.iter().zip(&least).map(|(w, l)| w - l).collect();
    let extra_sum: usize = extra.iter().sum::<usize>().max(1);
    let widths: Vec<usize> = least
        .iter()
        .zip(&extra)
        .map(|(l, e)| l + spare * e / extra_sum)
        .collect();
    let weights = widths;
    split_width(total, &weights)
}

/// Splits `total` twips between columns in proportion to `weights`; the last column takes
/// what rounding leaves.
fn split_width(total: usize, weights: &[usize]) -> Vec<usize> {
    let sum: usize = weights.iter().sum::<usize>().max(1);
    let mut widths: Vec<usize> = weights.iter().map(|w| total * w / sum).collect();
    let used: usize = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += total - used;
    }
    widths
}

/// Lays out the document. The languages asked for must be present (checked by the caller).
pub(crate) fn build(agreement: &PrintableAgreement, options: &PrintOptions) -> Built {
    let languages = options.language.languages();
    let words = Words {
        labels: languages.iter().map(|l| PrintLabels::of(*l)).collect(),
    };
    let (page_width, page_height) = page_size(options.paper);
    let text_width = page_width as usize - 2 * MARGIN as usize;
    let mut layout = Layout {
        agreement,
        languages,
        words,
        text_width,
        docx: Docx::new(),
        header_rows: 0,
        bookmarks: 0,
    };
    layout.docx = std::mem::take(&mut layout.docx)
        .page_size(page_width, page_height)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN)
                .header(HEADER_DISTANCE)
                .footer(HEADER_DISTANCE)
                .gutter(0),
        )
        .default_fonts(fonts(FONT))
        .default_size(pt(10.5));
    layout.styles();
    layout.header_and_footer();
    layout.title_block();
    for section in Section::ALL {
        layout.section(*section);
    }
    for (index, annex) in agreement.annexes.iter().enumerate() {
        layout.annex(index, annex);
    }
    layout.attachments();
    Built {
        docx: layout.docx,
        header_rows: layout.header_rows,
    }
}

struct Layout<'a> {
    agreement: &'a PrintableAgreement,
    languages: &'static [Language],
    words: Words,
    text_width: usize,
    docx: Docx,
    header_rows: usize,
    /// Bookmarks placed so far; the next one's id.
    bookmarks: usize,
}

impl<'a> Layout<'a> {
    fn bookmark(&mut self, name: String) -> Bookmark {
        let id = self.bookmarks;
        self.bookmarks += 1;
        Bookmark { id, name }
    }

    /// The bookmark around a clause printed in `language`: the agreement's own text, or its
    /// translation.
    fn clause_bookmark(&mut self, id: u32, language: Language) -> Bookmark {
        let translation = (language != self.agreement.text.language).then_some(language);
        self.bookmark(bookmarks::clause_bookmark(id, translation))
    }

    fn add(&mut self, paragraph: Paragraph) {
        self.docx = std::mem::take(&mut self.docx).add_paragraph(paragraph);
    }

    fn add_table(&mut self, table: Table) {
        self.docx = std::mem::take(&mut self.docx).add_table(table);
    }

    /// A header row, repeated at the top of each page the table runs onto.
    fn header_row(&mut self, cells: Vec<TableCell>) -> TableRow {
        self.header_rows += 1;
        TableRow::new(cells).cant_split()
    }

    fn styles(&mut self) {
        let normal = Style::new("Normal", StyleType::Paragraph)
            .name("Normal")
            .q_format(true)
            .fonts(fonts(FONT))
            .size(pt(10.5))
            .line_spacing(docx_rs::LineSpacing::new().after(120));
        let title = Style::new(TITLE_STYLE, StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(pt(18.0))
            .line_spacing(docx_rs::LineSpacing::new().before(120).after(240));
        // Word's built-in "heading 1": the navigation pane lists these paragraphs.
        let heading = Style::new(HEADING_STYLE, StyleType::Paragraph)
            .name("heading 1")
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .outline_lvl(0)
            .bold()
            .size(pt(13.0))
            .line_spacing(docx_rs::LineSpacing::new().before(360).after(120));
        let clause = Style::new(CLAUSE_STYLE, StyleType::Paragraph)
            .name("Clause")
            .based_on("Normal")
            .q_format(true)
            .indent(
                Some(CLAUSE_INDENT),
                Some(SpecialIndentType::Hanging(CLAUSE_INDENT)),
                None,
                None,
            );
        let table_text = Style::new(TABLE_TEXT_STYLE, StyleType::Paragraph)
            .name("Table Text")
            .based_on("Normal")
            .size(pt(7.5))
            .line_spacing(docx_rs::LineSpacing::new().before(20).after(20));
        self.docx = std::mem::take(&mut self.docx)
            .add_style(normal)
            .add_style(title)
            .add_style(heading)
            .add_style(clause)
            .add_style(table_text);
    }

    /// "AGR-2026-001 · Version 1" at the top of each page, "Page X of Y" at the bottom.
    fn header_and_footer(&mut self) {
        let agreement = self.agreement;
        let labels = self.words.first();
        let mut running = format!(
            "{} · {} {}",
            agreement.reference, labels.version, agreement.version
        );
        if agreement.amendment > 0 {
            running.push_str(&format!(" · {} {}", labels.amendment, agreement.amendment));
        }
        let header = Header::new().add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Right)
                .add_run(text_run(&running).size(pt(8.0)).color("555555")),
        );
        let footer = Footer::new().add_paragraph(page_of(labels).align(AlignmentType::Center));
        self.docx = std::mem::take(&mut self.docx).header(header).footer(footer);
    }

    fn title_block(&mut self) {
        let agreement = self.agreement;
        let text = &agreement.text;
        let kind = self.words.join(|l| l.kind(text.kind));
        self.add(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(kind).size(pt(12.0)).color("444444")),
        );
        for (index, language) in self.languages.iter().enumerate() {
            let (title, _) = text.in_language(*language).expect("languages checked");
            let mut paragraph = Paragraph::new()
                .style(TITLE_STYLE)
                .align(AlignmentType::Center);
            if index == 0 {
                // Names the agreement version, so a redline of another one is refused.
                let token = agreement_token(&agreement.reference, agreement.version);
                let bookmark = self.bookmark(bookmarks::agreement_bookmark(&token));
                paragraph = paragraph
                    .add_bookmark_start(bookmark.id, bookmark.name)
                    .add_run(text_run(title))
                    .add_bookmark_end(bookmark.id);
            } else {
                paragraph = paragraph.add_run(text_run(title));
            }
            self.add(paragraph);
        }
        let between = self.words.join(|l| l.between.clone());
        self.add(
            Paragraph::new()
                .align(AlignmentType::Center)
                .add_run(Run::new().add_text(between).italic()),
        );
        for party in &text.parties {
            self.add(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_run(text_run(&party.name).bold()),
            );
        }
        self.add(Paragraph::new());
        let reference = self.words.join(|l| l.reference.clone());
        self.add(labelled(&reference, &agreement.reference));
        let version = self.words.join(|l| l.version.clone());
        self.add(labelled(&version, &agreement.version.to_string()));
        if agreement.amendment > 0 {
            let amendment = self.words.join(|l| l.amendment.clone());
            self.add(labelled(&amendment, &agreement.amendment.to_string()));
        }
        let date = self.words.join(|l| l.date.clone());
        self.add(labelled(&date, &agreement.printed_on.to_string()));
        let dash = || "—".to_string();
        let effective = self.words.join(|l| l.effective_on.clone());
        let effective_on = text.effective_on.map_or_else(dash, |d| d.to_string());
        self.add(labelled(&effective, &effective_on));
        let expires = self.words.join(|l| l.expires_on.clone());
        let expires_on = text.expires_on.map_or_else(dash, |d| d.to_string());
        self.add(labelled(&expires, &expires_on));
    }

    /// The section's heading in each printed language: "1. Purpose and scope", or
    /// "1. Purpose and scope / Objet et champ d’application" side by side.
    fn section(&mut self, section: Section) {
        let name = self.words.join(|l| l.section(section));
        self.add(heading(&format!("{}. {}", section.number(), name)));
        match section {
            Section::Parties => self.parties(),
            Section::Signatures => self.signatures(),
            _ if self.languages.len() == 1 => {
                let language = self.languages[0];
                let clauses = self.clauses(language, section);
                for (index, clause) in clauses.iter().enumerate() {
                    let label = clause_label(section, index);
                    let bookmark = self.clause_bookmark(clause.id, language);
                    self.add(clause_paragraph(&label, &clause.text, bookmark));
                }
            }
            _ => self.bilingual_clauses(section),
        }
    }

    fn clauses(&self, language: Language, section: Section) -> &'a [Clause] {
        let agreement: &'a PrintableAgreement = self.agreement;
        let (_, sections) = agreement
            .text
            .in_language(language)
            .expect("languages checked");
        clauses_of(sections, section)
    }

    /// A two-column table: each clause of the left language beside the clause of the same id
    /// in the right one, both numbered as the left text numbers them. A clause only the right
    /// text has comes last, numbered on.
    fn bilingual_clauses(&mut self, section: Section) {
        let left = self.clauses(self.languages[0], section);
        let right = self.clauses(self.languages[1], section);
        if left.is_empty() && right.is_empty() {
            return;
        }
        let half = self.text_width / 2;
        let widths = [half, self.text_width - half];
        let mut rows = vec![self.language_header(&widths)];
        let mut pairs: Vec<(Option<&Clause>, Option<&Clause>)> = left
            .iter()
            .map(|l| (Some(l), right.iter().find(|r| r.id == l.id)))
            .collect();
        pairs.extend(
            right
                .iter()
                .filter(|r| !left.iter().any(|l| l.id == r.id))
                .map(|r| (None, Some(r))),
        );
        let [left_language, right_language] = [self.languages[0], self.languages[1]];
        for (index, (l, r)) in pairs.into_iter().enumerate() {
            let label = clause_label(section, index);
            let mut side = |clause: Option<&Clause>, language: Language, width: usize| {
                let paragraph = match clause {
                    Some(c) => {
                        let bookmark = self.clause_bookmark(c.id, language);
                        clause_paragraph(&label, &c.text, bookmark)
                    }
                    None => Paragraph::new().style(CLAUSE_STYLE),
                };
                cell(vec![paragraph], width)
            };
            let left_cell = side(l, left_language, widths[0]);
            let right_cell = side(r, right_language, widths[1]);
            rows.push(TableRow::new(vec![left_cell, right_cell]));
        }
        self.add_table(table(rows, &widths));
    }

    /// "English | Français" over a side-by-side table.
    fn language_header(&mut self, widths: &[usize; 2]) -> TableRow {
        let cells = self
            .languages
            .iter()
            .zip(widths)
            .map(|(language, width)| header_cell(language_name(*language), *width))
            .collect();
        self.header_row(cells)
    }

    /// Each party: its name, address, and who represents it.
    fn parties(&mut self) {
        let parties = &self.agreement.text.parties;
        if self.languages.len() == 1 {
            let labels = self.words.first().clone();
            for party in parties {
                for paragraph in party_paragraphs(party, &labels) {
                    self.add(paragraph);
                }
            }
            return;
        }
        let half = self.text_width / 2;
        let widths = [half, self.text_width - half];
        let mut rows = vec![self.language_header(&widths)];
        for party in parties {
            let cells = self
                .words
                .labels
                .iter()
                .zip(widths)
                .map(|(labels, width)| cell(party_paragraphs(party, labels), width))
                .collect();
            rows.push(TableRow::new(cells));
        }
        self.add_table(table(rows, &widths));
    }

    /// One block per party, in the parties' order: organisation, name, title, place and date
    /// (filled in once the signature is recorded), and a line to sign on.
    fn signatures(&mut self) {
        let agreement = self.agreement;
        let organisation = self.words.join(|l| l.organisation.clone());
        let name = self.words.join(|l| l.name.clone());
        let title = self.words.join(|l| l.title.clone());
        let place = self.words.join(|l| l.place.clone());
        let date = self.words.join(|l| l.date.clone());
        let signature = self.words.join(|l| l.signature.clone());
        let widths = [
            SIGNATURE_LABEL_WIDTH,
            self.text_width - SIGNATURE_LABEL_WIDTH,
        ];
        for party in &agreement.text.parties {
            let signed = agreement.signature_of(party.organisation_id);
            let signatory = signed
                .map(|s| s.signatory.clone())
                .or_else(|| party.signatory.clone())
                .unwrap_or_default();
            let signatory_title =
                signed.map_or_else(|| party.signatory_title.clone(), |s| s.title.clone());
            let lines: [(&str, String, bool); 6] = [
                (&organisation, party.name.clone(), true),
                (&name, signatory, false),
                (&title, signatory_title, false),
                (
                    &place,
                    signed.map(|s| s.place.clone()).unwrap_or_default(),
                    false,
                ),
                (
                    &date,
                    signed.map(|s| s.signed_on.to_string()).unwrap_or_default(),
                    false,
                ),
                (&signature, String::new(), false),
            ];
            let count = lines.len();
            let rows = lines
                .into_iter()
                .enumerate()
                .map(|(i, (label, value, bold))| {
                    let last = i + 1 == count;
                    let label_cell = cell(
                        vec![Paragraph::new()
                            .keep_next(!last)
                            .add_run(Run::new().add_text(label))],
                        widths[0],
                    );
                    let mut run = text_run(&value);
                    if bold {
                        run = run.bold();
                    }
                    let blank = value.is_empty();
                    let mut value_cell = cell(
                        vec![Paragraph::new().keep_next(!last).add_run(run)],
                        widths[1],
                    );
                    if blank {
                        // A line to write on.
                        value_cell = value_cell
                            .set_borders(TableCellBorders::with_empty().set(
                                TableCellBorder::new(TableCellBorderPosition::Bottom).size(6),
                            ));
                    }
                    let row = TableRow::new(vec![label_cell, value_cell]);
                    if last {
                        row.row_height(900.0).height_rule(HeightRule::AtLeast)
                    } else {
                        row
                    }
                })
                .collect();
            let block = Table::without_borders(rows)
                .set_grid(widths.to_vec())
                .width(self.text_width, WidthType::Dxa)
                .layout(TableLayoutType::Fixed);
            self.add_table(block);
            self.add(Paragraph::new());
        }
    }

    /// "Annex 1: Division of responsibilities", then the annex's table, its header row
    /// repeated on each page.
    fn annex(&mut self, index: usize, annex: &Annex) {
        let label = self.words.join(|l| l.annex.clone());
        self.add(
            heading(&format!("{label} {}: {}", index + 1, annex.title)).page_break_before(true),
        );
        let columns = annex
            .columns
            .len()
            .max(annex.rows.iter().map(Vec::len).max().unwrap_or(0));
        if columns == 0 {
            return;
        }
        let longest = |c: usize, measure: fn(&str) -> usize| {
            let head = annex.columns.get(c).map_or(0, |h| measure(h));
            annex
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|v| measure(v))
                .fold(head, usize::max)
        };
        let needs: Vec<(usize, usize)> = (0..columns)
            .map(|c| (longest(c, longest_word), longest(c, |v| v.chars().count())))
            .collect();
        let widths = column_widths(self.text_width, &needs);
        let head = widths
            .iter()
            .enumerate()
            .map(|(c, width)| header_cell(annex.columns.get(c).map_or("", String::as_str), *width))
            .collect();
        let mut rows = vec![self.header_row(head)];
        rows.extend(annex.rows.iter().map(|row| {
            TableRow::new(
                widths
                    .iter()
                    .enumerate()
                    .map(|(c, width)| {
                        let value = row.get(c).map_or("", String::as_str);
                        cell(
                            vec![Paragraph::new()
                                .style(TABLE_TEXT_STYLE)
                                .add_run(text_run(value))],
                            *width,
                        )
                    })
                    .collect(),
            )
        }));
        let narrow = TableCellMargins::new().margin(20, TABLE_CELL_MARGIN, 20, TABLE_CELL_MARGIN);
        self.add_table(table(rows, &widths).margins(narrow));
    }

    /// The attached documents: file name, size and SHA-256, so a reader can check the file
    /// they hold is the one recorded.
    fn attachments(&mut self) {
        let attachments = &self.agreement.attachments;
        if attachments.is_empty() {
            return;
        }
        let title = self.words.join(|l| l.attachments.clone());
        self.add(heading(&title));
        // Room for the 64 hex digits of a fingerprint on one line, and a size on one line.
        let sha_width = (64 * MONO_CHAR + 2 * DEFAULT_CELL_MARGIN).min(self.text_width * 3 / 5);
        let size_width = 1500.min(self.text_width / 6);
        let widths = [
            self.text_width - sha_width - size_width,
            size_width,
            sha_width,
        ];
        let columns = [
            self.words.join(|l| l.file.clone()),
            self.words.join(|l| l.size.clone()),
            self.words.join(|l| l.sha256.clone()),
        ];
        let head = columns
            .iter()
            .zip(&widths)
            .map(|(c, w)| header_cell(c, *w))
            .collect();
        let mut rows = vec![self.header_row(head)];
        let language = self.languages[0];
        for attachment in attachments {
            let text = |value: &str| {
                Paragraph::new()
                    .style(TABLE_TEXT_STYLE)
                    .add_run(text_run(value))
            };
            rows.push(TableRow::new(vec![
                cell(vec![text(&attachment.file_name)], widths[0]),
                cell(
                    vec![text(&file_size(attachment.size_bytes, language))
                        .align(AlignmentType::Right)],
                    widths[1],
                ),
                cell(
                    vec![Paragraph::new().style(TABLE_TEXT_STYLE).add_run(
                        Run::new()
                            .add_text(&attachment.sha256)
                            .fonts(fonts(MONO_FONT)),
                    )],
                    widths[2],
                ),
            ]));
        }
        self.add_table(table(rows, &widths));
    }
}

fn clauses_of(sections: &[SectionText], section: Section) -> &[Clause] {
    sections
        .iter()
        .find(|s| s.section == section)
        .map_or(&[], |s| s.clauses.as_slice())
}

/// The party's name in bold, its address, and "represented by" its signatory and their title
/// (a line to fill in while no signatory is chosen).
fn party_paragraphs(party: &Party, labels: &PrintLabels) -> Vec<Paragraph> {
    let mut paragraphs = vec![Paragraph::new()
        .keep_next(true)
        .line_spacing(docx_rs::LineSpacing::new().after(0))
        .add_run(text_run(&party.name).bold())];
    if !party.address.trim().is_empty() {
        paragraphs.push(
            Paragraph::new()
                .keep_next(true)
                .line_spacing(docx_rs::LineSpacing::new().after(0))
                .add_run(text_run(&party.address)),
        );
    }
    let signatory = party
        .signatory
        .clone()
        .unwrap_or_else(|| "____________________".to_string());
    let mut represented = format!("{} {signatory}", labels.represented_by);
    if !party.signatory_title.trim().is_empty() {
        represented.push_str(&format!(", {}", party.signatory_title));
    }
    paragraphs.push(
        Paragraph::new()
            .line_spacing(docx_rs::LineSpacing::new().after(200))
            .add_run(text_run(&represented)),
    );
    paragraphs
}

/// "Page {PAGE} of {NUMPAGES}" with live fields, so Word and LibreOffice number the pages as
/// they lay them out.
fn page_of(labels: &PrintLabels) -> Paragraph {
    let style = |run: Run| run.size(pt(8.0)).color("555555");
    let field = |instr: InstrText| {
        style(
            Run::new()
                .add_field_char(FieldCharType::Begin, false)
                .add_instr_text(instr)
                .add_field_char(FieldCharType::Separate, false)
                .add_text("1")
                .add_field_char(FieldCharType::End, false),
        )
    };
    let mut paragraph = Paragraph::new();
    let mut rest = labels.page_of.as_str();
    while !rest.is_empty() {
        let next = [("{i}", true), ("{n}", false)]
            .into_iter()
            .filter_map(|(marker, is_page)| rest.find(marker).map(|at| (at, marker, is_page)))
            .min_by_key(|(at, _, _)| *at);
        match next {
            Some((at, marker, is_page)) => {
                if at > 0 {
                    paragraph = paragraph.add_run(style(Run::new().add_text(&rest[..at])));
                }
                paragraph = paragraph.add_run(if is_page {
                    field(InstrText::PAGE(InstrPAGE::new()))
                } else {
                    field(InstrText::NUMPAGES(InstrNUMPAGES::new()))
                });
                rest = &rest[at + marker.len()..];
            }
            None => {
                paragraph = paragraph.add_run(style(Run::new().add_text(rest)));
                rest = "";
            }
        }
    }
    paragraph
}

/// A column's language by its own name (an endonym), the same whatever the reader's language.
fn language_name(language: Language) -> &'static str {
    match language {
        Language::En => "English",
        Language::Fr => "Français",
        Language::Nl => "Nederlands",
    }
}

fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
}

/// "482,113 bytes" / "482 113 octets": exact, since the size is part of the fingerprint.
fn file_size(bytes: u64, language: Language) -> String {
    PrintLabels::of(language).byte_size(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_sizes_in_twips_match_word() {
        assert_eq!(page_size(Paper::A4), (11906, 16838));
        assert_eq!(page_size(Paper::Letter), (12240, 15840));
    }

    #[test]
    fn widths_fill_the_text_width_exactly() {
        let widths = split_width(9638, &[30, 5, 5, 7]);
        assert_eq!(widths.iter().sum::<usize>(), 9638);
        assert!(widths[0] > widths[1]);
        // Words fit, long text gets the rest.
        let widths = column_widths(9638, &[(13, 45), (5, 7), (5, 7), (15, 40)]);
        assert_eq!(widths.iter().sum::<usize>(), 9638);
        assert!(widths[1] >= 5 * TABLE_CHAR + 2 * TABLE_CELL_MARGIN);
        assert!(widths[0] > 3 * widths[1]);
        // Too many columns: everything shrinks, still filling the width.
        let widths = column_widths(9638, &[(30, 30); 12]);
        assert_eq!(widths.iter().sum::<usize>(), 9638);
    }

    #[test]
    fn file_sizes_group_their_digits() {
        assert_eq!(file_size(482_113, Language::En), "482,113 bytes");
        assert_eq!(file_size(999, Language::En), "999 bytes");
        assert_eq!(
            file_size(1_000_000, Language::Fr),
            "1\u{202f}000\u{202f}000 octets"
        );
    }
}
