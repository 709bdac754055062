//! Secret ballots stay secret. Three secret ballots are recorded the three ways Pacta records
//! one — a vote of a body (the app's "Record a vote" page), a motion put to the vote in a
//! meeting, and `pacta votes record --secret` — with ballots entered member by member, so that
//! this test knows how each member voted. Then everything Pacta wrote is searched for a link
//! between a member and that member's choice, and none may be found.
//!
//! What "a link" means here, precisely. A member is identified by its organisation id, name or
//! acronym, or its representative's name; a choice is yes, no, abstain or invalid, or the words
//! the minutes and the tally's explanation use for them. A member is linked to its choice when:
//! - a JSON object holds among its own fields both something identifying a member (a value
//!   naming the member, or a list of such values) and a choice (a `choice` field, a field whose
//!   value is a choice, or a field named after one). Objects are looked for in every column of
//!   every table of the file, in the JSON the CLI prints, and in the raw bytes of the .pacta
//!   file, of its write-ahead log before the checkpoint, of the copy and of any other file
//!   Pacta left beside them: every JSON object stored whole in those bytes is read, including
//!   older copies of pages in the log and rows of pages SQLite has freed;
//! - a named ballot (`"member":`, a `roll_call`) is anywhere in those bytes: this file holds no
//!   roll-call vote, so one could only be a secret ballot as it was entered;
//! - an activity row about a vote names a member, or any activity row names one beside a
//!   choice word;
//! - a line of the printed minutes (with the line after it) names a member beside a choice
//!   word; so does a line the CLI prints;
//! - the stored papers come in any order other than sorted by (choice, chamber, weight), or
//!   the list of who voted in any order but sorted: any other order could follow the roll or
//!   the order ballots were entered. The ballots here are entered in an order sorting changes,
//!   and the papers in that order must appear nowhere.
//!
//! A motion may name a member (an election does): that is its wording, not anyone's ballot, so
//! text is read with the motions taken out.
//!
//! Every chamber here has several voters and every voter the same weight: a paper carries its
//! chamber and weight (the tally checks them against who voted), so a lone voter in a chamber
//! would be identified by them. Pacta warns about that before such a vote is recorded.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pacta_api::meetings::{self, MotionInput};
use pacta_api::voting::{self, VoteInput};
use pacta_api::{bodies, meeting_export, members, Clock, Partnership};
use pacta_core::agreement::{Language, Paper as PaperSize};
use pacta_core::meeting::{AgendaItemDraft, Attendance, AttendanceStatus, ClockTime, MeetingDraft};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{Ballot, BallotChoice, Ballots, Choice, Paper, Roll, RollMember};
use pacta_core::{BodyDraft, Field, MembershipDraft, OrganisationDraft, RepresentativeDraft};
use serde_json::Value;

/// The members: name, acronym, representative, chamber. No name holds a choice word.
const MEMBERS: [(&str, &str, &str, &str); 6] = [
    (
        "Ministry of Manpower of Aurelia",
        "MMA",
        "Amara Quistgaard",
        "Governments",
    ),
    (
        "Department of Labour of Borealis",
        "DLB",
        "Bilal Oyelaran",
        "Governments",
    ),
    (
        "Coastal Guard Office of Caledon",
        "CGOC",
        "Chiara Vantongeren",
        "Governments",
    ),
    (
        "Fishers Union of Dorado",
        "FUD",
        "Dmitri Halloway",
        "Workers",
    ),
    (
        "Seafarers Federation of Esperia",
        "SFE",
        "Esi Nakagawa",
        "Workers",
    ),
    (
        "Deckhands Alliance of Fenwick",
        "DAF",
        "Farid Lindqvist",
        "Workers",
    ),
];

