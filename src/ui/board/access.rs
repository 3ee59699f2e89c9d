//! What a screen reader is told about the board: stable widget ids for the board, its notes and
//! themes, and a node for each note that says what it is.

use eframe::egui::{Id, Rect, Role, Sense, Ui, WidgetInfo};

use super::keys::focused_item;
use super::view::BoardView;
use crate::i18n::{Arg, I18n};
use crate::model::navigation::{BoardItem, item_rect};
use crate::model::{Note, NoteId, Project, Theme, ThemeId, geometry};
use crate::ui::labels;

/// The board's own widget id: stable, so its keyboard focus survives panels changing.
pub(super) fn board_id() -> Id {
    Id::unique("cytun-board-canvas")
}

/// The widget id of a note: from its model id, so reordering never confuses two notes.
pub fn note_widget_id(id: NoteId) -> Id {
    Id::unique(("cytun-note", id.0))
}

/// The widget id of a theme's frame, from its model id.
pub fn theme_widget_id(id: ThemeId) -> Id {
    Id::unique(("cytun-theme", id.0))
}

/// Gives a drawn note a node in the accessibility tree: a screen reader hears its text, and UI
/// tests find it by label. Pointer input stays with the canvas (the node only senses hover).
pub(super) fn expose_note(
    ui: &Ui,
    tr: &I18n,
    note: &Note,
    theme: Option<&str>,
    rect: Rect,
    selected: bool,
) {
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

/// Gives a drawn theme frame a node: a screen reader hears its title.
pub(super) fn expose_theme(ui: &Ui, tr: &I18n, theme: &Theme, rect: Rect, selected: bool) {
    let response = ui.interact(rect, theme_widget_id(theme.id), Sense::hover());
    let label = tr.tr_args("theme-label", &[("title", Arg::Str(&theme.title))]);
    response.widget_info(|| WidgetInfo::selected(Role::Group, true, selected, &label));
}

/// The note or theme with the keyboard focus is the board's active descendant, so a screen
/// reader announces it as Tab and the arrows move. It has a node wherever it is: off
/// screen, or at a zoom too far out to draw its words (`exposed` lists what was drawn).
pub(super) fn expose_focused(
    ui: &Ui,
    tr: &I18n,
    canvas: Rect,
    project: &Project,
    view: &BoardView,
    exposed: &[BoardItem],
) {
    let Some(item) = focused_item(view) else {
        return;
    };
    let Some(area) = item_rect(project, item) else {
        return;
    };
    if !exposed.contains(&item) {
        let rect = view.camera.screen_rect_from_board(canvas, area);
        match item {
            BoardItem::Note(id) => {
                if let Some(note) = project.note(id) {
                    let theme = geometry::theme_of(project, id)
                        .and_then(|t| project.themes.get(&t))
                        .map(|t| t.title.as_str());
                    expose_note(ui, tr, note, theme, rect, view.selection.contains(&id));
                }
            }
            BoardItem::Theme(id) => {
                if let Some(theme) = project.themes.get(&id) {
                    expose_theme(ui, tr, theme, rect, view.selected_theme == Some(id));
                }
            }
        }
    }
    let child = match item {
        BoardItem::Note(id) => note_widget_id(id),
        BoardItem::Theme(id) => theme_widget_id(id),
    };
    ui.ctx().accesskit_node_builder(board_id(), |node| {
        node.set_active_descendant(child.accesskit_id());
    });
}
