//! End-to-end journeys through the real Pacta window (tauri-driver → WebKitWebDriver → the app).
//!
//! Prerequisites (the tests never build anything themselves):
//!   cd ui && npm run build && cd .. && cargo build -p pacta-desktop -p pacta-cli
//! Run (one app at a time; a global lock serialises the tests, so plain `cargo test` works):
//!   xvfb-run -a -s "-screen 0 1280x800x24" cargo test -p pacta-e2e -- --nocapture
//! (or `scripts/e2e.sh [filter]`). Each journey prints its duration with `--nocapture`.
//! Screenshots go to artifacts/screenshots/ (`failed-<label>.png` when a step fails),
//! tauri-driver/WebKitWebDriver/app output to artifacts/e2e-logs/<label>.log.
//! Environment: PACTA_E2E_APP / PACTA_E2E_CLI (other binaries), TAURI_DRIVER (its path),
//! PACTA_E2E_KEEP=1 (keep each journey's temporary folder for a post-mortem).

#[macro_use]
mod support;

use serde_json::Value;
use support::{journey, App, Result, Workspace};

#[path = "journeys/matrices.rs"]
mod matrix_journeys;

#[path = "journeys/lockdown.rs"]
mod lockdown_journeys;

#[path = "journeys/verify.rs"]
mod verify_journeys;

#[path = "journeys/protection.rs"]
mod protection_journeys;

#[path = "journeys/activity.rs"]
mod activity_journeys;

#[path = "journeys/erasure.rs"]
mod erasure_journeys;

#[path = "journeys/bundle.rs"]
mod bundle_journeys;

#[path = "journeys/member_import.rs"]
mod member_import_journeys;

#[path = "journeys/agreement_word.rs"]
mod agreement_word_journeys;

#[path = "journeys/languages.rs"]
mod language_journeys;

const ACCENTED_NAME: &str = "Associação Timorense de Apoio às Vítimas";

/// Opens the member form from the members list.
async fn open_member_form(app: &App) -> Result {
    app.click("#nav-members").await?;
    app.click("#add-member").await?;
    app.visible("#member-name").await?;
    Ok(())
}

/// Fills the member form (kind is a select value, the rest text inputs) and saves.
async fn fill_member_form(
    app: &App,
    name: &str,
    kind: &str,
    country: &str,
    joined_on: &str,
) -> Result {
    app.fill("#member-name", name).await?;
    app.select("#member-kind", kind).await?;
    app.fill("#member-country", country).await?;
    app.fill("#member-joined-on", joined_on).await?;
    app.click("#member-save").await
}

/// Waits for a `.member-row` whose text contains `name`; returns its `data-member-id`.
async fn wait_member_row(app: &App, name: &str) -> Result<String> {
    app.poll(
        &format!("a `.member-row` containing {name:?}"),
        || async move {
            for row in app.all(".member-row").await? {
                if app.inner_text(&row).await?.contains(name) {
                    let id = row.attr("data-member-id").await?;
                    ensure!(
                        id.as_deref().is_some_and(|id| !id.is_empty()),
                        "the `.member-row` of {name:?} has no data-member-id"
                    );
                    return Ok(id);
                }
            }
            Ok(None)
        },
    )
    .await
}

/// The members list shows no member: `#member-count` starts with 0 and there is no row.
async fn expect_no_members(app: &App) -> Result {
    app.click("#nav-members").await?;
    let count = app
        .wait_text("#member-count", "a count of 0", |text| {
            text.trim_start().starts_with('0')
        })
        .await?;
    let rows = app.all(".member-row").await?.len();
    ensure!(
        rows == 0,
        "#member-count says {count:?} but {rows} `.member-row` are shown"
    );
    Ok(())
}

fn names(members: &[Value]) -> Vec<&str> {
    members
        .iter()
        .filter_map(|member| member.get("name").and_then(Value::as_str))
        .collect()
}

// ---------------------------------------------------------------------------------------------

