//! Meetings through the use cases, on the demo partnership: attendance over time and the
//! quorum of the moment, votes under an item, decision references that are never reused,
//! matters arising, the approval freeze, and the refusals that change nothing.

mod common;

use common::activity_count;
use pacta_api::meetings::{self, Approval, DecisionQuery, MotionInput};
use pacta_api::{bodies, demo, meeting_export, meeting_papers, Clock, ErrorCode, Partnership};
use pacta_core::agreement::{Language, Paper};
use pacta_core::meeting::{
    ActionDraft, AgendaItemDraft, Attendance, AttendanceStatus, ClockTime, Meeting, MeetingDraft,
    MinutesStatus, Movement, Recipient,
};
use pacta_core::voting::{Ballot, BallotChoice, Ballots, Choice, Outcome, VoteMethod};
use pacta_core::{BodyDraft, Field};

fn demo() -> Partnership {
    let mut partnership =
        Partnership::in_memory("Forum", Clock::Fixed("2026-11-25T09:00:00Z".into())).unwrap();
    demo::load(&mut partnership).unwrap();
    partnership
}

fn at(text: &str) -> ClockTime {
    ClockTime::parse(Field::At, text).unwrap()
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
    let before = activity_count(&partnership);
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
    assert_eq!(
        activity_count(&partnership),
        before,
        "refusals change nothing"
    );
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
    let before = activity_count(&partnership);
    let late = MeetingDraft {
        ends_at: "13:00".into(),
        ..draft("2026-12-01")
    };
    let refused = meetings::schedule(&mut partnership, body, &late).unwrap_err();
    assert_eq!(refused.code, ErrorCode::EndBeforeStart);
    assert_eq!(refused.details[0].field, Some(Field::EndsAt));
    assert_eq!(activity_count(&partnership), before);

    let meeting = meetings::schedule(&mut partnership, body, &draft("2026-12-01")).unwrap();
    let before = activity_count(&partnership);
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
        activity_count(&partnership),
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

fn recipient(name: &str, email: &str) -> Recipient {
    Recipient {
        name: name.into(),
        email: email.into(),
    }
}

#[test]
fn the_chair_approves_minutes_only_where_the_body_allows_it() {
    let mut partnership = demo();
    let body = assembly_meetings(&partnership)[0].body_id;
    bodies::set_chair_approves_minutes(&mut partnership, body, false).unwrap();
    let meeting = meetings::schedule(&mut partnership, body, &draft("2026-12-01")).unwrap();
    meetings::circulate(&mut partnership, meeting.id, &[]).unwrap();
    let chair = Approval::Chair {
        name: "Ministry of Labour".into(),
    };
    let before = activity_count(&partnership);
    let refused = meetings::approve(&mut partnership, meeting.id, &chair).unwrap_err();
    assert_eq!(refused.code, ErrorCode::InvalidMeeting);
    assert!(
        refused.message.contains("do not let the chair approve"),
        "{refused:?}"
    );
    assert_eq!(
        activity_count(&partnership),
        before,
        "the refusal changes nothing"
    );
    let detail = meetings::detail(&partnership, meeting.id).unwrap();
    assert_eq!(detail.meeting.minutes_status, MinutesStatus::Circulated);
    assert!(!detail.chair_approves_minutes);

    let allowed = bodies::set_chair_approves_minutes(&mut partnership, body, true).unwrap();
    assert!(allowed.minutes_rules.chair_approves);
    let approved = meetings::approve(&mut partnership, meeting.id, &chair).unwrap();
    assert!(approved.chair_approves_minutes);
    assert_eq!(approved.meeting.minutes_status, MinutesStatus::Approved);
    assert_eq!(
        approved.approved_by.as_deref(),
        Some("the chair, Ministry of Labour")
    );
}

#[test]
fn minutes_are_circulated_to_the_body_list_unless_told_otherwise() {
    let mut partnership = demo();
    let body = assembly_meetings(&partnership)[0].body_id;
    let meeting = meetings::schedule(&mut partnership, body, &draft("2026-12-01")).unwrap();
    let list = [
        recipient(" Nguyễn Thị Hương ", "huong@molisa.gov.vn"),
        recipient("", "fishers.rights@example.org"),
    ];
    let set = bodies::set_distribution(&mut partnership, body, &list).unwrap();
    assert_eq!(set.minutes_rules.distribution[0].name, "Nguyễn Thị Hương");

    let before = activity_count(&partnership);
    let bad = [
        recipient("Somchai", "somchai@"),
        recipient("Nobody", ""),
        recipient("Again", "HUONG@molisa.gov.vn"),
    ];
    let refused = bodies::set_distribution(&mut partnership, body, &[&list[..], &bad[..]].concat())
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::ValidationFailed);
    let placed: Vec<(Option<u32>, ErrorCode)> =
        refused.details.iter().map(|d| (d.row, d.code)).collect();
    assert_eq!(
        placed,
        vec![
            (Some(3), ErrorCode::InvalidEmail),
            (Some(4), ErrorCode::Required),
            (Some(5), ErrorCode::InvalidChoice),
        ]
    );
    assert_eq!(
        activity_count(&partnership),
        before,
        "the refusal changes nothing"
    );

    let detail = meetings::detail(&partnership, meeting.id).unwrap();
    let expected = vec![
        "Nguyễn Thị Hương <huong@molisa.gov.vn>".to_string(),
        "fishers.rights@example.org".to_string(),
    ];
    assert!(detail.distribution_from_body);
    assert_eq!(detail.distribution, expected);
    let circulated = meetings::circulate(&mut partnership, meeting.id, &[" ".into()]).unwrap();
    assert_eq!(circulated.circulated_to, expected);

    // A body without a list falls back on its members' representatives.
    let cleared = bodies::set_distribution(&mut partnership, body, &[]).unwrap();
    assert!(cleared.minutes_rules.distribution.is_empty());
    let detail = meetings::detail(&partnership, meeting.id).unwrap();
    assert!(!detail.distribution_from_body);
    assert!(!detail.distribution.is_empty());
    assert!(detail.distribution.iter().all(|line| line.contains('@')));

    // With neither, circulating needs recipients to be named.
    let empty = bodies::create(
        &mut partnership,
        &BodyDraft {
            name: "Drafting group".into(),
            code: "DG".into(),
            kind: "working_group".into(),
        },
    )
    .unwrap();
    let unseated = meetings::schedule(&mut partnership, empty.id, &draft("2026-12-02")).unwrap();
    let nobody = meetings::circulate(&mut partnership, unseated.id, &[" ".into()]).unwrap_err();
    assert_eq!(nobody.code, ErrorCode::Required);
}

