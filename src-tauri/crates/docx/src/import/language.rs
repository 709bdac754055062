//! English, French or Dutch, by counting the small words each language cannot do without.

use pacta_core::agreement::Language;

const ENGLISH: [&str; 10] = [
    "the", "and", "of", "shall", "to", "with", "for", "will", "is", "are",
];
const FRENCH: [&str; 12] = [
    "le", "la", "les", "et", "des", "doit", "du", "aux", "une", "pour", "avec", "sont",
];
// Not "de" or "en": French and English use them too ("de" in French, "en" in both).
const DUTCH: [&str; 12] = [
    "het", "een", "van", "voor", "met", "zijn", "wordt", "worden", "dat", "niet", "partijen",
    "deze",
];

/// The marker words counted for each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct MarkerWords {
    pub english: u32,
    pub french: u32,
    pub dutch: u32,
}

/// The language with the most marker words. English wins a tie, as Pacta's default text
/// language, then French.
pub(crate) fn detect(folded_words: &[&str]) -> (Language, MarkerWords) {
    let count = |list: &[&str]| folded_words.iter().filter(|w| list.contains(w)).count() as u32;
    let words = MarkerWords {
        english: count(&ENGLISH),
        french: count(&FRENCH),
        dutch: count(&DUTCH),
    };
    let language = if words.dutch > words.english && words.dutch > words.french {
        Language::Nl
    } else if words.french > words.english {
        Language::Fr
    } else {
        Language::En
    };
    (language, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_decide() {
        let language = |text: &str| detect(&text.split(' ').collect::<Vec<_>>()).0;
        assert_eq!(
            language("les parties doivent coopérer et la partie doit informer"),
            Language::Fr
        );
        assert_eq!(
            language("the parties shall cooperate and the ministry of gender"),
            Language::En
        );
        assert_eq!(
            language("de partijen werken samen en het ministerie van justitie wordt geïnformeerd"),
            Language::Nl
        );
        // "de" and "en" alone prove nothing: a French sentence stays French.
        assert_eq!(
            language("le comité de pilotage et la direction de la protection des victimes"),
            Language::Fr
        );
        assert_eq!(detect(&[]).0, Language::En);
    }
}
