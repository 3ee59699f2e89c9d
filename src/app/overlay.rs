//! What is asked or shown over the board. At most one question shows at a time, by
//! construction: the window holds one `Option<Overlay>`. Each overlay's window is drawn during
//! the frame and gives back an `Answer`; the answer is acted on after the frame, with the
//! frame's other intents.

use std::collections::VecDeque;
use std::path::PathBuf;

use eframe::egui::{self, Ui};

use super::CytunApp;
use super::safety::{Offer, offer_ui};
use crate::command::Command;
use crate::i18n::Arg;
use crate::model::ThemeId;
use crate::ui::board;
use crate::ui::dialogs::{
    BoardPrompt, FeedbackPrompt, ImportPrompt, board_prompt_ui, feedback_prompt_ui,
    import_prompt_ui,
};
use crate::ui::dialogs::{ExportDialog, export_dialog_ui};
use crate::ui::dialogs::{
    FileDialog, FileDialogOutcome, MoveChoice, MoveToTheme, PromptChoice, UnsavedChoice,
    confirm_ui, shortcuts_ui, unsaved_changes_ui,
};

/// Work that must wait until unsaved changes are saved or knowingly dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Pending {
    Close,
    New,
    Open,
    /// Open this project (chosen on the start screen).
    OpenPath(PathBuf),
}

/// The one thing asked or shown over the board.
#[derive(Debug)]
pub(super) enum Overlay {
    /// "Save the changes first?", before this action.
    Unsaved(Pending),
    /// Choosing a file to open, save as, import or put on a note.
    File(FileDialog),
    /// A question about the safety of the work.
    Safety(Offer),
    /// "Move to theme…" or "Also fits…".
    MoveTo(MoveToTheme),
    /// A theme was dropped on another: merge?
    Merge {
        from: ThemeId,
        into: ThemeId,
    },
    /// Contributions read, waiting for "Import".
    Import(ImportPrompt),
    Export(ExportDialog),
    /// Another board read, waiting for "Bring in".
    Board(BoardPrompt),
    /// Sense-check responses read, waiting for "Add as feedback".
    Feedback(FeedbackPrompt),
    /// The keyboard shortcuts (F1).
    Shortcuts,
}

/// What the person answered this frame.
#[derive(Debug)]
pub(super) enum Answer {
    Unsaved(UnsavedChoice),
    FileChosen(PathBuf),
    Safety(PromptChoice),
    MoveTo(MoveChoice),
    /// Yes to the overlay's one action (merge, import, export).
    Go,
    /// Closed or cancelled: nothing is done.
    Dismissed,
}

/// Questions raised while another was showing, asked in turn once it is answered.
pub(super) type Waiting = VecDeque<Overlay>;

impl CytunApp {
    /// Asks a question over the board. One already showing is never dropped for it: the new
    /// one waits its turn (the shortcuts list, which asks nothing, gives way).
    pub(super) fn ask(&mut self, overlay: Overlay) {
        match self.asking {
            None | Some(Overlay::Shortcuts) => self.asking = Some(overlay),
            Some(_) => self.waiting.push_back(overlay),
        }
    }

    /// Whether something is asked or shown over the board (the board takes no input then).
    pub fn dialog_open(&self) -> bool {
        self.asking.is_some()
    }

    /// Draws what is asked, if anything; the answer, once one is given.
    pub(super) fn overlay_ui(&mut self, ui: &Ui) -> Option<Answer> {
        let tr = &self.tr;
        let document = &self.work.document;
        let project = document.project();
        let views = &self.views;
        match self.asking.as_mut()? {
            Overlay::Unsaved(_) => {
                unsaved_changes_ui(ui, tr, &document.display_name()).map(Answer::Unsaved)
            }
            Overlay::File(dialog) => match dialog.ui(ui, tr) {
                FileDialogOutcome::Pending => None,
                FileDialogOutcome::Cancelled => Some(Answer::Dismissed),
                FileDialogOutcome::Chosen(path) => Some(Answer::FileChosen(path)),
            },
            Overlay::Safety(offer) => offer_ui(ui, tr, document, offer).map(Answer::Safety),
            Overlay::MoveTo(picker) => {
                picker
                    .ui(ui, tr, project, views.board.selection.len())
                    .map(|choice| match choice {
                        MoveChoice::Cancel => Answer::Dismissed,
                        choice => Answer::MoveTo(choice),
                    })
            }
            Overlay::Merge { from, into } => merge_ui(ui, tr, project, *from, *into),
            Overlay::Import(prompt) => {
                import_prompt_ui(ui, tr, prompt, &project.import_forms).map(go_or_dismissed)
            }
            Overlay::Export(dialog) => {
                let on_board =
                    views.central == crate::ui::CentralView::Board && views.start_screen.is_none();
                export_dialog_ui(ui, tr, project, on_board, dialog).map(go_or_dismissed)
            }
            Overlay::Board(prompt) => board_prompt_ui(ui, tr, prompt).map(go_or_dismissed),
            Overlay::Feedback(prompt) => feedback_prompt_ui(ui, tr, prompt).map(go_or_dismissed),
            Overlay::Shortcuts => shortcuts_ui(ui, tr).then_some(Answer::Dismissed),
        }
    }

