//! `CytunApp`: the eframe application. Each frame draws every panel from the document (which is
//! still while drawing), collects the user's intents, then carries them out in one place.

mod bring_in;
mod exporting;
mod safety;

use std::path::{Path, PathBuf};

use eframe::egui::{self, Key, Modifiers, Ui};

use self::safety::Offer;
use crate::autosave::AutosaveClock;
use crate::cli;
use crate::command::Command;
use crate::document::Document;
use crate::i18n::{self, Arg, I18n, UiLanguage};
use crate::model::geometry::NOTE_WIDTH;
use crate::model::{BoardPos, Project, ThemeId};
use crate::settings::{self, Settings};
use crate::store::{LoadError, ProjectLock, RecoveryStore, SaveError};
use crate::ui::board::{self, BoardView, EditTarget};
use crate::ui::dialogs::{
    FileDialog, FileDialogOutcome, FilePurpose, Messages, MoveChoice, MoveToTheme, UnsavedChoice,
    unsaved_changes_ui,
};
use crate::ui::panels::{self, DetailsDraft, ToolbarState};
use crate::ui::{Intent, style};

/// How the app starts.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// The project to open; `None` starts an empty, untitled one.
    pub file: Option<PathBuf>,
    /// Overrides the saved language choice.
    pub language: Option<UiLanguage>,
    /// Whether Open and Save As may show the system's file dialog (off in tests).
    pub native_dialogs: bool,
    /// Where recovery copies of unsaved work go; `None` turns them off.
    pub recovery_dir: Option<PathBuf>,
    /// Whether to mark open projects with a lock file (so a second opener is warned).
    pub lock_projects: bool,
    /// Show the start screen when no project is named (not in tests of an empty board).
    pub show_start_screen: bool,
}

impl StartOptions {
    /// From the command line: the named file, else the bundled sample workshop.
    pub fn from_cli(args: &cli::Cli) -> Self {
        Self {
            file: args.file.clone().or_else(crate::files::default_project),
            language: args.lang.as_deref().map(|code| {
                if code == "cy" {
                    UiLanguage::Welsh
                } else {
                    UiLanguage::English
                }
            }),
            native_dialogs: true,
            recovery_dir: RecoveryStore::default_dir(),
            lock_projects: true,
            show_start_screen: true,
        }
    }
}

/// What the last announcement said, in words to be rendered in the current language.
#[derive(Clone, Debug)]
enum Announced {
    Nothing,
    Change(crate::command::Description),
    Undone,
    /// The History went back several changes at once, to this line (none: the start).
    UndoneSteps {
        count: usize,
        back_to: Option<crate::command::Description>,
    },
}

/// Work that must wait until unsaved changes are saved or knowingly dropped.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Pending {
    Close,
    New,
    Open,
    /// Open this project (chosen on the start screen).
    OpenPath(PathBuf),
}

/// Which page the side panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum SideTab {
    #[default]
    Note,
    Themes,
    Words,
    Outline,
    History,
}

/// What the app may do on this machine, fixed at start.
#[derive(Clone, Copy, Debug)]
struct Abilities {
    native_dialogs: bool,
    lock_projects: bool,
}

/// The application.
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches of the window's state, not a hidden state machine"
)]
pub struct CytunApp {
    document: Document,
    view: BoardView,
    details: DetailsDraft,
    tr: I18n,
    settings: Settings,
    messages: Messages,
    file_dialog: Option<FileDialog>,
    /// The unsaved-changes question is showing, for this action.
    asking_unsaved: Option<Pending>,
    /// An action to finish once a Save As (asked for by that question) succeeds.
    after_save_as: Option<Pending>,
    close_confirmed: bool,
    /// What this machine and session allow (system dialogs, lock files).
    abilities: Abilities,
    /// Intents to run at the end of the next frame (a save asked for while typing waits for the
    /// typed text to be committed first).
    deferred: Vec<Intent>,
    title_shown: String,
    /// The colour scheme and text size last applied to the window.
    applied_look: Option<(style::ColourScheme, f32)>,
    /// Presentation mode: full screen, panels hidden, only the board.
    presenting: bool,
    /// The board's camera when presentation mode began, given back when it ends.
    camera_before_presenting: Option<crate::ui::board::Camera>,
    timer: crate::ui::timer::FacilitationTimer,
    /// What the main area shows: the board, the ranking or the definition.
    central: crate::ui::CentralView,
    rank_view: crate::ui::rank_view::RankView,
    definition_view: crate::ui::definition_view::DefinitionView,
    export_dialog: Option<exporting::ExportDialog>,
    pending_picture: Option<exporting::PendingPicture>,
    /// The start screen, while it shows (in place of the board).
    start_screen: Option<crate::ui::start_screen::StartScreen>,
    /// The last change in words, for screen readers (a live region) and the room.
    announcement: String,
    /// What the announcement says, kept so it is said again when the language changes.
    announced: Announced,
    announced_in: UiLanguage,
    /// Set when the History undid several changes at once, for the next announcement.
    undid_steps: Option<usize>,
    /// The project state and history length the announcement was made for.
    announced_for: (u64, usize),
    recovery: Option<RecoveryStore>,
    autosave: AutosaveClock,
    /// Our hold on the open project; dropping it removes the lock file.
    lock: Option<ProjectLock>,
    /// The recovery slot of the untitled project on screen (each untitled project has its own).
    untitled_slot: String,
    /// A question about the safety of the work, waiting for an answer.
    offer: Option<Offer>,
    /// When the file on disk was last looked at (egui time, seconds).
    last_disk_check: f64,
    missing_reported: bool,
    side_tab: SideTab,
    theme_draft: panels::ThemeDraft,
    /// "Move to theme…", while open.
    move_picker: Option<MoveToTheme>,
    /// The shortcuts overlay is showing.
    showing_shortcuts: bool,
    /// A theme dropped on another, waiting for "merge?" to be answered.
    merge_prompt: Option<(ThemeId, ThemeId)>,
    theme_order: panels::ThemeOrder,
    words: panels::WordsPanel,
    /// Contributions read from a file or the clipboard, waiting for "Import".
    import_prompt: Option<bring_in::ImportPrompt>,
}

