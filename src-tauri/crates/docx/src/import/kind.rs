//! What kind of arrangement a document calls itself. Checked from the most specific name to
//! the most general: "protocole d'accord" names an MoU although it contains "accord".

use pacta_core::agreement::AgreementKind;

use super::text::fold;

/// Folded phrases, most specific first.
const NAMES: &[(AgreementKind, &str)] = &[
    (AgreementKind::Mou, " memorandum of understanding "),
    (AgreementKind::Mou, " protocole d accord "),
    (AgreementKind::Mou, " memorandum d entente "),
    (AgreementKind::Mou, " memorandum d accord "),
    (AgreementKind::Mou, " mou "),
    (AgreementKind::Sop, " standard operating procedure"),
    (AgreementKind::Sop, " procedures operationnelles "),
    (
        AgreementKind::Sop,
        " procedures operationnelles normalisees ",
    ),
    (AgreementKind::Sop, " procedures operatoires "),
    (AgreementKind::Sop, " modes operatoires normalises "),
    (AgreementKind::Sop, " sop "),
    (AgreementKind::Sop, " sops "),
    (AgreementKind::Guidelines, " guidelines "),
    (AgreementKind::Guidelines, " lignes directrices "),
    (AgreementKind::Guidelines, " terms of reference "),
    (AgreementKind::Guidelines, " termes de reference "),
    (AgreementKind::BindingAgreement, " agreement "),
    (AgreementKind::BindingAgreement, " accord "),
    (AgreementKind::BindingAgreement, " convention "),
    (AgreementKind::BindingAgreement, " contract "),
    (AgreementKind::BindingAgreement, " contrat "),
];

/// The kind named by the first of `texts` (title first, then the opening paragraphs) that
/// names one.
pub(crate) fn detect<'t>(texts: impl IntoIterator<Item = &'t str>) -> Option<AgreementKind> {
    texts.into_iter().find_map(|text| {
        let folded = fold(text);
        NAMES
            .iter()
            .find(|(_, name)| folded.contains(name))
            .map(|(kind, _)| *kind)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_both_languages() {
        let kind = |t: &str| detect([t]);
        assert_eq!(
            kind("MEMORANDUM OF UNDERSTANDING"),
            Some(AgreementKind::Mou)
        );
        assert_eq!(
            kind("Protocole d’accord relatif à l’orientation"),
            Some(AgreementKind::Mou)
        );
        assert_eq!(
            kind("Standard Operating Procedures for referral"),
            Some(AgreementKind::Sop)
        );
        assert_eq!(
            kind("Procédures opérationnelles normalisées"),
            Some(AgreementKind::Sop)
        );
        assert_eq!(kind("Lignes directrices"), Some(AgreementKind::Guidelines));
        assert_eq!(
            kind("Convention de partage de données"),
            Some(AgreementKind::BindingAgreement)
        );
        assert_eq!(
            kind("Data-sharing agreement"),
            Some(AgreementKind::BindingAgreement)
        );
        assert_eq!(kind("Referral of victims"), None);
        assert_eq!(
            detect(["Referral of victims", "AGREEMENT"]),
            Some(AgreementKind::BindingAgreement)
        );
    }
}
