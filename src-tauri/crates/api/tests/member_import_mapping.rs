//! Member lists as secretariats keep them, imported through a suggested mapping: an English
//! workbook with a title row, its own headers, free-text kinds and country names and typed
//! dates; a French "CSV (point-virgule)" in Windows-1252 with day-first dates; Excel "Unicode
//! text" (UTF-16, tabs) with names in Khmer, Thai and Vietnamese and month-first dates; an
//! OpenDocument sheet; and the files that must be refused, changing nothing.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use pacta_api::member_import::{self, ImportAction, ImportProgress};
use pacta_api::{members, Clock, ErrorCode, Partnership};
use pacta_core::member_import::{ColumnTarget, DateOrder, ValueChoice};
use pacta_core::{MemberQuery, MemberStatus, MemberSummary, OrganisationKind};

fn partnership(dir: &Path) -> Partnership {
    Partnership::create(
        &dir.join("forum.pacta"),
        "SEA Forum for Fishers",
        Clock::Fixed("2026-12-07T09:00:00Z".into()),
    )
    .unwrap()
}

fn all_members(partnership: &Partnership) -> Vec<MemberSummary> {
    members::list(
        partnership,
        &MemberQuery {
            limit: 1000,
            ..Default::default()
        },
    )
    .unwrap()
    .rows
}

fn member<'a>(members: &'a [MemberSummary], name: &str) -> &'a MemberSummary {
    members
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("{name} was imported"))
}

fn no_progress() -> impl FnMut(ImportProgress) {
    |_| {}
}

/// The English workbook: a "Read me" sheet first, then the list under a title and a blank row,
/// with typed dates, a date typed as text, an Excel serial, and a column Pacta has no place for.
fn english_workbook(dir: &Path) -> PathBuf {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let path = dir.join("SEA Forum members 2026.xlsx");
    let mut workbook = Workbook::new();
    let readme = workbook.add_worksheet().set_name("Read me").unwrap();
    readme
        .write_string(0, 0, "Member list kept by the secretariat; do not sort.")
        .unwrap();
    let sheet = workbook.add_worksheet().set_name("Members").unwrap();
    let date = Format::new().set_num_format("dd mmm yyyy");
    sheet
        .write_string(
            0,
            0,
            "SEA Forum for Fishers — member list (updated Nov. 2026)",
        )
        .unwrap();
    let headers = [
        "Organisation",
        "Abbrev.",
        "Type",
        "Country",
        "Focal point",
        "E-mail",
        "Member since",
        "Constituency",
        "Budget line",
    ];
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string(2, column as u16, *header).unwrap();
    }
    let rows: [[&str; 9]; 5] = [
        [
            "Ministry of Agriculture, Forestry and Fisheries",
            "MAFF",
            "Government",
            "Cambodia",
            "ឯកឧត្តម ស៊ុន ចាន់ថុល",
            "focal@maff.gov.kh",
            "",
            "Governments",
            "B-1",
        ],
        [
            "Thai Fishing Association",
            "TFA",
            "Employers' organisation",
            "Thailand",
            "สมชาย ใจดี",
            "somchai@tfa.or.th",
            "",
            "Employers",
            "",
        ],
        [
            "Lao Federation of Trade Unions",
            "LFTU",
            "Trade union",
            "Lao PDR",
            "Souphanouvong Keomany",
            "s.keomany@lftu.la",
            "",
            "Workers",
            "B-7",
        ],
        [
            "Hội Nghề cá Việt Nam",
            "VINAFIS",
            "NGO",
            "Viet Nam",
            "Nguyễn Thị Hoa",
            "hoa@vinafis.vn",
            "15/03/2021",
            "Civil society",
            "",
        ],
        [
            "International Labour Organization",
            "ILO",
            "UN agency",
            "Switzerland",
            "",
            "",
            "",
            "Advisers",
            "",
        ],
    ];
    for (index, row) in rows.iter().enumerate() {
        let line = 3 + index as u32;
        for (column, value) in row.iter().enumerate() {
            if !value.is_empty() {
                sheet.write_string(line, column as u16, *value).unwrap();
            }
        }
    }
    let typed = [
        (3u32, (2019, 6, 1)),
        (4, (2020, 1, 15)),
        (5, (2018, 11, 30)),
    ];
    for (line, (year, month, day)) in typed {
        let moment = ExcelDateTime::from_ymd(year, month, day).unwrap();
        sheet
            .write_datetime_with_format(line, 6, &moment, &date)
            .unwrap();
    }
    // A serial number without a date format, as a pasted cell often is: 45292 = 2024-01-01.
    sheet.write_number(7, 6, 45292.0).unwrap();
    workbook.save(&path).unwrap();
    path
}

