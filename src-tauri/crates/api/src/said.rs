//! The sentence of an error, kept as its catalogue message and values rather than as text, so
//! that each front end says it in its reader's language (see `ApiError::in_language`).

use std::path::{Path, PathBuf};

use pacta_messages::{Locale, Message, Messages, Value};

/// A sentence from the catalogue (`locales/*/errors.ftl`), with its values. A value may itself
/// be a sentence — a problem inside a refusal — said in the same language as the whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said(Inner);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Inner {
    One {
        message: Message,
        sentences: Vec<(String, Said)>,
    },
    /// Sentences one after the other, as a list of problems reads.
    Joined(Vec<Said>),
    /// A sentence the core already says in each language (in `Locale::ALL` order).
    Each(Vec<String>),
}

/// A value for a [`Said`]: plain (a name, a path, a number) or a sentence of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Value(Value),
    Said(Said),
}

impl Said {
    /// The message `id`; values are added with [`Said::with`] or the [`said!`] macro.
    pub fn new(id: &str) -> Said {
        Said(Inner::One {
            message: Message::new(id),
            sentences: Vec::new(),
        })
    }

    /// The sentences joined by the language's clause separator ("a; b; c").
    pub fn joined(sentences: Vec<Said>) -> Said {
        match <[Said; 1]>::try_from(sentences) {
            Ok([only]) => only,
            Err(sentences) => Said(Inner::Joined(sentences)),
        }
    }

    /// A sentence another crate writes from the catalogue itself (a matrix finding…), said
    /// now in each language so that it can be read in any.
    pub fn in_each_language(say: impl Fn(&Messages) -> String) -> Said {
        Said(Inner::Each(
            Locale::ALL
                .iter()
                .map(|locale| say(Messages::of(*locale)))
                .collect(),
        ))
    }

    pub fn with(self, name: &str, value: impl Into<Part>) -> Said {
        let Said(Inner::One {
            message,
            mut sentences,
        }) = self
        else {
            panic!("only a catalogue message takes values");
        };
        let message = match value.into() {
            Part::Value(value) => message.with(name, value),
            Part::Said(said) => {
                sentences.push((name.to_owned(), said));
                message
            }
        };
        Said(Inner::One { message, sentences })
    }

    /// The message id, or the first one's of a list (for tests and logs).
    pub fn id(&self) -> &str {
        match &self.0 {
            Inner::One { message, .. } => &message.id,
            Inner::Joined(list) => list.first().map_or("", Said::id),
            Inner::Each(_) => "",
        }
    }

    /// The sentence in `messages`' language.
    pub fn render(&self, messages: &Messages) -> String {
        match &self.0 {
            Inner::One { message, sentences } => {
                let mut message = message.clone();
                for (name, said) in sentences {
                    message = message.with(name, said.render(messages));
                }
                message.render(messages)
            }
            Inner::Joined(list) => {
                let separator = messages.get("clause-separator", &[]);
                list.iter()
                    .map(|said| said.render(messages))
                    .collect::<Vec<_>>()
                    .join(&separator)
            }
            Inner::Each(said) => {
                let index = Locale::ALL
                    .iter()
                    .position(|locale| *locale == messages.locale())
                    .unwrap_or(0);
                said[index].clone()
            }
        }
    }
}

/// `said!("error-id", name = value, …)`: a [`Said`] with its values, each a plain value or a
/// [`Said`] of its own.
#[macro_export]
macro_rules! said {
    ($id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::said::Said::new($id)$(.with(stringify!($name), $value))*
    };
}

impl From<Said> for Part {
    fn from(said: Said) -> Part {
        Part::Said(said)
    }
}

macro_rules! plain {
    ($($from:ty),*) => {
        $(impl From<$from> for Part {
            fn from(value: $from) -> Part {
                Part::Value(Value::from(value))
            }
        })*
    };
}

plain!(&str, &String, String, u64, u32, usize, i64);

impl From<i32> for Part {
    fn from(value: i32) -> Part {
        Part::Value(Value::from(i64::from(value)))
    }
}

impl From<u16> for Part {
    fn from(value: u16) -> Part {
        Part::Value(Value::from(u64::from(value)))
    }
}

impl From<&Path> for Part {
    fn from(path: &Path) -> Part {
        Part::Value(Value::Text(path.display().to_string()))
    }
}

impl From<&PathBuf> for Part {
    fn from(path: &PathBuf) -> Part {
        Part::from(path.as_path())
    }
}

impl From<std::path::Display<'_>> for Part {
    fn from(path: std::path::Display<'_>) -> Part {
        Part::Value(Value::Text(path.to_string()))
    }
}

impl From<bool> for Part {
    /// Booleans choose a variant: `{ $flag -> [true] … *[false] … }`.
    fn from(flag: bool) -> Part {
        Part::Value(Value::Text(if flag { "true" } else { "false" }.into()))
    }
}
