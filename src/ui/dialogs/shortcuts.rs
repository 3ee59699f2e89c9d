//! The shortcuts overlay (F1 or ?): every keyboard shortcut, in the current language, large
//! enough to read from the back of the room.

use eframe::egui::{self, Id, RichText, Ui};

use crate::i18n::I18n;
use crate::ui::shortcuts::{Keys, SHORTCUTS};

/// Shows the overlay; returns true when it should close.
pub fn shortcuts_ui(ui: &Ui, tr: &I18n) -> bool {
    let mut close = false;
    let modal = egui::Modal::new(Id::unique("cytun-shortcuts")).show(ui.ctx(), |ui| {
        ui.heading(tr.tr("shortcuts-heading"));
        ui.add_space(6.0);
        // Scrolls when large text makes the list taller than the screen.
        egui::ScrollArea::vertical()
            .max_height(720.0)
            .show(ui, |ui| {
                egui::Grid::new("cytun-shortcuts-grid")
                    .num_columns(2)
                    .spacing([28.0, 8.0])
                    .striped(true)
                    .show(ui, |ui| {
                        for shortcut in SHORTCUTS {
                            let keys = match shortcut.shown_as {
                                Keys::Literal(keys) => keys.to_owned(),
                                Keys::Words(id) => tr.tr(id),
                            };
                            ui.label(RichText::new(keys).strong());
                            ui.label(tr.tr(shortcut.label));
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