#[test]
fn an_english_workbook_with_a_title_row_imports_through_the_suggested_mapping() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = partnership(dir.path());
    let file = english_workbook(dir.path());

    let plain = member_import::preview(&partnership, &file).unwrap_err();
    assert_eq!(plain.code, ErrorCode::MissingColumn);
    assert!(
        plain.message.contains("--suggest-mapping"),
        "a plain import points to the mapping: {}",
        plain.message
    );

    let suggestion = member_import::suggest(&partnership, &file, None).unwrap();
    assert_eq!(suggestion.source.sheets, vec!["Read me", "Members"]);
    assert_eq!(
        suggestion.source.sheet.as_deref(),
        Some("Read me"),
        "the first sheet that holds data is read until the person picks another"
    );
    let suggestion = member_import::suggest(&partnership, &file, Some("Members")).unwrap();
    assert_eq!(
        suggestion.mapping.header_row, 3,
        "the title and blank rows are skipped"
    );
    assert_eq!(suggestion.title_rows.len(), 2);
    assert_eq!(suggestion.data_rows, 5);
    let targets: Vec<ColumnTarget> = suggestion
        .mapping
        .columns
        .iter()
        .map(|c| c.target)
        .collect();
    use ColumnTarget::*;
    assert_eq!(
        targets,
        vec![
            Name,
            Acronym,
            Kind,
            Country,
            RepresentativeName,
            RepresentativeEmail,
            JoinedOn,
            Chamber,
            Notes
        ]
    );
    assert!(
        suggestion
            .values
            .iter()
            .all(|v| v.how != ValueChoice::Unplaced),
        "every kind and country of this list is placed by its words: {:?}",
        suggestion.values
    );
    assert!(!suggestion.remembered);

    let preview = member_import::preview_with(&partnership, &file, &suggestion.mapping).unwrap();
    assert_eq!(
        (preview.adds, preview.invalid),
        (5, 0),
        "{:?}",
        preview.rows
    );
    assert_eq!(
        preview.rows[0].row, 4,
        "rows are numbered as the sheet shows them"
    );

    let summary = member_import::import_with(
        &mut partnership,
        &file,
        &suggestion.mapping,
        &mut no_progress(),
    )
    .unwrap();
    assert_eq!((summary.added, summary.updated), (5, 0));
    let imported = all_members(&partnership);
    let maff = member(&imported, "Ministry of Agriculture, Forestry and Fisheries");
    assert_eq!(maff.kind, OrganisationKind::Government);
    assert_eq!(maff.country.as_deref(), Some("KH"));
    assert_eq!(maff.joined_on, "2019-06-01", "a typed Excel date");
    assert_eq!(
        maff.primary_representative.as_deref(),
        Some("ឯកឧត្តម ស៊ុន ចាន់ថុល")
    );
    let lftu = member(&imported, "Lao Federation of Trade Unions");
    assert_eq!(
        (lftu.kind, lftu.country.as_deref(), lftu.chamber.as_deref()),
        (OrganisationKind::TradeUnion, Some("LA"), Some("Workers"))
    );
    let vinafis = member(&imported, "Hội Nghề cá Việt Nam");
    assert_eq!(
        vinafis.joined_on, "2021-03-15",
        "a date typed as day-first text"
    );
    let ilo = member(&imported, "International Labour Organization");
    assert_eq!(ilo.kind, OrganisationKind::International);
    assert_eq!(ilo.joined_on, "2024-01-01", "an Excel serial number");
    assert_eq!(
        member(&imported, "Thai Fishing Association").kind,
        OrganisationKind::Employers
    );
    let detail = members::detail(&partnership, maff.id).unwrap();
    assert_eq!(detail.organisation.notes, "Budget line: B-1");

    let again = member_import::suggest(&partnership, &file, Some("Members")).unwrap();
    assert!(
        again.remembered,
        "the confirmed mapping is offered for the same layout"
    );
}

