//! Meeting use cases: scheduling, the agenda, attendance and the live quorum, votes taken
//! under an item (the voting engine on the roll as it stands at that moment), decisions with
//! their references, action items, and the approval of the minutes. One transaction each.

use serde::{Deserialize, Serialize};

use crate::voting::{as_secret_within, body_roll, close_within, in_reader_language, VoteInput};
use crate::{said, ApiError, ApiResult, ErrorCode, Partnership, Said};
use pacta_core::agreement::Language;
use pacta_core::meeting::{
    check_attendance, roll_at, ActionDraft, ActionItem, ActionStatus, AgendaItem, AgendaItemDraft,
    Attendance, AttendanceError, ClockTime, Decision, Erratum, Guest, ItemPaper, Meeting,
    MeetingDraft, MinutesStatus, MinutesTransitionError, Recipient, StandardItem,
};
use pacta_core::voting::{
    tally, Ballots, Presence, ProtocolVersion, QuorumCheck, Roll, VoteRecord,
};
use pacta_core::{text, ActivityEntry, Field, IsoDate, Problem, Role};
use pacta_messages::Messages;
use pacta_store::actions::ActionFilter;
use pacta_store::decisions::DecisionFilter;
use pacta_store::{
    actions, activity, agenda, bodies, decisions, meeting_papers, meetings, organisations,
    protocols, representatives, votes, Connection,
};

/// A seat of the body, for the attendance form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Seat {
    pub organisation_id: i64,
    pub name: String,
    pub chamber: Option<String>,
    pub role: Role,
    pub weight: u32,
    pub representatives: Vec<String>,
}

/// The quorum as it stands at a moment of the meeting, under one of the body's protocols.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct QuorumNow {
    pub at: ClockTime,
    pub protocol_id: i64,
    pub protocol_name: String,
    /// Every quorum rule holds (true when the protocol sets none).
    pub held: bool,
    pub checks: Vec<QuorumCheck>,
    pub presence: Presence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ItemDetail {
    pub item: AgendaItem,
    pub votes: Vec<VoteRecord>,
    pub decisions: Vec<Decision>,
    pub actions: Vec<ActionItem>,
    /// The papers put before the meeting under the item, oldest first.
    pub papers: Vec<ItemPaper>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    pub attendance: Vec<Attendance>,
    pub guests: Vec<Guest>,
    pub seats: Vec<Seat>,
    pub items: Vec<ItemDetail>,
    /// Open actions of the body's earlier meetings.
    pub matters_arising: Vec<ActionItem>,
    pub protocols: Vec<ProtocolVersion>,
    /// At the start of the meeting, under the body's first protocol.
    pub quorum: Option<QuorumNow>,
    pub circulated_on: Option<String>,
    pub circulated_to: Vec<String>,
    pub approved_on: Option<String>,
    pub approved_by: Option<String>,
    pub errata: Vec<Erratum>,
    /// Who the minutes go to by default: the body's distribution list, or, while the body
    /// keeps none, the representatives of its members who have an address.
    pub distribution: Vec<String>,
    /// `distribution` is the body's own list.
    pub distribution_from_body: bool,
    /// The body's rules let the chair approve the minutes; otherwise only a decision of a
    /// later meeting does.
    pub chair_approves_minutes: bool,
    pub history: Vec<ActivityEntry>,
}

/// A motion put to the vote under an agenda item, at a moment of the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct MotionInput {
    pub item_id: i64,
    pub protocol_id: i64,
    pub motion: String,
    /// When the vote is taken: presence and proxies are those of that moment.
    pub at: ClockTime,
    /// The member presiding (casting vote, where the protocol grants one).
    pub presiding_id: Option<i64>,
    pub ballots: Ballots,
    /// Keep only anonymous papers and the list of who voted.
    pub secret: bool,
}

