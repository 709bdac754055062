//! The use cases end to end: real SQLite files in temporary folders and in-memory partnerships,
//! a fixed clock, and the typed errors the desktop app and the CLI show.

use std::path::{Path, PathBuf};

use pacta_api::member_import::{self, ImportAction, ImportProgress};
use pacta_api::{
    bodies, demo, member_export, members, ApiError, ApiResult, Clock, ErrorCode, Partnership,
};
use pacta_core::{
    BodyDraft, Field, MemberQuery, MemberSort, MemberStatus, MembershipDraft, OrganisationDraft,
    OrganisationKind, RepresentativeDraft, Role, StatusChangeDraft,
};

const NOW: &str = "2026-11-25T10:00:00Z";
const ACTOR: &str = "Maria João";

fn clock() -> Clock {
    Clock::Fixed(NOW.into())
}

fn in_memory() -> Partnership {
    Partnership::in_memory("Mekong Counter-Trafficking Forum", clock()).unwrap()
}

fn create_file(dir: &Path, file_name: &str) -> Partnership {
    Partnership::create(
        &dir.join(file_name),
        "Mekong Counter-Trafficking Forum",
        clock(),
    )
    .unwrap()
}

fn organisation(name: &str) -> OrganisationDraft {
    OrganisationDraft {
        name: name.into(),
        acronym: String::new(),
        kind: "civil_society".into(),
        country: "TL".into(),
        chamber: "Civil society".into(),
        pillars: vec!["protection".into()],
        joined_on: "2024-03-01".into(),
        notes: String::new(),
    }
}

fn representative(name: &str, email: &str) -> RepresentativeDraft {
    RepresentativeDraft {
        name: name.into(),
        title: "Coordinator".into(),
        email: email.into(),
        phone: "+670 331 0000".into(),
        primary: true,
    }
}

fn activity_count(partnership: &Partnership) -> usize {
    members::recent_activity(partnership, u32::MAX)
        .unwrap()
        .len()
}

/// Everything a failed call must leave as it was: counts, activity and every member's data.
#[derive(Debug, PartialEq)]
struct Snapshot {
    members: i64,
    representatives: i64,
    bodies: i64,
    activity: usize,
    rows: Vec<Vec<String>>,
}

fn snapshot(partnership: &Partnership) -> Snapshot {
    let info = partnership.info().unwrap();
    Snapshot {
        members: info.members,
        representatives: info.representatives,
        bodies: info.bodies,
        activity: activity_count(partnership),
        rows: member_export::member_rows(partnership).unwrap(),
    }
}

