//! Carrying out what the person asked for: every intent of a frame (and the answer to what was
//! asked) is acted on here, once, after the frame is drawn, so the project is still while it
//! is drawn. Window-wide shortcuts become intents here too, read from the one table.

use crate::ui::board::motion::{Motion, Places};
use eframe::egui::{self, Ui};

use super::CytunApp;
use super::overlay::{Overlay, Pending};
use crate::command::Command;
use crate::i18n;
use crate::model::BoardPos;
use crate::model::geometry::NOTE_WIDTH;
use crate::ui::Intent;
use crate::ui::board::{self, EditTarget};
use crate::ui::dialogs::{FilePurpose, MoveToTheme};
use crate::ui::shortcuts::{self, Action, Scope};

impl CytunApp {
    /// The window's shortcuts pressed this frame, as intents. Those that leave a field being
    /// typed in wait a frame, so the typed words are committed first.
    pub(super) fn handle_shortcuts(&mut self, ui: &Ui, intents: &mut Vec<Intent>) {
        if self.dialog_open() {
            return;
        }
        let typing = ui.ctx().text_edit_focused();
        for action in shortcuts::pressed(ui, Scope::Window) {
            let Some(intent) = window_intent(action) else {
                continue;
            };
            if typing {
                // The editor commits its words when it loses focus.
                ui.ctx().memory_mut(egui::Memory::stop_text_input);
                self.deferred.push(intent);
            } else {
                intents.push(intent);
            }
        }
        // How the room sees the board: never interrupts typing.
        intents.extend(
            shortcuts::pressed(ui, Scope::WindowView)
                .into_iter()
                .filter_map(window_intent),
        );
        if typing {
            // A text field has its own undo; leave Ctrl+Z to it.
            return;
        }
        // Escape that finishes typing on the board is not also a request to leave.
        let board = &self.views.board;
        let editing = board.editing.is_some() || board.title_editing.is_some();
        if self.facilitation.presenting && !editing {
            intents.extend(
                shortcuts::pressed(ui, Scope::Presenting)
                    .into_iter()
                    .filter_map(window_intent),
            );
        }
        intents.extend(
            shortcuts::pressed(ui, Scope::WindowNotTyping)
                .into_iter()
                .filter_map(window_intent),
        );
    }

    /// Carries out the frame's intents, in order.
    pub(super) fn carry_out(&mut self, ctx: &egui::Context, intents: Vec<Intent>) {
        for intent in intents {
            match intent {
                Intent::Edit(command) => self.edit(command),
                Intent::Undo | Intent::Redo | Intent::UndoSteps(_) => self.step_history(&intent),
                Intent::New => self.request(ctx, Pending::New),
                Intent::Open => self.request(ctx, Pending::Open),
                Intent::Close => self.request(ctx, Pending::Close),
                Intent::OpenProject(path) => self.request(ctx, Pending::OpenPath(path)),
                Intent::Save => {
                    self.save();
                }
                Intent::SaveAs => self.open_file_dialog(FilePurpose::SaveAs),
                Intent::RestoreBackup => self.ask_restore_backup(),
                Intent::Export => self.open_export_dialog(),
                Intent::Import | Intent::AddPicture | Intent::Paste(_) | Intent::Dropped { .. } => {
                    self.bring_in(intent);
                }
                Intent::TogglePresenting => self.toggle_presenting(ctx),
                Intent::ShowShortcuts => self.ask(Overlay::Shortcuts),
                Intent::ImportFeedback(part, version) => {
                    self.open_file_dialog(FilePurpose::Feedback { part, version });
                }
                Intent::ToggleRoom => self.toggle_room(ctx),
                Intent::RoomPhase(phase) => self.set_room_phase(phase),
                Intent::RoomVersion(version) => self.set_room_version(version),
                Intent::RevealVotes(reveal) => self.reveal_votes(reveal),
                intent => self.change_view(&intent),
            }
        }
        self.views.board.prune(self.work.document.project());
    }

    /// One change to the project (one undo step). A new note is selected; a new theme asks
    /// for its name at once, in view. A refusal is said, and nothing changes.
    pub(super) fn edit(&mut self, command: Command) {
        let creates_note = matches!(command, Command::CreateNote { .. });
        let creates_theme = matches!(command, Command::CreateTheme { .. });
        // A tidy moves everything: the room sees each thing glide to its new place.
        let before = matches!(command, Command::Tidy { .. })
            .then(|| Places::of(self.work.document.project()));
        if let Err(err) = self.work.document.execute(command) {
            self.messages.refused(
                i18n::command_error(&self.tr, &err),
                self.work.document.state_id(),
            );
            return;
        }
        let project = self.work.document.project();
        let board = &mut self.views.board;
        if let Some(before) = before {
            board.motion = Motion::since(&before, project);
        }
        if creates_note && let Some(id) = project.notes.keys().next_back() {
            // The newest id is the note just written.
            board.selection = [*id].into();
        }
        if creates_theme && let Some(theme) = project.themes.values().next_back() {
            let frame = crate::model::layout::theme_rect(theme, &project.notes);
            board.request_reveal(frame);
            board.start_title_editing(theme.id, theme.title.clone());
        }
    }

