//! The demo's meetings: the SEA Forum's first General Assembly (held: attendance with an
//! observer and a proxy, a roll-call vote and a secret ballot, numbered decisions, action
//! items, minutes approved) and the next one (upcoming: agenda set, matters arising carried).

use crate::meetings::roll_of_meeting;
use crate::voting::{as_secret_within, close_within, VoteInput};
use crate::ApiResult;
use pacta_core::agreement::Language;
use pacta_core::meeting::{
    ActionDraft, ActionStatus, AgendaItemDraft, Attendance, AttendanceStatus, ClockTime, Guest,
    GuestCapacity, MeetingDraft, MinutesStatus, Movement, Recipient, StandardItem,
};
use pacta_core::voting::{Ballot, BallotChoice, Ballots, Choice};
use pacta_core::{Field, IsoDate, Stamp};
use pacta_store::{
    actions, agenda, bodies, decisions, meeting_papers, meetings, protocols, representatives,
    Connection,
};

fn time(text: &str) -> ClockTime {
    ClockTime::parse(Field::At, text).expect("a demo time")
}

fn item(
    conn: &Connection,
    stamp: &Stamp,
    meeting: i64,
    title: &str,
    kind: &str,
    presenter: &str,
    standard: Option<StandardItem>,
) -> ApiResult<i64> {
    let valid = AgendaItemDraft {
        title: title.into(),
        kind: kind.into(),
        presenter: presenter.into(),
        duration_minutes: String::new(),
        agreement_id: None,
        standard,
        matrix_id: None,
    }
    .validate()?;
    Ok(agenda::add(conn, stamp, meeting, &valid)?)
}

fn standard(conn: &Connection, stamp: &Stamp, meeting: i64, which: StandardItem) -> ApiResult<i64> {
    item(
        conn,
        stamp,
        meeting,
        which.title(Language::En),
        which.kind().code(),
        "",
        Some(which),
    )
}

