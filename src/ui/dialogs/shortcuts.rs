//! The shortcuts overlay (F1 or ?): every keyboard shortcut, in the current language, large
//! enough to read from the back of the room.

use eframe::egui::{self, Id, RichText, Ui};

use crate::i18n::I18n;
use crate::ui::shortcuts::{Keys, SHORTCUTS};

/// Shows the overlay; returns true when it should close.
pub fn shortcuts_ui(ui: &Ui, tr: &I18n) -> bool {
    let mut close = false;
    let screen = ui.ctx().content_rect();
    let modal = egui::Modal::new(Id::unique("cytun-shortcuts")).show(ui.ctx(), |ui| {
        // Never wider than the window: long descriptions wrap instead.
        ui.set_max_width((screen.width() - 96.0).clamp(320.0, 1100.0));
        ui.heading(tr.tr("shortcuts-heading"));
        ui.add_space(6.0);
        // Scrolls when large text makes the list taller than the window: the heading and
        // the close button always stay on screen, the list opening at its top.
        let room = (screen.height() - 260.0).clamp(160.0, 720.0);
        egui::ScrollArea::vertical()
            .max_height(room)
            .show(ui, |ui| {
                egui::Grid::new("cytun-shortcuts-grid")
                    .num_columns(2)
                    .max_col_width(((screen.width() - 160.0) * 0.6).max(160.0))
                    .spacing([28.0, 8.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for shortcut in SHORTCUTS {
                            let keys = match shortcut.shown_as {
                                Keys::Literal(keys) => keys.to_owned(),
                                Keys::Words(id) => tr.tr(id),
                            };
                            ui.add(egui::Label::new(RichText::new(keys).strong()).wrap());
                            ui.add(egui::Label::new(tr.tr(shortcut.label)).wrap());
                            ui.end_row();
                        }
                    });
            });
        ui.add_space(8.0);
        if ui.button(tr.tr("action-dismiss")).clicked() {
            close = true;
        }
    });
    close || modal.should_close()
}