#[test]
fn papers_come_back_byte_for_byte_are_printed_and_stay_once_approved() {
    let mut partnership = demo();
    let body = assembly_meetings(&partnership)[0].body_id;
    let meeting = meetings::schedule(&mut partnership, body, &draft("2026-12-01")).unwrap();
    let item = meetings::add_item(
        &mut partnership,
        meeting.id,
        &AgendaItemDraft {
            title: "Adoption of the 2027 budget".into(),
            kind: "decision".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let name = "Budget 2027 – projet révisé.pdf";
    let source = dir.path().join(name);
    // Every byte value, invalid UTF-8 included, over more than one buffer's worth.
    let bytes: Vec<u8> = (0..=255u8).cycle().take(70_001).collect();
    std::fs::write(&source, &bytes).unwrap();
    let paper = meeting_papers::attach_file(&mut partnership, item.id, &source).unwrap();
    assert_eq!(
        (paper.file_name.as_str(), paper.size_bytes, paper.meeting_id),
        (name, bytes.len() as u64, meeting.id)
    );
    assert_eq!(paper.media_type, "application/pdf");
    assert_eq!(paper.sha256, pacta_store::disk::sha256_hex(&bytes));
    let copy = dir.path().join("copy.pdf");
    meeting_papers::save_paper(&partnership, paper.id, &copy).unwrap();
    assert_eq!(std::fs::read(&copy).unwrap(), bytes, "byte-identical");

    let detail = meetings::detail(&partnership, meeting.id).unwrap();
    assert_eq!(detail.items[0].papers, vec![paper.clone()]);
    let printed =
        meeting_export::printable_minutes(&partnership, meeting.id, Language::Fr).unwrap();
    assert_eq!(printed.items[0].papers, vec![paper.entry()]);
    assert!(pacta_pdf::render_convocation(&printed, Paper::A4)
        .unwrap()
        .starts_with(b"%PDF"));

    let note = meeting_papers::attach(&mut partnership, item.id, "note.txt", b"abc").unwrap();
    meeting_papers::detach(&mut partnership, note.id).expect("a draft's paper may go");
    meetings::circulate(&mut partnership, meeting.id, &[]).unwrap();
    meetings::approve(
        &mut partnership,
        meeting.id,
        &Approval::Chair {
            name: "Ministry of Labour".into(),
        },
    )
    .unwrap();
    let before = activity_count(&partnership);
    let kept = meeting_papers::detach(&mut partnership, paper.id).unwrap_err();
    assert_eq!(kept.code, ErrorCode::Immutable);
    let late = meeting_papers::attach(&mut partnership, item.id, "late.txt", b"x").unwrap_err();
    assert_eq!(late.code, ErrorCode::Immutable);
    assert_eq!(
        activity_count(&partnership),
        before,
        "refusals change nothing"
    );
    let detail = meetings::detail(&partnership, meeting.id).unwrap();
    assert_eq!(detail.items[0].papers, vec![paper]);
}

#[test]
fn an_item_names_only_a_matrix_that_exists() {
    let mut partnership = demo();
    let meeting = assembly_meetings(&partnership)[1].id;
    let item = meetings::detail(&partnership, meeting).unwrap().items[0]
        .item
        .clone();
    assert_eq!(item.matrix_id, None);
    let before = activity_count(&partnership);
    let refused = meetings::update_item(
        &mut partnership,
        item.id,
        &AgendaItemDraft {
            title: item.title.clone(),
            kind: item.kind.code().into(),
            matrix_id: Some(999_999),
            ..Default::default()
        },
    )
    .unwrap_err();
    assert_eq!(refused.code, ErrorCode::NotFound);
    assert_eq!(activity_count(&partnership), before);
}
