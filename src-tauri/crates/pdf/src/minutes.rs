//! The printed minutes of a meeting, as blocks: the heading facts (body, meeting number,
//! title, kind, date, time and zone, place, convenor), the status of the minutes (a draft
//! is marked as such on every page), attendance by chamber with arrivals and departures,
//! apologies, absences, proxies, observers and guests, then each agenda item with its
//! summary, papers, outcome, votes and decisions, the action items, errata and the signature lines.
//!
//! Everything printed comes from [`PrintableMinutes`]; the wording around it comes from
//! [`Labels`], in the minutes' language.

use pacta_core::agreement::{Language, Paper, PrintLabels};
use pacta_core::meeting::{
    ActionItem, ActionStatus, ChamberAttendance, ItemKind, MeetingKind, MinutesStatus,
    PrintableItem, PrintableMinutes, PrintableVote,
};
use pacta_core::voting::VoteMethod;
use pacta_messages::{message, Locale, Messages};

use crate::agreement::size;
use crate::layout::{
    Align, Block, Document, Field, Metadata, Orientation, PageFurniture, PageSetup, Paragraph,
    Table, TextStyle,
};
use crate::PdfError;

pub(crate) const BODY: TextStyle = TextStyle::body(10.0);
pub(crate) const SMALL: TextStyle = TextStyle::body(9.0);
pub(crate) const HEADING: TextStyle = TextStyle::body(12.5).bold();
const SUBHEADING: TextStyle = TextStyle::body(10.5).bold();
pub(crate) const ITEM_HEADING: TextStyle = TextStyle::body(11.0).bold();
/// Width of the item number ("12.") hanging in the margin of an item.
pub(crate) const NUMBER_WIDTH: f32 = 24.0;
/// Width of the labels of the heading facts ("Date:", "Convenor:").
pub(crate) const FACT_LABEL_WIDTH: f32 = 92.0;
/// Indent of list entries, and width of their bullet.
const LIST_INDENT: f32 = 12.0;
const BULLET_WIDTH: f32 = 11.0;

/// The fixed words of printed minutes in one language, from the message catalogue.
#[derive(Debug, Clone)]
pub struct Labels {
    locale: Locale,
    pub minutes: String,
    pub kind: String,
    pub date: String,
    pub time: String,
    pub place: String,
    pub online: String,
    pub convenor: String,
    pub status: String,
    /// The large mark on the first page of a draft and in its running header.
    pub draft_mark: String,
    pub draft: String,
    pub circulated: String,
    pub approved: String,
    pub attendance: String,
    pub present: String,
    pub no_chamber: String,
    pub apologies: String,
    pub absent: String,
    pub proxies: String,
    pub observers_and_guests: String,
    pub proceedings: String,
    pub outcome: String,
    pub vote: String,
    pub method: String,
    pub result: String,
    pub member: String,
    pub secret_ballot_note: String,
    pub decisions: String,
    /// The papers put before the meeting under an item.
    pub papers: String,
    pub actions: String,
    pub action_number: String,
    pub action: String,
    pub owner: String,
    pub due: String,
    pub no_actions: String,
    pub errata: String,
    pub signatures: String,
    pub chair: String,
    pub secretary: String,
    pub signature: String,
}

impl Labels {
    /// The words of minutes written in `language`.
    pub fn of(language: Language) -> Labels {
        Labels::in_locale(language.locale())
    }