/// How each member votes in each of the three ballots, by index into MEMBERS, in the order the
/// ballots are entered (neither the roll's order nor sorted).
const BODY_VOTE: [(usize, Choice); 6] = [
    (3, Choice::Yes),
    (0, Choice::No),
    (5, Choice::Yes),
    (2, Choice::Abstain),
    (4, Choice::No),
    (1, Choice::Yes),
];
const MEETING_VOTE: [(usize, Choice); 6] = [
    (1, Choice::Abstain),
    (4, Choice::Yes),
    (0, Choice::Yes),
    (3, Choice::No),
    (2, Choice::No),
    (5, Choice::Yes),
];
const CLI_VOTE: [(usize, Choice); 6] = [
    (5, Choice::No),
    (2, Choice::Yes),
    (4, Choice::Yes),
    (0, Choice::Abstain),
    (3, Choice::Yes),
    (1, Choice::No),
];

/// The motions put to the vote; the second names a member, as an election does.
const BODY_MOTION: &str = "That the Forum adopts the regional referral guidelines";
const MEETING_MOTION: &str = "That the Ministry of Manpower of Aurelia chairs the Forum for 2027";
const CLI_MOTION: &str = "That the Forum admits the Deckhands Alliance as an observer";

fn without_motions(text: &str) -> String {
    [BODY_MOTION, MEETING_MOTION, CLI_MOTION]
        .iter()
        .fold(text.to_string(), |text, motion| text.replace(motion, ""))
}

/// A choice in words: the values stored, the minutes' words in English and in French, and
/// the words of the tally's explanation ("3 for, 2 against, 1 abstention").
const CHOICE_WORDS: [&str; 9] = [
    "yes",
    "no",
    "abstain",
    "invalid",
    "pour",
    "contre",
    "abstention",
    "for",
    "against",
];
const CHOICE_VALUES: [&str; 4] = ["yes", "no", "abstain", "invalid"];

struct Member {
    id: i64,
    name: String,
    acronym: String,
    representative: String,
    chamber: String,
}

impl Member {
    /// What identifies the member in text: long enough not to occur by chance.
    fn names(&self) -> [&str; 3] {
        [&self.name, &self.acronym, &self.representative]
    }
}

struct Forum {
    members: Vec<Member>,
    body: i64,
    protocol: i64,
}

impl Forum {
    fn ids(&self) -> BTreeSet<String> {
        self.members.iter().map(|m| m.id.to_string()).collect()
    }

    /// Every string that identifies a member, for JSON values.
    fn identities(&self) -> BTreeSet<String> {
        let mut all = self.ids();
        for member in &self.members {
            all.extend(member.names().iter().map(|n| n.to_string()));
        }
        all
    }

    fn named_ballots(&self, votes: &[(usize, Choice)]) -> Ballots {
        Ballots::RollCall {
            ballots: votes
                .iter()
                .map(|(index, choice)| Ballot {
                    member: self.members[*index].id.to_string(),
                    choice: BallotChoice::Choice(*choice),
                })
                .collect(),
            casting: None,
        }
    }

    /// The papers in the order the ballots were entered: what must never be stored.
    fn papers_as_entered(&self, votes: &[(usize, Choice)]) -> Vec<Paper> {
        votes
            .iter()
            .map(|(index, choice)| Paper {
                chamber: Some(self.members[*index].chamber.to_string()),
                weight: 1,
                choice: *choice,
            })
            .collect()
    }

    fn everyone_present(&self) -> Roll {
        Roll {
            members: self
                .members
                .iter()
                .map(|m| RollMember {
                    id: m.id.to_string(),
                    name: String::new(),
                    chamber: None,
                    weight: 1,
                    role: pacta_core::Role::VotingMember,
                    status: pacta_core::MemberStatus::Active,
                    present: true,
                    presiding: false,
                })
                .collect(),
            proxies: Vec::new(),
        }
    }
}

fn clock() -> Clock {
    Clock::Fixed("2026-11-25T09:00:00Z".into())
}

fn at(text: &str) -> ClockTime {
    ClockTime::parse(Field::At, text).unwrap()
}

