//! Which of the twelve sections a heading is about, from its words in English or French.
//! Headings name several things at once ("Roles and responsibilities of the parties",
//! "Means of collaboration and communication"), so every section scores its keywords and the
//! best score wins: a distinctive keyword weighs two, a word that often appears beside others
//! ("parties", "communication", "data") one.

use pacta_core::agreement::Section;

use super::text::fold;

/// (section, keyword, weight). Keywords are folded (no accents, lower case) word beginnings:
/// "responsabilit" matches "responsabilités", "confidential" matches "confidentiality".
const KEYWORDS: &[(Section, &str, u32)] = &[
    (Section::PurposeAndScope, "purpose", 2),
    (Section::PurposeAndScope, "scope", 2),
    (Section::PurposeAndScope, "objet", 2),
    (Section::PurposeAndScope, "objecti", 2),
    (Section::PurposeAndScope, "aims", 2),
    (Section::PurposeAndScope, "champ d application", 2),
    (Section::PurposeAndScope, "definition", 2),
    (Section::PurposeAndScope, "interpretation", 1),
    (Section::PurposeAndScope, "preambl", 2),
    (Section::PurposeAndScope, "preambul", 2),
    (Section::PurposeAndScope, "background", 1),
    (Section::PurposeAndScope, "contexte", 1),
    (Section::Parties, "parties", 1),
    (Section::Parties, "partie", 1),
    (Section::Parties, "party", 1),
    (Section::Parties, "signataires", 1),
    (Section::AnnualPlanning, "planning", 2),
    (Section::AnnualPlanning, "planification", 2),
    (Section::AnnualPlanning, "plan annuel", 2),
    (Section::AnnualPlanning, "annual plan", 2),
    (Section::AnnualPlanning, "work plan", 2),
    (Section::AnnualPlanning, "workplan", 2),
    (Section::AnnualPlanning, "plan de travail", 2),
    (Section::AnnualPlanning, "plan d action", 2),
    (Section::Collaboration, "cooperation", 2),
    (Section::Collaboration, "collaboration", 2),
    (Section::Collaboration, "coordination", 2),
    (Section::Collaboration, "focal point", 2),
    (Section::Collaboration, "point focal", 2),
    (Section::Collaboration, "points focaux", 2),
    (Section::Collaboration, "meeting", 2),
    (Section::Collaboration, "reunion", 2),
    (Section::Collaboration, "liaison", 2),
    (Section::Collaboration, "consultation", 1),
    (Section::Collaboration, "communication", 1),
    (Section::Collaboration, "notice", 1),
    (Section::Responsibilities, "responsibilit", 2),
    (Section::Responsibilities, "responsabilit", 2),
    (Section::Responsibilities, "obligation", 2),
    (Section::Responsibilities, "roles", 2),
    (Section::Responsibilities, "role", 2),
    (Section::Responsibilities, "engagement", 2),
    (Section::Responsibilities, "commitment", 2),
    (Section::Responsibilities, "undertaking", 2),
    (Section::Responsibilities, "duties", 2),
    (Section::Responsibilities, "attributions", 2),
    (Section::Responsibilities, "division of", 1),
    (Section::Responsibilities, "implementation", 1),
    (Section::Responsibilities, "mise en oeuvre", 1),
    (Section::Reporting, "report", 2),
    (Section::Reporting, "rapport", 2),
    (Section::Reporting, "monitoring", 2),
    (Section::Reporting, "suivi", 2),
    (Section::Reporting, "accountab", 2),
    (Section::Reporting, "redevabilit", 2),
    (Section::Reporting, "compte rendu", 2),
    (Section::Reporting, "evaluation", 1),
    (Section::Reporting, "review", 1),
    (Section::Complaints, "complaint", 2),
    (Section::Complaints, "grievance", 2),
    (Section::Complaints, "plainte", 2),
    (Section::Complaints, "dispute", 2),
    (Section::Complaints, "differend", 2),
    (Section::Complaints, "litige", 2),
    (Section::Complaints, "reclamation", 2),
    (Section::Complaints, "arbitra", 1),
    (Section::Complaints, "mediation", 2),
    (Section::Complaints, "governing law", 1),
    (Section::Complaints, "droit applicable", 1),
    (Section::Complaints, "settlement", 1),
    (Section::Complaints, "reglement", 1),
    (Section::Funding, "funding", 2),
    (Section::Funding, "funds", 2),
    (Section::Funding, "financ", 2),
    (Section::Funding, "budget", 2),
    (Section::Funding, "costs", 2),
    (Section::Funding, "frais", 2),
    (Section::Funding, "payment", 2),
    (Section::Funding, "paiement", 2),
    (Section::Funding, "resources", 1),
    (Section::Funding, "ressources", 1),
    (Section::Confidentiality, "confidential", 2),
    (Section::Confidentiality, "data protection", 2),
    (Section::Confidentiality, "protection des donnees", 2),
    (Section::Confidentiality, "privacy", 2),
    (Section::Confidentiality, "vie privee", 2),
    (Section::Confidentiality, "personal data", 2),
    (Section::Confidentiality, "donnees", 1),
    (Section::Confidentiality, "data", 1),
    (Section::Confidentiality, "information sharing", 1),
    (Section::Media, "media", 2),
    (Section::Media, "visibilit", 2),
    (Section::Media, "publicity", 2),
    (Section::Media, "publicite", 2),
    (Section::Media, "press", 2),
    (Section::Media, "presse", 2),
    (Section::Media, "logo", 2),
    (Section::Media, "public communication", 2),
    (Section::Media, "communication publique", 2),
    (Section::Media, "communication", 1),
    (Section::Duration, "duration", 2),
    (Section::Duration, "duree", 2),
    (Section::Duration, "term", 1),
    (Section::Duration, "terminat", 2),
    (Section::Duration, "resiliation", 2),
    (Section::Duration, "amend", 2),
    (Section::Duration, "modification", 2),
    (Section::Duration, "entry into force", 2),
    (Section::Duration, "entree en vigueur", 2),
    (Section::Duration, "renewal", 2),
    (Section::Duration, "renouvellement", 2),
    (Section::Duration, "validit", 2),
    (Section::Duration, "withdrawal", 2),
    (Section::Duration, "retrait", 2),
    (Section::Duration, "final provisions", 2),
    (Section::Duration, "dispositions finales", 2),
    (Section::Duration, "effective date", 2),
    (Section::Duration, "expir", 2),
    (Section::Signatures, "signature", 2),
    (Section::Signatures, "in witness", 2),
    (Section::Signatures, "en foi de quoi", 2),
];

