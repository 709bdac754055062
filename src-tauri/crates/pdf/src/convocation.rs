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

use crate::layout::{Block, Document, Metadata, Orientation, PageFurniture, PageSetup, Paragraph};
use crate::minutes::{
    centred, fact, heading, papers, under_item, ymd, Labels, BODY, ITEM_HEADING, NUMBER_WIDTH,
    SMALL,
};
use crate::PdfError;

/// The fixed words of a convocation that the minutes do not already have.
#[derive(Debug, Clone, Copy)]
pub struct ConvocationLabels {
    pub convocation: &'static str,
    /// "The members of the {body} are invited …".
    pub invitation: &'static str,
    pub agenda: &'static str,
    /// "Expected duration: {minutes} min".
    pub duration: &'static str,
    /// "Please confirm … to {convenor}."
    pub confirm: &'static str,
    /// The same, when no convenor is named.
    pub confirm_anyone: &'static str,
    pub no_items: &'static str,
}

impl ConvocationLabels {
    pub fn of(language: Language) -> ConvocationLabels {
        match language {
            Language::En => ConvocationLabels {
                convocation: "Convocation",
                invitation: "The members of the {body} are invited to attend this meeting, \
                             at the date, time and place given above, to consider the agenda \
                             below.",
                agenda: "Agenda",
                duration: "Expected duration: {minutes} min",
                confirm: "Please confirm your attendance, or send your apologies, to \
                          {convenor} before the meeting.",
                confirm_anyone: "Please confirm your attendance, or send your apologies, \
                                 before the meeting.",
                no_items: "The agenda has not been set yet.",
            },
            Language::Fr => ConvocationLabels {
                convocation: "Convocation",
                invitation: "Les membres de {body} sont invités à participer à cette réunion, \
                             aux date, heure et lieu indiqués ci-dessus, afin d’examiner \
                             l’ordre du jour ci-dessous.",
                agenda: "Ordre du jour",
                duration: "Durée prévue : {minutes} min",
                confirm: "Merci de confirmer votre participation, ou de présenter vos \
                          excuses, auprès de {convenor} avant la réunion.",
                confirm_anyone: "Merci de confirmer votre participation, ou de présenter vos \
                                 excuses, avant la réunion.",
                no_items: "L’ordre du jour n’est pas encore arrêté.",
            },
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
    let meeting_no = labels
        .meeting_no
        .replace("{n}", &meeting.number.to_string());

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
    blocks.push(fact(labels.kind, labels.meeting_kind(meeting.kind)));
    blocks.push(fact(labels.date, &labels.long_date(&date)));
    blocks.push(fact(
        labels.time,
        &format!(
            "{}–{} ({})",
            meeting.starts_at, meeting.ends_at, meeting.time_zone
        ),
    ));
    if !meeting.place.trim().is_empty() {
        blocks.push(fact(labels.place, &meeting.place));
    }
    if !meeting.online_link.trim().is_empty() {
        blocks.push(fact(labels.online, &meeting.online_link));
    }
    let convenor = meeting.convenor.trim();
    if !convenor.is_empty() {
        blocks.push(fact(labels.convenor, convenor));
    }
    blocks.push(Block::Space(6.0));
    blocks.push(Block::Rule);
    blocks.push(Block::Paragraph(
        Paragraph::new(
            words.invitation.replace("{body}", meeting.body_name.trim()),
            BODY,
        )
        .spaced(10.0, 4.0),
    ));

    blocks.push(heading(words.agenda, 10.0));
    if minutes.items.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::new(words.no_items, BODY)));
    }
    for item in &minutes.items {
        blocks.extend(agenda_item(item, &labels, &words));
    }

    let confirm = if convenor.is_empty() {
        words.confirm_anyone.to_string()
    } else {
        words.confirm.replace("{convenor}", convenor)
    };
    blocks.push(Block::Space(14.0));
    blocks.push(Block::Rule);
    blocks.push(Block::Paragraph(
        Paragraph::new(confirm, BODY.bold()).spaced(6.0, 6.0),
    ));
    blocks.push(Block::Paragraph(Paragraph::new(
        labels
            .printed_on
            .replace("{date}", &labels.long_date(&minutes.printed_on.to_string())),
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
            header_right: words.convocation.to_string(),
            skip_first_header: true,
            footer: page_labels.page_of.to_string(),
        },
        blocks,
    })
}

/// One agenda item: its number hanging in the margin, the title, then kind, presenter and
/// expected duration in one line kept with it, and the papers members should read.
fn agenda_item(item: &PrintableItem, labels: &Labels, words: &ConvocationLabels) -> Vec<Block> {
    let mut details = vec![labels.item_kind(item.kind).to_string()];
    if !item.presenter.trim().is_empty() {
        details.push(
            labels
                .presented_by
                .replace("{presenter}", item.presenter.trim()),
        );
    }
    if let Some(minutes) = item.duration_minutes {
        details.push(words.duration.replace("{minutes}", &minutes.to_string()));
    }
    let mut blocks = vec![
        Block::Paragraph(
            Paragraph::heading(&item.title, ITEM_HEADING)
                .labelled(format!("{}.", item.number), NUMBER_WIDTH)
                .spaced(8.0, 1.0),
        ),
        Block::Paragraph(under_item(details.join(" · "), BODY).spaced(0.0, 2.0)),
    ];
    blocks.extend(papers(item, labels));
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_name_the_body_and_the_convenor() {
        for language in [Language::En, Language::Fr] {
            let words = ConvocationLabels::of(language);
            assert!(words.invitation.contains("{body}"));
            assert!(words.confirm.contains("{convenor}"));
            assert!(words.duration.contains("{minutes}"));
            assert_eq!(words.convocation, "Convocation");
        }
    }
}
