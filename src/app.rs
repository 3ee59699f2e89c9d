//! `CytunApp`: the eframe application. Each frame reads what arrived (keys, dropped files),
//! draws every panel from the document (which is still while drawing) and what is asked over
//! the board, collecting the user's intents, then carries them out in one place, after the
//! frame (`intents.rs`).
//!
//! The window's state is in parts (`state.rs`): the open work and its safety, the views, the
//! room, the window; and one `Overlay` for what is asked (`overlay.rs`).

mod announce;
mod board_in;
mod bring_in;
mod exporting;
mod feedback_in;
mod file_watch;
pub mod frame_stats;
mod intents;
mod layout;
mod overlay;
mod phone_room;
pub mod pixel_check;
mod places;
mod project_files;
mod safety;
mod state;

use std::path::PathBuf;

use eframe::egui::{self, Ui};

use self::overlay::{Answer, Overlay, Pending, Waiting};
use self::state::{Facilitation, Views, Window, Work};
use crate::document::Document;
use crate::i18n::{Arg, I18n, UiLanguage};
use crate::model::Project;
use crate::settings::{self, Settings};
use crate::store::RecoveryStore;
use crate::ui::board::BoardView;
use crate::ui::dialogs::Messages;
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
    /// Where the room for phones listens when opened (tests: 127.0.0.1, any port).
    pub room: crate::phones::RoomOptions,
}

