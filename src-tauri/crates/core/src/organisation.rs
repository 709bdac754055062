use serde::{Deserialize, Serialize};

use crate::country::CountryCode;
use crate::date::IsoDate;
use crate::field::Field;
use crate::text;
use crate::validation::{Problem, Problems};

crate::closed_choice!(
    /// What kind of organisation a member is.
    OrganisationKind {
        Government => "government",
        LawEnforcement => "law_enforcement",
        Judiciary => "judiciary",
        CivilSociety => "civil_society",
        SurvivorLed => "survivor_led",
        Employers => "employers",
        TradeUnion => "trade_union",
        International => "international",
        Academic => "academic",
        PrivateCompany => "private_company",
        Other => "other",
    }
);

crate::closed_choice!(
    /// The "4P" pillars of action against trafficking.
    Pillar {
        Prevention => "prevention",
        Protection => "protection",
        Prosecution => "prosecution",
        Partnership => "partnership",
    }
);

crate::closed_choice!(
    /// Whether a member takes part in the partnership's work.
    MemberStatus {
        Active => "active",
        Suspended => "suspended",
        Withdrawn => "withdrawn",
    }
);

pub const NAME_MAX: usize = 200;
pub const ACRONYM_MAX: usize = 30;
pub const NOTES_MAX: usize = 10_000;

/// A member organisation as typed in a form or read from an import row: text, not yet trusted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct OrganisationDraft {
    pub name: String,
    pub acronym: String,
    pub kind: String,
    /// ISO 3166-1 alpha-2 code, or empty for a regional or international body.
    pub country: String,
    /// The chamber (constituency) by name, or empty.
    pub chamber: String,
    pub pillars: Vec<String>,
    pub joined_on: String,
    pub notes: String,
}

/// A member organisation whose every field has been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOrganisation {
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub country: Option<CountryCode>,
    pub chamber: Option<String>,
    pub pillars: Vec<Pillar>,
    pub joined_on: IsoDate,
    pub notes: String,
}

impl OrganisationDraft {
    /// Checks every field and reports every problem at once.
    pub fn validate(&self) -> Result<ValidOrganisation, Problems> {
        let mut problems = Problems::default();
        let name = problems.check(text::required(Field::Name, &self.name, NAME_MAX));
        let acronym = problems.check(text::optional(Field::Acronym, &self.acronym, ACRONYM_MAX));
        let kind = problems.check(parse_choice(
            Field::Kind,
            &self.kind,
            OrganisationKind::parse,
        ));
        let country = if self.country.trim().is_empty() {
            Some(None)
        } else {
            problems.check(CountryCode::parse(&self.country).map(Some))
        };
        let chamber = problems.check(text::optional(Field::Chamber, &self.chamber, NAME_MAX));
        let mut pillars = Vec::new();
        for pillar in &self.pillars {
            if let Some(parsed) =
                problems.check(parse_choice(Field::Pillars, pillar, Pillar::parse))
            {
                pillars.push(parsed);
            }
        }
        pillars.sort();
        pillars.dedup();
        let joined_on = problems.check(IsoDate::parse(Field::JoinedOn, &self.joined_on));
        let notes = problems.check(text::optional(Field::Notes, &self.notes, NOTES_MAX));
        problems.into_result(|| ValidOrganisation {
            name: name.expect("checked"),
            acronym: acronym.expect("checked"),
            kind: kind.expect("checked"),
            country: country.expect("checked"),
            chamber: chamber.filter(|c| !c.is_empty()),
            pillars,
            joined_on: joined_on.expect("checked"),
            notes: notes.expect("checked"),
        })
    }
}

/// Parses one of a closed set of choices, naming the field when the text matches none.
pub fn parse_choice<T>(
    field: Field,
    text: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Required { field });
    }
    parse(text).ok_or_else(|| Problem::InvalidChoice {
        field,
        value: text.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> OrganisationDraft {
        OrganisationDraft {
            name: "Ministério do Trabalho".into(),
            acronym: "MT".into(),
            kind: "government".into(),
            country: "tl".into(),
            chamber: "Governments".into(),
            pillars: vec![
                "protection".into(),
                "prevention".into(),
                "protection".into(),
            ],
            joined_on: "2024-05-01".into(),
            notes: String::new(),
        }
    }

    #[test]
    fn a_complete_draft_is_valid_and_normalised() {
        let valid = draft().validate().unwrap();
        assert_eq!(valid.kind, OrganisationKind::Government);
        assert_eq!(valid.country.unwrap().alpha2(), "TL");
        assert_eq!(valid.pillars, vec![Pillar::Prevention, Pillar::Protection]);
        assert_eq!(valid.chamber.as_deref(), Some("Governments"));
    }

    #[test]
    fn each_bad_field_is_reported_against_that_field() {
        type Case = (fn(&mut OrganisationDraft), Field, &'static str);
        let cases: &[Case] = &[
            (|d| d.name = " ".into(), Field::Name, "a name is required"),
            (
                |d| d.kind = "ministry".into(),
                Field::Kind,
                "kind must be one of the closed set",
            ),
            (
                |d| d.country = "XK1".into(),
                Field::Country,
                "country must be ISO 3166",
            ),
            (
                |d| d.pillars = vec!["policing".into()],
                Field::Pillars,
                "pillars are the 4P",
            ),
            (
                |d| d.joined_on = "2025-02-30".into(),
                Field::JoinedOn,
                "impossible join date",
            ),
            (
                |d| d.acronym = "A".repeat(31),
                Field::Acronym,
                "acronym too long",
            ),
        ];
        for (spoil, field, reason) in cases {
            let mut bad = draft();
            spoil(&mut bad);
            let problems = bad.validate().unwrap_err();
            assert_eq!(problems.0.len(), 1, "{reason}: {problems}");
            assert_eq!(problems.0[0].field(), *field, "{reason}");
        }
    }

    #[test]
    fn all_problems_are_reported_together() {
        let bad = OrganisationDraft {
            name: String::new(),
            kind: "x".into(),
            ..draft()
        };
        assert_eq!(bad.validate().unwrap_err().0.len(), 2);
    }

    #[test]
    fn no_country_is_allowed_for_regional_bodies() {
        let regional = OrganisationDraft {
            country: String::new(),
            ..draft()
        };
        assert_eq!(regional.validate().unwrap().country, None);
    }
}

/// A stored member organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    /// ISO 3166-1 alpha-2, when the member belongs to one country.
    pub country: Option<String>,
    pub chamber: Option<String>,
    pub pillars: Vec<Pillar>,
    pub status: MemberStatus,
    pub joined_on: IsoDate,
    pub notes: String,
}
