//! The status bar: counts and zoom, in words the room can read.

use eframe::egui::{self, Ui};

use crate::i18n::I18n;
use crate::model::Project;
use crate::ui::board::BoardView;

/// Draws note count, selection and zoom.
pub fn status_bar_ui(ui: &mut Ui, tr: &I18n, project: &Project, view: &BoardView) {
    ui.horizontal(|ui| {
        ui.label(tr.tr_args("status-notes", &[("count", project.notes.len().into())]));
        if !project.themes.is_empty() {
            let (themed, total) = crate::model::geometry::theme_progress(project);
            ui.separator();
            ui.label(tr.tr_args(
                "status-in-themes",
                &[("themed", themed.into()), ("total", total.into())],
            ));
        }
        if !view.selection.is_empty() {
            ui.separator();
            ui.label(tr.tr_args("status-selected", &[("count", view.selection.len().into())]));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let percent = (view.camera.zoom * 100.0).round() as u64;
            ui.label(tr.tr_args("status-zoom", &[("percent", percent.into())]));
        });
    });
}
