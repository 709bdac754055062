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
