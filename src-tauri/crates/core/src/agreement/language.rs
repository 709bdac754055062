crate::closed_choice!(
    /// A language an agreement's text (or a meeting's minutes) is written in: the languages the
    /// UI speaks. A text may carry a translation for bilingual printing.
    Language {
        En => "en",
        Fr => "fr",
        Nl => "nl",
    }
);

impl Language {
    /// The language of the message catalogue a document in this language reads from.
    pub fn locale(self) -> pacta_messages::Locale {
        match self {
            Language::En => pacta_messages::Locale::En,
            Language::Fr => pacta_messages::Locale::Fr,
            Language::Nl => pacta_messages::Locale::Nl,
        }
    }

    /// The language a starter text is translated into for bilingual printing: French and
    /// Dutch texts beside English, English beside French (the partnerships' working pairs).
    pub fn other(self) -> Language {
        match self {
            Language::En => Language::Fr,
            Language::Fr | Language::Nl => Language::En,
        }
    }
}

crate::closed_choice!(
    /// Which text a printed or exported agreement shows: one language, or both side by side.
    PrintLanguage {
        En => "en",
        Fr => "fr",
        Nl => "nl",
        #[serde(rename = "en+fr")]
        EnFr => "en+fr",
        #[serde(rename = "en+nl")]
        EnNl => "en+nl",
    }
);

impl PrintLanguage {
    /// The languages printed, left column first.
    pub fn languages(self) -> &'static [Language] {
        match self {
            PrintLanguage::En => &[Language::En],
            PrintLanguage::Fr => &[Language::Fr],
            PrintLanguage::Nl => &[Language::Nl],
            PrintLanguage::EnFr => &[Language::En, Language::Fr],
            PrintLanguage::EnNl => &[Language::En, Language::Nl],
        }
    }
}

crate::closed_choice!(
    /// Paper size of a printed document.
    // specta refuses two exported types of one name; the ballot paper is the other `Paper`.
    #[serde(rename = "PaperSize")]
    Paper {
        A4 => "a4",
        Letter => "letter",
    }
);

impl Paper {
    /// Width and height in millimetres, portrait.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_languages_parse_from_their_codes() {
        assert_eq!(PrintLanguage::parse("en+fr"), Some(PrintLanguage::EnFr));
        assert_eq!(
            PrintLanguage::EnFr.languages(),
            &[Language::En, Language::Fr]
        );
        assert_eq!(Paper::parse("LETTER"), Some(Paper::Letter));
        assert_eq!(Language::Fr.other(), Language::En);
        assert_eq!(PrintLanguage::parse("en+nl"), Some(PrintLanguage::EnNl));
        assert_eq!(Language::Nl.locale(), pacta_messages::Locale::Nl);
    }
}
