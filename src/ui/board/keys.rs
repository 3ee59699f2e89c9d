//! The board's keys: shortcuts from the one table (`ui::shortcuts`) turned into view changes
//! and intents, and walking the notes with Tab and the arrows.

use eframe::egui::{self, Event, Key, Modifiers, Rect, Ui, vec2};

use super::camera::KEY_ZOOM_STEP;
use super::editors::start_editing_note;
use super::grouping::group_selection;
use super::view::BoardView;
use crate::i18n::I18n;
use crate::model::geometry::{self};
use crate::model::navigation::{self, BoardItem};
use crate::model::{BoardVec, Project};
use crate::ui::Intent;
use crate::ui::shortcuts::{self, Action, Scope};

/// How far one arrow-key press pans, in screen points.
pub(super) const KEY_PAN_STEP_PX: f32 = 80.0;

/// How far Ctrl+arrow moves the selected notes, in board units.
pub(super) const KEY_NUDGE_STEP: f32 = 20.0;

pub(super) fn handle_keys(
    ui: &Ui,
    canvas: Rect,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    enter: bool,
    intents: &mut Vec<Intent>,
) {
    let mut actions = shortcuts::pressed(ui, Scope::Board);
    if enter && !actions.contains(&Action::Edit) {
        actions.push(Action::Edit);
    }
    let anchor = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| canvas.contains(*p))
        .unwrap_or(canvas.center());
    for action in actions {
        act_on_key(action, canvas, anchor, project, view, tr, intents);
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
    move_with_arrows(ui, project, view, intents);
}

/// What one of the board's shortcuts does, given what is selected.
fn act_on_key(
    action: Action,
    canvas: Rect,
    anchor: egui::Pos2,
    project: &Project,
    view: &mut BoardView,
    tr: &I18n,
    intents: &mut Vec<Intent>,
) {
    match action {
        Action::MoveToTheme if !view.selection.is_empty() => intents.push(Intent::MoveToTheme),
        Action::Group => {
            if let Some(command) = group_selection(project, view, tr) {
                intents.push(Intent::Edit(command));
            }
        }
        // What can be seen: notes folded inside a collapsed theme are not selected.
        Action::SelectAll => {
            view.selection = geometry::visible_notes(project).into_iter().collect();
        }
        Action::Delete => {
            if let Some(command) = crate::command::delete_selection(
                project,
                &view.selection.iter().copied().collect::<Vec<_>>(),
                view.selected_theme,
            ) {
                intents.push(Intent::Edit(command));
            }
        }
        Action::Edit if view.selection.len() == 1 => {
            if let Some(id) = view.selection.first().copied() {
                start_editing_note(view, project, id);
            }
        }
        Action::Escape => {
            view.selection.clear();
            view.selected_theme = None;
        }
        Action::Fit => intents.push(Intent::ZoomToFit),
        Action::Focus => {
            view.focus_on_selection(project);
        }
        // Plain + and - zoom the board; Ctrl + and Ctrl - size the interface text (the app's).
        Action::ZoomIn => view.camera.zoom_around(canvas, anchor, KEY_ZOOM_STEP),
        Action::ZoomOut => view.camera.zoom_around(canvas, anchor, 1.0 / KEY_ZOOM_STEP),
        _ => {}
    }
}

/// Ctrl+arrow moves the selection the way the arrow points; a plain arrow pans.
fn move_with_arrows(ui: &Ui, project: &Project, view: &mut BoardView, intents: &mut Vec<Intent>) {
    let pressed = |modifiers: Modifiers, key: Key| ui.input_mut(|i| i.consume_key(modifiers, key));
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

/// Tab / Shift+Tab walk notes and themes in reading order; the arrows go to the nearest
/// item that way (with nothing focused they pan, in `handle_keys`). Escape with nothing
/// selected hands the keyboard back to the rest of the window.
pub(super) fn walk_with_keys(
    ui: &Ui,
    project: &Project,
    view: &mut BoardView,
    board: &egui::Response,
) {
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

/// The item with the keyboard focus: where Tab or an arrow last went, while it is still
/// selected; else the selected note or theme.
pub(super) fn focused_item(view: &BoardView) -> Option<BoardItem> {
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
pub(super) fn focus_item(view: &mut BoardView, project: &Project, item: BoardItem, extend: bool) {
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