impl StartOptions {
    /// For the real window: the named file, else the bundled sample workshop; the language
    /// code asked for (`cy`, else English), else the saved choice.
    pub fn for_window(file: Option<PathBuf>, lang: Option<&str>) -> Self {
        Self {
            file: file.or_else(crate::files::default_project),
            language: lang.map(|code| {
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
            room: crate::phones::RoomOptions::default(),
        }
    }
}

/// What the app may do on this machine, fixed at start.
#[derive(Clone, Copy, Debug)]
struct Abilities {
    native_dialogs: bool,
    lock_projects: bool,
}

/// The application: the open work, the views, the room, the window, and the one thing (if
/// any) asked over the board.
pub struct CytunApp {
    tr: I18n,
    settings: Settings,
    messages: Messages,
    /// What this machine and session allow (system dialogs, lock files).
    abilities: Abilities,
    work: Work,
    views: Views,
    facilitation: Facilitation,
    window: Window,
    /// What is asked or shown over the board: one thing at most.
    asking: Option<Overlay>,
    /// Questions raised while another showed, asked in turn.
    waiting: Waiting,
    /// An action to finish once a Save As (asked for by "save first?") succeeds.
    after_save_as: Option<Pending>,
    /// Intents to run at the end of the next frame (a save asked for while typing waits for the
    /// typed text to be committed first).
    deferred: Vec<Intent>,
    /// A picture of the board asked for, waiting for the screenshot.
    pending_picture: Option<exporting::PendingPicture>,
    /// How the room for phones is opened.
    room_options: crate::phones::RoomOptions,
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
        app.window.applied_look = Some(look);
        app
    }

    /// The app without an eframe context (tests build it through `new`, benches through this).
    pub fn with_settings(settings: Settings, options: StartOptions) -> Self {
        let language = options.language.unwrap_or(settings.language);
        let tr = I18n::new(language);
        let document = Document::new_untitled(Project::new(tr.tr("untitled-project")));
        let mut app = Self {
            tr,
            settings,
            messages: Messages::default(),
            abilities: Abilities {
                native_dialogs: options.native_dialogs,
                lock_projects: options.lock_projects,
            },
            work: Work::new(document, options.recovery_dir.map(RecoveryStore::new)),
            views: Views::new(),
            facilitation: Facilitation::default(),
            window: Window::default(),
            asking: None,
            waiting: Waiting::new(),
            after_save_as: None,
            deferred: Vec::new(),
            pending_picture: None,
            room_options: options.room,
        };
        app.settings.language = language;
        match options.file {
            Some(path) => app.open_path(&path),
            // Nothing named: a coordinator chooses from their projects.
            None if options.show_start_screen => app.show_start_screen(),
            None => {}
        }
        if app.asking.is_none() {
            // Work on a project never saved, left by a crash.
            app.offer_recovery(None);
        }
        app
    }

    pub fn document(&self) -> &Document {
        &self.work.document
    }

    pub fn view(&self) -> &BoardView {
        &self.views.board
    }

    /// The Table view's rows, in the order shown (for tests).
    pub fn table_rows(&self) -> &[crate::model::NoteId] {
        self.views.table.rows()
    }

    /// Moves the board's view by a screen distance, as a drag would (`--frame-stats`).
    pub fn pan_board(&mut self, by: egui::Vec2) {
        self.views.board.camera.pan_by_screen(by);
    }

    /// Leaves parts of the board out, and with `panels` shows only the board as presentation
    /// mode does, without going full screen (`--frame-stats --without`).
    pub fn leave_out(&mut self, parts: &[frame_stats::LeftOutPart]) {
        use frame_stats::LeftOutPart;
        let board: Vec<_> = parts
            .iter()
            .filter_map(|part| match part {
                LeftOutPart::Board(element) => Some(*element),
                LeftOutPart::Panels | LeftOutPart::Reuse => None,
            })
            .collect();
        if parts.contains(&LeftOutPart::Reuse) {
            self.views.board.draw_whole_every_frame();
            self.window.panel_reuse.copies.turn_off();
        }
        self.views.board.diagnostics.left_out = crate::ui::board::leave_out::LeftOut::of(&board);
        self.facilitation.presenting = parts.contains(&LeftOutPart::Panels);
    }

    /// For the benchmarks, which have no OpenGL: frames reuse last frame's pixels (the
    /// board's shifted, the panels' put back) as if every copy were made, so what is left
    /// for the processor is measured.
    pub fn reuse_pixels_as_if_copied(&mut self) {
        self.views.board.reuse_as_if_copied();
        self.window.panel_reuse.copies.count_as_made();
    }

    /// Reuses last frame's pixels where nothing changed (the default), or draws the whole
    /// window from this frame on (`--pixel-check` compares the two).
    pub fn reuse_pixels(&mut self, on: bool) {
        self.views.board.reuse_pixels(on);
        self.window.panel_reuse.copies.set_off(!on);
    }

    /// Asks for a change as a click would, carried out after the next frame
    /// (`--pixel-check` changes the language and the colours this way).
    pub fn ask_for(&mut self, intent: Intent) {
        self.deferred.push(intent);
    }

    /// Zooms the board to show every note on the next frame (`--frame-stats`).
    pub fn fit_board(&mut self) {
        self.views.board.request_fit();
    }

    /// The groups suggested in the Words tab, in the order listed (for tests).
    pub fn suggestions(&self) -> Vec<crate::analysis::suggest::Suggestion> {
        self.views
            .side
            .words
            .suggest
            .suggestions(self.work.document.project())
    }

    /// Whether suggested groups are being worked out on their thread.
    pub fn suggesting(&self) -> bool {
        self.views.side.words.suggest.working()
    }

    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The settings as they are kept when the window closes: with where the facilitator is
    /// in the open project, so it opens there next time.
    pub fn settings_to_keep(&mut self) -> &Settings {
        self.remember_place();
        &self.settings
    }

    /// The last change, in words: what a screen reader says after grouping, moving or
    /// undoing, and what the room reads in the status bar.
    pub fn announcement(&self) -> &str {
        &self.facilitation.announcement.text
    }

    /// The window title: project name, with a mark while there are unsaved changes.
    pub fn window_title(&self) -> String {
        let document = &self.work.document;
        let dirty = if document.is_dirty() { "yes" } else { "no" };
        self.tr.tr_args(
            "window-title",
            &[
                ("name", Arg::Str(&document.display_name())),
                ("dirty", Arg::Str(dirty)),
            ],
        )
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.window_title();
        if title != self.window.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.title_shown = title;
        }
    }