/// Headings of annexes, whose table follows.
const ANNEX_WORDS: [&str; 5] = ["annex", "annexe", "appendix", "appendice", "schedule"];

/// The section a heading is about; `None` when no keyword matches.
pub(crate) fn section_of(heading: &str) -> Option<Section> {
    let folded = fold(heading);
    let mut scores = [0u32; 12];
    for (section, keyword, weight) in KEYWORDS {
        if folded.contains(&format!(" {keyword}")) {
            scores[section.number() - 1] += weight;
        }
    }
    let best = *scores.iter().max()?;
    if best == 0 {
        return None;
    }
    // Ties go to the section printed first… except that "parties" never wins a tie: it sits
    // in most headings naming the parties' duties.
    let winner = Section::ALL
        .iter()
        .copied()
        .filter(|s| scores[s.number() - 1] == best)
        .min_by_key(|s| (*s == Section::Parties, s.number()))?;
    Some(winner)
}

/// "Annex 1: Division of responsibilities", "Appendice A".
pub(crate) fn is_annex_heading(heading: &str) -> bool {
    let folded = fold(heading);
    let first = folded.split_whitespace().next().unwrap_or("");
    ANNEX_WORDS.contains(&first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_in_english_and_french_find_their_section() {
        let cases = [
            ("Purpose", Section::PurposeAndScope),
            ("Objet et champ d’application", Section::PurposeAndScope),
            ("Parties", Section::Parties),
            (
                "Roles and responsibilities of the parties",
                Section::Responsibilities,
            ),
            ("OBLIGATIONS DES PARTIES", Section::Responsibilities),
            (
                "Means of collaboration and communication",
                Section::Collaboration,
            ),
            ("Media and public communication", Section::Media),
            ("Visibilité", Section::Media),
            ("Monitoring and reporting", Section::Reporting),
            ("Suivi et rapports", Section::Reporting),
            ("Settlement of disputes", Section::Complaints),
            ("Règlement des différends", Section::Complaints),
            ("Financial arrangements", Section::Funding),
            ("Financement", Section::Funding),
            (
                "Confidentiality and data protection",
                Section::Confidentiality,
            ),
            (
                "Protection des données personnelles",
                Section::Confidentiality,
            ),
            (
                "Entry into force, duration and termination",
                Section::Duration,
            ),
            ("Durée, modification et résiliation", Section::Duration),
            ("Amendments", Section::Duration),
            ("Plan annuel de travail", Section::AnnualPlanning),
            ("Annual planning", Section::AnnualPlanning),
            ("In witness whereof", Section::Signatures),
            ("Signatures", Section::Signatures),
        ];
        for (heading, section) in cases {
            assert_eq!(section_of(heading), Some(section), "{heading}");
        }
        assert_eq!(section_of("Miscellaneous"), None);
        assert_eq!(section_of("Terms"), Some(Section::Duration));
    }

    #[test]
    fn annex_headings() {
        assert!(is_annex_heading("Annex 1: Division of responsibilities"));
        assert!(is_annex_heading("ANNEXE II"));
        assert!(!is_annex_heading("Annual planning"));
    }
}