    /// Undo, redo, or undo several steps at once (back to a line of the History).
    fn step_history(&mut self, intent: &Intent) {
        let document = &mut self.work.document;
        let result = match intent {
            Intent::Undo => document.undo().map(|_| ()),
            Intent::Redo => document.redo().map(|_| ()),
            Intent::UndoSteps(steps) => {
                self.facilitation.announcement.undid_steps = Some(*steps);
                let mut result = Ok(());
                for _ in 0..*steps {
                    match document.undo() {
                        Ok(true) => {}
                        Ok(false) => break,
                        Err(err) => {
                            result = Err(err);
                            break;
                        }
                    }
                }
                result
            }
            _ => Ok(()),
        };
        if let Err(err) = result {
            self.messages.refused(
                i18n::command_error(&self.tr, &err),
                self.work.document.state_id(),
            );
        }
    }

    /// Presentation mode on or off: full screen, only the board, the keyboard on the board.
    fn toggle_presenting(&mut self, ctx: &egui::Context) {
        let room = &mut self.facilitation;
        room.presenting = !room.presenting;
        // Leaving gives back the view the facilitator had before presenting.
        if room.presenting {
            room.camera_before_presenting = Some(self.views.board.camera);
            // The room sees changes made from now on, not the last one before.
            room.announcement.shown_at = Some(f64::NEG_INFINITY);
        } else if let Some(camera) = room.camera_before_presenting.take() {
            self.views.board.restore_camera(camera);
        }
        // The room watches the board: the keyboard goes there too.
        ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
        self.views.board.give_keyboard();
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(room.presenting));
    }

    /// Intents that change what is shown, not the project or its file.
    fn change_view(&mut self, intent: &Intent) {
        let board = &mut self.views.board;
        let project = self.work.document.project();
        match intent {
            Intent::ZoomToFit => board.request_fit(),
            Intent::AddNote => {
                let center = board.camera.center;
                let pos = BoardPos::new(center.x - NOTE_WIDTH / 2.0, center.y - 60.0);
                board.selection.clear();
                board.start_editing(EditTarget::New(pos), String::new());
            }
            Intent::SetLanguage(language) => {
                self.tr.set_language(*language);
                self.settings.language = *language;
                // What is on screen is said again in the new language.
                self.messages.rerender(&self.tr);
            }
            Intent::Search => board.open_search(),
            Intent::SetColourScheme(scheme) => self.settings.colour_scheme = *scheme,
            Intent::TextSize(0) => self.settings.text_scale = 1.0,
            Intent::TextSize(steps) => self.settings.step_text_size(*steps),
            Intent::ShowStart => self.show_start_screen(),
            Intent::ShowView(view) => {
                self.views.central = *view;
                self.views.start_screen = None;
            }
            Intent::CloseStart => self.views.start_screen = None,
            Intent::Focus => {
                board.focus_on_selection(project);
            }
            Intent::AskMerge { from, into } => self.ask(Overlay::Merge {
                from: *from,
                into: *into,
            }),
            Intent::AlsoFits if board.selection.len() == 1 && !project.themes.is_empty() => {
                // The themes this contribution is in already are not offered.
                let already_in = board
                    .selection
                    .iter()
                    .flat_map(|id| crate::model::geometry::themes_holding(project, *id))
                    .collect();
                self.ask(Overlay::MoveTo(MoveToTheme::also_fits(already_in)));
            }
            Intent::MoveToTheme if !board.selection.is_empty() => {
                self.ask(Overlay::MoveTo(MoveToTheme::default()));
            }
            Intent::ShowNote(id) => {
                if let Some(note) = project.note(*id) {
                    board.selection = [*id].into();
                    board.selected_theme = None;
                    board.request_show(crate::model::geometry::note_rect(note).expand(200.0));
                }
            }
            Intent::GroupSelection => {
                if let Some(command) = board::group_selection(project, board, &self.tr) {
                    self.edit(command);
                }
            }
            _ => {}
        }
    }
}

/// The intent a window-wide shortcut asks for.
fn window_intent(action: Action) -> Option<Intent> {
    Some(match action {
        Action::Save => Intent::Save,
        Action::SaveAs => Intent::SaveAs,
        Action::Open => Intent::Open,
        Action::New => Intent::New,
        Action::Search => Intent::Search,
        Action::Present | Action::LeavePresenting => Intent::TogglePresenting,
        Action::TextBigger => Intent::TextSize(1),
        Action::TextSmaller => Intent::TextSize(-1),
        Action::TextUsual => Intent::TextSize(0),
        Action::Undo => Intent::Undo,
        Action::Redo => Intent::Redo,
        Action::Help => Intent::ShowShortcuts,
        Action::Room => Intent::ToggleRoom,
        _ => return None,
    })
}