pub(crate) fn load(conn: &Connection, stamp: &Stamp, assembly: i64) -> ApiResult<()> {
    let first = MeetingDraft {
        title: "First General Assembly of the SEA Forum for Fishers".into(),
        kind: "ordinary".into(),
        date: "2026-03-12".into(),
        starts_at: "09:00".into(),
        ends_at: "17:00".into(),
        time_zone: "Asia/Bangkok".into(),
        place: "United Nations Conference Centre, Bangkok".into(),
        online_link: String::new(),
        convenor: "Secretariat of the Forum".into(),
    }
    .validate()?;
    let first = meetings::create(conn, stamp, assembly, &first)?;

    // Everyone present through its primary representative, except: Malaysia's ministry sends
    // apologies, the seafarers' union KPI gives its proxy to the Fishers' Rights Network, the suspended network is absent, and
    // Timor-Leste arrives at 10:30.
    let seats = bodies::members_of(conn, assembly)?;
    let id_of = |name: &str| {
        seats
            .iter()
            .find(|s| s.organisation_name == name)
            .map(|s| s.organisation_id)
            .expect("a demo seat")
    };
    let (kesuma, kpi, frn, mwrn, sefope) = (
        id_of("Kementerian Sumber Manusia (Ministry of Human Resources)"),
        id_of("Kesatuan Pelaut Indonesia"),
        id_of("Fishers' Rights Network"),
        id_of("Migrant Workers Rights Network"),
        id_of("Secretaria de Estado para a Formação Profissional e Emprego"),
    );
    let mut attendance = Vec::new();
    for seat in &seats {
        let person = representatives::of_organisation(conn, seat.organisation_id)?
            .into_iter()
            .find(|r| r.primary)
            .map(|r| r.name)
            .unwrap_or_default();
        let id = seat.organisation_id;
        let status = if id == kesuma {
            AttendanceStatus::Apologies
        } else if id == kpi {
            AttendanceStatus::Proxy
        } else if id == mwrn {
            AttendanceStatus::Absent
        } else {
            AttendanceStatus::Present
        };
        attendance.push(Attendance {
            organisation_id: id,
            status,
            representative: if status == AttendanceStatus::Present {
                person
            } else {
                String::new()
            },
            proxy_holder_id: (id == kpi).then_some(frn),
            movements: if id == sefope {
                vec![Movement {
                    at: time("10:30"),
                    arrived: true,
                }]
            } else {
                Vec::new()
            },
        });
    }
    let guests = vec![Guest {
        name: "Siriporn Chaiyasit".into(),
        organisation: "Office of the National Rapporteur on Trafficking in Persons, Thailand"
            .into(),
        capacity: GuestCapacity::Observer,
    }];
    meetings::set_attendance(conn, stamp, first, &attendance, &guests)?;

    let agenda_adoption = standard(conn, stamp, first, StandardItem::AdoptionOfAgenda)?;
    agenda::set_minutes(
        conn,
        stamp,
        agenda_adoption,
        "The chair presented the provisional agenda.",
        "Adopted without change.",
    )?;
    let sop = item(
        conn,
        stamp,
        first,
        "Regional standard operating procedures on the fair recruitment of fishers",
        "decision",
        "Jean-François Lévêque",
        None,
    )?;
    agenda::set_minutes(
        conn,
        stamp,
        sop,
        "The ILO presented the draft SOP. Employers asked for a transition period for vessels already at sea; unions insisted on the ban of recruitment fees paid by workers, which was kept.",
        "The SOP is adopted with a six-month transition period.",
    )?;
    meeting_papers::add(
        conn,
        stamp,
        sop,
        "Draft regional SOP on fair recruitment.txt",
        "text/plain",
        "Regional standard operating procedures on the fair recruitment of fishers\n\
         Draft for the First General Assembly, 12 March 2026\n\n\
         1. No recruitment fee or related cost is charged to fishers.\n\
         2. Contracts are written in a language the fisher understands.\n"
            .as_bytes(),
    )?;
    let chair = item(
        conn,
        stamp,
        first,
        "Confirmation of the chair for 2026–2027",
        "decision",
        "Secretariat of the Forum",
        None,
    )?;
    let aob = standard(conn, stamp, first, StandardItem::AnyOtherBusiness)?;
    agenda::set_minutes(conn, stamp, aob, "None.", "")?;

    let forum_protocols = protocols::current(conn, Some(assembly))?;
    let ordinary = forum_protocols
        .iter()
        .find(|p| p.name == "Ordinary decisions")
        .expect("the demo protocol");
    let meeting = meetings::get(conn, first)?;

    // Roll call at 11:00 on the SOP: every member in the room votes yes but one employer
    // abstains and one votes no; the Fishers' Rights Network casts KPI's ballot by proxy.
    let roll = roll_of_meeting(conn, &meeting, time("11:00"), None)?;
    let ballots: Vec<Ballot> = roll
        .members
        .iter()
        .filter(|m| m.entitled() && (m.present || m.id == kpi.to_string()))
        .enumerate()
        .map(|(n, m)| Ballot {
            member: m.id.clone(),
            choice: BallotChoice::Choice(match n {
                7 => Choice::Abstain,
                8 => Choice::No,
                _ => Choice::Yes,
            }),
        })
        .collect();
    let motion =
        "That the General Assembly adopts the regional SOP on the fair recruitment of fishers";
    let input = VoteInput {
        body_id: assembly,
        protocol_id: ordinary.id,
        motion: motion.into(),
        roll,
        ballots: Ballots::RollCall {
            ballots,
            casting: None,
        },
    };
    let sop_vote = close_within(conn, stamp, &input, motion, None)?;
    agenda::link_vote(conn, sop, sop_vote)?;

    // Secret ballot at 15:00 on the chair.
    let roll = roll_of_meeting(conn, &meeting, time("15:00"), None)?;
    let ballots: Vec<Ballot> = roll
        .members
        .iter()
        .filter(|m| m.entitled() && m.present)
        .enumerate()
        .map(|(n, m)| Ballot {
            member: m.id.clone(),
            choice: BallotChoice::Choice(if n % 5 == 4 { Choice::No } else { Choice::Yes }),
        })
        .collect();
    let motion = "That the Ministry of Labour of Thailand chairs the Forum for 2026–2027";
    let mut input = VoteInput {
        body_id: assembly,
        protocol_id: ordinary.id,
        motion: motion.into(),
        roll,
        ballots: Ballots::RollCall {
            ballots,
            casting: None,
        },
    };
    input.ballots = as_secret_within(conn, &input)?;
    let chair_vote = close_within(conn, stamp, &input, motion, None)?;
    agenda::link_vote(conn, chair, chair_vote)?;

    decisions::record(
        conn,
        stamp,
        first,
        Some(agenda_adoption),
        "The General Assembly adopts its agenda.",
        None,
        &[],
    )?;
    decisions::record(
        conn,
        stamp,
        first,
        Some(sop),
        "The General Assembly adopts the regional standard operating procedures on the fair recruitment of fishers, with a six-month transition period for vessels at sea.",
        Some(sop_vote),
        &["prevention".into(), "protection".into()],
    )?;
    decisions::record(
        conn,
        stamp,
        first,
        Some(chair),
        "The Ministry of Labour of Thailand chairs the Forum for 2026–2027.",
        Some(chair_vote),
        &["partnership".into()],
    )?;

    let ilo = id_of("International Labour Organization, Regional Office for Asia and the Pacific");
    let mol = id_of("Ministry of Labour");
    let translate = ActionDraft {
        title: "Translate the adopted SOP into the Forum's eight languages and circulate it".into(),
        owner_organisation_id: Some(ilo),
        owner_person: "Jean-François Lévêque".into(),
        due_on: "2026-05-31".into(),
    }
    .validate()?;
    actions::add(conn, stamp, first, Some(sop), &translate)?;
    let budget = ActionDraft {
        title: "Prepare the 2027 budget proposal of the Forum".into(),
        owner_organisation_id: Some(mol),
        owner_person: String::new(),
        due_on: "2027-01-31".into(),
    }
    .validate()?;
    let budget = actions::add(conn, stamp, first, Some(chair), &budget)?;
    let on = IsoDate::from_ymd(2026, 9, 15).expect("a demo date");
    actions::update_status(
        conn,
        stamp,
        budget,
        ActionStatus::InProgress,
        on,
        "First draft shared with the Executive Committee.",
    )?;

    // The Forum's terms of reference let its chair approve minutes; they go to the
    // secretariat's list rather than to every representative.
    bodies::set_chair_approves_minutes(conn, stamp, assembly, true)?;
    let distribution = [
        (
            "Secretariat of the Forum",
            "secretariat@seaforum.example.org",
        ),
        (
            "Ministry of Labour, Thailand",
            "forum.desk@mol.example.go.th",
        ),
        ("", "members-ga@seaforum.example.org"),
    ]
    .map(|(name, email)| Recipient {
        name: name.into(),
        email: email.into(),
    });
    bodies::set_distribution(conn, stamp, assembly, &distribution)?;
    meetings::set_minutes_status(
        conn,
        stamp,
        first,
        MinutesStatus::Circulated,
        "2026-03-20",
        &["Members of the General Assembly".into()],
        "",
    )?;
    meetings::set_minutes_status(
        conn,
        stamp,
        first,
        MinutesStatus::Approved,
        "2026-04-02",
        &[],
        "the chair, Ministry of Labour",
    )?;

    let second = MeetingDraft {
        title: "Second General Assembly of the SEA Forum for Fishers".into(),
        kind: "ordinary".into(),
        date: "2027-03-11".into(),
        starts_at: "09:00".into(),
        ends_at: "16:30".into(),
        time_zone: "Asia/Ho_Chi_Minh".into(),
        place: "Trung tâm Hội nghị Quốc gia, Hà Nội".into(),
        online_link: "https://meet.example.org/sea-forum-ga2".into(),
        convenor: "Secretariat of the Forum".into(),
    }
    .validate()?;
    let second = meetings::create(conn, stamp, assembly, &second)?;
    for which in [
        StandardItem::AdoptionOfAgenda,
        StandardItem::PreviousMinutes,
        StandardItem::MattersArising,
    ] {
        standard(conn, stamp, second, which)?;
    }
    item(
        conn,
        stamp,
        second,
        "Report on the referral of fishers under the Viet Nam MoU",
        "information",
        "Nguyễn Thị Hương",
        None,
    )?;
    item(
        conn,
        stamp,
        second,
        "Adoption of the 2027 budget",
        "decision",
        "Ministry of Labour",
        None,
    )?;
    standard(conn, stamp, second, StandardItem::AnyOtherBusiness)?;
    Ok(())
}
