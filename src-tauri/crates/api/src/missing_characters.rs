//! Characters a PDF printed as empty boxes because no font drew them: said, never silent. The
//! PDF is still written; the person learns which characters of which text, and which font
//! package to install.

use serde::{Deserialize, Serialize};

/// A character no font drew, the line of text it was in, and the Debian package whose fonts
/// draw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MissingCharacter {
    pub character: String,
    /// The line of text it was in (a name, a title), to find the record.
    pub context: String,
    pub package: String,
}

/// The report of a rendered PDF, one entry per character and text.
pub fn of(rendered: &pacta_pdf::Rendered) -> Vec<MissingCharacter> {
    let mut missing: Vec<MissingCharacter> = Vec::new();
    for glyph in &rendered.missing {
        let entry = MissingCharacter {
            character: glyph.character.to_string(),
            context: glyph.context.clone(),
            package: glyph.package.to_string(),
        };
        if !missing.contains(&entry) {
            missing.push(entry);
        }
    }
    missing
}