#[test]
fn a_french_semicolon_csv_in_windows_1252_with_day_first_dates_imports() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = partnership(dir.path());
    let text = "Liste des membres du Comité national de coordination;;;;;;\r\n\
                ;;;;;;\r\n\
                Nom de l'organisation;Sigle;Catégorie;Pays;Point focal;Courriel;Date d'adhésion;Collège;Observations\r\n\
                Ministère de l'Égalité des genres;MGEPESW;Ministère;Namibie;Hélène Nangolo;h.nangolo@mgepesw.gov.na;04/03/2019;Gouvernement;\"Chef de file; SOP 2020\"\r\n\
                Centre d'assistance juridique;LAC;ONG;Namibie;Toni Hancox;thancox@lac.org.na;25/11/2018;Société civile;\r\n\
                Organisation internationale pour les migrations;OIM;Organisation internationale;Autriche;Aurélie Lefèvre;alefevre@iom.int;1/2/2020;Partenaires;Observateur\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    let file = dir.path().join("membres.csv");
    std::fs::write(&file, &bytes).unwrap();

    let suggestion = member_import::suggest(&partnership, &file, None).unwrap();
    assert_eq!(suggestion.source.encoding.as_deref(), Some("windows-1252"));
    assert_eq!(suggestion.source.delimiter.as_deref(), Some(";"));
    assert_eq!(suggestion.mapping.header_row, 3);
    assert_eq!(suggestion.mapping.date_order, DateOrder::DayFirst);
    assert!(
        suggestion.dates.unwrap().certain,
        "25/11 can only be day-first"
    );
    let summary = member_import::import_with(
        &mut partnership,
        &file,
        &suggestion.mapping,
        &mut no_progress(),
    )
    .unwrap();
    assert_eq!(summary.added, 3);
    let imported = all_members(&partnership);
    let ministry = member(&imported, "Ministère de l'Égalité des genres");
    assert_eq!(ministry.kind, OrganisationKind::Government);
    assert_eq!(ministry.country.as_deref(), Some("NA"));
    assert_eq!(ministry.joined_on, "2019-03-04");
    let iom = member(&imported, "Organisation internationale pour les migrations");
    assert_eq!(
        (iom.kind, iom.country.as_deref(), iom.joined_on.as_str()),
        (OrganisationKind::International, Some("AT"), "2020-02-01")
    );
    let detail = members::detail(&partnership, ministry.id).unwrap();
    assert_eq!(detail.organisation.notes, "Chef de file; SOP 2020");
    assert_eq!(detail.representatives[0].name, "Hélène Nangolo");
}

#[test]
fn unicode_text_from_excel_with_month_first_dates_imports_names_in_every_script() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = partnership(dir.path());
    let text = "Organization\tType\tCountry\tContact\tJoined\tStatus\r\n\
                ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ\tGovernment\tKH\tលោក សុខ សុភា\t3/4/2020\tActive\r\n\
                มูลนิธิเพื่อสิทธิแรงงานข้ามชาติ\tFoundation\tThailand\tสวัสดิ์ ศรีสุข\t12/25/2019\tSuspended\r\n\
                ကမ္ဘာ့ငါးလုပ်သားများ အသင်း\tCSO\tMyanmar\tကျော်ဇင်ဦး\t1/13/2021\tFormer member\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let file = dir.path().join("members.txt");
    std::fs::write(&file, &bytes).unwrap();
    let suggestion = member_import::suggest(&partnership, &file, None).unwrap();
    assert_eq!(suggestion.source.encoding.as_deref(), Some("UTF-16LE"));
    assert_eq!(suggestion.source.delimiter.as_deref(), Some("\t"));
    assert_eq!(suggestion.mapping.date_order, DateOrder::MonthFirst);
    member_import::import_with(
        &mut partnership,
        &file,
        &suggestion.mapping,
        &mut no_progress(),
    )
    .unwrap();
    let imported = all_members(&partnership);
    let khmer = member(&imported, "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ");
    assert_eq!(khmer.joined_on, "2020-03-04");
    assert_eq!(khmer.primary_representative.as_deref(), Some("លោក សុខ សុភា"));
    let thai = member(&imported, "มูลนิธิเพื่อสิทธิแรงงานข้ามชาติ");
    assert_eq!(
        (thai.kind, thai.status, thai.joined_on.as_str()),
        (
            OrganisationKind::CivilSociety,
            MemberStatus::Suspended,
            "2019-12-25"
        )
    );
    assert_eq!(thai.primary_representative.as_deref(), Some("สวัสดิ์ ศรีสุข"));
    let burmese = member(&imported, "ကမ္ဘာ့ငါးလုပ်သားများ အသင်း");
    assert_eq!(burmese.status, MemberStatus::Withdrawn);
    assert_eq!(burmese.primary_representative.as_deref(), Some("ကျော်ဇင်ဦး"));
}

