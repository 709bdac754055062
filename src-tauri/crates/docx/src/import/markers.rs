//! Numbers typed at the start of a paragraph: "1.1", "2.3.", "a)", "(i)", "III.", "Article
//! 4.2 –", bullets. They are Word's numbering typed by hand; the import takes them off the
//! clause text (Pacta numbers clauses itself) and uses them to recognise headings.

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    /// As typed, without the space after it: "1.1", "a)", "Article 4.2".
    pub text: String,
    pub kind: MarkerKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MarkerKind {
    /// "Article 3", "Art. 4.2", with how many levels the number has.
    Article {
        levels: usize,
    },
    /// "Section 2", "Chapitre III", "Part 1": always a heading.
    Division,
    /// "3.", "3)", "1.1", "2.3.": `levels` numbers.
    Number {
        levels: usize,
    },
    /// "a)", "(b)", "c." — items of a list.
    Letter,
    /// "(i)", "iv)" — items; "III." — a heading's number.
    Roman {
        upper: bool,
    },
    Bullet,
}

const ARTICLE_WORDS: [&str; 3] = ["article", "art.", "art"];
const DIVISION_WORDS: [&str; 7] = [
    "section", "chapitre", "chapter", "titre", "part", "partie", "annex",
];
const ORDINAL_WORDS: [&str; 4] = ["premier", "1er", "first", "unique"];
const BULLETS: [char; 9] = ['•', '·', '▪', '◦', '‣', '–', '—', '-', '*'];

/// The marker at the start of `text` and the text after it (marker and following blanks and
/// separators removed); no marker: `None` and the whole text.
pub(crate) fn split(text: &str) -> (Option<Marker>, &str) {
    let trimmed = text.trim_start();
    if let Some(found) = worded(trimmed) {
        return found;
    }
    if let Some(c) = trimmed.chars().next() {
        if BULLETS.contains(&c) {
            let rest = &trimmed[c.len_utf8()..];
            if rest.starts_with(char::is_whitespace) {
                let marker = Marker {
                    text: c.to_string(),
                    kind: MarkerKind::Bullet,
                };
                return (Some(marker), rest.trim_start());
            }
        }
    }
    let token_end = trimmed
        .find(|c: char| c.is_whitespace())
        .unwrap_or(trimmed.len());
    let token = &trimmed[..token_end];
    let rest = &trimmed[token_end..];
    // A marker is followed by a blank; a paragraph that is only a marker keeps its text.
    if rest.trim().is_empty() {
        return (None, text);
    }
    let kind = if let Some(inner) = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        list_item(inner)
    } else if let Some(inner) = token.strip_suffix(')') {
        list_item(inner).or_else(|| number(inner, true))
    } else {
        number(token, false).or_else(|| {
            let inner = token.strip_suffix('.')?;
            if is_roman(inner) && inner.chars().all(|c| c.is_ascii_uppercase()) {
                Some(MarkerKind::Roman { upper: true })
            } else if inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase()) {
                Some(MarkerKind::Letter)
            } else {
                None
            }
        })
    };
    match kind {
        Some(kind) => (
            Some(Marker {
                text: token.to_string(),
                kind,
            }),
            skip_separators(rest),
        ),
        None => (None, text),
    }
}

/// "Article 4.2 –", "ARTICLE 2 :", "Section 3.", "Chapitre premier".
fn worded(text: &str) -> Option<(Option<Marker>, &str)> {
    let word_end = text.find(char::is_whitespace)?;
    let word = text[..word_end].to_lowercase();
    let is_article = ARTICLE_WORDS.contains(&word.as_str());
    if !is_article && !DIVISION_WORDS.contains(&word.as_str()) {
        return None;
    }
    let after_word = text[word_end..].trim_start();
    let number_end = after_word
        .find(|c: char| c.is_whitespace() || matches!(c, ':' | '–' | '—' | ')'))
        .unwrap_or(after_word.len());
    let raw = &after_word[..number_end];
    let number = raw.trim_end_matches(['.', '-']);
    let levels = if number
        .split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        number.split('.').count()
    } else if is_roman(number) || ORDINAL_WORDS.contains(&number.to_lowercase().as_str()) {
        1
    } else {
        return None;
    };
    let kind = if is_article {
        MarkerKind::Article { levels }
    } else {
        MarkerKind::Division
    };
    let marker = Marker {
        text: format!("{} {number}", &text[..word_end]),
        kind,
    };
    Some((Some(marker), skip_separators(&after_word[number_end..])))
}

