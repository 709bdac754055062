//! The bookmarks that give an exported document stable identities: one at the title naming
//! the agreement version, one around each clause naming the clause. Word and LibreOffice keep
//! bookmarks (name and place) through editing and saving, unlike styles or custom XML, so a
//! redline sent back can be matched to the agreement and its clauses.
//!
//! Word allows bookmark names of letters, digits and underscores, starting with a letter, at
//! most 40 characters.

use pacta_core::agreement::Language;

const AGREEMENT_PREFIX: &str = "pacta_agreement_";
const CLAUSE_PREFIX: &str = "pacta_clause_";
const NAME_LIMIT: usize = 40;
/// Characters of a long token kept readable before its hash.
const READABLE_HEAD: usize = 7;

/// Identifies one version of one agreement inside an exported Word file: the reference with
/// anything but letters, digits and underscores made an underscore, then `_v` and the version
/// ("AGR-2026-001" version 2 → `AGR_2026_001_v2`). A token too long for a Word bookmark
/// becomes its first characters and a hash of the whole.
pub fn agreement_token(reference: &str, version: u32) -> String {
    let sanitised: String = reference
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let token = format!("{sanitised}_v{version}");
    if AGREEMENT_PREFIX.len() + token.len() <= NAME_LIMIT {
        return token;
    }
    let head: String = token.chars().take(READABLE_HEAD).collect();
    format!("{head}_{:016x}", fnv1a(token.as_bytes()))
}

pub(crate) fn agreement_bookmark(token: &str) -> String {
    format!("{AGREEMENT_PREFIX}{token}")
}

pub(crate) fn agreement_token_of(bookmark: &str) -> Option<&str> {
    bookmark.strip_prefix(AGREEMENT_PREFIX)
}

/// `pacta_clause_12` around clause 12 of the agreement's own text, `pacta_clause_12_fr`
/// around its translation into French.
pub(crate) fn clause_bookmark(id: u32, translation: Option<Language>) -> String {
    match translation {
        None => format!("{CLAUSE_PREFIX}{id}"),
        Some(language) => format!("{CLAUSE_PREFIX}{id}_{}", language.code()),
    }
}

/// The clause id and, for a translation, its language. `None` for any other bookmark
/// (Word's own `_GoBack`, a partner's).
pub(crate) fn clause_of(bookmark: &str) -> Option<(u32, Option<Language>)> {
    let rest = bookmark.strip_prefix(CLAUSE_PREFIX)?;
    let (id, language) = match rest.split_once('_') {
        Some((id, code)) => (id, Some(Language::parse(code)?)),
        None => (rest, None),
    };
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((id.parse().ok()?, language))
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike the standard hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_bookmark_names() {
        assert_eq!(
            agreement_token("SEA-MOU-2026-001", 2),
            "SEA_MOU_2026_001_v2"
        );
        assert_eq!(
            agreement_bookmark(&agreement_token("AGR-2026-001", 1)),
            "pacta_agreement_AGR_2026_001_v1"
        );
        let long = agreement_token("Regional Coordination Body / MoU 2026-001 (revised)", 12);
        let name = agreement_bookmark(&long);
        assert!(name.len() <= 40, "{name}");
        assert!(long.starts_with("Regiona_"));
        assert_ne!(
            long,
            agreement_token("Regional Coordination Body / MoU 2026-002 (revised)", 12)
        );
        assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    }

    #[test]
    fn clause_bookmarks_read_back() {
        assert_eq!(clause_of(&clause_bookmark(12, None)), Some((12, None)));
        assert_eq!(
            clause_of(&clause_bookmark(3, Some(Language::Fr))),
            Some((3, Some(Language::Fr)))
        );
        assert_eq!(clause_of("_GoBack"), None);
        assert_eq!(clause_of("pacta_clause_x"), None);
        assert_eq!(clause_of("pacta_clause_4_xx"), None);
    }
}
