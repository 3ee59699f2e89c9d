//! The board's keys: shortcuts from the one table (`ui::shortcuts`) turned into view changes
//! and intents, and walking the notes with Tab and the arrows. No key is read here but
//! through that table.

use eframe::egui::{self, Event, Rect, Ui, vec2};

use super::camera::KEY_ZOOM_STEP;
use super::editors::start_editing_note;
use super::grouping::group_selection;
use super::view::BoardView;
use crate::i18n::I18n;
use crate::model::geometry::{self};
use crate::model::navigation::{self, BoardItem};
use crate::model::{BoardVec, Project};
use crate::ui::Intent;
use crate::ui::shortcuts::{self, Action, Direction, Scope};

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
    keys: BoardKeys<'_>,
    intents: &mut Vec<Intent>,
) {
    let mut actions = shortcuts::pressed(ui, Scope::Board);
    if keys.enter && !actions.contains(&Action::Edit) {
        actions.push(Action::Edit);
    }
    let anchor = ui
        .input(|i| i.pointer.hover_pos())
        .filter(|p| canvas.contains(*p))
        .unwrap_or(canvas.center());
    for action in actions {
        if keys.focused && walk(action, project, view, keys.board) {
            continue;
        }
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
}

/// What the board's keys are read with: the board itself, whether it has the keyboard, and
/// whether Enter was taken before egui could count it (or Space) as a click.
#[derive(Clone, Copy)]
pub(super) struct BoardKeys<'a> {
    pub board: &'a egui::Response,
    /// Whether the board had the keyboard as the frame began.
    pub focused: bool,
    pub enter: bool,
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
        // With nothing to walk from, an arrow moves around the board.
        Action::Go(direction) => {
            let (dx, dy) = towards(direction);
            view.camera.pan_by_screen(vec2(-dx, -dy) * KEY_PAN_STEP_PX);
        }
        Action::Nudge(direction) => {
            // The selection moves the way the arrow points (a theme's notes move with their
            // theme: the rule is the model's).
            let (dx, dy) = towards(direction);
            let step = BoardVec::new(dx * KEY_NUDGE_STEP, dy * KEY_NUDGE_STEP);
            let notes: Vec<_> = view.selection.iter().copied().collect();
            if let Some(command) = crate::command::nudge(project, &notes, view.selected_theme, step)
            {
                intents.push(Intent::Edit(command));
            }
        }
        _ => {}
    }
}

/// The way an arrow points, on the board (y grows downwards).
fn towards(direction: Direction) -> (f32, f32) {
    match direction {
        Direction::Left => (-1.0, 0.0),
        Direction::Right => (1.0, 0.0),
        Direction::Up => (0.0, -1.0),
        Direction::Down => (0.0, 1.0),
    }
}

/// While the board has the keyboard: Tab / Shift+Tab walk notes and themes in reading order,
/// the arrows go to the nearest item that way and Shift+arrow adds it; Escape with nothing
/// selected hands the keyboard back to the rest of the window. Returns whether `action` was
/// taken here; otherwise it is the board's ordinary shortcut (an arrow with nothing focused
/// pans).
fn walk(action: Action, project: &Project, view: &mut BoardView, board: &egui::Response) -> bool {
    let current = focused_item(view);
    let (next, extend) = match (action, current) {
        (Action::WalkNext | Action::WalkPrevious, _) => (
            navigation::step(project, current, action == Action::WalkNext),
            false,
        ),
        (Action::Go(direction) | Action::Extend(direction), Some(current)) => {
            let (dx, dy) = towards(direction);
            (
                navigation::nearest_in_direction(project, current, dx, dy),
                matches!(action, Action::Extend(_)),
            )
        }
        (Action::Escape, None) => {
            board.surrender_focus();
            return true;
        }
        _ => return false,
    };
    if let Some(item) = next {
        focus_item(view, project, item, extend);
    }
    true
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
