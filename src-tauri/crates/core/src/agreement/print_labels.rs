//! The fixed words of a printed agreement, in each language the text can be printed in.

use super::document::AgreementKind;
use super::language::Language;
use super::section::Section;
use crate::seal::PrintedSeal;

/// Fixed wording of the printed agreement in one language.
#[derive(Debug, Clone, Copy)]
pub struct PrintLabels {
    pub language: Language,
    pub reference: &'static str,
    pub version: &'static str,
    pub amendment: &'static str,
    pub date: &'static str,
    pub between: &'static str,
    pub effective_on: &'static str,
    pub expires_on: &'static str,
    pub status: &'static str,
    pub organisation: &'static str,
    pub name: &'static str,
    pub title: &'static str,
    pub place: &'static str,
    pub signature: &'static str,
    pub annex: &'static str,
    pub attachments: &'static str,
    pub file: &'static str,
    pub size: &'static str,
    pub sha256: &'static str,
    pub represented_by: &'static str,
    /// "Page {i} of {n}".
    pub page_of: &'static str,
    /// The footer line of a sealed record, with `{seal}`, `{sealed_on}`, `{head}`, `{head_on}`.
    pub sealed: &'static str,
    /// The title of the annex that keeps what an imported Word file held outside any clause.
    pub kept_from_word: &'static str,
    pub kept_text: &'static str,
}

impl PrintLabels {
    pub fn of(language: Language) -> PrintLabels {
        match language {
            Language::En => PrintLabels {
                language,
                reference: "Reference",
                version: "Version",
                amendment: "Amendment",
                date: "Date",
                between: "Between",
                effective_on: "Effective date",
                expires_on: "Expiry date",
                status: "Status",
                organisation: "Organisation",
                name: "Name",
                title: "Title",
                place: "Place",
                signature: "Signature",
                annex: "Annex",
                attachments: "Attached documents",
                file: "File",
                size: "Size",
                sha256: "SHA-256",
                represented_by: "represented by",
                kept_from_word: "Text kept from the Word file",
                kept_text: "Text",
                page_of: "Page {i} of {n}",
                sealed: "Seal {seal} of {sealed_on} · chain head {head} on {head_on}",
            },
            Language::Fr => PrintLabels {
                language,
                reference: "Référence",
                version: "Version",
                amendment: "Avenant",
                date: "Date",
                between: "Entre",
                effective_on: "Date d’entrée en vigueur",
                expires_on: "Date d’expiration",
                status: "Statut",
                organisation: "Organisation",
                name: "Nom",
                title: "Fonction",
                place: "Lieu",
                signature: "Signature",
                annex: "Annexe",
                attachments: "Documents joints",
                file: "Fichier",
                size: "Taille",
                sha256: "SHA-256",
                represented_by: "représentée par",
                kept_from_word: "Texte conservé du fichier Word",
                kept_text: "Texte",
                page_of: "Page {i} sur {n}",
                sealed: "Sceau {seal} du {sealed_on} · tête de chaîne {head} le {head_on}",
            },
        }
    }

    /// "Page 3 of 12".
    pub fn page(&self, index: usize, count: usize) -> String {
        self.page_of
            .replace("{i}", &index.to_string())
            .replace("{n}", &count.to_string())
    }

    /// "Seal 3fa9c1d2e4b5 of 2026-11-25 · chain head 78d10459d8f8 on 2026-12-01".
    pub fn seal_line(&self, seal: &PrintedSeal) -> String {
        self.sealed
            .replace("{seal}", &seal.seal)
            .replace("{sealed_on}", &seal.sealed_on)
            .replace("{head}", &seal.head)
            .replace("{head_on}", &seal.head_on)
    }

    pub fn section(&self, section: Section) -> &'static str {
        use Section::*;
        match (self.language, section) {
            (Language::En, PurposeAndScope) => "Purpose and scope",
            (Language::En, Parties) => "Parties",
            (Language::En, AnnualPlanning) => "Annual planning",
            (Language::En, Collaboration) => "Collaboration and communication",
            (Language::En, Responsibilities) => "Division of responsibilities",
            (Language::En, Reporting) => "Reporting and accountability",
            (Language::En, Complaints) => "Complaints and dispute settlement",
            (Language::En, Funding) => "Funding",
            (Language::En, Confidentiality) => "Confidentiality and data protection",
            (Language::En, Media) => "Media and public communication",
            (Language::En, Duration) => "Duration, amendment, renewal and termination",
            (Language::En, Signatures) => "Signatures",
            (Language::Fr, PurposeAndScope) => "Objet et champ d’application",
            (Language::Fr, Parties) => "Parties",
            (Language::Fr, AnnualPlanning) => "Planification annuelle",
            (Language::Fr, Collaboration) => "Collaboration et communication",
            (Language::Fr, Responsibilities) => "Répartition des responsabilités",
            (Language::Fr, Reporting) => "Rapports et redevabilité",
            (Language::Fr, Complaints) => "Plaintes et règlement des différends",
            (Language::Fr, Funding) => "Financement",
            (Language::Fr, Confidentiality) => "Confidentialité et protection des données",
            (Language::Fr, Media) => "Médias et communication publique",
            (Language::Fr, Duration) => "Durée, modification, renouvellement et résiliation",
            (Language::Fr, Signatures) => "Signatures",
        }
    }

    pub fn kind(&self, kind: AgreementKind) -> &'static str {
        use AgreementKind::*;
        match (self.language, kind) {
            (Language::En, BindingAgreement) => "Agreement",
            (Language::En, Mou) => "Memorandum of understanding",
            (Language::En, Sop) => "Standard operating procedures",
            (Language::En, Guidelines) => "Guidelines",
            (Language::Fr, BindingAgreement) => "Accord",
            (Language::Fr, Mou) => "Protocole d’accord",
            (Language::Fr, Sop) => "Procédures opérationnelles standard",
            (Language::Fr, Guidelines) => "Lignes directrices",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_read_in_each_language() {
        assert_eq!(PrintLabels::of(Language::En).page(1, 12), "Page 1 of 12");
        assert_eq!(PrintLabels::of(Language::Fr).page(3, 4), "Page 3 sur 4");
    }
}