fn write(dir: &Path, file_name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(file_name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn no_progress() -> impl FnMut(ImportProgress) {
    |_| {}
}

fn search(partnership: &Partnership, text: &str) -> Vec<pacta_core::MemberSummary> {
    let query = MemberQuery {
        text: text.into(),
        ..MemberQuery::default()
    };
    members::list(partnership, &query).unwrap().rows
}

// ---------------------------------------------------------------------------------------------
// Members: typed errors, nothing changed on failure, and the activity log on success.

/// The records the failure cases act on.
struct Ids {
    associacao: i64,
    lao: i64,
    assembly: i64,
}

fn registry_with_two_members() -> (Partnership, Ids) {
    let mut partnership = in_memory();
    partnership.set_actor(ACTOR).unwrap();
    let associacao = members::create(&mut partnership, &organisation("Associação Timorense"))
        .unwrap()
        .id;
    let lao = members::create(
        &mut partnership,
        &OrganisationDraft {
            kind: "trade_union".into(),
            country: "LA".into(),
            chamber: "Workers".into(),
            ..organisation("Lao Federation of Trade Unions")
        },
    )
    .unwrap()
    .id;
    let assembly = bodies::create(
        &mut partnership,
        &BodyDraft {
            name: "General Assembly".into(),
            code: "GA".into(),
            kind: "plenary".into(),
        },
    )
    .unwrap()
    .id;
    (
        partnership,
        Ids {
            associacao,
            lao,
            assembly,
        },
    )
}

#[test]
fn each_refused_write_returns_its_code_and_field_and_changes_nothing() {
    type Call = fn(&mut Partnership, &Ids) -> ApiResult<()>;
    let cases: &[(&str, Call, ErrorCode, Option<Field>)] = &[
        (
            "a representative's email without a domain is refused",
            |p, ids| {
                members::add_representative(p, ids.associacao, &representative("Ana", "ana@"))
                    .map(drop)
            },
            ErrorCode::InvalidEmail,
            Some(Field::Email),
        ),
        (
            "a new member's country must be an ISO 3166 code",
            |p, _| {
                let draft = OrganisationDraft {
                    country: "XX".into(),
                    ..organisation("Hội Liên hiệp Phụ nữ")
                };
                members::create(p, &draft).map(drop)
            },
            ErrorCode::UnknownCountry,
            Some(Field::Country),
        ),
        (
            "an edit cannot put an unknown country on a member",
            |p, ids| {
                let draft = OrganisationDraft {
                    country: "ZZ".into(),
                    ..organisation("Associação Timorense")
                };
                members::update(p, ids.associacao, &draft).map(drop)
            },
            ErrorCode::UnknownCountry,
            Some(Field::Country),
        ),
        (
            "a vote weight of 0 would silently disenfranchise the member",
            |p, ids| {
                let seat = MembershipDraft {
                    weight: "0".into(),
                    ..MembershipDraft::default()
                };
                bodies::seat(p, ids.assembly, ids.associacao, &seat).map(drop)
            },
            ErrorCode::InvalidWeight,
            Some(Field::Weight),
        ),
        (
            "a second organisation with the same name (other case and spacing) is refused",
            |p, _| members::create(p, &organisation("associação   TIMORENSE")).map(drop),
            ErrorCode::DuplicateName,
            Some(Field::Name),
        ),
        (
            "renaming a member to another member's name is refused by the store, inside the transaction",
            |p, ids| members::update(p, ids.lao, &organisation("Associação Timorense")).map(drop),
            ErrorCode::DuplicateName,
            Some(Field::Name),
        ),
        (
            "a status change dated before the member joined is refused",
            |p, ids| {
                let change = StatusChangeDraft {
                    status: "suspended".into(),
                    effective_on: "2024-02-29".into(),
                    reason: "Dues unpaid".into(),
                };
                members::change_status(p, ids.associacao, &change).map(drop)
            },
            ErrorCode::StatusBeforeJoined,
            Some(Field::EffectiveOn),
        ),
        (
            "a member cannot join on 30 February",
            |p, _| {
                let draft = OrganisationDraft {
                    joined_on: "2026-02-30".into(),
                    ..organisation("Hội Liên hiệp Phụ nữ")
                };
                members::create(p, &draft).map(drop)
            },
            ErrorCode::ImpossibleDate,
            Some(Field::JoinedOn),
        ),
        (
            "a status change cannot take effect on 30 February",
            |p, ids| {
                let change = StatusChangeDraft {
                    status: "withdrawn".into(),
                    effective_on: "2026-02-30".into(),
                    reason: "Left the forum".into(),
                };
                members::change_status(p, ids.associacao, &change).map(drop)
            },
            ErrorCode::ImpossibleDate,
            Some(Field::EffectiveOn),
        ),
        (
            "an active member cannot be made active again",
            |p, ids| {
                let change = StatusChangeDraft {
                    status: "active".into(),
                    effective_on: "2026-01-05".into(),
                    reason: "Again".into(),
                };
                members::change_status(p, ids.associacao, &change).map(drop)
            },
            ErrorCode::StatusUnchanged,
            Some(Field::Status),
        ),
        (
            "a representative cannot be added to an organisation that does not exist",
            |p, _| {
                members::add_representative(p, 9_999, &representative("Ana", "ana@ngo.tl"))
                    .map(drop)
            },
            ErrorCode::NotFound,
            None,
        ),
    ];
    for (reason, call, code, field) in cases {
        let (mut partnership, ids) = registry_with_two_members();
        let before = snapshot(&partnership);
        let error: ApiError = call(&mut partnership, &ids).expect_err(reason);
        assert_eq!(error.code, *code, "{reason}: {error:?}");
        let fields: Vec<Option<Field>> = error.details.iter().map(|d| d.field).collect();
        match field {
            Some(field) => assert_eq!(fields, vec![Some(*field)], "{reason}: {error:?}"),
            None => assert!(fields.is_empty(), "{reason}: {error:?}"),
        }
        assert!(!error.message.is_empty(), "{reason}: a message for the log");
        assert_eq!(snapshot(&partnership), before, "{reason}: nothing changed");
    }
}

#[test]
fn a_form_with_several_problems_reports_each_against_its_field() {
    let mut partnership = in_memory();
    let draft = OrganisationDraft {
        name: " ".into(),
        country: "XX".into(),
        joined_on: "2026-02-30".into(),
        ..organisation("")
    };
    let error = members::create(&mut partnership, &draft).unwrap_err();
    assert_eq!(error.code, ErrorCode::ValidationFailed);
    let placed: Vec<(ErrorCode, Option<Field>)> =
        error.details.iter().map(|d| (d.code, d.field)).collect();
    assert_eq!(
        placed,
        vec![
            (ErrorCode::Required, Some(Field::Name)),
            (ErrorCode::UnknownCountry, Some(Field::Country)),
            (ErrorCode::ImpossibleDate, Some(Field::JoinedOn)),
        ]
    );
    assert_eq!(
        error.details[1].value.as_deref(),
        Some("XX"),
        "the offending value travels with the problem"
    );
    assert_eq!(partnership.info().unwrap().members, 0);
}

/// A chain of successful writes, each seeing the records the earlier ones made.
#[derive(Default)]
struct Made {
    organisation: i64,
    representative: i64,
    body: i64,
    seat: i64,
}

#[test]
fn every_successful_write_logs_activity_under_the_acting_user() {
    type Step = fn(&mut Partnership, &mut Made, &Path) -> ApiResult<()>;
    let steps: &[(&str, Step, usize)] = &[
        (
            "creating a member logs its creation",
            |p, made, _| {
                made.organisation = members::create(p, &organisation("Associação Timorense"))?.id;
                Ok(())
            },
            1,
        ),
        (
            "editing a member logs the fields that changed",
            |p, made, _| {
                let draft = OrganisationDraft {
                    acronym: "AT".into(),
                    ..organisation("Associação Timorense")
                };
                members::update(p, made.organisation, &draft).map(drop)
            },
            1,
        ),
        (
            "adding a representative is logged",
            |p, made, _| {
                let person = representative("Ana Maria da Conceição Gusmão", "ana@at.tl");
                made.representative =
                    members::add_representative(p, made.organisation, &person)?.id;
                Ok(())
            },
            1,
        ),
        (
            "editing a representative is logged",
            |p, made, _| {
                let person = representative("Ana Maria Gusmão", "ana@at.tl");
                members::update_representative(p, made.representative, &person).map(drop)
            },
            1,
        ),
        (
            "a dated suspension is logged",
            |p, made, _| {
                let change = StatusChangeDraft {
                    status: "suspended".into(),
                    effective_on: "2026-09-30".into(),
                    reason: "Annual contribution outstanding".into(),
                };
                members::change_status(p, made.organisation, &change).map(drop)
            },
            1,
        ),
        (
            "creating a body is logged",
            |p, made, _| {
                let body = BodyDraft {
                    name: "General Assembly".into(),
                    code: "ga".into(),
                    kind: "plenary".into(),
                };
                made.body = bodies::create(p, &body)?.id;
                Ok(())
            },
            1,
        ),
        (
            "renaming a body is logged",
            |p, made, _| {
                let body = BodyDraft {
                    name: "Plenary Assembly".into(),
                    code: "PA".into(),
                    kind: "plenary".into(),
                };
                bodies::update(p, made.body, &body).map(drop)
            },
            1,
        ),
        (
            "seating a member is logged",
            |p, made, _| {
                let seat = MembershipDraft {
                    role: "observer".into(),
                    office: String::new(),
                    weight: "2".into(),
                };
                made.seat = bodies::seat(p, made.body, made.organisation, &seat)?.id;
                Ok(())
            },
            1,
        ),
        (
            "unseating a member is logged",
            |p, made, _| bodies::unseat(p, made.seat),
            1,
        ),
        (
            "removing a representative is logged",
            |p, made, _| members::remove_representative(p, made.representative),
            1,
        ),
        (
            "renaming the partnership is logged",
            |p, _, _| p.rename("Mekong Forum"),
            1,
        ),
        (
            "an import logs each member it adds and each representative",
            |p, _, dir| {
                let file = write(
                    dir,
                    "two.csv",
                    "name,kind,joined_on,representative_name\n\
                     Hội Liên hiệp Phụ nữ Việt Nam,civil_society,2023-01-01,Nguyễn Thị Hương\n\
                     Lao Women's Union,civil_society,2023-01-01,\n",
                );
                member_import::import(p, &file, &mut no_progress()).map(drop)
            },
            3,
        ),
        (
            "deleting a member is logged",
            |p, made, _| members::delete(p, made.organisation),
            1,
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = in_memory();
    partnership.set_actor(ACTOR).unwrap();
    assert_eq!(partnership.info().unwrap().actor, ACTOR);
    let mut made = Made::default();
    for (reason, step, expected) in steps {
        let before = activity_count(&partnership);
        step(&mut partnership, &mut made, dir.path()).unwrap_or_else(|e| panic!("{reason}: {e:?}"));
        let added = activity_count(&partnership) - before;
        assert_eq!(added, *expected, "{reason}");
        for entry in members::recent_activity(&partnership, u32::try_from(added).unwrap()).unwrap()
        {
            assert_eq!(entry.actor, ACTOR, "{reason}: {entry:?}");
            assert_eq!(entry.at, NOW, "{reason}: the clock stamps the entry");
            assert!(!entry.summary.is_empty(), "{reason}: {entry:?}");
        }
    }
}

#[test]
fn the_acting_user_is_kept_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = create_file(dir.path(), "forum.pacta");
    assert_eq!(partnership.info().unwrap().actor, "Secretariat");
    partnership.set_actor("  Maria João ").unwrap();
    partnership.close().unwrap();
    let mut partnership = Partnership::open(&dir.path().join("forum.pacta"), clock()).unwrap();
    assert_eq!(partnership.info().unwrap().actor, ACTOR, "trimmed and kept");
    assert_eq!(
        partnership.set_actor(" ").unwrap_err().code,
        ErrorCode::Required,
        "someone must be acting"
    );
}

#[test]
fn a_member_detail_gathers_people_seats_history_and_activity() {
    let (mut partnership, ids) = registry_with_two_members();
    members::add_representative(
        &mut partnership,
        ids.associacao,
        &representative("Ana Gusmão", "ana@at.tl"),
    )
    .unwrap();
    bodies::seat(
        &mut partnership,
        ids.assembly,
        ids.associacao,
        &MembershipDraft::default(),
    )
    .unwrap();
    let detail = members::detail(&partnership, ids.associacao).unwrap();
    assert_eq!(detail.organisation.name, "Associação Timorense");
    assert_eq!(detail.representatives.len(), 1);
    assert_eq!(detail.seats[0].role, Role::VotingMember);
    assert_eq!(detail.status_history[0].recorded_by, ACTOR);
    assert!(
        detail
            .activity
            .iter()
            .all(|e| e.record_kind == "organisation" && e.record_id == Some(ids.associacao)),
        "only this member's own entries: {:?}",
        detail.activity
    );
    assert_eq!(
        members::detail(&partnership, 9_999).unwrap_err().code,
        ErrorCode::NotFound
    );
}

// ---------------------------------------------------------------------------------------------
// Importing members from a spreadsheet.

const GOOD_HEADER: &str = "name,kind,country,joined_on,representative_name,representative_email";

#[test]
fn a_bad_row_names_its_row_and_column_and_imports_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = create_file(dir.path(), "forum.pacta");
    let file = write(
        dir.path(),
        "members.csv",
        format!(
            "{GOOD_HEADER}\n\
             Associação Timorense,civil_society,TL,2024-03-01,Ana Gusmão,ana@at.tl\n\
             Hội Liên hiệp Phụ nữ Việt Nam,civil_society,VN,2025-02-30,Nguyễn Thị Hương,huong@hlhpn.vn\n\
             Lao Federation of Trade Unions,trade_union,LA,2023-09-01,,\n"
        ),
    );
    let before = snapshot(&partnership);

    let preview = member_import::preview(&partnership, &file).unwrap();
    let actions: Vec<(u32, ImportAction)> =
        preview.rows.iter().map(|r| (r.row, r.action)).collect();
    assert_eq!(
        actions,
        vec![
            (2, ImportAction::Add),
            (3, ImportAction::Invalid),
            (4, ImportAction::Add)
        ],
        "rows are numbered as the spreadsheet shows them, the header being row 1"
    );
    assert_eq!((preview.adds, preview.updates, preview.invalid), (2, 0, 1));
    let bad = &preview.rows[1];
    assert_eq!(bad.name, "Hội Liên hiệp Phụ nữ Việt Nam");
    assert_eq!(bad.problems.len(), 1, "{:?}", bad.problems);
    assert_eq!(bad.problems[0].code, ErrorCode::ImpossibleDate);
    assert_eq!(bad.problems[0].row, Some(3));
    assert_eq!(bad.problems[0].column.as_deref(), Some("joined_on"));
    assert_eq!(bad.problems[0].value.as_deref(), Some("2025-02-30"));
    assert!(
        bad.problems[0].message.contains("row 3") && bad.problems[0].message.contains("joined_on"),
        "{}",
        bad.problems[0].message
    );
    assert_eq!(snapshot(&partnership), before, "a preview writes nothing");

    let error = member_import::import(&mut partnership, &file, &mut no_progress()).unwrap_err();
    assert_eq!(error.code, ErrorCode::ImportHasErrors);
    let placed: Vec<(Option<u32>, Option<&str>)> = error
        .details
        .iter()
        .map(|d| (d.row, d.column.as_deref()))
        .collect();
    assert_eq!(placed, vec![(Some(3), Some("joined_on"))]);
    assert_eq!(snapshot(&partnership), before, "all rows or none");

    partnership.close().unwrap();
    let reopened = Partnership::open(&dir.path().join("forum.pacta"), clock()).unwrap();
    assert_eq!(
        reopened.info().unwrap().members,
        0,
        "nothing reached the file"
    );
}

#[test]
fn a_file_that_cannot_be_read_as_a_member_table_is_refused_with_its_code() {
    type Check = fn(&ApiError) -> bool;
    let binary: Vec<u8> = [
        b"name,kind,joined_on\n".as_slice(),
        b"\x00\x01\x02\xff\xfe\x00 binary,civil_society,2024-03-01\n",
    ]
    .concat();
    let cases: Vec<(&str, &str, Vec<u8>, ErrorCode, Check)> = vec![
        (
            "a file without the joined_on column names the missing column",
            "members.csv",
            b"name,kind,country\nLao Women's Union,civil_society,LA\n".to_vec(),
            ErrorCode::MissingColumn,
            |e| {
                e.details[0].column.as_deref() == Some("joined_on")
                    && e.details[0].row == Some(1)
                    && e.message.contains("joined_on")
            },
        ),
        (
            "a file without a name column names it",
            "members.csv",
            b"organisation;kind;joined_on\nLao Women's Union;civil_society;2023-01-01\n".to_vec(),
            ErrorCode::MissingColumn,
            |e| e.details[0].column.as_deref() == Some("name"),
        ),
        (
            "a file that is not text in any encoding names its row",
            "members.csv",
            binary,
            ErrorCode::BadEncoding,
            |e| e.details[0].row == Some(2),
        ),
        (
            "an OpenDocument file that is only the start of a zip is damaged",
            "members.ods",
            b"PK\x03\x04".to_vec(),
            ErrorCode::UnreadableSpreadsheet,
            |e| e.message.contains("damaged"),
        ),
        (
            "a PDF is not a spreadsheet format",
            "members.pdf",
            b"%PDF-1.7\n".to_vec(),
            ErrorCode::UnsupportedFormat,
            |e| e.message.contains(".csv") && e.message.contains(".ods"),
        ),
        (
            "a macro-enabled workbook is refused by its extension",
            "members.xlsm",
            b"PK\x03\x04".to_vec(),
            ErrorCode::UnsupportedFormat,
            |e| e.message.contains("macro"),
        ),
        (
            "a password-protected workbook is an encrypted package, not a zip",
            "members.xlsx",
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0].to_vec(),
            ErrorCode::ProtectedFile,
            |e| e.message.contains("password"),
        ),
        (
            "a text file named .xlsx cannot be read as a workbook",
            "members.xlsx",
            b"name,kind,joined_on\n".to_vec(),
            ErrorCode::UnreadableSpreadsheet,
            |e| e.message.contains("Excel"),
        ),
        (
            "an empty file has no header row",
            "members.csv",
            Vec::new(),
            ErrorCode::MissingColumn,
            |e| e.message.contains("header"),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = create_file(dir.path(), "forum.pacta");
    let before = snapshot(&partnership);
    for (index, (reason, file_name, bytes, code, check)) in cases.into_iter().enumerate() {
        let case_dir = dir.path().join(index.to_string());
        std::fs::create_dir(&case_dir).unwrap();
        let file = write(&case_dir, file_name, bytes);
        let previewed = member_import::preview(&partnership, &file).unwrap_err();
        let imported =
            member_import::import(&mut partnership, &file, &mut no_progress()).unwrap_err();
        for error in [&previewed, &imported] {
            assert_eq!(error.code, code, "{reason}: {error:?}");
            assert!(check(error), "{reason}: {error:?}");
        }
        assert_eq!(snapshot(&partnership), before, "{reason}: nothing changed");
    }
}

#[test]
fn a_name_repeated_in_the_file_or_already_in_the_registry_makes_the_row_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = in_memory();
    members::create(&mut partnership, &organisation("Lao Women's Union")).unwrap();
    let file = write(
        dir.path(),
        "members.csv",
        "name,kind,joined_on\n\
         Associação Timorense,civil_society,2024-03-01\n\
         ASSOCIAÇÃO  timorense,civil_society,2024-03-01\n\
         Lao Women's Union,civil_society,2023-01-01\n",
    );
    let preview = member_import::preview(&partnership, &file).unwrap();
    let cases: &[(usize, ImportAction, &str, &str)] = &[
        (0, ImportAction::Add, "", "the first of two rows is fine"),
        (
            1,
            ImportAction::Invalid,
            "row 2",
            "the second row names the same organisation, in other case and spacing",
        ),
        (
            2,
            ImportAction::Invalid,
            "already in the registry",
            "a row without an id cannot take a registered member's name",
        ),
    ];
    for (index, action, says, reason) in cases {
        let row = &preview.rows[*index];
        assert_eq!(row.action, *action, "{reason}: {row:?}");
        if *action == ImportAction::Invalid {
            assert_eq!(row.problems.len(), 1, "{reason}: {row:?}");
            let problem = &row.problems[0];
            assert_eq!(problem.code, ErrorCode::DuplicateName, "{reason}");
            assert_eq!(problem.field, Some(Field::Name), "{reason}");
            assert_eq!(problem.column.as_deref(), Some("name"), "{reason}");
            assert_eq!(problem.row, Some(row.row), "{reason}");
            assert!(
                problem.message.contains(says),
                "{reason}: {}",
                problem.message
            );
        }
    }
    let error = member_import::import(&mut partnership, &file, &mut no_progress()).unwrap_err();
    assert_eq!(error.code, ErrorCode::ImportHasErrors);
    assert_eq!(partnership.info().unwrap().members, 1);
}

#[test]
fn import_progress_is_reported_and_reaches_the_total() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = create_file(dir.path(), "forum.pacta");
    let mut csv = String::from("name,kind,joined_on\n");
    for n in 1..=600 {
        csv.push_str(&format!(
            "Associação Comunitária {n},civil_society,2024-03-01\n"
        ));
    }
    let file = write(dir.path(), "many.csv", csv);
    let mut seen = Vec::new();
    let summary = member_import::import(&mut partnership, &file, &mut |p| seen.push(p)).unwrap();
    assert_eq!((summary.added, summary.updated), (600, 0));
    let done: Vec<u32> = seen.iter().map(|p| p.done).collect();
    assert_eq!(done, vec![250, 500, 600], "every 250 rows and at the end");
    assert!(seen.iter().all(|p| p.total == 600), "{seen:?}");
    assert_eq!(partnership.info().unwrap().members, 600);
}

#[test]
fn excel_dates_and_numbers_import_as_the_text_a_person_would_type() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("members.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let headers = [
        "id",
        "name",
        "kind",
        "joined_on",
        "representative_name",
        "representative_phone",
    ];
    for (column, header) in headers.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(column).unwrap(), *header)
            .unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_number(1, 0, 7.0).unwrap();
    sheet.write_string(1, 1, "Associação Timorense").unwrap();
    sheet.write_string(1, 2, "civil_society").unwrap();
    sheet
        .write_datetime_with_format(1, 3, ExcelDateTime::from_ymd(2024, 3, 1).unwrap(), &date)
        .unwrap();
    sheet.write_string(1, 4, "Ana Gusmão").unwrap();
    sheet.write_number(1, 5, 6703310000.0).unwrap();
    workbook.save(&path).unwrap();

    let mut partnership = in_memory();
    member_import::import(&mut partnership, &path, &mut no_progress()).unwrap();
    let member = members::detail(&partnership, 7).unwrap();
    assert_eq!(
        member.organisation.id, 7,
        "the id cell, a number, keeps the id"
    );
    assert_eq!(
        member.organisation.joined_on.to_string(),
        "2024-03-01",
        "a date cell, whatever its display format"
    );
    assert_eq!(member.representatives[0].phone, "6703310000", "no “.0”");
}

