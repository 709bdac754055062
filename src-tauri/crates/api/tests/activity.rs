//! The activity timeline over the demo partnership plus changes made on later days by other
//! actors: every filter combination against counts computed independently with raw SQL,
//! keyset paging without duplicates or gaps, refused days, accent-blind search, links, each
//! record's own history, and the CSV export read back.

use std::path::{Path, PathBuf};

use pacta_api::activity::{
    self, HistoryOf, TimelineEntry, TimelineLink, TimelineQuery, CSV_COLUMNS,
};
use pacta_api::{bodies, demo, members, Clock, ErrorCode, Partnership};
use pacta_core::{BodyDraft, MembershipDraft, OrganisationDraft, RepresentativeDraft};
use rusqlite::{params, Connection};

const DEMO_AT: &str = "2026-11-25T09:00:00Z";

fn organisation(name: &str) -> OrganisationDraft {
    OrganisationDraft {
        name: name.into(),
        acronym: String::new(),
        kind: "civil_society".into(),
        country: "VN".into(),
        chamber: String::new(),
        pillars: vec!["protection".into()],
        joined_on: "2024-03-01".into(),
        notes: String::new(),
    }
}

fn at(path: &Path, clock: &str, actor: &str) -> Partnership {
    let mut partnership = Partnership::open(path, Clock::Fixed(clock.into())).unwrap();
    partnership.set_actor(actor).unwrap();
    partnership
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
    /// A member created then deleted: its entries lead nowhere.
    deleted: i64,
    /// A member with a representative and a seat, for its own history.
    hanoi: i64,
    body: i64,
}

/// The demo on 25 November, then three later days of changes by three actors.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("forum.pacta");
    let mut partnership =
        Partnership::create(&path, "Forum", Clock::Fixed(DEMO_AT.into())).unwrap();
    demo::load(&mut partnership).unwrap();
    partnership.close().unwrap();

    let mut p = at(&path, "2026-12-01T08:15:00Z", "Nguyễn Thị Hà");
    let hanoi = members::create(&mut p, &organisation("Hội Phụ nữ Hà Nội"))
        .unwrap()
        .id;
    members::create(&mut p, &organisation("Association des Pêcheurs de Đà Nẵng")).unwrap();
    let deleted = members::create(&mut p, &organisation("Cục Thủy sản"))
        .unwrap()
        .id;
    members::add_representative(
        &mut p,
        hanoi,
        &RepresentativeDraft {
            name: "Trần Văn Bình".into(),
            title: String::new(),
            email: String::new(),
            phone: String::new(),
            primary: true,
        },
    )
    .unwrap();
    p.close().unwrap();

    let mut p = at(&path, "2026-12-02T23:30:00Z", "Élodie Durand");
    let body = bodies::create(
        &mut p,
        &BodyDraft {
            name: "Comité de pilotage".into(),
            code: "CP".into(),
            kind: "committee".into(),
        },
    )
    .unwrap()
    .id;
    bodies::seat(&mut p, body, hanoi, &MembershipDraft::default()).unwrap();
    members::create(&mut p, &organisation("Fondation Émergence")).unwrap();
    members::delete(&mut p, deleted).unwrap();
    p.close().unwrap();

    let mut p = at(&path, "2026-12-03T00:00:00Z", "Secretariat");
    members::create(&mut p, &organisation("HA NOI Fishers Union")).unwrap();
    p.close().unwrap();

    Fixture {
        _dir: dir,
        path,
        deleted,
        hanoi,
        body,
    }
}

fn open(fixture: &Fixture) -> Partnership {
    Partnership::open(&fixture.path, Clock::Fixed("2026-12-04T10:00:00Z".into())).unwrap()
}

/// The ids matching kind, actor and UTC days, newest first, by a query written independently
/// of the store's (days compared as the first ten characters of `at`).
fn sql_ids(
    path: &Path,
    kind: Option<&str>,
    actor: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
) -> Vec<i64> {
    let conn = Connection::open(path).unwrap();
    let mut statement = conn
        .prepare(
            "SELECT id FROM activity
             WHERE coalesce(record_kind = ?1, 1) AND coalesce(actor = ?2, 1)
               AND coalesce(substr(at, 1, 10) >= ?3, 1) AND coalesce(substr(at, 1, 10) <= ?4, 1)
             ORDER BY at DESC, id DESC",
        )
        .unwrap();
    let ids = statement
        .query_map(params![kind, actor, from, to], |row| row.get(0))
        .unwrap()
        .collect::<Result<Vec<i64>, _>>()
        .unwrap();
    ids
}

