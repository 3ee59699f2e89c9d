//! What a screen reader is told about the board: stable widget ids for the board, its notes and
//! themes, and a node for each note that says what it is.

use eframe::egui::{Id, Rect, Role, Sense, Ui, WidgetInfo};

use crate::i18n::{Arg, I18n};
use crate::model::{Note, NoteId, ThemeId};
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