/// Who approved the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Approval {
    /// A decision of a later meeting of the same body, by reference.
    Decision { reference: String },
    /// The chair, where the body's rules allow it.
    Chair { name: String },
}

fn invalid(said: Said) -> ApiError {
    ApiError::new(ErrorCode::InvalidMeeting, said)
}

/// Why attendance cannot be recorded, as a sentence.
fn attendance_said(error: &AttendanceError) -> Said {
    match error {
        AttendanceError::NotAMember { organisation_id } => said!(
            "error-attendance-not-a-member",
            organisation = *organisation_id
        ),
        AttendanceError::Twice { organisation_id } => {
            said!("error-attendance-twice", organisation = *organisation_id)
        }
        AttendanceError::ProxyWithoutHolder { principal } => {
            said!(
                "error-attendance-proxy-without-holder",
                principal = *principal
            )
        }
        AttendanceError::ProxyHolderAbsent { principal, holder } => said!(
            "error-attendance-proxy-holder-absent",
            principal = *principal,
            holder = *holder
        ),
        AttendanceError::MovementsOutOfOrder { organisation_id } => said!(
            "error-attendance-movements-out-of-order",
            organisation = *organisation_id
        ),
    }
}

/// Why the minutes cannot make a move, as a sentence.
fn minutes_move_said(error: &MinutesTransitionError) -> Said {
    // The core gives its reason in English words; they are matched back to a key so that the
    // reason reads in the reader's language.
    let reason = match error.why.as_str() {
        "approved minutes are frozen; record an erratum instead" => "frozen",
        "minutes are circulated to the members before approval" => "circulate-first",
        _ => "other",
    };
    let status = |status: MinutesStatus| said!("error-minutes-status", status = status.code());
    said!(
        "error-minutes-move",
        from = status(error.from),
        to = status(error.to),
        reason = reason
    )
}

pub fn schedule(
    partnership: &mut Partnership,
    body_id: i64,
    draft: &MeetingDraft,
) -> ApiResult<Meeting> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        let id = meetings::create(conn, stamp, body_id, &valid)?;
        Ok(meetings::get(conn, id)?)
    })
}

pub fn reschedule(
    partnership: &mut Partnership,
    id: i64,
    draft: &MeetingDraft,
) -> ApiResult<Meeting> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        meetings::update(conn, stamp, id, &valid)?;
        Ok(meetings::get(conn, id)?)
    })
}

pub fn delete(partnership: &mut Partnership, id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(meetings::delete(conn, stamp, id)?))
}

pub fn list(partnership: &Partnership, body_id: Option<i64>) -> ApiResult<Vec<Meeting>> {
    Ok(meetings::list(partnership.conn(), body_id)?)
}

fn seats(conn: &Connection, body_id: i64) -> ApiResult<Vec<Seat>> {
    let mut seats = Vec::new();
    for membership in bodies::members_of(conn, body_id)? {
        let organisation = organisations::get(conn, membership.organisation_id)?;
        seats.push(Seat {
            organisation_id: membership.organisation_id,
            name: organisation.name,
            chamber: organisation.chamber,
            role: membership.role,
            weight: membership.weight,
            representatives: representatives::of_organisation(conn, membership.organisation_id)?
                .into_iter()
                .map(|r| r.name)
                .collect(),
        });
    }
    Ok(seats)
}

/// The body's roll as it stands at `at` of the meeting.
pub(crate) fn roll_of_meeting(
    conn: &Connection,
    meeting: &Meeting,
    at: ClockTime,
    presiding: Option<i64>,
) -> ApiResult<Roll> {
    let everyone_absent = Roll {
        members: Vec::new(),
        proxies: Vec::new(),
    };
    let roll = body_roll(conn, meeting.body_id, &everyone_absent)?;
    let (attendance, _) = meetings::attendance(conn, meeting.id)?;
    let mut roll = roll_at(&roll, &attendance, at);
    if let Some(presiding) = presiding {
        let id = presiding.to_string();
        for member in &mut roll.members {
            member.presiding = member.id == id;
        }
    }
    Ok(roll)
}

