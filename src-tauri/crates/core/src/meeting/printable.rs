//! Everything printed minutes show, gathered from the store by the api and handed to the PDF
//! writer, which knows nothing of the database.

use serde::{Deserialize, Serialize};

use super::action::ActionItem;
use super::agenda::ItemKind;
use super::minutes::MinutesStatus;
use super::schedule::Meeting;
use crate::agreement::{AttachmentEntry, Language};
use crate::date::IsoDate;
use crate::voting::VoteMethod;

/// A member organisation in the attendance lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct AttendeeLine {
    pub organisation: String,
    /// Who attended for it ("" when nobody was named).
    pub representative: String,
    /// "arrived 10:30", "left 15:00", in time order; empty when there all along.
    pub movements: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ChamberAttendance {
    /// `None` for members without a chamber.
    pub chamber: Option<String>,
    pub present: Vec<AttendeeLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ProxyLine {
    pub principal: String,
    pub holder: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct GuestLine {
    pub name: String,
    pub organisation: String,
    /// "observer" or "guest".
    pub capacity: String,
}

/// A vote taken under an item, as the minutes report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintableVote {
    pub motion: String,
    pub method: VoteMethod,
    /// "carried", "rejected", "no_quorum".
    pub outcome: String,
    /// The tally's sentence, with every figure.
    pub explanation: String,
    /// For roll-call votes only: each member and how it voted ("yes", "no", "abstain", or a
    /// split). Always empty for a secret ballot.
    pub roll_call: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintableDecision {
    pub reference: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintableItem {
    /// 1-based.
    pub number: u32,
    pub title: String,
    pub kind: ItemKind,
    pub presenter: String,
    /// The time set aside for the item on the agenda, in minutes.
    #[serde(default)]
    pub duration_minutes: Option<u32>,
    pub summary: String,
    pub outcome: String,
    pub votes: Vec<PrintableVote>,
    pub decisions: Vec<PrintableDecision>,
    /// The papers put before the meeting under the item, listed with their fingerprints.
    #[serde(default)]
    pub papers: Vec<AttachmentEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Erratum {
    pub recorded_on: IsoDate,
    pub text: String,
    pub by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct PrintableMinutes {
    /// The partnership's name (the PDF's author).
    pub partnership: String,
    pub meeting: Meeting,
    pub language: Language,
    pub present: Vec<ChamberAttendance>,
    pub apologies: Vec<String>,
    pub absent: Vec<String>,
    pub proxies: Vec<ProxyLine>,
    pub guests: Vec<GuestLine>,
    pub items: Vec<PrintableItem>,
    pub actions: Vec<ActionItem>,
    pub status: MinutesStatus,
    /// "Approved on 2026-06-10 by decision GA-2026-04", when approved.
    pub approval: String,
    pub errata: Vec<Erratum>,
    /// Names for the signature lines; blank lines when unknown.
    pub chair: String,
    pub secretary: String,
    pub printed_on: IsoDate,
}