    /// The words of minutes in the catalogue of `locale`.
    pub fn in_locale(locale: Locale) -> Labels {
        let messages = Messages::of(locale);
        let word = |id: &str| messages.get(id, &[]);
        Labels {
            locale,
            minutes: word("minutes-title"),
            kind: word("minutes-kind"),
            date: word("minutes-date"),
            time: word("minutes-time"),
            place: word("minutes-place"),
            online: word("minutes-online"),
            convenor: word("minutes-convenor"),
            status: word("minutes-status"),
            draft_mark: word("minutes-draft-mark"),
            draft: word("minutes-draft"),
            circulated: word("minutes-circulated"),
            approved: word("minutes-approved"),
            attendance: word("minutes-attendance"),
            present: word("minutes-present"),
            no_chamber: word("minutes-no-chamber"),
            apologies: word("minutes-apologies"),
            absent: word("minutes-absent"),
            proxies: word("minutes-proxies"),
            observers_and_guests: word("minutes-observers-and-guests"),
            proceedings: word("minutes-proceedings"),
            outcome: word("minutes-outcome"),
            vote: word("minutes-vote"),
            method: word("minutes-method"),
            result: word("minutes-result"),
            member: word("minutes-member"),
            secret_ballot_note: word("minutes-secret-ballot-note"),
            decisions: word("minutes-decisions"),
            papers: word("minutes-papers"),
            actions: word("minutes-actions"),
            action_number: word("minutes-action-number"),
            action: word("minutes-action"),
            owner: word("minutes-owner"),
            due: word("minutes-due"),
            no_actions: word("minutes-no-actions"),
            errata: word("minutes-errata"),
            signatures: word("minutes-signatures"),
            chair: word("minutes-chair"),
            secretary: word("minutes-secretary"),
            signature: word("minutes-signature"),
        }
    }

    fn messages(&self) -> &'static Messages {
        Messages::of(self.locale)
    }

    fn word(&self, id: &str) -> String {
        self.messages().get(id, &[])
    }

    /// "Meeting no. 12".
    pub fn meeting_no(&self, number: u32) -> String {
        message!(self.messages(), "minutes-meeting-no", n = number)
    }

    /// "{principal}, represented by {holder}".
    pub fn represented_by(&self, principal: &str, holder: &str) -> String {
        message!(
            self.messages(),
            "minutes-represented-by",
            principal = principal,
            holder = holder
        )
    }

    /// "Presented by {presenter}".
    pub fn presented_by(&self, presenter: &str) -> String {
        message!(
            self.messages(),
            "minutes-presented-by",
            presenter = presenter
        )
    }

    /// "recorded by {by}", after an erratum.
    pub fn recorded_by(&self, by: &str) -> String {
        message!(self.messages(), "minutes-recorded-by", by = by)
    }

    /// "Printed on 12 March 2026", from the ISO date.
    pub fn printed_on(&self, iso: &str) -> String {
        message!(
            self.messages(),
            "minutes-printed-on",
            date = self.long_date(iso)
        )
    }

    pub fn meeting_kind(&self, kind: MeetingKind) -> String {
        self.word(match kind {
            MeetingKind::Ordinary => "minutes-meeting-kind-ordinary",
            MeetingKind::Extraordinary => "minutes-meeting-kind-extraordinary",
            MeetingKind::WorkingSession => "minutes-meeting-kind-working-session",
        })
    }

    pub fn item_kind(&self, kind: ItemKind) -> String {
        self.word(match kind {
            ItemKind::Information => "minutes-item-kind-information",
            ItemKind::Discussion => "minutes-item-kind-discussion",
            ItemKind::Decision => "minutes-item-kind-decision",
        })
    }

    pub fn vote_method(&self, method: VoteMethod) -> String {
        self.word(match method {
            VoteMethod::RollCall => "minutes-vote-method-roll-call",
            VoteMethod::ShowOfHands => "minutes-vote-method-show-of-hands",
            VoteMethod::Secret => "minutes-vote-method-secret",
        })
    }

    /// "carried", "rejected", "no_quorum" in words; anything else as given.
    pub fn vote_outcome(&self, outcome: &str) -> String {
        match outcome {
            "carried" => self.word("minutes-vote-outcome-carried"),
            "rejected" => self.word("minutes-vote-outcome-rejected"),
            "no_quorum" => self.word("minutes-vote-outcome-no-quorum"),
            _ => outcome.to_string(),
        }
    }

    /// A member's vote in a roll call: "yes", "no", "abstain" in words; a split as given.
    pub fn choice(&self, choice: &str) -> String {
        match choice {
            "yes" => self.word("minutes-choice-yes"),
            "no" => self.word("minutes-choice-no"),
            "abstain" => self.word("minutes-choice-abstain"),
            _ => choice.to_string(),
        }
    }

    pub fn action_status(&self, status: ActionStatus) -> String {
        self.word(match status {
            ActionStatus::Open => "minutes-action-status-open",
            ActionStatus::InProgress => "minutes-action-status-in-progress",
            ActionStatus::Done => "minutes-action-status-done",
            ActionStatus::Dropped => "minutes-action-status-dropped",
        })
    }

    /// "observer" or "guest" (the stored capacity) in words; anything else as given.
    pub fn capacity(&self, capacity: &str) -> String {
        match capacity {
            "observer" => self.word("minutes-observer"),
            "guest" => self.word("minutes-guest"),
            _ => capacity.to_string(),
        }
    }

    /// "12 March 2026" / "1er août 2026" / "12 maart 2026"; the ISO form if it cannot be read.
    pub fn long_date(&self, iso: &str) -> String {
        match ymd(iso) {
            // The month and the day are numbers so that the catalogue can choose their words
            // ("août", "1er"); the year is only ever printed, and as text it is never grouped.
            Some((year, month, day)) if (1..=12).contains(&month) => message!(
                self.messages(),
                "minutes-long-date",
                day = u32::from(day),
                month = u32::from(month),
                year = year.to_string()
            ),
            _ => iso.to_string(),
        }
    }
}

