//! Minutes go draft → circulated → approved; approved minutes are frozen, and a correction is
//! a recorded erratum.

use serde::{Deserialize, Serialize};

crate::closed_choice!(
    MinutesStatus {
        Draft => "draft",
        Circulated => "circulated",
        Approved => "approved",
    }
);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type, thiserror::Error)]
#[error("minutes cannot go from {from} to {to}: {why}")]
pub struct MinutesTransitionError {
    pub from: MinutesStatus,
    pub to: MinutesStatus,
    pub why: String,
}

impl MinutesStatus {
    pub fn is_frozen(self) -> bool {
        self == MinutesStatus::Approved
    }

    pub fn move_to(self, to: MinutesStatus) -> Result<MinutesStatus, MinutesTransitionError> {
        use MinutesStatus::*;
        let why = match (self, to) {
            (Draft, Circulated) | (Circulated, Draft) | (Circulated, Approved) => return Ok(to),
            (Approved, _) => "approved minutes are frozen; record an erratum instead",
            (Draft, Approved) => "minutes are circulated to the members before approval",
            _ => "this is not a step of the approval",
        };
        Err(MinutesTransitionError {
            from: self,
            to,
            why: why.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::MinutesStatus::*;

    #[test]
    fn minutes_are_circulated_before_approval_and_stay_approved() {
        assert!(Draft.move_to(Circulated).is_ok());
        assert!(Circulated.move_to(Approved).is_ok());
        assert!(Circulated.move_to(Draft).is_ok());
        assert!(Draft.move_to(Approved).is_err());
        assert!(Approved.move_to(Draft).is_err());
        assert!(Approved.is_frozen() && !Circulated.is_frozen());
    }
}
