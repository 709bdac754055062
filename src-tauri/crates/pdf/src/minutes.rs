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

/// The fixed words of printed minutes in one language.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub language: Language,
    pub minutes: &'static str,
    /// "Meeting no. {n}".
    pub meeting_no: &'static str,
    pub kind: &'static str,
    pub date: &'static str,
    pub time: &'static str,
    pub place: &'static str,
    pub online: &'static str,
    pub convenor: &'static str,
    pub status: &'static str,
    /// The large mark on the first page of a draft and in its running header.
    pub draft_mark: &'static str,
    pub draft: &'static str,
    pub circulated: &'static str,
    pub approved: &'static str,
    pub attendance: &'static str,
    pub present: &'static str,
    pub no_chamber: &'static str,
    pub apologies: &'static str,
    pub absent: &'static str,
    pub proxies: &'static str,
    /// "{principal}, represented by {holder}".
    pub represented_by: &'static str,
    pub observers_and_guests: &'static str,
    pub observer: &'static str,
    pub guest: &'static str,
    pub proceedings: &'static str,
    /// "Presented by {presenter}".
    pub presented_by: &'static str,
    pub outcome: &'static str,
    pub vote: &'static str,
    pub method: &'static str,
    pub result: &'static str,
    pub member: &'static str,
    pub secret_ballot_note: &'static str,
    pub decisions: &'static str,
    /// The papers put before the meeting under an item.
    pub papers: &'static str,
    pub actions: &'static str,
    pub action_number: &'static str,
    pub action: &'static str,
    pub owner: &'static str,
    pub due: &'static str,
    pub no_actions: &'static str,
    pub errata: &'static str,
    /// "recorded by {by}".
    pub recorded_by: &'static str,
    pub signatures: &'static str,
    pub chair: &'static str,
    pub secretary: &'static str,
    pub signature: &'static str,
    pub printed_on: &'static str,
}

impl Labels {
    pub fn of(language: Language) -> Labels {
        match language {
            Language::En => Labels {
                language,
                minutes: "Minutes",
                meeting_no: "Meeting no. {n}",
                kind: "Kind",
                date: "Date",
                time: "Time",
                place: "Place",
                online: "Online",
                convenor: "Convened by",
                status: "Status",
                draft_mark: "DRAFT — NOT APPROVED",
                draft: "Draft, not yet approved",
                circulated: "Circulated to the members for approval",
                approved: "Approved",
                attendance: "Attendance",
                present: "Present",
                no_chamber: "Members without a chamber",
                apologies: "Apologies",
                absent: "Absent",
                proxies: "Represented by proxy",
                represented_by: "{principal}, represented by {holder}",
                observers_and_guests: "Observers and guests",
                observer: "observer",
                guest: "guest",
                proceedings: "Proceedings",
                presented_by: "Presented by {presenter}",
                outcome: "Outcome",
                vote: "Vote",
                method: "Method",
                result: "Result",
                member: "Member",
                secret_ballot_note: "Secret ballot: individual votes are not recorded.",
                decisions: "Decisions",
                papers: "Papers",
                actions: "Action items",
                action_number: "No.",
                action: "Action",
                owner: "Owner",
                due: "Due",
                no_actions: "No action items were agreed.",
                errata: "Errata",
                recorded_by: "recorded by {by}",
                signatures: "Signatures",
                chair: "Chair",
                secretary: "Secretary",
                signature: "Signature",
                printed_on: "Printed on {date}",
            },
            Language::Fr => Labels {
                language,
                minutes: "Procès-verbal",
                meeting_no: "Réunion n° {n}",
                kind: "Type",
                date: "Date",
                time: "Heure",
                place: "Lieu",
                online: "En ligne",
                convenor: "Convoquée par",
                status: "Statut",
                draft_mark: "PROJET — NON APPROUVÉ",
                draft: "Projet, non encore approuvé",
                circulated: "Diffusé aux membres pour approbation",
                approved: "Approuvé",
                attendance: "Présences",
                present: "Présents",
                no_chamber: "Membres sans collège",
                apologies: "Excusés",
                absent: "Absents",
                proxies: "Représentés par procuration",
                represented_by: "{principal}, représenté par {holder}",
                observers_and_guests: "Observateurs et invités",
                observer: "observateur",
                guest: "invité",
                proceedings: "Déroulement de la réunion",
                presented_by: "Présenté par {presenter}",
                outcome: "Conclusion",
                vote: "Vote",
                method: "Mode de scrutin",
                result: "Résultat",
                member: "Membre",
                secret_ballot_note: "Scrutin secret : les votes individuels ne sont pas consignés.",
                decisions: "Décisions",
                papers: "Documents",
                actions: "Actions à mener",
                action_number: "N°",
                action: "Action",
                owner: "Responsable",
                due: "Échéance",
                no_actions: "Aucune action n’a été décidée.",
                errata: "Errata",
                recorded_by: "consigné par {by}",
                signatures: "Signatures",
                chair: "Président(e)",
                secretary: "Secrétaire",
                signature: "Signature",
                printed_on: "Imprimé le {date}",
            },
        }
    }

