//! The portable bundle in the real window: the demo exported from the File page through the
//! native save dialog, then imported into a new partnership file through the open and save
//! dialogs, which the app opens; and a path the page names without a dialog is refused.

use serde_json::Value;

use crate::support::{self, journey, App, Failure, Result, Workspace};

/// Runs `call` (a promise) in the page and returns `{ok: …}` or `{error: …}` as JSON.
async fn settle(app: &App, call: &str) -> Result<Value> {
    let script = format!(
        "const done = arguments[arguments.length - 1];\
         Promise.resolve().then(() => {call})\
           .then(ok => done({{ok: ok ?? null}}), error => done({{error}}));"
    );
    Ok(app.client().execute_async(&script, vec![]).await?)
}

#[tokio::test]
async fn the_demo_goes_out_as_a_bundle_and_comes_back_as_a_new_file() {
    journey("bundle", async {
        let ws = Workspace::new("bundle")?;
        ws.cli(&["demo"])?;
        let zip = ws.root.join("Handover Nguyễn.zip");
        let new_file = ws.root.join("Handed over.pacta");
        let sneaky = ws.root.join("sneaky.zip");

        let app = ws.launch("bundle").await?;
        let outcome = async {
            app.click("#nav-file").await?;
            app.visible("#bundle-section").await?;

            // A path the user never chose is refused, and nothing is written there.
            let answer = settle(
                &app,
                &format!(
                    "window.__TAURI_INTERNALS__.invoke('export_bundle', {{path: {:?}, passphrase: null}})",
                    sneaky.display().to_string()
                ),
            )
            .await?;
            ensure!(
                answer["error"]["code"] == "path_not_chosen",
                "a path named by the page was not refused: {answer}"
            );
            ensure!(!sneaky.exists(), "the refused export wrote {}", sneaky.display());

            app.click("#bundle-export-path-browse").await?;
            support::answer_save_dialog(&zip).await?;
            app.click("#bundle-export-button").await?;
            app.wait_text("#bundle-export-done", "the export note", |text| {
                text.contains("Handover Nguyễn.zip") && text.contains("PDFs")
            })
            .await?;
            let bytes = std::fs::read(&zip)?;
            ensure!(bytes.starts_with(b"PK"), "the bundle is not a zip");
            app.screenshot("bundle-exported").await?;

            app.click("#bundle-import-path-browse").await?;
            support::answer_open_dialog(&zip).await?;
            app.click("#bundle-new-path-browse").await?;
            support::answer_save_dialog(&new_file).await?;
            app.click("#bundle-import-button").await?;
            app.wait_text("#bundle-import-done", "the import note", |text| {
                text.contains("Handed over.pacta") && text.contains("seals intact")
            })
            .await?;
            app.wait_text("#current-file", "the new file open", |text| {
                text.ends_with("Handed over.pacta")
            })
            .await?;
            app.screenshot("bundle-imported").await?;
            ensure!(new_file.exists(), "no file at {}", new_file.display());
            Ok::<(), Failure>(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
