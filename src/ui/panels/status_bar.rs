//! The status bar: counts and zoom, in words the room can read.

use eframe::egui::{self, Ui};

use crate::i18n::I18n;
use crate::model::Project;
use crate::ui::board::BoardView;

/// Draws the note count and the selection. `board_state` names the board as it is (see
/// `Document::board_state_id`): the count of notes in themes is kept for it.
pub fn status_bar_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    board_state: u64,
    view: &BoardView,
) {
    let (themed, total) = theme_progress(ui, project, board_state);
    // Linked copies ("Also fits…") are more notes, not more contributions: both are
    // said, so the count beside "of N in themes" is the same N.
    ui.label(if total == project.notes.len() {
        tr.tr_args("status-notes", &[("count", total.into())])
    } else {
        tr.tr_args(
            "status-contributions-on-notes",
            &[
                ("contributions", total.into()),
                ("notes", project.notes.len().into()),
            ],
        )
    });
    if !project.themes.is_empty() {
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
}

/// The board's zoom, at the bar's right end (laid out before the rest, which wraps short of
/// it rather than running under it).
pub fn zoom_ui(ui: &mut Ui, tr: &I18n, view: &BoardView) {
    let percent = (view.camera.zoom * 100.0).round() as u64;
    ui.label(tr.tr_args("status-zoom", &[("percent", percent.into())]));
}

/// How many contributions are in themes, out of how many: counted once for each state of the
/// board, not every frame (it walks every note, and the bar is drawn in every frame).
fn theme_progress(ui: &Ui, project: &Project, board_state: u64) -> (usize, usize) {
    let id = egui::Id::unique("cytun-status-theme-progress");
    let kept = ui.data(|d| d.get_temp::<(u64, (usize, usize))>(id));
    if let Some((state, counts)) = kept
        && state == board_state
    {
        return counts;
    }
    let counts = crate::model::geometry::theme_progress(project);
    ui.data_mut(|d| d.insert_temp(id, (board_state, counts)));
    counts
}
