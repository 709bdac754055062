//! Bad input from outside — member spreadsheets, tally JSON, matrix files — on generated and
//! mutated cases: an answer or a typed refusal every time, never a panic. The same checks
//! back the cargo-fuzz targets (`fuzz/`, `scripts/fuzz.sh`), which run far longer.
//!
//! Case counts are modest so CI stays fast; `PROPTEST_CASES=5000` runs more, and
//! `PROPTEST_RNG_SEED` picks other cases than the fixed default.

#[path = "robustness/checks.rs"]
mod checks;

use checks::{MemberFormat, Scratch};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use serde_json::Value;

fn runner(cases: u32) -> TestRunner {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        // The same cases on every CI run: a failure is a finding, never a flake.
        config.rng_seed = RngSeed::Fixed(0x5041_4354);
    }
    // Failures print the shrunk input; nothing is written into the source tree.
    config.failure_persistence = None;
    TestRunner::new(config)
}

/// One edit of a byte string; positions are taken modulo its length.
#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
}

/// What breaks parsers of text tables: separators, quotes, line ends, byte-order marks, broken
/// and exotic UTF-8, and values at the edges of what the columns accept.
const TOKENS: &[&[u8]] = &[
    b",",
    b";",
    b"\"",
    b"\"\"",
    b"\n",
    b"\r\n",
    b"\r",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xC3",
    b"\xFF",
    b"\0",
    "é".as_bytes(),
    "Nguyễn".as_bytes(),
    "ဗမာ".as_bytes(),
    "\u{202E}".as_bytes(),
    b"id",
    b"name",
    b"kind",
    b"joined_on",
    b"-1",
    b"0",
    b"9223372036854775807",
    b"99999999999999999999",
    b"2025-02-30",
    b"0000-01-01",
    b"civil_society",
    b"withdrawn",
    b"R",
    b"A",
    b"yes",
    b"R/A",
    b"=1+1",
];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(at, mask)| Edit::Flip(at, mask)),
        (any::<usize>(), prop::sample::select(TOKENS))
            .prop_map(|(at, t)| Edit::Insert(at, t.to_vec())),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, b)| Edit::Insert(at, b)),
        (any::<usize>(), 1..64usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), 1..256usize).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(seed: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for edit in edits {
        let len = bytes.len().max(1);
        match edit {
            Edit::Flip(at, mask) => {
                if let Some(byte) = bytes.get_mut(at % len) {
                    *byte ^= mask;
                }
            }
            Edit::Insert(at, more) => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, more.iter().copied());
            }
            Edit::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    bytes.drain(at..end);
                }
            }
            Edit::Duplicate(at, n) => {
                let at = at % len;
                let end = (at + n).min(bytes.len());
                if at < end {
                    let copy: Vec<u8> = bytes[at..end].to_vec();
                    bytes.splice(end..end, copy);
                }
            }
            Edit::Truncate(at) => bytes.truncate(at % len),
        }
    }
    bytes
}

fn mutated(seeds: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(seeds),
        prop::collection::vec(edit(), 1..6),
    )
        .prop_map(|(seed, edits)| apply(&seed, &edits))
}

fn member_seeds(scratch: &Scratch) -> Vec<Vec<u8>> {
    let exported = scratch.seeds().members_csv;
    // The same rows as a spreadsheet set to a semicolon list separator would save them.
    let mut semicolons = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(exported.as_slice())
        .into_records();
    for record in rows {
        semicolons
            .write_record(&record.expect("the export is CSV"))
            .unwrap();
    }
    let semicolons = semicolons.into_inner().unwrap();
    let by_hand = "\u{feff}name,kind,country,joined_on,pillars,status,representative_name,representative_email\n\
        Associação Timorense,civil_society,TL,2024-03-01,protection;prevention,active,Ana Gusmão,ana@example.org\n\
        Hội Liên hiệp Phụ nữ Việt Nam,civil_society,VN,2023-01-01,,suspended,Nguyễn Thị Hương,\n\
        \"Syndicat des marins, Côte d’Ivoire\",trade_union,CI,2022-06-30,partnership,active,Koné Aïcha,koné@example.org\n";
    vec![exported, semicolons, by_hand.as_bytes().to_vec()]
}