fn text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn pacta(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_pacta"))
        .env("PACTA_LANG", "en")
        .args(args)
        .env_remove("PACTA_DB")
        .output()
        .expect("the pacta binary runs");
    assert!(
        output.status.success(),
        "pacta {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn pacta_json(args: &[&str]) -> Value {
    serde_json::from_slice(&pacta(args).stdout).expect("--json prints JSON")
}

fn pdftotext(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-layout", text(pdf), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "pdftotext read {}", pdf.display());
    String::from_utf8(output.stdout).expect("pdftotext prints UTF-8")
}

/// A body of six voting members in two chambers, with a simple-majority protocol.
fn forum(partnership: &mut Partnership) -> Forum {
    let body = bodies::create(
        partnership,
        &BodyDraft {
            name: "General Assembly".into(),
            code: "GA".into(),
            kind: "plenary".into(),
        },
    )
    .unwrap()
    .id;
    let mut list = Vec::new();
    for (n, (name, acronym, representative, chamber)) in MEMBERS.into_iter().enumerate() {
        let organisation = members::create(
            partnership,
            &OrganisationDraft {
                name: name.into(),
                acronym: acronym.into(),
                kind: if chamber == "Workers" {
                    "trade_union"
                } else {
                    "government"
                }
                .into(),
                country: "TH".into(),
                chamber: chamber.into(),
                pillars: vec!["protection".into()],
                joined_on: "2024-03-01".into(),
                notes: String::new(),
            },
        )
        .unwrap();
        members::add_representative(
            partnership,
            organisation.id,
            &RepresentativeDraft {
                name: representative.into(),
                title: "Delegate".into(),
                email: format!("delegate{n}@forum.example.org"),
                phone: String::new(),
                primary: true,
            },
        )
        .unwrap();
        bodies::seat(
            partnership,
            body,
            organisation.id,
            &MembershipDraft::default(),
        )
        .unwrap();
        list.push(Member {
            id: organisation.id,
            name: name.into(),
            acronym: acronym.into(),
            representative: representative.into(),
            chamber: chamber.into(),
        });
    }
    let protocol = voting::adopt_protocol(
        partnership,
        body,
        "Ordinary decisions",
        Some(Preset::SimpleMajority),
        &Preset::SimpleMajority.protocol(),
    )
    .unwrap()
    .id;
    Forum {
        members: list,
        body,
        protocol,
    }
}

fn meeting_with_an_item(partnership: &mut Partnership, forum: &Forum) -> (i64, i64) {
    let meeting = meetings::schedule(
        partnership,
        forum.body,
        &MeetingDraft {
            title: "Extraordinary General Assembly".into(),
            kind: "extraordinary".into(),
            date: "2026-11-24".into(),
            starts_at: "09:00".into(),
            ends_at: "12:00".into(),
            time_zone: "Asia/Bangkok".into(),
            place: "Bangkok".into(),
            online_link: String::new(),
            convenor: "Secretariat".into(),
        },
    )
    .unwrap()
    .id;
    let attendance: Vec<Attendance> = forum
        .members
        .iter()
        .map(|m| Attendance {
            organisation_id: m.id,
            status: AttendanceStatus::Present,
            representative: m.representative.clone(),
            proxy_holder_id: None,
            movements: Vec::new(),
        })
        .collect();
    meetings::set_attendance(partnership, meeting, &attendance, &[]).unwrap();
    let item = meetings::add_item(
        partnership,
        meeting,
        &AgendaItemDraft {
            title: "Election of the chair".into(),
            kind: "decision".into(),
            ..Default::default()
        },
    )
    .unwrap()
    .id;
    (meeting, item)
}

/// Fields that hold a member's organisation id as a number.
const MEMBER_ID_FIELDS: [&str; 6] = [
    "id",
    "member",
    "member_id",
    "organisation_id",
    "voter",
    "holder",
];

/// Whether a JSON object's own fields link a member to a choice (see the module's comment).
fn links_member_to_choice(
    object: &serde_json::Map<String, Value>,
    identities: &BTreeSet<String>,
) -> bool {
    let identifies = |key: &str, value: &Value| match value {
        Value::String(s) => identities.contains(s),
        Value::Number(n) => MEMBER_ID_FIELDS.contains(&key) && identities.contains(&n.to_string()),
        _ => false,
    };
    let names_member = object.iter().any(|(key, value)| match value {
        Value::Array(items) => items.iter().any(|item| identifies(key, item)),
        other => identifies(key, other),
    });
    let holds_choice = object.iter().any(|(key, value)| {
        key == "choice"
            || CHOICE_VALUES.contains(&key.as_str())
            || value.as_str().is_some_and(|v| CHOICE_VALUES.contains(&v))
    });
    names_member && holds_choice
}

/// Every object in `value` that links a member to a choice, as text for the failure message.
fn linking_objects(value: &Value, identities: &BTreeSet<String>, found: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            if links_member_to_choice(object, identities) {
                found.push(value.to_string());
            }
            object
                .values()
                .for_each(|v| linking_objects(v, identities, found));
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| linking_objects(v, identities, found)),
        _ => {}
    }
}