// ---------------------------------------------------------------------------------------------
// Export and import round trips.

#[test]
fn an_export_imports_into_a_new_file_and_exports_again_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut source = create_file(dir.path(), "demo.pacta");
    demo::load(&mut source).unwrap();
    let source_rows = member_export::member_rows(&source).unwrap();
    assert_eq!(source_rows.len(), 18);

    for format in ["csv", "xlsx"] {
        let exported = dir.path().join(format!("demo.{format}"));
        let summary = member_export::export(&source, &exported).unwrap();
        assert_eq!(summary.rows, 18, "{format}");

        let mut copy = create_file(dir.path(), &format!("copy-{format}.pacta"));
        let preview = member_import::preview(&copy, &exported).unwrap();
        assert_eq!(
            (preview.adds, preview.updates, preview.invalid),
            (18, 0, 0),
            "{format}: every exported row imports into an empty file"
        );
        let imported = member_import::import(&mut copy, &exported, &mut no_progress()).unwrap();
        assert_eq!((imported.added, imported.updated), (18, 0), "{format}");
        assert_eq!(
            member_export::member_rows(&copy).unwrap(),
            source_rows,
            "{format}: ids, statuses, pillars and primary representatives all survive"
        );

        let again = dir.path().join(format!("again-from-{format}.csv"));
        member_export::export(&copy, &again).unwrap();
        let first_csv = dir.path().join("demo.csv");
        assert_eq!(
            std::fs::read(&again).unwrap(),
            std::fs::read(&first_csv).unwrap(),
            "{format}: the second export is byte-identical to the first"
        );
        copy.close().unwrap();
    }
}

