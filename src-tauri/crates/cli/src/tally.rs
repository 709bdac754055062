//! `pacta tally`: decide a motion from JSON files, print the report or its explanation.

use std::path::Path;

use serde::de::DeserializeOwned;

use pacta_api::{ApiError, ErrorCode};
use pacta_core::voting::presets::Preset;
use pacta_core::voting::{tally, Ballots, Protocol, Roll};

pub fn run(protocol: &str, roll: &Path, ballots: &Path, explain: bool) -> Result<(), ApiError> {
    let protocol: Protocol = match protocol.strip_prefix("preset:") {
        Some(name) => Preset::parse(name)
            .ok_or_else(|| {
                let known: Vec<&str> = Preset::ALL.iter().map(|p| p.code()).collect();
                ApiError::new(
                    ErrorCode::InvalidChoice,
                    format!("unknown preset “{name}” (known: {})", known.join(", ")),
                )
            })?
            .protocol(),
        None => read(Path::new(protocol), "protocol")?,
    };
    let roll: Roll = read(roll, "roll")?;
    let ballots: Ballots = read(ballots, "ballots")?;
    let report = tally(&protocol, &roll, &ballots).map_err(|invalid| {
        ApiError::new(ErrorCode::InvalidVote, format!("invalid vote: {invalid}"))
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

pub(crate) fn read<T: DeserializeOwned>(path: &Path, what: &str) -> Result<T, ApiError> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| ApiError::new(ErrorCode::Io, format!("{}: {error}", path.display())))?;
    serde_json::from_str(&text).map_err(|error| {
        ApiError::new(
            ErrorCode::InvalidChoice,
            format!("{} is not a valid {what} file: {error}", path.display()),
        )
    })
}
