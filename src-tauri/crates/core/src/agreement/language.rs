crate::closed_choice!(
    /// A language an agreement's text is written in. The UI speaks these two; a text may carry
    /// a translation into the other for bilingual printing.
    Language {
        En => "en",
        Fr => "fr",
    }
);

impl Language {
    /// The language of the message catalogue a document in this language reads from.
    pub fn locale(self) -> pacta_messages::Locale {
        match self {
            Language::En => pacta_messages::Locale::En,
            Language::Fr => pacta_messages::Locale::Fr,
        }
    }

    pub fn other(self) -> Language {
        match self {
            Language::En => Language::Fr,
            Language::Fr => Language::En,
        }
    }
}

crate::closed_choice!(
    /// Which text a printed or exported agreement shows: one language, or both side by side.
    PrintLanguage {
        En => "en",
        Fr => "fr",
        #[serde(rename = "en+fr")]
        EnFr => "en+fr",
    }
);

impl PrintLanguage {
    /// The languages printed, left column first.
    pub fn languages(self) -> &'static [Language] {
        match self {
            PrintLanguage::En => &[Language::En],
            PrintLanguage::Fr => &[Language::Fr],
            PrintLanguage::EnFr => &[Language::En, Language::Fr],
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
    }
}
