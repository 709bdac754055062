use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::{DisplayNamesOptions, Style};
use icu_locale_core::subtags::Region;
use isocountry::CountryCode as Iso3166;

use crate::validation::Problem;

/// An ISO 3166-1 alpha-2 country code; the UI shows it by name in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CountryCode(Iso3166);

impl CountryCode {
    pub fn parse(text: &str) -> Result<Self, Problem> {
        let wanted = text.trim().to_uppercase();
        Iso3166::for_alpha2(&wanted)
            .map(CountryCode)
            .map_err(|_| Problem::UnknownCountry {
                value: text.trim().to_string(),
            })
    }

    pub fn alpha2(self) -> &'static str {
        self.0.alpha2()
    }
}

/// Country names in one of the readers' languages, from CLDR's short forms (through ICU4X), so
/// a printed list says "Vietnam" or "Viêt Nam" where the registry keeps "VN".
pub struct CountryNames(RegionDisplayNames);

impl CountryNames {
    pub fn of(locale: pacta_messages::Locale) -> CountryNames {
        let locale: icu_locale_core::Locale = locale.code().parse().expect("a valid language tag");
        let mut options = DisplayNamesOptions::default();
        options.style = Some(Style::Short);
        CountryNames(
            RegionDisplayNames::try_new(locale.into(), options)
                .expect("compiled CLDR data holds Pacta's languages"),
        )
    }

    /// The name of the country whose code is stored; the code itself when CLDR has no name.
    pub fn name(&self, code: &str) -> String {
        Region::try_from_str(code.trim())
            .ok()
            .and_then(|region| self.0.of(region))
            .map_or_else(|| code.trim().to_string(), str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_alpha2_codes_in_any_case() {
        for (text, expected) in [("kh", "KH"), (" VN ", "VN"), ("TL", "TL"), ("na", "NA")] {
            assert_eq!(CountryCode::parse(text).unwrap().alpha2(), expected);
        }
    }

    #[test]
    fn countries_are_named_in_the_readers_language() {
        use pacta_messages::Locale;
        assert_eq!(CountryNames::of(Locale::En).name("TL"), "Timor-Leste");
        assert_eq!(CountryNames::of(Locale::Fr).name("KH"), "Cambodge");
        assert_eq!(CountryNames::of(Locale::Nl).name("TH"), "Thailand");
        assert_eq!(
            CountryNames::of(Locale::En).name("Q9"),
            "Q9",
            "no name: the code"
        );
    }

    #[test]
    fn refuses_unknown_and_alpha3_codes() {
        for text in ["XX", "VNM", "", "Viet Nam"] {
            assert!(
                matches!(
                    CountryCode::parse(text),
                    Err(Problem::UnknownCountry { .. })
                ),
                "{text}"
            );
        }
    }
}
