use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Arg, Messages};

/// A sentence kept for later: its message id and values, so that it can be read in whichever
/// language the reader has then (the activity log stores these).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Value>,
}

/// A value kept in a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    Number(u64),
    Text(String),
}

impl Message {
    pub fn new(id: &str) -> Message {
        Message {
            id: id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    /// Adds a value: `Message::new("activity-member-added").with("name", &org.name)`.
    pub fn with(mut self, name: &str, value: impl Into<Value>) -> Message {
        self.args.insert(name.to_owned(), value.into());
        self
    }

    /// The sentence in `messages`' language.
    pub fn render(&self, messages: &Messages) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    Value::Number(n) => Arg::Number(*n),
                    Value::Text(text) => Arg::Text(text.as_str().into()),
                };
                (name.as_str(), arg)
            })
            .collect();
        messages.get(&self.id, &args)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_owned())
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Value {
        Value::Text(text.clone())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(text)
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(n)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::Number(n.into())
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Value {
        Value::Number(n as u64)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        // Ids and counts are never negative; a negative one shows as text rather than wrapping.
        u64::try_from(n).map_or_else(|_| Value::Text(n.to_string()), Value::Number)
    }
}
