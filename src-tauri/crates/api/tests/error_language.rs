//! Errors read in the reader's language: each is made from a catalogue message, English until a
//! front end says it in its reader's language, and no sentence of one is written in code.

mod common;

use std::path::{Path, PathBuf};

use common::organisation;
use pacta_api::protection;
use pacta_api::{member_import, members, ApiError, Clock, ErrorCode, Partnership, Passphrase};
use pacta_messages::{Locale, Messages};

fn in_memory() -> Partnership {
    Partnership::in_memory("Mekong Forum", Clock::Fixed("2026-03-01T09:00:00Z".into())).unwrap()
}

fn said_in(error: &ApiError, locale: Locale) -> ApiError {
    error.clone().in_language(Messages::of(locale))
}

#[test]
fn a_refused_write_reads_in_french_and_in_dutch() {
    let mut partnership = in_memory();
    members::create(&mut partnership, &organisation("Lao Women's Union")).unwrap();
    let refused =
        members::create(&mut partnership, &organisation("Lao Women's Union")).unwrap_err();
    assert_eq!(refused.code, ErrorCode::DuplicateName);
    assert_eq!(
        refused.message,
        "an organisation named “Lao Women's Union” is already in the registry"
    );

    let french = said_in(&refused, Locale::Fr);
    assert_eq!(
        french.message,
        "une organisation nommée « Lao Women's Union » figure déjà au registre"
    );
    assert_eq!(french.details[0].message, french.message, "the detail too");
    assert_eq!(
        french.code, refused.code,
        "the code the page matches on stays"
    );
    assert_eq!(french.details[0].field, refused.details[0].field);

    let dutch = said_in(&refused, Locale::Nl);
    assert_eq!(
        dutch.message,
        "er staat al een organisatie met de naam “Lao Women's Union” in het register"
    );
    assert_eq!(
        said_in(&dutch, Locale::En),
        refused,
        "said again in English, it is the error as made"
    );
}

#[test]
fn values_and_sentences_inside_a_refusal_follow_the_language() {
    let mut partnership = in_memory();
    let short = protection::protect(&mut partnership, Passphrase::new("kurz")).unwrap_err();
    assert_eq!(short.code, ErrorCode::Invalid);
    assert_eq!(
        said_in(&short, Locale::Fr).message,
        "une phrase secrète doit compter au moins 8 caractères (celle-ci en a 4)"
    );
    assert_eq!(
        said_in(&short, Locale::Nl).message,
        "een wachtzin moet ten minste 8 tekens hebben (deze heeft er 4)"
    );

    // A form with two problems: each field named in the reader's words, the sentences joined.
    let mut nameless = organisation("");
    nameless.country = "Atlantis".into();
    let refused = members::create(&mut partnership, &nameless).unwrap_err();
    assert_eq!(refused.code, ErrorCode::ValidationFailed);
    let french = said_in(&refused, Locale::Fr);
    assert!(
        french.message.starts_with("champ obligatoire : nom ; "),
        "{}",
        french.message
    );
    assert!(
        french.message.contains("« Atlantis »"),
        "{}",
        french.message
    );
    assert_eq!(french.details.len(), 2);
    assert_eq!(french.details[0].message, "champ obligatoire : nom");
}

#[test]
fn an_import_preview_reads_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("members.csv");
    std::fs::write(
        &file,
        "name,kind,joined_on\n\
         Lao Women's Union,civil_society,2024-03-01\n\
         Hội Liên hiệp Phụ nữ Việt Nam,civil_society,2025-02-30\n",
    )
    .unwrap();
    let mut partnership = in_memory();
    partnership.set_locale(Locale::Nl);
    let preview = member_import::preview(&partnership, &file).unwrap();
    let problem = &preview.rows[1].problems[0];
    assert_eq!(
        problem.message,
        "rij 3, kolom “joined_on”: “2025-02-30” is geen bestaande datum in de vorm JJJJ-MM-DD"
    );

    let refused = member_import::import(&mut partnership, &file, &mut |_| {}).unwrap_err();
    assert_eq!(refused.code, ErrorCode::ImportHasErrors);
    let french = said_in(&refused, Locale::Fr);
    assert_eq!(
        french.message,
        "1 ligne présente des problèmes ; rien n’a été importé"
    );
    assert_eq!(
        french.details[0].message,
        "ligne 3, colonne « joined_on » : « 2025-02-30 » n’est pas une date réelle au format AAAA-MM-JJ"
    );
}

/// The Rust sources of the front ends and the use cases, each with its text.
fn sources() -> Vec<(PathBuf, String)> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let roots = [
        crates.join("api/src"),
        crates.join("cli/src"),
        crates.join("../src"),
    ];
    let mut found = Vec::new();
    let mut pending: Vec<PathBuf> = roots.to_vec();
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                pending.push(entry.unwrap().path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            found.push((path, text));
        }
    }
    assert!(found.len() > 40, "the sources were not found");
    found
}

#[test]
fn every_error_message_the_code_names_is_in_the_catalogue() {
    let english = Messages::of(Locale::En);
    let mut missing = Vec::new();
    for (path, text) in sources() {
        let code = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"));
        for line in code {
            for (at, _) in line.match_indices("\"error-") {
                let id: String = line[at + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                if !english.has(&id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in errors.ftl: {missing:?}");
}

#[test]
fn no_error_sentence_is_written_in_code() {
    // `ApiError::new` takes a catalogue message (`Said`), not a `String`, so an English
    // sentence cannot be passed to it; what is left to check is that no message is set by hand.
    let mut written = Vec::new();
    for (path, text) in sources() {
        if path.ends_with("api/src/error.rs") {
            continue;
        }
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains(".message =") || code.contains("message: format!") {
                written.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(written.is_empty(), "sentences written in code: {written:?}");
}
