//! What the dashboard reminds a secretariat of, and the status changes the calendar brings.

use serde::{Deserialize, Serialize};

use super::lifecycle::AgreementStatus;
use super::record::AgreementSummary;
use crate::date::IsoDate;

/// Agreements expiring within this many days are listed.
pub const EXPIRY_WARNING_DAYS: i64 = 90;
/// Unsigned drafts older than this many days are listed.
pub const STALE_DRAFT_DAYS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReminderKind {
    Expiring { expires_on: IsoDate, days_left: i32 },
    UnsignedDraft { created_on: IsoDate, days_old: i32 },
    AmendmentAwaitingSignatures { amendment: u32, awaiting: u32 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Reminder {
    pub agreement_id: i64,
    pub reference: String,
    pub title: String,
    pub reminder: ReminderKind,
}

/// Every reminder due on `today`, soonest expiry first, then oldest drafts, then amendments.
pub fn reminders(agreements: &[AgreementSummary], today: IsoDate) -> Vec<Reminder> {
    let mut due: Vec<(i64, Reminder)> = Vec::new();
    for agreement in agreements {
        let remind = |reminder: ReminderKind| Reminder {
            agreement_id: agreement.id,
            reference: agreement.reference.clone(),
            title: agreement.title.clone(),
            reminder,
        };
        let live = matches!(
            agreement.status,
            AgreementStatus::Signed | AgreementStatus::InForce
        );
        if let (true, Some(expires_on)) = (live, agreement.expires_on) {
            let days_left = today.days_until(expires_on);
            if (0..=EXPIRY_WARNING_DAYS).contains(&days_left) {
                due.push((
                    days_left,
                    remind(ReminderKind::Expiring {
                        expires_on,
                        days_left: days_left as i32,
                    }),
                ));
            }
        }
        if !agreement.status.is_frozen() {
            let days_old = agreement.created_on.days_until(today);
            if days_old > STALE_DRAFT_DAYS {
                due.push((
                    1_000 - days_old.min(999),
                    remind(ReminderKind::UnsignedDraft {
                        created_on: agreement.created_on,
                        days_old: days_old as i32,
                    }),
                ));
            }
        }
        if live && agreement.latest_amendment > 0 && !agreement.latest_frozen {
            due.push((
                10_000,
                remind(ReminderKind::AmendmentAwaitingSignatures {
                    amendment: agreement.latest_amendment,
                    awaiting: agreement.awaiting_signature,
                }),
            ));
        }
    }
    due.sort_by_key(|(rank, _)| *rank);
    due.into_iter().map(|(_, reminder)| reminder).collect()
}

/// The status the calendar moves an agreement to on `today`: a signed agreement enters into
/// force on its effective date; one in force expires the day after its expiry date.
pub fn due_status(agreement: &AgreementSummary, today: IsoDate) -> Option<AgreementStatus> {
    match agreement.status {
        // One step at a time, so each change is its own entry in the history.
        AgreementStatus::Signed if agreement.effective_on.is_some_and(|d| d <= today) => {
            Some(AgreementStatus::InForce)
        }
        AgreementStatus::InForce if agreement.expires_on.is_some_and(|d| d < today) => {
            Some(AgreementStatus::Expired)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::AgreementKind;

    fn date(text: &str) -> IsoDate {
        IsoDate::parse(crate::Field::EffectiveOn, text).expect("a date")
    }

    fn summary(id: i64, status: AgreementStatus) -> AgreementSummary {
        AgreementSummary {
            id,
            reference: format!("AGR-2026-{id:03}"),
            title: format!("Agreement {id}"),
            kind: AgreementKind::Mou,
            status,
            versions: 1,
            parties: vec![],
            created_on: date("2026-01-10"),
            effective_on: Some(date("2026-03-01")),
            expires_on: Some(date("2027-02-28")),
            latest_amendment: 0,
            latest_frozen: status.is_frozen(),
            awaiting_signature: 0,
        }
    }

    #[test]
    fn an_agreement_expiring_within_ninety_days_is_listed_and_not_before() {
        let agreement = summary(1, AgreementStatus::InForce);
        assert!(reminders(std::slice::from_ref(&agreement), date("2026-11-29")).is_empty());
        let listed = reminders(&[agreement], date("2026-11-30"));
        assert_eq!(
            listed[0].reminder,
            ReminderKind::Expiring {
                expires_on: date("2027-02-28"),
                days_left: 90
            }
        );
    }

    #[test]
    fn drafts_older_than_thirty_days_are_listed_and_signed_ones_never() {
        let draft = summary(1, AgreementStatus::Draft);
        let signed = summary(2, AgreementStatus::Signed);
        assert!(reminders(std::slice::from_ref(&draft), date("2026-02-09")).is_empty());
        let listed = reminders(&[draft, signed], date("2026-02-10"));
        assert_eq!(listed.len(), 1);
        assert_eq!(
            listed[0].reminder,
            ReminderKind::UnsignedDraft {
                created_on: date("2026-01-10"),
                days_old: 31
            }
        );
    }

    #[test]
    fn an_amendment_awaiting_signatures_is_listed_until_frozen() {
        let mut amended = summary(1, AgreementStatus::InForce);
        amended.latest_amendment = 1;
        amended.latest_frozen = false;
        amended.awaiting_signature = 2;
        let listed = reminders(std::slice::from_ref(&amended), date("2026-06-01"));
        assert_eq!(
            listed[0].reminder,
            ReminderKind::AmendmentAwaitingSignatures {
                amendment: 1,
                awaiting: 2
            }
        );
        amended.latest_frozen = true;
        assert!(reminders(&[amended], date("2026-06-01")).is_empty());
    }

    #[test]
    fn the_calendar_brings_agreements_into_force_and_to_their_end() {
        let signed = summary(1, AgreementStatus::Signed);
        assert_eq!(due_status(&signed, date("2026-02-28")), None);
        assert_eq!(
            due_status(&signed, date("2026-03-01")),
            Some(AgreementStatus::InForce)
        );
        let in_force = summary(2, AgreementStatus::InForce);
        assert_eq!(due_status(&in_force, date("2027-02-28")), None);
        assert_eq!(
            due_status(&in_force, date("2027-03-01")),
            Some(AgreementStatus::Expired)
        );
        assert_eq!(
            due_status(&summary(3, AgreementStatus::Draft), date("2030-01-01")),
            None
        );
    }
}
