//! Backups through the real window: the day's automatic backup is listed on the Partnership
//! file page, a backup taken from the page, and a restore that shows what the backup holds and
//! where the current file will be kept before it replaces anything.
//! Run like the other journeys (see e2e.rs): `xvfb-run -a cargo test -p pacta-e2e --test backups`.

#[macro_use]
mod support;

use support::{journey, Result, Workspace};

fn files_named(dir: &std::path::Path, part: &str) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.contains(part) {
            names.push(name);
        }
    }
    Ok(names)
}

#[tokio::test]
async fn backup_list_back_up_now_and_restore_with_a_preview() {
    journey("backups", async {
        let ws = Workspace::new("backups")?;
        ws.cli(&["demo"])?;
        let members = ws.cli_members()?.len();
        let app = ws.launch("backups").await?;
        let outcome = async {
            app.click("#nav-file").await?;
            // The automatic backup is taken in the background at start-up and listed when done.
            app.visible("#automatic-backups tbody tr").await?;
            let stem = ws.file.file_stem().unwrap().to_string_lossy().into_owned();
            let folder = ws.data_dir.join("backups").join(&stem);
            let automatic = files_named(&folder, ".pacta")?;
            ensure!(
                automatic.len() == 1 && automatic[0].starts_with(&format!("{stem}-")),
                "expected one automatic backup in {}, found {automatic:?}",
                folder.display()
            );

            let manual = ws.root.join("manual backup.pacta");
            app.click("#backup-path-browse").await?;
            support::answer_save_dialog(&manual).await?;
            app.click("#backup-button").await?;
            app.wait_text("#backup-done", "the path of the backup", |text| {
                text.contains("manual backup.pacta")
            })
            .await?;
            ensure!(manual.exists(), "no backup at {}", manual.display());

            app.fill("#backup-keep", "3").await?;
            app.click("#backup-keep-save").await?;
            app.wait_text("#notice", "the new number kept", |text| text.contains('3'))
                .await?;
            app.screenshot("backups-section").await?;

            app.click("#restore-path-browse").await?;
            support::answer_open_dialog(&manual).await?;
            app.click("#restore-preview-button").await?;
            app.visible("#restore-dialog").await?;
            let shown = app.text("#restore-dialog-members").await?;
            ensure!(
                shown == members.to_string(),
                "the preview shows {shown} members; the backup holds {members}"
            );
            app.wait_text(
                "#restore-dialog-warning",
                "where the file is kept",
                |text| text.contains(".replaced-"),
            )
            .await?;
            ensure!(
                files_named(&ws.root, ".replaced-")?.is_empty(),
                "a preview replaced the file"
            );
            app.screenshot("backups-restore-preview").await?;

            app.click("#restore-confirm").await?;
            app.wait_text("#notice", "the restore and the file kept aside", |text| {
                text.contains(".replaced-")
            })
            .await?;
            ensure!(
                !app.exists("#restore-dialog").await?,
                "the dialog stayed open after the restore"
            );
            let aside = files_named(&ws.root, ".replaced-")?;
            ensure!(
                aside.len() == 1,
                "expected one file kept aside, found {aside:?}"
            );
            app.wait_text("#current-file", "the same file, still open", |text| {
                text.ends_with(&format!("{stem}.pacta"))
            })
            .await?;
            app.screenshot("backups-restored").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}

#[tokio::test]
async fn an_automatic_backup_that_cannot_be_written_is_shown_and_the_app_goes_on() {
    journey("backups-failure", async {
        let ws = Workspace::new("backups-failure")?;
        ws.cli(&["demo"])?;
        // A file where the folder of this partnership's backups should be.
        let stem = ws.file.file_stem().unwrap().to_string_lossy().into_owned();
        std::fs::create_dir_all(ws.data_dir.join("backups"))?;
        std::fs::write(ws.data_dir.join("backups").join(&stem), "in the way")?;
        let app = ws.launch("backups-failure").await?;
        let outcome = async {
            app.wait_text("#automatic-backup-problem", "the failure", |text| {
                text.contains("automatic backup")
            })
            .await?;
            app.visible("#partnership-name").await?;
            app.screenshot("backups-automatic-failure").await?;
            app.click("#automatic-backup-problem button").await?;
            ensure!(
                !app.exists("#automatic-backup-problem").await?,
                "the failure stayed after it was dismissed"
            );
            app.click("#nav-file").await?;
            app.visible("#backup-automatic-failure").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
