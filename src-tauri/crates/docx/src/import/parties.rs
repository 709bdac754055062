//! Parties: organisations of the registry recognised by name or acronym, and the names a
//! document gives its parties ("BETWEEN: …", "ENTRE : …", "AND …") whether known or not.

use super::text::fold;
use super::KnownOrganisation;

/// Words introducing a party in the opening lines; with a colon, in capitals, or (for the
/// first party) capitalised at the start of the line.
const OPENING: [&str; 3] = ["between", "entre", "among"];
const FOLLOWING: [&str; 3] = ["and", "et", "with"];

/// Where a party's name stops: its description begins.
const NAME_ENDS: &[&str] = &[
    "(",
    "“",
    "\"",
    "«",
    ";",
    "\n",
    ", hereinafter",
    " hereinafter",
    ", ci-après",
    " ci-après",
    ", represented",
    ", représenté",
    ", acting",
    ", agissant",
    " of the one part",
    " of the other part",
    ", of the",
    " d’une part",
    " d’autre part",
    " d'une part",
    " d'autre part",
];

/// Registry entries folded for whole-word, case- and accent-insensitive search.
pub(crate) struct PartyFinder {
    /// (registry index, folded name, folded acronym).
    entries: Vec<(usize, String, Option<String>)>,
}

impl PartyFinder {
    pub fn new(registry: &[KnownOrganisation]) -> PartyFinder {
        let entries = registry
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let acronym = fold(&o.acronym);
                let acronym = (acronym.trim().len() >= 2).then_some(acronym);
                (i, fold(&o.name), acronym)
            })
            .filter(|(_, name, acronym)| name.trim().len() >= 2 || acronym.is_some())
            .collect();
        PartyFinder { entries }
    }

    /// The registry organisations `text` names, in order of first mention. A name found only
    /// inside a longer name found there ("Ministry of Labour" inside "Ministry of Labour,
    /// Invalids and Social Affairs") names the longer one alone.
    pub fn find(&self, text: &str) -> Vec<usize> {
        let folded = fold(text);
        let occurrences = |needle: &str| -> Vec<(usize, usize)> {
            folded
                .match_indices(needle)
                .map(|(at, found)| (at, at + found.len()))
                .collect()
        };
        let spans: Vec<(usize, Vec<(usize, usize)>)> = self
            .entries
            .iter()
            .map(|(i, name, acronym)| {
                let mut spans = Vec::new();
                if name.trim().len() >= 2 {
                    spans.extend(occurrences(name));
                }
                if let Some(acronym) = acronym {
                    spans.extend(occurrences(acronym));
                }
                (*i, spans)
            })
            .collect();
        let covered = |(start, end): (usize, usize), own: usize| {
            spans.iter().any(|(other, other_spans)| {
                *other != own
                    && other_spans
                        .iter()
                        .any(|(s, e)| *s <= start && end <= *e && (e - s) > (end - start))
            })
        };
        let mut found: Vec<(usize, usize)> = spans
            .iter()
            .filter_map(|(i, own_spans)| {
                own_spans
                    .iter()
                    .filter(|span| !covered(**span, *i))
                    .map(|(start, _)| *start)
                    .min()
                    .map(|at| (at, *i))
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, i)| i).collect()
    }
}

/// The party named by an opening line ("BETWEEN: Ministry of Gender Equality, hereinafter…"
/// → "Ministry of Gender Equality"); `Some("")` when the line is only "BETWEEN:" and the
/// name follows on the next line.
pub(crate) fn named_party(line: &str) -> Option<String> {
    let line = line.trim();
    let word_end = line
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(line.len());
    let word = &line[..word_end];
    let lower = word.to_lowercase();
    let rest = &line[word_end..];
    let with_colon = rest.trim_start().starts_with(':');
    let capitals = word.len() > 1 && word.chars().all(char::is_uppercase);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let opening = OPENING.contains(&lower.as_str());
    let following = FOLLOWING.contains(&lower.as_str());
    if !(opening && (with_colon || capitalised) || following && (with_colon || capitals)) {
        return None;
    }
    let name = rest.trim_start().trim_start_matches(':').trim_start();
    let end = NAME_ENDS
        .iter()
        .filter_map(|stop| name.find(stop))
        .min()
        .unwrap_or(name.len());
    let name = name[..end]
        .trim()
        .trim_end_matches([',', ';', ':', '.'])
        .trim_start_matches("the ")
        .trim();
    Some(name.to_string())
}

/// The name before "hereinafter…"/"ci-après…" in a line describing a party.
pub(crate) fn described_party(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let at = ["hereinafter", "ci-après", "ci-apres"]
        .iter()
        .filter_map(|w| lower.find(w))
        .min()?;
    let name = line[..at].trim().trim_end_matches([',', '(', ' ']).trim();
    let (_, name) = super::markers::split(name);
    (!name.is_empty() && name.split_whitespace().count() <= 15).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Vec<KnownOrganisation> {
        vec![
            KnownOrganisation {
                id: 7,
                name: "Ministry of Gender Equality".into(),
                acronym: "MGE".into(),
            },
            KnownOrganisation {
                id: 9,
                name: "Légal Assistance Centre".into(),
                acronym: "LAC".into(),
            },
        ]
    }

    #[test]
    fn registry_names_and_acronyms_match_whole_words_in_order() {
        let finder = PartyFinder::new(&registry());
        assert_eq!(
            finder.find("Between the LEGAL ASSISTANCE CENTRE and the ministry of gender equality"),
            vec![1, 0]
        );
        assert_eq!(finder.find("signed for MGE."), vec![0]);
        assert_eq!(finder.find("the lacquered box"), Vec::<usize>::new());
    }

    #[test]
    fn a_name_inside_a_longer_name_names_the_longer_one() {
        let registry = vec![
            KnownOrganisation {
                id: 1,
                name: "Ministry of Labour".into(),
                acronym: String::new(),
            },
            KnownOrganisation {
                id: 2,
                name: "Ministry of Labour, Invalids and Social Affairs".into(),
                acronym: "MOLISA".into(),
            },
        ];
        let finder = PartyFinder::new(&registry);
        assert_eq!(
            finder.find("Between the Ministry of Labour, Invalids and Social Affairs and X"),
            vec![1]
        );
        assert_eq!(
            finder.find("MOLISA and the Ministry of Labour"),
            vec![1, 0],
            "a name also found on its own still counts"
        );
    }

    #[test]
    fn opening_lines_name_parties() {
        assert_eq!(
            named_party("BETWEEN: Ministry of Gender Equality, hereinafter “the Ministry”")
                .as_deref(),
            Some("Ministry of Gender Equality")
        );
        assert_eq!(
            named_party("AND: Legal Assistance Centre (LAC)").as_deref(),
            Some("Legal Assistance Centre")
        );
        assert_eq!(
            named_party("ENTRE\u{a0}: l’Association Solidarité Femmes, d’une part").as_deref(),
            Some("l’Association Solidarité Femmes")
        );
        assert_eq!(named_party("AND").as_deref(), Some(""));
        assert_eq!(named_party("And the parties agree"), None);
        assert_eq!(
            named_party("Between the Ministry of Labour and the Union").as_deref(),
            Some("Ministry of Labour and the Union")
        );
    }

    #[test]
    fn described_parties() {
        assert_eq!(
            described_party("The Legal Assistance Centre, hereinafter referred to as “LAC”")
                .as_deref(),
            Some("The Legal Assistance Centre")
        );
        assert_eq!(described_party("No description here"), None);
    }
}