/// Builds the document for `minutes` on `paper`.
pub fn document(minutes: &PrintableMinutes, paper: Paper) -> Result<Document, PdfError> {
    let labels = Labels::of(minutes.language);
    let page_labels = PrintLabels::of(minutes.language);
    let printer = Printer {
        minutes,
        labels: &labels,
    };
    let meeting = &minutes.meeting;
    let date = meeting.date.to_string();

    let mut blocks = printer.heading();
    blocks.extend(printer.attendance());
    blocks.extend(printer.proceedings());
    blocks.extend(printer.actions());
    blocks.extend(printer.errata());
    blocks.extend(printer.signatures());

    let meeting_no = labels.meeting_no(meeting.number);
    let header_right = if minutes.status == MinutesStatus::Draft {
        format!("{} · {}", labels.draft_mark, labels.minutes)
    } else {
        labels.minutes.clone()
    };
    Ok(Document {
        setup: PageSetup::new(paper.size_mm(), Orientation::Portrait),
        metadata: Metadata {
            title: format!("{} — {} — {date}", labels.minutes, meeting.body_name),
            author: minutes.partnership.clone(),
            subject: format!("{meeting_no} — {}", meeting.title),
            created: ymd(&minutes.printed_on.to_string()),
        },
        furniture: PageFurniture {
            header_left: format!("{} · {meeting_no} · {date}", meeting.body_code),
            header_right,
            skip_first_header: true,
            footer: page_labels.page_of.to_string(),
        },
        blocks,
    })
}

/// "2026-11-25" as numbers.
pub(crate) fn ymd(iso: &str) -> Option<(i32, u8, u8)> {
    let mut parts = iso.split('-');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    ))
}

struct Printer<'a> {
    minutes: &'a PrintableMinutes,
    labels: &'a Labels,
}

pub(crate) fn centred(size: f32, bold: bool) -> TextStyle {
    let style = TextStyle::body(size).aligned(Align::Center);
    if bold {
        style.bold()
    } else {
        style
    }
}

pub(crate) fn heading(text: impl Into<String>, space_before: f32) -> Block {
    Block::Paragraph(Paragraph::heading(text, HEADING).spaced(space_before, 6.0))
}

fn subheading(text: impl Into<String>) -> Block {
    Block::Paragraph(Paragraph::heading(text, SUBHEADING).spaced(6.0, 2.0))
}

/// One entry of a list, with a bullet hanging in the margin.
fn entry(text: impl Into<String>, indent: f32) -> Block {
    let mut p = Paragraph::new(text, BODY).labelled("•", BULLET_WIDTH);
    p.indent = indent;
    p.space_after = 1.0;
    Block::Paragraph(p)
}

/// A paragraph set under an item's title, clear of its number.
pub(crate) fn under_item(text: impl Into<String>, style: TextStyle) -> Paragraph {
    let mut p = Paragraph::new(text, style);
    p.indent = NUMBER_WIDTH;
    p
}

/// How many hex digits of a paper's SHA-256 are printed: enough to tell one file from
/// another at a glance, as the app shows them; the app gives the whole fingerprint.
const SHORT_SHA256: usize = 12;

