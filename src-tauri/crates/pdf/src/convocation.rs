//! The convocation of a meeting: the letter a secretariat sends before a meeting, inviting
//! the members of the body and giving its agenda. The heading facts (body, meeting number,
//! title, kind, date, time and zone, place, online link, convenor), a standard invitation
//! sentence, the numbered agenda with each item's kind, presenter, expected duration and
//! papers, and a request to confirm attendance or send apologies.
//!
//! It prints from the same [`PrintableMinutes`] as the minutes, and never shows what only
//! minutes hold: attendance, summaries, outcomes, votes, decisions, actions.

use pacta_core::agreement::{Language, Paper, PrintLabels};
use pacta_core::meeting::{PrintableItem, PrintableMinutes};
use pacta_messages::{message, Locale, Messages};

use crate::layout::{Block, Document, Metadata, Orientation, PageFurniture, PageSetup, Paragraph};
use crate::minutes::{
    centred, fact, heading, papers, under_item, ymd, Labels, BODY, ITEM_HEADING, NUMBER_WIDTH,
    SMALL,
};
use crate::PdfError;

/// The fixed words of a convocation that the minutes do not already have, from the message
/// catalogue.
#[derive(Debug, Clone)]
pub struct ConvocationLabels {
    locale: Locale,
    pub convocation: String,
    pub agenda: String,
    pub no_items: String,
}

impl ConvocationLabels {
    /// The words of a convocation written in `language`.
    pub fn of(language: Language) -> ConvocationLabels {
        ConvocationLabels::in_locale(language.locale())
    }

    /// The words of a convocation in the catalogue of `locale`.
    pub fn in_locale(locale: Locale) -> ConvocationLabels {
        let messages = Messages::of(locale);
        ConvocationLabels {
            locale,
            convocation: messages.get("convocation-title", &[]),
            agenda: messages.get("convocation-agenda", &[]),
            no_items: messages.get("convocation-no-items", &[]),
        }
    }

    fn messages(&self) -> &'static Messages {
        Messages::of(self.locale)
    }

    /// "The members of the {body} are invited …".
    pub fn invitation(&self, body: &str) -> String {
        message!(self.messages(), "convocation-invitation", body = body)
    }

    /// "Expected duration: {minutes} min".
    pub fn duration(&self, minutes: u32) -> String {
        message!(self.messages(), "convocation-duration", minutes = minutes)
    }

    /// "Please confirm … to {convenor}.", or without a name when no convenor is given.
    pub fn confirm(&self, convenor: &str) -> String {
        if convenor.trim().is_empty() {
            self.messages().get("convocation-confirm-anyone", &[])
        } else {
            message!(
                self.messages(),
                "convocation-confirm",
                convenor = convenor.trim()
            )
        }
    }
}

/// Builds the convocation of the meeting in `minutes` on `paper`.
pub fn convocation_document(
    minutes: &PrintableMinutes,
    paper: Paper,
) -> Result<Document, PdfError> {
    let labels = Labels::of(minutes.language);
    let words = ConvocationLabels::of(minutes.language);
    let page_labels = PrintLabels::of(minutes.language);
    let meeting = &minutes.meeting;
    let date = meeting.date.to_string();
    let meeting_no = labels.meeting_no(meeting.number);

    let mut blocks = vec![
        Block::Paragraph(Paragraph::new(&meeting.body_name, centred(12.0, true)).spaced(0.0, 2.0)),
        Block::Paragraph(
            Paragraph::new(
                format!("{} · {meeting_no}", words.convocation.to_uppercase()),
                centred(10.0, false),
            )
            .spaced(0.0, 6.0),
        ),
    ];
    let mut title = Paragraph::new(&meeting.title, centred(17.0, true)).spaced(0.0, 8.0);
    title.style.leading = 1.25;
    blocks.push(Block::Paragraph(title));
    blocks.push(Block::Space(8.0));
    blocks.push(fact(&labels.kind, &labels.meeting_kind(meeting.kind)));
    blocks.push(fact(&labels.date, &labels.long_date(&date)));
    blocks.push(fact(
        &labels.time,
        &format!(
            "{}–{} ({})",
            meeting.starts_at, meeting.ends_at, meeting.time_zone
        ),
    ));
    if !meeting.place.trim().is_empty() {
        blocks.push(fact(&labels.place, &meeting.place));
    }
    if !meeting.online_link.trim().is_empty() {
        blocks.push(fact(&labels.online, &meeting.online_link));
    }
    let convenor = meeting.convenor.trim();
    if !convenor.is_empty() {
        blocks.push(fact(&labels.convenor, convenor));
    }
    blocks.push(Block::Space(6.0));
    blocks.push(Block::Rule);
    blocks.push(Block::Paragraph(
        Paragraph::new(words.invitation(meeting.body_name.trim()), BODY).spaced(10.0, 4.0),
    ));

    blocks.push(heading(&words.agenda, 10.0));
    if minutes.items.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::new(&words.no_items, BODY)));
    }
    for item in &minutes.items {
        blocks.extend(agenda_item(item, minutes.language, &labels, &words));
    }

    let confirm = words.confirm(convenor);
    blocks.push(Block::Space(14.0));
    blocks.push(Block::Rule);
    blocks.push(Block::Paragraph(
        Paragraph::new(confirm, BODY.bold()).spaced(6.0, 6.0),
    ));
    blocks.push(Block::Paragraph(Paragraph::new(
        labels.printed_on(&minutes.printed_on.to_string()),
        SMALL,
    )));

    Ok(Document {
        setup: PageSetup::new(paper.size_mm(), Orientation::Portrait),
        metadata: Metadata {
            title: format!("{} — {} — {date}", words.convocation, meeting.body_name),
            author: minutes.partnership.clone(),
            subject: format!("{meeting_no} — {}", meeting.title),
            created: ymd(&minutes.printed_on.to_string()),
        },
        furniture: PageFurniture {
            header_left: format!("{} · {meeting_no} · {date}", meeting.body_code),
            header_right: words.convocation.clone(),
            skip_first_header: true,
            footer: page_labels.page_of.to_string(),
        },
        blocks,
    })
}