#[test]
fn an_export_imported_back_into_its_own_file_updates_every_member_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = create_file(dir.path(), "demo.pacta");
    demo::load(&mut partnership).unwrap();
    for format in ["csv", "xlsx"] {
        let exported = dir.path().join(format!("members.{format}"));
        member_export::export(&partnership, &exported).unwrap();
        let rows_before = member_export::member_rows(&partnership).unwrap();

        let preview = member_import::preview(&partnership, &exported).unwrap();
        assert_eq!(
            (preview.adds, preview.updates, preview.invalid),
            (0, 18, 0),
            "{format}"
        );
        assert!(
            preview
                .rows
                .iter()
                .all(|r| r.action == ImportAction::Update && r.id.is_some()),
            "{format}: matched by id, not by name: {:?}",
            preview.rows
        );

        let summary =
            member_import::import(&mut partnership, &exported, &mut no_progress()).unwrap();
        assert_eq!((summary.added, summary.updated), (0, 18), "{format}");
        assert_eq!(
            member_export::member_rows(&partnership).unwrap(),
            rows_before,
            "{format}: updating with the same values keeps every value"
        );
        assert_eq!(partnership.info().unwrap().members, 18, "{format}");
    }
}

#[test]
fn an_edited_export_updates_the_member_by_id_and_dates_its_status_change_today() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = in_memory();
    demo::load(&mut partnership).unwrap();
    let exported = dir.path().join("members.csv");
    member_export::export(&partnership, &exported).unwrap();
    let text = std::fs::read_to_string(&exported).unwrap();
    let edited = text.replacen(
        "Ministry of Labour,MOL,government,TH,Governments,prevention;protection;partnership,active",
        "Ministry of Labour (Thailand),MOL,government,TH,Governments,prevention;protection;partnership,withdrawn",
        1,
    );
    assert_ne!(edited, text, "the export has the Thai ministry's row");
    let file = write(dir.path(), "edited.csv", edited);
    let preview = member_import::preview(&partnership, &file).unwrap();
    assert_eq!((preview.adds, preview.updates, preview.invalid), (0, 18, 0));
    member_import::import(&mut partnership, &file, &mut no_progress()).unwrap();

    let found = search(&partnership, "Thailand");
    assert_eq!(found.len(), 1, "renamed in place, not added: {found:?}");
    assert_eq!(found[0].status, MemberStatus::Withdrawn);
    let detail = members::detail(&partnership, found[0].id).unwrap();
    let last = detail.status_history.last().unwrap();
    assert_eq!(last.status, MemberStatus::Withdrawn);
    assert_eq!(
        last.effective_on.to_string(),
        "2026-11-25",
        "the clock's today"
    );
    assert_eq!(last.reason, "Imported from edited.csv");
    assert_eq!(partnership.info().unwrap().members, 18);
}