#[test]
fn member_files_of_arbitrary_bytes_are_refused_in_words() {
    let scratch = Scratch::new();
    runner(96)
        .run(&prop::collection::vec(any::<u8>(), 0..2048), |bytes| {
            checks::member_import(&scratch, &bytes, MemberFormat::Csv);
            checks::member_import(&scratch, &bytes, MemberFormat::Xlsx);
            Ok(())
        })
        .unwrap();
}

/// A value for one column of the member file: mostly what the column accepts, sometimes
/// what it must refuse, so that whole files pass and reach the write as often as they fail.
fn member_value(column: &str) -> BoxedStrategy<String> {
    let pick = |values: &[&'static str]| {
        prop::sample::select(values.to_vec())
            .prop_map(String::from)
            .boxed()
    };
    // Nine in ten values are acceptable, so whole files pass and reach the write.
    let mostly = |good: BoxedStrategy<String>, bad: &[&'static str]| {
        prop_oneof![9 => good, 1 => pick(bad)].boxed()
    };
    match column {
        "id" => prop_oneof![
            12 => Just(String::new()),
            4 => (1..=20i64).prop_map(|id| id.to_string()),
            1 => any::<i64>().prop_map(|id| id.to_string()),
            1 => pick(&["x", "1.5", " 3 ", "-0"]),
        ]
        .boxed(),
        "name" => prop_oneof![
            8 => "[A-Za-zÀ-ÿỄễĐđ][A-Za-zÀ-ÿỄễĐđ' .-]{2,24}",
            1 => pick(&["Associação Timorense", "Fishers' Rights Network", " ", ""]),
            1 => ".{0,30}",
        ]
        .boxed(),
        "acronym" => "[A-Z]{0,6}".boxed(),
        "kind" => mostly(
            pick(&[
                "government",
                "civil_society",
                "trade_union",
                "employers",
                "international",
                "academic",
                "survivor_led",
            ]),
            &["Government", "ngo", ""],
        ),
        "country" => mostly(pick(&["TL", "VN", "TH", "ID", ""]), &["XX", "vn", "FRA"]),
        "chamber" => pick(&[
            "Governments",
            "Workers",
            "Employers",
            "",
            "Nouvelle chambre",
        ]),
        "pillars" => mostly(
            pick(&[
                "",
                "protection",
                "protection;prevention",
                "prosecution; partnership",
            ]),
            &["bogus", ";;"],
        ),
        "status" => mostly(pick(&["", "active", "suspended", "withdrawn"]), &["gone"]),
        "joined_on" => mostly(
            (1990u16..2026, 1u8..=12, 1u8..=28)
                .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
                .boxed(),
            &[
                "2025-02-30",
                "",
                "01/02/2024",
                "2024-13-01",
                "0000-01-01",
                "2999-01-01",
            ],
        ),
        "representative_email" => mostly(
            pick(&["", "ana@example.org", "nguyen.huong@molisa.gov.vn"]),
            &["bad", "@"],
        ),
        "representative_name" => mostly(
            "[A-Za-zÀ-ÿỄễĐđ][A-Za-zÀ-ÿỄễĐđ' .-]{2,24}".boxed(),
            &["", " "],
        ),
        "representative_title" => "[A-Za-zÀ-ÿ ,]{0,24}".boxed(),
        "representative_phone" => mostly(pick(&["", "+670 7723 4567"]), &["abc"]),
        _ => ".{0,30}".boxed(),
    }
}

