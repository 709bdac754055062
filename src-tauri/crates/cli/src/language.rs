//! The language `pacta` speaks: `--lang`, else `PACTA_LANG`, else the session's locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. Documents are printed in it too unless
//! their export asks for `en+fr`.

use std::sync::OnceLock;

use pacta_api::{said, ApiError, ErrorCode};
use pacta_messages::{Locale, Messages};

static CHOSEN: OnceLock<Locale> = OnceLock::new();

/// Fixes the language for the rest of the run from `--lang`/`PACTA_LANG` (already merged by
/// clap); refuses a language Pacta does not speak rather than answering in another.
pub fn choose(lang: Option<&str>) -> Result<(), ApiError> {
    let locale = match lang {
        Some(code) => primary(code).ok_or_else(|| {
            ApiError::new(
                ErrorCode::InvalidChoice,
                said!("error-cli-lang", given = code),
            )
        })?,
        None => Locale::from_environment(),
    };
    // `set` hands the value back when it was set already: nothing failed.
    let _ = CHOSEN.set(locale);
    Ok(())
}

/// The reader's language of `en`, `fr-BE`, `nl_NL.UTF-8` or `en+fr` (its first language).
fn primary(code: &str) -> Option<Locale> {
    Locale::parse(code.split('+').next().unwrap_or(code))
}

pub fn locale() -> Locale {
    *CHOSEN.get_or_init(Locale::from_environment)
}

/// The messages in the run's language.
pub fn messages() -> &'static Messages {
    Messages::of(locale())
}
