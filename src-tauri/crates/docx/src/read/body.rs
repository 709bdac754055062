//! The main document as blocks: paragraphs (their style, list numbering, and their content as
//! pieces of text with tracked changes, bookmarks and comment anchors, in order) and tables.
//! Both readers start here: the import accepts the tracked changes, the redline keeps them.

use roxmltree::Node;

use super::numbering::NumberingRef;
use super::xml::{attr, child, child_val, is, on_off};

/// Nesting beyond this (tables in tables, content controls in content controls…) is skipped:
/// no agreement is built so, and a hostile file must not overflow the stack.
const DEPTH_LIMIT: usize = 48;
/// Fields nested deeper than this are read as if closed.
const FIELD_DEPTH_LIMIT: usize = 16;

pub(crate) enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

pub(crate) struct Table {
    pub rows: Vec<Row>,
}

pub(crate) struct Row {
    /// Repeated on each page (`w:tblHeader`): a table's header row.
    pub header: bool,
    /// Deleted with Track Changes on.
    pub deleted: bool,
    pub cells: Vec<Vec<Block>>,
}

#[derive(Default)]
pub(crate) struct Paragraph {
    pub style: Option<String>,
    /// `w:outlineLvl` set on the paragraph itself (0 = top level, 9 = body text).
    pub outline_level: Option<u8>,
    pub numbering: Option<NumberingRef>,
    /// The paragraph mark's own tracked change: a deleted mark joins the paragraph to the
    /// next one once changes are accepted.
    pub mark: Change,
    /// Every run holding text is bold by direct formatting.
    pub bold: bool,
    pub pieces: Vec<Piece>,
    /// Footnote and endnote references in the paragraph (their text is not read).
    pub notes: u32,
    /// Text boxes and shapes holding text (not read).
    pub text_boxes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Text { text: String, change: Change },
    BookmarkStart { id: String, name: String },
    BookmarkEnd { id: String },
    CommentStart { id: String },
    CommentEnd { id: String },
    CommentReference { id: String },
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) enum Change {
    #[default]
    None,
    Inserted(Revision),
    Deleted(Revision),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Revision {
    pub author: String,
    pub date: Option<String>,
}

impl Paragraph {
    /// The text once tracked changes are accepted (insertions kept, deletions dropped).
    pub fn accepted_text(&self) -> String {
        self.pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Text { text, change } if !matches!(change, Change::Deleted(_)) => {
                    Some(text.as_str())
                }
                _ => None,
            })
            .collect()
    }
}

/// The blocks of `w:body`.
pub(crate) fn read(body: Node) -> Vec<Block> {
    let mut walker = Walker::default();
    let mut blocks = Vec::new();
    walker.blocks(body, &mut blocks, 0);
    if !walker.pending.is_empty() {
        // Markers after the last paragraph: an empty paragraph carries them.
        blocks.push(Block::Paragraph(Paragraph {
            pieces: std::mem::take(&mut walker.pending),
            ..Paragraph::default()
        }));
    }
    blocks
}

#[derive(Default)]
struct Walker {
    /// Bookmarks and comment anchors met between paragraphs, for the next paragraph.
    pending: Vec<Piece>,
    /// Open fields, innermost last: true while in the field's instruction (its code), whose
    /// text is not document text.
    fields: Vec<bool>,
    /// Runs holding text in the current paragraph, and how many of them are bold.
    runs: u32,
    bold_runs: u32,
}

impl Walker {
    fn blocks(&mut self, container: Node, out: &mut Vec<Block>, depth: usize) {
        if depth > DEPTH_LIMIT {
            return;
        }
        for node in container.children().filter(Node::is_element) {
            if is(node, "p") {
                let paragraph = self.paragraph(node, depth);
                out.push(Block::Paragraph(paragraph));
            } else if is(node, "tbl") {
                let table = self.table(node, depth + 1);
                out.push(Block::Table(table));
            } else if is(node, "sdt") {
                if let Some(content) = child(node, "sdtContent") {
                    self.blocks(content, out, depth + 1);
                }
            } else if is(node, "customXml") || is(node, "ins") || is(node, "moveTo") {
                self.blocks(node, out, depth + 1);
            } else if let Some(marker) = marker(node) {
                let closes = matches!(marker, Piece::BookmarkEnd { .. } | Piece::CommentEnd { .. });
                match out.last_mut() {
                    Some(Block::Paragraph(last)) if closes => last.pieces.push(marker),
                    _ => self.pending.push(marker),
                }
            }
        }
    }

    fn table(&mut self, table: Node, depth: usize) -> Table {
        let mut rows = Vec::new();
        for row in table.children().filter(|n| is(*n, "tr")) {
            let properties = child(row, "trPr");
            let header = properties.and_then(|p| on_off(p, "tblHeader")) == Some(true);
            let deleted = properties.is_some_and(|p| child(p, "del").is_some());
            let mut cells = Vec::new();
            for cell in row.children().filter(|n| is(*n, "tc")) {
                let mut blocks = Vec::new();
                self.blocks(cell, &mut blocks, depth + 1);
                cells.push(blocks);
            }
            rows.push(Row {
                header,
                deleted,
                cells,
            });
        }
        Table { rows }
    }