/// a. The window opens on a new partnership file: native title "<name> — Pacta", the dashboard
/// shows the partnership's name.
#[tokio::test]
async fn smoke_window_opens_on_dashboard() {
    journey("smoke", async {
        let ws = Workspace::new("smoke")?;
        let app = ws.launch("smoke").await?;
        let outcome = async {
            let title = app
                .poll("a window title containing \"— Pacta\"", || async {
                    let title = app.window_title().await?;
                    Ok(title.contains("— Pacta").then_some(title))
                })
                .await?;
            let name = app.text("#partnership-name").await?;
            ensure!(
                !name.trim().is_empty(),
                "#partnership-name is visible but empty"
            );
            ensure!(
                title == format!("{} — Pacta", name.trim()),
                "window title {title:?} does not name the partnership shown, {name:?}"
            );
            ensure!(
                ws.file.exists(),
                "the app did not create {}",
                ws.file.display()
            );
            app.screenshot("dashboard").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}

/// b. A member with accents is created through the form, found by an unaccented search, and is
/// still there after the app is closed and opened again on the same file (and in the CLI).
#[tokio::test]
async fn member_with_accents_is_saved_and_found() {
    journey("member-create", async {
        let ws = Workspace::new("member_create")?;

        let app = ws.launch("member-create-1").await?;
        let outcome = async {
            open_member_form(&app).await?;
            fill_member_form(&app, ACCENTED_NAME, "civil_society", "TL", "2024-05-01").await?;
            app.wait_text("#member-title", "the new member's name", |text| {
                text.contains(ACCENTED_NAME)
            })
            .await?;
            app.click("#nav-members").await?;
            app.fill("#member-search", "associacao vitimas").await?;
            wait_member_row(&app, ACCENTED_NAME).await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;

        let app = ws.launch("member-create-2").await?;
        let outcome = async {
            app.click("#nav-members").await?;
            wait_member_row(&app, ACCENTED_NAME).await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;

        let members = ws.cli_members()?;
        let member = members
            .iter()
            .find(|member| member.get("name").and_then(Value::as_str) == Some(ACCENTED_NAME));
        let Some(member) = member else {
            fail!(
                "the CLI does not list {ACCENTED_NAME:?}; it lists {:?}",
                names(&members)
            );
        };
        for (field, expected) in [
            ("kind", "civil_society"),
            ("country", "TL"),
            ("joined_on", "2024-05-01"),
        ] {
            let got = member.get(field).and_then(Value::as_str);
            ensure!(
                got == Some(expected),
                "saved member has {field} = {got:?}, expected {expected:?}"
            );
        }
        ensure!(
            members.len() == 1,
            "expected exactly one member, the CLI lists {:?}",
            names(&members)
        );
        Ok(())
    })
    .await;
}

/// b'. The demo partnership (prepared with the CLI) in the members list: 18 members with
/// accented and non-Latin names; an unaccented search ("thuong binh xa hoi") finds the Vietnamese ministry.
#[tokio::test]
async fn demo_member_list() {
    journey("member-list", async {
        let ws = Workspace::new("member_list")?;
        ws.cli(&["demo"])?;
        let expected = ws.cli_members()?;
        let app = ws.launch("member-list").await?;
        let outcome = async {
            app.click("#nav-members").await?;
            let total = expected.len();
            app.wait_text("#member-count", &format!("\"{total} members\""), |text| {
                text.contains(&format!("{total} members"))
            })
            .await?;
            let shown = app
                .poll(&format!("{total} `.member-row`"), || async {
                    let rows = app.all(".member-row").await?.len();
                    Ok((rows == total).then_some(rows))
                })
                .await?;
            ensure!(shown == total, "{shown} rows for {total} members");
            let vietnamese = "Bộ Lao động – Thương binh và Xã hội";
            wait_member_row(&app, vietnamese).await?;
            app.screenshot("member-list").await?;

            // The search is applied as one types (possibly debounced): wait for the list to
            // narrow, then the ministry must be among the rows left. ("lao dong" would find
            // nothing: the search folds accents but not "đ" to "d", in the CLI too.)
            app.fill("#member-search", "thuong binh xa hoi").await?;
            app.poll(
                "the search \"thuong binh xa hoi\" to narrow the list",
                || async {
                    let rows = app.all(".member-row").await?.len();
                    Ok((rows < total).then_some(()))
                },
            )
            .await?;
            wait_member_row(&app, vietnamese).await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}

/// c. A CSV with one impossible date: the preview marks that row invalid (file line 3,
/// problem on joined_on, named by its words "Joined on"), confirming is impossible, and nothing
/// is imported.
#[tokio::test]
async fn import_with_a_bad_row_imports_nothing() {
    journey("import-error", async {
        let ws = Workspace::new("import_error")?;
        let csv = ws.write(
            "members.csv",
            "name,kind,country,joined_on\n\
             Mekong Fishers Alliance,civil_society,TH,2024-01-15\n\
             Badan Perlindungan Pekerja Migran,government,ID,2025-02-30\n\
             Hội Nghề cá Việt Nam,employers,VN,2023-11-20\n",
        )?;
        let app = ws.launch("import-error").await?;
        let outcome = async {
            app.click("#nav-import").await?;
            // Paths come only from the native dialog: a typed one is refused by the app.
            app.click("#import-path-browse").await?;
            support::answer_open_dialog(&csv).await?;
            app.click("#wizard-read").await?;
            app.click("#wizard-to-values").await?;
            app.click("#wizard-check").await?;
            let rows = app
                .poll("3 `.import-row` in the preview", || async {
                    let rows = app.all(".import-row").await?;
                    Ok((rows.len() == 3).then_some(rows))
                })
                .await?;
            let mut seen = Vec::new();
            for row in &rows {
                seen.push((
                    row.attr("data-row").await?.unwrap_or_default(),
                    row.attr("data-action").await?.unwrap_or_default(),
                ));
            }
            let expected = [("2", "add"), ("3", "invalid"), ("4", "add")];
            ensure!(
                seen.iter()
                    .map(|(row, action)| (row.as_str(), action.as_str()))
                    .eq(expected),
                "preview rows (data-row, data-action) are {seen:?}, expected {expected:?}"
            );
            let bad = app.visible(".import-row[data-row=\"3\"]").await?;
            let mut problems = Vec::new();
            for problem in bad
                .find_all(fantoccini::Locator::Css(".import-problem"))
                .await?
            {
                problems.push(problem.text().await?);
            }
            ensure!(
                problems
                    .iter()
                    .any(|text| text.starts_with("Joined on") && text.contains("2025-02-30")),
                "the `.import-problem` texts of row 3 do not name the Joined on column and its \
                 value: {problems:?}"
            );
            let confirm = app.visible("#import-confirm").await?;
            ensure!(
                !confirm.is_enabled().await?,
                "#import-confirm is enabled although row 3 is invalid"
            );
            app.screenshot("import-error").await?;
            expect_no_members(&app).await
        }
        .await;
        app.end(outcome).await?;
        let members = ws.cli_members()?;
        ensure!(
            members.is_empty(),
            "after a refused import the CLI lists {:?}",
            names(&members)
        );
        Ok(())
    })
    .await;
}

/// d. Settings → language French: the sidebar says "Membres" and the html element lang="fr".
#[tokio::test]
async fn settings_switch_to_french() {
    journey("settings-fr", async {
        let ws = Workspace::new("settings_fr")?;
        let app = ws.launch("settings-fr").await?;
        let outcome = async {
            app.wait_text("#nav-members", "\"Members\"", |text| {
                text.trim() == "Members"
            })
            .await?;
            let lang = app.html_lang().await?;
            ensure!(lang == "en", "html lang is {lang:?} before switching");
            app.click("#nav-settings").await?;
            app.select("#language", "fr").await?;
            app.wait_text("#nav-members", "\"Membres\"", |text| {
                text.trim() == "Membres"
            })
            .await?;
            app.poll("html lang=\"fr\"", || async {
                Ok((app.html_lang().await? == "fr").then_some(()))
            })
            .await?;
            app.screenshot("settings-fr").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}

/// e. An impossible date in the member form shows an error on that field and saves nothing.
#[tokio::test]
async fn member_form_rejects_impossible_date() {
    journey("member-form-error", async {
        let ws = Workspace::new("member_form_error")?;
        let app = ws.launch("member-form-error").await?;
        let outcome = async {
            open_member_form(&app).await?;
            fill_member_form(
                &app,
                "Ministry of Labour and Employment",
                "government",
                "TL",
                "2026-02-30",
            )
            .await?;
            let error = app
                .wait_text("#member-joined-on-error", "an error message", |text| {
                    !text.trim().is_empty()
                })
                .await?;
            eprintln!("[e2e] #member-joined-on-error says {error:?}");
            let saved = match app.all("#member-title").await?.first() {
                Some(title) => title.is_displayed().await?,
                None => false,
            };
            ensure!(!saved, "#member-title is shown after an impossible date");
            app.screenshot("member-form-error").await?;
            expect_no_members(&app).await
        }
        .await;
        app.end(outcome).await?;
        let members = ws.cli_members()?;
        ensure!(
            members.is_empty(),
            "a member was saved despite the impossible date: {:?}",
            names(&members)
        );
        Ok(())
    })
    .await;
}

/// The organisation id (as the roll writes it) of the demo member with this acronym.
fn demo_member_id(members: &[Value], acronym: &str) -> Result<String> {
    members
        .iter()
        .find(|m| m["acronym"] == acronym)
        .and_then(|m| m["id"].as_i64())
        .map(|id| id.to_string())
        .ok_or_else(|| support::Failure(format!("no demo member {acronym}")))
}

/// f. Voting: the General Assembly adopts the ILO preset; a roll-call vote with a government
/// (weight 2), an employer and a worker, with an observer who is offered no ballot; closing
/// shows the outcome and its explanation; editing the closed vote is refused by the file.
#[tokio::test]
async fn ilo_vote_is_closed_explained_and_cannot_be_edited() {
    journey("vote-ilo", async {
        let ws = Workspace::new("vote_ilo")?;
        ws.cli(&["demo"])?;
        let members = ws.cli_members()?;
        let (government, employer, worker, observer) = (demo_member_id(&members, "MOL")?, demo_member_id(&members, "TFFA")?, demo_member_id(&members, "FRN")?, demo_member_id(&members, "SEAFDEC")?);
        let app = ws.launch("vote-ilo").await?;
        let outcome = async {
            app.click("#nav-bodies").await?;
            app.click("a.body[href='/bodies/1']").await?;
            app.click("#adopt-protocol").await?;
            app.fill("#protocol-name", "ILO decision").await?;
            app.select("#protocol-preset", "ilo_decision").await?;
            app.wait_text("#protocol-meaning", "the ILO meaning", |text| text.contains("split its weight")).await?;
            app.click("#protocol-adopt").await?;
            app.wait_text("#protocols", "the adopted protocol", |text| text.contains("ILO decision")).await?;

            app.click("#nav-votes").await?;
            app.click("#new-vote").await?;
            app.select("#vote-body", "1").await?;
            let protocol = app
                .poll("the ILO protocol among the body's protocols", || async {
                    let value = app
                        .script("const o = [...document.querySelectorAll('#vote-protocol option')].find(o => o.textContent.includes('ILO decision')); return o ? o.value : null;")
                        .await?;
                    Ok(value.as_str().map(String::from))
                })
                .await?;
            app.select("#vote-protocol", &protocol).await?;
            app.fill("#vote-motion", "Adopt the recruitment fee guidelines").await?;
            for (member, choice) in [(&government, "yes"), (&employer, "yes"), (&worker, "no")] {
                app.click(&format!("tr[data-member-id='{member}'] input.present")).await?;
                app.select(&format!("tr[data-member-id='{member}'] select.ballot"), choice).await?;
            }
            app.click(&format!("tr[data-member-id='{observer}'] input.present")).await?;
            ensure!(
                !app.exists(&format!("tr[data-member-id='{observer}'] select.ballot")).await?,
                "the observer is offered a ballot"
            );
            ensure!(app.exists(&format!("tr[data-member-id='{observer}'] .no-ballot")).await?, "the observer's row does not say it has no vote");
            app.wait_text("#live-tally", "a live Carried", |text| text.contains("Carried")).await?;
            app.click("#close-vote").await?;
            let explanation = app
                .wait_text("#vote-explanation", "the closed vote's explanation", |text| text.starts_with("Carried"))
                .await?;
            ensure!(explanation.contains("3 for, 1 against"), "weights are not counted: {explanation}");
            app.screenshot("vote-closed").await?;

            app.click("#vote-edit").await?;
            app.fill("#vote-new-motion", "Something else entirely").await?;
            app.click("#vote-save-motion").await?;
            app.wait_text("#vote-edit-error", "the refusal", |text| text.contains("cannot be changed")).await?;
            app.screenshot("vote-edit-refused").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;
        let votes: Value = serde_json::from_str(&ws.cli(&["votes", "list", "--json"])?)
            .map_err(|e| support::Failure(format!("votes list --json: {e}")))?;
        let motions: Vec<&str> = votes.as_array().into_iter().flatten().filter_map(|v| v["motion"].as_str()).collect();
        ensure!(motions.contains(&"Adopt the recruitment fee guidelines"), "the vote was not stored: {motions:?}");
        ensure!(!motions.contains(&"Something else entirely"), "the closed vote was changed: {motions:?}");
        Ok(())
    })
    .await;
}

/// g. A show of hands in the Executive Committee (consensus): totals per chamber give the
/// live tally, and more hands than members who may vote are refused with the reason.
#[tokio::test]
async fn show_of_hands_counts_and_refuses_too_many_hands() {
    journey("vote-hands", async {
        let ws = Workspace::new("vote_hands")?;
        ws.cli(&["demo"])?;
        let members = ws.cli_members()?;
        let present = [demo_member_id(&members, "MOL")?, demo_member_id(&members, "DOLE")?, demo_member_id(&members, "TFFA")?];
        let app = ws.launch("vote-hands").await?;
        let outcome = async {
            app.click("#nav-votes").await?;
            app.click("#new-vote").await?;
            let committee = app
                .poll("the Executive Committee in the body list", || async {
                    let value = app
                        .script("const o = [...document.querySelectorAll('#vote-body option')].find(o => o.textContent.includes('Executive Committee')); return o ? o.value : null;")
                        .await?;
                    Ok(value.as_str().map(String::from))
                })
                .await?;
            app.select("#vote-body", &committee).await?;
            app.fill("#vote-motion", "Hold the next plenary in Da Nang").await?;
            for member in &present {
                app.click(&format!("tr[data-member-id='{member}'] input.present")).await?;
            }
            app.select("#vote-method", "show_of_hands").await?;
            let governments = "tr.hands[data-group='Governments|1'] input.count";
            let employers = "tr.hands[data-group='Employers|1'] input.count";
            app.fill(governments, "2").await?;
            app.script(&format!("const inputs = document.querySelectorAll(\"{employers}\"); inputs[2].value = '1'; inputs[2].dispatchEvent(new Event('input', {{bubbles: true}}));")).await?;
            let live = app.wait_text("#live-tally", "a live consensus", |text| text.contains("Carried")).await?;
            ensure!(live.contains("2 for, 0 against, 1 abstention"), "show of hands miscounted: {live}");
            app.screenshot("vote-hands").await?;
            app.fill(governments, "3").await?;
            app.wait_text("#live-problem", "the refusal of too many hands", |text| text.contains("3 hands counted")).await?;
            ensure!(app.attr("#close-vote", "disabled").await?.is_some(), "a vote that cannot be tallied can be closed");
            Ok(())
        }
        .await;
        app.end(outcome).await
    })
    .await;
}

const MINISTRY: &str =
    "Bộ Lao động – Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)";
const NGO: &str = "Trung tâm Phát triển và Hội nhập";
const AGREEMENT_TITLE: &str = "Referral of fishers who are victims of trafficking, Hà Nội";

/// Picks a member organisation as a party in the new-agreement form, after an unaccented search.
async fn choose_party(app: &App, search: &str, id: &str) -> Result {
    app.fill("#party-search", search).await?;
    // The list narrows as one types (debounced): wait for it, so nothing moves under the clicks.
    app.poll(
        &format!("the search {search:?} to narrow the list"),
        || async { Ok((app.all(".party-option").await?.len() <= 3).then_some(())) },
    )
    .await?;
    let option = format!(".party-option[data-org-id='{id}']");
    app.click(&option).await?;
    app.wait_text("#chosen-parties", "the chosen party", |text| {
        !text.is_empty()
    })
    .await?;
    ensure!(
        app.exists(&format!(".chosen-party[data-org-id='{id}']"))
            .await?,
        "organisation {id} was not added to the parties"
    );
    Ok(())
}

/// Records a party's signature through its form on the agreement page.
async fn sign_for(app: &App, org: &str, signatory: &str, place: &str) -> Result {
    let prefix = format!("#sign-{org}");
    app.select(&format!("{prefix}-signatory"), signatory)
        .await?;
    app.fill(&format!("{prefix}-place"), place).await?;
    app.click(&format!("{prefix}-submit")).await?;
    app.wait_text(
        &format!("#signature-{org}"),
        &format!("signed by {signatory}"),
        |text| text.contains(signatory),
    )
    .await?;
    Ok(())
}

/// h. Agreements: an MoU from the national-referral template between the Vietnamese ministry
/// and an NGO of the demo; the checks before signature point at the missing effective date
/// (signatories come prefilled from primary representatives) and empty once it is saved; the
/// text goes to negotiation, both parties sign (one with an accented name), the text is frozen
/// (read-only, and the file refuses a change); the PDF is exported through the native save
/// dialog and carries the title, both parties and page numbers; an amendment is compared with
/// the signed text word by word.
#[tokio::test]
async fn agreement_is_drafted_signed_frozen_and_exported() {
    journey("agreement", async {
        let ws = Workspace::new("agreement")?;
        ws.cli(&["demo"])?;
        let members = ws.cli_members()?;
        let (ministry, ngo) = (
            demo_member_id(&members, "MOLISA")?,
            demo_member_id(&members, "CDI")?,
        );
        let pdf = ws.root.join("AGR signed copy.pdf");
        let app = ws.launch("agreement").await?;
        let outcome = async {
            app.visible("#reminders").await?;
            app.click("#nav-agreements").await?;
            app.visible(".agreement-row").await?;
            app.screenshot("agreements-list").await?;
            app.click("#new-agreement").await?;
            app.select("#agreement-template", "national_referral_mechanism")
                .await?;
            let kind = app
                .script("return document.querySelector('#agreement-kind').value;")
                .await?;
            ensure!(
                kind.as_str() == Some("mou"),
                "the template did not set the kind to MoU: {kind:?}"
            );
            app.fill("#agreement-title", AGREEMENT_TITLE).await?;
            app.select("#agreement-language", "en").await?;
            choose_party(&app, "thuong binh", &ministry).await?;
            choose_party(&app, "phat trien", &ngo).await?;
            app.click("#agreement-create").await?;
            app.wait_text("#agreement-heading", "the new agreement's title", |text| {
                text.contains(AGREEMENT_TITLE)
            })
            .await?;
            app.wait_text("#agreement-status", "Draft", |text| text == "Draft")
                .await?;

            app.screenshot("agreement-checks").await?;

            // Signatories are prefilled: the only check left is the effective date.
            app.visible(".finding[data-kind='no_effective_date']")
                .await?;
            let findings = app.all(".finding").await?;
            let mut kinds = Vec::new();
            for finding in &findings {
                kinds.push(finding.attr("data-kind").await?.unwrap_or_default());
            }
            ensure!(
                kinds == ["no_effective_date"],
                "expected only the missing effective date, found {kinds:?}"
            );
            let signatory = app
                .script(&format!(
                    "return document.querySelector('#party-{ministry}-signatory').value;"
                ))
                .await?;
            ensure!(
                signatory.as_str() == Some("Nguyễn Thị Hương"),
                "the ministry's signatory is not its primary representative: {signatory}"
            );
            app.click(".finding[data-kind='no_effective_date'] .finding-fix")
                .await?;
            let focused = app
                .poll("the effective date to take the focus", || async {
                    let id = app
                        .script("return document.activeElement && document.activeElement.id;")
                        .await?;
                    Ok((id.as_str() == Some("agreement-effective-on")).then_some(()))
                })
                .await;
            focused?;
            app.fill("#agreement-effective-on", "2027-01-01").await?;
            app.fill("#agreement-expires-on", "2029-12-31").await?;
            app.visible("#agreement-unsaved").await?;
            app.script("document.querySelector('#clause-1-1').scrollIntoView({block: 'center'}); document.scrollingElement.scrollTop = 0;")
                .await?;
            app.screenshot("agreement-editor").await?;
            app.click("#agreement-save").await?;
            app.visible("#agreement-checks-ok").await?;
            ensure!(
                app.all(".finding").await?.is_empty(),
                "findings are still listed after saving the effective date"
            );

            app.click("#move-negotiation").await?;
            app.wait_text("#agreement-status", "Under negotiation", |text| {
                text == "Under negotiation"
            })
            .await?;
            sign_for(&app, &ministry, "Nguyễn Thị Hương", "Hà Nội").await?;
            sign_for(&app, &ngo, "Lê Quang Bình", "Hà Nội").await?;
            app.wait_text("#agreement-status", "Signed", |text| text == "Signed")
                .await?;

            // Frozen: read-only on the page, and the file itself refuses a change.
            app.wait_text("#agreement-frozen", "the frozen notice", |text| {
                text.contains("frozen")
            })
            .await?;
            ensure!(
                !app.exists("#agreement-editor textarea").await?
                    && !app.exists("#agreement-save").await?,
                "the signed text can still be edited on the page"
            );
            let refusal = app
                .client()
                .execute_async(
                    "const [id, done] = arguments;\
                     const invoke = window.__TAURI_INTERNALS__.invoke;\
                     invoke('agreement_detail', {agreementId: id}).then(detail => {\
                       const latest = detail.versions[detail.versions.length - 1];\
                       const text = {...latest.text, title: 'Changed after signature'};\
                       return invoke('save_agreement_text', {versionId: latest.id, text});\
                     }).then(() => done({saved: true}), error => done({error}));",
                    vec![serde_json::json!(agreement_id(&app).await?)],
                )
                .await?;
            ensure!(
                refusal["error"]["code"] == "immutable",
                "saving a signed text was not refused as immutable: {refusal}"
            );
            app.script(
                "document.querySelector('#agreement-signatures').scrollIntoView({block: 'start'}); document.scrollingElement.scrollTop = 0;",
            )
            .await?;
            app.screenshot("agreement-signed").await?;

            // Export through the native save dialog.
            app.select("#export-paper", "a4").await?;
            app.select("#export-language", "en").await?;
            app.click("#export-pdf").await?;
            support::answer_save_dialog(&pdf).await?;
            app.wait_text("#export-done", "the saved path", |text| {
                text.contains("AGR signed copy.pdf")
            })
            .await?;
            ensure!(pdf.is_file(), "no PDF at {}", pdf.display());
            let printed = support::pdf_text(&pdf)?;
            for expected in [
                AGREEMENT_TITLE,
                MINISTRY,
                NGO,
                "Nguyễn Thị Hương",
                "Page 1 of",
            ] {
                ensure!(
                    printed.contains(expected),
                    "the PDF does not contain {expected:?}; it reads: {}",
                    printed.chars().take(1500).collect::<String>()
                );
            }

            // An amendment, compared word by word with the signed text.
            app.click("#amend").await?;
            app.wait_text("#agreement-version", "amendment 1", |text| {
                text.contains("Amendment 1")
            })
            .await?;
            let clause = app.visible("#clause-1-1").await?;
            app.script("document.querySelector('#clause-1-1').scrollIntoView({block: 'center'}); document.scrollingElement.scrollTop = 0;")
                .await?;
            clause.click().await?;
            app.script("const c = document.querySelector('#clause-1-1'); c.setSelectionRange(c.value.length, c.value.length);")
                .await?;
            clause
                .send_keys(" Referrals are answered within 24 hours.")
                .await?;
            app.click("#agreement-save").await?;
            app.poll("the amendment to be saved", || async {
                Ok((!app.exists("#agreement-unsaved").await?).then_some(()))
            })
            .await?;
            app.click("#compare").await?;
            app.wait_text("#comparison", "a changed clause", |text| {
                text.contains("Changed") && text.contains("24 hours")
            })
            .await?;
            ensure!(
                app.exists("#comparison tr.changed ins").await?,
                "the inserted words are not marked"
            );
            app.script(
                "document.querySelector('#agreement-versions').scrollIntoView({block: 'start'}); document.scrollingElement.scrollTop = 0;",
            )
            .await?;
            app.screenshot("agreement-comparison").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;

        let listed: Value = serde_json::from_str(&ws.cli(&["agreements", "list", "--json"])?)?;
        let ours = listed
            .as_array()
            .into_iter()
            .flatten()
            .find(|a| a["title"] == AGREEMENT_TITLE)
            .ok_or_else(|| support::Failure(format!("the agreement is not stored: {listed}")))?;
        ensure!(
            ours["status"] == "signed" && ours["versions"] == 2,
            "stored as {ours}"
        );
        Ok(())
    })
    .await;
}

/// The id of the agreement open in the page, from its address.
async fn agreement_id(app: &App) -> Result<i64> {
    let url = app.client().current_url().await?;
    url.path()
        .rsplit('/')
        .next()
        .and_then(|id| id.parse().ok())
        .ok_or_else(|| support::Failure(format!("not on an agreement page: {url}")))
}

const MEETING_TITLE: &str = "Ninth ordinary session of the General Assembly, Đà Nẵng";
const NEXT_MEETING_TITLE: &str = "Tenth ordinary session of the General Assembly";
const SOP_ITEM: &str = "Adoption of the regional recruitment SOP";
const ACTION_TITLE: &str = "Circulate the adopted SOP to every national focal point";
const PAPER_NAME: &str = "SOP draft v3.txt";

/// Waits until the quorum indicator says `held` (true or false) with figures containing
/// `figures`, and returns its text.
async fn wait_quorum(app: &App, held: bool, figures: &str) -> Result<String> {
    let wanted = if held { "true" } else { "false" };
    let last = std::cell::RefCell::new(String::new());
    let outcome = app
        .poll(
            &format!("the quorum indicator to read data-held={wanted} with {figures:?}"),
            || async {
                let state = app
                    .script("const q = document.querySelector('#quorum-indicator'); return q ? [q.dataset.held, q.dataset.checking, q.innerText] : null;")
                    .await?;
                let text = state[2].as_str().unwrap_or_default().to_string();
                *last.borrow_mut() = format!("{} {}", state[0], text);
                Ok((state[0] == wanted && state[1] == "false" && text.contains(figures)).then_some(text))
            },
        )
        .await;
    outcome.map_err(|failure| support::Failure(format!("{failure}; last seen: {}", last.borrow())))
}

/// The id of the agenda item titled `title` on the meeting page.
async fn item_id(app: &App, title: &str) -> Result<String> {
    app.poll(&format!("the agenda item {title:?}"), || async {
        let id = app
            .client()
            .execute(
                "const [title] = arguments; const li = [...document.querySelectorAll('.agenda-item')].find(li => li.querySelector('.agenda-title').textContent.trim() === title); return li ? li.dataset.itemId : null;",
                vec![serde_json::json!(title)],
            )
            .await?;
        Ok(id.as_str().map(String::from))
    })
    .await
}

/// The ids of the agenda items, in the order the agenda shows them.
async fn agenda_order(app: &App) -> Result<Vec<String>> {
    let ids = app
        .script("return [...document.querySelectorAll('#agenda-list > .agenda-item')].map(li => li.dataset.itemId);")
        .await?;
    Ok(ids
        .as_array()
        .map(|ids| {
            ids.iter()
                .filter_map(|id| id.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

/// Drags agenda item `item` by its handle onto the top half of the first row, with the
/// pointer as a person would move it; where the driver has no pointer actions, with the same
/// pointer events sent by script.
async fn drag_to_top(app: &App, item: &str) -> Result {
    use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
    let handle = app.visible(&format!("#item-{item}-drag")).await?;
    let first = app.visible("#agenda-list > .agenda-item").await?;
    let step = Some(std::time::Duration::from_millis(150));
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: handle,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveToElement {
            element: first.clone(),
            duration: step,
            x: 0.0,
            y: -6.0,
        })
        .then(PointerAction::MoveToElement {
            element: first,
            duration: step,
            x: 0.0,
            y: -5.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    if let Err(error) = app.client().perform_actions(drag).await {
        eprintln!("[e2e] pointer actions refused ({error}); dragging by script");
        app.client()
            .execute(
                "const [item] = arguments;
                 const handle = document.querySelector(`#item-${item}-drag`);
                 const first = document.querySelector('#agenda-list > .agenda-item').getBoundingClientRect();
                 const from = handle.getBoundingClientRect();
                 const send = (type, y) => handle.dispatchEvent(new PointerEvent(type, {
                   bubbles: true, cancelable: true, pointerId: 1, isPrimary: true, pointerType: 'mouse',
                   button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: from.x + from.width / 2, clientY: y }));
                 send('pointerdown', from.y + from.height / 2);
                 send('pointermove', first.top + 2);
                 send('pointerup', first.top + 2);",
                vec![serde_json::json!(item)],
            )
            .await?;
    }
    let _ = app.client().release_actions().await;
    Ok(())
}

/// h. A General Assembly meeting: scheduling (with field errors), attendance with an observer
/// until the quorum turns green, a roll-call vote on a decision item, the decision's
/// reference, an action item, a paper attached through the file dialog, the standard items
/// and the decision item dragged to the top of the agenda, the minutes as PDF (listing the
/// paper), the body's distribution list proposed for circulation; the next meeting lists the
/// action under matters arising.
#[tokio::test]
async fn meeting_takes_attendance_votes_decides_and_carries_actions() {
    journey("meeting", async {
        let ws = Workspace::new("meeting")?;
        ws.cli(&["demo"])?;
        let members = ws.cli_members()?;
        let ids = |acronyms: &[&str]| -> Result<Vec<String>> {
            acronyms
                .iter()
                .map(|a| demo_member_id(&members, a))
                .collect()
        };
        let first_three = ids(&["MOL", "DOLE", "MOLISA"])?;
        let the_rest = ids(&["MLVT", "Kemnaker", "MOLIP", "SEFOPE", "TFFA", "FRN", "CDI"])?;
        let molisa = demo_member_id(&members, "MOLISA")?;
        let frn = demo_member_id(&members, "FRN")?;
        let pdf = ws.root.join("GA minutes.pdf");
        let paper = ws.write(
            PAPER_NAME,
            "Regional recruitment SOP, third draft: no fee is ever charged to a fisher.\n",
        )?;
        let app = ws.launch("meeting").await?;
        let outcome = async {
            app.click("#nav-meetings").await?;
            app.visible("#upcoming-meetings").await?;
            app.screenshot("meetings-list").await?;
            app.click("#new-meeting").await?;
            app.visible("#meeting-time-zone").await?;
            let zone = app
                .script("return document.querySelector('#meeting-time-zone').value;")
                .await?;
            ensure!(
                zone.as_str().is_some_and(|z| !z.is_empty()),
                "the time zone is not prefilled with the machine's: {zone}"
            );
            app.select("#meeting-body", "1").await?;
            app.fill("#meeting-title", MEETING_TITLE).await?;
            app.fill("#meeting-date", "2027-06-17").await?;
            app.fill("#meeting-starts-at", "14:00").await?;
            app.fill("#meeting-ends-at", "09:30").await?;
            app.fill("#meeting-time-zone", "Asia/Đà_Nẵng").await?;
            app.fill("#meeting-place", "Khách sạn Sông Hàn, Đà Nẵng")
                .await?;
            app.click("#schedule-meeting").await?;
            app.wait_text("#meeting-ends-at-error", "end before start", |text| {
                text.contains("09:30")
            })
            .await?;
            app.wait_text("#meeting-time-zone-error", "an unknown zone", |text| {
                text.contains("Asia/Đà_Nẵng")
            })
            .await?;
            app.fill("#meeting-starts-at", "09:00").await?;
            app.fill("#meeting-ends-at", "17:30").await?;
            app.fill("#meeting-time-zone", "Asia/Ho_Chi_Minh").await?;
            app.click("#schedule-meeting").await?;
            app.wait_text("#meeting-heading", "the new meeting", |text| {
                text.contains(MEETING_TITLE)
            })
            .await?;
            app.wait_text("#minutes-status", "draft minutes", |text| {
                text.contains("Draft")
            })
            .await?;

            // Attendance: the quorum turns green as members are marked present.
            wait_quorum(&app, false, "0 present").await?;
            for member in &first_three {
                app.select(&format!("#attendance-{member}-status"), "present")
                    .await?;
            }
            wait_quorum(&app, false, "3 present").await?;
            for member in &the_rest {
                app.select(&format!("#attendance-{member}-status"), "present")
                    .await?;
            }
            wait_quorum(&app, true, "10 present").await?;
            let representative = app
                .script(&format!(
                    "return document.querySelector('#attendance-{molisa}-representative').value;"
                ))
                .await?;
            ensure!(
                representative.as_str() == Some("Nguyễn Thị Hương"),
                "MOLISA's representative is not prefilled: {representative}"
            );
            app.click("#add-guest").await?;
            app.fill("#guest-0-name", "Joaquín Muñoz Ibáñez").await?;
            app.fill("#guest-0-organisation", "UNODC Regional Office")
                .await?;
            app.select("#guest-0-capacity", "observer").await?;
            app.click("#save-attendance").await?;
            app.visible("#attendance-saved").await?;
            wait_quorum(&app, true, "10 present").await?;
            app.script("document.querySelector('main').scrollTop = 0;")
                .await?;
            app.screenshot("meeting-attendance").await?;

            // A decision item, a roll-call vote, a decision, an action item.
            app.fill("#item-title", SOP_ITEM).await?;
            app.select("#item-kind", "decision").await?;
            app.fill("#item-presenter", "Nguyễn Thị Hương").await?;
            app.fill("#item-duration", "45").await?;
            app.click("#add-item").await?;
            let item = item_id(&app, SOP_ITEM).await?;
            app.fill(
                &format!("#motion-{item}-text"),
                "That the Assembly adopts the regional recruitment SOP",
            )
            .await?;
            app.select(&format!("#motion-{item}-method"), "roll_call")
                .await?;
            app.click(&format!("#motion-{item}-all-yes")).await?;
            app.select(
                &format!("#motion-{item} tr[data-member-id='{frn}'] select.ballot"),
                "no",
            )
            .await?;
            app.click(&format!("#close-vote-{item}")).await?;
            let result = app
                .wait_text(&format!("#vote-result-{item}"), "a carried vote", |text| {
                    text.contains("Carried")
                })
                .await?;
            ensure!(
                result.contains("against"),
                "the explanation is missing: {result}"
            );
            app.script(&format!(
                "document.querySelector('#item-{item}').scrollIntoView({{block: 'start'}});"
            ))
            .await?;
            app.screenshot("meeting-vote-result").await?;

            app.fill(
                &format!("#decision-{item}-text"),
                "The Assembly adopts the regional recruitment SOP.",
            )
            .await?;
            app.click(&format!("#decision-{item}-pillar-prevention"))
                .await?;
            app.click(&format!("#decision-{item}-record")).await?;
            let reference = app
                .wait_text(
                    &format!("#decisions-{item} .decision-reference"),
                    "a GA-2027-NN reference",
                    |text| text.starts_with("GA-2027-") && text.len() == "GA-2027-01".len(),
                )
                .await?;

            app.fill(&format!("#action-{item}-title"), ACTION_TITLE)
                .await?;
            app.select(&format!("#action-{item}-owner"), &molisa)
                .await?;
            app.fill(&format!("#action-{item}-person"), "Nguyễn Thị Hương")
                .await?;
            app.fill(&format!("#action-{item}-due"), "2027-09-30")
                .await?;
            app.click(&format!("#action-{item}-add")).await?;
            app.wait_text(&format!("#actions-{item}"), "the action item", |text| {
                text.contains(ACTION_TITLE)
            })
            .await?;

            // A paper for the item, picked in the native dialog, kept with its fingerprint.
            app.click(&format!("#papers-{item}-attach")).await?;
            support::answer_open_dialog(&paper).await?;
            app.wait_text(
                &format!("#papers-{item}-list"),
                "the attached paper",
                |text| text.contains(PAPER_NAME) && text.contains("SHA-256"),
            )
            .await?;
            app.script(&format!(
                "document.querySelector('#papers-{item}').scrollIntoView({{block: 'center'}});"
            ))
            .await?;
            app.screenshot("meeting-paper").await?;

            // The standard items open the agenda; the decision item is dragged above them.
            app.click("#add-standard-items").await?;
            let order = app
                .poll("the standard items on the agenda", || async {
                    let order = agenda_order(&app).await?;
                    Ok((order.len() == 5).then_some(order))
                })
                .await?;
            ensure!(
                order[3] == item,
                "the decision item is not fourth after the standard items: {order:?}"
            );
            // The driver aims at the centre of the part of an element in view: the whole list
            // must be on screen for the top half of the first row to be where it aims, and stay
            // there: the status notice above the page (the decision's) goes after a few seconds
            // and takes its height with it.
            app.poll("the status notice to go", || async {
                Ok((!app.exists("#notice").await?).then_some(()))
            })
            .await?;
            app.script("document.querySelector('#agenda-list').scrollIntoView({block: 'center'});")
                .await?;
            drag_to_top(&app, &item).await?;
            let order = app
                .poll("the decision item at the top of the agenda", || async {
                    let order = agenda_order(&app).await?;
                    Ok((order.first() == Some(&item)).then_some(order))
                })
                .await?;
            ensure!(order.len() == 5, "an item went missing: {order:?}");
            app.screenshot("meeting-agenda-dragged").await?;

            // The minutes go by default to the body's distribution list.
            let recipients = app
                .script("return document.querySelector('#circulate-to').value;")
                .await?;
            ensure!(
                recipients
                    .as_str()
                    .is_some_and(|r| r.contains("secretariat@seaforum.example.org")),
                "the body's distribution list is not proposed: {recipients}"
            );

            // The minutes as PDF, through the save dialog.
            app.select("#minutes-paper", "a4").await?;
            app.select("#minutes-language", "en").await?;
            app.click("#export-minutes").await?;
            support::answer_save_dialog(&pdf).await?;
            app.wait_text("#export-done", "the saved path", |text| {
                text.contains("GA minutes.pdf")
            })
            .await?;
            let printed = support::pdf_text(&pdf)?;
            for expected in [
                MEETING_TITLE,
                "Nguyễn Thị Hương",
                "Joaquín Muñoz Ibáñez",
                reference.as_str(),
                PAPER_NAME,
                "SHA-256",
                "Page 1 of",
            ] {
                ensure!(
                    printed.contains(expected),
                    "the minutes do not contain {expected:?}; they read: {}",
                    printed.chars().take(2000).collect::<String>()
                );
            }

            // The decisions register finds the decision by its words, whatever the accents.
            app.click("#nav-meetings").await?;
            app.click("#tab-decisions").await?;
            app.fill("#decision-search", "recruitment SOP").await?;
            app.wait_text("#decisions", "the new decision", |text| {
                text.contains(&reference)
            })
            .await?;
            app.screenshot("meetings-decisions").await?;

            // The next meeting, scheduled from the body's page, carries the action.
            app.click("#nav-bodies").await?;
            app.click("a.body[href='/bodies/1']").await?;
            app.wait_text("#body-upcoming-meetings", "the meeting just held", |text| {
                text.contains(MEETING_TITLE)
            })
            .await?;
            // The body's rules for its minutes: the demo lets the chair approve them, and
            // keeps the list the minutes were proposed to.
            let email = app.attr("#recipient-0-email", "id").await?;
            ensure!(email.is_some(), "the distribution list is not shown");
            let chair_rule = app
                .script("return document.querySelector('#chair-approves-minutes').checked;")
                .await?;
            ensure!(
                chair_rule.as_bool() == Some(true),
                "the chair's power to approve is not shown: {chair_rule}"
            );
            app.script(
                "document.querySelector('#minutes-rules').scrollIntoView({block: 'start'});",
            )
            .await?;
            app.screenshot("body-minutes-rules").await?;
            app.click("#body-schedule-meeting").await?;
            app.visible("#meeting-title").await?;
            let body = app
                .script("return document.querySelector('#meeting-body').value;")
                .await?;
            ensure!(
                body.as_str() == Some("1"),
                "the body is not prefilled: {body}"
            );
            app.fill("#meeting-title", NEXT_MEETING_TITLE).await?;
            app.fill("#meeting-date", "2027-11-18").await?;
            app.fill("#meeting-time-zone", "Asia/Ho_Chi_Minh").await?;
            app.click("#schedule-meeting").await?;
            app.wait_text("#meeting-heading", "the next meeting", |text| {
                text.contains(NEXT_MEETING_TITLE)
            })
            .await?;
            app.wait_text("#matters-arising", "the open action", |text| {
                text.contains(ACTION_TITLE) && text.contains("Nguyễn Thị Hương")
            })
            .await?;
            app.script(
                "document.querySelector('#matters-arising').scrollIntoView({block: 'start'});",
            )
            .await?;
            app.screenshot("meeting-matters-arising").await?;
            Ok(())
        }
        .await;
        app.end(outcome).await?;
        Ok(())
    })
    .await;
}
