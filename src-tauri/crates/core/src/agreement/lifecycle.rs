//! draft → negotiation → signed → in force → expired | terminated.

use serde::{Deserialize, Serialize};

crate::closed_choice!(
    /// Where an agreement stands.
    AgreementStatus {
        Draft => "draft",
        Negotiation => "negotiation",
        Signed => "signed",
        InForce => "in_force",
        Expired => "expired",
        Terminated => "terminated",
    }
);

/// A move the lifecycle does not allow, with what would allow it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[error("an agreement cannot go from {from} to {to}: {why}")]
pub struct TransitionError {
    pub from: AgreementStatus,
    pub to: AgreementStatus,
    pub why: String,
}

impl AgreementStatus {
    /// Signed texts are frozen: later changes are amendments.
    pub fn is_frozen(self) -> bool {
        !matches!(self, AgreementStatus::Draft | AgreementStatus::Negotiation)
    }

    /// Checks a move; signing also needs every pre-signature check to pass (see `checks`).
    pub fn move_to(self, to: AgreementStatus) -> Result<AgreementStatus, TransitionError> {
        use AgreementStatus::*;
        let why = match (self, to) {
            (Draft, Negotiation)
            | (Negotiation, Draft)
            | (Negotiation, Signed)
            | (Signed, InForce) => return Ok(to),
            (InForce, Expired) | (Signed, Terminated) | (InForce, Terminated) => return Ok(to),
            (Draft, Signed) => "the text must be negotiated first",
            (Expired | Terminated, _) => "an ended agreement stays ended; draft a new one",
            (_, Draft | Negotiation) => "a signed text is frozen; record an amendment instead",
            (Signed, Expired) => "it must enter into force before it can expire",
            (Draft | Negotiation, _) => "it must be signed first",
            _ => "this is not a step of the lifecycle",
        };
        Err(TransitionError {
            from: self,
            to,
            why: why.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::AgreementStatus::*;
    use super::*;

    #[test]
    fn the_lifecycle_allows_only_its_own_steps() {
        let cases: &[(AgreementStatus, AgreementStatus, bool, &str)] = &[
            (Draft, Negotiation, true, "a draft goes to the partners"),
            (
                Negotiation,
                Draft,
                true,
                "negotiation can send the text back to drafting",
            ),
            (Negotiation, Signed, true, "every party signs"),
            (Signed, InForce, true, "the effective date is reached"),
            (InForce, Expired, true, "the expiry date is reached"),
            (InForce, Terminated, true, "a party ends it"),
            (
                Signed,
                Terminated,
                true,
                "ended before it entered into force",
            ),
            (Draft, Signed, false, "signing skips negotiation"),
            (Signed, Draft, false, "a signed text is frozen"),
            (
                InForce,
                Negotiation,
                false,
                "changes after signature are amendments",
            ),
            (
                Signed,
                Expired,
                false,
                "cannot expire before entering into force",
            ),
            (Expired, InForce, false, "an ended agreement stays ended"),
            (Terminated, Signed, false, "an ended agreement stays ended"),
            (Draft, InForce, false, "must be signed first"),
        ];
        for (from, to, allowed, reason) in cases {
            assert_eq!(
                from.move_to(*to).is_ok(),
                *allowed,
                "{reason}: {from} → {to}"
            );
        }
    }

    #[test]
    fn only_drafts_and_texts_under_negotiation_can_change() {
        let open: Vec<AgreementStatus> = AgreementStatus::ALL
            .iter()
            .copied()
            .filter(|s| !s.is_frozen())
            .collect();
        assert_eq!(open, vec![Draft, Negotiation]);
    }
}
