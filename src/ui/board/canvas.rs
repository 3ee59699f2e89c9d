//! The board canvas: draws the notes from `&Project` and turns pointer and keyboard input into
//! view changes (camera, selection, gestures) and `Intent`s. It never changes the project.

use eframe::egui::epaint::Mesh;
use eframe::egui::{
    self, Color32, Event, Id, Key, Modifiers, MouseWheelSource, PointerButton, Rect, Role, Sense,
    Shape, Stroke, StrokeKind, TextEdit, Ui, WidgetInfo, vec2,
};

use super::camera::{Camera, KEY_ZOOM_STEP};
use super::note_paint::{self, NoteLook};
use super::pictures::PictureCache;
use super::theme_paint::{self, FrameLook};
use super::view::{BoardView, EditTarget, Gesture, Glide, PendingView};
use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::geometry::{
    self, NOTE_BADGE_HEIGHT, NOTE_FONT_SIZE, NOTE_PADDING, NOTE_WIDTH, note_height,
};
use crate::model::geometry::{DropTarget, Hit};
use crate::model::heading::{HEADING_FONT_SIZE, HEADING_HEIGHT};
use crate::model::layout::{self, THEME_PADDING, THEME_TITLE_HEIGHT};
use crate::model::navigation::{self, BoardItem};
use crate::model::project::sort_bottom_to_top;
use crate::model::{BoardPos, BoardRect, BoardVec, Note, NoteDetails, NoteId, Project, ThemeId};
use crate::ui::{Intent, labels, style};

/// How far one arrow-key press pans, in screen points.
const KEY_PAN_STEP_PX: f32 = 80.0;
/// How far Ctrl+arrow moves the selected notes, in board units.
const KEY_NUDGE_STEP: f32 = 20.0;
/// How long the "focus" glide takes.
const GLIDE_SECONDS: f64 = 0.45;
/// Closest the "focus" action zooms: one note fills much of a projector, still crisp.
const FOCUS_MAX_ZOOM: f32 = 2.0;

/// Draws the board and handles its input. `interactive` is false while a dialog is open.
pub fn canvas_ui(
    ui: &mut Ui,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    interactive: bool,
    intents: &mut Vec<Intent>,
) {
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
    let enter = interactive
        && !typing
        && ui.memory(|m| m.has_focus(id))
        && ui.input_mut(|i| {
            i.consume_key(Modifiers::NONE, Key::Space);
            i.consume_key(Modifiers::NONE, Key::Enter)
        });
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
            if board_focused {
                walk_with_keys(ui, project, view, &response);
            }
            handle_keys(ui, canvas, project, view, tr, enter, intents);
        }
    }
    let mut pictures = std::mem::take(&mut view.pictures);
    paint_board(ui, canvas, project, view, &mut pictures, tr);
    view.pictures = pictures;
    if board_focused {
        paint_focus_ring(ui, canvas, project, view);
    }
    note_editor_ui(ui, canvas, project, view, tr, intents);
    title_editor_ui(ui, canvas, project, view, tr, intents);
}

