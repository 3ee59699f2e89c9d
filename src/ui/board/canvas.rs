//! The board canvas: draws the notes from `&Project` and turns pointer and keyboard input into
//! view changes (camera, selection, gestures) and `Intent`s. It never changes the project.

use eframe::egui::epaint::Mesh;
use eframe::egui::{
    self, Color32, Event, Id, Key, Modifiers, MouseWheelSource, PointerButton, Rect, Role, Sense,
    Shape, Stroke, StrokeKind, TextEdit, Ui, WidgetInfo, vec2,
};

use super::camera::{Camera, KEY_ZOOM_STEP};
use super::note_paint::{self, NoteLook};
use super::view::{BoardView, EditTarget, Gesture, PendingView};
use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::geometry::{
    self, NOTE_BADGE_HEIGHT, NOTE_FONT_SIZE, NOTE_PADDING, NOTE_WIDTH, note_height,
};
use crate::model::project::sort_bottom_to_top;
use crate::model::{BoardPos, BoardRect, BoardVec, Note, NoteDetails, NoteId, Placement, Project};
use crate::ui::{Intent, labels, style};

/// How far one arrow-key press pans, in screen points.
const KEY_PAN_STEP_PX: f32 = 80.0;
/// How far Ctrl+arrow moves the selected notes, in board units.
const KEY_NUDGE_STEP: f32 = 20.0;

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
    let (canvas, response) = ui.allocate_exact_size(ui.available_size(), sense);
    response.widget_info(|| WidgetInfo::labeled(Role::Canvas, true, tr.tr("board-label")));
    view.canvas = Some(canvas);
    if let Some(pending) = view.pending_view.take() {
        move_camera(view, project, canvas, pending);
    }
    if interactive {
        handle_wheel_and_pinch(ui, canvas, &mut view.camera);
        handle_pointer(ui, &response, canvas, project, view, intents);
        if !ui.ctx().egui_wants_keyboard_input() {
            handle_keys(ui, canvas, project, view, intents);
        }
    }
    paint_board(ui, canvas, project, view, tr);
    note_editor_ui(ui, canvas, project, view, tr, intents);
}

/// Zooms to show every note, or goes to the readable start view.
fn move_camera(view: &mut BoardView, project: &Project, canvas: Rect, pending: PendingView) {
    let Some(bounds) = geometry::bounds_of(project.notes.values()) else {
        view.camera = Camera::default();
        return;
    };
    match pending {
        PendingView::Fit => view.camera.fit(canvas, bounds),
        PendingView::Home => view.camera.show_top_left(canvas, bounds.min),
    }
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
        let space_held = ui.input(|i| i.key_down(Key::Space));
        view.gesture = if !response.drag_started_by(PointerButton::Primary) || space_held {
            Some(Gesture::Pan)
        } else if let Some(id) = geometry::note_at(project.notes.values(), grab) {
            if !view.selection.contains(&id) {
                if !adds_to_selection {
                    view.selection.clear();
                }
                view.selection.insert(id);
            }
            Some(Gesture::MoveNotes {
                ids: view.selection.iter().copied().collect(),
                grab,
                current: grab,
            })
        } else if adds_to_selection {
            Some(Gesture::RubberBand {
                start: grab,
                current: grab,
            })
        } else {
            Some(Gesture::Pan)
        };
    }

    if response.dragged() {
        let pointer = ui.input(|i| i.pointer.latest_pos());
        match (&mut view.gesture, pointer) {
            (Some(Gesture::Pan), _) => view.camera.pan_by_screen(response.drag_delta()),
            (
                Some(Gesture::MoveNotes { current, .. } | Gesture::RubberBand { current, .. }),
                Some(p),
            ) => {
                *current = board_at(&view.camera, p);
            }
            _ => {}
        }
    }

    if response.drag_stopped() {
        match view.gesture.take() {
            Some(Gesture::MoveNotes { ids, grab, current }) => {
                let delta = BoardVec::new(current.x - grab.x, current.y - grab.y);
                if delta != BoardVec::default() {
                    let moves = dropped_on_top(project, &ids, delta);
                    intents.push(Intent::Edit(Command::MoveNotes { moves }));
                }
            }
            Some(Gesture::RubberBand { start, current }) => {
                let band = BoardRect::from_corners(start, current);
                view.selection
                    .extend(geometry::notes_in_rect(project.notes.values(), band));
            }
            Some(Gesture::Pan) | None => {}
        }
    }

    let hit = || {
        response
            .interact_pointer_pos()
            .and_then(|p| geometry::note_at(project.notes.values(), board_at(&view.camera, p)))
    };
    if response.double_clicked() {
        match hit() {
            Some(id) => start_editing_note(view, project, id),
            None => {
                if let Some(p) = response.interact_pointer_pos() {
                    let at = board_at(&view.camera, p);
                    // Centre the new note's first line under the pointer.
                    let pos = BoardPos::new(
                        at.x - NOTE_WIDTH / 2.0,
                        at.y - NOTE_PADDING - NOTE_BADGE_HEIGHT,
                    );
                    view.selection.clear();
                    view.start_editing(EditTarget::New(pos), String::new());
                }
            }
        }
    } else if response.clicked() {
        match hit() {
            Some(id) if adds_to_selection && !view.selection.remove(&id) => {
                view.selection.insert(id);
            }
            Some(id) => {
                view.selection.clear();
                view.selection.insert(id);
            }
            None if !adds_to_selection => view.selection.clear(),
            None => {}
        }
    }
}