/// One agenda item: its number hanging in the margin, the title, then kind, presenter and
/// expected duration in one line kept with it, and the papers members should read.
fn agenda_item(
    item: &PrintableItem,
    language: Language,
    labels: &Labels,
    words: &ConvocationLabels,
) -> Vec<Block> {
    let mut details = vec![labels.item_kind(item.kind)];
    if !item.presenter.trim().is_empty() {
        details.push(labels.presented_by(item.presenter.trim()));
    }
    if let Some(minutes) = item.duration_minutes {
        details.push(words.duration(minutes));
    }
    let mut blocks = vec![
        Block::Paragraph(
            Paragraph::heading(&item.title, ITEM_HEADING)
                .labelled(format!("{}.", item.number), NUMBER_WIDTH)
                .spaced(8.0, 1.0),
        ),
        Block::Paragraph(under_item(details.join(" · "), BODY).spaced(0.0, 2.0)),
    ];
    blocks.extend(papers(item, language, labels));
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_the_body_and_the_convenor() {
        for locale in Locale::ALL {
            let words = ConvocationLabels::in_locale(locale);
            assert!(words
                .invitation("Steering Committee")
                .contains("Steering Committee"));
            assert!(words.confirm("the Secretariat").contains("the Secretariat"));
            assert!(!words.confirm(" ").contains("  "));
            assert!(words.duration(45).contains("45"));
        }
        assert_eq!(
            ConvocationLabels::of(Language::En).convocation,
            "Convocation"
        );
        assert_eq!(
            ConvocationLabels::of(Language::Fr).convocation,
            "Convocation"
        );
    }

    #[test]
    fn english_and_french_sentences_are_unchanged() {
        let en = ConvocationLabels::of(Language::En);
        assert_eq!(
            en.confirm(""),
            "Please confirm your attendance, or send your apologies, before the meeting."
        );
        assert_eq!(en.duration(30), "Expected duration: 30 min");
        let fr = ConvocationLabels::of(Language::Fr);
        assert_eq!(fr.agenda, "Ordre du jour");
        assert_eq!(
            fr.invitation("l’Assemblée générale"),
            "Les membres de l’Assemblée générale sont invités à participer à cette réunion, \
             aux date, heure et lieu indiqués ci-dessus, afin d’examiner l’ordre du jour \
             ci-dessous."
        );
    }

    #[test]
    fn a_dutch_convocation_is_an_invitation() {
        let nl = ConvocationLabels::in_locale(Locale::Nl);
        assert_eq!(nl.convocation, "Uitnodiging");
        assert_eq!(nl.agenda, "Agenda");
        assert_eq!(nl.duration(20), "Verwachte duur: 20 min.");
        assert_eq!(
            nl.confirm("het secretariaat"),
            "Graag vóór de vergadering uw aanwezigheid bevestigen of u afmelden bij \
             het secretariaat."
        );
    }
}
