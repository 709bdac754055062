//! The activity history in the real window: a member renamed in the app appears at the top of
//! the partnership-wide timeline when filtered by kind and by words typed without accents; an
//! impossible day is refused next to its field; the entry leads back to the member; the
//! filtered timeline is exported to CSV through the save dialog and read back; a body's page
//! shows its own history.

use crate::support::{self, journey, Failure, Workspace};

const NEW_NAME: &str = "Liên minh Ngư dân Đà Nẵng";

#[tokio::test]
async fn a_rename_tops_the_filtered_timeline_links_back_and_exports_to_csv() {
    journey("activity", async {
        let ws = Workspace::new("activity")?;
        ws.cli(&["demo"])?;
        let csv_path = ws.root.join("activity export.csv");

        let app = ws.launch("activity").await?;
        let outcome = async {
            // Rename the member in the app.
            app.click("#nav-members").await?;
            let member_id = app
                .attr(".member-row", "data-member-id")
                .await?
                .ok_or_else(|| Failure("the first row has no data-member-id".into()))?;
            app.click(".member-row").await?;
            let old_name = app
                .wait_text("#member-title", "the member page", |text| !text.is_empty())
                .await?;
            ensure!(old_name != NEW_NAME, "the demo already has {NEW_NAME}");
            app.click("#member-edit").await?;
            app.fill("#member-name", NEW_NAME).await?;
            app.click("#member-save").await?;
            app.wait_text("#member-title", "the new name", |text| text == NEW_NAME)
                .await?;

            // The timeline, filtered by kind and by words typed without accents or capitals.
            app.click("#nav-activity").await?;
            app.wait_text("#activity-count", "a count", |text| text.contains(" of "))
                .await?;
            app.screenshot("activity-timeline").await?;
            app.select("#activity-kind", "organisation").await?;
            app.fill("#activity-text", "ngu dan DA NANG").await?;
            app.wait_text("#activity-count", "one match", |text| {
                text == "1 of 1 entries"
            })
            .await?;
            let top = app.text("#activity-timeline .entry").await?;
            ensure!(
                top.contains(&format!("Edited member {NEW_NAME}")),
                "the rename is not at the top: {top:?}"
            );
            let heading = app.text("#activity-timeline .day h2").await?;
            ensure!(!heading.is_empty(), "the day has no heading");
            app.screenshot("activity-filtered").await?;

            // An impossible day is refused next to its field; a real one brings the entry back.
            app.fill("#activity-from", "2026-02-30").await?;
            app.wait_text("#activity-from-error", "the refusal", |text| {
                text.contains("real date")
            })
            .await?;
            ensure!(
                app.attr("#activity-from", "aria-invalid").await?.as_deref() == Some("true"),
                "the from field is not marked invalid"
            );
            app.screenshot("activity-impossible-day").await?;
            app.fill("#activity-from", "2000-01-01").await?;
            app.wait_text("#activity-count", "one match again", |text| {
                text == "1 of 1 entries"
            })
            .await?;

            // Export the filtered timeline through the native save dialog.
            app.click("#activity-export").await?;
            support::answer_save_dialog(&csv_path).await?;
            app.wait_text("#activity-exported", "the export note", |text| {
                text.contains("Exported 1 entry to") && text.contains("activity export.csv")
            })
            .await?;
            let bytes = std::fs::read(&csv_path)?;
            ensure!(
                bytes.starts_with(b"\xEF\xBB\xBF"),
                "the CSV has no byte-order mark"
            );
            let text = String::from_utf8(bytes[3..].to_vec())
                .map_err(|e| Failure(format!("the CSV is not UTF-8: {e}")))?;
            let lines: Vec<&str> = text.lines().collect();
            ensure!(
                lines.len() == 2
                    && lines[0].starts_with("at,actor,action,record_kind,record_id,summary")
                    && lines[1].contains(&format!("Edited member {NEW_NAME}"))
                    && lines[1].contains(&format!(",organisation,{member_id},")),
                "unexpected CSV: {text:?}"
            );

            // The entry leads back to the member.
            app.click("#activity-timeline .entry a.summary").await?;
            app.wait_text("#member-title", "the member page", |text| text == NEW_NAME)
                .await?;

            // A body's page shows its own history.
            app.click("#nav-bodies").await?;
            app.click("a.card.body").await?;
            app.visible("#body-history li").await?;
            app.script("document.querySelector('#body-history').scrollIntoView({block: 'end'});")
                .await?;
            app.screenshot("activity-body-history").await?;

            // In French: the labels, the day heading and the record kinds.
            app.click("#nav-settings").await?;
            app.select("#language", "fr").await?;
            app.click("#nav-activity").await?;
            app.wait_text("#activity-count", "a French count", |text| {
                text.contains(" sur ") && text.ends_with("entrées")
            })
            .await?;
            app.wait_text("#activity-timeline .day h2", "a French day", |text| {
                [
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                ]
                .iter()
                .any(|day| text.to_lowercase().starts_with(day))
            })
            .await?;
            let top = app.text("#activity-timeline .entry .kind").await?;
            ensure!(top == "Membre", "the newest entry's kind reads {top:?}");
            app.screenshot("activity-french").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