/// Zooms to show every note, or goes to the readable start view.
fn move_camera(
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
        PendingView::Fit => view.camera.fit(canvas, bounds),
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

/// The item with the keyboard focus: where Tab or an arrow last went, while it is still
/// selected; else the selected note or theme.
fn focused_item(view: &BoardView) -> Option<BoardItem> {
    let still_selected = |item: &BoardItem| match item {
        BoardItem::Note(id) => view.selection.contains(id),
        BoardItem::Theme(id) => view.selection.is_empty() && view.selected_theme == Some(*id),
    };
    view.keyboard_focus
        .filter(still_selected)
        .or_else(|| match view.selection.first() {
            Some(id) => Some(BoardItem::Note(*id)),
            None => view.selected_theme.map(BoardItem::Theme),
        })
}

/// Moves the keyboard focus to `item`, selecting it alone, or adding it to the selected
/// notes when `extend` (Shift+arrow).
fn focus_item(view: &mut BoardView, project: &Project, item: BoardItem, extend: bool) {
    match item {
        BoardItem::Note(id) if extend => {
            view.selection.insert(id);
            view.selected_theme = None;
        }
        BoardItem::Note(id) => {
            view.selection = [id].into();
            view.selected_theme = None;
        }
        BoardItem::Theme(id) => {
            view.selection.clear();
            view.selected_theme = Some(id);
        }
    }
    view.keyboard_focus = Some(item);
    if let Some(area) = navigation::item_rect(project, item) {
        view.request_reveal(area);
    }
}

/// Tab / Shift+Tab walk notes and themes in reading order; the arrows go to the nearest
/// item that way (with nothing focused they pan, in `handle_keys`). Escape with nothing
/// selected hands the keyboard back to the rest of the window.
fn walk_with_keys(ui: &Ui, project: &Project, view: &mut BoardView, board: &egui::Response) {
    let pressed = |modifiers: Modifiers, key: Key| ui.input_mut(|i| i.consume_key(modifiers, key));
    let current = focused_item(view);
    let tab = if pressed(Modifiers::SHIFT, Key::Tab) {
        Some(false)
    } else if pressed(Modifiers::NONE, Key::Tab) {
        Some(true)
    } else {
        None
    };
    if let Some(forward) = tab
        && let Some(item) = navigation::step(project, current, forward)
    {
        focus_item(view, project, item, false);
        return;
    }
    if let Some(current) = current {
        for (key, dx, dy) in [
            (Key::ArrowLeft, -1.0, 0.0),
            (Key::ArrowRight, 1.0, 0.0),
            (Key::ArrowUp, 0.0, -1.0),
            (Key::ArrowDown, 0.0, 1.0),
        ] {
            for extend in [true, false] {
                let modifiers = if extend {
                    Modifiers::SHIFT
                } else {
                    Modifiers::NONE
                };
                if pressed(modifiers, key)
                    && let Some(item) = navigation::nearest_in_direction(project, current, dx, dy)
                {
                    focus_item(view, project, item, extend);
                }
            }
        }
    } else if ui.input(|i| i.key_pressed(Key::Escape)) {
        board.surrender_focus();
    }
}

/// A ring around the focused item, outside the selection outline, thick enough to see from
/// the back of the room.
fn paint_focus_ring(ui: &Ui, canvas: Rect, project: &Project, view: &BoardView) {
    let Some(area) = focused_item(view).and_then(|item| navigation::item_rect(project, item))
    else {
        return;
    };
    let pal = style::palette(ui.ctx());
    let rect = view
        .camera
        .screen_rect_from_board(canvas, area)
        .expand(10.0);
    ui.painter_at(canvas).rect_stroke(
        rect,
        10.0,
        Stroke::new(4.0, pal.focus_ring),
        StrokeKind::Outside,
    );
}

/// Moves the camera along a glide in progress; any touch of the board stops it.
fn advance_glide(ui: &Ui, view: &mut BoardView) {
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

fn handle_wheel_and_pinch(ui: &Ui, canvas: Rect, camera: &mut Camera) {
    let Some(pointer) = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| canvas.contains(*p))
    else {
        return;
    };
    // A mouse wheel zooms (the way people expect on a board); two fingers on a trackpad pan;
    // Ctrl+wheel and pinch arrive as `zoom_delta`.
    let (wheel_zoom, trackpad_pan) = ui.input(|i| {
        let mut zoom = 1.0_f32;
        let mut pan = egui::Vec2::ZERO;
        for event in &i.events {
            if let Event::MouseWheel {
                unit,
                delta,
                source,
                modifiers,
                ..
            } = event
            {
                if modifiers.ctrl || modifiers.command {
                    continue;
                }
                let lines = match unit {
                    egui::MouseWheelUnit::Point => delta.y / 50.0,
                    egui::MouseWheelUnit::Line => delta.y,
                    egui::MouseWheelUnit::Page => delta.y * 10.0,
                };
                match source {
                    MouseWheelSource::Trackpad | MouseWheelSource::Momentum => pan += *delta,
                    _ => zoom *= 1.15_f32.powf(lines),
                }
            }
        }
        (zoom * i.zoom_delta(), pan)
    });
    if (wheel_zoom - 1.0).abs() > f32::EPSILON {
        camera.zoom_around(canvas, pointer, wheel_zoom);
    }
    if trackpad_pan != egui::Vec2::ZERO {
        camera.pan_by_screen(trackpad_pan);
    }
}

fn handle_pointer(
    ui: &Ui,
    response: &egui::Response,
    canvas: Rect,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    intents: &mut Vec<Intent>,
) {
    let modifiers = ui.input(|i| i.modifiers);
    let adds_to_selection = modifiers.shift || modifiers.command;
    let board_at = |camera: &Camera, p| camera.board_from_screen(canvas, p);

    if response.drag_started() {
        let origin = ui
            .input(|i| i.pointer.press_origin())
            .unwrap_or(canvas.center());
        let grab = board_at(&view.camera, origin);
        view.gesture = Some(start_gesture(
            ui,
            response,
            project,
            view,
            grab,
            adds_to_selection,
        ));
    }

    if response.dragged() {
        let pointer = ui.input(|i| i.pointer.latest_pos());
        match (&mut view.gesture, pointer) {
            (Some(Gesture::Pan), _) => view.camera.pan_by_screen(response.drag_delta()),
            (
                Some(
                    Gesture::MoveNotes { current, .. }
                    | Gesture::RubberBand { current, .. }
                    | Gesture::MoveTheme { current, .. },
                ),
                Some(p),
            ) => *current = board_at(&view.camera, p),
            _ => {}
        }
    }

    if response.drag_stopped() {
        match view.gesture.take() {
            Some(Gesture::MoveNotes { ids, grab, current }) => {
                if let Some(command) = crate::command::drop_notes(
                    project,
                    &ids,
                    grab,
                    current,
                    &untitled_theme_title(project, tr),
                ) {
                    intents.push(Intent::Edit(command));
                }
            }
            Some(Gesture::MoveTheme {
                theme,
                grab,
                current,
            }) => {
                if let Some(into) = geometry::theme_at_except(project, current, Some(theme)) {
                    // Dropped onto another theme: merging asks first.
                    intents.push(Intent::AskMerge { from: theme, into });
                } else if let Some(frame) = project.themes.get(&theme) {
                    let delta = BoardVec::new(current.x - grab.x, current.y - grab.y);
                    if delta != BoardVec::default() {
                        let to = frame.pos.offset(delta);
                        intents.push(Intent::Edit(Command::MoveTheme { theme, to }));
                    }
                }
            }
            Some(Gesture::RubberBand { start, current }) => {
                let band = BoardRect::from_corners(start, current);
                let hidden = geometry::hidden_notes(project);
                view.selected_theme = None;
                let visible_notes = project.notes.values().filter(|n| !hidden.contains(&n.id));
                view.selection
                    .extend(geometry::notes_in_rect(visible_notes, band));
            }
            Some(Gesture::Pan) | None => {}
        }
    }

    let pointer = response
        .interact_pointer_pos()
        .map(|p| board_at(&view.camera, p));
    let under = pointer.map_or(Hit::Nothing, |p| geometry::hit(project, p, &[]));
    let note_hit = if let Hit::Note(id) = under {
        Some(id)
    } else {
        None
    };
    let theme_hit = if let Hit::Theme(id) = under {
        Some(id)
    } else {
        None
    };
    if response.double_clicked() {
        match (note_hit, theme_hit, pointer) {
            (Some(id), _, _) => start_editing_note(view, project, id),
            (None, Some(theme), _) => {
                let title = project.themes[&theme].title.clone();
                view.start_title_editing(theme, title);
            }
            (None, None, Some(at)) => {
                // Centre the new note's first line under the pointer.
                let pos = BoardPos::new(
                    at.x - NOTE_WIDTH / 2.0,
                    at.y - NOTE_PADDING - NOTE_BADGE_HEIGHT,
                );
                view.selection.clear();
                view.start_editing(EditTarget::New(pos), String::new());
            }
            (None, None, None) => {}
        }
    } else if response.clicked() {
        match (note_hit, theme_hit) {
            (Some(id), _) if adds_to_selection => toggle(&mut view.selection, id),
            (Some(id), _) => {
                view.selection.clear();
                view.selection.insert(id);
                view.selected_theme = None;
            }
            (None, Some(theme)) => {
                view.selection.clear();
                view.selected_theme = Some(theme);
            }
            (None, None) if !adds_to_selection => {
                view.selection.clear();
                view.selected_theme = None;
            }
            (None, None) => {}
        }
    }
}

/// What a press-and-drag starting at `grab` does: move notes, move a theme, draw a selection
/// band, or pan.
fn start_gesture(
    ui: &Ui,
    response: &egui::Response,
    project: &Project,
    view: &mut BoardView,
    grab: BoardPos,
    adds_to_selection: bool,
) -> Gesture {
    let space_held = ui.input(|i| i.key_down(Key::Space));
    if !response.drag_started_by(PointerButton::Primary) || space_held {
        return Gesture::Pan;
    }
    let under = geometry::hit(project, grab, &[]);
    if let Hit::Note(id) = under {
        if !view.selection.contains(&id) {
            if !adds_to_selection {
                view.selection.clear();
            }
            view.selection.insert(id);
        }
        view.selected_theme = None;
        let ids = view.selection.iter().copied().collect();
        return Gesture::MoveNotes {
            ids,
            grab,
            current: grab,
        };
    }
    if let Hit::Theme(theme) = under {
        view.selection.clear();
        view.selected_theme = Some(theme);
        return Gesture::MoveTheme {
            theme,
            grab,
            current: grab,
        };
    }
    if adds_to_selection {
        Gesture::RubberBand {
            start: grab,
            current: grab,
        }
    } else {
        Gesture::Pan
    }
}

/// "Untitled theme 3": a name that says it still needs one.
fn untitled_theme_title(project: &Project, tr: &I18n) -> String {
    let title_for = |n: u32| tr.tr_args("theme-untitled", &[("number", Arg::from(n))]);
    let number = crate::model::theme::next_untitled_number(
        project.themes.values().map(|t| t.title.as_str()),
        title_for,
    );
    title_for(number)
}

/// Ctrl+G: the selected notes become a theme, framed where they are (the rule is
/// `command::group_notes`).
pub fn group_selection(project: &Project, view: &BoardView, tr: &I18n) -> Option<Command> {
    let notes: Vec<NoteId> = view.selection.iter().copied().collect();
    crate::command::group_notes(project, notes, &untitled_theme_title(project, tr))
}

fn toggle(selection: &mut std::collections::BTreeSet<NoteId>, id: NoteId) {
    if !selection.remove(&id) {
        selection.insert(id);
    }
}

fn start_editing_note(view: &mut BoardView, project: &Project, id: NoteId) {
    if let Some(note) = project.note(id) {
        view.selection.clear();
        view.selection.insert(id);
        view.start_editing(EditTarget::Existing(id), note.text.clone());
    }
}

fn handle_keys(
    ui: &Ui,
    canvas: Rect,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    enter: bool,
    intents: &mut Vec<Intent>,
) {
    let pressed = |modifiers: Modifiers, key: Key| ui.input_mut(|i| i.consume_key(modifiers, key));

    if !view.selection.is_empty() && pressed(Modifiers::NONE, Key::M) {
        intents.push(Intent::MoveToTheme);
    }
    if pressed(Modifiers::COMMAND, Key::G)
        && let Some(command) = group_selection(project, view, tr)
    {
        intents.push(Intent::Edit(command));
    }
    // Delete on a selected theme dissolves it: its notes stay, loose.
    if view.selection.is_empty()
        && let Some(theme) = view.selected_theme
        && (pressed(Modifiers::NONE, Key::Delete) || pressed(Modifiers::NONE, Key::Backspace))
    {
        intents.push(Intent::Edit(Command::DissolveTheme { theme }));
    }

    if pressed(Modifiers::COMMAND, Key::A) {
        // What can be seen: notes folded inside a collapsed theme are not selected.
        view.selection = geometry::visible_notes(project).into_iter().collect();
    }
    if !view.selection.is_empty()
        && (pressed(Modifiers::NONE, Key::Delete) || pressed(Modifiers::NONE, Key::Backspace))
    {
        let visible = geometry::visible_notes(project);
        let ids: Vec<NoteId> = view
            .selection
            .iter()
            .copied()
            .filter(|id| visible.contains(id))
            .collect();
        if !ids.is_empty() {
            intents.push(Intent::Edit(Command::DeleteNotes { ids }));
        }
    }
    if view.selection.len() == 1
        && (enter || pressed(Modifiers::NONE, Key::Enter))
        && let Some(id) = view.selection.first().copied()
    {
        start_editing_note(view, project, id);
    }
    if pressed(Modifiers::NONE, Key::Escape) {
        view.selection.clear();
        view.selected_theme = None;
    }
    if pressed(Modifiers::NONE, Key::F) {
        intents.push(Intent::ZoomToFit);
    }
    if pressed(Modifiers::NONE, Key::Z) {
        view.focus_on_selection(project);
    }
    // Lines pasted on the board become notes (after the app asks).
    let pasted = ui.input(|i| {
        i.events.iter().find_map(|event| match event {
            Event::Paste(text) if !text.trim().is_empty() => Some(text.clone()),
            _ => None,
        })
    });
    if let Some(text) = pasted {
        intents.push(Intent::Paste(text));
    }

    let anchor = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| canvas.contains(*p))
        .unwrap_or(canvas.center());
    // Plain + and - zoom the board; Ctrl + and Ctrl - size the interface text (the app's).
    if pressed(Modifiers::NONE, Key::Plus) || pressed(Modifiers::NONE, Key::Equals) {
        view.camera.zoom_around(canvas, anchor, KEY_ZOOM_STEP);
    }
    if pressed(Modifiers::NONE, Key::Minus) {
        view.camera.zoom_around(canvas, anchor, 1.0 / KEY_ZOOM_STEP);
    }

    let arrows = [
        (Key::ArrowLeft, vec2(1.0, 0.0)),
        (Key::ArrowRight, vec2(-1.0, 0.0)),
        (Key::ArrowUp, vec2(0.0, 1.0)),
        (Key::ArrowDown, vec2(0.0, -1.0)),
    ];
    for (key, direction) in arrows {
        let something_selected = !view.selection.is_empty()
            || view
                .selected_theme
                .is_some_and(|id| project.themes.contains_key(&id));
        if something_selected && pressed(Modifiers::COMMAND, key) {
            // Ctrl+arrow moves the selection the way the arrow points (a theme's notes move
            // with their theme: the rule is the model's).
            let step = BoardVec::new(-direction.x * KEY_NUDGE_STEP, -direction.y * KEY_NUDGE_STEP);
            let notes: Vec<_> = view.selection.iter().copied().collect();
            if let Some(command) = crate::command::nudge(project, &notes, view.selected_theme, step)
            {
                intents.push(Intent::Edit(command));
            }
        } else if pressed(Modifiers::NONE, key) {
            view.camera.pan_by_screen(direction * KEY_PAN_STEP_PX);
        }
    }
}

