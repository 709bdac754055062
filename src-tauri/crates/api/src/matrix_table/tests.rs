//! Matrices to spreadsheets and back.

use super::*;
use pacta_core::matrix::RowLanguage;
use pacta_core::IsoDate;

fn registry() -> Vec<(i64, String, String)> {
    vec![
        (
            11,
            "Bộ Lao động – Thương binh và Xã hội".to_string(),
            "MOLISA".to_string(),
        ),
        (
            12,
            "Associação Fé e Cooperação".to_string(),
            "FEC".to_string(),
        ),
        (13, "Đoàn Thanh niên Ça Va".to_string(), String::new()),
        (14, "Outside Donor Trust".to_string(), "ODT".to_string()),
    ]
}

fn party(id: i64) -> MatrixParty {
    let (_, name, acronym) = registry()
        .into_iter()
        .find(|(oid, _, _)| *oid == id)
        .unwrap();
    MatrixParty {
        organisation_id: id,
        name,
        short_name: acronym,
    }
}

fn activity(id: u32, heading: &str, label: &str, letters: [Option<Raci>; 3]) -> Activity {
    Activity {
        id,
        heading: heading.into(),
        label: label.into(),
        label_fr: String::new(),
        cells: [11, 12, 13]
            .into_iter()
            .zip(letters)
            .filter_map(|(organisation_id, raci)| {
                raci.map(|raci| Cell {
                    organisation_id,
                    raci,
                })
            })
            .collect(),
        needs_funding: false,
        funder: String::new(),
        duration: None,
        note: String::new(),
    }
}

fn sample() -> PrintableMatrix {
    use Raci::*;
    let mut content = MatrixContent::empty("Shelter coordination");
    content.parties = vec![party(11), party(12), party(13)];
    let mut intake = activity(
        1,
        "Protection",
        "Intake interview",
        [Some(Responsible), Some(Accountable), Some(Informed)],
    );
    intake.label_fr = "Entretien d’accueil".into();
    intake.needs_funding = true;
    intake.funder = "Outside Donor Trust".into();
    intake.duration = Some(WorkDuration {
        amount: 3,
        unit: DurationUnit::Weeks,
    });
    intake.note = "Confidential; \"need to know\" only,\nnever by phone".into();
    let mut shelter = activity(
        2,
        "Protection",
        "Safe accommodation",
        [Some(Consulted), Some(Responsible), Some(Accountable)],
    );
    shelter.duration = Some(WorkDuration {
        amount: 6,
        unit: DurationUnit::Months,
    });
    let mut transport = activity(
        3,
        "Prosecution",
        "Transport to court",
        [None, Some(Informed), Some(Responsible)],
    );
    transport.needs_funding = true;
    transport.duration = Some(WorkDuration {
        amount: 2,
        unit: DurationUnit::Days,
    });
    content.activities = vec![intake, shelter, transport];
    PrintableMatrix {
        reference: "RACI-2026-001".into(),
        version: 2,
        frozen: false,
        printed_on: IsoDate::from_ymd(2026, 3, 14).unwrap(),
        author: "Mekong Counter-Trafficking Partnership".into(),
        findings: check(&content),
        content,
        language: RowLanguage::En,
    }
}

fn table(csv: &str) -> MatrixTable {
    member_table::read_csv(csv.as_bytes()).unwrap()
}

fn refused(csv: &str) -> ApiError {
    matrix_from_table(&table(csv), &registry(), "Shelter").unwrap_err()
}

#[test]
fn csv_starts_with_a_bom_and_names_every_column() {
    let bytes = matrix_csv(&sample());
    assert!(bytes.starts_with(UTF8_BOM));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let header = text.lines().next().unwrap();
    assert_eq!(
        header,
        "heading,activity,activity_fr,Bộ Lao động – Thương binh và Xã hội,\
         Associação Fé e Cooperação,Đoàn Thanh niên Ça Va,\
         needs_funding,funder,duration,duration_unit,note"
    );
    assert!(
        text.contains("Protection,Intake interview,Entretien d’accueil,R,A,I,yes,Outside Donor Trust,3,weeks,"),
        "{text}"
    );
    assert!(text.contains("Prosecution,Transport to court,,,I,R,yes,,2,days,"));
}