#[test]
fn an_opendocument_sheet_imports() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = partnership(dir.path());
    let file = dir.path().join("leden.ods");
    let rows: &[&[&str]] = &[
        &[
            "Organisatie",
            "Soort",
            "Land",
            "Lid sinds",
            "Contactpersoon",
            "E-mailadres",
        ],
        &[
            "CoMensha",
            "Stichting",
            "Nederland",
            "15 maart 2021",
            "Eva Jansen",
            "eva@comensha.nl",
        ],
        &[
            "Nationaal Rapporteur Mensenhandel",
            "Overheid",
            "Nederland",
            "2019",
            "",
            "",
        ],
    ];
    write_ods(&file, rows);
    let suggestion = member_import::suggest(&partnership, &file, None).unwrap();
    member_import::import_with(
        &mut partnership,
        &file,
        &suggestion.mapping,
        &mut no_progress(),
    )
    .unwrap();
    let imported = all_members(&partnership);
    let comensha = member(&imported, "CoMensha");
    assert_eq!(
        (
            comensha.kind,
            comensha.country.as_deref(),
            comensha.joined_on.as_str()
        ),
        (OrganisationKind::CivilSociety, Some("NL"), "2021-03-15")
    );
    let rapporteur = member(&imported, "Nationaal Rapporteur Mensenhandel");
    assert_eq!(rapporteur.kind, OrganisationKind::Government);
    assert_eq!(
        rapporteur.joined_on, "2019-01-01",
        "a year alone is its first day"
    );
}

#[test]
fn a_value_the_mapping_cannot_place_is_named_and_once_placed_imports() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = partnership(dir.path());
    let file = dir.path().join("members.csv");
    std::fs::write(
        &file,
        "Organisation,Type,Country,Member since\n\
         Fishers' Cooperative of Sihanoukville,Cooperative,Cambodia,2022-05-01\n\
         Ministry of Labour,Ministry,Atlantis,2021-01-01\n",
    )
    .unwrap();
    let suggestion = member_import::suggest(&partnership, &file, None).unwrap();
    let unplaced: Vec<(ColumnTarget, &str)> = suggestion
        .values
        .iter()
        .filter(|v| v.how == ValueChoice::Unplaced)
        .map(|v| (v.target, v.value.as_str()))
        .collect();
    assert_eq!(
        unplaced,
        vec![
            (ColumnTarget::Kind, "Cooperative"),
            (ColumnTarget::Country, "Atlantis")
        ]
    );
    let preview = member_import::preview_with(&partnership, &file, &suggestion.mapping).unwrap();
    assert_eq!(preview.invalid, 2);
    let problem = &preview.rows[0].problems[0];
    assert_eq!(problem.code, ErrorCode::UnplacedValue);
    assert_eq!(
        (problem.row, problem.column.as_deref()),
        (Some(2), Some("Type"))
    );
    assert_eq!(problem.value.as_deref(), Some("Cooperative"));
    assert!(
        problem.message.contains("civil_society"),
        "the choices are offered: {}",
        problem.message
    );
    let refused = member_import::import_with(
        &mut partnership,
        &file,
        &suggestion.mapping,
        &mut no_progress(),
    )
    .unwrap_err();
    assert_eq!(refused.code, ErrorCode::ImportHasErrors);
    assert!(all_members(&partnership).is_empty(), "all rows or none");

    let mut mapping = suggestion.mapping.clone();
    mapping
        .values
        .kind
        .insert("Cooperative".into(), OrganisationKind::CivilSociety);
    mapping
        .values
        .country
        .insert("Atlantis".into(), "KH".into());
    let preview = member_import::preview_with(&partnership, &file, &mapping).unwrap();
    assert!(preview.rows.iter().all(|r| r.action == ImportAction::Add));
    member_import::import_with(&mut partnership, &file, &mapping, &mut no_progress()).unwrap();
    assert_eq!(all_members(&partnership).len(), 2);
}