fn paint_board(
    ui: &Ui,
    canvas: Rect,
    project: &Project,
    view: &BoardView,
    pictures: &mut PictureCache,
    tr: &I18n,
) {
    let painter = ui.painter_at(canvas);
    let pal = style::palette(ui.ctx());
    painter.rect_filled(canvas, 0.0, pal.board_background);
    paint_grid(&painter, canvas, &view.camera);
    pictures.begin_frame(project);
    paint_headings(&painter, canvas, project, &view.camera);

    let camera = view.camera;
    let visible = camera.visible_board_rect(canvas).expand(40.0);
    let block_zoom = note_paint::is_block_zoom(camera.zoom);
    let drag = view.drag_offset();
    // A theme being dragged carries its notes.
    let theme_drag = view.theme_drag_offset();
    let carried: Vec<NoteId> = theme_drag
        .and_then(|(theme, _)| project.themes.get(&theme))
        .map(|theme| theme.notes.clone())
        .unwrap_or_default();
    let is_dragged =
        |id: NoteId| drag.is_some_and(|(ids, _)| ids.contains(&id)) || carried.contains(&id);
    let drop = match &view.gesture {
        Some(Gesture::MoveNotes { ids, current, .. }) => {
            Some(geometry::drop_target(project, ids, *current))
        }
        _ => None,
    };
    let editing = view.editing.as_ref().and_then(|e| match e.target {
        EditTarget::Existing(id) => Some(id),
        EditTarget::New(_) => None,
    });

    // Contributions placed in two themes carry a link mark.
    // Which theme each note is in, for what a screen reader says about it.
    let theme_titles: std::collections::HashMap<NoteId, &str> = project
        .themes
        .values()
        .flat_map(|theme| theme.notes.iter().map(|id| (*id, theme.title.as_str())))
        .collect();
    let linked: std::collections::BTreeSet<NoteId> = project
        .notes
        .values()
        .filter_map(|n| n.copy_of.map(|o| [o, n.id]))
        .flatten()
        .collect();
    let mut paint_one = |note: &Note, offset: BoardVec, block_mesh: &mut Mesh| {
        let board_rect = geometry::note_rect(note);
        let board_rect = BoardRect {
            min: board_rect.min.offset(offset),
            max: board_rect.max.offset(offset),
        };
        if !board_rect.intersects(&visible) {
            return;
        }
        let rect = camera.screen_rect_from_board(canvas, board_rect);
        let selected = view.selection.contains(&note.id) || drop == Some(DropTarget::Note(note.id));
        let lit = view.lit_notes().map(|notes| notes.contains(&note.id));
        if block_zoom {
            note_paint::add_block(block_mesh, pal, note, rect, selected);
            if lit == Some(false) {
                block_mesh.add_colored_rect(rect, pal.dimmed_overlay);
            }
            return;
        }
        let text = if editing == Some(note.id) {
            None
        } else {
            Some(note.text.as_str())
        };
        note_paint::paint_note(
            &painter,
            tr,
            &NoteLook {
                rect,
                zoom: camera.zoom,
                selected,
                text,
                linked: linked.contains(&note.id),
                details: &note.details,
                picture: note.picture.as_ref().map(|picture| {
                    let state = pictures.texture(ui.ctx(), note);
                    (state, geometry::picture_height(picture))
                }),
            },
        );
        let theme = theme_titles.get(&note.id).copied();
        expose_note(ui, tr, note, theme, rect, selected);
        match lit {
            Some(true) => {
                painter.rect_stroke(
                    rect.expand(3.0),
                    8.0,
                    Stroke::new(5.0, pal.accent),
                    StrokeKind::Outside,
                );
            }
            Some(false) => {
                painter.rect_filled(rect.expand(1.0), 6.0, pal.dimmed_overlay);
            }
            None => {}
        }
    };
    // Cull first, then stack: only what is on screen is sorted. A theme is one layer above
    // loose notes: loose notes, then frames, then the notes in them.
    let themed = geometry::themed_notes(project);
    let hidden = geometry::hidden_notes(project);
    let (mut members, mut loose): (Vec<&Note>, Vec<&Note>) = project
        .notes
        .values()
        .filter(|note| !is_dragged(note.id) && !hidden.contains(&note.id))
        .filter(|note| geometry::note_rect(note).intersects(&visible))
        .partition(|note| themed.contains(&note.id));
    sort_bottom_to_top(&mut loose);
    sort_bottom_to_top(&mut members);
    let flush = |mesh: Mesh| {
        if !mesh.is_empty() {
            painter.add(Shape::mesh(mesh));
        }
    };
    let mut mesh = Mesh::default();
    for note in loose {
        paint_one(note, BoardVec::default(), &mut mesh);
    }
    flush(std::mem::take(&mut mesh));
    paint_frames(ui, &painter, canvas, project, view, tr, drop);
    for note in members {
        paint_one(note, BoardVec::default(), &mut mesh);
    }
    // Dragged notes on top of the rest, where the pointer has them.
    if let Some((_, offset)) = theme_drag {
        for note in carried.iter().filter_map(|id| project.note(*id)) {
            paint_one(note, offset, &mut mesh);
        }
    }
    if let Some((ids, offset)) = drag {
        for note in ids.iter().filter_map(|id| project.note(*id)) {
            paint_one(note, offset, &mut mesh);
        }
    }
    flush(mesh);

    if let Some(Gesture::RubberBand { start, current }) = &view.gesture {
        let band = camera.screen_rect_from_board(canvas, BoardRect::from_corners(*start, *current));
        painter.rect(
            band,
            0.0,
            pal.rubber_band_fill,
            Stroke::new(2.0, pal.selection),
            StrokeKind::Inside,
        );
    }
}