fn assert_no_linking_object(value: &Value, forum: &Forum, source: &str) {
    let mut found = Vec::new();
    linking_objects(value, &forum.identities(), &mut found);
    assert!(
        found.is_empty(),
        "{source}: objects linking a member to a choice: {found:#?}"
    );
}

/// A stored secret ballot: papers with no field but chamber, weight and choice, sorted, and
/// the list of who voted, sorted.
fn assert_anonymous(ballots: &Value, forum: &Forum, source: &str) {
    let fields: BTreeSet<&str> = ballots
        .as_object()
        .unwrap_or_else(|| panic!("{source}: ballots are an object: {ballots}"))
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        BTreeSet::from(["kind", "papers", "voted", "casting"]),
        "{source}: {ballots}"
    );
    assert_eq!(ballots["kind"], "secret", "{source}");
    let papers = ballots["papers"].as_array().unwrap();
    for paper in papers {
        let fields: BTreeSet<&str> = paper
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            fields,
            BTreeSet::from(["chamber", "weight", "choice"]),
            "{source}: a paper carries no member: {paper}"
        );
    }
    assert_sorted_papers(&ballots["papers"], source);
    let voted: Vec<&str> = ballots["voted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let mut sorted = voted.clone();
    sorted.sort();
    assert_eq!(voted, sorted, "{source}: who voted, in an order of its own");
    assert!(
        voted.iter().all(|id| forum.ids().contains(*id)),
        "{source}: {voted:?}"
    );
    assert_eq!(voted.len(), papers.len(), "{source}");
}

fn assert_sorted_papers(papers: &Value, source: &str) {
    let papers: Vec<Paper> = serde_json::from_value(papers.clone())
        .unwrap_or_else(|e| panic!("{source}: papers: {e}: {papers}"));
    let keys: Vec<_> = papers
        .iter()
        .map(|p| (p.choice, p.chamber.clone(), p.weight))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(
        keys, sorted,
        "{source}: papers sorted by choice, chamber, weight"
    );
}

fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return Vec::new();
    }
    haystack
        .windows(needle.len())
        .enumerate()
        .filter(|(_, window)| *window == needle)
        .map(|(at, _)| at)
        .collect()
}

/// The raw bytes of one file Pacta wrote (see the module's comment for what is looked for).
/// Every JSON object stored whole in these bytes — live rows, rows of freed pages, older
/// copies of pages in the log — is read and checked. Returns how many secret ballots were.
fn scan_raw(bytes: &[u8], forum: &Forum, entered: &[Vec<Paper>], source: &str) -> usize {
    assert!(
        find_all(bytes, b"\"member\":").is_empty(),
        "{source}: a named ballot was written"
    );
    assert!(
        find_all(bytes, b"\"roll_call\"").is_empty(),
        "{source}: ballots as entered (a roll call) were written"
    );
    for papers in entered {
        let as_entered = serde_json::to_string(papers).unwrap();
        assert!(
            find_all(bytes, as_entered.as_bytes()).is_empty(),
            "{source}: the papers in the order they were entered: {as_entered}"
        );
    }
    let mut secret = 0;
    let mut next = 0;
    while let Some(offset) = bytes[next..].iter().position(|b| *b == b'{') {
        let start = next + offset;
        let mut stream = serde_json::Deserializer::from_slice(&bytes[start..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(value)) => {
                assert_no_linking_object(&value, forum, source);
                secret += secret_ballots(&value, forum, source);
                next = start + stream.byte_offset();
            }
            // Not JSON, or a row that continues on an overflow page (checked through SQL).
            _ => next = start + 1,
        }
    }
    secret
}

