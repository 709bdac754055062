use serde::{Deserialize, Serialize};

use crate::field::Field;
use crate::text;
use crate::validation::{Problem, Problems};

/// A person who speaks, attends and signs for a member organisation, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct RepresentativeDraft {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    /// The primary representative speaks for the organisation; others are alternates.
    pub primary: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidRepresentative {
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub primary: bool,
}

impl RepresentativeDraft {
    pub fn validate(&self) -> Result<ValidRepresentative, Problems> {
        let mut problems = Problems::default();
        let name = problems.check(text::required(Field::RepresentativeName, &self.name, 200));
        let title = problems.check(text::optional(Field::Title, &self.title, 200));
        let email = problems.check(validate_email(&self.email));
        let phone = problems.check(validate_phone(&self.phone));
        problems.into_result(|| ValidRepresentative {
            name: name.expect("checked"),
            title: title.expect("checked"),
            email: email.expect("checked"),
            phone: phone.expect("checked"),
            primary: self.primary,
        })
    }
}

/// A bare address (blank allowed), as the registry stores it.
pub fn validate_email(text: &str) -> Result<String, Problem> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    // A bare address only: "Name <a@b>" forms and local hosts are not what a registry wants.
    let options = email_address::Options::default()
        .without_display_text()
        .with_required_tld();
    match email_address::EmailAddress::parse_with_options(trimmed, options) {
        Ok(address) => Ok(address.to_string()),
        Err(_) => Err(Problem::InvalidEmail {
            value: trimmed.to_string(),
        }),
    }
}

fn validate_phone(text: &str) -> Result<String, Problem> {
    let trimmed = text.trim();
    let allowed = |c: char| c.is_ascii_digit() || " +-().".contains(c);
    if trimmed.chars().all(allowed) && trimmed.chars().filter(char::is_ascii_digit).count() <= 20 {
        Ok(trimmed.to_string())
    } else {
        Err(Problem::InvalidChoice {
            field: Field::Phone,
            value: trimmed.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked() {
        let cases: &[(&str, bool, &str)] = &[
            ("ana.gusmao@mol.gov.tl", true, "ordinary address"),
            ("", true, "email is optional"),
            ("nguyen@", false, "no domain"),
            ("nguyen at mol.gov.vn", false, "no at sign"),
            ("a@localhost", false, "no top-level domain"),
            (
                "Ana <ana@mol.gov.tl>",
                false,
                "display names are not stored",
            ),
        ];
        for (email, valid, reason) in cases {
            let draft = RepresentativeDraft {
                name: "Ana".into(),
                email: (*email).into(),
                ..Default::default()
            };
            assert_eq!(draft.validate().is_ok(), *valid, "{reason}: {email}");
        }
    }

    #[test]
    fn phones_allow_international_notation_only() {
        assert!(validate_phone("+670 331 0000").is_ok());
        assert!(validate_phone("(855) 23-456-789").is_ok());
        assert!(validate_phone("call me").is_err());
    }

    #[test]
    fn names_keep_their_accents() {
        let draft = RepresentativeDraft {
            name: " Nguyễn Thị Hương ".into(),
            ..Default::default()
        };
        assert_eq!(draft.validate().unwrap().name, "Nguyễn Thị Hương");
    }
}

/// A stored representative of a member organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Representative {
    pub id: i64,
    pub organisation_id: i64,
    pub name: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub primary: bool,
    /// When their personal data were erased on request: the name then reads "[redacted]" and
    /// the e-mail and phone are empty.
    #[serde(default)]
    pub erased_at: Option<String>,
}
