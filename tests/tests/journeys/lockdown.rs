//! The locked-down window, tried from inside the page as a script injected into it would: it
//! cannot leave Pacta's pages, open another window, fetch from the network, or call a plugin
//! command it was not granted (src-tauri/capabilities/default.json, src-tauri/src/lockdown.rs).

use serde_json::Value;

use crate::support::{journey, App, Result, Workspace};

/// Runs `call` (a promise) in the page and says how it settled: `{ok}` or `{error}`.
async fn settle(app: &App, call: &str) -> Result<Value> {
    let script = format!(
        "const done = arguments[arguments.length - 1];\
         Promise.resolve().then(() => {call})\
           .then(ok => done({{ok: ok ?? null}}), error => done({{error: String(error)}}));"
    );
    Ok(app.client().execute_async(&script, vec![]).await?)
}

#[tokio::test]
async fn the_page_cannot_leave_the_app_or_reach_the_network() {
    journey("lockdown", async {
        let ws = Workspace::new("lockdown")?;
        let app = ws.launch("lockdown").await?;
        let outcome = async {
            app.visible("#partnership-name").await?;
            let home = app.script("return window.location.href;").await?;
            let home = home.as_str().unwrap_or_default().to_string();

            // Violations of the CSP are kept where the journey can read them.
            app.script(
                "window.__violations = [];\
                 document.addEventListener('securitypolicyviolation', e =>\
                   window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));",
            )
            .await?;
            let fetched = settle(&app, "fetch('https://example.org/')").await?;
            ensure!(
                fetched.get("error").is_some(),
                "a fetch to a remote origin succeeded: {fetched}"
            );
            app.poll("the CSP to refuse the fetch", || async {
                let seen = app.script("return window.__violations;").await?;
                let refused = seen.as_array().is_some_and(|v| {
                    v.iter().any(|v| {
                        v.as_str()
                            .is_some_and(|v| v.starts_with("connect-src https://example.org"))
                    })
                });
                Ok(refused.then_some(()))
            })
            .await?;

            for command in [
                "plugin:opener|open_url",
                "plugin:dialog|open",
                "plugin:window|title",
                "plugin:fs|read_text_file",
                "plugin:shell|execute",
                "plugin:http|fetch",
            ] {
                let answer = settle(
                    &app,
                    &format!(
                        "window.__TAURI_INTERNALS__.invoke('{command}',\
                         {{url: 'https://example.org/', label: 'main', path: '/etc/hostname'}})"
                    ),
                )
                .await?;
                ensure!(
                    answer.get("error").is_some(),
                    "the page could call {command}: {answer}"
                );
            }

            // A link opening a new window, clicked as a person would (a meeting's online link
            // is one), then a script's window.open and a plain navigation.
            app.script(
                "const link = document.createElement('a');\
                 link.id = 'lockdown-link'; link.href = 'https://example.org/';\
                 link.target = '_blank'; link.textContent = 'elsewhere';\
                 document.body.prepend(link);",
            )
            .await?;
            app.click("#lockdown-link").await?;
            let opened = app
                .script("return window.open('https://example.org/') === null;")
                .await?;
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            let windows = app.client().windows().await?;
            ensure!(
                windows.len() == 1,
                "a new window was opened (window.open returned null: {opened}): {windows:?}"
            );
            app.script("window.location.assign('https://example.org/');")
                .await?;
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            let now = app.script("return window.location.href;").await?;
            ensure!(
                now.as_str() == Some(home.as_str()),
                "the page left {home} for {now}"
            );
            app.visible("#partnership-name").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