/// Theme frames, under the notes; the dragged one where the pointer has it.
fn paint_frames(
    ui: &Ui,
    painter: &egui::Painter,
    canvas: Rect,
    project: &Project,
    view: &BoardView,
    tr: &I18n,
    drop: Option<DropTarget>,
) {
    let camera = view.camera;
    let visible = camera.visible_board_rect(canvas).expand(40.0);
    let theme_drag = view.theme_drag_offset();
    let editing_title = view.title_editing.as_ref().map(|e| e.theme);
    // A theme dragged over another would merge into it: show which.
    let merge_into = match &view.gesture {
        Some(Gesture::MoveTheme { theme, current, .. }) => {
            geometry::theme_at_except(project, *current, Some(*theme))
        }
        _ => None,
    };
    for theme in project.themes.values() {
        let mut frame = layout::theme_rect(theme, &project.notes);
        if let Some((_, offset)) = theme_drag.filter(|(id, _)| *id == theme.id) {
            frame = BoardRect {
                min: frame.min.offset(offset),
                max: frame.max.offset(offset),
            };
        }
        if !frame.intersects(&visible) {
            continue;
        }
        let rect = camera.screen_rect_from_board(canvas, frame);
        let selected = view.selected_theme == Some(theme.id);
        let look = FrameLook {
            theme,
            rect,
            zoom: camera.zoom,
            selected,
            drop_target: drop == Some(DropTarget::Theme(theme.id)) || merge_into == Some(theme.id),
            title_hidden: editing_title == Some(theme.id),
        };
        theme_paint::paint_frame(painter, tr, &look);
        if !note_paint::is_block_zoom(camera.zoom) {
            let response = ui.interact(rect, theme_widget_id(theme.id), Sense::hover());
            let label = tr.tr_args("theme-label", &[("title", Arg::Str(&theme.title))]);
            response.widget_info(|| WidgetInfo::selected(Role::Group, true, selected, &label));
        }
    }
}