    /// Acts on the answer given to what was asked; then the next waiting question shows.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(overlay) = self.asking.take() else {
            return;
        };
        match (overlay, answer) {
            (Overlay::Unsaved(pending), Answer::Unsaved(choice)) => {
                self.answer_unsaved(ctx, pending, choice);
            }
            (Overlay::File(dialog), Answer::FileChosen(path)) => {
                self.file_chosen(ctx, dialog.purpose(), &path);
            }
            // A Save As given up: what waited for it is given up too.
            (Overlay::File(_), _) => self.after_save_as = None,
            (Overlay::Safety(offer), Answer::Safety(choice)) => self.answer_offer(offer, choice),
            (Overlay::MoveTo(picker), Answer::MoveTo(choice)) => self.move_to(&picker, choice),
            (Overlay::Merge { from, into }, Answer::Go) => {
                self.edit(Command::MergeThemes { from, into });
                self.views.board.selected_theme = Some(into);
            }
            (Overlay::Import(prompt), Answer::Go) => self.finish_import(prompt),
            (Overlay::Export(dialog), Answer::Go) => self.finish_export(ctx, &dialog),
            (Overlay::Feedback(prompt), Answer::Go) => self.add_feedback(prompt),
            (Overlay::Board(prompt), Answer::Go) => self.finish_board(&prompt),
            _ => {}
        }
        if self.asking.is_none() {
            self.asking = self.waiting.pop_front();
        }
        // Nothing more to ask: the keyboard goes back to the board, on the item it came
        // from (Tab and the arrows walk the notes again, not the toolbar).
        if self.asking.is_none()
            && self.views.central == crate::ui::CentralView::Board
            && self.views.start_screen.is_none()
        {
            ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
            self.views.board.give_keyboard();
        }
    }

    /// "Move to theme…": sends the selected notes to the chosen theme, or a new one.
    fn move_to(&mut self, picker: &MoveToTheme, choice: MoveChoice) {
        let project = self.work.document.project();
        let notes: Vec<_> = self.views.board.selection.iter().copied().collect();
        let command = match choice {
            MoveChoice::Cancel => return,
            MoveChoice::Theme(theme) if picker.is_also_fits() => {
                let Some(note) = notes.first().copied() else {
                    return;
                };
                Command::AlsoFits { note, theme }
            }
            MoveChoice::Theme(theme) => Command::JoinTheme { theme, notes },
            MoveChoice::NewTheme(title) => {
                let Some(Command::CreateTheme {
                    title: placeholder,
                    notes,
                    at,
                }) = board::group_selection(project, &self.views.board, &self.tr)
                else {
                    return;
                };
                let title = if title.is_empty() { placeholder } else { title };
                Command::CreateTheme { title, notes, at }
            }
        };
        self.edit(command);
    }
}

fn go_or_dismissed(go: bool) -> Answer {
    if go { Answer::Go } else { Answer::Dismissed }
}

/// "Merge “A” into “B”?": merging is undoable, but it changes a lot at once. Either theme
/// gone (undone meanwhile) closes the question.
fn merge_ui(
    ui: &Ui,
    tr: &crate::i18n::I18n,
    project: &crate::model::Project,
    from: ThemeId,
    into: ThemeId,
) -> Option<Answer> {
    let (Some(source), Some(target)) = (project.themes.get(&from), project.themes.get(&into))
    else {
        return Some(Answer::Dismissed);
    };
    let question = tr.tr_args(
        "merge-question",
        &[
            ("from", Arg::Str(&source.title)),
            ("into", Arg::Str(&target.title)),
            ("count", source.notes.len().into()),
        ],
    );
    let choice = confirm_ui(
        ui,
        tr,
        "cytun-merge",
        &tr.tr("merge-heading"),
        &question,
        &tr.tr("merge-confirm"),
    );
    choice.map(go_or_dismissed)
}