fn skip_separators(text: &str) -> &str {
    text.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ':' | '–' | '—' | '-' | ')')
    })
}

/// "a", "b", "iv", "3" inside "( )" or before ")".
fn list_item(inner: &str) -> Option<MarkerKind> {
    if inner.is_empty() || inner.len() > 5 {
        return None;
    }
    if is_roman(&inner.to_uppercase()) && inner.len() > 1 || inner == "i" {
        return Some(MarkerKind::Roman {
            upper: inner.chars().all(|c| c.is_ascii_uppercase()),
        });
    }
    if inner.len() == 1 && inner.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(MarkerKind::Letter);
    }
    if inner.bytes().all(|b| b.is_ascii_digit()) {
        return Some(MarkerKind::Number { levels: 1 });
    }
    None
}

/// "1.1", "2.3.", "3." (a single number needs its dot, or a closing parenthesis:
/// "3 copies" is text).
fn number(token: &str, closed: bool) -> Option<MarkerKind> {
    let dotted = token.ends_with('.');
    let digits = token.trim_end_matches('.');
    let parts: Vec<&str> = digits.split('.').collect();
    let numeric = parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
    if !numeric || (parts.len() == 1 && !dotted && !closed) {
        return None;
    }
    Some(MarkerKind::Number {
        levels: parts.len(),
    })
}

fn is_roman(text: &str) -> bool {
    !text.is_empty() && text.len() <= 6 && text.chars().all(|c| "IVXLCivxlc".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(text: &str) -> (Option<String>, &str) {
        let (marker, rest) = split(text);
        (marker.map(|m| m.text), rest)
    }

    #[test]
    fn typed_numbers_are_taken_off() {
        assert_eq!(
            stripped("1.1 The parties"),
            (Some("1.1".into()), "The parties")
        );
        assert_eq!(
            stripped("2.3.\tEach party"),
            (Some("2.3.".into()), "Each party")
        );
        assert_eq!(stripped("a) shelter;"), (Some("a)".into()), "shelter;"));
        assert_eq!(
            stripped("(iv) legal aid"),
            (Some("(iv)".into()), "legal aid")
        );
        assert_eq!(
            stripped("Article 4.2 The Ministry"),
            (Some("Article 4.2".into()), "The Ministry")
        );
        assert_eq!(
            stripped("ARTICLE 2\u{a0}: OBLIGATIONS DES PARTIES"),
            (Some("ARTICLE 2".into()), "OBLIGATIONS DES PARTIES")
        );
        assert_eq!(
            stripped("Article 1 – Purpose"),
            (Some("Article 1".into()), "Purpose")
        );
        assert_eq!(
            stripped("III. Confidentiality"),
            (Some("III.".into()), "Confidentiality")
        );
        assert_eq!(stripped("• training"), (Some("•".into()), "training"));
        assert_eq!(
            stripped("Chapitre premier Dispositions"),
            (Some("Chapitre premier".into()), "Dispositions")
        );
    }

    #[test]
    fn numbers_that_are_words_stay() {
        assert_eq!(
            stripped("3 copies shall be signed"),
            (None, "3 copies shall be signed")
        );
        assert_eq!(stripped("2026 budget"), (None, "2026 budget"));
        assert_eq!(
            stripped("Articles of association"),
            (None, "Articles of association")
        );
        assert_eq!(stripped("I shall"), (None, "I shall"));
        assert_eq!(stripped("1.1"), (None, "1.1"));
    }

    #[test]
    fn kinds() {
        assert_eq!(
            split("3. Funding").0.unwrap().kind,
            MarkerKind::Number { levels: 1 }
        );
        assert_eq!(
            split("3.2 x").0.unwrap().kind,
            MarkerKind::Number { levels: 2 }
        );
        assert_eq!(
            split("(i) x").0.unwrap().kind,
            MarkerKind::Roman { upper: false }
        );
        assert_eq!(split("Section 2 x").0.unwrap().kind, MarkerKind::Division);
    }
}
