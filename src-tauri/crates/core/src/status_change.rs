use serde::{Deserialize, Serialize};

use crate::date::IsoDate;
use crate::field::Field;
use crate::organisation::{parse_choice, MemberStatus};
use crate::text;
use crate::validation::{Problem, Problems};

/// A change of a member's status, as typed: every change is dated and explained.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct StatusChangeDraft {
    pub status: String,
    pub effective_on: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidStatusChange {
    pub status: MemberStatus,
    pub effective_on: IsoDate,
    pub reason: String,
}

impl StatusChangeDraft {
    /// Checks the change against the member it applies to.
    pub fn validate(
        &self,
        current: MemberStatus,
        joined_on: IsoDate,
    ) -> Result<ValidStatusChange, Problems> {
        let mut problems = Problems::default();
        let status = problems.check(parse_choice(
            Field::Status,
            &self.status,
            MemberStatus::parse,
        ));
        if status == Some(current) {
            problems.push(Problem::StatusUnchanged {
                status: current.code().to_string(),
            });
        }
        let effective_on = problems.check(IsoDate::parse(Field::EffectiveOn, &self.effective_on));
        if let Some(date) = effective_on {
            if date < joined_on {
                problems.push(Problem::StatusBeforeJoined {
                    effective_on: date,
                    joined_on,
                });
            }
        }
        let reason = problems.check(text::required(Field::Reason, &self.reason, 2000));
        problems.into_result(|| ValidStatusChange {
            status: status.expect("checked"),
            effective_on: effective_on.expect("checked"),
            reason: reason.expect("checked"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined() -> IsoDate {
        IsoDate::from_ymd(2024, 1, 15).unwrap()
    }

    #[test]
    fn status_changes_are_checked_against_the_member() {
        let cases: &[(&str, &str, &str, Option<Field>, &str)] = &[
            (
                "suspended",
                "2025-06-01",
                "Dues unpaid",
                None,
                "a dated, explained suspension",
            ),
            (
                "suspended",
                "2024-01-15",
                "Same day",
                None,
                "the day of joining is allowed",
            ),
            (
                "suspended",
                "2023-12-31",
                "Too early",
                Some(Field::EffectiveOn),
                "before joining",
            ),
            (
                "active",
                "2025-06-01",
                "Again",
                Some(Field::Status),
                "already active",
            ),
            (
                "expelled",
                "2025-06-01",
                "Unknown",
                Some(Field::Status),
                "not a status",
            ),
            (
                "withdrawn",
                "2025-06-01",
                " ",
                Some(Field::Reason),
                "a reason is required",
            ),
            (
                "withdrawn",
                "2025-02-29",
                "Left",
                Some(Field::EffectiveOn),
                "impossible date",
            ),
        ];
        for (status, date, reason_text, failing, reason) in cases {
            let draft = StatusChangeDraft {
                status: (*status).into(),
                effective_on: (*date).into(),
                reason: (*reason_text).into(),
            };
            let result = draft.validate(MemberStatus::Active, joined());
            match failing {
                None => assert!(result.is_ok(), "{reason}: {result:?}"),
                Some(field) => assert_eq!(result.unwrap_err().0[0].field(), *field, "{reason}"),
            }
        }
    }
}

/// One entry of a member's status history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct StatusChange {
    pub id: i64,
    pub status: MemberStatus,
    pub effective_on: IsoDate,
    pub reason: String,
    /// When the change was recorded (RFC 3339), and by whom.
    pub recorded_at: String,
    pub recorded_by: String,
}