/// The widget id of a theme's frame, from its model id.
pub fn theme_widget_id(id: ThemeId) -> Id {
    Id::unique(("cytun-theme", id.0))
}

/// The in-place editor over a theme's title band.
fn title_editor_ui(
    ui: &mut Ui,
    canvas: Rect,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    intents: &mut Vec<Intent>,
) {
    let Some(editor) = &mut view.title_editing else {
        return;
    };
    let Some(theme) = project.themes.get(&editor.theme) else {
        view.title_editing = None;
        return;
    };
    let zoom = view.camera.zoom;
    let frame = view
        .camera
        .screen_rect_from_board(canvas, layout::theme_rect(theme, &project.notes));
    let padding = THEME_PADDING * zoom;
    let band = Rect::from_min_size(
        frame.min + vec2(padding, padding * 0.4),
        vec2(
            frame.width() - 2.0 * padding,
            (THEME_TITLE_HEIGHT - THEME_PADDING * 0.6) * zoom,
        ),
    );
    let edit_id = Id::unique(("cytun-theme-title-editor", editor.theme.0));
    let response = ui.put(
        band,
        TextEdit::singleline(&mut editor.text)
            .id(edit_id)
            .font(egui::FontId::proportional(
                layout::THEME_TITLE_FONT_SIZE * zoom,
            ))
            .text_color(style::palette(ui.ctx()).board_text)
            .desired_width(band.width())
            .hint_text(theme.title.clone()),
    );
    // Typed in place, with no label beside it: say what it is to a screen reader.
    let name = tr.tr("theme-title-field");
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
    if !editor.focused_once {
        response.request_focus();
        // The old title is selected, so typing replaces it.
        let mut state = TextEdit::load_state(ui.ctx(), edit_id).unwrap_or_default();
        let all = egui::text::CCursorRange::two(
            egui::text::CCursor::new(0),
            egui::text::CCursor::new(editor.text.chars().count()),
        );
        state.cursor.set_char_range(Some(all));
        TextEdit::store_state(ui.ctx(), edit_id, state);
        editor.focused_once = true;
        return;
    }
    if response.lost_focus() || !response.has_focus() {
        let title = editor.text.trim().to_owned();
        if !title.is_empty() && title != theme.title {
            intents.push(Intent::Edit(Command::RenameTheme {
                theme: theme.id,
                title,
            }));
        }
        view.title_editing = None;
        // Back to the board for the keyboard (unless a click put it elsewhere).
        view.take_keyboard = true;
    }
}