#[test]
fn csv_round_trips_to_the_same_content() {
    let matrix = sample();
    let bytes = matrix_csv(&matrix);
    let table = read_matrix_table("raci.csv", &bytes).unwrap();
    let read = matrix_from_table(&table, &registry(), "Shelter coordination").unwrap();
    assert_eq!(read, matrix.content);
}

#[test]
fn xlsx_round_trips_to_the_same_content() {
    let matrix = sample();
    let bytes = matrix_xlsx(&matrix).unwrap();
    let preview =
        preview_matrix_import("RACI.XLSX", &bytes, &registry(), "Shelter coordination").unwrap();
    assert_eq!(preview.content, matrix.content);
    assert_eq!(preview.findings, matrix.findings);
    assert!(preview.unmatched_columns.is_empty());
}

#[test]
fn xlsx_colours_each_letter_and_adds_legend_and_checks() {
    let matrix = sample();
    let bytes = matrix_xlsx(&matrix).unwrap();
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(workbook.sheet_names(), vec!["Matrix", "Legend", "Checks"]);

    let styles = workbook.worksheet_style("Matrix").unwrap();
    let fill = |row: u32, column: u32| {
        styles
            .get((row, column))
            .and_then(|style| style.fill.as_ref())
            .and_then(|fill| fill.get_color())
            .map(|c| (u32::from(c.red) << 16) | (u32::from(c.green) << 8) | u32::from(c.blue))
    };
    // Row 1 holds R, A, I in the three party columns (D, E, F); row 2 holds C, R, A.
    assert_eq!(fill(1, 3), Some(0xC6EFCE));
    assert_eq!(fill(1, 4), Some(0xBDD7EE));
    assert_eq!(fill(2, 3), Some(0xFFEB9C));
    assert_eq!(fill(1, 5), Some(0xD9D9D9));
    let header = styles.get((0, 3)).unwrap();
    assert!(header.font.as_ref().unwrap().is_bold());
    assert_eq!(
        header.alignment.as_ref().unwrap().text_rotation,
        calamine::TextRotation::Degrees(90)
    );

    let grid = workbook.worksheet_range("Matrix").unwrap();
    assert_eq!(
        grid.get_value((1, 3)),
        Some(&Data::String("R".into())),
        "the letters are plain text"
    );
    assert_eq!(
        grid.get_value((1, 8)),
        Some(&Data::Float(3.0)),
        "durations are numbers"
    );

    let legend = workbook.worksheet_range("Legend").unwrap();
    let legend_text: Vec<String> = legend.cells().map(|(_, _, c)| cell_text(c)).collect();
    assert!(legend_text.contains(&"Responsible: does the work".to_string()));
    assert!(legend_text.contains(&"Đoàn Thanh niên Ça Va".to_string()));
    assert!(legend_text.contains(&"MOLISA".to_string()));

    let checks = workbook.worksheet_range("Checks").unwrap();
    let findings: Vec<String> = checks.rows().skip(1).map(|r| cell_text(&r[0])).collect();
    let expected: Vec<String> = matrix.findings.iter().map(ToString::to_string).collect();
    assert!(!expected.is_empty(), "the sample has findings to list");
    assert_eq!(findings, expected);
}

/// Every text cell of a worksheet, row by row.
fn sheet_text(workbook: &mut calamine::Xlsx<Cursor<Vec<u8>>>, name: &str) -> Vec<Vec<String>> {
    workbook
        .worksheet_range(name)
        .unwrap()
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect()
}

