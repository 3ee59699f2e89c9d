//! The board canvas: the one entry point that draws the board from `&Project` and routes its
//! input: the camera's moves here, keys in `keys`, the pointer in `pointer`, drawing in `paint`,
//! the text editors in `editors`, screen-reader nodes in `access`. It never changes the project.

use eframe::egui::{self, Key, Modifiers, Rect, Role, Sense, Ui, WidgetInfo};

use super::access::board_id;
use super::camera::Camera;
use super::editors::{note_editor_ui, title_editor_ui};
use super::focus_ring::paint_focus_ring;
use super::keys::{BoardKeys, handle_keys};
use super::paint::paint_board;
use super::pointer::{handle_pointer, handle_wheel_and_pinch};
use super::theme_paint;
use super::view::{BoardView, Glide, PendingView};
use crate::i18n::I18n;
use crate::model::Project;
use crate::model::layout::{self};
use crate::ui::Intent;
use crate::ui::reuse::board_pan::{self as pan_cache, BoardLook};
use crate::ui::shortcuts::{self, Action, Scope};

/// How long the "focus" glide takes.
pub(super) const GLIDE_SECONDS: f64 = 0.45;

/// Closest the "focus" action zooms: one note fills much of a projector, still crisp.
pub(super) const FOCUS_MAX_ZOOM: f32 = 2.0;

/// Draws the board and handles its input. `interactive` is false while a dialog is open.
pub fn canvas_ui(
    ui: &mut Ui,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    interactive: bool,
    intents: &mut Vec<Intent>,
) {
    profiling::function_scope!();
    let sense = if interactive {
        Sense::click_and_drag()
    } else {
        Sense::hover()
    };
    let (_, canvas) = ui.allocate_space(ui.available_size());
    // Enter on the focused board edits the selected note; egui would also count it (and
    // Space) as a click on the board, so the board takes those keys before it senses clicks.
    let id = board_id();
    let typing = ui.ctx().text_edit_focused();
    let enter = interactive && !typing && ui.memory(|m| m.has_focus(id)) && {
        // Space is held to pan by dragging (a gesture), never a click on the board.
        ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Space));
        shortcuts::take(ui, Scope::Board, Action::Edit)
    };
    let response = ui.interact(canvas, id, sense);
    response.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, tr.tr("board-label")));
    view.canvas = Some(canvas);
    let now = ui.input(|i| i.time);
    if let Some((pending, made_for, gave)) = view.settling
        && made_for != canvas
        && view.pending_view.is_none()
    {
        if view.camera == gave {
            view.pending_view = Some(pending);
        } else {
            view.settling = None;
        }
    }
    if let Some(pending) = view.pending_view.take() {
        move_camera(view, project, canvas, pending, now);
        view.settling = matches!(pending, PendingView::Home | PendingView::Fit).then_some((
            pending,
            canvas,
            view.camera,
        ));
    }
    advance_glide(ui, view);
    let board_focused = response.has_focus();
    if interactive {
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        if (std::mem::take(&mut view.take_keyboard) && nothing_focused)
            || response.clicked()
            || response.drag_started()
            || response.double_clicked()
        {
            // The board takes the keyboard: Tab and the arrows then walk its notes.
            response.request_focus();
        }
        if board_focused {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    response.id,
                    egui::EventFilter {
                        tab: true,
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        escape: false,
                    },
                );
            });
        }
        handle_wheel_and_pinch(ui, canvas, &mut view.camera);
        handle_pointer(ui, &response, canvas, project, view, tr, intents);
        // The board's keys work when it has the keyboard, or nothing has: a focused text
        // field, button or list in a panel keeps its keys (Enter there is its own click).
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        if (board_focused || nothing_focused) && !ui.ctx().text_edit_focused() {
            let keys = BoardKeys {
                board: &response,
                focused: board_focused,
                enter,
            };
            handle_keys(ui, canvas, project, view, tr, keys, intents);
        }
    }
    if let Some(motion) = &mut view.motion {
        if motion.tick(now) {
            ui.ctx().request_repaint();
        } else {
            view.motion = None;
        }
    }
    // While only the camera moves, last frame's pixels are shifted and only what the move
    // uncovered is drawn (see `pan_cache`).
    let ppp = ui.ctx().pixels_per_point();
    let mut pictures = std::mem::take(&mut view.kept.pictures);
    let look = BoardLook::of(ui.ctx(), view, canvas, tr.language());
    let plan = view.kept.pan.plan(
        look.key(),
        pan_cache::origin_in_pixels(view, canvas, ppp),
        crate::ui::reuse::pixel_copy::PixelRect::of(canvas, ppp),
        ui.ctx().cumulative_frame_nr(),
    );
    let start = view.kept.pan.before_board(ui, canvas, &plan);
    let only = plan.strips_in_points(ppp);
    paint_board(ui, project, view, &look, &mut pictures, tr, only.as_deref());
    let settled = !pictures.waiting();
    view.kept.pictures = pictures;
    view.kept.pan.after_board(ui, canvas, start, &plan, settled);
    if board_focused {
        paint_focus_ring(ui, canvas, project, view);
    }
    note_editor_ui(ui, canvas, project, view, tr, intents);
    title_editor_ui(ui, canvas, project, view, tr, intents);
}

/// Zooms to show every note, or goes to the readable start view.
pub(super) fn move_camera(
    view: &mut BoardView,
    project: &Project,
    canvas: Rect,
    pending: PendingView,
    now: f64,
) {
    let Some(bounds) = layout::occupied(project) else {
        view.camera = Camera::default();
        return;
    };
    match pending {
        // Room at the top for the titles set above the top row's frames.
        PendingView::Fit => {
            let room = Rect::from_min_max(
                egui::pos2(canvas.left(), canvas.top() + theme_paint::TITLE_ROOM_PX),
                canvas.max,
            );
            view.camera.fit_within(canvas, room, bounds, 1.0);
        }
        PendingView::Home => view.camera.show_top_left(canvas, bounds.min),
        PendingView::Show(area) => view.camera.fit(canvas, area),
        PendingView::Reveal(area) => view.camera.reveal(canvas, area),
        PendingView::Focus(area) => {
            let mut to = view.camera;
            // Below whatever covers the top of the board (the timer), so nothing hides it.
            let top = view
                .keep_clear
                .filter(|clear| clear.intersects(canvas))
                .map_or(canvas.top(), |clear| {
                    (clear.bottom() + 8.0).min(canvas.bottom() - 100.0)
                });
            let room = Rect::from_min_max(egui::pos2(canvas.left(), top), canvas.max);
            to.fit_within(canvas, room, area, FOCUS_MAX_ZOOM);
            view.glide = Some(Glide {
                from: view.camera,
                to,
                started: now,
            });
        }
    }
}

/// Moves the camera along a glide in progress; any touch of the board stops it.
pub(super) fn advance_glide(ui: &Ui, view: &mut BoardView) {
    let Some(glide) = view.glide else {
        return;
    };
    let interrupted = ui.input(|i| {
        i.pointer.any_pressed()
            || i.smooth_scroll_delta != egui::Vec2::ZERO
            || (i.zoom_delta() - 1.0).abs() > f32::EPSILON
    });
    let t = ((ui.input(|i| i.time) - glide.started) / GLIDE_SECONDS) as f32;
    if interrupted || t >= 1.0 {
        if !interrupted {
            view.camera = glide.to;
        }
        view.glide = None;
        return;
    }
    // Ease in and out: starts and ends gently.
    let eased = t * t * (3.0 - 2.0 * t);
    view.camera = glide.from.towards(&glide.to, eased);
    ui.ctx().request_repaint();
}