fn all_pages(partnership: &Partnership, query: &TimelineQuery) -> (Vec<TimelineEntry>, usize) {
    let mut query = query.clone();
    let mut entries = Vec::new();
    let mut pages = 0;
    loop {
        let page = activity::timeline(partnership, &query).unwrap();
        pages += 1;
        assert!(page.entries.len() <= query.limit.unwrap_or(50) as usize);
        entries.extend(page.entries);
        match page.next {
            Some(next) => query.before = Some(next),
            None => return (entries, pages),
        }
    }
}

#[test]
fn every_filter_combination_matches_raw_sql() {
    let fixture = fixture();
    let partnership = open(&fixture);
    let kinds = [
        None,
        Some("organisation"),
        Some("body"),
        Some("representative"),
        Some("vote"),
    ];
    let actors = [
        None,
        Some("Nguyễn Thị Hà"),
        Some("Élodie Durand"),
        Some("Secretariat"),
    ];
    let ranges = [
        (None, None),
        (Some("2026-11-25"), Some("2026-11-25")),
        (Some("2026-12-01"), None),
        (None, Some("2026-12-02")),
        (Some("2026-12-02"), Some("2026-12-03")),
        (Some("2026-12-04"), Some("2026-12-31")),
    ];
    let mut checked = 0;
    let mut non_empty = 0;
    for kind in kinds {
        for actor in actors {
            for (from, to) in ranges {
                let expected = sql_ids(&fixture.path, kind, actor, from, to);
                let query = TimelineQuery {
                    kind: kind.map(Into::into),
                    actor: actor.map(Into::into),
                    from: from.map(Into::into),
                    to: to.map(Into::into),
                    limit: Some(40),
                    ..TimelineQuery::default()
                };
                let (entries, _) = all_pages(&partnership, &query);
                let got: Vec<i64> = entries.iter().map(|e| e.id).collect();
                assert_eq!(got, expected, "{kind:?} {actor:?} {from:?}..{to:?}");
                let first = activity::timeline(&partnership, &query).unwrap();
                assert_eq!(first.total as usize, expected.len());
                checked += 1;
                non_empty += usize::from(!expected.is_empty());
            }
        }
    }
    assert_eq!(checked, 5 * 4 * 6);
    assert!(
        non_empty > 30,
        "the combinations exercise real rows: {non_empty}"
    );

    // Exact figures for the days after the demo, by hand: 1 Dec has 3 members and 1
    // representative by Nguyễn Thị Hà; 2 Dec a body, a seat, a member and a deletion by
    // Élodie Durand; 3 Dec (00:00:00 exactly) one member by the Secretariat.
    let count = |query: TimelineQuery| activity::timeline(&partnership, &query).unwrap().total;
    let day = |from: &str, to: &str| TimelineQuery {
        from: Some(from.into()),
        to: Some(to.into()),
        ..TimelineQuery::default()
    };
    assert_eq!(count(day("2026-12-01", "2026-12-01")), 4);
    assert_eq!(count(day("2026-12-02", "2026-12-02")), 4);
    assert_eq!(count(day("2026-12-03", "2026-12-03")), 1);
    assert_eq!(count(day("2026-12-01", "2026-12-03")), 9);
    assert_eq!(
        count(TimelineQuery {
            kind: Some("organisation".into()),
            actor: Some("Élodie Durand".into()),
            ..day("2026-12-01", "2026-12-31")
        }),
        2
    );
    // Days on the reader's calendar: at UTC+7, 23:30 UTC on 2 Dec is already 3 Dec, and
    // 08:15 UTC on 1 Dec is 15:15 the same day.
    let hanoi_time = |query: TimelineQuery| TimelineQuery {
        utc_offset_minutes: Some(7 * 60),
        ..query
    };
    assert_eq!(count(hanoi_time(day("2026-12-02", "2026-12-02"))), 0);
    assert_eq!(count(hanoi_time(day("2026-12-03", "2026-12-03"))), 5);
    assert_eq!(count(hanoi_time(day("2026-12-01", "2026-12-01"))), 4);
}

#[test]
fn paging_has_no_duplicates_or_gaps_even_when_entries_are_added_meanwhile() {
    let fixture = fixture();
    let expected = sql_ids(&fixture.path, None, None, None, None);
    assert!(
        expected.len() > 100,
        "the demo logs plenty: {}",
        expected.len()
    );
    let mut partnership = open(&fixture);
    for limit in [1, 7, 50, 1000] {
        let query = TimelineQuery {
            limit: Some(limit),
            ..TimelineQuery::default()
        };
        let (entries, pages) = all_pages(&partnership, &query);
        let got: Vec<i64> = entries.iter().map(|e| e.id).collect();
        assert_eq!(got, expected, "limit {limit}");
        assert_eq!(
            pages,
            expected.len().div_ceil(limit as usize).max(1),
            "limit {limit}"
        );
    }

    // A write between two pages appears on no later page, and nothing is lost or repeated.
    let first = activity::timeline(
        &partnership,
        &TimelineQuery {
            limit: Some(10),
            ..TimelineQuery::default()
        },
    )
    .unwrap();
    members::create(&mut partnership, &organisation("Written between pages")).unwrap();
    let (rest, _) = all_pages(
        &partnership,
        &TimelineQuery {
            limit: Some(10),
            before: first.next,
            ..TimelineQuery::default()
        },
    );
    let got: Vec<i64> = first.entries.iter().chain(&rest).map(|e| e.id).collect();
    assert_eq!(got, expected);
    // The new entry is on top of a fresh first page.
    let fresh = activity::timeline(&partnership, &TimelineQuery::default()).unwrap();
    assert!(fresh.entries[0].summary.contains("Written between pages"));
    assert_eq!(fresh.total as usize, expected.len() + 1);
}

