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

/// What a prompt asks: its heading, its one action, and whether that can be taken yet.
pub struct Question<'a> {
    pub id: &'a str,
    pub heading: &'a str,
    pub go: &'a str,
    pub can_go: bool,
    /// A wide prompt (a preview with a table in it) is held at the top of the window, so
    /// it does not move while its parts take their sizes.
    pub wide: bool,
}

/// A question over the board with something to read or choose first (`body`), then one
/// action and Cancel. The action (also Enter) only when `can_go`. `Some(true)` for the
/// action, `Some(false)` when cancelled or closed, `None` while open.
pub fn prompt_ui(
    ui: &Ui,
    tr: &I18n,
    question: &Question<'_>,
    body: impl FnOnce(&mut Ui),
) -> Option<bool> {
    let mut chosen = false;
    let mut cancel = false;
    let id = Id::unique(question.id);
    let mut modal = egui::Modal::new(id);
    if question.wide {
        modal = modal.area(
            egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 48.0)),
        );
    }
    let can_go = question.can_go;
    // However long the questions in a sheet, the prompt fits the window: its body scrolls
    // inside it and the action and Cancel stay in sight.
    let screen = ui.ctx().content_rect();
    let width = (if question.wide { 1100.0 } else { 660.0_f32 }).min(screen.width() - 64.0);
    let body_height = (screen.height() - 48.0 - 180.0).max(120.0);
    let modal = modal.show(ui.ctx(), |ui| {
        ui.set_width(width.max(240.0));
        ui.heading(question.heading);
        ui.add_space(8.0);
        egui::ScrollArea::both()
            .id_salt((question.id, "body"))
            .max_height(body_height)
            .max_width(width)
            .auto_shrink([false, true])
            .show(ui, body);
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let button = ui.add_enabled(can_go, egui::Button::new(question.go));
            chosen = button.clicked() || (can_go && ui.input(|i| i.key_pressed(egui::Key::Enter)));
            cancel = ui.button(tr.tr("action-cancel")).clicked();
        });
    });
    if cancel || modal.should_close() {
        return Some(false);
    }
    chosen.then_some(true)
}