/// Gives a drawn note a node in the accessibility tree: a screen reader hears its text, and UI
/// tests find it by label. Pointer input stays with the canvas (the node only senses hover).
fn expose_note(ui: &Ui, tr: &I18n, note: &Note, theme: Option<&str>, rect: Rect, selected: bool) {
    let id = note_widget_id(note.id);
    let response = ui.interact(rect, id, Sense::hover());
    // A picture is heard as its description, then its caption.
    let name = labels::note_name(tr, note);
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &name));
    let prompt = labels::prompt(tr, &note.details.prompt);
    let kind = labels::kind(tr, &note.details.kind);
    let mut args = vec![("prompt", Arg::Str(&prompt)), ("kind", Arg::Str(&kind))];
    let message = match theme {
        Some(title) => {
            args.push(("theme", Arg::Str(title)));
            "note-description-in-theme"
        }
        None => "note-description",
    };
    let description = tr.tr_args(message, &args);
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_description(description));
}

/// Column labels from an import, under everything else: large, so they read when the whole
/// board is in view.
fn paint_headings(painter: &egui::Painter, canvas: Rect, project: &Project, camera: &Camera) {
    let size = HEADING_FONT_SIZE * camera.zoom;
    if size < style::MIN_READABLE_TEXT_PX {
        return;
    }
    let visible = camera.visible_board_rect(canvas);
    for heading in project.headings.values() {
        let area = BoardRect::from_min_size(heading.pos, NOTE_WIDTH * 3.0, HEADING_HEIGHT);
        if !area.intersects(&visible) {
            continue;
        }
        painter.text(
            camera.screen_from_board(canvas, heading.pos),
            egui::Align2::LEFT_TOP,
            &heading.text,
            egui::FontId::proportional(size),
            style::palette(painter.ctx()).board_text,
        );
    }
}