/// The quorum at `at`, under the protocol given or the body's first one.
pub fn quorum_at(
    partnership: &Partnership,
    meeting_id: i64,
    at: ClockTime,
    protocol_id: Option<i64>,
) -> ApiResult<QuorumNow> {
    quorum_within(partnership.conn(), meeting_id, at, protocol_id)
}

fn quorum_within(
    conn: &Connection,
    meeting_id: i64,
    at: ClockTime,
    protocol_id: Option<i64>,
) -> ApiResult<QuorumNow> {
    let meeting = meetings::get(conn, meeting_id)?;
    let protocol = match protocol_id {
        Some(id) => protocols::get(conn, id)?,
        None => protocols::current(conn, Some(meeting.body_id))?
            .into_iter()
            .next()
            .ok_or_else(|| invalid(said!("error-no-protocol-yet", body = &meeting.body_name)))?,
    };
    let roll = roll_of_meeting(conn, &meeting, at, None)?;
    let no_ballots = Ballots::RollCall {
        ballots: Vec::new(),
        casting: None,
    };
    let report = tally(&protocol.protocol, &roll, &no_ballots)
        .map_err(|error| crate::voting::invalid_vote(&error))?;
    Ok(QuorumNow {
        at,
        protocol_id: protocol.id,
        protocol_name: protocol.name,
        held: report.quorum.iter().all(|q| q.held),
        checks: report.quorum,
        presence: report.presence,
    })
}

pub fn detail(partnership: &Partnership, id: i64) -> ApiResult<MeetingDetail> {
    detail_within(partnership.conn(), id, partnership.messages())
}

fn detail_within(conn: &Connection, id: i64, messages: &Messages) -> ApiResult<MeetingDetail> {
    let meeting = meetings::get(conn, id)?;
    let (attendance, guests) = meetings::attendance(conn, id)?;
    let item_votes = agenda::votes_of_meeting(conn, id)?;
    let meeting_decisions = decisions::list(
        conn,
        &DecisionFilter {
            meeting_id: Some(id),
            ..Default::default()
        },
    )?;
    let meeting_actions = actions::list(
        conn,
        &ActionFilter {
            meeting_id: Some(id),
            ..Default::default()
        },
    )?;
    let papers = meeting_papers::of_meeting(conn, id)?;
    let mut items = Vec::new();
    for item in agenda::of_meeting(conn, id)? {
        let mut item_vote_records = Vec::new();
        for (_, vote_id) in item_votes.iter().filter(|(item_id, _)| *item_id == item.id) {
            item_vote_records.push(in_reader_language(votes::get(conn, *vote_id)?, messages));
        }
        let mut item_decisions: Vec<Decision> = meeting_decisions
            .iter()
            .filter(|d| d.agenda_item_id == Some(item.id))
            .cloned()
            .collect();
        item_decisions.reverse();
        items.push(ItemDetail {
            votes: item_vote_records,
            decisions: item_decisions,
            actions: meeting_actions
                .iter()
                .filter(|a| a.agenda_item_id == Some(item.id))
                .cloned()
                .collect(),
            papers: papers
                .iter()
                .filter(|p| p.agenda_item_id == item.id)
                .cloned()
                .collect(),
            item,
        });
    }
    let approval = meetings::approval(conn, id)?;
    let seats = seats(conn, meeting.body_id)?;
    let rules = bodies::minutes_rules(conn, meeting.body_id)?;
    let distribution_from_body = !rules.distribution.is_empty();
    let distribution = if distribution_from_body {
        rules.distribution.iter().map(Recipient::line).collect()
    } else {
        representatives_with_an_address(conn, &seats)?
    };
    Ok(MeetingDetail {
        attendance,
        guests,
        seats,
        items,
        matters_arising: actions::list(
            conn,
            &ActionFilter {
                open_only: true,
                before_meeting: Some(id),
                ..Default::default()
            },
        )?,
        protocols: protocols::current(conn, Some(meeting.body_id))?,
        quorum: quorum_within(conn, id, meeting.starts_at, None).ok(),
        circulated_on: approval.circulated_on,
        circulated_to: approval.circulated_to,
        approved_on: approval.approved_on,
        approved_by: approval.approved_by,
        errata: meetings::errata(conn, id)?,
        distribution,
        distribution_from_body,
        chair_approves_minutes: rules.chair_approves,
        history: activity::in_language(
            activity::recent(conn, Some(("meeting", id)), 200)?,
            messages,
        ),
        meeting,
    })
}

