//! Meetings through the use cases, on the demo partnership: attendance over time and the
//! quorum of the moment, votes under an item, decision references that are never reused,
//! matters arising, the approval freeze, and the refusals that change nothing.

use pacta_api::meetings::{self, Approval, DecisionQuery, MotionInput};
use pacta_api::{demo, meeting_export, members, Clock, ErrorCode, Partnership};
use pacta_core::agreement::{Language, Paper};
use pacta_core::meeting::{
    ActionDraft, AgendaItemDraft, Attendance, AttendanceStatus, ClockTime, Meeting, MeetingDraft,
    MinutesStatus, Movement,
};
use pacta_core::voting::{Ballot, BallotChoice, Ballots, Choice, Outcome, VoteMethod};
use pacta_core::Field;

fn demo() -> Partnership {
    let mut partnership =
        Partnership::in_memory("Forum", Clock::Fixed("2026-11-25T09:00:00Z".into())).unwrap();
    demo::load(&mut partnership).unwrap();
    partnership
}

fn at(text: &str) -> ClockTime {
    ClockTime::parse(Field::At, text).unwrap()
}

fn activity(partnership: &Partnership) -> usize {
    members::recent_activity(partnership, u32::MAX)
        .unwrap()
        .len()
}

fn assembly_meetings(partnership: &Partnership) -> Vec<Meeting> {
    let mut list = meetings::list(partnership, None).unwrap();
    list.retain(|m| m.body_code == "GA");
    list.sort_by_key(|m| m.number);
    list
}

fn draft(date: &str) -> MeetingDraft {
    MeetingDraft {
        title: "Extraordinary General Assembly".into(),
        kind: "extraordinary".into(),
        date: date.into(),
        starts_at: "14:00".into(),
        ends_at: "16:00".into(),
        time_zone: "Asia/Jakarta".into(),
        place: "Jakarta".into(),
        online_link: String::new(),
        convenor: "Secretariat".into(),
    }
}

#[test]
fn the_demo_assembly_was_held_decided_and_approved_and_the_next_carries_its_actions() {
    let partnership = demo();
    let held = assembly_meetings(&partnership);
    assert_eq!(held.len(), 2);
    assert_eq!((held[0].number, held[1].number), (1, 2));
    let first = meetings::detail(&partnership, held[0].id).unwrap();
    assert_eq!(first.meeting.minutes_status, MinutesStatus::Approved);
    assert_eq!(first.guests.len(), 1, "the national rapporteur observes");
    assert!(first
        .attendance
        .iter()
        .any(|a| a.status == AttendanceStatus::Proxy && a.proxy_holder_id.is_some()));

    let references: Vec<String> = meetings::decisions(&partnership, &DecisionQuery::default())
        .unwrap()
        .into_iter()
        .map(|d| d.reference)
        .rev()
        .collect();
    assert_eq!(references, vec!["GA-2026-01", "GA-2026-02", "GA-2026-03"]);

    let votes: Vec<_> = first.items.iter().flat_map(|i| i.votes.iter()).collect();
    assert_eq!(votes.len(), 2);
    assert_eq!(votes[0].method, VoteMethod::RollCall);
    assert_eq!(votes[0].report.outcome, Outcome::Carried);
    assert_eq!(votes[1].method, VoteMethod::Secret);
    let Ballots::Secret { papers, voted, .. } = &votes[1].ballots else {
        panic!("a secret ballot keeps papers only");
    };
    assert_eq!(papers.len(), voted.len());

    // Timor-Leste arrived at 10:30: absent from the roll before, present after.
    let timor = first
        .attendance
        .iter()
        .find(|a| !a.movements.is_empty())
        .unwrap()
        .organisation_id
        .to_string();
    let roll_call = &votes[0].roll;
    assert!(
        roll_call.member(&timor).unwrap().present,
        "present at 11:00"
    );
    let early = meetings::quorum_at(&partnership, held[0].id, at("09:30"), None).unwrap();
    let later = meetings::quorum_at(&partnership, held[0].id, at("11:00"), None).unwrap();
    assert_eq!(later.presence.present, early.presence.present + 1);
    assert!(later.held);

    let next = meetings::detail(&partnership, held[1].id).unwrap();
    let arising: Vec<&str> = next
        .matters_arising
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(arising.len(), 2, "{arising:?}");
    assert!(arising[0].starts_with("Translate the adopted SOP"));
    assert_eq!(
        next.items[2].item.title,
        "Matters arising (open action items)"
    );
    let overdue = meetings::overdue_actions(&partnership).unwrap();
    assert_eq!(overdue.len(), 1, "the translation was due in May");
    assert!(overdue[0]
        .owner_name
        .starts_with("International Labour Organization"));
}

