use chrono::{SecondsFormat, Utc};

/// Where use cases get the time from: the system clock in the apps, a fixed one in tests.
#[derive(Debug, Clone)]
pub enum Clock {
    System,
    Fixed(String),
}

impl Clock {
    /// The current instant as RFC 3339 in UTC.
    pub fn now(&self) -> String {
        match self {
            Clock::System => Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            Clock::Fixed(at) => at.clone(),
        }
    }

    /// Today's date on the secretariat's own calendar (local time), `YYYY-MM-DD`.
    pub fn today(&self) -> String {
        match self {
            Clock::System => chrono::Local::now().format("%Y-%m-%d").to_string(),
            Clock::Fixed(at) => at[..10].to_string(),
        }
    }
}