#[test]
fn text_search_ignores_case_and_accents_and_combines_with_filters() {
    let fixture = fixture();
    let partnership = open(&fixture);
    let conn = Connection::open(&fixture.path).unwrap();
    // Independent count: the summary holds "Hà Nội" (any ASCII case) or "ha noi" (any case).
    let hanoi: i64 = conn
        .query_row(
            "SELECT count(*) FROM activity WHERE summary LIKE '%hà nội%' OR summary LIKE '%ha noi%'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let search = |text: &str| TimelineQuery {
        text: Some(text.into()),
        limit: Some(1000),
        ..TimelineQuery::default()
    };
    let total = |query: TimelineQuery| activity::timeline(&partnership, &query).unwrap().total;
    // Created, given a representative and seated ("Hội Phụ nữ Hà Nội"); created ("HA NOI…").
    assert!(hanoi >= 4, "{hanoi}");
    for text in ["ha noi", "HÀ NỘI", "Hà Nội", "  ha   NOI  "] {
        assert_eq!(total(search(text)), hanoi, "{text}");
    }
    // Every word must appear, in any order.
    assert_eq!(total(search("noi union ha")), 1);
    // Letters that are not accented ones fold too: đ → d.
    assert_eq!(total(search("da nang")), 1);
    assert_eq!(total(search("Đà Nẵng")), 1);
    assert_eq!(total(search("emergence")), 1);
    assert_eq!(total(search("ÉMERGENCE")), 1);
    assert_eq!(total(search("no such words anywhere")), 0);
    assert_eq!(
        total(TimelineQuery {
            actor: Some("Nguyễn Thị Hà".into()),
            ..search("ha noi")
        }),
        2,
        "created and given a representative on 1 Dec; the seat was Élodie's"
    );
    assert_eq!(
        total(TimelineQuery {
            kind: Some("membership".into()),
            ..search("hà nội")
        }),
        1
    );
    // Pages of a text search hold only matches, and all of them.
    let (entries, pages) = all_pages(
        &partnership,
        &TimelineQuery {
            limit: Some(1),
            ..search("ha noi")
        },
    );
    assert_eq!(entries.len() as i64, hanoi);
    assert_eq!(pages as i64, hanoi);
}

#[test]
fn impossible_days_and_unknown_filters_are_refused() {
    let fixture = fixture();
    let partnership = open(&fixture);
    let refused = |query: TimelineQuery| activity::timeline(&partnership, &query).unwrap_err();

    let error = refused(TimelineQuery {
        from: Some("2026-02-30".into()),
        ..TimelineQuery::default()
    });
    assert_eq!(error.code, ErrorCode::ImpossibleDate);
    assert_eq!(error.details.len(), 1);
    assert_eq!(error.details[0].column.as_deref(), Some("from"));
    assert_eq!(error.details[0].value.as_deref(), Some("2026-02-30"));
    assert!(error.message.contains("“from”"), "{}", error.message);

    let error = refused(TimelineQuery {
        to: Some("31/12/2026".into()),
        ..TimelineQuery::default()
    });
    assert_eq!(error.code, ErrorCode::ImpossibleDate);
    assert_eq!(error.details[0].column.as_deref(), Some("to"));

    let error = refused(TimelineQuery {
        from: Some("2026-12-03".into()),
        to: Some("2026-12-01".into()),
        ..TimelineQuery::default()
    });
    assert_eq!(error.code, ErrorCode::EndBeforeStart);
    assert_eq!(error.details[0].column.as_deref(), Some("to"));

    let error = refused(TimelineQuery {
        kind: Some("member".into()),
        from: Some("2026-02-29".into()),
        ..TimelineQuery::default()
    });
    assert_eq!(error.code, ErrorCode::ValidationFailed);
    let columns: Vec<_> = error.details.iter().map(|d| d.column.clone()).collect();
    assert_eq!(
        columns,
        [Some("from".to_string()), Some("kind".to_string())]
    );

    // A refused export writes nothing.
    let out = fixture.path.with_file_name("refused.csv");
    let error = activity::export_csv(
        &partnership,
        &TimelineQuery {
            to: Some("2026-04-31".into()),
            ..TimelineQuery::default()
        },
        &out,
    )
    .unwrap_err();
    assert_eq!(error.code, ErrorCode::ImpossibleDate);
    assert!(!out.exists());
}