/// A member file with the required columns and some of the others, in any order.
fn member_table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
    use pacta_core::member_record::{MEMBER_COLUMNS, REQUIRED_COLUMNS};
    let optional: Vec<&'static str> = MEMBER_COLUMNS
        .iter()
        .copied()
        .filter(|c| !REQUIRED_COLUMNS.contains(c))
        .collect();
    (prop::sample::subsequence(optional, 0..=11), any::<bool>())
        .prop_map(|(mut columns, drop_one)| {
            columns.extend_from_slice(REQUIRED_COLUMNS);
            if drop_one {
                // Now and then a required column is missing, which refuses the whole file.
                columns.retain(|c| *c != "kind");
            }
            columns
        })
        .prop_flat_map(|columns| Just(columns).prop_shuffle())
        .prop_flat_map(|columns| {
            let headers: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
            let row: Vec<BoxedStrategy<String>> = columns.iter().map(|c| member_value(c)).collect();
            (Just(headers), prop::collection::vec(row, 1..6))
        })
}

fn as_csv(headers: &[String], rows: &[Vec<String>], delimiter: u8) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    writer.write_record(headers).unwrap();
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

#[test]
fn generated_and_mutated_member_csvs_are_judged_row_by_row_or_refused_in_words() {
    let scratch = Scratch::new();
    let generated = (member_table(), prop::sample::select(vec![b',', b';']))
        .prop_map(|((headers, rows), delimiter)| as_csv(&headers, &rows, delimiter));
    runner(128)
        .run(
            &prop_oneof![generated, mutated(member_seeds(&scratch))],
            |bytes| {
                checks::member_import(&scratch, &bytes, MemberFormat::Csv);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn a_new_row_may_ask_for_the_id_an_earlier_new_row_would_have_been_given() {
    // Found by the case above: the demo's last id is 18, so SQLite numbers the first new row
    // 19, which the last row asks for.
    let scratch = Scratch::new();
    let csv = "kind,id,joined_on,name\n\
        government,,1990-01-01,Ministère de l’Intérieur\n\
        government,19,1990-01-01,Bộ Công an\n";
    checks::member_import(&scratch, csv.as_bytes(), MemberFormat::Csv);
}

/// A cell as a person (or another program) may leave it in a workbook.
#[derive(Debug, Clone)]
enum Cell {
    Text(String),
    Number(f64),
    Flag(bool),
    Date(u16, u8, u8),
    Blank,
}

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        prop::sample::select(vec![
            "Associação Timorense",
            "civil_society",
            "trade_union",
            "TL",
            "VN",
            "2024-03-01",
            "2025-02-30",
            "protection;prevention",
            "active",
            "withdrawn",
            "Nguyễn Thị Hương",
            "ana@example.org",
            "not an email",
            "7",
            "",
        ])
        .prop_map(|s| Cell::Text(s.to_string())),
        ".{0,40}".prop_map(Cell::Text),
        prop_oneof![
            Just(0.0),
            Just(-1.0),
            Just(1.5),
            Just(1e300),
            Just(f64::MAX),
            Just(9_007_199_254_740_993.0),
            any::<f64>()
        ]
        .prop_map(Cell::Number),
        any::<bool>().prop_map(Cell::Flag),
        (1900u16..2200, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Cell::Date(y, m, d)),
        Just(Cell::Blank),
    ]
}

fn workbook(headers: &[String], rows: &[Vec<Cell>]) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string(0, column as u16, header).unwrap();
    }
    for (index, row) in rows.iter().enumerate() {
        let line = index as u32 + 1;
        for (column, cell) in row.iter().enumerate() {
            let column = column as u16;
            match cell {
                Cell::Text(text) => {
                    sheet.write_string(line, column, text).unwrap();
                }
                Cell::Number(number) if number.is_finite() => {
                    sheet.write_number(line, column, *number).unwrap();
                }
                Cell::Number(_) | Cell::Blank => {}
                Cell::Flag(flag) => {
                    sheet.write_boolean(line, column, *flag).unwrap();
                }
                Cell::Date(y, m, d) => {
                    let moment = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                    sheet
                        .write_datetime_with_format(line, column, &moment, &date)
                        .unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn generated_and_damaged_member_workbooks_are_judged_or_refused_in_words() {
    let scratch = Scratch::new();
    let exported = scratch.seeds().members_xlsx;
    let columns: Vec<String> = pacta_core::member_record::MEMBER_COLUMNS
        .iter()
        .map(|c| c.to_string())
        .collect();
    let generated = (
        prop::sample::subsequence(columns, 0..=14).prop_shuffle(),
        prop::collection::vec(prop::collection::vec(cell(), 0..16), 0..6),
    )
        .prop_map(|(headers, rows)| workbook(&headers, &rows));
    let damaged = (Just(exported), prop::collection::vec(edit(), 1..4))
        .prop_map(|(seed, edits)| apply(&seed, &edits));
    runner(48)
        .run(&prop_oneof![generated, damaged], |bytes| {
            checks::member_import(&scratch, &bytes, MemberFormat::Xlsx);
            Ok(())
        })
        .unwrap();
}

fn documented_tallies() -> Vec<Vec<u8>> {
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../docs/voting.md");
    let docs = std::fs::read_to_string(docs).expect("docs/voting.md");
    let inputs = checks::documented_tallies(&docs);
    assert!(inputs.len() >= 14, "the worked examples of docs/voting.md");
    inputs
}

#[test]
fn every_documented_tally_input_passes_the_checks_unchanged() {
    for input in documented_tallies() {
        checks::tally_json(&input);
    }
}

/// An edit of a JSON document, at the `n`-th of the nodes it may apply to.
#[derive(Debug, Clone)]
enum JsonEdit {
    /// A value for one of the same kind (number, string, bool…): the input still parses and
    /// reaches the rules, with a value at the edge of what it means.
    Same(usize, Value),
    /// A value of any kind anywhere: what the parser must refuse.
    Any(usize, Value),
    Remove(usize),
    /// An array element twice: a member or a ballot repeated.
    Repeat(usize),
}

fn edge_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            Value::from(0),
            Value::from(1),
            Value::from(-1),
            Value::from(2),
            Value::from(u32::MAX),
            Value::from(u64::from(u32::MAX) + 1),
            Value::from(i64::MAX),
            Value::from(u64::MAX),
            Value::from(1e300),
            Value::from(0.5),
            Value::Null,
            Value::Bool(true),
            Value::Bool(false),
            Value::from(Vec::<Value>::new()),
            serde_json::json!({}),
        ]),
        prop::sample::select(vec![
            "1/2",
            "0/1",
            "1/0",
            "0/0",
            "-1/2",
            "2/1",
            "1/1",
            "3/2",
            "18446744073709551615/1",
            "1/18446744073709551615",
            "340282366920938463463374607431768211455/3",
            "a/b",
            "",
            "1/2/3",
            "yes",
            "no",
            "abstain",
            "invalid",
            "maybe",
            "roll_call",
            "show_of_hands",
            "secret",
            "body",
            "each_chamber",
            "votes_cast",
            "yes_no",
            "with_abstentions",
            "present",
            "membership",
            "heads",
            "weight",
            "weighted",
            "chambers_equal",
            "unanimity",
            "consensus",
            "voting_member",
            "observer",
            "suspended",
            "Workers",
            "Governments",
            "KH",
            "TH",
            "FRN",
        ])
        .prop_map(Value::from),
        (0u32..40).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ]
}