/// "Name <address>" of each representative of the body's members who has an address.
fn representatives_with_an_address(conn: &Connection, seats: &[Seat]) -> ApiResult<Vec<String>> {
    let mut lines = Vec::new();
    for seat in seats {
        for person in representatives::of_organisation(conn, seat.organisation_id)? {
            if !person.email.is_empty() {
                lines.push(format!("{} <{}>", person.name, person.email));
            }
        }
    }
    Ok(lines)
}

/// Records attendance: every member named must sit in the body, a proxy needs a present
/// holder and a body whose protocols allow proxies, a representative must be the member's.
pub fn set_attendance(
    partnership: &mut Partnership,
    meeting_id: i64,
    attendance: &[Attendance],
    guests: &[Guest],
) -> ApiResult<MeetingDetail> {
    let messages = partnership.messages();
    partnership.write(|conn, stamp| {
        let meeting = meetings::get(conn, meeting_id)?;
        let seats = seats(conn, meeting.body_id)?;
        let members: Vec<i64> = seats.iter().map(|s| s.organisation_id).collect();
        check_attendance(&members, attendance).map_err(|error| invalid(attendance_said(&error)))?;
        for entry in attendance {
            let seat = seats
                .iter()
                .find(|s| s.organisation_id == entry.organisation_id)
                .expect("checked above");
            let person = entry.representative.trim();
            if !person.is_empty()
                && !seat
                    .representatives
                    .iter()
                    .any(|r| text::name_key(r) == text::name_key(person))
            {
                return Err(crate::error::not_a_representative(person, &seat.name));
            }
            if entry.status == pacta_core::meeting::AttendanceStatus::Proxy {
                let allowed = protocols::current(conn, Some(meeting.body_id))?
                    .iter()
                    .any(|p| p.protocol.proxies.is_some());
                if !allowed {
                    return Err(invalid(said!(
                        "error-attendance-no-proxies",
                        body = &meeting.body_name,
                        member = &seat.name
                    )));
                }
            }
        }
        for guest in guests {
            text::required(Field::Name, &guest.name, 200)?;
        }
        meetings::set_attendance(conn, stamp, meeting_id, attendance, guests)?;
        detail_within(conn, meeting_id, messages)
    })
}

pub fn add_item(
    partnership: &mut Partnership,
    meeting_id: i64,
    draft: &AgendaItemDraft,
) -> ApiResult<AgendaItem> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        meetings::get(conn, meeting_id)?;
        let id = agenda::add(conn, stamp, meeting_id, &valid)?;
        Ok(agenda::get(conn, id)?)
    })
}

