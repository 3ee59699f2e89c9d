//! The keyboard's focus ring on the board: round the item the keyboard is on, as far out as
//! its neighbours leave room.

use eframe::egui::{Rect, Stroke, StrokeKind, Ui};

use super::keys::focused_item;
use super::view::BoardView;
use crate::model::Project;
use crate::model::layout;
use crate::model::navigation;
use crate::ui::style;

/// How far the keyboard's focus ring reaches out from what it is round, in screen points.
const FOCUS_RING_REACH: f32 = 14.0;

/// A ring around the focused item, outside the selection outline, thick enough to see from
/// the back of the room.
pub(super) fn paint_focus_ring(ui: &Ui, canvas: Rect, project: &Project, view: &BoardView) {
    let Some(area) = focused_item(view).and_then(|item| navigation::item_rect(project, item))
    else {
        return;
    };
    let pal = style::palette(ui.ctx());
    // As far out as the nearest neighbour allows (14 points at most), never over it: a
    // ring over the badges of the notes below a theme hides what they say.
    let zoom = view.camera.zoom;
    let index = view.kept.index(project);
    let room = layout::clearance(
        project,
        index.frames(project),
        area,
        FOCUS_RING_REACH / zoom,
    ) * zoom;
    let reach = (room * 0.8).clamp(3.0, FOCUS_RING_REACH);
    let width = (reach * 0.3).clamp(2.0, 4.0);
    let rect = view
        .camera
        .screen_rect_from_board(canvas, area)
        .expand(reach - width);
    ui.painter_at(canvas).rect_stroke(
        rect,
        10.0,
        Stroke::new(width, pal.focus_ring),
        StrokeKind::Outside,
    );
}
