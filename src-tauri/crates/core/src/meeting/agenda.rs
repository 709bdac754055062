//! The agenda: numbered items, each for information, discussion or decision.

use serde::{Deserialize, Serialize};

use crate::agreement::Language;
use crate::field::Field;
use crate::text;
use crate::validation::{Problem, Problems};

crate::closed_choice!(
    ItemKind {
        Information => "information",
        Discussion => "discussion",
        Decision => "decision",
    }
);

crate::closed_choice!(
    /// The items a meeting usually opens or closes with.
    StandardItem {
        AdoptionOfAgenda => "adoption_of_agenda",
        PreviousMinutes => "previous_minutes",
        MattersArising => "matters_arising",
        AnyOtherBusiness => "any_other_business",
    }
);

impl StandardItem {
    pub fn title(self, language: Language) -> &'static str {
        use StandardItem::*;
        match (language, self) {
            (Language::En, AdoptionOfAgenda) => "Adoption of the agenda",
            (Language::En, PreviousMinutes) => "Approval of the minutes of the previous meeting",
            (Language::En, MattersArising) => "Matters arising (open action items)",
            (Language::En, AnyOtherBusiness) => "Any other business",
            (Language::Fr, AdoptionOfAgenda) => "Adoption de l’ordre du jour",
            (Language::Fr, PreviousMinutes) => {
                "Approbation du procès-verbal de la réunion précédente"
            }
            (Language::Fr, MattersArising) => "Suivi des décisions (actions en cours)",
            (Language::Fr, AnyOtherBusiness) => "Questions diverses",
        }
    }

    pub fn kind(self) -> ItemKind {
        match self {
            StandardItem::AdoptionOfAgenda | StandardItem::PreviousMinutes => ItemKind::Decision,
            StandardItem::MattersArising => ItemKind::Discussion,
            StandardItem::AnyOtherBusiness => ItemKind::Information,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct AgendaItemDraft {
    pub title: String,
    pub kind: String,
    /// Who presents the item: a member's or representative's name, free text.
    pub presenter: String,
    /// Expected minutes; blank for none.
    pub duration_minutes: String,
    /// An agreement discussed under the item.
    pub agreement_id: Option<i64>,
    pub standard: Option<StandardItem>,
    /// A responsibility matrix discussed under the item.
    #[serde(default)]
    pub matrix_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidAgendaItem {
    pub title: String,
    pub kind: ItemKind,
    pub presenter: String,
    pub duration_minutes: Option<u32>,
    pub agreement_id: Option<i64>,
    pub standard: Option<StandardItem>,
    pub matrix_id: Option<i64>,
}

impl AgendaItemDraft {
    pub fn validate(&self) -> Result<ValidAgendaItem, Problems> {
        let mut problems = Problems::default();
        let title = text::required(Field::ItemTitle, &self.title, 300)
            .map_err(|p| problems.push(p))
            .unwrap_or_default();
        let presenter = text::optional(Field::Presenter, &self.presenter, 200)
            .map_err(|p| problems.push(p))
            .unwrap_or_default();
        let kind = ItemKind::parse(&self.kind);
        if kind.is_none() {
            problems.push(Problem::InvalidChoice {
                field: Field::Kind,
                value: self.kind.clone(),
            });
        }
        let duration = self.duration_minutes.trim();
        let duration_minutes = if duration.is_empty() {
            None
        } else {
            match duration.parse::<u32>() {
                Ok(minutes) if (1..=24 * 60).contains(&minutes) => Some(minutes),
                _ => {
                    problems.push(Problem::InvalidChoice {
                        field: Field::Duration,
                        value: duration.to_string(),
                    });
                    None
                }
            }
        };
        match kind {
            Some(kind) if problems.0.is_empty() => Ok(ValidAgendaItem {
                title,
                kind,
                presenter,
                duration_minutes,
                agreement_id: self.agreement_id,
                standard: self.standard,
                matrix_id: self.matrix_id,
            }),
            _ => Err(problems),
        }
    }
}

/// An item as stored, with its minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AgendaItem {
    pub id: i64,
    pub meeting_id: i64,
    /// 1-based position on the agenda.
    pub position: u32,
    pub title: String,
    pub kind: ItemKind,
    pub presenter: String,
    pub duration_minutes: Option<u32>,
    pub agreement_id: Option<i64>,
    pub standard: Option<StandardItem>,
    /// The minutes of the item: the discussion in brief.
    pub summary: String,
    /// What was concluded.
    pub outcome: String,
    pub matrix_id: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_needs_a_title_a_kind_and_a_sensible_duration() {
        let item = AgendaItemDraft {
            title: "Adoption of the regional recruitment SOP".into(),
            kind: "decision".into(),
            presenter: "Jean-François Lévêque".into(),
            duration_minutes: "45".into(),
            ..Default::default()
        };
        assert_eq!(item.validate().unwrap().duration_minutes, Some(45));
        let bad = AgendaItemDraft {
            title: "".into(),
            kind: "vote".into(),
            duration_minutes: "0".into(),
            ..Default::default()
        };
        let fields: Vec<Field> = bad
            .validate()
            .unwrap_err()
            .0
            .iter()
            .map(Problem::field)
            .collect();
        assert_eq!(fields, vec![Field::ItemTitle, Field::Kind, Field::Duration]);
    }

    #[test]
    fn standard_items_read_in_both_languages() {
        for item in StandardItem::ALL {
            assert_ne!(item.title(Language::En), item.title(Language::Fr));
        }
    }
}