/// Checks every secret ballot inside `value`; returns how many there were.
fn secret_ballots(value: &Value, forum: &Forum, source: &str) -> usize {
    match value {
        Value::Object(object) if object.get("kind") == Some(&Value::from("secret")) => {
            assert_anonymous(value, forum, source);
            1
        }
        Value::Object(object) => object
            .values()
            .map(|v| secret_ballots(v, forum, source))
            .sum(),
        Value::Array(items) => items.iter().map(|v| secret_ballots(v, forum, source)).sum(),
        _ => 0,
    }
}

/// Every JSON text of every table, and the activity rows, read through SQLite.
fn scan_tables(db: &Path, forum: &Forum) {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut json_texts = 0;
    for table in &tables {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = statement.column_count();
        let mut rows = statement.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for column in 0..columns {
                let Ok(Some(text)) = row.get::<_, Option<String>>(column) else {
                    continue;
                };
                if let Ok(value) = serde_json::from_str::<Value>(&text) {
                    if value.is_object() || value.is_array() {
                        json_texts += 1;
                        assert_no_linking_object(&value, forum, &format!("table {table}"));
                    }
                }
            }
        }
    }
    assert!(json_texts > 0, "the file's JSON columns were read");

    let secret: Vec<String> = conn
        .prepare("SELECT ballots FROM votes WHERE method = 'secret' ORDER BY id")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(secret.len(), 3, "the three secret ballots");
    for ballots in &secret {
        assert_anonymous(
            &serde_json::from_str(ballots).unwrap(),
            forum,
            "votes.ballots",
        );
    }

    let activity: Vec<(String, String, String)> = conn
        .prepare("SELECT record_kind, summary, changes FROM activity ORDER BY id")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut about_votes = 0;
    for (kind, summary, changes) in &activity {
        let row = without_motions(&format!("{summary} {changes}"));
        if kind == "vote" {
            about_votes += 1;
            for member in &forum.members {
                for name in member.names() {
                    assert!(
                        !row.contains(name),
                        "an activity row about a vote names {name}: {row}"
                    );
                }
            }
        }
        assert_no_choice_beside_member(&row, forum, "activity");
    }
    assert_eq!(about_votes, 3, "each vote is in the activity log");
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn assert_no_choice_beside_member(text: &str, forum: &Forum, source: &str) {
    let text = without_motions(text);
    let named = forum
        .members
        .iter()
        .flat_map(|m| m.names())
        .find(|name| text.contains(*name));
    if let Some(name) = named {
        let choice = words(&text)
            .into_iter()
            .find(|w| CHOICE_WORDS.contains(&w.as_str()));
        assert!(
            choice.is_none(),
            "{source}: {name} beside {choice:?} in {text:?}"
        );
    }
}

fn scan_minutes(pdf: &Path, forum: &Forum, secret_note: &str) {
    let printed = pdftotext(pdf);
    assert!(
        printed.contains(secret_note),
        "the minutes show the secret ballot: {printed}"
    );
    assert!(
        printed.contains(MEMBERS[0].0) || printed.contains(MEMBERS[0].2),
        "the minutes list who attended: {printed}"
    );
    let lines: Vec<&str> = printed.lines().collect();
    for (n, line) in lines.iter().enumerate() {
        let with_next = format!("{line}\n{}", lines.get(n + 1).unwrap_or(&""));
        assert_no_choice_beside_member(&with_next, forum, &pdf.display().to_string());
    }
}

