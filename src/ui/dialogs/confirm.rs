//! A plain yes-or-no question, for changes that are large enough to ask about first.

use eframe::egui::{self, Id, Ui};

use crate::i18n::I18n;

/// Shows the question; `Some(true)` when confirmed, `Some(false)` when cancelled.
pub fn confirm_ui(
    ui: &Ui,
    tr: &I18n,
    id: &str,
    heading: &str,
    question: &str,
    confirm: &str,
) -> Option<bool> {
    let mut choice = None;
    let modal = egui::Modal::new(Id::unique(id)).show(ui.ctx(), |ui| {
        ui.set_max_width(640.0);
        ui.heading(heading);
        ui.label(question);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(confirm).clicked() {
                choice = Some(true);
            }
            if ui.button(tr.tr("action-cancel")).clicked() {
                choice = Some(false);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(false);
    }
    choice
}