/// The papers of an item under its title, one line each: file name, exact size and the start
/// of its SHA-256.
pub(crate) fn papers(item: &PrintableItem, language: Language, labels: &Labels) -> Vec<Block> {
    if item.papers.is_empty() {
        return Vec::new();
    }
    let mut title = under_item(format!("{}:", labels.papers), SMALL.bold()).spaced(2.0, 1.0);
    title.keep_with_next = true;
    let mut blocks = vec![Block::Paragraph(title)];
    for paper in &item.papers {
        let sha256 = paper.sha256.get(..SHORT_SHA256).unwrap_or(&paper.sha256);
        let mut line = Paragraph::new(
            format!(
                "{} — {} — SHA-256 {sha256}",
                paper.file_name.trim(),
                size(paper.size_bytes, language)
            ),
            SMALL,
        )
        .labelled("•", BULLET_WIDTH);
        line.indent = NUMBER_WIDTH;
        line.space_after = 1.0;
        blocks.push(Block::Paragraph(line));
    }
    blocks.push(Block::Space(2.0));
    blocks
}

/// A fact of the heading: its label in the margin, the value wrapping beside it.
pub(crate) fn fact(label: &str, value: &str) -> Block {
    Block::Paragraph(
        Paragraph::new(value, BODY)
            .labelled(format!("{label}:"), FACT_LABEL_WIDTH)
            .spaced(0.0, 1.5),
    )
}

