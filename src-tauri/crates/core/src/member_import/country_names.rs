//! Country names as people write them, read as ISO 3166 codes. The names come from data, not
//! from a table typed here: CLDR's display names (through ICU4X) in the languages member lists
//! are kept in, ISO 3166's own English names (through isocountry, which carries the UN short
//! forms "Viet Nam" and "Lao People's Democratic Republic"), and the alpha-2 and alpha-3 codes.

use std::collections::HashMap;
use std::sync::OnceLock;

use icu_experimental::displaynames::multi::RegionDisplayNames;
use icu_experimental::displaynames::{DisplayNamesOptions, Style};
use icu_locale_core::subtags::Region;
use icu_locale_core::Locale;
use isocountry::CountryCode as Iso3166;

use super::folding::fold;
use crate::country::CountryCode;

/// The languages whose country names are recognised: Pacta's own and those of the members'
/// lists seen in practice (Portuguese, Spanish, German, Indonesian).
const NAME_LANGUAGES: &[&str] = &["en", "fr", "nl", "pt", "es", "de", "id"];

/// Words written short in official names ("Lao PDR", "Dem. Rep. of the Congo").
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("pdr", "peoples democratic republic"),
    ("rdp", "republique democratique populaire"),
    ("dem", "democratic"),
    ("rep", "republic"),
    ("fed", "federation"),
    ("st", "saint"),
    ("is", "islands"),
];

/// The openings of states' formal names ("Kingdom of Cambodia", "Socialist Republic of Viet
/// Nam"), tried off only when the whole name is not known, so "Democratic Republic of the
/// Congo" stays itself. Longest first.
const FORMAL_OPENINGS: &[&str] = &[
    "republic of union of",
    "socialist republic of",
    "federal democratic republic of",
    "federal republic of",
    "democratic republic of",
    "islamic republic of",
    "united republic of",
    "peoples republic of",
    "independent state of",
    "commonwealth of",
    "federation of",
    "principality of",
    "sultanate of",
    "kingdom of",
    "republic of",
    "state of",
    "royaume du",
    "royaume de",
    "republique du",
    "republique de",
    "republique socialiste du",
    "koninkrijk",
    "republiek",
];

/// The ISO code a name, short form, formal name or code stands for; `None` when no name
/// matches or when a name could be several countries.
pub fn country_of(text: &str) -> Option<CountryCode> {
    let key = expand(&fold(text));
    if key.is_empty() {
        return None;
    }
    let found = match names().get(&key) {
        Some(found) => *found,
        None => FORMAL_OPENINGS.iter().find_map(|opening| {
            let rest = key.strip_prefix(opening)?.trim_start();
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            names().get(rest).copied().flatten()
        }),
    }?;
    CountryCode::parse(found.alpha2()).ok()
}

/// Every known name, folded; `None` marks a name two countries share.
fn names() -> &'static HashMap<String, Option<Iso3166>> {
    static NAMES: OnceLock<HashMap<String, Option<Iso3166>>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: HashMap<String, Option<Iso3166>> = HashMap::new();
        let mut add = |name: &str, code: Iso3166| {
            let key = expand(&fold(name));
            if key.is_empty() {
                return;
            }
            names
                .entry(key)
                .and_modify(|known| {
                    if *known != Some(code) {
                        *known = None;
                    }
                })
                .or_insert(Some(code));
        };
        let display_names: Vec<RegionDisplayNames> = NAME_LANGUAGES
            .iter()
            .flat_map(|language| {
                let locale: Locale = language.parse().expect("a valid language tag");
                [None, Some(Style::Short)].map(|style| {
                    let mut options = DisplayNamesOptions::default();
                    options.style = style;
                    RegionDisplayNames::try_new(locale.clone().into(), options)
                        .expect("compiled CLDR data holds these languages")
                })
            })
            .collect();
        for code in Iso3166::iter() {
            let code = *code;
            add(code.alpha2(), code);
            add(code.alpha3(), code);
            for variant in iso_name_variants(code.name()) {
                add(&variant, code);
            }
            if let Ok(region) = Region::try_from_str(code.alpha2()) {
                for names in &display_names {
                    if let Some(name) = names.of(region) {
                        add(name, code);
                    }
                }
            }
        }
        names
    })
}

/// ISO's English name and the orders people write it in: "Korea (Republic of)" is also
/// "Republic of Korea", "Tanzania, United Republic of" also "United Republic of Tanzania".
fn iso_name_variants(name: &str) -> Vec<String> {
    let mut variants = vec![name.to_string()];
    if let Some((head, rest)) = name.split_once(" (") {
        let inner = rest.trim_end_matches(')');
        variants.push(format!("{inner} {head}"));
    }
    if let Some((head, tail)) = name.split_once(", ") {
        variants.push(format!("{tail} {head}"));
    }
    variants
}

fn expand(folded: &str) -> String {
    let words: Vec<&str> = folded
        .split(' ')
        .filter(|word| !word.is_empty() && *word != "the")
        .map(|word| {
            ABBREVIATIONS
                .iter()
                .find(|(short, _)| *short == word)
                .map_or(word, |(_, long)| *long)
        })
        .collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::country_of;

    #[test]
    fn names_in_english_french_and_dutch_and_un_short_forms() {
        let cases = [
            ("Viet Nam", "VN"),
            ("Vietnam", "VN"),
            ("Lao PDR", "LA"),
            ("Laos", "LA"),
            ("Lao People’s Democratic Republic", "LA"),
            ("Namibia", "NA"),
            ("Namibie", "NA"),
            ("Autriche", "AT"),
            ("Oostenrijk", "AT"),
            ("Cambodge", "KH"),
            ("Cambodia", "KH"),
            ("Myanmar", "MM"),
            ("Thaïlande", "TH"),
            ("The Philippines", "PH"),
            ("Republic of Korea", "KR"),
            ("Korea, Republic of", "KR"),
            ("United Republic of Tanzania", "TZ"),
            ("Côte d’Ivoire", "CI"),
            ("Ivoorkust", "CI"),
            ("Timor-Leste", "TL"),
            ("Indonésie", "ID"),
            ("Pays-Bas", "NL"),
            ("Nederland", "NL"),
            ("Belgique", "BE"),
            ("KHM", "KH"),
            ("vn", "VN"),
            ("  MALAYSIA ", "MY"),
            ("Kingdom of Cambodia", "KH"),
            ("Socialist Republic of Viet Nam", "VN"),
            ("Republic of the Union of Myanmar", "MM"),
            ("Republic of Indonesia", "ID"),
            ("Royaume du Cambodge", "KH"),
            ("Brunei Darussalam", "BN"),
            ("Timor Leste", "TL"),
            ("Democratic Republic of the Congo", "CD"),
            ("Republic of the Congo", "CG"),
        ];
        for (text, code) in cases {
            assert_eq!(
                country_of(text).map(|c| c.alpha2()),
                Some(code),
                "{text} should be {code}"
            );
        }
    }

    #[test]
    fn unknown_and_shared_names_are_left_for_a_person() {
        for text in ["Atlantis", "", "Korea", "Congo Basin"] {
            assert_eq!(country_of(text), None, "{text}");
        }
    }
}