#[test]
fn entries_link_to_records_that_still_exist_and_each_record_has_its_history() {
    let fixture = fixture();
    let partnership = open(&fixture);
    let (entries, _) = all_pages(
        &partnership,
        &TimelineQuery {
            from: Some("2026-12-01".into()),
            limit: Some(1000),
            ..TimelineQuery::default()
        },
    );
    let link_of = |kind: &str, needle: &str| {
        entries
            .iter()
            .find(|e| e.record_kind == kind && e.summary.contains(needle))
            .unwrap_or_else(|| panic!("no entry about {needle}"))
            .link
    };
    let hanoi = Some(TimelineLink {
        kind: HistoryOf::Organisation,
        id: fixture.hanoi,
    });
    assert_eq!(link_of("organisation", "Hội Phụ nữ Hà Nội"), hanoi);
    assert_eq!(
        link_of("representative", "Trần Văn Bình"),
        hanoi,
        "a representative leads to its member"
    );
    let body = Some(TimelineLink {
        kind: HistoryOf::Body,
        id: fixture.body,
    });
    assert_eq!(link_of("body", "Comité de pilotage"), body);
    assert_eq!(
        link_of("membership", "Hội Phụ nữ Hà Nội"),
        body,
        "a seat leads to its body"
    );
    assert!(entries
        .iter()
        .filter(|e| e.summary.contains("Cục Thủy sản"))
        .all(|e| e.link.is_none() && e.record_id == Some(fixture.deleted)));

    let history =
        activity::record_history(&partnership, HistoryOf::Organisation, fixture.hanoi, 50).unwrap();
    let kinds: Vec<&str> = history.iter().map(|e| e.record_kind.as_str()).collect();
    assert_eq!(kinds, ["membership", "representative", "organisation"]);
    let history =
        activity::record_history(&partnership, HistoryOf::Body, fixture.body, 50).unwrap();
    let kinds: Vec<&str> = history.iter().map(|e| e.record_kind.as_str()).collect();
    assert_eq!(kinds, ["membership", "body"]);
    assert!(
        activity::record_history(&partnership, HistoryOf::Vote, 999_999, 50)
            .unwrap()
            .is_empty()
    );

    let filters = activity::filters(&partnership).unwrap();
    let actors: Vec<&str> = filters.actors.iter().map(|a| a.value.as_str()).collect();
    assert!(actors.contains(&"Nguyễn Thị Hà") && actors.contains(&"Élodie Durand"));
    let elodie = filters
        .actors
        .iter()
        .find(|a| a.value == "Élodie Durand")
        .unwrap();
    assert_eq!(elodie.entries, 4);
    let conn = Connection::open(&fixture.path).unwrap();
    let distinct: i64 = conn
        .query_row(
            "SELECT count(DISTINCT record_kind) FROM activity",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(filters.kinds.len() as i64, distinct);
    assert_eq!(
        filters.kinds.iter().map(|k| k.entries).sum::<i64>(),
        filters.total
    );
}

#[test]
fn the_filtered_timeline_exports_to_csv_with_a_bom() {
    let fixture = fixture();
    let partnership = open(&fixture);
    let out = fixture.path.with_file_name("activity.csv");
    let query = TimelineQuery {
        from: Some("2026-12-01".into()),
        text: Some("ha noi".into()),
        // Paging does not apply to an export: everything that matches is written.
        limit: Some(1),
        ..TimelineQuery::default()
    };
    let summary = activity::export_csv(&partnership, &query, &out).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        CSV_COLUMNS
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let expected = activity::timeline(
        &partnership,
        &TimelineQuery {
            limit: Some(1000),
            ..query.clone()
        },
    )
    .unwrap();
    assert_eq!(rows.len(), expected.entries.len());
    assert_eq!(summary.rows as usize, rows.len());
    assert_eq!(
        rows.len(),
        4,
        "created, representative, seat on 1–2 Dec; HA NOI on 3 Dec"
    );
    assert_eq!(&rows[0][0], "2026-12-03T00:00:00Z");
    assert_eq!(&rows[0][1], "Secretariat");
    assert!(rows[0][5].contains("HA NOI Fishers Union"));
    assert!(rows.iter().any(|row| &row[1] == "Élodie Durand"));
    for (row, entry) in rows.iter().zip(&expected.entries) {
        assert_eq!(row[7].parse::<i64>().unwrap(), entry.id);
        assert_eq!(&row[5], entry.summary);
    }
    assert!(!out.with_file_name("activity.csv.partial").exists());
}
