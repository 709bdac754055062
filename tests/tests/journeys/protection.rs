//! Encryption at rest and the idle lock in the real window: the demo is protected with a
//! passphrase from Settings (a mismatched confirmation refused first), the file on disk is no
//! longer plain SQLite, Lock now hides the partnership behind the lock screen, a wrong
//! passphrase is refused there and the right one brings the partnership back; the idle timer
//! locks it too; and a new launch on the file asks the passphrase before anything is shown.

use std::io::Read;
use std::path::Path;
use std::process::Command;

use crate::support::{journey, App, Result, Workspace};

const PASSPHRASE: &str = "Tide pool lantern 42";
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// The first 16 bytes of the file.
fn header(path: &Path) -> Result<Vec<u8>> {
    let mut bytes = vec![0; 16];
    std::fs::File::open(path)?.read_exact(&mut bytes)?;
    Ok(bytes)
}

/// Presses `keys` in the Pacta window (focused first: Xvfb has no window manager).
fn press_in_window(keys: &str) -> Result {
    let xdotool = |args: &[&str]| -> Result<String> {
        let output = Command::new("xdotool").args(args).output()?;
        ensure!(
            output.status.success(),
            "xdotool {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
    };
    let windows = xdotool(&["search", "--onlyvisible", "--name", "Pacta$"])?;
    let Some(window) = windows.lines().next() else {
        fail!("no window named … Pacta to press {keys} in");
    };
    xdotool(&["windowfocus", "--sync", window])?;
    xdotool(&["key", "--clearmodifiers", keys])?;
    Ok(())
}

/// The members list shows the demo's members; returns one member's name.
async fn members_shown(app: &App) -> Result<String> {
    app.click("#nav-members").await?;
    let rows = app
        .poll("the demo's `.member-row`", || async {
            let rows = app.all(".member-row").await?;
            Ok((rows.len() > 10).then_some(rows))
        })
        .await?;
    let text = app.inner_text(&rows[0]).await?;
    let name = text
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    ensure!(!name.is_empty(), "the first member row has no text");
    Ok(name)
}

/// The lock screen is up, names the file, and nothing of the partnership is on the page.
async fn expect_locked(app: &App, file_stem: &str, partnership: &str, member: &str) -> Result {
    app.wait_text("#lock-title", "naming the file", |text| {
        text.contains(file_stem) && text.contains("locked")
    })
    .await?;
    for hidden in [
        ".member-row",
        "#sidebar-partnership",
        "#partnership-name",
        "nav.sidebar",
    ] {
        ensure!(
            !app.exists(hidden).await?,
            "`{hidden}` is still on the page behind the lock screen"
        );
    }
    let page = app
        .script("return document.body.innerText;")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string();
    ensure!(
        !page.contains(member) && !page.contains(partnership),
        "the locked page still shows {member:?} or {partnership:?}: {page}"
    );
    let title = app.window_title().await?;
    ensure!(
        !title.contains(partnership),
        "the window title still names the partnership: {title:?}"
    );
    Ok(())
}

/// The sidebar names the partnership again (read through the DOM: WebKitWebDriver gives no
/// text for the ellipsised `<small>`).
async fn sidebar_names(app: &App, partnership: &str) -> Result {
    app.poll("the sidebar to name the partnership", || async {
        let shown = app
            .script("return document.querySelector('#sidebar-partnership')?.innerText ?? '';")
            .await?;
        Ok((shown.as_str() == Some(partnership)).then_some(()))
    })
    .await
}

/// Types a wrong passphrase then the right one on the lock screen.
async fn unlock(app: &App, partnership: &str, wrong_screenshot: Option<&str>) -> Result {
    app.fill("#unlock-passphrase", "tide pool lantern 42")
        .await?;
    app.click("#unlock-submit").await?;
    app.wait_text("#unlock-error", "the wrong-passphrase error", |text| {
        text.contains("does not open") && text.contains("capital letters")
    })
    .await?;
    ensure!(
        app.exists("#lock-screen").await?,
        "a wrong passphrase left the lock screen"
    );
    if let Some(name) = wrong_screenshot {
        app.screenshot(name).await?;
    }
    app.fill("#unlock-passphrase", PASSPHRASE).await?;
    app.click("#unlock-submit").await?;
    sidebar_names(app, partnership).await?;
    ensure!(
        !app.exists("#lock-screen").await?,
        "the lock screen is still up after the right passphrase"
    );
    Ok(())
}

#[tokio::test]
async fn a_protected_file_is_encrypted_locks_and_asks_its_passphrase() {
    journey("protection", async {
        let ws = Workspace::new("protection")?;
        ws.cli(&["demo"])?;
        ensure!(
            header(&ws.file)? == SQLITE_HEADER,
            "the demo file does not start as plain SQLite"
        );
        let stem = "protection";

        let app = ws.launch("protection-1").await?;
        let outcome = async {
            let partnership = app.text("#partnership-name").await?.trim().to_string();
            let member = members_shown(&app).await?;

            app.click("#nav-settings").await?;
            app.visible("#protect-warning").await?;
            // A confirmation that differs is refused before anything is written.
            app.fill("#protect-passphrase", PASSPHRASE).await?;
            app.fill("#protect-confirm", "Tide pool lantern 24").await?;
            app.click("#protect-submit").await?;
            app.wait_text("#protect-confirm-error", "the mismatch", |text| {
                text.contains("not the same")
            })
            .await?;
            app.script("document.querySelector('#protection').scrollIntoView();")
                .await?;
            app.screenshot("protection-mismatch").await?;
            ensure!(
                header(&ws.file)? == SQLITE_HEADER,
                "a refused confirmation changed the file"
            );

            app.fill("#protect-confirm", PASSPHRASE).await?;
            app.click("#protect-submit").await?;
            app.visible("#protection-status").await?;
            let head = header(&ws.file)?;
            ensure!(
                head != SQLITE_HEADER,
                "the protected file still starts with \"SQLite format 3\""
            );
            app.script("document.querySelector('#protection').scrollIntoView();")
                .await?;
            app.screenshot("protection-protected").await?;

            // Lock now: the lock screen names the file; the members are gone from the page.
            members_shown(&app).await?;
            app.click("#lock-now").await?;
            expect_locked(&app, stem, &partnership, &member).await?;
            app.screenshot("protection-locked").await?;
            unlock(&app, &partnership, Some("protection-wrong-passphrase")).await?;
            members_shown(&app).await?;
            app.screenshot("protection-unlocked").await?;

            // File ▸ Lock now, through its accelerator: WebDriver cannot open the GTK menu,
            // but the window takes Ctrl+L from the X server.
            press_in_window("ctrl+l")?;
            expect_locked(&app, stem, &partnership, &member).await?;
            unlock(&app, &partnership, None).await?;

            // The idle lock: one minute, brought forward by the page's test hook.
            app.click("#nav-settings").await?;
            app.fill("#idle-minutes", "1").await?;
            app.click("#idle-save").await?;
            app.wait_text("#idle-meaning", "one minute", |text| {
                text.contains("after 1 min")
            })
            .await?;
            members_shown(&app).await?;
            app.script("window.__pactaIdleNow(); return true;").await?;
            expect_locked(&app, stem, &partnership, &member).await?;
            unlock(&app, &partnership, None).await?;
            // Back on the members list it was locked from.
            app.poll("the members list again after unlocking", || async {
                let here = app.script("return location.pathname;").await?;
                let rows = app.all(".member-row").await?.len();
                Ok((here.as_str() == Some("/members") && rows > 10).then_some(()))
            })
            .await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;

        ensure!(
            header(&ws.file)? != SQLITE_HEADER,
            "the file is plain SQLite again after the app closed"
        );

        // A new launch on the file asks its passphrase before showing anything.
        let app = ws.launch("protection-2").await?;
        let outcome = async {
            app.wait_text("#passphrase-prompt-title", "naming the file", |text| {
                text.contains(stem)
            })
            .await?;
            let shown = app.text("#passphrase-prompt-file").await?;
            ensure!(
                shown == ws.file.display().to_string(),
                "the prompt names {shown:?}, not {}",
                ws.file.display()
            );
            ensure!(
                !app.exists(".member-row").await? && !app.exists("#partnership-name").await?,
                "the partnership is shown before its passphrase was typed"
            );
            app.screenshot("protection-prompt").await?;
            // Cancelled: nothing opens, and the page says why.
            app.click("#passphrase-prompt-cancel").await?;
            app.wait_text("#startup-problem", "the passphrase note", |text| {
                text.contains("protected with a passphrase")
            })
            .await?;
            ensure!(
                !app.exists("#passphrase-prompt").await?,
                "the prompt is still up after Cancel"
            );
            // Opened again from the File page's recent files: asked again.
            app.click("#nav-file").await?;
            let path = ws.file.display().to_string();
            app.poll("the file among the recent ones", || async {
                for button in app.all(".recent button").await? {
                    if app.inner_text(&button).await? == path {
                        button.click().await?;
                        return Ok(Some(()));
                    }
                }
                Ok(None)
            })
            .await?;
            app.visible("#passphrase-prompt").await?;
            app.fill("#passphrase-prompt-passphrase", "not it at all")
                .await?;
            app.click("#passphrase-prompt-submit").await?;
            app.wait_text(
                "#passphrase-prompt-error",
                "the wrong-passphrase error",
                |text| text.contains("does not open"),
            )
            .await?;
            app.screenshot("protection-prompt-wrong").await?;
            app.fill("#passphrase-prompt-passphrase", PASSPHRASE)
                .await?;
            app.click("#passphrase-prompt-submit").await?;
            let name = app.text("#partnership-name").await?;
            ensure!(!name.trim().is_empty(), "the dashboard shows no name");
            ensure!(
                !app.exists("#passphrase-prompt").await?,
                "the prompt is still up after the right passphrase"
            );
            members_shown(&app).await?;
            app.screenshot("protection-reopened").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