impl CytunApp {
    /// Called once by eframe.
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, settings::STORAGE_KEY))
            .unwrap_or_default();
        let settings = settings.sanitised();
        // Styled before the first frame, so the first layout (and the camera placed from it)
        // already has the projector-sized panels.
        let look = (settings.colour_scheme, settings.text_scale);
        style::apply(&cc.egui_ctx, look.0, look.1);
        let mut app = Self::with_settings(settings, options);
        app.applied_look = Some(look);
        app
    }

    /// The app without an eframe context (tests build it through `new`, benches through this).
    pub fn with_settings(settings: Settings, options: StartOptions) -> Self {
        let language = options.language.unwrap_or(settings.language);
        let tr = I18n::new(language);
        let mut app = Self {
            document: Document::new_untitled(Project::new(tr.tr("untitled-project"))),
            view: BoardView::at_home(),
            details: DetailsDraft::default(),
            tr,
            settings,
            messages: Messages::default(),
            file_dialog: None,
            asking_unsaved: None,
            after_save_as: None,
            close_confirmed: false,
            abilities: Abilities {
                native_dialogs: options.native_dialogs,
                lock_projects: options.lock_projects,
            },
            deferred: Vec::new(),
            title_shown: String::new(),
            applied_look: None,
            presenting: false,
            camera_before_presenting: None,
            timer: crate::ui::timer::FacilitationTimer::default(),
            announcement: String::new(),
            announced: Announced::Nothing,
            announced_in: language,
            undid_steps: None,
            start_screen: None,
            central: crate::ui::CentralView::Board,
            rank_view: crate::ui::rank_view::RankView::default(),
            definition_view: crate::ui::definition_view::DefinitionView::default(),
            export_dialog: None,
            pending_picture: None,
            announced_for: (0, 0),
            recovery: options.recovery_dir.map(RecoveryStore::new),
            autosave: AutosaveClock::default(),
            lock: None,
            untitled_slot: crate::store::untitled_id(),
            offer: None,
            last_disk_check: 0.0,
            missing_reported: false,
            side_tab: SideTab::default(),
            theme_draft: panels::ThemeDraft::default(),
            move_picker: None,
            merge_prompt: None,
            showing_shortcuts: false,
            theme_order: panels::ThemeOrder::default(),
            words: panels::WordsPanel::default(),
            import_prompt: None,
        };
        app.settings.language = language;
        match options.file {
            Some(path) => app.open_path(&path),
            // Nothing named: a coordinator chooses from their projects.
            None if options.show_start_screen => app.show_start_screen(),
            None => {}
        }
        if app.offer.is_none() {
            // Work on a project never saved, left by a crash.
            app.offer_recovery(None);
        }
        app
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn view(&self) -> &BoardView {
        &self.view
    }

    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The last change, in words: what a screen reader says after grouping, moving or
    /// undoing, and what the room reads in the status bar.
    pub fn announcement(&self) -> &str {
        &self.announcement
    }

    fn announce_change(&mut self) {
        let history = self.document.history();
        let now = (self.document.state_id(), history.done().count());
        if now != self.announced_for {
            let (_, before) = std::mem::replace(&mut self.announced_for, now);
            let steps = self.undid_steps.take();
            self.announced = match history.done().next_back() {
                _ if now.1 < before && steps.is_some_and(|n| n > 1) => Announced::UndoneSteps {
                    count: before - now.1,
                    back_to: history.done().next_back().cloned(),
                },
                Some(last) if now.1 >= before => Announced::Change(last.clone()),
                // Fewer changes with something to redo: an undo (not a project just opened).
                _ if now.1 < before && history.can_redo() => Announced::Undone,
                _ => Announced::Nothing,
            };
        } else if self.announced_in == self.tr.language() {
            return;
        }
        self.announced_in = self.tr.language();
        let tr = &self.tr;
        self.announcement = match &self.announced {
            Announced::Nothing => String::new(),
            Announced::Change(description) => i18n::describe_change(tr, description),
            Announced::Undone => tr.tr("announce-undone"),
            Announced::UndoneSteps {
                count,
                back_to: Some(line),
            } => tr.tr_args(
                "announce-undone-back-to",
                &[
                    ("count", (*count).into()),
                    ("change", Arg::Str(&i18n::describe_change(tr, line))),
                ],
            ),
            Announced::UndoneSteps {
                count,
                back_to: None,
            } => tr.tr_args("announce-undone-to-start", &[("count", (*count).into())]),
        };
    }

    /// In presentation mode the last change shows small at the bottom of the board.
    fn announcement_overlay_ui(&self, ctx: &egui::Context) {
        if self.announcement.is_empty() {
            return;
        }
        egui::Area::new(egui::Id::unique("cytun-announcement-overlay"))
            .anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(24.0, -24.0))
            .interactable(false)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style())
                    .show(ui, |ui| announcement_ui(ui, &self.announcement));
            });
    }

    /// A different project is shown: the views start afresh (nothing in them refers to the
    /// old project's notes, themes or voters any more).
    pub(crate) fn forget_views(&mut self) {
        self.view = BoardView::at_home();
        self.camera_before_presenting = None;
        self.start_screen = None;
        self.rank_view = crate::ui::rank_view::RankView::default();
        self.definition_view = crate::ui::definition_view::DefinitionView::default();
    }

    /// Lists recent projects and the projects folder's boards, in place of the board.
    fn show_start_screen(&mut self) {
        let folder = crate::files::projects_folder();
        let folder = std::path::absolute(&folder).unwrap_or(folder);
        self.start_screen = Some(crate::ui::start_screen::StartScreen::scan(
            &self.settings.recent_projects,
            folder,
        ));
    }

    /// Whether a modal dialog is showing.
    pub fn dialog_open(&self) -> bool {
        self.file_dialog.is_some()
            || self.asking_unsaved.is_some()
            || self.offer.is_some()
            || self.move_picker.is_some()
            || self.merge_prompt.is_some()
            || self.showing_shortcuts
            || self.import_prompt.is_some()
            || self.export_dialog.is_some()
    }

    fn open_path(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(document) => {
                self.document = document;
                self.forget_views();
                self.details = DetailsDraft::default();
                self.settings.remember_project(path.to_owned());
                self.after_open(path);
            }
            Err(err) => {
                let text = self.describe_open_error(&err, path);
                self.messages.error(text);
            }
        }
    }

    fn describe_open_error(&self, err: &LoadError, path: &Path) -> String {
        let reason = i18n::load_error(&self.tr, err);
        let path = path.display().to_string();
        match err.position() {
            Some((line, column)) => self.tr.tr_args(
                "message-open-failed-at",
                &[
                    ("reason", Arg::Str(&reason)),
                    ("line", line.into()),
                    ("column", column.into()),
                    ("path", Arg::Str(&path)),
                ],
            ),
            None => self.tr.tr_args(
                "message-open-failed",
                &[("reason", Arg::Str(&reason)), ("path", Arg::Str(&path))],
            ),
        }
    }

    /// Saves to the document's file; asks for one first if it has none. True when saved.
    fn save(&mut self) -> bool {
        match self.document.save() {
            Ok(true) => {
                let path = self.document.path().map(Path::to_owned).unwrap_or_default();
                self.after_save_to(&path);
                let shown = path.display().to_string();
                self.messages
                    .info_said(&self.tr, "message-saved", &[("path", Arg::Str(&shown))]);
                true
            }
            Ok(false) => {
                self.open_file_dialog(FilePurpose::SaveAs);
                false
            }
            Err(SaveError::ChangedOnDisk) => {
                // Never overwrite someone else's changes: ask what to keep.
                self.offer = Some(Offer::ChangedOnDisk);
                false
            }
            Err(err) => {
                self.report_save_error(&err, self.document.path().map(Path::to_owned));
                false
            }
        }
    }

    fn report_save_error(&mut self, err: &crate::store::SaveError, path: Option<PathBuf>) {
        let reason = i18n::save_error(&self.tr, err);
        let path = path.map(|p| p.display().to_string()).unwrap_or_default();
        self.messages.error_said(
            &self.tr,
            "message-save-failed",
            &[("reason", Arg::Str(&reason)), ("path", Arg::Str(&path))],
        );
    }

    fn open_file_dialog(&mut self, purpose: FilePurpose) {
        let suggested = match (purpose, self.document.path()) {
            (FilePurpose::Import | FilePurpose::AddPicture, Some(path)) => {
                path.parent().map(Path::to_owned).unwrap_or_default()
            }
            (_, Some(path)) => path.to_owned(),
            (FilePurpose::Open | FilePurpose::Import | FilePurpose::AddPicture, None) => {
                PathBuf::from("projects")
            }
            (FilePurpose::SaveAs, None) => {
                let name = sanitise_file_stem(&self.document.display_name());
                Path::new("projects").join(format!("{name}.ron"))
            }
        };
        let suggested = std::path::absolute(&suggested).unwrap_or(suggested);
        let mut dialog = FileDialog::new(purpose, &suggested);
        if self.abilities.native_dialogs {
            dialog.browse(purpose.heading(&self.tr));
        }
        self.file_dialog = Some(dialog);
    }

    /// Runs `pending` now if nothing unsaved stands in the way, else asks first.
    fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.document.is_dirty() {
            self.asking_unsaved = Some(pending);
        } else {
            self.run_pending(ctx, pending);
        }
    }

    fn run_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::New => {
                // The old file is no longer open here: its lock goes; the new project gets a
                // recovery slot of its own.
                self.lock = None;
                self.untitled_slot = crate::store::untitled_id();
                self.document =
                    Document::new_untitled(Project::new(self.tr.tr("untitled-project")));
                self.forget_views();
            }
            Pending::Open => self.open_file_dialog(FilePurpose::Open),
            Pending::OpenPath(path) => {
                self.start_screen = None;
                self.open_path(&path);
            }
        }
    }

    fn handle_shortcuts(&mut self, ui: &Ui, intents: &mut Vec<Intent>) {
        if self.dialog_open() {
            return;
        }
        let typing = ui.ctx().text_edit_focused();
        let shift_command = Modifiers::COMMAND | Modifiers::SHIFT;
        let pressed =
            |modifiers: Modifiers, key: Key| ui.input_mut(|i| i.consume_key(modifiers, key));
        // Shift variants first: Ctrl+S would also match Ctrl+Shift+S.
        let file_actions = [
            (shift_command, Key::S, Intent::SaveAs),
            (Modifiers::COMMAND, Key::S, Intent::Save),
            (Modifiers::COMMAND, Key::O, Intent::Open),
            (Modifiers::COMMAND, Key::N, Intent::New),
            (Modifiers::COMMAND, Key::F, Intent::Search),
            // Leaving the panels while typing in one: the words are committed first.
            (Modifiers::NONE, Key::F11, Intent::TogglePresenting),
        ];
        for (modifiers, key, intent) in file_actions {
            if pressed(modifiers, key) {
                if typing {
                    // Commit what is being typed first (the editor does so when it loses focus).
                    ui.ctx().memory_mut(eframe::egui::Memory::stop_text_input);
                    self.deferred.push(intent);
                } else {
                    intents.push(intent);
                }
            }
        }
        // How the room sees the board: never interrupts typing.
        let view_actions = [
            (Modifiers::COMMAND, Key::Plus, Intent::TextSize(1)),
            (Modifiers::COMMAND, Key::Equals, Intent::TextSize(1)),
            (Modifiers::COMMAND, Key::Minus, Intent::TextSize(-1)),
            (Modifiers::COMMAND, Key::Num0, Intent::TextSize(0)),
        ];
        for (modifiers, key, intent) in view_actions {
            if pressed(modifiers, key) {
                intents.push(intent);
            }
        }
        if typing {
            // A text field has its own undo; leave Ctrl+Z to it.
            return;
        }
        // Escape that finishes typing on the board is not also a request to leave.
        let editing = self.view.editing.is_some() || self.view.title_editing.is_some();
        if self.presenting && !editing && pressed(Modifiers::NONE, Key::Escape) {
            intents.push(Intent::TogglePresenting);
        }
        let question_mark = ui.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
        });
        if pressed(Modifiers::NONE, Key::F1) || question_mark {
            self.showing_shortcuts = true;
        }
        if pressed(shift_command, Key::Z) || pressed(Modifiers::COMMAND, Key::Y) {
            intents.push(Intent::Redo);
        } else if pressed(Modifiers::COMMAND, Key::Z) {
            intents.push(Intent::Undo);
        }
    }

    fn carry_out(&mut self, ctx: &egui::Context, intents: Vec<Intent>) {
        for intent in intents {
            match intent {
                Intent::Edit(command) => {
                    let creates_note = matches!(command, Command::CreateNote { .. });
                    let creates_theme = matches!(command, Command::CreateTheme { .. });
                    match self.document.execute(command) {
                        Ok(()) if creates_note => {
                            // The newest id is the note just written: select it.
                            if let Some(id) = self.document.project().notes.keys().next_back() {
                                self.view.selection = [*id].into();
                            }
                        }
                        Ok(()) if creates_theme => {
                            // A new theme asks for its name at once, in view.
                            let project = self.document.project();
                            if let Some(theme) = project.themes.values().next_back() {
                                let frame = crate::model::layout::theme_rect(theme, &project.notes);
                                self.view.request_reveal(frame);
                                self.view.start_title_editing(theme.id, theme.title.clone());
                            }
                        }
                        Ok(()) => {}
                        Err(err) => self.messages.refused(
                            i18n::command_error(&self.tr, &err),
                            self.document.state_id(),
                        ),
                    }
                }
                Intent::Undo => {
                    if let Err(err) = self.document.undo() {
                        self.messages.refused(
                            i18n::command_error(&self.tr, &err),
                            self.document.state_id(),
                        );
                    }
                }
                Intent::UndoSteps(steps) => {
                    self.undid_steps = Some(steps);
                    for _ in 0..steps {
                        match self.document.undo() {
                            Ok(true) => {}
                            Ok(false) => break,
                            Err(err) => {
                                self.messages.refused(
                                    i18n::command_error(&self.tr, &err),
                                    self.document.state_id(),
                                );
                                break;
                            }
                        }
                    }
                }
                Intent::Redo => {
                    if let Err(err) = self.document.redo() {
                        self.messages.refused(
                            i18n::command_error(&self.tr, &err),
                            self.document.state_id(),
                        );
                    }
                }
                Intent::New => self.request(ctx, Pending::New),
                Intent::Open => self.request(ctx, Pending::Open),
                Intent::Save => {
                    self.save();
                }
                Intent::SaveAs => self.open_file_dialog(FilePurpose::SaveAs),
                Intent::ZoomToFit => self.view.request_fit(),
                Intent::AddNote => {
                    let center = self.view.camera.center;
                    let pos = BoardPos::new(center.x - NOTE_WIDTH / 2.0, center.y - 60.0);
                    self.view.selection.clear();
                    self.view.start_editing(EditTarget::New(pos), String::new());
                }
                Intent::SetLanguage(language) => {
                    self.tr.set_language(language);
                    self.settings.language = language;
                    // What is on screen is said again in the new language.
                    self.messages.rerender(&self.tr);
                }
                Intent::RestoreBackup => self.ask_restore_backup(),
                Intent::Import | Intent::AddPicture | Intent::Paste(_) => self.bring_in(intent),
                Intent::Search => self.view.open_search(),
                Intent::SetColourScheme(scheme) => self.settings.colour_scheme = scheme,
                Intent::TextSize(0) => self.settings.text_scale = 1.0,
                Intent::TextSize(steps) => self.settings.step_text_size(steps),
                Intent::ShowStart => self.show_start_screen(),
                Intent::Close => self.request(ctx, Pending::Close),
                Intent::ShowView(view) => {
                    self.central = view;
                    self.start_screen = None;
                }
                Intent::Export => self.open_export_dialog(),
                Intent::CloseStart => self.start_screen = None,
                Intent::OpenProject(path) => self.request(ctx, Pending::OpenPath(path)),
                Intent::Focus => {
                    self.view.focus_on_selection(self.document.project());
                }
                Intent::TogglePresenting => {
                    self.presenting = !self.presenting;
                    // Leaving gives back the view the facilitator had before presenting.
                    if self.presenting {
                        self.camera_before_presenting = Some(self.view.camera);
                    } else if let Some(camera) = self.camera_before_presenting.take() {
                        self.view.restore_camera(camera);
                    }
                    // The room watches the board: the keyboard goes there too.
                    ctx.memory_mut(|m| {
                        if let Some(id) = m.focused() {
                            m.surrender_focus(id);
                        }
                    });
                    self.view.give_keyboard();
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.presenting));
                }
                Intent::AskMerge { from, into } => self.merge_prompt = Some((from, into)),
                Intent::AlsoFits => {
                    if self.view.selection.len() == 1 && !self.document.project().themes.is_empty()
                    {
                        self.move_picker = Some(MoveToTheme::also_fits());
                    }
                }
                Intent::ShowNote(id) => {
                    if let Some(note) = self.document.project().note(id) {
                        self.view.selection = [id].into();
                        self.view.selected_theme = None;
                        self.view
                            .request_show(crate::model::geometry::note_rect(note).expand(200.0));
                    }
                }
                Intent::MoveToTheme => {
                    if !self.view.selection.is_empty() {
                        self.move_picker = Some(MoveToTheme::default());
                    }
                }
                Intent::GroupSelection => {
                    let project = self.document.project();
                    if let Some(command) = board::group_selection(project, &self.view, &self.tr) {
                        self.carry_out(ctx, vec![Intent::Edit(command)]);
                    }
                }
            }
        }
        self.view.prune(self.document.project());
    }

    fn dialogs_ui(&mut self, ui: &Ui) {
        if let Some(pending) = self.asking_unsaved.clone() {
            let name = self.document.display_name();
            match unsaved_changes_ui(ui, &self.tr, &name) {
                Some(UnsavedChoice::Save) => {
                    self.asking_unsaved = None;
                    if self.document.path().is_some() {
                        if self.save() {
                            self.run_pending(ui.ctx(), pending);
                        }
                    } else {
                        self.after_save_as = Some(pending);
                        self.open_file_dialog(FilePurpose::SaveAs);
                    }
                }
                Some(UnsavedChoice::Discard) => {
                    self.asking_unsaved = None;
                    // Knowingly dropped: the recovery copy goes too.
                    self.discard_recovery();
                    self.run_pending(ui.ctx(), pending);
                }
                Some(UnsavedChoice::Cancel) => self.asking_unsaved = None,
                None => {}
            }
        }
        let Some(dialog) = &mut self.file_dialog else {
            return;
        };
        let purpose = dialog.purpose();
        match dialog.ui(ui, &self.tr) {
            FileDialogOutcome::Pending => {}
            FileDialogOutcome::Cancelled => {
                self.file_dialog = None;
                self.after_save_as = None;
            }
            FileDialogOutcome::Chosen(path) => {
                self.file_dialog = None;
                match purpose {
                    FilePurpose::Open => self.open_path(&path),
                    FilePurpose::Import => self.import_file(&path),
                    FilePurpose::AddPicture => self.add_picture_file(&path, None),
                    FilePurpose::SaveAs => match self.document.save_as(&path) {
                        Ok(()) => {
                            self.after_save_to(&path);
                            let shown = path.display().to_string();
                            self.messages.info_said(
                                &self.tr,
                                "message-saved",
                                &[("path", Arg::Str(&shown))],
                            );
                            if let Some(pending) = self.after_save_as.take() {
                                self.run_pending(ui.ctx(), pending);
                            }
                        }
                        Err(err) => {
                            self.after_save_as = None;
                            self.report_save_error(&err, Some(path));
                        }
                    },
                }
            }
        }
    }

    /// "Merge “A” into “B”?": merging is undoable, but it changes a lot at once.
    fn merge_prompt_ui(&mut self, ui: &Ui) {
        let Some((from, into)) = self.merge_prompt else {
            return;
        };
        let project = self.document.project();
        let (Some(source), Some(target)) = (project.themes.get(&from), project.themes.get(&into))
        else {
            self.merge_prompt = None;
            return;
        };
        let question = self.tr.tr_args(
            "merge-question",
            &[
                ("from", Arg::Str(&source.title)),
                ("into", Arg::Str(&target.title)),
                ("count", source.notes.len().into()),
            ],
        );
        let choice = crate::ui::dialogs::confirm_ui(
            ui,
            &self.tr,
            "cytun-merge",
            &self.tr.tr("merge-heading"),
            &question,
            &self.tr.tr("merge-confirm"),
        );
        match choice {
            Some(true) => {
                self.merge_prompt = None;
                self.carry_out(
                    ui.ctx(),
                    vec![Intent::Edit(Command::MergeThemes { from, into })],
                );
                self.view.selected_theme = Some(into);
            }
            Some(false) => self.merge_prompt = None,
            None => {}
        }
    }

    /// "Move to theme…": sends the selected notes to the chosen theme, or a new one.
    fn move_picker_ui(&mut self, ui: &Ui) {
        let Some(picker) = &mut self.move_picker else {
            return;
        };
        let project = self.document.project();
        let Some(choice) = picker.ui(ui, &self.tr, project, self.view.selection.len()) else {
            return;
        };
        let also_fits = picker.is_also_fits();
        self.move_picker = None;
        let notes: Vec<_> = self.view.selection.iter().copied().collect();
        let command = match choice {
            MoveChoice::Cancel => return,
            MoveChoice::Theme(theme) if also_fits => {
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
                }) = board::group_selection(project, &self.view, &self.tr)
                else {
                    return;
                };
                let title = if title.is_empty() { placeholder } else { title };
                Command::CreateTheme { title, notes, at }
            }
        };
        self.carry_out(ui.ctx(), vec![Intent::Edit(command)]);
    }

    /// The window title: project name, with a mark while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let dirty = if self.document.is_dirty() {
            "yes"
        } else {
            "no"
        };
        self.tr.tr_args(
            "window-title",
            &[
                ("name", Arg::Str(&self.document.display_name())),
                ("dirty", Arg::Str(dirty)),
            ],
        )
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }
}

