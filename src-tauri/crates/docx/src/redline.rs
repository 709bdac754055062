//! A partner's redline of an exported agreement, read back clause by clause.
//!
//! Clauses are found by their bookmarks (`pacta_clause_<id>`), not by their printed numbers or
//! places, which a partner may change. A clause is the whole paragraph its bookmark starts in
//! (through the paragraph it ends in, should the partner have split it): words typed just
//! before or after the bookmarked text, which Word leaves outside the bookmark, still belong
//! to the clause. The printed number in front ("3.2" and a tab) is not part of it.
//!
//! A paragraph the partner added outside any clause (after a clause, or between a section's
//! heading and its first clause) is returned in [`Redline::unplaced`] with the clause it
//! follows, rather than folded into that clause: whether it is a new clause or an addition to
//! the previous one is for the secretariat to decide.

use std::collections::HashMap;

use pacta_core::agreement::Language;
use serde::Serialize;

use crate::bookmarks;
use crate::read::body::{self, Block, Change, Paragraph, Piece};
use crate::read::styles::Styles;
use crate::read::{archive, xml};
use crate::read_error::DocxReadError;

/// What a partner's copy says, clause by clause.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Redline {
    /// Each bookmarked clause found, in document order.
    pub clauses: Vec<ClauseRedline>,
    /// Paragraphs added outside any clause.
    pub unplaced: Vec<UnplacedParagraph>,
    /// Comments anchored outside every clause (on the title, a heading, the parties…).
    pub other_comments: Vec<RedlineComment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct ClauseRedline {
    pub clause_id: u32,
    /// `None` for the agreement's own text, the language for its translation (the second
    /// column of a bilingual export).
    pub translation: Option<Language>,
    /// The text before the tracked changes: deletions kept, insertions left out.
    pub original: String,
    /// The text after them: insertions kept, deletions left out. Also the edited text when the
    /// partner did not track changes (compare it with the stored clause).
    pub proposed: String,
    /// The clause as runs of unchanged, inserted and deleted text, to show with marks.
    pub segments: Vec<Segment>,
    /// The tracked changes alone, in order.
    pub changes: Vec<TextChange>,
    pub comments: Vec<RedlineComment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Unchanged,
    Inserted,
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
    /// Who made the change (`None` for unchanged text).
    pub author: Option<String>,
    pub date: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Inserted,
    Deleted,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct TextChange {
    pub kind: ChangeKind,
    pub author: String,
    /// As Word writes it (ISO 8601, "2026-03-02T10:15:00Z"), when it does.
    pub date: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct RedlineComment {
    pub author: String,
    pub date: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct UnplacedParagraph {
    /// The clause the paragraph follows, when it follows one.
    pub after_clause: Option<u32>,
    /// Its text with tracked changes accepted.
    pub text: String,
}

/// Reads a partner's copy of the agreement version `expected_agreement_token` (see
/// [`crate::agreement_token`]). A file without that token at its title is refused: it is
/// another agreement, another version, or not a file Pacta exported.
pub fn read_redline(
    bytes: &[u8],
    expected_agreement_token: &str,
) -> Result<Redline, DocxReadError> {
    let package = archive::open(bytes)?;
    let tree = xml::parse("word/document.xml", &package.document)?;
    let blocks = tree
        .root_element()
        .children()
        .find(|n| xml::is(*n, "body"))
        .map(body::read)
        .unwrap_or_default();
    let styles = match &package.styles {
        Some(text) => Styles::parse(text)?,
        None => Styles::default(),
    };
    let mut placed = Vec::new();
    flatten(&blocks, &styles, false, &mut placed);
    let found = placed
        .iter()
        .flat_map(|p| &p.paragraph.pieces)
        .find_map(|piece| match piece {
            Piece::BookmarkStart { name, .. } => bookmarks::agreement_token_of(name),
            _ => None,
        });
    if !found.is_some_and(|t| t.eq_ignore_ascii_case(expected_agreement_token)) {
        return Err(DocxReadError::NotThisAgreement {
            found: found.map(str::to_string),
        });
    }
    let comments = match &package.comments {
        Some(text) => comments(text)?,
        None => HashMap::new(),
    };
    Ok(assemble(&placed, &comments))
}

/// Which clause (id, translation) each paragraph belongs to, then each clause's text.
fn assemble(placed: &[Placed], comments: &HashMap<String, RedlineComment>) -> Redline {
    type Key = (u32, Option<Language>);
    let mut open: HashMap<String, Key> = HashMap::new();
    let mut clauses: Vec<(Key, Vec<Segment>, Vec<String>)> = Vec::new();
    let mut owners: Vec<Option<u32>> = Vec::with_capacity(placed.len());
    let mut other_comment_ids: Vec<String> = Vec::new();
    for paragraph in placed.iter().map(|p| p.paragraph) {
        // The clause already open when the paragraph starts (a split clause), else the first
        // clause bookmark starting in it.
        let continuing = open.values().next().copied();
        let mut starting = None;
        let mut label_ends_at = None;
        for (at, piece) in paragraph.pieces.iter().enumerate() {
            match piece {
                Piece::BookmarkStart { id, name } => {
                    if let Some(key) = bookmarks::clause_of(name) {
                        open.insert(id.clone(), key);
                        if starting.is_none() {
                            starting = Some(key);
                            label_ends_at = Some(at);
                        }
                    }
                }
                Piece::BookmarkEnd { id } => {
                    open.remove(id);
                }
                _ => {}
            }
        }
        let key = continuing.or(starting);
        let Some(key) = key else {
            owners.push(None);
            for id in comment_ids(paragraph) {
                other_comment_ids.push(id);
            }
            continue;
        };
        let index = match clauses.iter().position(|(k, _, _)| *k == key) {
            Some(index) => {
                push_segment(&mut clauses[index].1, SegmentKind::Unchanged, "\n", None);
                index
            }
            None => {
                clauses.push((key, Vec::new(), Vec::new()));
                clauses.len() - 1
            }
        };
        let skip_label = if continuing.is_some() {
            None
        } else {
            label_ends_at
        };
        let (_, segments, ids) = &mut clauses[index];
        append_paragraph(segments, paragraph, skip_label);
        ids.extend(comment_ids(paragraph));
        owners.push(Some(key.0));
    }
    let unplaced = unplaced(placed, &owners);
    let clauses = clauses
        .into_iter()
        .map(|((clause_id, translation), segments, ids)| {
            let segments = strip_printed_number(segments);
            clause_redline(clause_id, translation, segments, &ids, comments)
        })
        .collect();
    let mut other_comments: Vec<RedlineComment> = Vec::new();
    for id in dedup(other_comment_ids) {
        if let Some(c) = comments.get(&id) {
            other_comments.push(c.clone());
        }
    }
    Redline {
        clauses,
        unplaced,
        other_comments,
    }
}

fn clause_redline(
    clause_id: u32,
    translation: Option<Language>,
    segments: Vec<Segment>,
    comment_ids: &[String],
    comments: &HashMap<String, RedlineComment>,
) -> ClauseRedline {
    let text_of = |keep: SegmentKind| -> String {
        segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Unchanged || s.kind == keep)
            .map(|s| s.text.as_str())
            .collect()
    };
    let changes = segments
        .iter()
        .filter_map(|s| {
            let kind = match s.kind {
                SegmentKind::Unchanged => return None,
                SegmentKind::Inserted => ChangeKind::Inserted,
                SegmentKind::Deleted => ChangeKind::Deleted,
            };
            Some(TextChange {
                kind,
                author: s.author.clone().unwrap_or_default(),
                date: s.date.clone(),
                text: s.text.clone(),
            })
        })
        .collect();
    ClauseRedline {
        clause_id,
        translation,
        original: text_of(SegmentKind::Deleted),
        proposed: text_of(SegmentKind::Inserted),
        changes,
        comments: dedup(comment_ids.to_vec())
            .iter()
            .filter_map(|id| comments.get(id).cloned())
            .collect(),
        segments,
    }
}

/// The paragraph's text as segments; when the clause's bookmark starts after some text, that
/// text is the printed number and is left out if it looks like one.
fn append_paragraph(
    segments: &mut Vec<Segment>,
    paragraph: &Paragraph,
    label_ends_at: Option<usize>,
) {
    let before_bookmark: String = label_ends_at
        .map(|at| {
            paragraph.pieces[..at]
                .iter()
                .filter_map(|p| match p {
                    Piece::Text { text, .. } => Some(text.as_str()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let skip = label_ends_at
        .filter(|_| is_printed_number(&before_bookmark))
        .unwrap_or(0);
    for piece in &paragraph.pieces[skip..] {
        if let Piece::Text { text, change } = piece {
            let (kind, revision) = match change {
                Change::None => (SegmentKind::Unchanged, None),
                Change::Inserted(r) => (SegmentKind::Inserted, Some(r)),
                Change::Deleted(r) => (SegmentKind::Deleted, Some(r)),
            };
            push_segment(segments, kind, text, revision);
        }
    }
}

/// "3.2", a tab: what the export prints before a clause (blank when nothing precedes it).
fn is_printed_number(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c.is_whitespace())
}

/// When an editor moved the bookmark to the start of the paragraph, the printed number is
/// inside it: "3.2" and a tab at the very start of unchanged text are removed.
fn strip_printed_number(mut segments: Vec<Segment>) -> Vec<Segment> {
    let Some(first) = segments.first_mut() else {
        return segments;
    };
    if first.kind != SegmentKind::Unchanged {
        return segments;
    }
    if let Some((number, rest)) = first.text.split_once('\t') {
        let looks_printed = !number.is_empty()
            && number.contains('.')
            && number.chars().all(|c| c.is_ascii_digit() || c == '.');
        if looks_printed {
            first.text = rest.to_string();
            if first.text.is_empty() {
                segments.remove(0);
            }
        }
    }
    segments
}

fn push_segment(
    segments: &mut Vec<Segment>,
    kind: SegmentKind,
    text: &str,
    revision: Option<&body::Revision>,
) {
    let author = revision.map(|r| r.author.clone());
    let date = revision.and_then(|r| r.date.clone());
    if let Some(last) = segments.last_mut() {
        if last.kind == kind && last.author == author && last.date == date {
            last.text.push_str(text);
            return;
        }
    }
    segments.push(Segment {
        kind,
        text: text.to_string(),
        author,
        date,
    });
}

fn comment_ids(paragraph: &Paragraph) -> Vec<String> {
    paragraph
        .pieces
        .iter()
        .filter_map(|p| match p {
            Piece::CommentStart { id } | Piece::CommentReference { id } => Some(id.clone()),
            _ => None,
        })
        .collect()
}

fn dedup(ids: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    for id in ids {
        if !seen.contains(&id) {
            seen.push(id);
        }
    }
    seen
}

/// A paragraph in reading order, and whether it marks where clauses stop: a heading or the
/// title, or a cell of a table's header row.
struct Placed<'b> {
    paragraph: &'b Paragraph,
    landmark: bool,
}

fn flatten<'b>(blocks: &'b [Block], styles: &Styles, in_header: bool, out: &mut Vec<Placed<'b>>) {
    for block in blocks {
        match block {
            Block::Paragraph(p) => {
                let styled = p
                    .style
                    .as_deref()
                    .is_some_and(|s| styles.heading_level(s).is_some() || styles.is_title(s));
                out.push(Placed {
                    paragraph: p,
                    landmark: in_header || styled || p.outline_level.is_some_and(|l| l < 9),
                });
            }
            Block::Table(t) => {
                for row in &t.rows {
                    for cell in &row.cells {
                        flatten(cell, styles, in_header || row.header, out);
                    }
                }
            }
        }
    }
}

/// Non-empty paragraphs outside every clause whose nearest clause-or-landmark neighbour,
/// before or after, is a clause: text the partner added among the clauses.
fn unplaced(placed: &[Placed], owners: &[Option<u32>]) -> Vec<UnplacedParagraph> {
    let neighbour = |range: &mut dyn Iterator<Item = usize>| -> Option<u32> {
        for j in range {
            if owners[j].is_some() {
                return owners[j];
            }
            if placed[j].landmark {
                return None;
            }
        }
        None
    };
    let mut found = Vec::new();
    for (i, entry) in placed.iter().enumerate() {
        if owners[i].is_some() || entry.landmark {
            continue;
        }
        let text = entry.paragraph.accepted_text();
        if text.trim().is_empty() {
            continue;
        }
        let before = neighbour(&mut (0..i).rev());
        let after = neighbour(&mut (i + 1..placed.len()));
        if before.is_some() || after.is_some() {
            found.push(UnplacedParagraph {
                after_clause: before,
                text,
            });
        }
    }
    found
}

fn comments(text: &str) -> Result<HashMap<String, RedlineComment>, DocxReadError> {
    let tree = xml::parse("word/comments.xml", text)?;
    Ok(tree
        .descendants()
        .filter(|n| xml::is(*n, "comment"))
        .filter_map(|n| {
            let id = xml::attr(n, "id")?.to_string();
            Some((
                id,
                RedlineComment {
                    author: xml::attr(n, "author").unwrap_or("").to_string(),
                    date: xml::attr(n, "date").map(str::to_string),
                    text: xml::plain_text(n),
                },
            ))
        })
        .collect())
}
