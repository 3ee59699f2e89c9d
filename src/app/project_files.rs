//! Opening, saving and replacing the project on screen: each asks first when unsaved work
//! stands in the way, and says plainly what went wrong when a file cannot be read or written.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::CytunApp;
use super::overlay::{Overlay, Pending};
use super::safety::Offer;
use crate::document::Document;
use crate::i18n::{self, Arg};
use crate::model::Project;
use crate::store::{LoadError, SaveError};
use crate::ui::dialogs::{FileDialog, FilePurpose, UnsavedChoice};
use crate::ui::panels::DetailsDraft;

impl CytunApp {
    /// A different project is shown: the views start afresh.
    pub(crate) fn forget_views(&mut self) {
        self.views.forget();
        self.facilitation.camera_before_presenting = None;
        self.close_room_quietly();
    }

    /// Lists recent projects and the projects folder's boards, in place of the board.
    pub(super) fn show_start_screen(&mut self) {
        let folder = crate::files::projects_folder();
        let folder = std::path::absolute(&folder).unwrap_or(folder);
        self.views.start_screen = Some(crate::ui::start_screen::StartScreen::scan(
            &self.settings.recent_projects,
            folder,
        ));
    }

    pub(super) fn open_path(&mut self, path: &Path) {
        // Held as a whole path: exports, recent projects and the lock then name the same file
        // whatever folder Cytûn was started from (a relative `cytun projects/x.ron` too).
        let whole = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let path = whole.as_path();
        // Phones' arrivals are taken into the project they were sent to (and kept in its
        // journal) before another is shown.
        self.close_room_quietly();
        match Document::open(path) {
            Ok(document) => {
                self.remember_place();
                self.work.document = document;
                self.forget_views();
                self.views.side.details = DetailsDraft::default();
                self.return_to_place(path);
                self.messages.settled(path);
                self.settings.remember_project(path.to_owned());
                self.after_open(path);
            }
            Err(err) => {
                let text = self.describe_open_error(&err, path);
                self.messages.error_about(path, text);
            }
        }
    }

    pub(super) fn describe_open_error(&self, err: &LoadError, path: &Path) -> String {
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

    /// The open project's file (empty for a project never saved), for messages.
    pub(super) fn file_path(&self) -> PathBuf {
        self.work
            .document
            .path()
            .map(Path::to_owned)
            .unwrap_or_default()
    }

    /// Saves to the document's file; asks for one first if it has none. True when saved.
    pub(super) fn save(&mut self) -> bool {
        match self.work.document.save() {
            Ok(true) => {
                let path = self.file_path();
                self.after_save_to(&path);
                self.say_saved(&path);
                true
            }
            Ok(false) => {
                self.open_file_dialog(FilePurpose::SaveAs);
                false
            }
            Err(SaveError::ChangedOnDisk) => {
                // Never overwrite someone else's changes: ask what to keep.
                self.ask(Overlay::Safety(Offer::ChangedOnDisk));
                false
            }
            Err(err) => {
                let file = self.work.document.path().map(Path::to_owned);
                self.report_save_error(&err, file.as_deref());
                false
            }
        }
    }

    fn say_saved(&mut self, path: &Path) {
        let shown = path.display().to_string();
        self.messages
            .info_said(&self.tr, "message-saved", &[("path", Arg::Str(&shown))]);
    }

    pub(super) fn report_save_error(&mut self, err: &SaveError, path: Option<&Path>) {
        let reason = i18n::save_error(&self.tr, err);
        let shown = path.map(|p| p.display().to_string()).unwrap_or_default();
        let args = [("reason", Arg::Str(&reason)), ("path", Arg::Str(&shown))];
        match path {
            Some(file) => {
                self.messages
                    .error_said_about(file, &self.tr, "message-save-failed", &args);
            }
            None => self
                .messages
                .error_said(&self.tr, "message-save-failed", &args),
        }
    }

    pub(super) fn open_file_dialog(&mut self, purpose: FilePurpose) {
        let suggested = match (purpose, self.work.document.path()) {
            (
                FilePurpose::Import | FilePurpose::AddPicture | FilePurpose::Feedback { .. },
                Some(path),
            ) => path.parent().map(Path::to_owned).unwrap_or_default(),
            (_, Some(path)) => path.to_owned(),
            (
                FilePurpose::Open
                | FilePurpose::Import
                | FilePurpose::AddPicture
                | FilePurpose::Feedback { .. },
                None,
            ) => PathBuf::from("projects"),
            (FilePurpose::SaveAs, None) => {
                let name = sanitise_file_stem(&self.work.document.display_name());
                Path::new("projects").join(format!("{name}.ron"))
            }
        };
        let suggested = std::path::absolute(&suggested).unwrap_or(suggested);
        let mut dialog = FileDialog::new(purpose, &suggested);
        if self.abilities.native_dialogs {
            dialog.browse(purpose.heading(&self.tr));
        }
        self.ask(Overlay::File(dialog));
    }

    /// Runs `pending` now if nothing unsaved stands in the way, else asks first.
    pub(super) fn request(&mut self, ctx: &egui::Context, pending: Pending) {
        if matches!(pending, Pending::Close) {
            // What phones sent is in before "save the changes first?" is asked.
            self.close_room_quietly();
        }
        if self.work.document.is_dirty() {
            self.ask(Overlay::Unsaved(pending));
        } else {
            self.run_pending(ctx, pending);
        }
    }

    pub(super) fn run_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::Close => {
                self.window.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Pending::New => {
                // The old file is no longer open here: its lock goes; the new project gets a
                // recovery slot of its own.
                self.close_room_quietly();
                self.work.lock = None;
                self.work.untitled_slot = crate::store::untitled_id();
                self.remember_place();
                self.work.document =
                    Document::new_untitled(Project::new(self.tr.tr("untitled-project")));
                self.forget_views();
            }
            Pending::Open => self.open_file_dialog(FilePurpose::Open),
            Pending::OpenPath(path) => {
                self.views.start_screen = None;
                self.open_path(&path);
            }
        }
    }

    /// "Save the changes first?" was answered.
    pub(super) fn answer_unsaved(
        &mut self,
        ctx: &egui::Context,
        pending: Pending,
        choice: UnsavedChoice,
    ) {
        match choice {
            UnsavedChoice::Save if self.work.document.path().is_some() => {
                if self.save() {
                    self.run_pending(ctx, pending);
                }
            }
            UnsavedChoice::Save => {
                self.after_save_as = Some(pending);
                self.open_file_dialog(FilePurpose::SaveAs);
            }
            UnsavedChoice::Discard => {
                // Knowingly dropped: the recovery copy goes too.
                self.discard_recovery();
                self.run_pending(ctx, pending);
            }
            UnsavedChoice::Cancel => {}
        }
    }

    /// A file was chosen in the file dialog.
    pub(super) fn file_chosen(&mut self, ctx: &egui::Context, purpose: FilePurpose, path: &Path) {
        match purpose {
            FilePurpose::Open => self.open_path(path),
            FilePurpose::Import => self.import_file(path),
            FilePurpose::AddPicture => self.add_picture_file(path, None),
            FilePurpose::Feedback { part, version } => {
                self.import_feedback_file(path, part, version);
            }
            FilePurpose::SaveAs => match self.work.document.save_as(path) {
                Ok(()) => {
                    self.after_save_to(path);
                    self.say_saved(path);
                    if let Some(pending) = self.after_save_as.take() {
                        self.run_pending(ctx, pending);
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

/// A file name made from a project title: letters, digits, spaces and dashes only.
pub(super) fn sanitise_file_stem(title: &str) -> String {
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