#[test]
fn a_dutch_workbook_has_its_legend_and_checks_in_dutch_and_imports_back() {
    let mut matrix = sample();
    matrix.language = RowLanguage::Nl;
    matrix.frozen = true;
    let bytes = matrix_xlsx(&matrix).unwrap();
    let preview =
        preview_matrix_import("raci.xlsx", &bytes, &registry(), "Shelter coordination").unwrap();
    assert_eq!(
        preview.content, matrix.content,
        "the grid keeps the importer's column names"
    );

    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        vec!["Matrix", "Legenda", "Controles"]
    );
    let legend = sheet_text(&mut workbook, "Legenda");
    let pair = |label: &str| {
        legend
            .iter()
            .find(|row| row[0] == label)
            .map(|row| row[1].clone())
            .unwrap_or_else(|| panic!("{label} in {legend:?}"))
    };
    assert_eq!(pair("Referentie"), "RACI-2026-001");
    assert_eq!(pair("Versie"), "2");
    assert_eq!(
        pair("Bevroren (gehecht aan een ondertekende overeenkomst)"),
        "ja"
    );
    assert_eq!(pair("Geëxporteerd op"), "2026-03-14");
    assert_eq!(pair("Letter"), "Betekenis");
    assert_eq!(
        pair("R"),
        "Verantwoordelijk (uitvoerend): voert het werk uit"
    );
    assert_eq!(
        pair("A"),
        "Eindverantwoordelijk: staat in voor het resultaat; precies één per activiteit"
    );
    assert_eq!(
        pair("C"),
        "Geraadpleegd: vooraf om advies gevraagd (in twee richtingen)"
    );
    assert_eq!(
        pair("I"),
        "Geïnformeerd: achteraf op de hoogte gebracht (in één richting)"
    );
    assert_eq!(pair("Afkorting"), "Kolom (volledige naam)");
    assert_eq!(pair("MOLISA"), "Bộ Lao động – Thương binh và Xã hội");

    let checks = sheet_text(&mut workbook, "Controles");
    assert_eq!(checks[0][0], "Bevinding");
    let findings: Vec<&str> = checks[1..].iter().map(|row| row[0].as_str()).collect();
    let expected: Vec<String> = matrix
        .findings
        .iter()
        .map(|f| matrix.finding_text(f))
        .collect();
    assert!(!expected.is_empty(), "the sample has findings to list");
    assert_eq!(findings, expected);
    assert!(
        findings.contains(&"“Transport to court” heeft financiering nodig maar geen financier"),
        "{findings:?}"
    );
}

#[test]
fn a_french_workbook_lists_its_checks_in_french_with_the_french_labels() {
    let mut matrix = sample();
    matrix.language = RowLanguage::Fr;
    matrix.content.activities[2].label_fr = "Transport au tribunal".into();
    let bytes = matrix_xlsx(&matrix).unwrap();
    let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        vec!["Matrice", "Légende", "Vérifications"]
    );
    let legend: Vec<String> = sheet_text(&mut workbook, "Légende").concat();
    assert!(legend.contains(&"Responsable : réalise le travail".to_string()));
    assert!(legend.contains(&"Exportée le".to_string()));
    let checks = sheet_text(&mut workbook, "Vérifications");
    assert_eq!(checks[0][0], "Remarque");
    assert!(
        checks.iter().any(|row| row[0]
            == "« Transport au tribunal » demande un financement et n’a pas de bailleur"),
        "{checks:?}"
    );
}

#[test]
fn a_workbook_without_findings_says_so_in_its_language() {
    let mut matrix = sample();
    matrix.findings.clear();
    for (language, expected) in [
        (RowLanguage::En, "No findings."),
        (RowLanguage::Fr, "Aucune remarque."),
        (RowLanguage::Nl, "Geen bevindingen."),
    ] {
        matrix.language = language;
        let bytes = matrix_xlsx(&matrix).unwrap();
        let mut workbook = calamine::Xlsx::new(Cursor::new(bytes)).unwrap();
        let checks = workbook.sheet_names()[2].clone();
        assert_eq!(sheet_text(&mut workbook, &checks)[1][0], expected);
    }
}

#[test]
fn a_letter_other_than_raci_is_placed_by_row_and_column() {
    let error = refused(
        "heading,activity,MOLISA,FEC\n\
         Protection,Intake,R,A\n\
         Protection,Shelter,X,R\n",
    );
    assert_eq!(error.code, ErrorCode::InvalidMatrix);
    assert_eq!(error.details.len(), 1, "{:?}", error.details);
    let detail = &error.details[0];
    assert_eq!(detail.code, ErrorCode::InvalidChoice);
    assert_eq!(detail.row, Some(3));
    assert_eq!(detail.column.as_deref(), Some("MOLISA"));
    assert_eq!(detail.value.as_deref(), Some("X"));
    assert!(detail.message.contains("row 3"), "{}", detail.message);
}

