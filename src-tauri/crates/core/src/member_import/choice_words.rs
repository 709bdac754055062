//! Free-text kinds, statuses and pillars as secretariats write them, in English, French and
//! Dutch, read as Pacta's closed choices. A value no phrase places is left for the person to
//! choose: nothing is guessed from a single letter or a look-alike.

use super::folding::fold;
use crate::organisation::{MemberStatus, OrganisationKind, Pillar};

/// Phrases (already folded) that name a kind, most specific first: a value is matched whole
/// first, then by the first phrase it contains as whole words, so "European Union" is an
/// international organisation before "union" can make it a trade union.
const KIND_PHRASES: &[(&str, OrganisationKind)] = {
    use OrganisationKind::*;
    &[
        ("survivor led", SurvivorLed),
        ("survivors organisation", SurvivorLed),
        ("survivors organization", SurvivorLed),
        ("survivor organisation", SurvivorLed),
        ("organisation de survivants", SurvivorLed),
        ("overlevers", SurvivorLed),
        ("international ngo", CivilSociety),
        ("international non governmental", CivilSociety),
        ("ong internationale", CivilSociety),
        ("european union", International),
        ("african union", International),
        ("un agency", International),
        ("un body", International),
        ("united nations", International),
        ("nations unies", International),
        ("verenigde naties", International),
        ("intergovernmental", International),
        ("inter governmental", International),
        ("intergouvernementale", International),
        ("intergouvernemental", International),
        ("international organisation", International),
        ("international organization", International),
        ("organisation internationale", International),
        ("organisation intergouvernementale", International),
        ("internationale organisatie", International),
        ("regional organisation", International),
        ("regional organization", International),
        ("multilateral", International),
        ("development partner", International),
        ("donor", International),
        ("bailleur", International),
        ("asean", International),
        ("sadc", International),
        ("ecowas", International),
        ("ilo", International),
        ("iom", International),
        ("oit", International),
        ("oim", International),
        ("unodc", International),
        ("unicef", International),
        ("unhcr", International),
        ("osce", International),
        ("international", International),
        ("intl", International),
        ("internationale", International),
        ("embassy", Government),
        ("ambassade", Government),
        ("ambassade de", Government),
        ("consulate", Government),
        ("employers organisation", Employers),
        ("employers organization", Employers),
        ("employer organisation", Employers),
        ("employer organization", Employers),
        ("employers association", Employers),
        ("employers", Employers),
        ("employer", Employers),
        ("organisation patronale", Employers),
        ("organisation demployeurs", Employers),
        ("organisation des employeurs", Employers),
        ("patronat", Employers),
        ("patronale", Employers),
        ("employeurs", Employers),
        ("werkgeversorganisatie", Employers),
        ("werkgevers", Employers),
        ("chamber of commerce", Employers),
        ("chambre de commerce", Employers),
        ("kamer van koophandel", Employers),
        ("business association", Employers),
        ("industry association", Employers),
        ("trade association", Employers),
        ("trade union", TradeUnion),
        ("trades union", TradeUnion),
        ("labour union", TradeUnion),
        ("labor union", TradeUnion),
        ("union", TradeUnion),
        ("unions", TradeUnion),
        ("workers organisation", TradeUnion),
        ("workers organization", TradeUnion),
        ("organisation de travailleurs", TradeUnion),
        ("organisation des travailleurs", TradeUnion),
        ("syndicat", TradeUnion),
        ("syndicale", TradeUnion),
        ("syndical", TradeUnion),
        ("vakbond", TradeUnion),
        ("vakcentrale", TradeUnion),
        ("police", LawEnforcement),
        ("politie", LawEnforcement),
        ("law enforcement", LawEnforcement),
        ("forces de lordre", LawEnforcement),
        ("gendarmerie", LawEnforcement),
        ("marechaussee", LawEnforcement),
        ("border guard", LawEnforcement),
        ("border police", LawEnforcement),
        ("coast guard", LawEnforcement),
        ("immigration", LawEnforcement),
        ("judiciary", Judiciary),
        ("judicial", Judiciary),
        ("court", Judiciary),
        ("tribunal", Judiciary),
        ("prosecution service", Judiciary),
        ("prosecutor", Judiciary),
        ("public prosecution", Judiciary),
        ("magistrature", Judiciary),
        ("judiciaire", Judiciary),
        ("parquet", Judiciary),
        ("rechtbank", Judiciary),
        ("rechterlijke macht", Judiciary),
        ("openbaar ministerie", Judiciary),
        ("government", Government),
        ("governmental", Government),
        ("gov", Government),
        ("govt", Government),
        ("gouvernement", Government),
        ("gouvernementale", Government),
        ("gouvernemental", Government),
        ("overheid", Government),
        ("rijksoverheid", Government),
        ("ministry", Government),
        ("ministries", Government),
        ("ministere", Government),
        ("ministerie", Government),
        ("state agency", Government),
        ("state body", Government),
        ("public body", Government),
        ("public authority", Government),
        ("public institution", Government),
        ("national authority", Government),
        ("local authority", Government),
        ("local government", Government),
        ("municipality", Government),
        ("gemeente", Government),
        ("commune", Government),
        ("collectivite", Government),
        ("administration", Government),
        ("autorite publique", Government),
        ("etablissement public", Government),
        ("service public", Government),
        ("state", Government),
        ("etat", Government),
        ("national human rights institution", Government),
        ("nhri", Government),
        ("ombudsman", Government),
        ("rapporteur", Government),
        ("ngo", CivilSociety),
        ("ngos", CivilSociety),
        ("ingo", CivilSociety),
        ("nongovernmental", CivilSociety),
        ("non governmental", CivilSociety),
        ("ong", CivilSociety),
        ("cso", CivilSociety),
        ("csos", CivilSociety),
        ("osc", CivilSociety),
        ("cbo", CivilSociety),
        ("fbo", CivilSociety),
        ("civil society", CivilSociety),
        ("societe civile", CivilSociety),
        ("maatschappelijk middenveld", CivilSociety),
        ("maatschappelijke organisatie", CivilSociety),
        ("association", CivilSociety),
        ("asbl", CivilSociety),
        ("vzw", CivilSociety),
        ("foundation", CivilSociety),
        ("fondation", CivilSociety),
        ("stichting", CivilSociety),
        ("vereniging", CivilSociety),
        ("charity", CivilSociety),
        ("non profit", CivilSociety),
        ("nonprofit", CivilSociety),
        ("not for profit", CivilSociety),
        ("sans but lucratif", CivilSociety),
        ("faith based", CivilSociety),
        ("community based", CivilSociety),
        ("network", CivilSociety),
        ("reseau", CivilSociety),
        ("netwerk", CivilSociety),
        ("university", Academic),
        ("universite", Academic),
        ("universiteit", Academic),
        ("academic", Academic),
        ("academia", Academic),
        ("academique", Academic),
        ("research", Academic),
        ("recherche", Academic),
        ("onderzoek", Academic),
        ("think tank", Academic),
        ("hogeschool", Academic),
        ("private sector", PrivateCompany),
        ("private company", PrivateCompany),
        ("private", PrivateCompany),
        ("prive", PrivateCompany),
        ("company", PrivateCompany),
        ("corporation", PrivateCompany),
        ("business", PrivateCompany),
        ("enterprise", PrivateCompany),
        ("entreprise", PrivateCompany),
        ("secteur prive", PrivateCompany),
        ("societe", PrivateCompany),
        ("bedrijf", PrivateCompany),
        ("onderneming", PrivateCompany),
        ("bedrijfsleven", PrivateCompany),
        ("other", Other),
        ("others", Other),
        ("autre", Other),
        ("autres", Other),
        ("divers", Other),
        ("overig", Other),
        ("overige", Other),
        ("anders", Other),
    ]
};