    /// Before the frame: what arrived from outside the panels (a close asked for by the
    /// system, the look, the timer, dropped files, window-wide keys), as intents.
    fn before_frame(&mut self, ui: &Ui, intents: &mut Vec<Intent>) {
        profiling::function_scope!();
        let ctx = ui.ctx();
        if ctx.input(|i| i.viewport().close_requested()) && !self.window.close_confirmed {
            if ctx.text_edit_focused() {
                // Words still being typed (a note, the draft) are committed first, then
                // the close is asked again, so they count as unsaved work.
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                ctx.memory_mut(egui::Memory::stop_text_input);
                self.deferred.push(Intent::Close);
            } else if self.work.document.is_dirty() || self.facilitation.phones.is_some() {
                // An open room is closed first: what phones sent is taken in, and is then
                // unsaved work to ask about.
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                intents.push(Intent::Close);
            }
        }
        let look = (self.settings.colour_scheme, self.settings.text_scale);
        if self.window.applied_look != Some(look) {
            style::apply(ctx, look.0, look.1);
            self.window.applied_look = Some(look);
        }
        let now = ctx.input(|i| i.time);
        if self.facilitation.timer.tick(now) {
            self.messages.info_said(&self.tr, "timer-done", &[]);
        }
        if self.facilitation.timer.is_running() {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
        intents.extend(self.dropped_files(ctx));
        self.handle_shortcuts(ui, intents);
    }

    /// After the frame: the one place where intents and answers are carried out.
    fn after_frame(
        &mut self,
        ctx: &egui::Context,
        mut intents: Vec<Intent>,
        answer: Option<Answer>,
    ) {
        profiling::function_scope!();
        intents.append(&mut std::mem::take(&mut self.deferred));
        // Words committed this frame (a field left by clicking Undo) are a change of their
        // own: they go in before the undo, so the undo takes back the right step.
        intents.sort_by_key(|intent| {
            matches!(intent, Intent::Undo | Intent::Redo | Intent::UndoSteps(_))
        });
        let asked_before = self.asking.is_some();
        self.carry_out(ctx, intents);
        if let Some(answer) = answer {
            self.answer(ctx, answer);
        }
        // What phones did: after the room's own changes, as one more writer's turn.
        self.take_in_phones();
        self.take_screenshot(ctx);
        // A refusal ("no dots left") goes once the project has changed since.
        self.messages.forget_outlived(self.work.document.state_id());
        self.announce_change();
        self.safety_tick(ctx);
        if self.asking.is_some() != asked_before {
            // A question opened or closed: the next frame shows it, or what it hid.
            ctx.request_repaint();
        }
    }
}

impl eframe::App for CytunApp {
    /// What shows where nothing is painted: for a frame or two after a text-size change
    /// egui lays the panels out anew and leaves a strip between them; in the panels' own
    /// colour it goes unseen (eframe's dark default showed as a black band).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.views.board.set_opengl(frame.gl().is_some());
        self.window
            .panel_reuse
            .copies
            .set_available(frame.gl().is_some());
        let mut intents = Vec::new();
        self.before_frame(ui, &mut intents);
        let panels_start = self.window.panel_reuse.start(ui);
        self.panels_ui(ui, &mut intents);
        let central = ui.available_rect_before_wrap();
        self.window.panel_reuse.finish(ui, panels_start, central);
        self.central_ui(ui, &mut intents);
        self.room_panel_ui(&ctx, central, &mut intents);
        let answer = self.overlay_ui(ui);
        // What the board focuses on is kept clear of the timer in the corner.
        self.views.board.keep_clear = None;
        if self.facilitation.presenting {
            self.views.board.keep_clear =
                crate::ui::timer::timer_overlay_ui(&ctx, &self.tr, &self.facilitation.timer);
            self.announcement_overlay_ui(&ctx);
        }
        self.after_frame(&ctx, intents, answer);
        self.update_title(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, settings::STORAGE_KEY, self.settings_to_keep());
    }
}