    pub fn meeting_kind(&self, kind: MeetingKind) -> &'static str {
        match (self.language, kind) {
            (Language::En, MeetingKind::Ordinary) => "Ordinary meeting",
            (Language::En, MeetingKind::Extraordinary) => "Extraordinary meeting",
            (Language::En, MeetingKind::WorkingSession) => "Working session",
            (Language::Fr, MeetingKind::Ordinary) => "Réunion ordinaire",
            (Language::Fr, MeetingKind::Extraordinary) => "Réunion extraordinaire",
            (Language::Fr, MeetingKind::WorkingSession) => "Séance de travail",
        }
    }

    pub fn item_kind(&self, kind: ItemKind) -> &'static str {
        match (self.language, kind) {
            (Language::En, ItemKind::Information) => "For information",
            (Language::En, ItemKind::Discussion) => "For discussion",
            (Language::En, ItemKind::Decision) => "For decision",
            (Language::Fr, ItemKind::Information) => "Pour information",
            (Language::Fr, ItemKind::Discussion) => "Pour discussion",
            (Language::Fr, ItemKind::Decision) => "Pour décision",
        }
    }

    pub fn vote_method(&self, method: VoteMethod) -> &'static str {
        match (self.language, method) {
            (Language::En, VoteMethod::RollCall) => "Roll call",
            (Language::En, VoteMethod::ShowOfHands) => "Show of hands",
            (Language::En, VoteMethod::Secret) => "Secret ballot",
            (Language::Fr, VoteMethod::RollCall) => "Appel nominal",
            (Language::Fr, VoteMethod::ShowOfHands) => "À main levée",
            (Language::Fr, VoteMethod::Secret) => "Scrutin secret",
        }
    }

    /// "carried", "rejected", "no_quorum" in words; anything else as given.
    pub fn vote_outcome<'a>(&self, outcome: &'a str) -> &'a str {
        match (self.language, outcome) {
            (Language::En, "carried") => "Carried",
            (Language::En, "rejected") => "Rejected",
            (Language::En, "no_quorum") => "No quorum",
            (Language::Fr, "carried") => "Adoptée",
            (Language::Fr, "rejected") => "Rejetée",
            (Language::Fr, "no_quorum") => "Quorum non atteint",
            _ => outcome,
        }
    }

    /// A member's vote in a roll call: "yes", "no", "abstain" in words; a split as given.
    pub fn choice<'a>(&self, choice: &'a str) -> &'a str {
        match (self.language, choice) {
            (Language::En, "yes") => "Yes",
            (Language::En, "no") => "No",
            (Language::En, "abstain") => "Abstain",
            (Language::Fr, "yes") => "Pour",
            (Language::Fr, "no") => "Contre",
            (Language::Fr, "abstain") => "Abstention",
            _ => choice,
        }
    }

    pub fn action_status(&self, status: ActionStatus) -> &'static str {
        match (self.language, status) {
            (Language::En, ActionStatus::Open) => "Open",
            (Language::En, ActionStatus::InProgress) => "In progress",
            (Language::En, ActionStatus::Done) => "Done",
            (Language::En, ActionStatus::Dropped) => "Dropped",
            (Language::Fr, ActionStatus::Open) => "Ouverte",
            (Language::Fr, ActionStatus::InProgress) => "En cours",
            (Language::Fr, ActionStatus::Done) => "Terminée",
            (Language::Fr, ActionStatus::Dropped) => "Abandonnée",
        }
    }

    /// "observer" or "guest" (the stored capacity) in words.
    pub fn capacity<'a>(&self, capacity: &'a str) -> &'a str {
        match capacity {
            "observer" => self.observer,
            "guest" => self.guest,
            _ => capacity,
        }
    }

    /// "12 March 2026" / "12 mars 2026"; the ISO form if it cannot be read.
    pub fn long_date(&self, iso: &str) -> String {
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        const FR: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        let Some((year, month, day)) = ymd(iso) else {
            return iso.to_string();
        };
        let months = match self.language {
            Language::En => &EN,
            Language::Fr => &FR,
        };
        match months.get(usize::from(month).wrapping_sub(1)) {
            Some(name) if self.language == Language::Fr && day == 1 => {
                format!("1er {name} {year}")
            }
            Some(name) => format!("{day} {name} {year}"),
            None => iso.to_string(),
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

    let meeting_no = labels
        .meeting_no
        .replace("{n}", &meeting.number.to_string());
    let header_right = if minutes.status == MinutesStatus::Draft {
        format!("{} · {}", labels.draft_mark, labels.minutes)
    } else {
        labels.minutes.to_string()
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
pub(crate) fn papers(item: &PrintableItem, labels: &Labels) -> Vec<Block> {
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
                size(paper.size_bytes, labels.language)
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
                        l.meeting_no.replace("{n}", &meeting.number.to_string())
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
                Paragraph::new(l.draft_mark, centred(15.0, true)).spaced(2.0, 2.0),
            ));
            blocks.push(Block::Rule);
        }
        blocks.push(Block::Space(8.0));
        blocks.push(self.fact(l.kind, l.meeting_kind(meeting.kind)));
        blocks.push(self.fact(l.date, &l.long_date(&meeting.date.to_string())));
        blocks.push(self.fact(
            l.time,
            &format!(
                "{}–{} ({})",
                meeting.starts_at, meeting.ends_at, meeting.time_zone
            ),
        ));
        if !meeting.place.trim().is_empty() {
            blocks.push(self.fact(l.place, &meeting.place));
        }
        if !meeting.online_link.trim().is_empty() {
            blocks.push(self.fact(l.online, &meeting.online_link));
        }
        if !meeting.convenor.trim().is_empty() {
            blocks.push(self.fact(l.convenor, &meeting.convenor));
        }
        let status = match m.status {
            MinutesStatus::Draft => l.draft.to_string(),
            MinutesStatus::Circulated => l.circulated.to_string(),
            MinutesStatus::Approved if m.approval.trim().is_empty() => l.approved.to_string(),
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
        let mut blocks = vec![heading(l.attendance, 10.0)];
        blocks.push(subheading(l.present));
        let named_chambers = m.present.iter().any(|c| c.chamber.is_some());
        for chamber in &m.present {
            blocks.extend(self.chamber(chamber, named_chambers));
        }
        let lists: [(&str, Vec<String>); 4] = [
            (l.apologies, m.apologies.clone()),
            (l.absent, m.absent.clone()),
            (
                l.proxies,
                m.proxies
                    .iter()
                    .map(|p| {
                        l.represented_by
                            .replace("{principal}", &p.principal)
                            .replace("{holder}", &p.holder)
                    })
                    .collect(),
            ),
            (
                l.observers_and_guests,
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
            let name = chamber.chamber.as_deref().unwrap_or(self.labels.no_chamber);
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
        let mut blocks = vec![heading(self.labels.proceedings, 14.0)];
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
        let mut opening = l.item_kind(item.kind).to_string();
        if !item.presenter.trim().is_empty() {
            opening.push_str(" · ");
            opening.push_str(&l.presented_by.replace("{presenter}", item.presenter.trim()));
        }
        if !item.summary.trim().is_empty() {
            opening.push('\n');
            opening.push_str(item.summary.trim());
        }
        blocks.push(Block::Paragraph(under_item(opening, BODY).spaced(0.0, 3.0)));
        blocks.extend(papers(item, l));
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
                under_item(l.secret_ballot_note, SMALL).spaced(0.0, 3.0),
            )),
            VoteMethod::RollCall if !vote.roll_call.is_empty() => {
                blocks.push(Block::Table(Table {
                    header: vec![l.member.to_string(), l.vote.to_string()],
                    rows: vote
                        .roll_call
                        .iter()
                        .map(|(member, choice)| vec![member.clone(), l.choice(choice).to_string()])
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
        let mut blocks = vec![heading(l.actions, 16.0)];
        if self.minutes.actions.is_empty() {
            blocks.push(Block::Paragraph(Paragraph::new(l.no_actions, BODY)));
            return blocks;
        }
        blocks.push(Block::Table(Table {
            header: vec![
                l.action_number.to_string(),
                l.action.to_string(),
                l.owner.to_string(),
                l.due.to_string(),
                l.status.to_string(),
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
            self.labels.action_status(action.status).to_string(),
        ]
    }

    fn errata(&self) -> Vec<Block> {
        let l = self.labels;
        if self.minutes.errata.is_empty() {
            return Vec::new();
        }
        let mut blocks = vec![heading(l.errata, 16.0)];
        for erratum in &self.minutes.errata {
            let mut text = format!("{} — {}", erratum.recorded_on, erratum.text.trim());
            if !erratum.by.trim().is_empty() {
                text.push_str(&format!(
                    " ({})",
                    l.recorded_by.replace("{by}", erratum.by.trim())
                ));
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
            Paragraph::new(l.signatures, HEADING).spaced(0.0, 8.0),
        )];
        for (role, who) in [
            (l.chair, &self.minutes.chair),
            (l.secretary, &self.minutes.secretary),
        ] {
            group.push(field(role, name(who), 6.0));
            group.push(field(l.signature, None, 22.0));
            group.push(field(l.date, None, 10.0));
            group.push(Block::Space(10.0));
        }
        group.push(Block::Paragraph(Paragraph::new(
            l.printed_on
                .replace("{date}", &l.long_date(&self.minutes.printed_on.to_string())),
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
            Labels::of(Language::Fr).long_date("not a date"),
            "not a date"
        );
    }

    #[test]
    fn stored_codes_read_as_words_and_unknown_ones_pass_through() {
        let fr = Labels::of(Language::Fr);
        assert_eq!(fr.vote_outcome("carried"), "Adoptée");
        assert_eq!(fr.choice("abstain"), "Abstention");
        assert_eq!(fr.choice("2 yes / 1 no"), "2 yes / 1 no");
        assert_eq!(Labels::of(Language::En).capacity("observer"), "observer");
    }
}