impl eframe::App for CytunApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if ctx.text_edit_focused() {
                // Words still being typed (a note, the draft) are committed first, then
                // the close is asked again, so they count as unsaved work.
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                ctx.memory_mut(eframe::egui::Memory::stop_text_input);
                self.deferred.push(Intent::Close);
            } else if self.document.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.asking_unsaved = Some(Pending::Close);
            }
        }

        let look = (self.settings.colour_scheme, self.settings.text_scale);
        if self.applied_look != Some(look) {
            style::apply(&ctx, look.0, look.1);
            self.applied_look = Some(look);
        }
        let now = ctx.input(|i| i.time);
        if self.timer.tick(now) {
            self.messages.info_said(&self.tr, "timer-done", &[]);
        }
        if self.timer.is_running() {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        let mut intents = Vec::new();
        self.take_dropped_files(&ctx);
        self.take_screenshot(&ctx);
        self.handle_shortcuts(ui, &mut intents);
        let selection: Vec<_> = self.view.selection.iter().copied().collect();
        let project = self.document.project();

        // Presentation mode: only the board, for the room.
        if !self.presenting {
            egui::Panel::top("cytun-toolbar").show(ui, |ui| {
                ui.add_space(6.0);
                // The project's name, for the room: the window title is hidden on a projector.
                let mark = if self.document.is_dirty() { " •" } else { "" };
                ui.horizontal(|ui| {
                    ui.heading(format!("{}{mark}", self.document.display_name()));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        panels::language_ui(ui, &self.tr, &mut intents);
                        ui.separator();
                        panels::display_ui(
                            ui,
                            &self.tr,
                            self.settings.colour_scheme,
                            self.settings.text_scale,
                            &mut intents,
                        );
                    });
                });
                let state = ToolbarState {
                    can_undo: self.document.can_undo(),
                    can_redo: self.document.can_redo(),
                    selection: &selection,
                    selected_theme: self
                        .view
                        .selected_theme
                        .and_then(|id| project.themes.get(&id))
                        .map(|t| (t.id, t.collapsed)),
                    has_themes: !project.themes.is_empty(),
                    has_backup: self
                        .document
                        .path()
                        .is_some_and(|p| crate::store::backup_path(p).is_file()),
                    view: self.central,
                };
                panels::toolbar_ui(ui, &self.tr, &state, &mut intents);
                ui.add_space(2.0);
            });
            egui::Panel::bottom("cytun-status").show(ui, |ui| {
                self.messages.ui(ui, &self.tr);
                let saved_state = if self.document.is_dirty() {
                    "status-unsaved"
                } else {
                    "status-saved"
                };
                ui.horizontal(|ui| {
                    let color = if self.document.is_dirty() {
                        style::palette(ui.ctx()).accent
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.colored_label(color, self.tr.tr(saved_state));
                    ui.separator();
                    crate::ui::timer::timer_controls_ui(ui, &self.tr, &mut self.timer);
                    ui.separator();
                    if !self.announcement.is_empty() {
                        announcement_ui(ui, &self.announcement);
                        ui.separator();
                    }
                    panels::status_bar_ui(ui, &self.tr, project, &self.view);
                });
            });
            // The side panel belongs to the board; the ranking and definition use the room.
            if self.central == crate::ui::CentralView::Board || self.start_screen.is_some() {
                egui::Panel::right("cytun-details")
                    .default_size(400.0)
                    .min_size(300.0)
                    .frame(egui::Frame::side_top_panel(&ui.ctx().global_style()).inner_margin(16))
                    .show(ui, |ui| {
                        ui.horizontal(|ui| {
                            for (tab, id) in [
                                (SideTab::Note, "tab-note"),
                                (SideTab::Themes, "tab-themes"),
                                (SideTab::Words, "tab-words"),
                                (SideTab::Outline, "tab-outline"),
                                (SideTab::History, "tab-history"),
                            ] {
                                ui.selectable_value(&mut self.side_tab, tab, self.tr.tr(id));
                            }
                        });
                        ui.separator();
                        egui::ScrollArea::vertical().show(ui, |ui| match self.side_tab {
                            SideTab::Note => match self
                                .view
                                .selected_theme
                                .and_then(|id| project.themes.get(&id))
                            {
                                Some(theme) if selection.is_empty() => {
                                    panels::theme_details_ui(
                                        ui,
                                        &self.tr,
                                        theme,
                                        &mut self.theme_draft,
                                        &mut intents,
                                    );
                                }
                                _ => panels::note_details_ui(
                                    ui,
                                    &self.tr,
                                    project,
                                    &selection,
                                    &mut self.details,
                                    &mut intents,
                                ),
                            },
                            SideTab::Themes => {
                                panels::themes_panel_ui(
                                    ui,
                                    &self.tr,
                                    project,
                                    &mut self.view,
                                    &mut self.theme_order,
                                    &mut intents,
                                );
                            }
                            SideTab::Outline => {
                                panels::outline_panel_ui(ui, &self.tr, project, &mut intents);
                            }
                            SideTab::History => {
                                panels::history_panel_ui(
                                    ui,
                                    &self.tr,
                                    self.document.history(),
                                    &mut intents,
                                );
                            }
                            SideTab::Words => panels::words_panel_ui(
                                ui,
                                &self.tr,
                                project,
                                self.document.state_id(),
                                &mut self.view,
                                &mut self.words,
                                &mut intents,
                            ),
                        });
                    });
            }
        }
        let interactive = !self.dialog_open();
        let state_id = self.document.state_id();
        if let Some(screen) = &mut self.start_screen {
            egui::CentralPanel::default().show(ui, |ui| {
                crate::ui::start_screen::start_screen_ui(
                    ui,
                    &self.tr,
                    screen,
                    interactive,
                    &mut intents,
                );
            });
        } else if self.central == crate::ui::CentralView::Rank {
            egui::CentralPanel::default().show(ui, |ui| {
                crate::ui::rank_view::rank_view_ui(
                    ui,
                    &self.tr,
                    project,
                    &mut self.rank_view,
                    &mut intents,
                );
            });
        } else if self.central == crate::ui::CentralView::Definition {
            egui::CentralPanel::default().show(ui, |ui| {
                crate::ui::definition_view::definition_view_ui(
                    ui,
                    &self.tr,
                    project,
                    &mut self.definition_view,
                    &mut intents,
                );
            });
        } else {
            egui::CentralPanel::no_frame().show(ui, |ui| {
                // The search bar sits flush on the board: no gap for the background to show.
                ui.spacing_mut().item_spacing.y = 0.0;
                if !self.presenting {
                    board::search_bar_ui(ui, &self.tr, project, state_id, &mut self.view);
                }
                // While a picture of the board is being taken, the board shows what the
                // outbound filter let through, and takes no input.
                let shown = self.pending_picture.as_ref().map(|p| &p.shown);
                board::canvas_ui(
                    ui,
                    shown.unwrap_or(project),
                    &mut self.view,
                    &self.tr,
                    interactive && shown.is_none(),
                    &mut intents,
                );
            });
        }

        intents.append(&mut std::mem::take(&mut self.deferred));
        // Words committed this frame (a field left by clicking Undo) are a change of their
        // own: they go in before the undo, so the undo takes back the right step.
        intents.sort_by_key(|intent| {
            matches!(intent, Intent::Undo | Intent::Redo | Intent::UndoSteps(_))
        });
        self.carry_out(&ctx, intents);
        // A refusal ("no dots left") goes once the project has changed since.
        self.messages.forget_outlived(self.document.state_id());
        self.announce_change();
        self.safety_tick(&ctx);
        self.dialogs_ui(ui);
        if self.file_dialog.is_none() && self.asking_unsaved.is_none() {
            self.offers_ui(ui);
        }
        self.move_picker_ui(ui);
        self.merge_prompt_ui(ui);
        self.import_prompt_ui(ui);
        self.export_dialog_ui(ui);
        if self.showing_shortcuts && crate::ui::dialogs::shortcuts_ui(ui, &self.tr) {
            self.showing_shortcuts = false;
        }
        // What the board focuses on is kept clear of the timer in the corner.
        self.view.keep_clear = None;
        if self.presenting {
            self.view.keep_clear = crate::ui::timer::timer_overlay_ui(&ctx, &self.tr, &self.timer);
            self.announcement_overlay_ui(&ctx);
        }
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, &self.settings);
    }
}

/// A file name made from a project title: letters, digits, spaces and dashes only.
/// The announcement as a live region: read out whenever it changes.
fn announcement_ui(ui: &mut Ui, text: &str) {
    let label = ui.label(text);
    ui.ctx().accesskit_node_builder(label.id, |node| {
        node.set_live(egui::accesskit::Live::Polite);
    });
}

fn sanitise_file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == ' ' {
                c
            } else {
                '-'
            }
        })
        .collect::<String>()
        .trim()
        .replace(' ', "-");
    if stem.is_empty() {
        "project".to_owned()
    } else {
        stem
    }
}
