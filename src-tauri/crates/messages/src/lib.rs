//! Pacta's message catalogue: every sentence its Rust code writes for a person — the tally's
//! explanation, the meaning of a protocol, the CLI's output — comes from here, in the reader's
//! language.
//!
//! The catalogues are Fluent files (`locales/<code>/*.ftl`) compiled into the binary, so a
//! message can never be missing at run time on a computer without them; a test checks that
//! every language has every message with the same variables. The app's window reads its own
//! messages (`ui.ftl`) from the same files.

mod locale;
mod message;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use locale::Locale;
pub use message::{Message, Value};

/// The Fluent source of each language, as compiled in.
/// Each language's catalogue is its files joined: sentences, the activity log's, the printed
/// documents' (agreements, minutes and convocations, matrices, the member directory), errors,
/// the CLI's own lines, and the app window's (`ui.ftl`, ids `ui-…`, which the page reads with
/// @fluent/bundle; compiled in here so the catalogue tests guard them too).
pub const SOURCES: [(Locale, &[&str]); 3] = [
    (
        Locale::En,
        &[
            include_str!("../locales/en/pacta.ftl"),
            include_str!("../locales/en/activity.ftl"),
            include_str!("../locales/en/agreement.ftl"),
            include_str!("../locales/en/minutes.ftl"),
            include_str!("../locales/en/matrix.ftl"),
            include_str!("../locales/en/errors.ftl"),
            include_str!("../locales/en/directory.ftl"),
            include_str!("../locales/en/cli.ftl"),
            include_str!("../locales/en/ui.ftl"),
        ],
    ),
    (
        Locale::Fr,
        &[
            include_str!("../locales/fr/pacta.ftl"),
            include_str!("../locales/fr/activity.ftl"),
            include_str!("../locales/fr/agreement.ftl"),
            include_str!("../locales/fr/minutes.ftl"),
            include_str!("../locales/fr/matrix.ftl"),
            include_str!("../locales/fr/errors.ftl"),
            include_str!("../locales/fr/directory.ftl"),
            include_str!("../locales/fr/cli.ftl"),
            include_str!("../locales/fr/ui.ftl"),
        ],
    ),
    (
        Locale::Nl,
        &[
            include_str!("../locales/nl/pacta.ftl"),
            include_str!("../locales/nl/activity.ftl"),
            include_str!("../locales/nl/agreement.ftl"),
            include_str!("../locales/nl/minutes.ftl"),
            include_str!("../locales/nl/matrix.ftl"),
            include_str!("../locales/nl/errors.ftl"),
            include_str!("../locales/nl/directory.ftl"),
            include_str!("../locales/nl/cli.ftl"),
            include_str!("../locales/nl/ui.ftl"),
        ],
    ),
];

/// The messages of one language.
pub struct Messages {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

/// A value given to a message: text, or a number whose plural form the message may choose.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(u64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text.into())
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text.as_str().into())
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(text.into())
    }
}

impl From<u64> for Arg<'_> {
    fn from(number: u64) -> Self {
        Arg::Number(number)
    }
}

impl From<usize> for Arg<'_> {
    fn from(number: usize) -> Self {
        Arg::Number(number as u64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(number: u32) -> Self {
        Arg::Number(number.into())
    }
}

impl From<i64> for Arg<'_> {
    fn from(number: i64) -> Self {
        Arg::Number(number.unsigned_abs())
    }
}

impl From<bool> for Arg<'_> {
    /// Booleans select a variant: `{ $strict -> [true] … *[false] … }`.
    fn from(flag: bool) -> Self {
        Arg::Text(if flag { "true" } else { "false" }.into())
    }
}

impl Messages {
    fn load(locale: Locale, sources: &[&str]) -> Messages {
        let mut bundle = FluentBundle::new_concurrent(vec![locale.language_identifier()]);
        // Isolation marks would be printed as they are in PDFs, spreadsheets and terminals; the
        // right-to-left names Pacta prints are shaped by its own bidi pass instead.
        bundle.set_use_isolating(false);
        for source in sources {
            let resource =
                FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(_, errors)| {
                    panic!("{locale:?} catalogue does not parse: {errors:?}")
                });
            bundle.add_resource(resource).unwrap_or_else(|errors| {
                panic!("{locale:?} catalogue repeats a message: {errors:?}")
            });
        }
        Messages { locale, bundle }
    }

    /// A whole number written the way this language groups digits (CLDR, through ICU4X):
    /// 1,234,567 in English, 1 234 567 (narrow no-break spaces) in French, 1.234.567 in Dutch.
    pub fn number(&self, number: u64) -> String {
        // Made per call: the formatter is not Sync, and with compiled data it borrows static
        // tables, so making one costs no more than a lookup.
        let language: icu_locale_core::Locale = self
            .locale
            .code()
            .parse()
            .expect("a two-letter language code is a locale");
        icu_decimal::DecimalFormatter::try_new((&language).into(), Default::default())
            .expect("the compiled CLDR data has number formats for en, fr and nl")
            .format(&icu_decimal::input::Decimal::from(number))
            .to_string()
    }

    /// The messages of `locale`, loaded once.
    pub fn of(locale: Locale) -> &'static Messages {
        static LOADED: [OnceLock<Messages>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let index = locale as usize;
        LOADED[index].get_or_init(|| Messages::load(locale, SOURCES[index].1))
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The message `id` with its variables filled in. A message missing from this language
    /// falls back to English, and one missing from English shows its id, so a gap is visible
    /// but never fatal; the catalogue tests keep both from happening.
    pub fn get(&self, id: &str, args: &[(&str, Arg)]) -> String {
        if let Some(text) = self.format(id, args) {
            return text;
        }
        if self.locale != Locale::En {
            if let Some(text) = Messages::of(Locale::En).format(id, args) {
                return text;
            }
        }
        id.to_owned()
    }

    /// Whether this language has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.as_ref()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

/// `message!(messages, "id", name = value, …)`: the message `id` in `messages`' language.
#[macro_export]
macro_rules! message {
    ($messages:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $messages.get($id, &[$((stringify!($name), $crate::Arg::from($value))),*])
    };
}
