use serde::{Deserialize, Serialize};
use unic_langid::{langid, LanguageIdentifier};

/// A language Pacta speaks to people in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, specta::Type,
)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Fr,
    Nl,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Fr, Locale::Nl];

    /// The two-letter code: `en`, `fr`, `nl`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Nl => "nl",
        }
    }

    /// The language of a code or a POSIX locale name: `fr`, `FR`, `fr-BE`, `nl_NL.UTF-8`.
    pub fn parse(name: &str) -> Option<Locale> {
        let language = name
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The language of the user's session, from the POSIX variables in their order of
    /// precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`); English when none names one Pacta speaks.
    pub fn from_environment() -> Locale {
        Locale::from_variables(|name| std::env::var(name).ok())
    }

    /// As [`Locale::from_environment`], reading variables through `lookup`.
    pub fn from_variables(lookup: impl Fn(&str) -> Option<String>) -> Locale {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| lookup(name).filter(|value| !value.is_empty()))
            .next()
            .and_then(|value| Locale::parse(&value))
            .unwrap_or_default()
    }

    pub(crate) fn language_identifier(self) -> LanguageIdentifier {
        match self {
            Locale::En => langid!("en"),
            Locale::Fr => langid!("fr"),
            Locale::Nl => langid!("nl"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_names_and_tags_give_their_language() {
        assert_eq!(Locale::parse("nl_BE.UTF-8"), Some(Locale::Nl));
        assert_eq!(Locale::parse("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::parse("FR"), Some(Locale::Fr));
        assert_eq!(Locale::parse("de_DE.UTF-8"), None);
        assert_eq!(Locale::parse("C"), None);
    }

    #[test]
    fn the_first_set_variable_decides() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Locale::from_variables(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "nl_NL.UTF-8")])),
            Locale::Nl
        );
        assert_eq!(
            Locale::from_variables(env(&[("LC_ALL", ""), ("LANG", "fr_FR.UTF-8")])),
            Locale::Fr
        );
        // A language Pacta does not speak falls back to English rather than to the next variable:
        // the user chose German, and English is the closest Pacta can do.
        assert_eq!(
            Locale::from_variables(env(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "fr_FR")])),
            Locale::En
        );
        assert_eq!(Locale::from_variables(env(&[])), Locale::En);
    }
}