/// Adds the usual opening items (adoption of the agenda, previous minutes, matters arising)
/// and any other business, in the meeting's language, skipping those already there.
pub fn add_standard_items(
    partnership: &mut Partnership,
    meeting_id: i64,
    language: Language,
) -> ApiResult<Vec<AgendaItem>> {
    partnership.write(|conn, stamp| {
        let existing: Vec<Option<StandardItem>> = agenda::of_meeting(conn, meeting_id)?
            .iter()
            .map(|i| i.standard)
            .collect();
        for (index, standard) in StandardItem::ALL.iter().enumerate() {
            if existing.contains(&Some(*standard)) {
                continue;
            }
            let valid = AgendaItemDraft {
                title: standard.title(language).into(),
                kind: standard.kind().code().into(),
                standard: Some(*standard),
                ..Default::default()
            }
            .validate()?;
            let id = agenda::add(conn, stamp, meeting_id, &valid)?;
            if *standard != StandardItem::AnyOtherBusiness {
                agenda::move_to(conn, stamp, id, index as u32 + 1)?;
            }
        }
        Ok(agenda::of_meeting(conn, meeting_id)?)
    })
}

pub fn update_item(
    partnership: &mut Partnership,
    item_id: i64,
    draft: &AgendaItemDraft,
) -> ApiResult<AgendaItem> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        agenda::update(conn, stamp, item_id, &valid)?;
        Ok(agenda::get(conn, item_id)?)
    })
}

pub fn move_item(
    partnership: &mut Partnership,
    item_id: i64,
    position: u32,
) -> ApiResult<Vec<AgendaItem>> {
    partnership.write(|conn, stamp| {
        agenda::move_to(conn, stamp, item_id, position)?;
        Ok(agenda::of_meeting(
            conn,
            agenda::get(conn, item_id)?.meeting_id,
        )?)
    })
}

pub fn remove_item(partnership: &mut Partnership, item_id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(agenda::remove(conn, stamp, item_id)?))
}

pub fn set_item_minutes(
    partnership: &mut Partnership,
    item_id: i64,
    summary: &str,
    outcome: &str,
) -> ApiResult<AgendaItem> {
    let summary = text::optional(Field::Summary, summary, 50_000)?;
    let outcome = text::optional(Field::Summary, outcome, 5_000)?;
    partnership.write(|conn, stamp| {
        agenda::set_minutes(conn, stamp, item_id, &summary, &outcome)?;
        Ok(agenda::get(conn, item_id)?)
    })
}

/// Puts a motion to the vote under an item: the roll is the body's as attendance stands at
/// `motion.at`; a vote without quorum is recorded with the outcome `no_quorum`.
pub fn put_to_vote(partnership: &mut Partnership, motion: &MotionInput) -> ApiResult<VoteRecord> {
    let text_of_motion = text::required(Field::Name, &motion.motion, 2000)?;
    let messages = partnership.messages();
    partnership.write(|conn, stamp| {
        let item = agenda::get(conn, motion.item_id)?;
        let meeting = meetings::get(conn, item.meeting_id)?;
        if meeting.minutes_status.is_frozen() {
            return Err(ApiError::new(
                ErrorCode::Immutable,
                Said::new("error-frozen-minutes"),
            ));
        }
        let roll = roll_of_meeting(conn, &meeting, motion.at, motion.presiding_id)?;
        let mut input = VoteInput {
            body_id: meeting.body_id,
            protocol_id: motion.protocol_id,
            motion: text_of_motion.clone(),
            roll,
            ballots: motion.ballots.clone(),
        };
        if motion.secret {
            input.ballots = as_secret_within(conn, &input)?;
        }
        let vote_id = close_within(conn, stamp, &input, &text_of_motion, None)?;
        agenda::link_vote(conn, item.id, vote_id)?;
        Ok(in_reader_language(votes::get(conn, vote_id)?, messages))
    })
}