fn json_edit() -> impl Strategy<Value = JsonEdit> {
    prop_oneof![
        6 => (any::<usize>(), edge_value()).prop_map(|(at, v)| JsonEdit::Same(at, v)),
        1 => (any::<usize>(), edge_value()).prop_map(|(at, v)| JsonEdit::Any(at, v)),
        1 => any::<usize>().prop_map(JsonEdit::Remove),
        2 => any::<usize>().prop_map(JsonEdit::Repeat),
    ]
}

fn kind(value: &Value) -> u8 {
    match value {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    }
}

/// Every node's JSON pointer, in document order.
fn pointers(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{here}/{index}"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{here}/{key}"), out);
            }
        }
        _ => {}
    }
    out.push(here);
}

fn edit_json(value: &mut Value, edit: &JsonEdit) {
    let mut all = Vec::new();
    pointers(value, String::new(), &mut all);
    let pick = |candidates: Vec<String>, at: usize| -> Option<String> {
        (!candidates.is_empty()).then(|| candidates[at % candidates.len()].clone())
    };
    match edit {
        JsonEdit::Same(at, new) => {
            let same: Vec<String> = all
                .into_iter()
                .filter(|p| value.pointer(p).map(kind) == Some(kind(new)))
                .collect();
            if let Some(target) = pick(same, *at) {
                *value.pointer_mut(&target).expect("a listed pointer") = new.clone();
            }
        }
        JsonEdit::Any(at, new) => {
            if let Some(target) = pick(all, *at) {
                *value.pointer_mut(&target).expect("a listed pointer") = new.clone();
            }
        }
        JsonEdit::Remove(at) | JsonEdit::Repeat(at) => {
            let inner: Vec<String> = all.into_iter().filter(|p| !p.is_empty()).collect();
            let Some(target) = pick(inner, *at) else {
                return;
            };
            let (parent, last) = target.rsplit_once('/').expect("an inner pointer");
            let last = last.replace("~1", "/").replace("~0", "~");
            match (value.pointer_mut(parent), edit) {
                (Some(Value::Array(items)), JsonEdit::Remove(_)) => {
                    items.remove(last.parse::<usize>().expect("an index"));
                }
                (Some(Value::Array(items)), _) => {
                    let index = last.parse::<usize>().expect("an index");
                    let copy = items[index].clone();
                    items.insert(index, copy);
                }
                (Some(Value::Object(fields)), JsonEdit::Remove(_)) => {
                    fields.remove(&last);
                }
                _ => {}
            }
        }
    }
}

