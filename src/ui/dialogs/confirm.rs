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

/// A question over the board with something to read or choose first (`body`), then one
/// action and Cancel. The action (also Enter) only when `can_go`. `Some(true)` for the
/// action, `Some(false)` when cancelled or closed, `None` while open.
pub fn prompt_ui(
    ui: &Ui,
    tr: &I18n,
    id: &str,
    heading: &str,
    go: &str,
    can_go: bool,
    body: impl FnOnce(&mut Ui),
) -> Option<bool> {
    let mut chosen = false;
    let mut cancel = false;
    let modal = egui::Modal::new(Id::unique(id)).show(ui.ctx(), |ui| {
        ui.set_width(660.0);
        ui.heading(heading);
        ui.add_space(8.0);
        body(ui);
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let button = ui.add_enabled(can_go, egui::Button::new(go));
            chosen = button.clicked() || (can_go && ui.input(|i| i.key_pressed(egui::Key::Enter)));
            cancel = ui.button(tr.tr("action-cancel")).clicked();
        });
    });
    if cancel || modal.should_close() {
        return Some(false);
    }
    chosen.then_some(true)
}