// ---------------------------------------------------------------------------------------------
// Opening files.

#[test]
fn a_file_that_is_not_a_partnership_is_refused_as_not_a_pacta_file() {
    let dir = tempfile::tempdir().unwrap();
    let foreign_database = dir.path().join("contacts.sqlite");
    let conn = pacta_store::Connection::open(&foreign_database).unwrap();
    conn.execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ana');")
        .unwrap();
    conn.close().unwrap();
    let cases: &[(&str, PathBuf)] = &[
        (
            "a text file",
            write(
                dir.path(),
                "notes.pacta",
                "Minutes of the General Assembly\n",
            ),
        ),
        ("an empty file", write(dir.path(), "empty.pacta", "")),
        (
            "an SQLite header followed by garbage",
            write(
                dir.path(),
                "garbage.pacta",
                [b"SQLite format 3\0".as_slice(), &[0xAB; 4096]].concat(),
            ),
        ),
        ("another program's SQLite database", foreign_database),
        (
            "a spreadsheet",
            write(dir.path(), "members.xlsx", b"PK\x03\x04 not really a zip"),
        ),
    ];
    for (reason, path) in cases {
        let error = Partnership::open(path, clock()).err().expect(reason);
        assert_eq!(error.code, ErrorCode::NotAPactaFile, "{reason}: {error:?}");
        assert!(error.message.contains("not a Pacta"), "{reason}: {error:?}");
    }
    let foreign = std::fs::read(dir.path().join("notes.pacta")).unwrap();
    assert_eq!(
        foreign, b"Minutes of the General Assembly\n",
        "a refused file is left untouched"
    );
}