/// Every file in `dir` but the PDFs (read as text above) and the JSON files the CLI was given.
fn files_pacta_wrote(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .filter(|path| {
            !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("pdf") | Some("json")
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn no_record_pacta_keeps_links_a_member_to_a_secret_choice() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("forum.pacta");
    let wal = dir.path().join("forum.pacta-wal");

    let mut partnership = Partnership::create(&db, "Andaman Sea Forum", clock()).unwrap();
    let forum = forum(&mut partnership);
    let (meeting, item) = meeting_with_an_item(&mut partnership, &forum);
    partnership.close().unwrap();

    // `pacta votes record --secret`: attendance and named ballots from JSON files.
    let roll = dir.path().join("roll.json");
    std::fs::write(
        &roll,
        serde_json::to_vec(&forum.everyone_present()).unwrap(),
    )
    .unwrap();
    let ballots = dir.path().join("ballots.json");
    std::fs::write(
        &ballots,
        serde_json::to_vec(&forum.named_ballots(&CLI_VOTE)).unwrap(),
    )
    .unwrap();
    let body = forum.body.to_string();
    let recorded = pacta(&[
        "--db",
        text(&db),
        "votes",
        "record",
        "--body",
        &body,
        "--motion",
        CLI_MOTION,
        "--roll",
        text(&roll),
        "--ballots",
        text(&ballots),
        "--secret",
    ]);
    for printed in [&recorded.stdout, &recorded.stderr] {
        assert_no_choice_beside_member(
            &String::from_utf8_lossy(printed),
            &forum,
            "pacta votes record",
        );
    }

    let mut partnership = Partnership::open(&db, clock()).unwrap();
    // The app's "Record a vote" page: named ballots turned into papers, then closed.
    let mut input = VoteInput {
        body_id: forum.body,
        protocol_id: forum.protocol,
        motion: BODY_MOTION.into(),
        roll: forum.everyone_present(),
        ballots: forum.named_ballots(&BODY_VOTE),
    };
    input.ballots = voting::as_secret(&partnership, &input).unwrap();
    let body_vote = voting::close(&mut partnership, &input).unwrap().id;
    // A motion put to the vote in a meeting, by secret ballot.
    let meeting_vote = meetings::put_to_vote(
        &mut partnership,
        &MotionInput {
            item_id: item,
            protocol_id: forum.protocol,
            motion: MEETING_MOTION.into(),
            at: at("10:00"),
            presiding_id: None,
            ballots: forum.named_ballots(&MEETING_VOTE),
            secret: true,
        },
    )
    .unwrap()
    .id;
    let entered: Vec<Vec<Paper>> = [&BODY_VOTE, &MEETING_VOTE, &CLI_VOTE]
        .iter()
        .map(|votes| forum.papers_as_entered(&votes[..]))
        .collect();
    for papers in &entered {
        let mut sorted = papers.clone();
        sorted.sort_by(|a, b| {
            (a.choice, &a.chamber, a.weight).cmp(&(b.choice, &b.chamber, b.weight))
        });
        assert_ne!(papers, &sorted, "entered in an order that sorting changes");
    }

    let minutes_en = dir.path().join("minutes-en.pdf");
    let minutes_fr = dir.path().join("minutes-fr.pdf");
    meeting_export::export_minutes(
        &partnership,
        meeting,
        &minutes_en,
        PaperSize::A4,
        Language::En,
    )
    .unwrap();
    meeting_export::export_minutes(
        &partnership,
        meeting,
        &minutes_fr,
        PaperSize::A4,
        Language::Fr,
    )
    .unwrap();
    partnership
        .save_copy(&dir.path().join("copy.pacta"))
        .unwrap();

    // Before the checkpoint: the two votes just recorded are in the write-ahead log.
    let wal_bytes = std::fs::read(&wal).expect("the write-ahead log exists while the file is open");
    let whole_in_wal = scan_raw(&wal_bytes, &forum, &entered, "forum.pacta-wal");
    scan_raw(
        &std::fs::read(&db).unwrap(),
        &forum,
        &entered,
        "forum.pacta (open)",
    );
    assert!(
        whole_in_wal >= 1,
        "a secret ballot was read from the write-ahead log"
    );
    partnership.close().unwrap();

    let mut whole = 0;
    for file in files_pacta_wrote(dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        whole += scan_raw(&bytes, &forum, &entered, &file.display().to_string());
    }
    assert!(
        whole >= 3,
        "the secret ballots were read from the files themselves"
    );
    scan_tables(&db, &forum);
    scan_bundle(dir.path(), &db, &forum, &entered);
    scan_minutes(
        &minutes_en,
        &forum,
        "Secret ballot: individual votes are not recorded.",
    );
    scan_minutes(
        &minutes_fr,
        &forum,
        "Scrutin secret : les votes individuels ne sont pas consignés.",
    );

    let listed = pacta_json(&["--db", text(&db), "votes", "list", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert_no_linking_object(&listed, &forum, "pacta votes list --json");
    for id in listed
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["id"].to_string())
    {
        let shown = pacta_json(&["--db", text(&db), "votes", "show", &id, "--json"]);
        assert_eq!(shown["method"], "secret");
        assert_anonymous(&shown["ballots"], &forum, "pacta votes show --json");
        assert_no_linking_object(&shown, &forum, "pacta votes show --json");
        let printed =
            String::from_utf8(pacta(&["--db", text(&db), "votes", "show", &id]).stdout).unwrap();
        for line in printed.lines() {
            assert_no_choice_beside_member(line, &forum, "pacta votes show");
        }
    }
    assert!([body_vote, meeting_vote].iter().all(|id| listed
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v["id"] == *id)));
    let shown = pacta_json(&[
        "--db",
        text(&db),
        "meetings",
        "show",
        &meeting.to_string(),
        "--json",
    ]);
    assert_no_linking_object(&shown, &forum, "pacta meetings show --json");
}

type Check<'a> = Box<dyn Fn() + 'a>;

/// The checks above, shown records that do link members to choices: each must be caught.
#[test]
fn the_checks_catch_a_member_beside_a_choice() {
    let forum = Forum {
        members: MEMBERS
            .iter()
            .enumerate()
            .map(|(n, (name, acronym, representative, chamber))| Member {
                id: n as i64 + 1,
                name: name.to_string(),
                acronym: acronym.to_string(),
                representative: representative.to_string(),
                chamber: chamber.to_string(),
            })
            .collect(),
        body: 1,
        protocol: 1,
    };
    let caught =
        |check: &dyn Fn()| std::panic::catch_unwind(std::panic::AssertUnwindSafe(check)).is_err();
    let entered = vec![forum.papers_as_entered(&BODY_VOTE)];
    let raw = |text: &str| scan_raw(text.as_bytes(), &forum, &entered, "sample");
    let json = |text: &str| {
        assert_no_linking_object(&serde_json::from_str(text).unwrap(), &forum, "sample")
    };
    let sorted = r#"{"kind":"secret","papers":[{"chamber":"Governments","weight":1,"choice":"yes"},{"chamber":"Workers","weight":1,"choice":"no"}],"voted":["1","4"],"casting":null}"#;
    assert_eq!(raw(sorted), 1, "a sorted, anonymous ballot passes");
    let leaks: [(&str, Check); 10] = [
        (
            "named ballots",
            Box::new(|| {
                raw(r#"{"kind":"roll_call","ballots":[{"member":"1","choice":"yes"}]}"#);
            }),
        ),
        (
            "papers in the order entered",
            Box::new(|| {
                raw(&serde_json::to_string(&entered[0]).unwrap());
            }),
        ),
        (
            "unsorted papers",
            Box::new(|| {
                raw(
                    r#"{"kind":"secret","papers":[{"chamber":"Workers","weight":1,"choice":"no"},{"chamber":"Governments","weight":1,"choice":"yes"}],"voted":["1","4"],"casting":null}"#,
                );
            }),
        ),
        (
            "voters out of order",
            Box::new(|| {
                raw(
                    r#"{"kind":"secret","papers":[{"chamber":"Governments","weight":1,"choice":"yes"},{"chamber":"Workers","weight":1,"choice":"no"}],"voted":["4","1"],"casting":null}"#,
                );
            }),
        ),
        (
            "a paper naming its voter",
            Box::new(|| {
                raw(
                    r#"{"kind":"secret","papers":[{"chamber":"Governments","weight":1,"choice":"yes","voter":1}],"voted":["1"],"casting":null}"#,
                );
            }),
        ),
        (
            "a name beside a choice, in bytes",
            Box::new(|| {
                raw(r#"xx{"name":"Fishers Union of Dorado","vote":"abstain"}yy"#);
            }),
        ),
        (
            "choices listing members",
            Box::new(|| json(r#"{"yes":["1","4"],"no":["2"]}"#)),
        ),
        (
            "an organisation id beside a choice",
            Box::new(|| json(r#"[{"organisation_id":3,"choice":"no"}]"#)),
        ),
        (
            "an activity row",
            Box::new(|| {
                assert_no_choice_beside_member("Esi Nakagawa voted against", &forum, "sample")
            }),
        ),
        (
            "minutes naming a member's vote",
            Box::new(|| assert_no_choice_beside_member("• DLB ........ Contre", &forum, "sample")),
        ),
    ];
    for (leak, check) in &leaks {
        assert!(caught(check.as_ref()), "not caught: {leak}");
    }
}

/// The demo's secret ballot (the chair's election at the first General Assembly), recorded
/// from ballots entered in the order of the roll.
#[test]
fn the_demos_secret_ballot_is_stored_anonymously() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.pacta");
    pacta(&["--db", text(&db), "demo"]);
    let listed = pacta_json(&["--db", text(&db), "members", "list", "--json"]);
    let forum = Forum {
        members: listed
            .as_array()
            .unwrap()
            .iter()
            .map(|m| Member {
                id: m["id"].as_i64().unwrap(),
                name: m["name"].as_str().unwrap().to_string(),
                acronym: m["acronym"].as_str().unwrap_or_default().to_string(),
                representative: m["primary_representative"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                chamber: m["chamber"].as_str().unwrap_or_default().to_string(),
            })
            .collect(),
        body: 0,
        protocol: 0,
    };
    let votes = pacta_json(&["--db", text(&db), "votes", "list", "--json"]);
    let secret: Vec<String> = votes
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["method"] == "secret")
        .map(|v| v["id"].to_string())
        .collect();
    assert_eq!(secret.len(), 1, "the demo has one secret ballot");
    let shown = pacta_json(&["--db", text(&db), "votes", "show", &secret[0], "--json"]);
    assert_anonymous(&shown["ballots"], &forum, "the demo's secret ballot");
    assert_no_linking_object(&shown, &forum, "the demo's secret ballot");
}

/// The portable bundle (`pacta export bundle`): every text value of every table, each PDF of
/// minutes, and the file the bundle imports into are searched as the file itself is.
fn scan_bundle(dir: &Path, db: &Path, forum: &Forum, entered: &[Vec<Paper>]) {
    let folder = dir.join("bundle");
    std::fs::create_dir_all(&folder).unwrap();
    let zip = folder.join("forum-bundle.zip");
    let printed = pacta(&["--db", text(db), "export", "bundle", "--out", text(&zip)]);
    assert!(printed.status.success(), "pacta export bundle");
    assert_no_choice_beside_member(
        &String::from_utf8_lossy(&printed.stdout),
        forum,
        "pacta export bundle",
    );
    let mut secret = 0;
    let mut minutes = 0;
    for (name, bytes) in pacta_api::bundle::entries(&zip, None).unwrap() {
        if name.starts_with("pdf/minutes/") {
            let pdf = folder.join("minutes.pdf");
            std::fs::write(&pdf, &bytes).unwrap();
            scan_minutes(
                &pdf,
                forum,
                "Secret ballot: individual votes are not recorded.",
            );
            minutes += 1;
            continue;
        }
        if !name.ends_with(".json") {
            continue;
        }
        let value: Value = serde_json::from_slice(&bytes).unwrap();
        assert_no_linking_object(&value, forum, &name);
        scan_raw(&bytes, forum, entered, &name);
        for row in value["rows"].as_array().into_iter().flatten() {
            for cell in row.as_array().into_iter().flatten() {
                if let Some(text) = cell.as_str() {
                    secret += scan_raw(text.as_bytes(), forum, entered, &name);
                }
            }
        }
    }
    assert!(secret >= 3, "the secret ballots were read from the bundle");
    assert!(minutes >= 1, "the minutes are in the bundle");
    let imported = folder.join("imported.pacta");
    let printed = pacta(&["--db", text(&imported), "import", "bundle", text(&zip)]);
    assert!(printed.status.success(), "pacta import bundle");
    scan_tables(&imported, forum);
}