/// Where dragged notes land: moved by `delta` and lifted above every other note, keeping their
/// order among themselves, the way a hand puts paper down on top.
fn dropped_on_top(project: &Project, ids: &[NoteId], delta: BoardVec) -> Vec<Placement> {
    let mut notes: Vec<&Note> = ids.iter().filter_map(|id| project.note(*id)).collect();
    sort_bottom_to_top(&mut notes);
    let top = project.top_z();
    notes
        .iter()
        .zip(1..)
        .map(|(note, lift)| Placement {
            id: note.id,
            pos: note.pos.offset(delta),
            z: top + lift,
        })
        .collect()
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
    intents: &mut Vec<Intent>,
) {
    let pressed = |modifiers: Modifiers, key: Key| ui.input_mut(|i| i.consume_key(modifiers, key));

    if pressed(Modifiers::COMMAND, Key::A) {
        view.selection = project.notes.keys().copied().collect();
    }
    if !view.selection.is_empty()
        && (pressed(Modifiers::NONE, Key::Delete) || pressed(Modifiers::NONE, Key::Backspace))
    {
        intents.push(Intent::Edit(Command::DeleteNotes {
            ids: view.selection.iter().copied().collect(),
        }));
    }
    if view.selection.len() == 1
        && pressed(Modifiers::NONE, Key::Enter)
        && let Some(id) = view.selection.first().copied()
    {
        start_editing_note(view, project, id);
    }
    if pressed(Modifiers::NONE, Key::Escape) {
        view.selection.clear();
    }
    if pressed(Modifiers::NONE, Key::F) {
        intents.push(Intent::ZoomToFit);
    }

    let anchor = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| canvas.contains(*p))
        .unwrap_or(canvas.center());
    for modifiers in [Modifiers::NONE, Modifiers::COMMAND] {
        if pressed(modifiers, Key::Plus) || pressed(modifiers, Key::Equals) {
            view.camera.zoom_around(canvas, anchor, KEY_ZOOM_STEP);
        }
        if pressed(modifiers, Key::Minus) {
            view.camera.zoom_around(canvas, anchor, 1.0 / KEY_ZOOM_STEP);
        }
    }

    let arrows = [
        (Key::ArrowLeft, vec2(1.0, 0.0)),
        (Key::ArrowRight, vec2(-1.0, 0.0)),
        (Key::ArrowUp, vec2(0.0, 1.0)),
        (Key::ArrowDown, vec2(0.0, -1.0)),
    ];
    for (key, direction) in arrows {
        if pressed(Modifiers::COMMAND, key) && !view.selection.is_empty() {
            // Ctrl+arrow moves the selection the way the arrow points.
            let step = BoardVec::new(-direction.x * KEY_NUDGE_STEP, -direction.y * KEY_NUDGE_STEP);
            let moves = view
                .selection
                .iter()
                .filter_map(|id| project.note(*id))
                .map(|note| Placement {
                    id: note.id,
                    pos: note.pos.offset(step),
                    z: note.z,
                })
                .collect();
            intents.push(Intent::Edit(Command::MoveNotes { moves }));
        } else if pressed(Modifiers::NONE, key) {
            view.camera.pan_by_screen(direction * KEY_PAN_STEP_PX);
        }
    }
}