#[test]
fn an_open_partnership_cannot_be_opened_a_second_time_until_it_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.pacta");
    let first = Partnership::create(&path, "Mekong Forum", clock()).unwrap();
    let error = Partnership::open(&path, clock()).err().unwrap();
    assert_eq!(error.code, ErrorCode::FileLocked, "{error:?}");
    assert!(error.message.contains("already open"), "{}", error.message);
    first.close().unwrap();

    let second = Partnership::open(&path, clock()).unwrap();
    assert_eq!(
        Partnership::open(&path, clock()).err().unwrap().code,
        ErrorCode::FileLocked,
        "an opened file is locked as a created one is"
    );
    drop(second);
    assert!(
        Partnership::open(&path, clock()).is_ok(),
        "dropping releases the lock too"
    );
}

#[test]
fn files_that_are_missing_or_already_exist_are_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.pacta");
    assert_eq!(
        Partnership::open(&missing, clock()).err().unwrap().code,
        ErrorCode::FileMissing
    );
    Partnership::create(&missing, "Forum", clock())
        .unwrap()
        .close()
        .unwrap();
    assert_eq!(
        Partnership::create(&missing, "Forum", clock())
            .err()
            .unwrap()
            .code,
        ErrorCode::FileExists,
        "creating never overwrites"
    );
    let error = Partnership::create(&dir.path().join("blank.pacta"), "  ", clock())
        .err()
        .unwrap();
    assert_eq!(error.details[0].field, Some(Field::PartnershipName));
    assert!(!dir.path().join("blank.pacta").exists());
}

#[test]
fn a_copy_saved_while_open_reopens_with_the_same_members() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = create_file(dir.path(), "demo.pacta");
    demo::load(&mut partnership).unwrap();
    let copy = dir.path().join("copy.pacta");
    partnership.save_copy(&copy).unwrap();
    assert_eq!(
        partnership.save_copy(&copy).unwrap_err().code,
        ErrorCode::FileExists
    );
    let reopened = Partnership::open(&copy, clock()).unwrap();
    assert_eq!(
        member_export::member_rows(&reopened).unwrap(),
        member_export::member_rows(&partnership).unwrap()
    );
    assert_eq!(reopened.info().unwrap().name, "SEA Forum for Fishers");
}

// ---------------------------------------------------------------------------------------------
// The demo partnership.

#[test]
fn the_demo_has_eighteen_members_and_eight_governments() {
    let mut partnership = in_memory();
    demo::load(&mut partnership).unwrap();
    let info = partnership.info().unwrap();
    assert_eq!(info.name, "SEA Forum for Fishers");
    assert_eq!(info.members, 18);
    assert_eq!(demo::member_count(), 18);
    assert_eq!(info.active_members, 17, "the network is suspended");
    assert_eq!(
        info.bodies, 3,
        "General Assembly, Technical Working Group, Executive Committee"
    );

    let governments = members::list(
        &partnership,
        &MemberQuery {
            kind: Some(OrganisationKind::Government),
            sort: MemberSort::Country,
            ..MemberQuery::default()
        },
    )
    .unwrap();
    assert_eq!(governments.total, 8);
    let mut countries: Vec<String> = governments
        .rows
        .iter()
        .map(|r| r.country.clone().unwrap_or_default())
        .collect();
    countries.sort();
    let mut expected = ["KH", "ID", "MY", "MM", "PH", "TH", "TL", "VN"];
    expected.sort_unstable();
    assert_eq!(countries, expected);

    assert_eq!(
        demo::load(&mut partnership).unwrap_err().code,
        ErrorCode::FileExists,
        "the demo never goes into a partnership that has members"
    );
    assert_eq!(partnership.info().unwrap().members, 18);
}