impl Printer<'_> {
    fn fact(&self, label: &str, value: &str) -> Block {
        fact(label, value)
    }

    fn heading(&self) -> Vec<Block> {
        let m = self.minutes;
        let l = self.labels;
        let meeting = &m.meeting;
        let mut blocks = vec![
            Block::Paragraph(
                Paragraph::new(&meeting.body_name, centred(12.0, true)).spaced(0.0, 2.0),
            ),
            Block::Paragraph(
                Paragraph::new(
                    format!(
                        "{} · {}",
                        l.minutes.to_uppercase(),
                        l.meeting_no(meeting.number)
                    ),
                    centred(10.0, false),
                )
                .spaced(0.0, 6.0),
            ),
        ];
        let mut title = Paragraph::new(&meeting.title, centred(17.0, true)).spaced(0.0, 8.0);
        title.style.leading = 1.25;
        blocks.push(Block::Paragraph(title));
        if m.status == MinutesStatus::Draft {
            blocks.push(Block::Rule);
            blocks.push(Block::Paragraph(
                Paragraph::new(&l.draft_mark, centred(15.0, true)).spaced(2.0, 2.0),
            ));
            blocks.push(Block::Rule);
        }
        blocks.push(Block::Space(8.0));
        blocks.push(self.fact(&l.kind, &l.meeting_kind(meeting.kind)));
        blocks.push(self.fact(&l.date, &l.long_date(&meeting.date.to_string())));
        blocks.push(self.fact(
            &l.time,
            &format!(
                "{}–{} ({})",
                meeting.starts_at, meeting.ends_at, meeting.time_zone
            ),
        ));
        if !meeting.place.trim().is_empty() {
            blocks.push(self.fact(&l.place, &meeting.place));
        }
        if !meeting.online_link.trim().is_empty() {
            blocks.push(self.fact(&l.online, &meeting.online_link));
        }
        if !meeting.convenor.trim().is_empty() {
            blocks.push(self.fact(&l.convenor, &meeting.convenor));
        }
        let status = match m.status {
            MinutesStatus::Draft => l.draft.clone(),
            MinutesStatus::Circulated => l.circulated.clone(),
            MinutesStatus::Approved if m.approval.trim().is_empty() => l.approved.clone(),
            MinutesStatus::Approved => format!("{}: {}", l.approved, m.approval.trim()),
        };
        blocks.push(Block::Paragraph(
            Paragraph::new(status, BODY.bold())
                .labelled(format!("{}:", l.status), FACT_LABEL_WIDTH)
                .spaced(0.0, 1.5),
        ));
        blocks.push(Block::Space(6.0));
        blocks.push(Block::Rule);
        blocks
    }

    fn attendance(&self) -> Vec<Block> {
        let m = self.minutes;
        let l = self.labels;
        let mut blocks = vec![heading(&l.attendance, 10.0)];
        blocks.push(subheading(&l.present));
        let named_chambers = m.present.iter().any(|c| c.chamber.is_some());
        for chamber in &m.present {
            blocks.extend(self.chamber(chamber, named_chambers));
        }
        let lists: [(&str, Vec<String>); 4] = [
            (&l.apologies, m.apologies.clone()),
            (&l.absent, m.absent.clone()),
            (
                &l.proxies,
                m.proxies
                    .iter()
                    .map(|p| l.represented_by(&p.principal, &p.holder))
                    .collect(),
            ),
            (
                &l.observers_and_guests,
                m.guests
                    .iter()
                    .map(|g| {
                        let capacity = l.capacity(&g.capacity);
                        if g.organisation.trim().is_empty() {
                            format!("{} — {capacity}", g.name)
                        } else {
                            format!("{} ({}) — {capacity}", g.name, g.organisation)
                        }
                    })
                    .collect(),
            ),
        ];
        for (title, entries) in lists {
            if entries.is_empty() {
                continue;
            }
            blocks.push(subheading(title));
            blocks.extend(entries.into_iter().map(|e| entry(e, LIST_INDENT)));
        }
        blocks
    }

    fn chamber(&self, chamber: &ChamberAttendance, named_chambers: bool) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut indent = LIST_INDENT;
        if named_chambers {
            let name = chamber
                .chamber
                .as_deref()
                .unwrap_or(&self.labels.no_chamber);
            let mut p = Paragraph::heading(name, BODY.bold()).spaced(3.0, 1.0);
            p.indent = LIST_INDENT;
            blocks.push(Block::Paragraph(p));
            indent += LIST_INDENT;
        }
        for line in &chamber.present {
            let mut text = line.organisation.clone();
            if !line.representative.trim().is_empty() {
                text.push_str(" — ");
                text.push_str(line.representative.trim());
            }
            if !line.movements.is_empty() {
                text.push_str(&format!(" ({})", line.movements.join(", ")));
            }
            blocks.push(entry(text, indent));
        }
        blocks
    }

    fn proceedings(&self) -> Vec<Block> {
        let mut blocks = vec![heading(&self.labels.proceedings, 14.0)];
        for item in &self.minutes.items {
            blocks.extend(self.item(item));
        }
        blocks
    }

    fn item(&self, item: &PrintableItem) -> Vec<Block> {
        let l = self.labels;
        let mut blocks = vec![Block::Paragraph(
            Paragraph::heading(&item.title, ITEM_HEADING)
                .labelled(format!("{}.", item.number), NUMBER_WIDTH)
                .spaced(10.0, 1.0),
        )];
        // Kind, presenter and summary make one paragraph: pagination keeps a heading with
        // the paragraph after it, not with a chain of them, and the title must not be left
        // alone at the foot of a page.
        let mut opening = l.item_kind(item.kind);
        if !item.presenter.trim().is_empty() {
            opening.push_str(" · ");
            opening.push_str(&l.presented_by(item.presenter.trim()));
        }
        if !item.summary.trim().is_empty() {
            opening.push('\n');
            opening.push_str(item.summary.trim());
        }
        blocks.push(Block::Paragraph(under_item(opening, BODY).spaced(0.0, 3.0)));
        blocks.extend(papers(item, self.minutes.language, l));
        if !item.outcome.trim().is_empty() {
            blocks.push(Block::Paragraph(
                under_item(format!("{}: {}", l.outcome, item.outcome.trim()), BODY)
                    .spaced(0.0, 3.0),
            ));
        }
        for vote in &item.votes {
            blocks.extend(self.vote(vote));
        }
        for decision in &item.decisions {
            blocks.push(Block::Paragraph(
                under_item(
                    format!("{} — {}", decision.reference, decision.text.trim()),
                    BODY.bold(),
                )
                .spaced(2.0, 3.0),
            ));
        }
        blocks
    }

    fn vote(&self, vote: &PrintableVote) -> Vec<Block> {
        let l = self.labels;
        let mut motion =
            under_item(format!("{}: {}", l.vote, vote.motion.trim()), BODY.bold()).spaced(4.0, 1.0);
        motion.keep_with_next = true;
        // Method, result and the tally's sentence in one paragraph, kept with the motion.
        let mut result = format!(
            "{}: {} · {}: {}",
            l.method,
            l.vote_method(vote.method),
            l.result,
            l.vote_outcome(&vote.outcome)
        );
        if !vote.explanation.trim().is_empty() {
            result.push('\n');
            result.push_str(vote.explanation.trim());
        }
        let mut blocks = vec![
            Block::Paragraph(motion),
            Block::Paragraph(under_item(result, BODY).spaced(0.0, 3.0)),
        ];
        match vote.method {
            // Whatever the record holds, a secret ballot never prints a name beside a
            // choice.
            VoteMethod::Secret => blocks.push(Block::Paragraph(
                under_item(&l.secret_ballot_note, SMALL).spaced(0.0, 3.0),
            )),
            VoteMethod::RollCall if !vote.roll_call.is_empty() => {
                blocks.push(Block::Table(Table {
                    header: vec![l.member.clone(), l.vote.clone()],
                    rows: vote
                        .roll_call
                        .iter()
                        .map(|(member, choice)| vec![member.clone(), l.choice(choice)])
                        .collect(),
                    widths: Some(vec![4.0, 1.2]),
                    style: SMALL,
                }));
                blocks.push(Block::Space(4.0));
            }
            VoteMethod::RollCall | VoteMethod::ShowOfHands => {}
        }
        blocks
    }

    fn actions(&self) -> Vec<Block> {
        let l = self.labels;
        let mut blocks = vec![heading(&l.actions, 16.0)];
        if self.minutes.actions.is_empty() {
            blocks.push(Block::Paragraph(Paragraph::new(&l.no_actions, BODY)));
            return blocks;
        }
        blocks.push(Block::Table(Table {
            header: vec![
                l.action_number.clone(),
                l.action.clone(),
                l.owner.clone(),
                l.due.clone(),
                l.status.clone(),
            ],
            rows: self
                .minutes
                .actions
                .iter()
                .enumerate()
                .map(|(n, action)| self.action_row(n + 1, action))
                .collect(),
            widths: Some(vec![0.55, 4.4, 3.3, 1.35, 1.25]),
            style: TextStyle::body(8.5),
        }));
        blocks
    }

    fn action_row(&self, number: usize, action: &ActionItem) -> Vec<String> {
        let owner = if action.owner_person.trim().is_empty() {
            action.owner_name.clone()
        } else {
            format!("{} — {}", action.owner_name, action.owner_person.trim())
        };
        vec![
            number.to_string(),
            action.title.clone(),
            owner,
            action
                .due_on
                .map_or_else(|| "—".to_string(), |d| d.to_string()),
            self.labels.action_status(action.status),
        ]
    }

    fn errata(&self) -> Vec<Block> {
        let l = self.labels;
        if self.minutes.errata.is_empty() {
            return Vec::new();
        }
        let mut blocks = vec![heading(&l.errata, 16.0)];
        for erratum in &self.minutes.errata {
            let mut text = format!("{} — {}", erratum.recorded_on, erratum.text.trim());
            if !erratum.by.trim().is_empty() {
                text.push_str(&format!(" ({})", l.recorded_by(erratum.by.trim())));
            }
            blocks.push(entry(text, 0.0));
        }
        blocks
    }

    /// The chair's and the secretary's signature lines, never split across pages.
    fn signatures(&self) -> Vec<Block> {
        let l = self.labels;
        let field = |label: &str, value: Option<String>, space_before: f32| {
            Block::Field(Field {
                label: format!("{label}:"),
                value,
                style: BODY,
                label_width: FACT_LABEL_WIDTH,
                rule_length: 220.0,
                space_before,
            })
        };
        let name = |name: &str| Some(name.trim().to_string()).filter(|n| !n.is_empty());
        let mut group = vec![Block::Paragraph(
            Paragraph::new(&l.signatures, HEADING).spaced(0.0, 8.0),
        )];
        for (role, who) in [
            (&l.chair, &self.minutes.chair),
            (&l.secretary, &self.minutes.secretary),
        ] {
            group.push(field(role, name(who), 6.0));
            group.push(field(&l.signature, None, 22.0));
            group.push(field(&l.date, None, 10.0));
            group.push(Block::Space(10.0));
        }
        group.push(Block::Paragraph(Paragraph::new(
            l.printed_on(&self.minutes.printed_on.to_string()),
            SMALL,
        )));
        vec![Block::Space(18.0), Block::Group(group)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_in_the_minutes_language() {
        assert_eq!(
            Labels::of(Language::En).long_date("2026-03-12"),
            "12 March 2026"
        );
        assert_eq!(
            Labels::of(Language::Fr).long_date("2026-08-01"),
            "1er août 2026"
        );
        assert_eq!(
            Labels::of(Language::Fr).long_date("2026-12-21"),
            "21 décembre 2026"
        );
        assert_eq!(
            Labels::in_locale(Locale::Nl).long_date("2026-03-12"),
            "12 maart 2026"
        );
        assert_eq!(
            Labels::in_locale(Locale::Nl).long_date("2026-08-01"),
            "1 augustus 2026"
        );
        assert_eq!(
            Labels::of(Language::Fr).long_date("not a date"),
            "not a date"
        );
        assert_eq!(
            Labels::of(Language::En).long_date("2026-13-01"),
            "2026-13-01"
        );
    }

    #[test]
    fn every_month_has_its_own_name_in_every_language() {
        for locale in Locale::ALL {
            let labels = Labels::in_locale(locale);
            let names: Vec<String> = (1..=12)
                .map(|month| labels.long_date(&format!("2026-{month:02}-15")))
                .collect();
            for (n, name) in names.iter().enumerate() {
                assert!(!names[..n].contains(name), "{locale:?} repeats {name}");
            }
        }
    }

    #[test]
    fn stored_codes_read_as_words_and_unknown_ones_pass_through() {
        let fr = Labels::of(Language::Fr);
        assert_eq!(fr.vote_outcome("carried"), "Adoptée");
        assert_eq!(fr.choice("abstain"), "Abstention");
        assert_eq!(fr.choice("2 yes / 1 no"), "2 yes / 1 no");
        assert_eq!(Labels::of(Language::En).capacity("observer"), "observer");
        let nl = Labels::in_locale(Locale::Nl);
        assert_eq!(nl.capacity("guest"), "gast");
        assert_eq!(nl.vote_outcome("rejected"), "Verworpen");
        assert_eq!(nl.action_status(ActionStatus::Done), "Afgerond");
    }

    #[test]
    fn dutch_minutes_read_as_dutch_minutes() {
        let nl = Labels::in_locale(Locale::Nl);
        assert_eq!(nl.minutes, "Notulen");
        assert_eq!(nl.meeting_no(7), "Vergadering nr. 7");
        assert_eq!(nl.present, "Aanwezig");
        assert_eq!(nl.apologies, "Afwezig met kennisgeving");
        assert_eq!(nl.decisions, "Besluiten");
        assert_eq!(nl.actions, "Actiepunten");
        assert_eq!(nl.printed_on("2026-11-25"), "Afgedrukt op 25 november 2026");
        assert_eq!(
            nl.represented_by("Stichting Noord", "Vereniging Zuid"),
            "Stichting Noord, vertegenwoordigd door Vereniging Zuid"
        );
        assert_eq!(
            nl.meeting_kind(MeetingKind::Extraordinary),
            "Buitengewone vergadering"
        );
    }

    #[test]
    fn english_and_french_words_are_unchanged() {
        let en = Labels::of(Language::En);
        assert_eq!(en.meeting_no(3), "Meeting no. 3");
        assert_eq!(en.printed_on("2026-03-12"), "Printed on 12 March 2026");
        assert_eq!(
            en.recorded_by("the Secretariat"),
            "recorded by the Secretariat"
        );
        let fr = Labels::of(Language::Fr);
        assert_eq!(fr.meeting_no(3), "Réunion n° 3");
        assert_eq!(
            fr.presented_by("la Présidente"),
            "Présenté par la Présidente"
        );
        assert_eq!(fr.vote_method(VoteMethod::ShowOfHands), "À main levée");
        assert_eq!(fr.item_kind(ItemKind::Decision), "Pour décision");
        assert_eq!(fr.no_actions, "Aucune action n’a été décidée.");
    }
}
