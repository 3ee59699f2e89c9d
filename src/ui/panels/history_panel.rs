//! The History tab: every change in plain words, newest first, so the whole room can see what
//! happened. Clicking an entry undoes the changes made after it (and Redo brings them back).

use eframe::egui::Ui;

use crate::command::History;
use crate::i18n::{self, I18n};
use crate::ui::Intent;

pub fn history_panel_ui(ui: &mut Ui, tr: &I18n, history: &History, intents: &mut Vec<Intent>) {
    let done: Vec<_> = history.done().collect();
    if done.is_empty() {
        ui.label(tr.tr("history-empty"));
        return;
    }
    ui.label(tr.tr("history-hint"));
    ui.separator();
    for (index, description) in done.iter().enumerate().rev() {
        let newer = done.len() - 1 - index;
        if ui
            .selectable_label(newer == 0, i18n::describe_change(tr, description))
            .clicked()
            && newer > 0
        {
            intents.push(Intent::UndoSteps(newer));
        }
    }
    if ui.selectable_label(false, tr.tr("history-start")).clicked() {
        intents.push(Intent::UndoSteps(done.len()));
    }
}