#[test]
fn a_mapping_that_does_not_fit_the_file_is_refused_naming_the_column() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = partnership(dir.path());
    let file = dir.path().join("members.csv");
    std::fs::write(&file, "Organisation,Type,Member since\nA,NGO,2020-01-01\n").unwrap();
    let mut mapping = member_import::suggest(&partnership, &file, None)
        .unwrap()
        .mapping;
    mapping.columns[1].target = ColumnTarget::Name;
    let error = member_import::import_with(&mut partnership, &file, &mapping, &mut no_progress())
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::MappingMismatch);
    assert_eq!(error.details[0].column.as_deref(), Some("Type"));
    assert!(all_members(&partnership).is_empty());
}

#[test]
fn a_zip_bomb_named_xlsx_is_refused_before_it_is_inflated() {
    let dir = tempfile::tempdir().unwrap();
    let partnership = partnership(dir.path());
    let file = dir.path().join("members.xlsx");
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&file).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    writer
        .start_file("xl/worksheets/sheet1.xml", options)
        .unwrap();
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..20 {
        writer.write_all(&zeros).unwrap();
    }
    writer.finish().unwrap();
    let error = member_import::suggest(&partnership, &file, None).unwrap_err();
    assert_eq!(error.code, ErrorCode::UnreadableSpreadsheet);
    assert!(error.message.contains("zip bomb"), "{}", error.message);
}

/// A minimal OpenDocument spreadsheet, as LibreOffice writes one: the mimetype first and
/// stored, then the content.
fn write_ods(path: &Path, rows: &[&[&str]]) {
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in *row {
            table.push_str(&format!(
                "<table:table-cell office:value-type=\"string\"><text:p>{cell}</text:p></table:table-cell>"
            ));
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Leden">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut writer = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file("mimetype", stored).unwrap();
    writer
        .write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    let deflated = zip::write::SimpleFileOptions::default();
    writer.start_file("content.xml", deflated).unwrap();
    writer.write_all(content.as_bytes()).unwrap();
    writer
        .start_file("META-INF/manifest.xml", deflated)
        .unwrap();
    writer.write_all(manifest.as_bytes()).unwrap();
    writer.finish().unwrap();
}

#[test]
fn a_cell_a_spreadsheet_would_run_as_a_formula_is_exported_guarded_and_imports_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut partnership = partnership(dir.path());
    let file = dir.path().join("members.csv");
    std::fs::write(
        &file,
        "name,kind,joined_on,notes,representative_name,representative_phone\n\
         \"=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\",civil_society,2020-01-01,@risk,Ana,+670 331 0000\n",
    )
    .unwrap();
    member_import::import(&mut partnership, &file, &mut no_progress()).unwrap();
    let exported = dir.path().join("export.csv");
    pacta_api::member_export::export(&partnership, &exported).unwrap();
    let text = std::fs::read_to_string(&exported).unwrap();
    assert!(
        text.contains("\"'=HYPERLINK(")
            && text.contains("'@risk")
            && text.contains("'+670 331 0000"),
        "formula starts are guarded: {text}"
    );
    let preview = member_import::preview(&partnership, &exported).unwrap();
    assert_eq!(
        (preview.updates, preview.invalid),
        (1, 0),
        "{:?}",
        preview.rows
    );
    member_import::import(&mut partnership, &exported, &mut no_progress()).unwrap();
    let members = all_members(&partnership);
    assert_eq!(members.len(), 1);
    assert_eq!(
        members[0].name,
        "=HYPERLINK(\"http://example.org\",\"click\")"
    );
    let detail = members::detail(&partnership, members[0].id).unwrap();
    assert_eq!(detail.organisation.notes, "@risk");
    assert_eq!(detail.representatives[0].phone, "+670 331 0000");
}