const STATUS_PHRASES: &[(&str, MemberStatus)] = {
    use MemberStatus::*;
    &[
        ("active", Active),
        ("actif", Active),
        ("active member", Active),
        ("membre actif", Active),
        ("actief", Active),
        ("current", Active),
        ("member", Active),
        ("membre", Active),
        ("lid", Active),
        ("yes", Active),
        ("oui", Active),
        ("ja", Active),
        ("en cours", Active),
        ("suspended", Suspended),
        ("suspendu", Suspended),
        ("suspendue", Suspended),
        ("suspension", Suspended),
        ("geschorst", Suspended),
        ("on hold", Suspended),
        ("inactive", Suspended),
        ("inactif", Suspended),
        ("inactief", Suspended),
        ("dormant", Suspended),
        ("withdrawn", Withdrawn),
        ("withdrew", Withdrawn),
        ("left", Withdrawn),
        ("former", Withdrawn),
        ("former member", Withdrawn),
        ("resigned", Withdrawn),
        ("retire", Withdrawn),
        ("retiree", Withdrawn),
        ("ancien membre", Withdrawn),
        ("ancien", Withdrawn),
        ("demission", Withdrawn),
        ("demissionnaire", Withdrawn),
        ("uitgetreden", Withdrawn),
        ("teruggetrokken", Withdrawn),
        ("voormalig", Withdrawn),
        ("no", Withdrawn),
        ("non", Withdrawn),
        ("nee", Withdrawn),
    ]
};

