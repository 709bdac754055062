//! Text as imported (NFC, whitespace tidied) and text as compared (folded: no accents, no
//! case, words separated by single spaces).

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// NFC; tabs as spaces; within each line, runs of blanks as one (a no-break space kept when
/// the run has one, as French typography puts before colons); lines trimmed, blank lines
/// dropped.
pub(crate) fn tidy(text: &str) -> String {
    let normalised: String = text.nfc().collect();
    let lines: Vec<String> = normalised
        .split(['\n', '\r'])
        .map(tidy_line)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n")
}

fn tidy_line(line: &str) -> String {
    let mut tidied = String::with_capacity(line.len());
    let mut blanks: Option<char> = None;
    for c in line.chars() {
        if c.is_whitespace() || c == '\t' {
            let keep = if matches!(c, '\u{a0}' | '\u{202f}') {
                c
            } else {
                ' '
            };
            blanks = Some(match blanks {
                Some(kept) if kept != ' ' => kept,
                _ => keep,
            });
            continue;
        }
        if let Some(blank) = blanks.take() {
            if !tidied.is_empty() {
                tidied.push(blank);
            }
        }
        tidied.push(c);
    }
    tidied
}

/// Lower case, accents removed, apostrophes and punctuation as spaces, one space between
/// words and one at each end, so that `contains(" data protection ")` matches whole words.
pub(crate) fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len() + 2);
    folded.push(' ');
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            folded.extend(c.to_lowercase());
        } else if !folded.ends_with(' ') {
            folded.push(' ');
        }
    }
    if !folded.ends_with(' ') {
        folded.push(' ');
    }
    folded
}

/// How many words the text has.
pub(crate) fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Letters mostly capitals ("ARTICLE 2 : OBLIGATIONS DES PARTIES").
pub(crate) fn is_capitals(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    letters.len() >= 3 && upper * 10 >= letters.len() * 9
}

/// Ends as a sentence or a list item does, not as a heading.
pub(crate) fn ends_as_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', ';', ',', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_collapses_blanks_but_keeps_french_no_break_spaces() {
        assert_eq!(
            tidy("  ARTICLE 2\u{a0}:  OBLIGATIONS\t des "),
            "ARTICLE 2\u{a0}: OBLIGATIONS des"
        );
        assert_eq!(tidy("a \u{a0}b"), "a\u{a0}b");
        assert_eq!(tidy("one\n\n  two  \n"), "one\ntwo");
        // NFC: "é" as e + combining acute becomes one character.
        assert_eq!(tidy("re\u{301}sume\u{301}"), "résumé");
    }

    #[test]
    fn fold_matches_whole_words_without_accents_or_case() {
        assert_eq!(fold("Protection des Données!"), " protection des donnees ");
        assert_eq!(fold("l’Entrée en vigueur"), " l entree en vigueur ");
        assert_eq!(fold(""), " ");
    }
}
