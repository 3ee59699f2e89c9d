//! The board's pointer: wheel and pinch zoom, clicks, drags and band selection, turned into
//! gestures whose meaning (what a drop does) the model's `command::gestures` decides.

use eframe::egui::{self, Event, Key, MouseWheelSource, PointerButton, Rect, Ui};

use super::camera::Camera;
use super::editors::start_editing_note;
use super::grouping::untitled_theme_title;
use super::view::{BoardView, EditTarget, Gesture};
use crate::command::Command;
use crate::i18n::I18n;
use crate::model::geometry::Hit;
use crate::model::geometry::{self, NOTE_BADGE_HEIGHT, NOTE_PADDING, NOTE_WIDTH};
use crate::model::{BoardPos, BoardRect, BoardVec, NoteId, Project};
use crate::ui::Intent;

pub(super) fn handle_wheel_and_pinch(ui: &Ui, canvas: Rect, camera: &mut Camera) {
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

/// What the pointer did on the board this frame: a drag started, moved or ended, a click or
/// a double click, each carried out on the view or emitted as an intent.
pub(super) fn handle_pointer(
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

    if response.drag_stopped()
        && let Some(gesture) = view.gesture.take()
    {
        end_gesture(gesture, project, view, tr, intents);
    }

    let pointer = response
        .interact_pointer_pos()
        .map(|p| board_at(&view.camera, p));
    let under = pointer.map_or(Hit::Nothing, |p| geometry::hit(project, p, &[]));
    if response.double_clicked() {
        double_click(under, pointer, project, view);
    } else if response.clicked() {
        click(under, adds_to_selection, view);
    }
}

/// A drag ended: notes dropped (onto a theme, a note, or the board), a theme moved or
/// merged (asked first), or what the band covers selected.
fn end_gesture(
    gesture: Gesture,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    intents: &mut Vec<Intent>,
) {
    match gesture {
        Gesture::MoveNotes { ids, grab, current } => {
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
        Gesture::MoveTheme {
            theme,
            grab,
            current,
        } => {
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
        Gesture::RubberBand { start, current } => {
            let band = BoardRect::from_corners(start, current);
            let hidden = geometry::hidden_notes(project);
            view.selected_theme = None;
            let visible_notes = project.notes.values().filter(|n| !hidden.contains(&n.id));
            view.selection
                .extend(geometry::notes_in_rect(visible_notes, band));
        }
        Gesture::Pan => {}
    }
}

/// A double click: edit the note or the theme's title under the pointer, or start a new
/// note there.
fn double_click(under: Hit, pointer: Option<BoardPos>, project: &Project, view: &mut BoardView) {
    match (under, pointer) {
        (Hit::Note(id), _) => start_editing_note(view, project, id),
        (Hit::Theme(theme), _) => {
            let title = project.themes[&theme].title.clone();
            view.start_title_editing(theme, title);
        }
        (Hit::Nothing, Some(at)) => {
            // Centre the new note's first line under the pointer.
            let pos = BoardPos::new(
                at.x - NOTE_WIDTH / 2.0,
                at.y - NOTE_PADDING - NOTE_BADGE_HEIGHT,
            );
            view.selection.clear();
            view.start_editing(EditTarget::New(pos), String::new());
        }
        (Hit::Nothing, None) => {}
    }
}

/// A click: select the note (or add it, with Shift or Ctrl) or the theme under the pointer;
/// on the bare board, select nothing.
fn click(under: Hit, adds_to_selection: bool, view: &mut BoardView) {
    match under {
        Hit::Note(id) if adds_to_selection => toggle(&mut view.selection, id),
        Hit::Note(id) => {
            view.selection.clear();
            view.selection.insert(id);
            view.selected_theme = None;
        }
        Hit::Theme(theme) => {
            view.selection.clear();
            view.selected_theme = Some(theme);
        }
        Hit::Nothing if !adds_to_selection => {
            view.selection.clear();
            view.selected_theme = None;
        }
        Hit::Nothing => {}
    }
}

/// What a press-and-drag starting at `grab` does: move notes, move a theme, draw a selection
/// band, or pan.
pub(super) fn start_gesture(
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

pub(super) fn toggle(selection: &mut std::collections::BTreeSet<NoteId>, id: NoteId) {
    if !selection.remove(&id) {
        selection.insert(id);
    }
}
