use crate::date::IsoDate;
use crate::field::Field;

/// One thing wrong with an input, tied to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("{field} is required")]
    Required { field: Field },
    #[error("{field} is too long ({length} characters; at most {max})")]
    TooLong {
        field: Field,
        length: usize,
        max: usize,
    },
    #[error("“{value}” is not a valid email address")]
    InvalidEmail { value: String },
    #[error("“{value}” is not an ISO 3166 country code (for example KH, ID, VN)")]
    UnknownCountry { value: String },
    #[error("vote weight must be a whole number of at least 1, not {value}")]
    InvalidWeight { value: String },
    #[error("“{value}” is not a real date in the form YYYY-MM-DD")]
    ImpossibleDate { field: Field, value: String },
    #[error("“{value}” is not a valid {field}")]
    InvalidChoice { field: Field, value: String },
    #[error("the status change is dated {effective_on}, before the member joined on {joined_on}")]
    StatusBeforeJoined {
        effective_on: IsoDate,
        joined_on: IsoDate,
    },
    #[error("the member already has the status {status}")]
    StatusUnchanged { status: String },
    #[error("“{value}” is not a time of day in the form HH:MM")]
    InvalidTime { field: Field, value: String },
    #[error("“{value}” is not a time zone (for example Asia/Bangkok, Africa/Windhoek, UTC)")]
    UnknownTimeZone { value: String },
    #[error("the meeting ends at {ends_at}, before it starts at {starts_at}")]
    EndBeforeStart { starts_at: String, ends_at: String },
}

impl Problem {
    /// The field the problem belongs to, for placing the message in a form.
    pub fn field(&self) -> Field {
        match self {
            Problem::Required { field }
            | Problem::TooLong { field, .. }
            | Problem::ImpossibleDate { field, .. }
            | Problem::InvalidChoice { field, .. }
            | Problem::InvalidTime { field, .. } => *field,
            Problem::UnknownTimeZone { .. } => Field::TimeZone,
            Problem::EndBeforeStart { .. } => Field::EndsAt,
            Problem::InvalidEmail { .. } => Field::Email,
            Problem::UnknownCountry { .. } => Field::Country,
            Problem::InvalidWeight { .. } => Field::Weight,
            Problem::StatusBeforeJoined { .. } => Field::EffectiveOn,
            Problem::StatusUnchanged { .. } => Field::Status,
        }
    }
}

/// Every problem found in one input: forms show them all at once rather than one per try.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        self.0.push(problem);
    }

    /// Keeps the value when it is valid, records the problem otherwise.
    pub fn check<T>(&mut self, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.0.push(problem);
                None
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(value)` when nothing was found wrong.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, Problems> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

impl std::fmt::Display for Problems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let messages: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&messages.join("; "))
    }
}

impl std::error::Error for Problems {}
