use tauri::State;

use crate::commands::agreements::open_paper_copy;
use crate::path_grants::PathGrants;
use crate::AppState;
use pacta_api::meeting_export::{self, ExportedFile};
use pacta_api::meeting_papers;
use pacta_api::meetings::{
    self, Approval, DecisionQuery, MeetingDetail, MotionInput, OwnerActions, QuorumNow,
};
use pacta_api::ApiError;
use pacta_core::agreement::{Language, Paper};
use pacta_core::meeting::{
    ActionDraft, ActionItem, ActionStatus, AgendaItem, AgendaItemDraft, Attendance, ClockTime,
    Decision, Guest, ItemPaper, Meeting, MeetingDraft,
};
use pacta_core::voting::VoteRecord;

#[tauri::command]
#[specta::specta]
pub async fn list_meetings(
    state: State<'_, AppState>,
    body_id: Option<i64>,
) -> Result<Vec<Meeting>, ApiError> {
    state.with(move |p| meetings::list(p, body_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn meeting_detail(
    state: State<'_, AppState>,
    meeting_id: i64,
) -> Result<MeetingDetail, ApiError> {
    state.with(move |p| meetings::detail(p, meeting_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn schedule_meeting(
    state: State<'_, AppState>,
    body_id: i64,
    draft: MeetingDraft,
) -> Result<Meeting, ApiError> {
    state
        .with(move |p| meetings::schedule(p, body_id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn reschedule_meeting(
    state: State<'_, AppState>,
    meeting_id: i64,
    draft: MeetingDraft,
) -> Result<Meeting, ApiError> {
    state
        .with(move |p| meetings::reschedule(p, meeting_id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_meeting(state: State<'_, AppState>, meeting_id: i64) -> Result<(), ApiError> {
    state.with(move |p| meetings::delete(p, meeting_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_meeting_attendance(
    state: State<'_, AppState>,
    meeting_id: i64,
    attendance: Vec<Attendance>,
    guests: Vec<Guest>,
) -> Result<MeetingDetail, ApiError> {
    state
        .with(move |p| meetings::set_attendance(p, meeting_id, &attendance, &guests))
        .await
}

/// The quorum at a moment of the meeting, under a protocol (the body's first by default).
#[tauri::command]
#[specta::specta]
pub async fn meeting_quorum(
    state: State<'_, AppState>,
    meeting_id: i64,
    at: ClockTime,
    protocol_id: Option<i64>,
) -> Result<QuorumNow, ApiError> {
    state
        .with(move |p| meetings::quorum_at(p, meeting_id, at, protocol_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_agenda_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    draft: AgendaItemDraft,
) -> Result<AgendaItem, ApiError> {
    state
        .with(move |p| meetings::add_item(p, meeting_id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_standard_agenda_items(
    state: State<'_, AppState>,
    meeting_id: i64,
    language: Language,
) -> Result<Vec<AgendaItem>, ApiError> {
    state
        .with(move |p| meetings::add_standard_items(p, meeting_id, language))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_agenda_item(
    state: State<'_, AppState>,
    item_id: i64,
    draft: AgendaItemDraft,
) -> Result<AgendaItem, ApiError> {
    state
        .with(move |p| meetings::update_item(p, item_id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn move_agenda_item(
    state: State<'_, AppState>,
    item_id: i64,
    position: u32,
) -> Result<Vec<AgendaItem>, ApiError> {
    state
        .with(move |p| meetings::move_item(p, item_id, position))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_agenda_item(state: State<'_, AppState>, item_id: i64) -> Result<(), ApiError> {
    state.with(move |p| meetings::remove_item(p, item_id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_item_minutes(
    state: State<'_, AppState>,
    item_id: i64,
    summary: String,
    outcome: String,
) -> Result<AgendaItem, ApiError> {
    state
        .with(move |p| meetings::set_item_minutes(p, item_id, &summary, &outcome))
        .await
}

/// Closes a vote on a motion under an item, on the roll as attendance stands at its time.
#[tauri::command]
#[specta::specta]
pub async fn put_motion_to_vote(
    state: State<'_, AppState>,
    motion: MotionInput,
) -> Result<VoteRecord, ApiError> {
    state.with(move |p| meetings::put_to_vote(p, &motion)).await
}

#[tauri::command]
#[specta::specta]
pub async fn record_decision(
    state: State<'_, AppState>,
    item_id: i64,
    text: String,
    vote_id: Option<i64>,
    pillars: Vec<String>,
) -> Result<Decision, ApiError> {
    state
        .with(move |p| meetings::record_decision(p, item_id, &text, vote_id, &pillars))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn withdraw_decision(
    state: State<'_, AppState>,
    decision_id: i64,
) -> Result<(), ApiError> {
    state
        .with(move |p| meetings::withdraw_decision(p, decision_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn list_decisions(
    state: State<'_, AppState>,
    query: DecisionQuery,
) -> Result<Vec<Decision>, ApiError> {
    state.with(move |p| meetings::decisions(p, &query)).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_action_item(
    state: State<'_, AppState>,
    meeting_id: i64,
    item_id: Option<i64>,
    draft: ActionDraft,
) -> Result<ActionItem, ApiError> {
    state
        .with(move |p| meetings::add_action(p, meeting_id, item_id, &draft))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_action_item(
    state: State<'_, AppState>,
    action_id: i64,
    status: ActionStatus,
    note: String,
) -> Result<ActionItem, ApiError> {
    state
        .with(move |p| meetings::update_action(p, action_id, status, &note))
        .await
}

/// Overdue action items, per owner organisation.
#[tauri::command]
#[specta::specta]
pub async fn overdue_actions(state: State<'_, AppState>) -> Result<Vec<OwnerActions>, ApiError> {
    state.with(|p| meetings::overdue_actions(p)).await
}

#[tauri::command]
#[specta::specta]
pub async fn circulate_minutes(
    state: State<'_, AppState>,
    meeting_id: i64,
    to: Vec<String>,
) -> Result<MeetingDetail, ApiError> {
    state
        .with(move |p| meetings::circulate(p, meeting_id, &to))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn approve_minutes(
    state: State<'_, AppState>,
    meeting_id: i64,
    approval: Approval,
) -> Result<MeetingDetail, ApiError> {
    state
        .with(move |p| meetings::approve(p, meeting_id, &approval))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn return_minutes_to_draft(
    state: State<'_, AppState>,
    meeting_id: i64,
) -> Result<MeetingDetail, ApiError> {
    state
        .with(move |p| meetings::return_to_draft(p, meeting_id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_minutes_erratum(
    state: State<'_, AppState>,
    meeting_id: i64,
    text: String,
) -> Result<MeetingDetail, ApiError> {
    state
        .with(move |p| meetings::add_erratum(p, meeting_id, &text))
        .await
}

/// Writes the minutes as PDF to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_minutes(
    state: State<'_, AppState>,
    meeting_id: i64,
    path: String,
    grants: State<'_, PathGrants>,
    paper: Paper,
    language: Language,
) -> Result<ExportedFile, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| meeting_export::export_minutes(p, meeting_id, &path, paper, language))
        .await
}

/// Writes the convocation (the invitation letter with the agenda) as PDF to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_convocation(
    state: State<'_, AppState>,
    meeting_id: i64,
    path: String,
    grants: State<'_, PathGrants>,
    paper: Paper,
    language: Language,
) -> Result<ExportedFile, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| meeting_export::export_convocation(p, meeting_id, &path, paper, language))
        .await
}

/// Writes the invitation as an .ics calendar file to `path`.
#[tauri::command]
#[specta::specta]
pub async fn export_invitation(
    state: State<'_, AppState>,
    meeting_id: i64,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<ExportedFile, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| meeting_export::export_invitation(p, meeting_id, &path))
        .await
}

/// Keeps the file at `path` inside the partnership as a paper of an agenda item.
#[tauri::command]
#[specta::specta]
pub async fn attach_to_agenda_item(
    state: State<'_, AppState>,
    item_id: i64,
    path: String,
    grants: State<'_, PathGrants>,
) -> Result<ItemPaper, ApiError> {
    let path = state.spoken(grants.check(&path))?;
    state
        .with(move |p| meeting_papers::attach_file(p, item_id, &path))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_item_paper(state: State<'_, AppState>, paper_id: i64) -> Result<(), ApiError> {
    state
        .with(move |p| meeting_papers::detach(p, paper_id))
        .await
}

/// Opens a meeting paper with the system's viewer, from a copy in the temporary folder.
#[tauri::command]
#[specta::specta]
pub async fn open_item_paper(state: State<'_, AppState>, paper_id: i64) -> Result<(), ApiError> {
    open_paper_copy(state, move |p, pending| {
        let paper = meeting_papers::save_paper(p, paper_id, pending)?;
        Ok(format!("meeting-{paper_id}-{}", paper.file_name))
    })
    .await
}