const PILLAR_PHRASES: &[(&str, Pillar)] = {
    use Pillar::*;
    &[
        ("prevention", Prevention),
        ("preventie", Prevention),
        ("protection", Protection),
        ("bescherming", Protection),
        ("assistance", Protection),
        ("victim support", Protection),
        ("prosecution", Prosecution),
        ("poursuite", Prosecution),
        ("poursuites", Prosecution),
        ("repression", Prosecution),
        ("vervolging", Prosecution),
        ("partnership", Partnership),
        ("partenariat", Partnership),
        ("partnerschap", Partnership),
        ("samenwerking", Partnership),
        ("cooperation", Partnership),
    ]
};

/// Short words that name a kind only as the whole value: inside a longer one they are other
/// words ("un réseau" is French for "a network").
const WHOLE_KIND_WORDS: &[(&str, OrganisationKind)] = &[
    ("un", OrganisationKind::International),
    ("io", OrganisationKind::International),
    ("igo", OrganisationKind::International),
];

/// The kind a free-text value names, if a phrase places it.
pub fn kind_of(text: &str) -> Option<OrganisationKind> {
    OrganisationKind::parse(text)
        .or_else(|| whole(text, WHOLE_KIND_WORDS))
        .or_else(|| by_phrase(text, KIND_PHRASES))
}

/// The status a free-text value names; an empty value is an active member.
pub fn status_of(text: &str) -> Option<MemberStatus> {
    if text.trim().is_empty() {
        return Some(MemberStatus::Active);
    }
    MemberStatus::parse(text).or_else(|| whole(text, STATUS_PHRASES))
}

/// The pillar one item of a pillars cell names.
pub fn pillar_of(text: &str) -> Option<Pillar> {
    Pillar::parse(text).or_else(|| by_phrase(text, PILLAR_PHRASES))
}

fn whole<T: Copy>(text: &str, phrases: &[(&str, T)]) -> Option<T> {
    let folded = fold(text);
    phrases
        .iter()
        .find(|(phrase, _)| *phrase == folded)
        .map(|(_, choice)| *choice)
}

fn by_phrase<T: Copy>(text: &str, phrases: &[(&str, T)]) -> Option<T> {
    if let Some(choice) = whole(text, phrases) {
        return Some(choice);
    }
    let padded = format!(" {} ", fold(text));
    phrases
        .iter()
        .find(|(phrase, _)| padded.contains(&format!(" {phrase} ")))
        .map(|(_, choice)| *choice)
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrganisationKind::*;

    #[test]
    fn free_text_kinds_in_three_languages() {
        let cases: &[(&str, Option<OrganisationKind>)] = &[
            ("Government", Some(Government)),
            ("Gouvernement", Some(Government)),
            ("Ministry of Labour", Some(Government)),
            ("Ministère", Some(Government)),
            ("Overheid", Some(Government)),
            ("NGO", Some(CivilSociety)),
            ("ONG", Some(CivilSociety)),
            ("CSO / network", Some(CivilSociety)),
            ("Civil society organisation", Some(CivilSociety)),
            ("Trade union", Some(TradeUnion)),
            ("Syndicat", Some(TradeUnion)),
            ("Vakbond", Some(TradeUnion)),
            ("Employers’ organisation", Some(Employers)),
            ("Organisation patronale", Some(Employers)),
            ("Intergovernmental", Some(International)),
            ("International organisation", Some(International)),
            ("UN agency", Some(International)),
            ("European Union", Some(International)),
            ("Police", Some(LawEnforcement)),
            ("University", Some(Academic)),
            ("Survivor-led", Some(SurvivorLed)),
            ("trade_union", Some(TradeUnion)),
            ("Private sector", Some(PrivateCompany)),
            ("Gov't", Some(Government)),
            ("International NGO", Some(CivilSociety)),
            ("Int'l Org.", Some(International)),
            ("UN", Some(International)),
            ("Embassy of Japan", Some(Government)),
            ("Private", Some(PrivateCompany)),
            ("Un réseau d'ONG", Some(CivilSociety)),
            ("IO", Some(International)),
            ("Xyz", None),
            ("", None),
        ];
        for (text, expected) in cases {
            assert_eq!(kind_of(text), *expected, "{text}");
        }
    }

    #[test]
    fn statuses_are_matched_whole_never_by_a_word_inside() {
        assert_eq!(status_of("Actif"), Some(MemberStatus::Active));
        assert_eq!(status_of("Geschorst"), Some(MemberStatus::Suspended));
        assert_eq!(status_of("Former member"), Some(MemberStatus::Withdrawn));
        assert_eq!(status_of(""), Some(MemberStatus::Active));
        assert_eq!(status_of("member until 2024"), None);
    }

    #[test]
    fn pillars_in_three_languages() {
        assert_eq!(pillar_of("Prévention"), Some(Pillar::Prevention));
        assert_eq!(pillar_of("Poursuites"), Some(Pillar::Prosecution));
        assert_eq!(pillar_of("Bescherming"), Some(Pillar::Protection));
        assert_eq!(pillar_of("lobbying"), None);
    }
}
