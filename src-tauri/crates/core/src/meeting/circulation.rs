//! A body's own rules for its minutes: who they are circulated to by default, and whether the
//! chair may approve them (otherwise a decision of a later meeting does).

use serde::{Deserialize, Serialize};

use crate::field::Field;
use crate::representative::validate_email;
use crate::text;
use crate::validation::Problem;

/// One entry of a body's distribution list.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct Recipient {
    /// Who the address belongs to; may be blank for a shared mailbox.
    pub name: String,
    pub email: String,
}

impl Recipient {
    /// "Name <address>", or the bare address when no name is given: the form the minutes'
    /// circulation records and the invitation's attendees use.
    pub fn line(&self) -> String {
        if self.name.is_empty() {
            self.email.clone()
        } else {
            format!("{} <{}>", self.name, self.email)
        }
    }
}

/// A body's minutes rules as stored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct MinutesRules {
    /// The chair may approve the minutes alone; when false (the default) only a decision of a
    /// later meeting of the body approves them.
    pub chair_approves: bool,
    pub distribution: Vec<Recipient>,
}

/// Checks a distribution list: every entry needs a valid address, named at most once (ignoring
/// case). Problems come with the 0-based index of their entry, for the form to place them.
pub fn validate_distribution(list: &[Recipient]) -> Result<Vec<Recipient>, Vec<(usize, Problem)>> {
    let mut problems = Vec::new();
    let mut valid: Vec<Recipient> = Vec::new();
    for (index, recipient) in list.iter().enumerate() {
        let name = text::optional(Field::Name, &recipient.name, 200);
        let email = if recipient.email.trim().is_empty() {
            Err(Problem::Required {
                field: Field::Email,
            })
        } else {
            validate_email(&recipient.email)
        };
        match (name, email) {
            (Ok(name), Ok(email)) => {
                if valid.iter().any(|r| r.email.eq_ignore_ascii_case(&email)) {
                    problems.push((
                        index,
                        Problem::InvalidChoice {
                            field: Field::Email,
                            value: format!("{email} (listed twice)"),
                        },
                    ));
                } else {
                    valid.push(Recipient { name, email });
                }
            }
            (name, email) => {
                problems.extend(name.err().map(|p| (index, p)));
                problems.extend(email.err().map(|p| (index, p)));
            }
        }
    }
    if problems.is_empty() {
        Ok(valid)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recipient(name: &str, email: &str) -> Recipient {
        Recipient {
            name: name.into(),
            email: email.into(),
        }
    }

    #[test]
    fn every_entry_needs_one_valid_address() {
        let list = [
            recipient(" Nguyễn Thị Hương ", " huong@molisa.gov.vn "),
            recipient("", "secretariat@seaforum.org"),
            recipient("Somchai", "somchai@"),
            recipient("Blank", " "),
            recipient("Twice", "HUONG@molisa.gov.vn"),
        ];
        let problems = validate_distribution(&list).unwrap_err();
        let placed: Vec<(usize, Field)> = problems.iter().map(|(i, p)| (*i, p.field())).collect();
        assert_eq!(
            placed,
            vec![(2, Field::Email), (3, Field::Email), (4, Field::Email)]
        );
        let valid = validate_distribution(&list[..2]).unwrap();
        assert_eq!(valid[0].line(), "Nguyễn Thị Hương <huong@molisa.gov.vn>");
        assert_eq!(valid[1].line(), "secretariat@seaforum.org");
    }
}