#[test]
fn approved_minutes_refuse_every_change_and_take_an_erratum() {
    let mut partnership = demo();
    let first = assembly_meetings(&partnership)[0].clone();
    let detail = meetings::detail(&partnership, first.id).unwrap();
    let item = detail.items[1].item.id;
    let before = activity(&partnership);
    let refusals = [
        meetings::set_item_minutes(&mut partnership, item, "rewritten", "").unwrap_err(),
        meetings::add_item(
            &mut partnership,
            first.id,
            &AgendaItemDraft {
                title: "Late item".into(),
                kind: "information".into(),
                ..Default::default()
            },
        )
        .unwrap_err(),
        meetings::record_decision(&mut partnership, item, "A late decision", None, &[])
            .unwrap_err(),
        meetings::reschedule(&mut partnership, first.id, &draft("2026-03-13")).unwrap_err(),
        meetings::delete(&mut partnership, first.id).unwrap_err(),
        meetings::set_attendance(&mut partnership, first.id, &detail.attendance, &[]).unwrap_err(),
        meetings::return_to_draft(&mut partnership, first.id).unwrap_err(),
    ];
    for refusal in &refusals {
        assert!(
            matches!(
                refusal.code,
                ErrorCode::Immutable | ErrorCode::LifecycleRefused
            ),
            "{refusal:?}"
        );
    }
    assert_eq!(activity(&partnership), before, "refusals change nothing");
    let corrected = meetings::add_erratum(
        &mut partnership,
        first.id,
        "Item 2: the transition period is six months, not six weeks.",
    )
    .unwrap();
    assert_eq!(corrected.errata.len(), 1);
    assert_eq!(
        corrected.items[1].item.summary,
        detail.items[1].item.summary
    );
}