/// Records a decision under an item (and the vote that took it); its reference is assigned now.
pub fn record_decision(
    partnership: &mut Partnership,
    item_id: i64,
    decision: &str,
    vote_id: Option<i64>,
    pillars: &[String],
) -> ApiResult<Decision> {
    let decision = text::required(Field::Summary, decision, 5_000)?;
    for pillar in pillars {
        if pacta_core::Pillar::parse(pillar).is_none() {
            return Err(ApiError::from(Problem::InvalidChoice {
                field: Field::Pillars,
                value: pillar.clone(),
            }));
        }
    }
    partnership.write(|conn, stamp| {
        let item = agenda::get(conn, item_id)?;
        if let Some(vote_id) = vote_id {
            let linked = agenda::votes_of_meeting(conn, item.meeting_id)?
                .iter()
                .any(|(_, v)| *v == vote_id);
            if !linked {
                return Err(invalid(said!(
                    "error-vote-of-another-meeting",
                    vote = vote_id
                )));
            }
        }
        Ok(decisions::record(
            conn,
            stamp,
            item.meeting_id,
            Some(item_id),
            &decision,
            vote_id,
            pillars,
        )?)
    })
}

pub fn withdraw_decision(partnership: &mut Partnership, decision_id: i64) -> ApiResult<()> {
    partnership.write(|conn, stamp| Ok(decisions::remove(conn, stamp, decision_id)?))
}

/// The decisions register.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, specta::Type)]
pub struct DecisionQuery {
    pub body_id: Option<i64>,
    pub from: Option<IsoDate>,
    pub to: Option<IsoDate>,
    pub pillar: Option<String>,
    pub text: String,
}

pub fn decisions(partnership: &Partnership, query: &DecisionQuery) -> ApiResult<Vec<Decision>> {
    let from = query.from.map(|d| d.to_string());
    let to = query.to.map(|d| d.to_string());
    let text = query.text.trim();
    Ok(decisions::list(
        partnership.conn(),
        &DecisionFilter {
            body_id: query.body_id,
            meeting_id: None,
            from: from.as_deref(),
            to: to.as_deref(),
            pillar: query.pillar.as_deref(),
            text: (!text.is_empty()).then_some(text),
        },
    )?)
}

pub fn add_action(
    partnership: &mut Partnership,
    meeting_id: i64,
    item_id: Option<i64>,
    draft: &ActionDraft,
) -> ApiResult<ActionItem> {
    let valid = draft.validate()?;
    partnership.write(|conn, stamp| {
        meetings::get(conn, meeting_id)?;
        organisations::get(conn, valid.owner_organisation_id)?;
        let id = actions::add(conn, stamp, meeting_id, item_id, &valid)?;
        Ok(actions::get(conn, id)?)
    })
}

pub fn update_action(
    partnership: &mut Partnership,
    action_id: i64,
    status: ActionStatus,
    note: &str,
) -> ApiResult<ActionItem> {
    let note = text::optional(Field::Notes, note, 5_000)?;
    let today = IsoDate::parse(Field::EffectiveOn, &partnership.clock().today())?;
    partnership.write(|conn, stamp| {
        Ok(actions::update_status(
            conn, stamp, action_id, status, today, &note,
        )?)
    })
}

/// Overdue actions, grouped by owner organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct OwnerActions {
    pub owner_organisation_id: i64,
    pub owner_name: String,
    pub actions: Vec<ActionItem>,
}

pub fn overdue_actions(partnership: &Partnership) -> ApiResult<Vec<OwnerActions>> {
    let today = IsoDate::parse(Field::EffectiveOn, &partnership.clock().today())?;
    let open = actions::list(
        partnership.conn(),
        &ActionFilter {
            open_only: true,
            ..Default::default()
        },
    )?;
    let mut owners: Vec<OwnerActions> = Vec::new();
    for action in open.into_iter().filter(|a| a.is_overdue(today)) {
        match owners
            .iter_mut()
            .find(|o| o.owner_organisation_id == action.owner_organisation_id)
        {
            Some(owner) => owner.actions.push(action),
            None => owners.push(OwnerActions {
                owner_organisation_id: action.owner_organisation_id,
                owner_name: action.owner_name.clone(),
                actions: vec![action],
            }),
        }
    }
    owners.sort_by(|a, b| a.owner_name.cmp(&b.owner_name));
    Ok(owners)
}

