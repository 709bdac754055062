//! Column headers as secretariats write them, in English, French and Dutch, read as Pacta's
//! columns.

use super::column_target::ColumnTarget;
use super::folding::fold;

/// Folded phrases for each target, in the order containment is tried: the most telling
/// targets first, so "E-mail of focal point" is an address and "Organisation type" a kind,
/// and the organisation's name last of all.
const HEADER_PHRASES: &[(ColumnTarget, &[&str])] = {
    use ColumnTarget::*;
    &[
        (
            RepresentativeEmail,
            &[
                "email",
                "e mail",
                "mail",
                "email address",
                "e mail address",
                "courriel",
                "adresse electronique",
                "adresse email",
                "adresse mail",
                "emailadres",
                "e mailadres",
                "mailadres",
            ],
        ),
        (
            RepresentativePhone,
            &[
                "phone",
                "telephone",
                "tel",
                "mobile",
                "cell",
                "gsm",
                "portable",
                "telefoon",
                "telefoonnummer",
                "mobiel",
                "whatsapp",
                "phone number",
                "contact number",
            ],
        ),
        (
            RepresentativeTitle,
            &[
                "title",
                "position",
                "function",
                "job title",
                "designation",
                "fonction",
                "titre",
                "poste",
                "functie",
                "representative title",
            ],
        ),
        (
            JoinedOn,
            &[
                "joined on",
                "joined",
                "member since",
                "membership date",
                "date joined",
                "joining date",
                "date of joining",
                "date of membership",
                "date of accession",
                "accession",
                "since",
                "date dadhesion",
                "adhesion",
                "membre depuis",
                "depuis",
                "date dentree",
                "lid sinds",
                "sinds",
                "toetreding",
                "datum toetreding",
                "toegetreden",
                "lid vanaf",
            ],
        ),
        (
            Acronym,
            &[
                "acronym",
                "abbreviation",
                "abbrev",
                "abbr",
                "short name",
                "sigle",
                "acronyme",
                "abreviation",
                "afkorting",
                "acroniem",
            ],
        ),
        (
            Country,
            &[
                "country",
                "nation",
                "pays",
                "land",
                "country of origin",
                "member state",
            ],
        ),
        (
            Kind,
            &[
                "kind",
                "type",
                "category",
                "sector",
                "organisation type",
                "organization type",
                "type of organisation",
                "type of organization",
                "categorie",
                "nature",
                "secteur",
                "soort",
                "sector",
            ],
        ),
        (
            Chamber,
            &[
                "chamber",
                "constituency",
                "stakeholder group",
                "college",
                "chambre",
                "kiesgroep",
                "geleding",
                "group",
                "groupe",
                "groep",
            ],
        ),
        (
            Status,
            &[
                "status",
                "membership status",
                "statut",
                "statut dadhesion",
                "lidmaatschap",
            ],
        ),
        (
            Pillars,
            &[
                "pillars",
                "pillar",
                "4p",
                "4ps",
                "areas of work",
                "focus areas",
                "thematic areas",
                "piliers",
                "pilier",
                "domaines",
                "pijlers",
                "pijler",
            ],
        ),
        (
            Notes,
            &[
                "notes",
                "note",
                "remarks",
                "comments",
                "comment",
                "observations",
                "remarques",
                "commentaires",
                "opmerkingen",
                "notities",
                "opmerking",
            ],
        ),
        (
            RepresentativeName,
            &[
                "representative",
                "representative name",
                "focal point",
                "focal person",
                "contact",
                "contact person",
                "contact name",
                "delegate",
                "point focal",
                "personne de contact",
                "representant",
                "contactpersoon",
                "vertegenwoordiger",
                "afgevaardigde",
            ],
        ),
        (
            Name,
            &[
                "name",
                "organisation",
                "organization",
                "organisation name",
                "organization name",
                "name of organisation",
                "name of organization",
                "member",
                "member organisation",
                "member organization",
                "institution",
                "entity",
                "partner",
                "nom",
                "nom de lorganisation",
                "organisme",
                "structure",
                "membre",
                "naam",
                "organisatie",
                "naam organisatie",
                "naam van de organisatie",
                "lid",
            ],
        ),
    ]
};

/// The column a header names, if a phrase places it: the whole header first, then the first
/// phrase it contains as whole words.
pub fn target_of_header(header: &str) -> Option<ColumnTarget> {
    let folded = fold(header);
    if folded.is_empty() {
        return None;
    }
    if let Some(own) = ColumnTarget::parse(header).filter(|t| *t != ColumnTarget::Ignore) {
        return Some(own);
    }
    let whole = HEADER_PHRASES
        .iter()
        .find(|(_, phrases)| phrases.contains(&folded.as_str()));
    if let Some((target, _)) = whole {
        return Some(*target);
    }
    let padded = format!(" {folded} ");
    HEADER_PHRASES
        .iter()
        .find(|(_, phrases)| {
            phrases
                .iter()
                .any(|phrase| padded.contains(&format!(" {phrase} ")))
        })
        .map(|(target, _)| *target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColumnTarget::*;

    #[test]
    fn headers_in_three_languages() {
        let cases: &[(&str, Option<ColumnTarget>)] = &[
            ("Organisation", Some(Name)),
            ("Nom de l'organisation", Some(Name)),
            ("Organisatie", Some(Name)),
            ("Type", Some(Kind)),
            ("Catégorie", Some(Kind)),
            ("Type d’organisation", Some(Kind)),
            ("Country", Some(Country)),
            ("Pays", Some(Country)),
            ("Member since", Some(JoinedOn)),
            ("Date d'adhésion", Some(JoinedOn)),
            ("Lid sinds", Some(JoinedOn)),
            ("Focal point", Some(RepresentativeName)),
            ("Point focal", Some(RepresentativeName)),
            ("Contact", Some(RepresentativeName)),
            ("E-mail", Some(RepresentativeEmail)),
            ("Courriel", Some(RepresentativeEmail)),
            ("E-mail of focal point", Some(RepresentativeEmail)),
            ("Abbrev.", Some(Acronym)),
            ("Sigle", Some(Acronym)),
            ("Constituency", Some(Chamber)),
            ("Collège", Some(Chamber)),
            ("Tel.", Some(RepresentativePhone)),
            ("Téléphone", Some(RepresentativePhone)),
            ("Position", Some(RepresentativeTitle)),
            ("Fonction", Some(RepresentativeTitle)),
            ("Remarks", Some(Notes)),
            ("Statut", Some(Status)),
            ("representative_email", Some(RepresentativeEmail)),
            ("joined_on", Some(JoinedOn)),
            ("Budget 2025", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(target_of_header(header), *expected, "{header}");
        }
    }
}
