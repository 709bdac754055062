//! The import wizard in the real window, on member lists shaped as secretariats keep them: an
//! Excel workbook with a title row above its own headers, typed dates and a type Pacta cannot
//! place until the person chooses; then a French "CSV (point-virgule)" in Windows-1252 with
//! day-first dates. Each goes file → columns → values → preview → import, and the CLI reads the
//! members back from the file.

use std::path::{Path, PathBuf};

use crate::support::{self, journey, App, Result, Workspace};

fn workbook_with_a_title_row(root: &Path) -> Result<PathBuf> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let path = root.join("SEA Forum members.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Members")?;
    sheet.write_string(0, 0, "SEA Forum for Fishers — member list 2026")?;
    let headers = [
        "Organisation",
        "Type",
        "Country",
        "Focal point",
        "Member since",
    ];
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string(2, column as u16, *header)?;
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let rows = [
        (
            "Ministry of Labour and Vocational Training",
            "Ministry",
            "Cambodia",
            "ស៊ុន ចាន់ថុល",
            (2019, 6, 1),
        ),
        (
            "Thai Fishing Association",
            "Employers' organisation",
            "Thailand",
            "สมชาย ใจดี",
            (2020, 1, 15),
        ),
        (
            "Fishers' Cooperative of Sihanoukville",
            "Cooperative",
            "Cambodia",
            "Sok Dara",
            (2022, 5, 3),
        ),
    ];
    for (index, (name, kind, country, person, (y, m, d))) in rows.iter().enumerate() {
        let line = 3 + index as u32;
        sheet.write_string(line, 0, *name)?;
        sheet.write_string(line, 1, *kind)?;
        sheet.write_string(line, 2, *country)?;
        sheet.write_string(line, 3, *person)?;
        sheet.write_datetime_with_format(line, 4, &ExcelDateTime::from_ymd(*y, *m, *d)?, &date)?;
    }
    workbook.save(&path)?;
    Ok(path)
}

fn french_csv(root: &Path) -> Result<PathBuf> {
    let text = "Liste des membres;;;;\r\n\
                Nom de l'organisation;Catégorie;Pays;Point focal;Date d'adhésion\r\n\
                Ministère de l'Égalité des genres;Ministère;Namibie;Hélène Nangolo;04/03/2019\r\n\
                Centre d'assistance juridique;ONG;Namibie;Toni Hancox;25/11/2018\r\n";
    // Windows-1252 holds these Latin-1 letters as one byte of the same value.
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(u32::from(c)).expect("a Latin-1 letter"))
        .collect();
    let path = root.join("membres (point-virgule).csv");
    std::fs::write(&path, bytes)?;
    Ok(path)
}

async fn read_in_wizard(app: &App, file: &Path) -> Result {
    app.click("#nav-import").await?;
    app.click("#import-path-browse").await?;
    support::answer_open_dialog(file).await?;
    app.click("#wizard-read").await?;
    app.visible("#wizard-step-columns").await?;
    Ok(())
}

async fn targets(app: &App) -> Result<Vec<String>> {
    let value = app
        .script("return [...document.querySelectorAll('.wizard-target')].map(s => s.value);")
        .await?;
    Ok(value
        .as_array()
        .map(|all| {
            all.iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default())
}

async fn import_checked(app: &App, adds: &str) -> Result {
    app.click("#wizard-check").await?;
    app.wait_text("#import-counts", "the preview's counts", |text| {
        text.starts_with(adds)
    })
    .await?;
    app.click("#import-confirm").await?;
    app.wait_text("#import-summary", "the import's summary", |text| {
        !text.is_empty()
    })
    .await?;
    Ok(())
}

#[tokio::test]
async fn the_wizard_imports_a_workbook_with_a_title_row_and_a_windows_1252_csv() {
    journey("member-import-wizard", async {
        let ws = Workspace::new("member_import_wizard")?;
        let workbook = workbook_with_a_title_row(&ws.root)?;
        let csv = french_csv(&ws.root)?;
        let app = ws.launch("member-import-wizard").await?;
        let outcome = async {
            read_in_wizard(&app, &workbook).await?;
            let source = app.text("#wizard-source").await?;
            ensure!(
                source.contains('3'),
                "the wizard says the header is on row 3 under the title: {source:?}"
            );
            let found = targets(&app).await?;
            ensure!(
                found
                    == [
                        "name",
                        "kind",
                        "country",
                        "representative_name",
                        "joined_on"
                    ],
                "suggested targets {found:?}"
            );
            app.screenshot("member-import-columns").await?;
            app.click("#wizard-to-values").await?;
            let unplaced = app.text("#wizard-unplaced").await?;
            ensure!(
                unplaced.contains('1'),
                "one value (Cooperative) is still to choose: {unplaced:?}"
            );
            app.select(
                "tr[data-value=\"Cooperative\"] .wizard-value",
                "civil_society",
            )
            .await?;
            app.wait_text("#wizard-unplaced", "every value placed", |text| {
                !text.contains('1')
            })
            .await?;
            app.screenshot("member-import-values").await?;
            import_checked(&app, "3").await?;

            read_in_wizard(&app, &csv).await?;
            let source = app.text("#wizard-source").await?;
            ensure!(
                source.contains("windows-1252") && source.contains(';'),
                "the wizard names the encoding and separator: {source:?}"
            );
            let note = app.text("#wizard-date-note").await?;
            ensure!(!note.is_empty(), "the date order is explained");
            app.click("#wizard-to-values").await?;
            import_checked(&app, "2").await?;
            app.screenshot("member-import-done").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;
        let members = ws.cli_members()?;
        let find = |name: &str| {
            members
                .iter()
                .find(|m| m["name"] == name)
                .cloned()
                .ok_or_else(|| crate::support::Failure(format!("{name} is not in the registry")))
        };
        let cooperative = find("Fishers' Cooperative of Sihanoukville")?;
        ensure!(
            cooperative["kind"] == "civil_society" && cooperative["country"] == "KH",
            "the cooperative as chosen: {cooperative}"
        );
        let ministry = find("Ministry of Labour and Vocational Training")?;
        ensure!(
            ministry["joined_on"] == "2019-06-01" && ministry["kind"] == "government",
            "a typed Excel date and a free-text kind: {ministry}"
        );
        let french = find("Ministère de l'Égalité des genres")?;
        ensure!(
            french["joined_on"] == "2019-03-04" && french["country"] == "NA",
            "a day-first date and a French country name: {french}"
        );
        ensure!(
            members.len() == 5,
            "five members imported, not {}",
            members.len()
        );
        Ok(())
    })
    .await;
}
