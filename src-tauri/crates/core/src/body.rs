use serde::{Deserialize, Serialize};

use crate::field::Field;
use crate::organisation::parse_choice;
use crate::text;
use crate::validation::{Problem, Problems};

crate::closed_choice!(
    /// What a body is for: the plenary decides, committees and working groups prepare.
    BodyKind {
        Plenary => "plenary",
        Committee => "committee",
        WorkingGroup => "working_group",
    }
);

crate::closed_choice!(
    /// The part a member organisation plays in one body.
    Role {
        VotingMember => "voting_member",
        Observer => "observer",
        TechnicalAdviser => "technical_adviser",
        Secretariat => "secretariat",
    }
);

crate::closed_choice!(
    /// An office held in a body.
    Office {
        Chair => "chair",
        ViceChair => "vice_chair",
    }
);

impl Role {
    /// Only voting members vote; observers, advisers and the secretariat never do.
    pub fn carries_vote(self) -> bool {
        self == Role::VotingMember
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct BodyDraft {
    pub name: String,
    /// A short code used in decision references, e.g. "GA" gives GA-2026-03.
    pub code: String,
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidBody {
    pub name: String,
    pub code: String,
    pub kind: BodyKind,
}

impl BodyDraft {
    pub fn validate(&self) -> Result<ValidBody, Problems> {
        let mut problems = Problems::default();
        let name = problems.check(text::required(Field::BodyName, &self.name, 200));
        let code = problems.check(validate_code(&self.code));
        let kind = problems.check(parse_choice(Field::Kind, &self.kind, BodyKind::parse));
        problems.into_result(|| ValidBody {
            name: name.expect("checked"),
            code: code.expect("checked"),
            kind: kind.expect("checked"),
        })
    }
}

fn validate_code(text: &str) -> Result<String, Problem> {
    let code = text::required(Field::BodyCode, text, 12)?.to_uppercase();
    if code.chars().all(|c| c.is_ascii_alphanumeric()) {
        Ok(code)
    } else {
        Err(Problem::InvalidChoice {
            field: Field::BodyCode,
            value: code,
        })
    }
}

/// A member organisation's seat in a body, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MembershipDraft {
    pub role: String,
    /// "chair", "vice_chair" or empty.
    pub office: String,
    /// Vote weight as typed; a whole number ≥ 1.
    pub weight: String,
}

impl Default for MembershipDraft {
    fn default() -> Self {
        MembershipDraft {
            role: Role::VotingMember.code().into(),
            office: String::new(),
            weight: "1".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValidMembership {
    pub role: Role,
    pub office: Option<Office>,
    pub weight: u32,
}

impl MembershipDraft {
    pub fn validate(&self) -> Result<ValidMembership, Problems> {
        let mut problems = Problems::default();
        let role = problems.check(parse_choice(Field::Role, &self.role, Role::parse));
        let office = if self.office.trim().is_empty() {
            Some(None)
        } else {
            problems.check(parse_choice(Field::Office, &self.office, Office::parse).map(Some))
        };
        let weight = problems.check(parse_weight(&self.weight));
        problems.into_result(|| ValidMembership {
            role: role.expect("checked"),
            office: office.expect("checked"),
            weight: weight.expect("checked"),
        })
    }
}

/// Vote weights are whole numbers from 1 to 1000: 0 would silently disenfranchise a member.
pub fn parse_weight(text: &str) -> Result<u32, Problem> {
    match text.trim().parse::<u32>() {
        Ok(weight) if (1..=1000).contains(&weight) => Ok(weight),
        _ => Err(Problem::InvalidWeight {
            value: text.trim().to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_whole_numbers_of_at_least_one() {
        let cases: &[(&str, Option<u32>, &str)] = &[
            ("1", Some(1), "the default"),
            (" 2 ", Some(2), "a government with two delegates"),
            ("0", None, "zero would silently remove a vote"),
            ("-1", None, "negative weights make no sense"),
            ("1.5", None, "fractions are not weights"),
            ("", None, "a weight is required"),
            ("1001", None, "above the bound"),
        ];
        for (text, expected, reason) in cases {
            assert_eq!(parse_weight(text).ok(), *expected, "{reason}");
        }
    }

    #[test]
    fn only_voting_members_carry_a_vote() {
        let voters: Vec<Role> = Role::ALL
            .iter()
            .copied()
            .filter(|r| r.carries_vote())
            .collect();
        assert_eq!(voters, vec![Role::VotingMember]);
    }

    #[test]
    fn body_codes_are_short_upper_case_and_alphanumeric() {
        let body = BodyDraft {
            name: "General Assembly".into(),
            code: "ga".into(),
            kind: "plenary".into(),
        };
        assert_eq!(body.validate().unwrap().code, "GA");
        let bad = BodyDraft {
            code: "G A".into(),
            ..body
        };
        assert_eq!(bad.validate().unwrap_err().0[0].field(), Field::BodyCode);
    }

    #[test]
    fn membership_reports_role_office_and_weight() {
        let draft = MembershipDraft {
            role: "observer".into(),
            office: "chair".into(),
            weight: "3".into(),
        };
        let valid = draft.validate().unwrap();
        assert_eq!(
            (valid.role, valid.office, valid.weight),
            (Role::Observer, Some(Office::Chair), 3)
        );
        let bad = MembershipDraft {
            role: "voter".into(),
            office: "king".into(),
            weight: "0".into(),
        };
        let fields: Vec<Field> = bad
            .validate()
            .unwrap_err()
            .0
            .iter()
            .map(Problem::field)
            .collect();
        assert_eq!(fields, vec![Field::Role, Field::Office, Field::Weight]);
    }
}

/// A stored body of the partnership: its plenary, a committee or a working group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Body {
    pub id: i64,
    pub name: String,
    pub code: String,
    pub kind: BodyKind,
    /// How many organisations sit in the body, whatever their role.
    pub member_count: i64,
}

/// A member organisation's stored seat in a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Membership {
    pub id: i64,
    pub body_id: i64,
    pub body_name: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub role: Role,
    pub office: Option<Office>,
    pub weight: u32,
}
