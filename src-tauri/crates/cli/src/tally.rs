//! `pacta tally`: decide a motion from JSON files, print the report or its explanation.

use std::path::Path;

use serde::de::DeserializeOwned;

use pacta_api::{said, ApiError, ErrorCode};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{tally, Ballots, Protocol, Roll};

pub fn run(protocol: &str, roll: &Path, ballots: &Path, explain: bool) -> Result<(), ApiError> {
    let protocol: Protocol = match protocol.strip_prefix("preset:") {
        Some(name) => Preset::parse(name)
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::InvalidChoice,
                    said!("error-cli-unknown-preset", name = name, known = presets()),
                )
            })?
            .protocol(),
        None => read(Path::new(protocol), "protocol")?,
    };
    let roll: Roll = read(roll, "roll")?;
    let ballots: Ballots = read(ballots, "ballots")?;
    let report = tally(&protocol, &roll, &ballots).map_err(|invalid| {
        ApiError::new(
            ErrorCode::InvalidVote,
            said!(
                "error-cli-invalid-vote",
                reason = pacta_api::voting::invalid_said(&invalid)
            ),
        )
    })?;
    if explain {
        println!(
            "{}",
            pacta_core::voting::explain(&report, crate::language::messages())
        );
    } else {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("plain data serialises")
        );
    }
    Ok(())
}

/// The presets' codes, for a refusal that lists them.
pub(crate) fn presets() -> String {
    Preset::ALL
        .iter()
        .map(|p| p.code())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn read<T: DeserializeOwned>(path: &Path, what: &str) -> Result<T, ApiError> {
    let text =
        std::fs::read_to_string(path).map_err(|error| pacta_api::error::io_error(path, &error))?;
    serde_json::from_str(&text).map_err(|error| {
        ApiError::new(
            ErrorCode::InvalidChoice,
            said!(
                "error-cli-bad-json",
                path = path,
                what = what,
                detail = error.to_string()
            ),
        )
    })
}