#[test]
fn the_demo_general_assembly_has_an_observer_and_two_technical_advisers() {
    let mut partnership = in_memory();
    demo::load(&mut partnership).unwrap();
    let assembly = bodies::list(&partnership)
        .unwrap()
        .into_iter()
        .find(|b| b.code == "GA")
        .expect("a General Assembly");
    assert_eq!(assembly.name, "General Assembly");
    let detail = bodies::detail(&partnership, assembly.id).unwrap();
    assert_eq!(
        detail.members.len(),
        18,
        "every member sits in the assembly"
    );
    let with_role = |role: Role| -> Vec<&str> {
        detail
            .members
            .iter()
            .filter(|m| m.role == role)
            .map(|m| m.organisation_name.as_str())
            .collect()
    };
    assert_eq!(
        with_role(Role::Observer),
        vec!["Southeast Asian Fisheries Development Center"]
    );
    assert_eq!(with_role(Role::TechnicalAdviser).len(), 2);
    assert_eq!(with_role(Role::VotingMember).len(), 15);

    let advisers = members::list(
        &partnership,
        &MemberQuery {
            role: Some(Role::TechnicalAdviser),
            ..MemberQuery::default()
        },
    )
    .unwrap();
    let acronyms: Vec<&str> = advisers.rows.iter().map(|r| r.acronym.as_str()).collect();
    assert_eq!(acronyms, vec!["ILO", "IOM"]);
}

#[test]
fn demo_searches_ignore_accents_and_case_and_find_representatives() {
    let mut partnership = in_memory();
    demo::load(&mut partnership).unwrap();
    let cases: &[(&str, &str, &str)] = &[
        (
            "gusmao",
            "SEFOPE",
            "the Timor-Leste ministry through its representative Gusmão, typed without accents",
        ),
        ("nguyen", "MOLISA", "Nguyễn Thị Hương represents MOLISA"),
        (
            "NGUYỄN",
            "MOLISA",
            "accents and capitals typed are fine too",
        ),
        ("gusm", "SEFOPE", "each word matches as a prefix"),
        ("jean francois", "ILO", "two words, both must match"),
        ("munoz ibanez", "IOM", "ñ and á are folded"),
        (
            "formacao profissional",
            "SEFOPE",
            "organisation names are searched",
        ),
        ("kemnaker", "Kemnaker", "acronyms are searched"),
    ];
    for (text, acronym, reason) in cases {
        let found = search(&partnership, text);
        let acronyms: Vec<&str> = found.iter().map(|r| r.acronym.as_str()).collect();
        assert_eq!(acronyms, vec![*acronym], "{reason}: “{text}”");
    }
    let timor = &search(&partnership, "gusmao")[0];
    assert_eq!(timor.country.as_deref(), Some("TL"));
    assert_eq!(timor.kind, OrganisationKind::Government);
    assert_eq!(
        timor.primary_representative.as_deref(),
        Some("Ana Maria da Conceição Gusmão")
    );
    assert_eq!(
        search(&partnership, "\"*() -").len(),
        18,
        "punctuation alone is no search, and is never read as FTS5 syntax"
    );
}

mod voting_records {
    use super::*;
    use pacta_api::voting::{self, VoteInput};
    use pacta_core::voting::presets::Preset;
    use pacta_core::voting::{Ballot, BallotChoice, Ballots, Choice, Outcome, Roll, RollMember};

    fn demo() -> Partnership {
        let mut partnership = in_memory();
        demo::load(&mut partnership).unwrap();
        partnership
    }

    fn attend(ids: &[i64]) -> Roll {
        Roll {
            members: ids
                .iter()
                .map(|id| RollMember {
                    id: id.to_string(),
                    name: String::new(),
                    chamber: None,
                    // Deliberately wrong: the registry's role and weight must win.
                    weight: 99,
                    role: pacta_core::Role::VotingMember,
                    status: pacta_core::MemberStatus::Active,
                    present: true,
                    presiding: false,
                })
                .collect(),
            proxies: Vec::new(),
        }
    }

    fn roll_call(choices: &[(i64, Choice)]) -> Ballots {
        Ballots::RollCall {
            ballots: choices
                .iter()
                .map(|(id, c)| Ballot {
                    member: id.to_string(),
                    choice: BallotChoice::Choice(*c),
                })
                .collect(),
            casting: None,
        }
    }

    fn committee(p: &Partnership) -> (i64, i64, Vec<i64>) {
        let body = bodies::list(p)
            .unwrap()
            .into_iter()
            .find(|b| b.code == "EC")
            .expect("the demo's Executive Committee");
        let protocol = voting::protocols(p, Some(body.id)).unwrap()[0].id;
        let members = bodies::detail(p, body.id)
            .unwrap()
            .members
            .iter()
            .map(|m| m.organisation_id)
            .collect();
        (body.id, protocol, members)
    }

