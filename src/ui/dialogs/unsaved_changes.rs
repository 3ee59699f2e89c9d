//! "Save changes before …?": asked whenever unsaved work would otherwise be dropped.

use eframe::egui::{self, Id, Ui};

use crate::i18n::{Arg, I18n};

/// The user's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

/// Shows the question; returns the answer once given.
pub fn unsaved_changes_ui(ui: &Ui, tr: &I18n, project_name: &str) -> Option<UnsavedChoice> {
    let mut choice = None;
    let modal = egui::Modal::new(Id::unique("cytun-unsaved-changes")).show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        ui.heading(tr.tr("unsaved-heading"));
        ui.label(tr.tr_args("unsaved-question", &[("name", Arg::Str(project_name))]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(tr.tr("unsaved-save")).clicked() {
                choice = Some(UnsavedChoice::Save);
            }
            if ui.button(tr.tr("unsaved-discard")).clicked() {
                choice = Some(UnsavedChoice::Discard);
            }
            if ui.button(tr.tr("action-cancel")).clicked() {
                choice = Some(UnsavedChoice::Cancel);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(UnsavedChoice::Cancel);
    }
    choice
}