/// The board's own widget id: stable, so its keyboard focus survives panels changing.
fn board_id() -> Id {
    Id::unique("cytun-board-canvas")
}

/// The widget id of a note: from its model id, so reordering never confuses two notes.
pub fn note_widget_id(id: NoteId) -> Id {
    Id::unique(("cytun-note", id.0))
}

/// Faint dots every 100 board units: they show that the board moved when panned.
fn paint_grid(painter: &egui::Painter, canvas: Rect, camera: &Camera) {
    const SPACING: f32 = 100.0;
    if camera.zoom < 0.35 {
        return;
    }
    let visible = camera.visible_board_rect(canvas);
    let mut x = (visible.min.x / SPACING).floor() * SPACING;
    let mut mesh = Mesh::default();
    let dot = 2.0 * camera.zoom.min(1.5);
    while x <= visible.max.x {
        let mut y = (visible.min.y / SPACING).floor() * SPACING;
        while y <= visible.max.y {
            let p = camera.screen_from_board(canvas, BoardPos::new(x, y));
            mesh.add_colored_rect(
                Rect::from_center_size(p, vec2(dot, dot)),
                style::palette(painter.ctx()).grid_dot,
            );
            y += SPACING;
        }
        x += SPACING;
    }
    painter.add(Shape::mesh(mesh));
}

