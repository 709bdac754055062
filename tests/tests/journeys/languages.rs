//! Every screen in French and in Dutch, on the demo partnership: no English sentence of the
//! catalogue (the page's `ui.ftl`, Rust's other Fluent files) and no internal code is left on
//! any of them. The list of English phrases is read from the catalogue itself, so a screen
//! that builds an English sentence the catalogue knows fails here. What a record holds in
//! another language (an agreement's English text) carries its `lang` and is left out.

use std::time::Duration;

use crate::support::{journey, repo_root, App, Failure, Result, Workspace};

/// The screens of the sidebar, each with the link prefix of one of its records to open too.
const SCREENS: &[(&str, Option<&str>)] = &[
    ("#nav-dashboard", None),
    ("#nav-members", Some("/members/")),
    ("#nav-bodies", Some("/bodies/")),
    ("#nav-votes", Some("/votes/")),
    ("#nav-agreements", Some("/agreements/")),
    ("#nav-matrices", Some("/matrices/")),
    ("#nav-meetings", Some("/meetings/")),
    ("#nav-activity", None),
    ("#nav-import", None),
    ("#nav-file", None),
    ("#nav-settings", None),
];

/// Codes of closed choices that must never be shown as they are.
const CODES: &[&str] = &[
    "voting_member",
    "technical_adviser",
    "civil_society",
    "trade_union",
    "law_enforcement",
    "survivor_led",
    "private_company",
    "working_group",
    "vice_chair",
    "in_force",
    "in_progress",
    "votes_cast",
    "yes_no",
    "with_abstentions",
    "each_chamber",
    "more_than",
    "at_least",
    "no_quorum",
    "chambers_equal",
];

/// The page's messages in `locale` (`ui-…` ids of its `ui.ftl`), each as written in Fluent:
/// a value on the id's line, with any indented lines below it.
fn ui_catalogue(locale: &str) -> Result<Vec<(String, String)>> {
    let path = repo_root()
        .join("src-tauri/crates/messages/locales")
        .join(locale)
        .join("ui.ftl");
    let text = std::fs::read_to_string(&path)
        .map_err(|error| Failure(format!("{}: {error}", path.display())))?;
    let mut messages: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with("ui-") {
            if let Some((id, value)) = line.split_once(" =") {
                messages.push((id.to_string(), value.trim().to_string()));
            }
        } else if line.starts_with(' ') && !line.trim().is_empty() {
            if let Some((_, value)) = messages.last_mut() {
                value.push('\n');
                value.push_str(line.trim());
            }
        }
    }
    Ok(messages)
}

/// The literal runs of a message between its placeholders (`{x}` in the UI, `{ $x }` in Fluent).
fn literal_runs(message: &str) -> Vec<String> {
    let mut runs = vec![String::new()];
    let mut depth = 0;
    for c in message.chars() {
        match c {
            '{' => {
                depth += 1;
                runs.push(String::new());
            }
            '}' => depth -= 1,
            _ if depth == 0 => runs.last_mut().expect("one run").push(c),
            _ => {}
        }
    }
    runs.into_iter()
        .map(|run| {
            run.trim()
                .trim_matches(|c: char| ",.:;()“”«»".contains(c))
                .trim()
                .to_string()
        })
        .collect()
}

/// A run long enough that finding it on a screen means English was left there.
fn telling(run: &str) -> bool {
    run.split_whitespace().count() >= 3 && run.chars().filter(|c| c.is_alphabetic()).count() >= 12
}

