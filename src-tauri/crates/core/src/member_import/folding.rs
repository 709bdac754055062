use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::text::fold_letters;

/// The form two spellings of the same word share: lower case, no accents, no apostrophes,
/// any other punctuation a single space. "Ministère de l’Intérieur" and "ministere de
/// linterieur" fold alike, so headers and values match however they were typed.
pub fn fold(text: &str) -> String {
    let plain: String = fold_letters(text)
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'œ' => "oe".to_string(),
            'æ' => "ae".to_string(),
            'ß' => "ss".to_string(),
            '\'' | '’' | '‘' | '`' | '´' | 'ʼ' => String::new(),
            '&' => " and ".to_string(),
            c if c.is_alphanumeric() => c.to_string(),
            _ => " ".to_string(),
        })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_accents_apostrophes_and_punctuation() {
        let cases = [
            ("Ministère de l’Intérieur", "ministere de linterieur"),
            ("  E-MAIL ", "e mail"),
            ("Date d'adhésion", "date dadhesion"),
            ("Employers’ organisation", "employers organisation"),
            ("Bosnia & Herzegovina", "bosnia and herzegovina"),
            ("Côte d’Ivoire", "cote divoire"),
            ("Nguyễn Đức", "nguyen duc"),
            ("Œuvre", "oeuvre"),
        ];
        for (text, folded) in cases {
            assert_eq!(fold(text), folded, "{text}");
        }
    }
}
