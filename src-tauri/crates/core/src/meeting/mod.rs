//! Meetings of a body: when and where, the agenda, who attends (and when they come and go, as
//! quorum can be lost), the minutes and their approval, decisions and action items.

pub mod action;
pub mod agenda;
pub mod attendance;
pub mod circulation;
pub mod decision;
pub mod minutes;
pub mod paper;
pub mod printable;
pub mod schedule;

pub use action::{ActionDraft, ActionItem, ActionNote, ActionStatus, ValidAction};
pub use agenda::{AgendaItem, AgendaItemDraft, ItemKind, StandardItem, ValidAgendaItem};
pub use attendance::{
    check as check_attendance, roll_at, Attendance, AttendanceError, AttendanceStatus, Guest,
    GuestCapacity, Movement,
};
pub use circulation::{validate_distribution, MinutesRules, Recipient};
pub use decision::{decision_reference, Decision};
pub use minutes::{MinutesStatus, MinutesTransitionError};
pub use paper::ItemPaper;
pub use printable::{
    AttendeeLine, ChamberAttendance, Erratum, GuestLine, PrintableDecision, PrintableItem,
    PrintableMinutes, PrintableVote, ProxyLine,
};
pub use schedule::{ClockTime, Meeting, MeetingDraft, MeetingKind, ValidMeeting};
