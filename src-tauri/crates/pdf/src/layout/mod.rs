//! A generic document model — blocks of text, side-by-side columns, tables, kept-together
//! groups — and its layout onto pages. The agreement builds blocks; meeting minutes and
//! landscape RACI matrices can build their own from the same pieces.

mod blocks;
pub mod frame;
pub mod grid;
pub mod page_furniture;
pub mod paginate;
pub mod table;
pub mod wrap;

pub use blocks::lay_out;
pub use frame::{Draw, Frag};
pub use grid::{Grid, GridCell, GridColumn, GridRow, VAlign};
pub use page_furniture::PageFurniture;
pub use table::Table;

/// Orientation of every page of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    #[default]
    Portrait,
    /// Wide pages, for matrices with many columns.
    Landscape,
}

/// Paper, orientation and margins. Lengths are in points (1/72 inch) because that is the
/// unit PDF and font metrics share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSetup {
    /// Portrait paper size in millimetres, as `Paper::size_mm` gives it.
    pub paper_mm: (f32, f32),
    pub orientation: Orientation,
    pub margin_top: f32,
    pub margin_bottom: f32,
    pub margin_left: f32,
    pub margin_right: f32,
}

pub const PT_PER_MM: f32 = 72.0 / 25.4;

impl PageSetup {
    /// Two-centimetre side margins and room above and below for the running header and
    /// the page number.
    pub fn new(paper_mm: (f32, f32), orientation: Orientation) -> PageSetup {
        PageSetup {
            paper_mm,
            orientation,
            margin_top: 64.0,
            margin_bottom: 64.0,
            margin_left: 57.0,
            margin_right: 57.0,
        }
    }

    /// Page width and height in millimetres, after orientation.
    pub fn size_mm(&self) -> (f32, f32) {
        let (w, h) = self.paper_mm;
        match self.orientation {
            Orientation::Portrait => (w, h),
            Orientation::Landscape => (h, w),
        }
    }

    pub fn width(&self) -> f32 {
        self.size_mm().0 * PT_PER_MM
    }

    pub fn height(&self) -> f32 {
        self.size_mm().1 * PT_PER_MM
    }

    /// Width of the text block.
    pub fn content_width(&self) -> f32 {
        self.width() - self.margin_left - self.margin_right
    }
}

/// What the PDF's document information says about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// Creation date (year, month, day). Given, never read from a clock, so the same
    /// input prints the same file.
    pub created: Option<(i32, u8, u8)>,
}

/// Where a line of text sits between the margins. `Start` follows the paragraph's
/// direction: left for Latin text, right for Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Start,
    Center,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// Font size in points.
    pub size: f32,
    pub bold: bool,
    /// Line height as a multiple of the size.
    pub leading: f32,
    pub align: Align,
}

impl TextStyle {
    pub const fn body(size: f32) -> TextStyle {
        TextStyle {
            size,
            bold: false,
            leading: 1.4,
            align: Align::Start,
        }
    }

    pub const fn bold(self) -> TextStyle {
        TextStyle { bold: true, ..self }
    }

    pub const fn aligned(self, align: Align) -> TextStyle {
        TextStyle { align, ..self }
    }

    pub fn line_height(&self) -> f32 {
        self.size * self.leading
    }
}

/// A paragraph, wrapped to the width it is given and breakable between lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub text: String,
    pub style: TextStyle,
    /// A number set in the margin of the first line ("1.2"), with the text hanging
    /// beside it, so numbers line up down the page.
    pub label: Option<String>,
    /// Width reserved for the label.
    pub label_width: f32,
    pub indent: f32,
    pub space_before: f32,
    pub space_after: f32,
    /// Never end a page with this paragraph (headings).
    pub keep_with_next: bool,
}

impl Paragraph {
    pub fn new(text: impl Into<String>, style: TextStyle) -> Paragraph {
        Paragraph {
            text: text.into(),
            style,
            label: None,
            label_width: 0.0,
            indent: 0.0,
            space_before: 0.0,
            space_after: 0.0,
            keep_with_next: false,
        }
    }

    pub fn heading(text: impl Into<String>, style: TextStyle) -> Paragraph {
        Paragraph {
            keep_with_next: true,
            ..Paragraph::new(text, style)
        }
    }

    pub fn labelled(mut self, label: impl Into<String>, width: f32) -> Paragraph {
        self.label = Some(label.into());
        self.label_width = width;
        self
    }

    pub fn spaced(mut self, before: f32, after: f32) -> Paragraph {
        self.space_before = before;
        self.space_after = after;
        self
    }
}

/// A label and a value on one line — or, with no value yet, a rule to write on
/// (signature blocks).
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub label: String,
    pub value: Option<String>,
    pub style: TextStyle,
    /// Width given to the label, so the values of stacked fields line up.
    pub label_width: f32,
    /// Length of the rule drawn when there is no value.
    pub rule_length: f32,
    /// Extra room above the line (room to sign).
    pub space_before: f32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Paragraph),
    /// Paragraphs side by side in equal columns, line beside line (a bilingual text),
    /// breakable between rows of lines.
    Columns {
        paragraphs: Vec<Paragraph>,
        gutter: f32,
        space_after: f32,
        keep_with_next: bool,
    },
    Table(Table),
    /// A table with set column widths, spanning heading rows and multi-paragraph cells; its
    /// header row repeats like a table's.
    Grid(Grid),
    Field(Field),
    /// Blocks that are never split across pages (a signature block).
    Group(Vec<Block>),
    /// A horizontal rule across the text block.
    Rule,
    /// Vertical space, dropped at the top of a page.
    Space(f32),
    PageBreak,
}

/// A document to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub setup: PageSetup,
    pub metadata: Metadata,
    pub furniture: PageFurniture,
    pub blocks: Vec<Block>,
}