/// The English phrases that must not appear on a screen in `locale`.
fn english_phrases(locale: &str) -> Result<Vec<String>> {
    let english = ui_catalogue("en")?;
    let translated: std::collections::HashMap<String, String> =
        ui_catalogue(locale)?.into_iter().collect();
    let mut phrases: Vec<String> = english
        .iter()
        .filter(|(key, value)| translated.get(key) != Some(value))
        .flat_map(|(_, value)| literal_runs(value))
        .filter(|run| telling(run))
        .collect();
    let fluent = repo_root().join("src-tauri/crates/messages/locales/en");
    for file in ["pacta.ftl", "activity.ftl"] {
        let text = std::fs::read_to_string(fluent.join(file))
            .map_err(|error| Failure(format!("{file}: {error}")))?;
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let message = match line.split_once(" = ") {
                Some((id, value)) if !id.starts_with(' ') => value,
                _ => line.trim_start_matches([' ', '*']),
            };
            let message = message.split_once("] ").map_or(message, |(_, v)| v);
            phrases.extend(literal_runs(message).into_iter().filter(|run| telling(run)));
        }
    }
    phrases.sort();
    phrases.dedup();
    Ok(phrases)
}

async fn screen_text(app: &App) -> Result<String> {
    // Pages load their records after they appear; give them a moment to settle.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    // Text the record holds in another language (an agreement's English clauses) is marked
    // with its `lang`, as screen readers need; it is left out, everything else is read.
    let text = app
        .script(
            "const page = document.documentElement.lang; \
             const foreign = [...document.body.querySelectorAll('[lang]')] \
               .filter((e) => !e.lang.startsWith(page)); \
             const shown = foreign.map((e) => e.style.display); \
             foreign.forEach((e) => (e.style.display = 'none')); \
             const text = document.body.innerText; \
             foreign.forEach((e, i) => (e.style.display = shown[i])); \
             return text;",
        )
        .await?;
    Ok(text.as_str().unwrap_or_default().to_string())
}

fn leftovers(text: &str, phrases: &[String]) -> Vec<String> {
    let mut found: Vec<String> = phrases
        .iter()
        .filter(|phrase| text.contains(phrase.as_str()))
        .cloned()
        .collect();
    found.extend(
        CODES
            .iter()
            .filter(|code| {
                text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .any(|word| word == **code)
            })
            .map(|code| format!("code {code}")),
    );
    found
}

#[tokio::test]
async fn every_screen_reads_in_french_and_in_dutch() {
    journey("languages", async {
        let ws = Workspace::new("languages")?;
        ws.cli(&["demo"])?;
        let app = ws.launch("languages").await?;
        let outcome = async {
            let mut report = Vec::new();
            for (locale, members) in [("fr", "Membres"), ("nl", "Leden")] {
                let phrases = english_phrases(locale)?;
                ensure!(phrases.len() > 300, "only {} English phrases read", phrases.len());
                app.click("#nav-settings").await?;
                app.select("#language", locale).await?;
                app.wait_text("#nav-members", members, |text| text.trim() == members)
                    .await?;
                for (nav, record) in SCREENS {
                    app.click(nav).await?;
                    let text = screen_text(&app).await?;
                    for phrase in leftovers(&text, &phrases) {
                        report.push(format!("{locale} {nav}: “{phrase}”"));
                    }
                    if let Some(prefix) = record {
                        let opened = app
                            .script(&format!(
                                "const a = [...document.querySelectorAll(\"a[href^='{prefix}']\")] \
                                 .find((a) => /\\d+$/.test(a.getAttribute('href'))); \
                                 if (a) {{ a.click(); return a.getAttribute('href'); }} return null;"
                            ))
                            .await?;
                        let Some(href) = opened.as_str().map(str::to_string) else {
                            report.push(format!("{locale} {nav}: no link to a record ({prefix})"));
                            continue;
                        };
                        let text = screen_text(&app).await?;
                        for phrase in leftovers(&text, &phrases) {
                            report.push(format!("{locale} {href}: “{phrase}”"));
                        }
                        app.screenshot(&format!("languages-{locale}-{}", href.replace('/', "-")))
                            .await?;
                    }
                }
            }
            ensure!(
                report.is_empty(),
                "English or codes left on screens:\n{}",
                report.join("\n")
            );
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}