fn paint_board(ui: &Ui, canvas: Rect, project: &Project, view: &BoardView, tr: &I18n) {
    let painter = ui.painter_at(canvas);
    painter.rect_filled(canvas, 0.0, style::BOARD_BACKGROUND);
    paint_grid(&painter, canvas, &view.camera);

    let camera = view.camera;
    let visible = camera.visible_board_rect(canvas).expand(40.0);
    let block_zoom = note_paint::is_block_zoom(camera.zoom);
    let drag = view.drag_offset();
    let is_dragged = |id: NoteId| drag.is_some_and(|(ids, _)| ids.contains(&id));
    let editing = view.editing.as_ref().and_then(|e| match e.target {
        EditTarget::Existing(id) => Some(id),
        EditTarget::New(_) => None,
    });

    let mut block_mesh = Mesh::default();
    let mut paint_one = |note: &Note, offset: BoardVec| {
        let board_rect = geometry::note_rect(note);
        let board_rect = BoardRect {
            min: board_rect.min.offset(offset),
            max: board_rect.max.offset(offset),
        };
        if !board_rect.intersects(&visible) {
            return;
        }
        let rect = camera.screen_rect_from_board(canvas, board_rect);
        let selected = view.selection.contains(&note.id);
        if block_zoom {
            note_paint::add_block(&mut block_mesh, note, rect, selected);
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
                details: &note.details,
            },
        );
        expose_note(ui, tr, note, rect, selected);
    };
    // Cull first, then stack: only what is on screen is sorted.
    let mut on_screen: Vec<&Note> = project
        .notes
        .values()
        .filter(|note| !is_dragged(note.id) && geometry::note_rect(note).intersects(&visible))
        .collect();
    sort_bottom_to_top(&mut on_screen);
    for note in on_screen {
        paint_one(note, BoardVec::default());
    }
    // Dragged notes on top of the rest, where the pointer has them.
    if let Some((ids, offset)) = drag {
        for note in ids.iter().filter_map(|id| project.note(*id)) {
            paint_one(note, offset);
        }
    }
    if !block_mesh.is_empty() {
        painter.add(Shape::mesh(block_mesh));
    }

    if let Some(Gesture::RubberBand { start, current }) = &view.gesture {
        let band = camera.screen_rect_from_board(canvas, BoardRect::from_corners(*start, *current));
        painter.rect(
            band,
            0.0,
            style::RUBBER_BAND_FILL,
            Stroke::new(2.0, style::SELECTION),
            StrokeKind::Inside,
        );
    }
}

/// Gives a drawn note a node in the accessibility tree: a screen reader hears its text, and UI
/// tests find it by label. Pointer input stays with the canvas (the node only senses hover).
fn expose_note(ui: &Ui, tr: &I18n, note: &Note, rect: Rect, selected: bool) {
    let id = note_widget_id(note.id);
    let response = ui.interact(rect, id, Sense::hover());
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &note.text));
    let description = tr.tr_args(
        "note-description",
        &[
            (
                "prompt",
                Arg::Str(&labels::prompt(tr, &note.details.prompt)),
            ),
            ("kind", Arg::Str(&labels::kind(tr, &note.details.kind))),
        ],
    );
    ui.ctx()
        .accesskit_node_builder(id, |node| node.set_description(description));
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
                style::BOARD_GRID_DOT,
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
    let board_rect = BoardRect::from_min_size(pos, NOTE_WIDTH, note_height(&editor.text));
    let rect = view.camera.screen_rect_from_board(canvas, board_rect);
    let painter = ui.painter_at(canvas);
    // The note grows as the text does; the badge stays visible for context.
    let look = NoteLook {
        rect,
        zoom,
        selected: true,
        text: None,
        details,
    };
    note_paint::paint_note(&painter, tr, &look);

    let padding = NOTE_PADDING * zoom;
    let text_rect = Rect::from_min_max(
        rect.min + vec2(padding, padding + NOTE_BADGE_HEIGHT * zoom),
        rect.max - vec2(padding, padding),
    );
    let edit_id = Id::unique(("cytun-note-editor", editor.target_key()));
    let response = ui.put(
        text_rect,
        TextEdit::multiline(&mut editor.text)
            .id(edit_id)
            .font(egui::FontId::proportional(NOTE_FONT_SIZE * zoom))
            .text_color(style::NOTE_TEXT)
            .background_color(Color32::TRANSPARENT)
            .frame(egui::Frame::NONE)
            .hint_text(tr.tr("details-text-hint"))
            .desired_width(text_rect.width())
            .desired_rows(1),
    );
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
    }
}
