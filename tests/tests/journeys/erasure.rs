//! Erasure on request in the real window (issue 7): on the member's page, a representative who
//! signed the demo's agreement and attended its approved minutes is erased after a preview that
//! lists those records; the page then shows "[redacted]", Settings ▸ Verify the record still
//! says intact and lists the records as redacted, and the name has left the file's bytes.

use crate::support::{journey, Failure, Workspace};

const NAME: &str = "Nguyễn Thị Hương";

fn sql(error: impl std::fmt::Display) -> Failure {
    Failure(format!("SQL: {error}"))
}

#[tokio::test]
async fn a_representative_is_erased_from_the_member_page_and_the_record_stays_intact() {
    journey("erasure", async {
        let ws = Workspace::new("erasure")?;
        ws.cli(&["demo"])?;
        let (organisation, person): (i64, i64) = {
            let conn = pacta_store::Connection::open(&ws.file).map_err(sql)?;
            conn.query_row(
                "SELECT organisation_id, id FROM representatives WHERE name = ?1",
                [NAME],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(sql)?
        };
        let app = ws.launch("erasure").await?;
        let outcome = async {
            app.click("#nav-members").await?;
            app.fill("#member-search", "Thuong binh").await?;
            // The row is on screen before the search narrows the list and redraws it: wait for
            // the narrowed list, or the click lands on a row that is being replaced.
            app.wait_text("#member-count", "the one match", |text| text == "1 member")
                .await?;
            app.click(&format!(".member-row[data-member-id='{organisation}']"))
                .await?;
            app.wait_text("#member-title", "the ministry's page", |text| {
                text.contains("Thương binh")
            })
            .await?;

            app.click(&format!("#erase-{person}-start")).await?;
            app.wait_text(
                &format!("#erase-records-{person}"),
                "the records that name her",
                |text| text.contains("AGR-2026-001 version 1") && text.contains("GA meeting"),
            )
            .await?;
            app.script(&format!(
                "document.querySelector('#erase-{person}').scrollIntoView({{block: 'center'}});"
            ))
            .await?;
            app.screenshot("erasure-preview").await?;
            app.fill(
                &format!("#erase-reason-{person}"),
                "Request of 2026-11-20, DPO ref. 7",
            )
            .await?;
            app.click(&format!("#erase-confirm-{person}")).await?;
            app.wait_text(
                ".person[data-erased='true']",
                "the representative shown as redacted",
                |text| text.contains("[redacted]") && text.contains("erased"),
            )
            .await?;
            let page = app.text("main").await?;
            ensure!(!page.contains(NAME), "the page still names her: {page}");
            app.screenshot("erasure-done").await?;

            app.click("#nav-settings").await?;
            app.click("#verify-run").await?;
            app.wait_text("#verify-verdict", "intact", |text| {
                text.starts_with("Intact")
            })
            .await?;
            app.visible("#verify-redacted-note").await?;
            let redacted = app.all("#verify-records tr[data-state='redacted']").await?;
            ensure!(
                redacted.len() >= 3,
                "verify lists {} redacted record(s), expected the two agreement versions and the minutes",
                redacted.len()
            );
            ensure!(
                !app.exists("#verify-records tr[data-state='changed']").await?,
                "an erased record is reported changed"
            );
            app.script("document.querySelector('#verify-report').scrollIntoView({block: 'end'});")
                .await?;
            app.screenshot("erasure-verify").await?;

            let bytes = std::fs::read(&ws.file)?;
            ensure!(
                !bytes.windows(NAME.len()).any(|w| w == NAME.as_bytes()),
                "the name is still in the file's bytes"
            );
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
