//! The shortcuts overlay (F1 or ?): every keyboard shortcut, in the current language, large
//! enough to read from the back of the room.

use eframe::egui::{self, Id, RichText, Ui};

use crate::i18n::I18n;

/// How the keys of a shortcut are written.
enum Keys {
    /// Key names every keyboard prints the same way.
    Literal(&'static str),
    /// Words that need translating: a catalogue id.
    Words(&'static str),
}

/// Each shortcut: its keys and what it does.
const SHORTCUTS: &[(Keys, &str)] = &[
    (Keys::Literal("Ctrl+Z"), "shortcut-undo"),
    (Keys::Literal("Ctrl+Shift+Z, Ctrl+Y"), "shortcut-redo"),
    (Keys::Literal("Ctrl+S"), "shortcut-save"),
    (Keys::Literal("Ctrl+Shift+S"), "shortcut-save-as"),
    (Keys::Literal("Ctrl+O"), "shortcut-open"),
    (Keys::Literal("Ctrl+N"), "shortcut-new"),
    (Keys::Literal("Ctrl+A"), "shortcut-select-all"),
    (Keys::Literal("Enter"), "shortcut-edit"),
    (Keys::Literal("Escape"), "shortcut-escape"),
    (Keys::Literal("Delete"), "shortcut-delete"),
    (Keys::Literal("Ctrl+G"), "shortcut-group"),
    (Keys::Literal("M"), "shortcut-move"),
    (Keys::Literal("F"), "shortcut-fit"),
    (Keys::Literal("Z"), "shortcut-focus"),
    (Keys::Literal("F11"), "shortcut-present"),
    (Keys::Literal("Ctrl+  Ctrl−  Ctrl+0"), "shortcut-text-size"),
    (Keys::Literal("Ctrl+F"), "shortcut-search"),
    (Keys::Literal("Ctrl+V"), "shortcut-paste"),
    (Keys::Literal("+  −"), "shortcut-zoom"),
    (Keys::Literal("Tab  Shift+Tab"), "shortcut-walk"),
    (Keys::Words("key-arrows"), "shortcut-pan"),
    (Keys::Words("key-shift-arrows"), "shortcut-extend"),
    (Keys::Words("key-ctrl-arrows"), "shortcut-nudge"),
    (Keys::Words("key-shift-drag"), "shortcut-band"),
    (Keys::Literal("F1  ?"), "shortcut-help"),
];

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
                        for (keys, action) in SHORTCUTS {
                            let keys = match keys {
                                Keys::Literal(keys) => (*keys).to_owned(),
                                Keys::Words(id) => tr.tr(id),
                            };
                            ui.label(RichText::new(keys).strong());
                            ui.label(tr.tr(action));
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