#[test]
fn bad_input_gets_its_own_error_and_changes_nothing() {
    let mut partnership = demo();
    let body = assembly_meetings(&partnership)[0].body_id;
    let before = activity(&partnership);
    let late = MeetingDraft {
        ends_at: "13:00".into(),
        ..draft("2026-12-01")
    };
    let refused = meetings::schedule(&mut partnership, body, &late).unwrap_err();
    assert_eq!(refused.code, ErrorCode::EndBeforeStart);
    assert_eq!(refused.details[0].field, Some(Field::EndsAt));
    assert_eq!(activity(&partnership), before);

    let meeting = meetings::schedule(&mut partnership, body, &draft("2026-12-01")).unwrap();
    let before = activity(&partnership);
    let seats = meetings::detail(&partnership, meeting.id).unwrap().seats;
    let present = |id: i64| Attendance {
        organisation_id: id,
        status: AttendanceStatus::Present,
        representative: String::new(),
        proxy_holder_id: None,
        movements: Vec::new(),
    };
    let executive_only = 999_999;
    let stranger = meetings::set_attendance(
        &mut partnership,
        meeting.id,
        &[present(executive_only)],
        &[],
    )
    .unwrap_err();
    assert_eq!(stranger.code, ErrorCode::InvalidMeeting);
    let proxy_to_absent = vec![
        Attendance {
            status: AttendanceStatus::Absent,
            ..present(seats[0].organisation_id)
        },
        Attendance {
            status: AttendanceStatus::Proxy,
            proxy_holder_id: Some(seats[0].organisation_id),
            ..present(seats[1].organisation_id)
        },
    ];
    let absent_holder =
        meetings::set_attendance(&mut partnership, meeting.id, &proxy_to_absent, &[]).unwrap_err();
    assert_eq!(absent_holder.code, ErrorCode::InvalidMeeting);
    assert!(
        absent_holder.message.contains("not present"),
        "{}",
        absent_holder.message
    );
    let wrong_person = vec![Attendance {
        representative: "Somebody Else".into(),
        ..present(seats[0].organisation_id)
    }];
    let refused =
        meetings::set_attendance(&mut partnership, meeting.id, &wrong_person, &[]).unwrap_err();
    assert_eq!(refused.code, ErrorCode::InvalidChoice);
    let ownerless = meetings::add_action(
        &mut partnership,
        meeting.id,
        None,
        &ActionDraft {
            title: "Book the room".into(),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(ownerless.code, ErrorCode::Required);
    assert_eq!(ownerless.details[0].field, Some(Field::Owner));
    assert_eq!(
        activity(&partnership),
        before,
        "no refused write left a trace"
    );
}

#[test]
fn a_vote_without_quorum_is_recorded_as_such_and_references_are_never_reused() {
    let mut partnership = demo();
    let body = assembly_meetings(&partnership)[0].body_id;
    let meeting = meetings::schedule(&mut partnership, body, &draft("2026-12-01")).unwrap();
    let detail = meetings::detail(&partnership, meeting.id).unwrap();
    let voters: Vec<i64> = detail
        .seats
        .iter()
        .filter(|s| s.role == pacta_core::Role::VotingMember)
        .map(|s| s.organisation_id)
        .take(3)
        .collect();
    let attendance: Vec<Attendance> = voters
        .iter()
        .map(|id| Attendance {
            organisation_id: *id,
            status: AttendanceStatus::Present,
            representative: String::new(),
            proxy_holder_id: None,
            movements: if *id == voters[2] {
                vec![Movement {
                    at: at("15:00"),
                    arrived: false,
                }]
            } else {
                Vec::new()
            },
        })
        .collect();
    let detail = meetings::set_attendance(&mut partnership, meeting.id, &attendance, &[]).unwrap();
    assert!(
        !detail.quorum.unwrap().held,
        "three of fourteen voting members"
    );
    let item = meetings::add_item(
        &mut partnership,
        meeting.id,
        &AgendaItemDraft {
            title: "Urgent statement".into(),
            kind: "decision".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let ballots = Ballots::RollCall {
        ballots: voters
            .iter()
            .take(2)
            .map(|id| Ballot {
                member: id.to_string(),
                choice: BallotChoice::Choice(Choice::Yes),
            })
            .collect(),
        casting: None,
    };
    let vote = meetings::put_to_vote(
        &mut partnership,
        &MotionInput {
            item_id: item.id,
            protocol_id: detail.protocols[0].id,
            motion: "That the Forum issues a statement on the Andaman Sea incident".into(),
            at: at("15:30"),
            presiding_id: None,
            ballots,
            secret: false,
        },
    )
    .unwrap();
    assert!(matches!(vote.report.outcome, Outcome::NoQuorum { .. }));
    assert_eq!(
        vote.report.presence.present, 2,
        "the third member left at 15:00"
    );

    let first = meetings::record_decision(
        &mut partnership,
        item.id,
        "To meet again in January.",
        None,
        &[],
    )
    .unwrap();
    assert_eq!(first.reference, "GA-2026-04");
    let unlinked =
        meetings::record_decision(&mut partnership, item.id, "x", Some(vote.id + 1000), &[])
            .unwrap_err();
    assert_eq!(unlinked.code, ErrorCode::InvalidMeeting);
    meetings::delete(&mut partnership, meeting.id).unwrap();
    let again = meetings::schedule(&mut partnership, body, &draft("2026-12-02")).unwrap();
    let item = meetings::add_item(
        &mut partnership,
        again.id,
        &AgendaItemDraft {
            title: "Date of the next meeting".into(),
            kind: "decision".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let next =
        meetings::record_decision(&mut partnership, item.id, "To meet in January.", None, &[])
            .unwrap();
    assert_eq!(
        next.reference, "GA-2026-05",
        "GA-2026-04 went with the deleted meeting and stays used"
    );
}

#[test]
fn minutes_are_circulated_then_approved_by_a_later_decision_only() {
    let mut partnership = demo();
    let body = assembly_meetings(&partnership)[0].body_id;
    let earlier = meetings::schedule(&mut partnership, body, &draft("2026-12-01")).unwrap();
    let approving = meetings::schedule(&mut partnership, body, &draft("2027-01-15")).unwrap();
    let approve = Approval::Decision {
        reference: "GA-2027-01".into(),
    };
    let too_early = meetings::approve(&mut partnership, earlier.id, &approve).unwrap_err();
    assert_eq!(
        too_early.code,
        ErrorCode::InvalidMeeting,
        "no such decision yet"
    );
    let item = meetings::add_item(
        &mut partnership,
        approving.id,
        &AgendaItemDraft {
            title: "Approval of the previous minutes".into(),
            kind: "decision".into(),
            ..Default::default()
        },
    )
    .unwrap();
    meetings::record_decision(
        &mut partnership,
        item.id,
        "The minutes of 1 December are approved.",
        None,
        &[],
    )
    .unwrap();
    let draft_refused = meetings::approve(&mut partnership, earlier.id, &approve).unwrap_err();
    assert_eq!(
        draft_refused.code,
        ErrorCode::LifecycleRefused,
        "circulate first"
    );
    let nobody = meetings::circulate(&mut partnership, earlier.id, &[" ".into()]).unwrap_err();
    assert_eq!(nobody.code, ErrorCode::Required);
    meetings::circulate(
        &mut partnership,
        earlier.id,
        &["Members of the General Assembly".into()],
    )
    .unwrap();
    let own = meetings::approve(&mut partnership, approving.id, &approve);
    assert!(own.is_err(), "minutes cannot approve themselves");
    let approved = meetings::approve(&mut partnership, earlier.id, &approve).unwrap();
    assert_eq!(approved.meeting.minutes_status, MinutesStatus::Approved);
    assert_eq!(approved.approved_by.as_deref(), Some("decision GA-2027-01"));
}

#[test]
fn the_minutes_print_every_attendee_decision_and_vote_but_no_secret_choice() {
    let partnership = demo();
    let first = assembly_meetings(&partnership)[0].id;
    let minutes = meeting_export::printable_minutes(&partnership, first, Language::En).unwrap();
    assert_eq!(minutes.proxies.len(), 1);
    assert_eq!(minutes.proxies[0].holder, "Fishers' Rights Network");
    assert_eq!(
        minutes.apologies,
        vec!["Kementerian Sumber Manusia (Ministry of Human Resources)".to_string()]
    );
    let votes: Vec<_> = minutes.items.iter().flat_map(|i| i.votes.iter()).collect();
    assert!(
        !votes[0].roll_call.is_empty(),
        "a roll call names who voted how"
    );
    assert!(
        votes[1].roll_call.is_empty(),
        "a secret ballot names no one"
    );
    assert_eq!(minutes.chair, "Ministry of Labour");
    let bytes = pacta_pdf::render_minutes(&minutes, Paper::A4).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let calendar = meeting_export::invitation(&partnership, first).unwrap();
    assert!(calendar.contains("BEGIN:VEVENT"));
    assert!(
        calendar.contains("20260312T020000Z"),
        "09:00 in Bangkok is 02:00 UTC:\n{calendar}"
    );
}