    fn paragraph(&mut self, node: Node, depth: usize) -> Paragraph {
        let mut paragraph = Paragraph {
            pieces: std::mem::take(&mut self.pending),
            bold: true,
            ..Paragraph::default()
        };
        if let Some(properties) = child(node, "pPr") {
            paragraph.style = child_val(properties, "pStyle").map(str::to_string);
            paragraph.outline_level =
                child_val(properties, "outlineLvl").and_then(|v| v.parse().ok());
            paragraph.numbering = child(properties, "numPr").and_then(NumberingRef::from_num_pr);
            if let Some(mark) = child(properties, "rPr") {
                if let Some(ins) = child(mark, "ins") {
                    paragraph.mark = Change::Inserted(revision(ins));
                }
                if let Some(del) = child(mark, "del") {
                    paragraph.mark = Change::Deleted(revision(del));
                }
            }
        }
        (self.runs, self.bold_runs) = (0, 0);
        self.inline(node, &Change::None, &mut paragraph, depth + 1);
        paragraph.bold = self.runs > 0 && self.runs == self.bold_runs;
        paragraph
    }

    fn inline(&mut self, node: Node, change: &Change, paragraph: &mut Paragraph, depth: usize) {
        if depth > DEPTH_LIMIT {
            return;
        }
        for child_node in node.children().filter(Node::is_element) {
            if is(child_node, "r") {
                self.run(child_node, change, paragraph);
            } else if is(child_node, "ins") || is(child_node, "moveTo") {
                let inserted = Change::Inserted(revision(child_node));
                self.inline(child_node, &inserted, paragraph, depth + 1);
            } else if is(child_node, "del") || is(child_node, "moveFrom") {
                let deleted = Change::Deleted(revision(child_node));
                self.inline(child_node, &deleted, paragraph, depth + 1);
            } else if is(child_node, "sdt") {
                if let Some(content) = child(child_node, "sdtContent") {
                    self.inline(content, change, paragraph, depth + 1);
                }
            } else if [
                "hyperlink",
                "smartTag",
                "customXml",
                "fldSimple",
                "dir",
                "bdo",
            ]
            .iter()
            .any(|name| is(child_node, name))
            {
                self.inline(child_node, change, paragraph, depth + 1);
            } else if let Some(marker) = marker(child_node) {
                paragraph.pieces.push(marker);
            }
        }
    }

    fn run(&mut self, run: Node, change: &Change, paragraph: &mut Paragraph) {
        let bold = child(run, "rPr").and_then(|p| on_off(p, "b")) == Some(true);
        let mut has_text = false;
        for node in run.children().filter(Node::is_element) {
            let name = node.tag_name().name();
            if is(node, "fldChar") {
                match attr(node, "fldCharType") {
                    Some("begin") if self.fields.len() < FIELD_DEPTH_LIMIT => {
                        self.fields.push(true)
                    }
                    Some("separate") => {
                        if let Some(top) = self.fields.last_mut() {
                            *top = false;
                        }
                    }
                    Some("end") => {
                        self.fields.pop();
                    }
                    _ => {}
                }
                continue;
            }
            if self.fields.iter().any(|in_code| *in_code) {
                continue;
            }
            let text: &str = match name {
                _ if is(node, "t") => node.text().unwrap_or(""),
                // Deleted text outside a w:del (invalid but seen) is still deleted.
                _ if is(node, "delText") => {
                    let deleted = match change {
                        Change::None => Change::Deleted(Revision {
                            author: String::new(),
                            date: None,
                        }),
                        other => other.clone(),
                    };
                    push_text(paragraph, node.text().unwrap_or(""), &deleted);
                    has_text = true;
                    continue;
                }
                _ if is(node, "tab") || is(node, "ptab") => "\t",
                _ if is(node, "br") => match attr(node, "type") {
                    Some("page" | "column") => " ",
                    _ => "\n",
                },
                _ if is(node, "cr") => "\n",
                _ if is(node, "noBreakHyphen") => "\u{2011}",
                _ if is(node, "footnoteReference") || is(node, "endnoteReference") => {
                    paragraph.notes += 1;
                    continue;
                }
                _ if is(node, "commentReference") => {
                    if let Some(id) = attr(node, "id") {
                        paragraph
                            .pieces
                            .push(Piece::CommentReference { id: id.to_string() });
                    }
                    continue;
                }
                "drawing" | "pict" | "object" | "AlternateContent" => {
                    if node.descendants().any(|n| is(n, "t")) {
                        paragraph.text_boxes += 1;
                    }
                    continue;
                }
                _ => continue,
            };
            has_text |= !text.is_empty();
            push_text(paragraph, text, change);
        }
        if has_text {
            self.runs += 1;
            self.bold_runs += u32::from(bold);
        }
    }
}

fn push_text(paragraph: &mut Paragraph, text: &str, change: &Change) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text {
        text: last,
        change: last_change,
    }) = paragraph.pieces.last_mut()
    {
        if last_change == change {
            last.push_str(text);
            return;
        }
    }
    paragraph.pieces.push(Piece::Text {
        text: text.to_string(),
        change: change.clone(),
    });
}

fn revision(node: Node) -> Revision {
    Revision {
        author: attr(node, "author").unwrap_or("").to_string(),
        date: attr(node, "date").map(str::to_string),
    }
}

/// A bookmark or comment-range boundary.
fn marker(node: Node) -> Option<Piece> {
    let id = || attr(node, "id").map(str::to_string);
    if is(node, "bookmarkStart") {
        Some(Piece::BookmarkStart {
            id: id()?,
            name: attr(node, "name").unwrap_or("").to_string(),
        })
    } else if is(node, "bookmarkEnd") {
        Some(Piece::BookmarkEnd { id: id()? })
    } else if is(node, "commentRangeStart") {
        Some(Piece::CommentStart { id: id()? })
    } else if is(node, "commentRangeEnd") {
        Some(Piece::CommentEnd { id: id()? })
    } else {
        None
    }
}
