//! Tauri commands: each translates IPC to one `pacta-api` call, off the UI thread.

pub mod activity;
pub mod agreement_word;
pub mod agreements;
pub mod backup;
pub mod bodies;
pub mod bundle;
pub mod erasure;
pub mod logs;
pub mod matrices;
pub mod meetings;
pub mod members;
pub mod partnership;
pub mod protection;
pub mod transfer;
pub mod verify;
pub mod voting;
