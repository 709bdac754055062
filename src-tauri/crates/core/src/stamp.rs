/// Who makes a change and when, passed in by the caller: the core reads no clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// RFC 3339 timestamp in UTC.
    pub at: String,
    /// The acting user's name, as set in Settings.
    pub actor: String,
}
