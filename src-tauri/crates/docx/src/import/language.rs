//! English or French, by counting the small words each language cannot do without.

use pacta_core::agreement::Language;

const ENGLISH: [&str; 10] = [
    "the", "and", "of", "shall", "to", "with", "for", "will", "is", "are",
];
const FRENCH: [&str; 12] = [
    "le", "la", "les", "et", "des", "doit", "du", "aux", "une", "pour", "avec", "sont",
];

/// The language and the stop words counted for each (English first). English wins a tie,
/// as Pacta's default text language.
pub(crate) fn detect(folded_words: &[&str]) -> (Language, u32, u32) {
    let count = |list: &[&str]| folded_words.iter().filter(|w| list.contains(w)).count() as u32;
    let english = count(&ENGLISH);
    let french = count(&FRENCH);
    let language = if french > english {
        Language::Fr
    } else {
        Language::En
    };
    (language, english, french)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_decide() {
        let fr = "les parties doivent coopérer et la partie doit informer";
        let words: Vec<&str> = fr.split(' ').collect();
        assert_eq!(detect(&words).0, Language::Fr);
        let en = "the parties shall cooperate and the ministry of gender";
        let words: Vec<&str> = en.split(' ').collect();
        assert_eq!(detect(&words).0, Language::En);
        assert_eq!(detect(&[]).0, Language::En);
    }
}