#[test]
fn a_column_for_a_non_member_is_named_in_the_header_row() {
    let csv = "activity,molisa,Croix-Rouge locale\nIntake,R,A\n";
    let error = refused(csv);
    assert_eq!(error.code, ErrorCode::InvalidMatrix);
    let detail = &error.details[0];
    assert_eq!(error.details.len(), 1);
    assert_eq!(detail.row, Some(1));
    assert_eq!(detail.column.as_deref(), Some("Croix-Rouge locale"));
    assert_eq!(
        detail.message,
        "column “Croix-Rouge locale” is not a member organisation"
    );

    // The preview lists it instead, and leaves the column out.
    let preview = preview_matrix_import("m.csv", csv.as_bytes(), &registry(), "Shelter").unwrap();
    assert_eq!(preview.unmatched_columns, vec!["Croix-Rouge locale"]);
    assert_eq!(preview.content.parties, vec![party(11)]);
}

#[test]
fn headers_match_by_name_or_acronym_ignoring_case_and_spacing() {
    let content = matrix_from_table(
        &table(
            "Activity,  associação  fé E cooperação ,molisa,ĐOÀN THANH NIÊN ÇA VA\nIntake,R,A,I\n",
        ),
        &registry(),
        "Shelter",
    )
    .unwrap();
    let ids: Vec<i64> = content.parties.iter().map(|p| p.organisation_id).collect();
    assert_eq!(ids, vec![12, 11, 13]);
    assert_eq!(content.parties[0].name, "Associação Fé e Cooperação");
}

#[test]
fn the_same_member_twice_or_an_ambiguous_acronym_is_refused() {
    let mut members = registry();
    members.push((15, "Friends of Eastern Children".into(), "FEC".into()));
    let error = matrix_from_table(
        &table("activity,MOLISA,Bộ Lao động – Thương binh và Xã hội,FEC\nIntake,R,A,I\n"),
        &members,
        "Shelter",
    )
    .unwrap_err();
    let columns: Vec<_> = error
        .details
        .iter()
        .map(|d| d.column.as_deref().unwrap())
        .collect();
    assert_eq!(columns, vec!["Bộ Lao động – Thương binh và Xã hội", "FEC"]);
    assert!(error.details[1]
        .message
        .contains("Friends of Eastern Children"));
}

#[test]
fn a_duplicate_activity_under_one_heading_is_placed_on_its_file_line() {
    let error = refused(
        "heading,activity,MOLISA\n\
         On the day,Transport,R\n\
         ,,\n\
         Before,Transport,R\n\
         On the day,  transport ,A\n",
    );
    assert_eq!(error.details.len(), 1, "{:?}", error.details);
    let detail = &error.details[0];
    assert_eq!(
        detail.row,
        Some(5),
        "the blank row (as Excel writes one) still counts"
    );
    assert_eq!(detail.column.as_deref(), Some("activity"));
    assert_eq!(detail.value.as_deref(), Some("transport"));
    assert!(detail.message.starts_with("row 5:"), "{}", detail.message);
}

#[test]
fn bad_funding_and_durations_are_each_reported() {
    let error = refused(
        "activity,needs_funding,duration,duration_unit\n\
         A,maybe,3,weeks\n\
         B,,two,days\n\
         C,,4,fortnights\n\
         D,,5,\n\
         E,,,months\n\
         F,,0,days\n\
         G,Yes,1,week\n",
    );
    let placed: Vec<(u32, &str)> = error
        .details
        .iter()
        .map(|d| (d.row.unwrap(), d.column.as_deref().unwrap()))
        .collect();
    assert_eq!(
        placed,
        vec![
            (2, "needs_funding"),
            (3, "duration"),
            (4, "duration_unit"),
            (5, "duration_unit"),
            (6, "duration"),
            (7, "duration"),
        ]
    );
}

#[test]
fn every_problem_comes_at_once() {
    let error = refused(
        "activity,MOLISA,Nobody\n\
         Intake,X,R\n\
         ,R,\n\
         Shelter,R,Q\n",
    );
    assert_eq!(error.code, ErrorCode::InvalidMatrix);
    let rows: Vec<Option<u32>> = error.details.iter().map(|d| d.row).collect();
    assert_eq!(rows, vec![Some(1), Some(2), Some(3)]);
    assert!(error.message.contains("3 problems"), "{}", error.message);
}