fn mutate_json(part: &[u8], edit: &JsonEdit) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<Value>(part) else {
        return part.to_vec();
    };
    edit_json(&mut value, edit);
    serde_json::to_vec(&value).expect("a JSON value serialises")
}

/// Found by the mutation below: split parts summed in u32 wrapped round, so a member of
/// weight 2 could give 4294967295 votes against and 3 for (debug builds panicked instead).
#[test]
fn split_parts_that_overflow_are_refused_not_wrapped() {
    use pacta_core::voting::{tally, Ballots, Invalid, Roll};
    let protocol = pacta_core::voting::presets::Preset::parse("ilo_decision")
        .unwrap()
        .protocol();
    let roll: Roll = serde_json::from_str(
        r#"{"members": [
            {"id": "KH", "chamber": "Governments", "weight": 2, "role": "voting_member", "present": true},
            {"id": "ID", "chamber": "Governments", "weight": 2, "role": "voting_member", "present": true},
            {"id": "TFFA", "chamber": "Employers", "role": "voting_member", "present": true},
            {"id": "FRN", "chamber": "Workers", "role": "voting_member", "present": true}]}"#,
    )
    .unwrap();
    for split in [
        r#"{"no": 4294967295, "yes": 1}"#,
        r#"{"no": 4294967295, "yes": 3}"#,
    ] {
        let ballots: Ballots = serde_json::from_str(&format!(
            r#"{{"kind": "roll_call", "ballots": [{{"member": "KH", "choice": "yes"}},
                {{"member": "ID", "split": {split}}}, {{"member": "TFFA", "choice": "yes"}},
                {{"member": "FRN", "choice": "yes"}}]}}"#
        ))
        .unwrap();
        match tally(&protocol, &roll, &ballots) {
            Err(Invalid::SplitMismatch { member, weight, .. }) => {
                assert_eq!((member.as_str(), weight), ("ID", 2));
            }
            other => panic!("{split}: expected a split mismatch, got {other:?}"),
        }
    }
}

