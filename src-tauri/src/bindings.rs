//! The typed IPC surface: every command and event, exported to TypeScript for the page.

use specta_typescript::Typescript;
use tauri_specta::{collect_commands, collect_events, Builder};

use crate::commands::{
    agreements, backup, bodies, erasure, matrices, meetings, members, partnership, protection,
    transfer, verify, voting,
};
use crate::events;

/// Where the generated bindings live in the UI, relative to this crate.
pub const BINDINGS_PATH: &str = "../ui/src/lib/ipc/bindings.ts";

pub fn builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            partnership::partnership_info,
            partnership::startup_problem,
            partnership::open_partnership,
            partnership::create_partnership,
            partnership::save_partnership_copy,
            partnership::load_demo_partnership,
            partnership::recent_partnerships,
            partnership::data_folder,
            crate::commands::logs::log_folder,
            crate::commands::logs::open_log_folder,
            partnership::set_acting_user,
            partnership::rename_partnership,
            partnership::choose_file_to_open,
            partnership::choose_file_to_save,
            backup::backup_partnership,
            backup::preview_backup,
            backup::restore_backup,
            backup::backup_settings,
            backup::set_backup_settings,
            crate::commands::bundle::export_bundle,
            crate::commands::bundle::import_bundle,
            protection::passphrase_request,
            protection::dismiss_passphrase_request,
            protection::open_protected_partnership,
            protection::protect_partnership,
            protection::change_partnership_passphrase,
            protection::unprotect_partnership,
            protection::protection_settings,
            protection::set_idle_lock_minutes,
            protection::lock_partnership,
            verify::verify_partnership,
            crate::commands::activity::activity_filters,
            crate::commands::activity::activity_timeline,
            crate::commands::activity::record_history,
            crate::commands::activity::export_activity,
            members::list_members,
            members::member_detail,
            members::create_member,
            members::update_member,
            members::delete_member,
            members::change_member_status,
            members::add_representative,
            members::update_representative,
            members::remove_representative,
            erasure::preview_representative_erasure,
            erasure::erase_representative,
            members::recent_activity,
            bodies::list_bodies,
            bodies::body_detail,
            bodies::create_body,
            bodies::update_body,
            bodies::seat_member,
            bodies::unseat_member,
            bodies::set_body_distribution,
            bodies::set_chair_approves_minutes,
            transfer::preview_member_import,
            transfer::import_members,
            transfer::suggest_member_mapping,
            transfer::preview_mapped_member_import,
            transfer::import_mapped_members,
            transfer::export_members,
            transfer::export_member_directory,
            voting::protocol_presets,
            voting::describe_protocol,
            voting::set_locale,
            voting::list_protocols,
            voting::adopt_protocol,
            voting::body_roll,
            voting::preview_vote,
            voting::close_vote,
            voting::correct_vote,
            voting::edit_vote_motion,
            voting::list_votes,
            voting::vote_detail,
            agreements::agreement_templates,
            agreements::list_agreements,
            agreements::agreement_reminders,
            agreements::agreement_detail,
            agreements::create_agreement,
            agreements::save_agreement_text,
            agreements::move_agreement,
            agreements::sign_agreement,
            agreements::amend_agreement,
            agreements::compare_agreement_versions,
            agreements::export_agreement,
            crate::commands::agreement_word::import_agreement_from_word,
            crate::commands::agreement_word::review_agreement_redline,
            crate::commands::agreement_word::apply_agreement_redline,
            agreements::attach_to_agreement,
            agreements::remove_attachment,
            agreements::open_attachment,
            agreements::clause_library,
            agreements::save_library_clause,
            agreements::remove_library_clause,
            meetings::list_meetings,
            meetings::meeting_detail,
            meetings::schedule_meeting,
            meetings::reschedule_meeting,
            meetings::delete_meeting,
            meetings::set_meeting_attendance,
            meetings::meeting_quorum,
            meetings::add_agenda_item,
            meetings::add_standard_agenda_items,
            meetings::update_agenda_item,
            meetings::move_agenda_item,
            meetings::remove_agenda_item,
            meetings::attach_to_agenda_item,
            meetings::remove_item_paper,
            meetings::open_item_paper,
            meetings::set_item_minutes,
            meetings::put_motion_to_vote,
            meetings::record_decision,
            meetings::withdraw_decision,
            meetings::list_decisions,
            meetings::add_action_item,
            meetings::update_action_item,
            meetings::overdue_actions,
            meetings::circulate_minutes,
            meetings::approve_minutes,
            meetings::return_minutes_to_draft,
            meetings::add_minutes_erratum,
            meetings::export_minutes,
            meetings::export_convocation,
            meetings::export_invitation,
            matrices::matrix_templates,
            matrices::check_matrix,
            matrices::list_matrices,
            matrices::matrix_detail,
            matrices::create_matrix,
            matrices::save_matrix,
            matrices::new_matrix_version,
            matrices::annex_matrix,
            matrices::remove_matrix_annex,
            matrices::member_duties,
            matrices::action_from_matrix,
            matrices::export_matrix,
            matrices::preview_matrix_import,
            matrices::import_matrix,
        ])
        .constant("MEMBER_COLUMNS", pacta_core::MEMBER_COLUMNS)
        .events(collect_events![
            events::PartnershipChanged,
            events::MenuRequest,
            events::AppError,
            events::AutomaticBackupDone
        ])
        // Ids are SQLite rowids, far below 2^53: exact as JavaScript numbers.
        .dangerously_cast_bigints_to_number()
        // Every transport type reads and writes the same shape: one TypeScript type each.
        .disable_serde_phases()
}

/// Writes the TypeScript bindings to `path`.
pub fn export(path: &std::path::Path) -> Result<(), String> {
    builder()
        .export(Typescript::default().header("// Generated from the Rust commands by `cargo test -p pacta-desktop`; do not edit.\n"), path)
        .map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Fails when the committed bindings differ from what the Rust code generates; run with
    /// `PACTA_UPDATE_BINDINGS=1` to rewrite them.
    #[test]
    fn committed_bindings_are_current() {
        let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join(super::BINDINGS_PATH);
        let fresh = tempfile::tempdir().unwrap().keep().join("bindings.ts");
        super::export(&fresh).unwrap();
        let generated = std::fs::read_to_string(&fresh).unwrap();
        if std::env::var_os("PACTA_UPDATE_BINDINGS").is_some() {
            std::fs::write(&committed, &generated).unwrap();
        }
        let current = std::fs::read_to_string(&committed).unwrap_or_default();
        assert!(
            current == generated,
            "ui/src/lib/ipc/bindings.ts is stale: run `PACTA_UPDATE_BINDINGS=1 cargo test -p pacta-desktop bindings`"
        );
    }
}
