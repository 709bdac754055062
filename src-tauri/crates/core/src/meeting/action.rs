//! Action items: what, who (a member organisation, and a person), by when, and how it stands,
//! with dated notes.

use serde::{Deserialize, Serialize};

use crate::date::IsoDate;
use crate::field::Field;
use crate::text;
use crate::validation::{Problem, Problems};

crate::closed_choice!(
    ActionStatus {
        Open => "open",
        InProgress => "in_progress",
        Done => "done",
        Dropped => "dropped",
    }
);

impl ActionStatus {
    /// Still to be done: carried to the next meeting as a matter arising.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct ActionDraft {
    pub title: String,
    pub owner_organisation_id: Option<i64>,
    pub owner_person: String,
    pub due_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAction {
    pub title: String,
    pub owner_organisation_id: i64,
    pub owner_person: String,
    pub due_on: Option<IsoDate>,
}

impl ActionDraft {
    /// An action needs an owner: work nobody owns is work nobody does.
    pub fn validate(&self) -> Result<ValidAction, Problems> {
        let mut problems = Problems::default();
        let title = text::required(Field::Title, &self.title, 500)
            .map_err(|p| problems.push(p))
            .unwrap_or_default();
        let owner_person = text::optional(Field::Owner, &self.owner_person, 200)
            .map_err(|p| problems.push(p))
            .unwrap_or_default();
        if self.owner_organisation_id.is_none() {
            problems.push(Problem::Required {
                field: Field::Owner,
            });
        }
        let due_on = if self.due_on.trim().is_empty() {
            None
        } else {
            IsoDate::parse(Field::DueOn, &self.due_on)
                .map_err(|p| problems.push(p))
                .ok()
        };
        match self.owner_organisation_id {
            Some(owner) if problems.0.is_empty() => Ok(ValidAction {
                title,
                owner_organisation_id: owner,
                owner_person,
                due_on,
            }),
            _ => Err(problems),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ActionNote {
    pub on: IsoDate,
    pub status: ActionStatus,
    pub note: String,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ActionItem {
    pub id: i64,
    pub meeting_id: i64,
    pub body_id: i64,
    pub agenda_item_id: Option<i64>,
    pub title: String,
    pub owner_organisation_id: i64,
    pub owner_name: String,
    pub owner_person: String,
    pub due_on: Option<IsoDate>,
    pub status: ActionStatus,
    pub notes: Vec<ActionNote>,
}

impl ActionItem {
    pub fn is_overdue(&self, today: IsoDate) -> bool {
        self.status.is_open() && self.due_on.is_some_and(|due| due < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_without_an_owner_is_refused() {
        let draft = ActionDraft {
            title: "Circulate the draft SOP to the working group".into(),
            owner_organisation_id: None,
            owner_person: String::new(),
            due_on: "2026-04-31".into(),
        };
        let fields: Vec<Field> = draft
            .validate()
            .unwrap_err()
            .0
            .iter()
            .map(Problem::field)
            .collect();
        assert_eq!(fields, vec![Field::Owner, Field::DueOn]);
    }
}
