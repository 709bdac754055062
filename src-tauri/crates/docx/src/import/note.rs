//! What the import did with the document, as data for the UI to word in the user's language.

use pacta_core::agreement::{AgreementKind, Language, Section};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ImportNote {
    /// The title taken, from the Title style or else the first line.
    Title { text: String },
    /// The language recognised, with the stop words counted for each.
    Language {
        language: Language,
        english_words: u32,
        french_words: u32,
        dutch_words: u32,
    },
    /// The kind of arrangement; `named` false when the document names none (MoU assumed).
    Kind { kind: AgreementKind, named: bool },
    /// Text before the first heading (recitals, "WHEREAS…") made the first clauses of the
    /// purpose and scope.
    Preamble { clauses: u32 },
    /// A heading recognised as one of the sections; its clauses follow it.
    Section {
        heading: String,
        section: Section,
        clauses: u32,
    },
    /// A heading matching no section: its text and clauses were put in `section`.
    UnplacedHeading {
        heading: String,
        section: Section,
        clauses: u32,
    },
    /// A clause whose number came from Word's automatic numbering ("3.2").
    AutomaticNumbering { number: String, clause_id: u32 },
    /// A party recognised in the registry.
    PartyMatched { name: String, organisation_id: i64 },
    /// A table kept as an annex.
    Table { title: String, rows: u32 },
    /// Text that is not a clause (party descriptions, signature blocks, text under an annex
    /// heading), kept here so nothing of the document is lost.
    KeptAsNote {
        text: String,
        section: Option<Section>,
    },
    /// Tracked changes were accepted: insertions kept, deletions dropped.
    TrackedChangesAccepted { insertions: u32, deletions: u32 },
    /// Footnotes and endnotes referenced in the text were not imported.
    FootnotesIgnored { count: u32 },
    /// Comments in the document were not imported.
    CommentsIgnored { count: u32 },
    /// Text boxes and shapes holding text were not imported.
    TextBoxesIgnored { count: u32 },
    /// A table of contents was left out (its entries repeat the headings).
    TableOfContentsSkipped { entries: u32 },
}