/// Sends the draft minutes to the recipients given (names or addresses), or, when none is
/// given, to the meeting's default distribution (see [`MeetingDetail::distribution`]).
pub fn circulate(
    partnership: &mut Partnership,
    meeting_id: i64,
    to: &[String],
) -> ApiResult<MeetingDetail> {
    let mut to: Vec<String> = to
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if to.is_empty() {
        to = detail(partnership, meeting_id)?.distribution;
    }
    if to.is_empty() {
        return Err(ApiError::from(Problem::Required { field: Field::Name }));
    }
    move_minutes(partnership, meeting_id, MinutesStatus::Circulated, &to, "")
}

pub fn approve(
    partnership: &mut Partnership,
    meeting_id: i64,
    approval: &Approval,
) -> ApiResult<MeetingDetail> {
    let by = match approval {
        Approval::Chair { name } => {
            let name = text::required(Field::Name, name, 200)?;
            let conn = partnership.conn();
            let meeting = meetings::get(conn, meeting_id)?;
            if !bodies::minutes_rules(conn, meeting.body_id)?.chair_approves {
                return Err(invalid(said!(
                    "error-chair-may-not-approve",
                    body = &meeting.body_name
                )));
            }
            format!("the chair, {name}")
        }
        Approval::Decision { reference } => {
            let conn = partnership.conn();
            let meeting = meetings::get(conn, meeting_id)?;
            let decision = decisions::list(
                conn,
                &DecisionFilter {
                    body_id: Some(meeting.body_id),
                    text: Some(reference.trim()),
                    ..Default::default()
                },
            )?
            .into_iter()
            .find(|d| d.reference == reference.trim())
            .ok_or_else(|| {
                invalid(said!(
                    "error-no-such-decision",
                    body = &meeting.body_name,
                    reference = reference
                ))
            })?;
            if decision.meeting_id == meeting_id || decision.meeting_date < meeting.date {
                return Err(invalid(said!(
                    "error-approval-by-earlier-decision",
                    reference = &decision.reference
                )));
            }
            format!("decision {}", decision.reference)
        }
    };
    move_minutes(partnership, meeting_id, MinutesStatus::Approved, &[], &by)
}

pub fn return_to_draft(partnership: &mut Partnership, meeting_id: i64) -> ApiResult<MeetingDetail> {
    move_minutes(partnership, meeting_id, MinutesStatus::Draft, &[], "")
}

fn move_minutes(
    partnership: &mut Partnership,
    meeting_id: i64,
    to: MinutesStatus,
    circulated_to: &[String],
    approved_by: &str,
) -> ApiResult<MeetingDetail> {
    let today = partnership.clock().today();
    let messages = partnership.messages();
    partnership.write(|conn, stamp| {
        let meeting = meetings::get(conn, meeting_id)?;
        meeting.minutes_status.move_to(to).map_err(|error| {
            ApiError::new(ErrorCode::LifecycleRefused, minutes_move_said(&error))
        })?;
        meetings::set_minutes_status(
            conn,
            stamp,
            meeting_id,
            to,
            &today,
            circulated_to,
            approved_by,
        )?;
        detail_within(conn, meeting_id, messages)
    })
}

/// A correction to approved minutes, recorded beside them.
pub fn add_erratum(
    partnership: &mut Partnership,
    meeting_id: i64,
    erratum: &str,
) -> ApiResult<MeetingDetail> {
    let erratum = text::required(Field::Summary, erratum, 5_000)?;
    let messages = partnership.messages();
    partnership.write(|conn, stamp| {
        let meeting = meetings::get(conn, meeting_id)?;
        if !meeting.minutes_status.is_frozen() {
            return Err(ApiError::new(
                ErrorCode::LifecycleRefused,
                Said::new("error-minutes-not-approved"),
            ));
        }
        meetings::add_erratum(conn, stamp, meeting_id, &erratum)?;
        detail_within(conn, meeting_id, messages)
    })
}