/// Found while fixing the above: a show of hands claiming u32::MAX hands was spelled out hand
/// by hand (gigabytes) before being compared with the room.
#[test]
fn a_show_of_hands_beyond_the_room_is_refused_at_once() {
    use pacta_core::voting::{tally, Ballots, Invalid, Roll};
    let protocol = pacta_core::voting::presets::Preset::parse("simple_majority")
        .unwrap()
        .protocol();
    let roll: Roll = serde_json::from_str(
        r#"{"members": [{"id": "KH", "role": "voting_member", "present": true},
                        {"id": "TH", "role": "voting_member", "present": true}]}"#,
    )
    .unwrap();
    let ballots: Ballots = serde_json::from_str(
        r#"{"kind": "show_of_hands", "counts": [{"choice": "yes", "count": 4294967295}]}"#,
    )
    .unwrap();
    let started = std::time::Instant::now();
    assert!(matches!(
        tally(&protocol, &roll, &ballots),
        Err(Invalid::TooManyHands {
            counted: 4294967295,
            eligible: 2,
            ..
        })
    ));
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}

#[test]
fn mutated_tally_inputs_give_a_report_or_a_reason() {
    let inputs = documented_tallies();
    let json_mutations = (
        prop::sample::select(inputs.clone()),
        prop::collection::vec((0..3usize, json_edit()), 1..4),
    )
        .prop_map(|(input, edits)| {
            let mut parts: Vec<Vec<u8>> = checks::tally_parts(&input)
                .iter()
                .map(|p| p.to_vec())
                .collect();
            for (part, edit) in edits {
                parts[part] = mutate_json(&parts[part], &edit);
            }
            parts.join(&0xFF)
        });
    let byte_mutations = mutated(inputs);
    let arbitrary = prop::collection::vec(any::<u8>(), 0..512);
    runner(384)
        .run(
            &prop_oneof![4 => json_mutations, 2 => byte_mutations, 1 => arbitrary],
            |bytes| {
                checks::tally_json(&bytes);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn matrix_files_are_previewed_or_refused_in_words() {
    let scratch = Scratch::new();
    let seeds = scratch.seeds();
    let csv = mutated(vec![seeds.matrix_csv]);
    let xlsx = (Just(seeds.matrix_xlsx), prop::collection::vec(edit(), 1..3))
        .prop_map(|(seed, edits)| apply(&seed, &edits));
    let arbitrary = prop::collection::vec(any::<u8>(), 0..1024);
    runner(192)
        .run(&prop_oneof![4 => csv, 1 => xlsx, 1 => arbitrary], |bytes| {
            checks::matrix_import(&scratch, &bytes);
            Ok(())
        })
        .unwrap();
}

/// Seeds for the cargo-fuzz targets, written where `scripts/fuzz.sh` asks
/// (`PACTA_FUZZ_CORPUS`): the same starting points the cases above mutate.
#[test]
#[ignore = "writes fuzz seeds; run by scripts/fuzz.sh"]
fn write_fuzz_seeds() {
    let corpus = std::path::PathBuf::from(
        std::env::var("PACTA_FUZZ_CORPUS").expect("PACTA_FUZZ_CORPUS=DIR"),
    );
    let scratch = Scratch::new();
    let seeds = scratch.seeds();
    let write = |target: &str, name: &str, bytes: &[u8]| {
        let dir = corpus.join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), bytes).unwrap();
    };
    for (index, seed) in member_seeds(&scratch).iter().enumerate() {
        write("member_import", &format!("members-{index}.csv"), seed);
    }
    write("member_import", "members.xlsx", &seeds.members_xlsx);
    write("matrix_import", "raci.csv", &seeds.matrix_csv);
    write("matrix_import", "raci.xlsx", &seeds.matrix_xlsx);
    for (index, input) in documented_tallies().iter().enumerate() {
        write("tally_json", &format!("example-{index:02}"), input);
    }
}
