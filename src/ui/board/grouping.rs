//! "Make these notes a theme" as the board and the window both ask for it: the model decides
//! the theme, the board only supplies the selection and the placeholder title's words.

use super::view::BoardView;
use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::{NoteId, Project};

/// "Untitled theme 3": a name that says it still needs one.
pub(super) fn untitled_theme_title(project: &Project, tr: &I18n) -> String {
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