/// The in-place text editor over the note being edited.
fn note_editor_ui(
    ui: &mut Ui,
    canvas: Rect,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    intents: &mut Vec<Intent>,
) {
    let Some(editor) = &mut view.editing else {
        return;
    };
    let default_details = NoteDetails::default();
    let (pos, details, original) = match editor.target {
        EditTarget::Existing(id) => {
            if let Some(note) = project.note(id) {
                (note.pos, &note.details, Some(note.text.as_str()))
            } else {
                view.editing = None;
                return;
            }
        }
        EditTarget::New(pos) => (pos, &default_details, None),
    };
    let zoom = view.camera.zoom;
    // A picture note's caption is typed under its picture.
    let picture = match editor.target {
        EditTarget::Existing(id) => project.note(id).and_then(|note| {
            let picture = note.picture.as_ref()?;
            let state = view.pictures.texture(ui.ctx(), note);
            Some((state, geometry::picture_height(picture)))
        }),
        EditTarget::New(_) => None,
    };
    let picture_height = picture.map_or(0.0, |(_, height)| height);
    let board_rect =
        BoardRect::from_min_size(pos, NOTE_WIDTH, note_height(&editor.text) + picture_height);
    let rect = view.camera.screen_rect_from_board(canvas, board_rect);
    let painter = ui.painter_at(canvas);
    // The note grows as the text does; the badge stays visible for context.
    let look = NoteLook {
        rect,
        zoom,
        selected: true,
        text: None,
        linked: false,
        details,
        picture,
    };
    note_paint::paint_note(&painter, tr, &look);

    let padding = NOTE_PADDING * zoom;
    let text_rect = Rect::from_min_max(
        rect.min
            + vec2(
                padding,
                padding + (NOTE_BADGE_HEIGHT + picture_height) * zoom,
            ),
        rect.max - vec2(padding, padding),
    );
    let edit_id = Id::unique(("cytun-note-editor", editor.target_key()));
    let response = ui.put(
        text_rect,
        TextEdit::multiline(&mut editor.text)
            .id(edit_id)
            .font(egui::FontId::proportional(NOTE_FONT_SIZE * zoom))
            .text_color(style::palette(ui.ctx()).note_text)
            .background_color(Color32::TRANSPARENT)
            .frame(egui::Frame::NONE)
            .hint_text(tr.tr("details-text-hint"))
            .desired_width(text_rect.width())
            .desired_rows(1),
    );
    let name = tr.tr("note-text-field");
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(name));
    if !editor.focused_once {
        response.request_focus();
        editor.focused_once = true;
        return;
    }
    if response.lost_focus() || !response.has_focus() {
        let text = std::mem::take(&mut editor.text);
        match (editor.target, original) {
            (EditTarget::Existing(id), Some(original)) if text != original => {
                intents.push(Intent::Edit(Command::SetNoteText { id, text }));
            }
            (EditTarget::New(pos), _) if !text.trim().is_empty() => {
                intents.push(Intent::Edit(Command::CreateNote {
                    pos,
                    text,
                    details: Box::default(),
                }));
            }
            _ => {}
        }
        view.editing = None;
        view.take_keyboard = true;
    }
}
