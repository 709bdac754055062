//! The agenda: numbered items, each for information, discussion or decision.

use std::sync::OnceLock;

use pacta_messages::{Locale, Messages};
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
    /// The item's title on an agenda written in `language`.
    pub fn title(self, language: Language) -> &'static str {
        self.title_in(language.locale())
    }

    /// The item's title in the catalogue of `locale`.
    pub fn title_in(self, locale: Locale) -> &'static str {
        // Each language's titles are read once and kept, so a title stays a `&'static str`
        // that the code seeding agendas can hold like the literal it once was.
        static TITLES: [OnceLock<Vec<String>>; Locale::ALL.len()] =
            [const { OnceLock::new() }; Locale::ALL.len()];
        let titles = TITLES[locale as usize].get_or_init(|| {
            let messages = Messages::of(locale);
            StandardItem::ALL
                .iter()
                .map(|item| messages.get(item.message_id(), &[]))
                .collect()
        });
        &titles[self as usize]
    }

    fn message_id(self) -> &'static str {
        match self {
            StandardItem::AdoptionOfAgenda => "agenda-adoption-of-agenda",
            StandardItem::PreviousMinutes => "agenda-previous-minutes",
            StandardItem::MattersArising => "agenda-matters-arising",
            StandardItem::AnyOtherBusiness => "agenda-any-other-business",
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
    fn standard_items_read_in_every_language() {
        for item in StandardItem::ALL {
            let titles = Locale::ALL.map(|locale| item.title_in(locale));
            assert_ne!(titles[0], titles[1]);
            assert_ne!(titles[0], titles[2]);
            assert_ne!(titles[1], titles[2]);
        }
    }

    #[test]
    fn standard_titles_are_those_agendas_have_always_had() {
        assert_eq!(
            StandardItem::PreviousMinutes.title(Language::En),
            "Approval of the minutes of the previous meeting"
        );
        assert_eq!(
            StandardItem::AdoptionOfAgenda.title(Language::Fr),
            "Adoption de l’ordre du jour"
        );
        assert_eq!(
            StandardItem::AnyOtherBusiness.title_in(Locale::Nl),
            "Rondvraag"
        );
        assert_eq!(
            StandardItem::AdoptionOfAgenda.title_in(Locale::Nl),
            "Vaststelling van de agenda"
        );
    }
}