    #[test]
    fn the_demo_has_realistic_protocols_and_a_closed_vote() {
        let p = demo();
        let protocols = voting::protocols(&p, None).unwrap();
        let names: Vec<&str> = protocols.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            vec!["Ordinary decisions", "Terms of reference", "Consensus"]
        );
        assert_eq!(protocols[2].preset, Some(Preset::Consensus));
        let votes = voting::list(&p, None).unwrap();
        assert_eq!(
            votes.len(),
            3,
            "one on its own, two at the first General Assembly"
        );
        let work_plan = votes
            .iter()
            .find(|v| v.motion == "Adoption of the 2027 work plan of the Forum")
            .unwrap();
        assert_eq!(work_plan.outcome, "carried");
        let record = voting::get(&p, work_plan.id).unwrap();
        assert_eq!(record.protocol.name, "Ordinary decisions");
        assert!(
            record
                .roll
                .members
                .iter()
                .any(|m| m.role == pacta_core::Role::Observer),
            "observers are on the roll"
        );
    }

    #[test]
    fn a_closed_vote_keeps_the_registry_roll_and_the_protocol_version() {
        let mut p = demo();
        let (body, protocol, members) = committee(&p);
        let input = VoteInput {
            body_id: body,
            protocol_id: protocol,
            motion: "Adopt the annual report".into(),
            roll: attend(&members),
            ballots: roll_call(
                &members
                    .iter()
                    .map(|m| (*m, Choice::Yes))
                    .collect::<Vec<_>>(),
            ),
        };
        let record = voting::close(&mut p, &input).unwrap();
        assert_eq!(record.report.outcome, Outcome::Carried);
        assert!(
            record.roll.members.iter().all(|m| m.weight == 1),
            "weights come from the registry, not the input"
        );
        // A new version of the protocol does not change the closed vote.
        voting::adopt_protocol(
            &mut p,
            body,
            "Consensus",
            None,
            &Preset::TwoThirds.protocol(),
        )
        .unwrap();
        let again = voting::get(&p, record.id).unwrap();
        assert_eq!(again.protocol.version, 1);
        assert_eq!(again.report, record.report);
    }

    #[test]
    fn an_invalid_vote_is_refused_and_stores_nothing() {
        let mut p = demo();
        let (body, protocol, members) = committee(&p);
        let outsider = bodies::detail(&p, 1)
            .unwrap()
            .members
            .iter()
            .map(|m| m.organisation_id)
            .find(|id| !members.contains(id))
            .unwrap();
        let activity_before = members::recent_activity(&p, 1000).unwrap().len();
        let cases: Vec<(Roll, Ballots, &str)> = vec![
            (
                attend(&members),
                roll_call(&[(members[0], Choice::Yes), (members[0], Choice::No)]),
                "two ballots from one member",
            ),
            (
                attend(&members),
                roll_call(&[(outsider, Choice::Yes)]),
                "a ballot from a non-member",
            ),
            (
                attend(&[members[0], outsider]),
                roll_call(&[(members[0], Choice::Yes)]),
                "a roll naming a non-member",
            ),
        ];
        for (roll, ballots, reason) in cases {
            let input = VoteInput {
                body_id: body,
                protocol_id: protocol,
                motion: "M".into(),
                roll,
                ballots,
            };
            let error = voting::close(&mut p, &input).unwrap_err();
            assert_eq!(
                error.code,
                ErrorCode::InvalidVote,
                "{reason}: {}",
                error.message
            );
        }
        let wrong_body = VoteInput {
            body_id: 1,
            protocol_id: protocol,
            motion: "M".into(),
            roll: attend(&members),
            ballots: roll_call(&[]),
        };
        assert_eq!(
            voting::close(&mut p, &wrong_body).unwrap_err().code,
            ErrorCode::InvalidVote,
            "another body's protocol"
        );
        assert_eq!(voting::list(&p, Some(body)).unwrap().len(), 0);
        assert_eq!(
            members::recent_activity(&p, 1000).unwrap().len(),
            activity_before
        );
    }

    #[test]
    fn a_correction_is_a_new_vote_that_references_the_old_one() {
        let mut p = demo();
        let (body, protocol, members) = committee(&p);
        let mut input = VoteInput {
            body_id: body,
            protocol_id: protocol,
            motion: "Admit a new observer".into(),
            roll: attend(&members),
            ballots: roll_call(&[(members[0], Choice::Yes), (members[1], Choice::No)]),
        };
        let first = voting::close(&mut p, &input).unwrap();
        assert_eq!(first.report.outcome, Outcome::Rejected { failed: vec![0] });
        input.ballots = roll_call(&[(members[0], Choice::Yes), (members[1], Choice::Abstain)]);
        assert_eq!(
            voting::correct(&mut p, first.id, " ", &input)
                .unwrap_err()
                .code,
            ErrorCode::Required
        );
        let second = voting::correct(
            &mut p,
            first.id,
            "The second ballot was an abstention",
            &input,
        )
        .unwrap();
        assert_eq!(second.corrects, Some(first.id));
        assert_eq!(second.report.outcome, Outcome::Carried);
        let original = voting::get(&p, first.id).unwrap();
        assert_eq!(original.corrected_by, Some(second.id));
        assert_eq!(
            original.report, first.report,
            "the closed vote itself is unchanged"
        );
    }

    #[test]
    fn secret_ballots_keep_anonymous_sorted_papers_only() {
        let mut p = demo();
        let (body, protocol, members) = committee(&p);
        let mut input = VoteInput {
            body_id: body,
            protocol_id: protocol,
            motion: "Elect the rapporteur".into(),
            roll: attend(&members),
            ballots: roll_call(&[
                (members[2], Choice::No),
                (members[0], Choice::Yes),
                (members[1], Choice::Yes),
            ]),
        };
        input.ballots = voting::as_secret(&p, &input).unwrap();
        let record = voting::close(&mut p, &input).unwrap();
        let Ballots::Secret { papers, voted, .. } = &record.ballots else {
            panic!("stored as a secret ballot")
        };
        let choices: Vec<Choice> = papers.iter().map(|paper| paper.choice).collect();
        assert_eq!(
            choices,
            vec![Choice::Yes, Choice::Yes, Choice::No],
            "papers are sorted, not in voting order"
        );
        let mut expected: Vec<String> = members[..3].iter().map(|m| m.to_string()).collect();
        expected.sort();
        assert_eq!(voted, &expected);
        let stored = serde_json::to_string(&record.ballots).unwrap();
        assert!(
            !stored.contains("\"member\""),
            "no paper names a member: {stored}"
        );
    }
}

#[test]
fn editing_a_closed_vote_is_refused_by_the_file_itself() {
    let mut partnership = in_memory();
    demo::load(&mut partnership).unwrap();
    let vote = pacta_api::voting::list(&partnership, None).unwrap()[0].clone();
    let error =
        pacta_api::voting::edit_motion(&mut partnership, vote.id, "Something else").unwrap_err();
    assert_eq!(error.code, ErrorCode::Immutable);
    assert!(
        error.message.contains("record a correction"),
        "{}",
        error.message
    );
    assert_eq!(
        pacta_api::voting::get(&partnership, vote.id)
            .unwrap()
            .motion,
        vote.motion
    );
    assert_eq!(
        pacta_api::voting::edit_motion(&mut partnership, 999, "x")
            .unwrap_err()
            .code,
        ErrorCode::NotFound
    );
}
