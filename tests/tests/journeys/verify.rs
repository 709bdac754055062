//! The tamper-evident record in the real window: Settings ▸ Verify the record says the demo
//! is intact and shows the chain head, checks a head kept outside the file, and — after a
//! closed vote is rewritten with plain SQL behind the app's back — names that vote.

use serde_json::Value;

use crate::support::{journey, Failure, Workspace};

fn sql(error: impl std::fmt::Display) -> Failure {
    Failure(format!("SQL: {error}"))
}

#[tokio::test]
async fn settings_verifies_the_record_and_names_a_vote_rewritten_outside_the_app() {
    journey("verify", async {
        let ws = Workspace::new("verify")?;
        ws.cli(&["demo"])?;
        let report: Value = serde_json::from_str(&ws.cli(&["verify", "--json"])?)?;
        let head = report["head"]["short"]
            .as_str()
            .ok_or_else(|| Failure(format!("`verify --json` has no head: {report}")))?
            .to_string();
        let app = ws.launch("verify").await?;
        let outcome = async {
            app.click("#nav-settings").await?;
            app.click("#verify-run").await?;
            app.wait_text("#verify-verdict", "intact", |text| {
                text.starts_with("Intact")
            })
            .await?;
            let shown = app.text("#verify-head").await?;
            ensure!(
                shown.contains(&head),
                "the head {head} is not shown: {shown}"
            );

            app.fill("#verify-against", "3fa9c1").await?;
            app.click("#verify-run").await?;
            app.visible("#verify-against-error").await?;
            app.fill("#verify-against", &head.to_uppercase()).await?;
            app.click("#verify-run").await?;
            app.wait_text("#verify-against-result", "found", |text| {
                text.contains("is part of the chain")
            })
            .await?;

            // Anyone holding the file can drop the trigger and rewrite a closed vote.
            {
                let conn = pacta_store::Connection::open(&ws.file).map_err(sql)?;
                conn.execute_batch(
                    "DROP TRIGGER closed_votes_are_immutable;
                     UPDATE votes SET outcome = 'rejected' WHERE id = (SELECT min(id) FROM votes);",
                )
                .map_err(sql)?;
            }
            // The head is still in the chain (the seals are untouched); the vote is not.
            app.click("#verify-run").await?;
            app.wait_text("#verify-verdict", "not intact", |text| {
                text.starts_with("Not intact: 1 finding")
            })
            .await?;
            let row = app.text("#verify-records tr[data-state='changed']").await?;
            ensure!(
                row.contains("Closed vote") && row.contains("vote"),
                "the rewritten vote is not named: {row}"
            );
            app.script("document.querySelector('#verify-report').scrollIntoView({block: 'end'});")
                .await?;
            app.screenshot("verify-not-intact").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