#[test]
fn an_empty_file_or_one_with_only_a_header_is_refused() {
    let empty = read_matrix_table("m.csv", b"").unwrap_err();
    assert_eq!(empty.code, ErrorCode::MissingColumn);
    assert!(empty.message.contains("empty"), "{}", empty.message);

    let header_only = preview_matrix_import(
        "m.csv",
        "\u{feff}heading,activity,MOLISA\n".as_bytes(),
        &registry(),
        "Shelter",
    )
    .unwrap_err();
    assert_eq!(header_only.code, ErrorCode::InvalidMatrix);
    assert_eq!(
        header_only.details[0].message,
        "the file has no activity rows under its header"
    );
}

#[test]
fn a_file_without_an_activity_column_names_the_missing_column() {
    let error = matrix_from_table(&table("heading,MOLISA\nX,R\n"), &registry(), "S").unwrap_err();
    assert_eq!(error.code, ErrorCode::MissingColumn);
    assert_eq!(error.details[0].column.as_deref(), Some("activity"));
}

#[test]
fn an_edited_workbook_is_placed_by_its_own_rows() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (column, header) in ["activity", "FEC", "duration", "duration_unit"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, column as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "Intake").unwrap();
    sheet.write_string(1, 1, "r").unwrap();
    sheet.write_number(1, 2, 2.0).unwrap();
    sheet.write_string(1, 3, "Week").unwrap();
    // Row 3 is left empty, as people do between groups.
    sheet.write_string(3, 0, "Shelter").unwrap();
    sheet.write_string(3, 1, "Lead").unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    let error = preview_matrix_import("edited.xlsx", &bytes, &registry(), "S").unwrap_err();
    assert_eq!(error.details.len(), 1, "{:?}", error.details);
    assert_eq!(error.details[0].row, Some(4));
    assert_eq!(error.details[0].column.as_deref(), Some("FEC"));
    assert_eq!(error.details[0].value.as_deref(), Some("Lead"));

    let table = read_matrix_table("edited.xlsx", &bytes).unwrap();
    let mut fixed = table.clone();
    fixed.rows[2][1] = "A".into();
    let content = matrix_from_table(&fixed, &registry(), "S").unwrap();
    assert_eq!(content.activities.len(), 2);
    assert_eq!(
        content.activities[1].id, 2,
        "ids follow the rows, blanks skipped"
    );
    assert_eq!(
        content.activities[0].duration,
        Some(WorkDuration {
            amount: 2,
            unit: DurationUnit::Weeks
        })
    );
}

#[test]
fn other_formats_and_garbage_workbooks_are_refused() {
    let odt = read_matrix_table("matrix.odt", b"PK\x03\x04").unwrap_err();
    assert_eq!(odt.code, ErrorCode::UnsupportedFormat);
    let garbage = read_matrix_table("matrix.xlsx", b"\x00\x01not a zip at all").unwrap_err();
    assert_eq!(garbage.code, ErrorCode::UnreadableSpreadsheet);
    assert!(
        garbage.message.contains("matrix.xlsx"),
        "{}",
        garbage.message
    );
    let preview = preview_matrix_import("matrix.xlsx", &[], &registry(), "S").unwrap_err();
    assert_eq!(preview.code, ErrorCode::UnreadableSpreadsheet);
}

#[test]
fn values_without_a_header_and_repeated_columns_are_refused() {
    let error = refused("activity,MOLISA,,activity\nIntake,R,stray,Again\n");
    let columns: Vec<_> = error
        .details
        .iter()
        .map(|d| d.column.as_deref().unwrap())
        .collect();
    assert_eq!(columns, vec!["C", "activity"]);
}

#[test]
fn a_missing_title_is_refused_with_the_rest() {
    let error =
        matrix_from_table(&table("activity,MOLISA\nIntake,R\n"), &registry(), " ").unwrap_err();
    assert_eq!(error.details[0].message, "the matrix needs a title");
    assert_eq!(error.details[0].row, None);
}

#[test]
fn column_letters_go_past_z() {
    assert_eq!(column_letters(0), "A");
    assert_eq!(column_letters(25), "Z");
    assert_eq!(column_letters(26), "AA");
    assert_eq!(column_letters(27 * 26), "AAA");
}
