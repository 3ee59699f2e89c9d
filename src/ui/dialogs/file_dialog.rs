//! Choosing a project file. The system's own dialog (rfd) runs on a helper thread, so the
//! window never freezes waiting for it; a path field is always there too, for machines where
//! no system dialog can be shown (a kiosk, a bare Linux session, a remote desktop).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use eframe::egui::{self, Id, TextEdit, Ui};

use crate::i18n::I18n;
use crate::ui::style;

/// A system dialog that answers faster than this never showed: it could not be opened.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(700);

/// Why a file is being chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePurpose {
    Open,
    SaveAs,
    /// A spreadsheet of contributions to bring onto the board.
    Import,
    /// A photo or artwork to put on a note.
    AddPicture,
    /// A survey export of sense-check responses, for this version of the definition or of
    /// the charter.
    Feedback {
        part: crate::model::definition::Part,
        version: u32,
    },
}

impl FilePurpose {
    /// The dialog's heading and its confirm button (catalogue ids).
    fn texts(self) -> (&'static str, &'static str) {
        match self {
            Self::Open => ("file-open-heading", "action-open-confirm"),
            Self::SaveAs => ("file-save-heading", "action-save-confirm"),
            Self::Import => ("file-import-heading", "action-import-confirm"),
            Self::AddPicture => ("file-picture-heading", "action-add-picture-confirm"),
            Self::Feedback { .. } => ("file-feedback-heading", "action-import-confirm"),
        }
    }

    /// The heading, for the system dialog's title.
    pub fn heading(self, tr: &I18n) -> String {
        tr.tr(self.texts().0)
    }
}

/// What the dialog decided this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileDialogOutcome {
    Pending,
    Cancelled,
    Chosen(PathBuf),
}

struct NativePick {
    answer: Receiver<Option<PathBuf>>,
    started: Instant,
}

/// An open file dialog.
pub struct FileDialog {
    purpose: FilePurpose,
    path: String,
    native: Option<NativePick>,
    /// Set when the system dialog could not be shown.
    native_failed: bool,
    focus_path: bool,
}

impl std::fmt::Debug for FileDialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileDialog")
            .field("purpose", &self.purpose)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl FileDialog {
    /// A dialog starting from `suggested` (the current file, or the projects folder).
    pub fn new(purpose: FilePurpose, suggested: &Path) -> Self {
        Self {
            purpose,
            path: suggested.display().to_string(),
            native: None,
            native_failed: false,
            focus_path: true,
        }
    }

    pub fn purpose(&self) -> FilePurpose {
        self.purpose
    }

    /// Whether this machine can show a system file dialog at all.
    pub fn native_available() -> bool {
        if cfg!(target_os = "linux") {
            std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
        } else {
            true
        }
    }

    /// Opens the system dialog on a helper thread.
    pub fn browse(&mut self, title: String) {
        if !Self::native_available() {
            self.native_failed = true;
            return;
        }
        let (sender, answer) = mpsc::channel();
        let current = PathBuf::from(self.path.trim());
        let purpose = self.purpose;
        let spawned = std::thread::Builder::new()
            .name("cytun-file-dialog".into())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new().set_title(title);
                dialog = match purpose {
                    FilePurpose::Open | FilePurpose::SaveAs => {
                        dialog.add_filter("Cytûn (.ron)", &["ron"])
                    }
                    FilePurpose::Import => dialog.add_filter(
                        "CSV, Excel, OpenDocument, Cytûn",
                        &["csv", "tsv", "txt", "xlsx", "xls", "ods", "ron"],
                    ),
                    FilePurpose::Feedback { .. } => dialog.add_filter(
                        "CSV, Excel, OpenDocument",
                        &["csv", "tsv", "txt", "xlsx", "xls", "ods"],
                    ),
                    FilePurpose::AddPicture => {
                        dialog.add_filter("PNG, JPEG", &["png", "jpg", "jpeg", "PNG", "JPG"])
                    }
                };
                let folder = if current.is_dir() {
                    Some(current.as_path())
                } else {
                    current.parent()
                };
                if let Some(folder) = folder.filter(|f| f.is_dir()) {
                    dialog = dialog.set_directory(folder);
                }
                let chosen = match purpose {
                    FilePurpose::Open
                    | FilePurpose::Import
                    | FilePurpose::AddPicture
                    | FilePurpose::Feedback { .. } => dialog.pick_file(),
                    FilePurpose::SaveAs => {
                        if let Some(name) = current.file_name() {
                            dialog = dialog.set_file_name(name.to_string_lossy());
                        }
                        dialog.save_file()
                    }
                };
                sender.send(chosen).ok();
            });
        match spawned {
            Ok(_) => {
                self.native = Some(NativePick {
                    answer,
                    started: Instant::now(),
                });
            }
            Err(_) => self.native_failed = true,
        }
    }

    /// Draws the dialog.
    pub fn ui(&mut self, ui: &Ui, tr: &I18n) -> FileDialogOutcome {
        if let Some(outcome) = self.poll_native() {
            return outcome;
        }
        let mut outcome = FileDialogOutcome::Pending;
        let (heading, confirm) = self.purpose.texts();
        let modal = egui::Modal::new(Id::unique("cytun-file-dialog")).show(ui.ctx(), |ui| {
            ui.set_width(720.0);
            ui.heading(tr.tr(heading));
            if self.native.is_some() {
                ui.label(tr.tr("file-waiting-for-system"));
                ui.ctx().request_repaint_after(Duration::from_millis(100));
            }
            if self.native_failed {
                ui.colored_label(
                    style::palette(ui.ctx()).accent,
                    tr.tr("file-no-system-dialog"),
                );
            }
            let label = ui.label(tr.tr("file-path-label"));
            let field = ui
                .add(TextEdit::singleline(&mut self.path).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_path) {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if (ui.button(tr.tr(confirm)).clicked() || entered)
                    && let Some(path) = self.chosen_path()
                {
                    outcome = FileDialogOutcome::Chosen(path);
                }
                let can_browse = self.native.is_none() && !self.native_failed;
                if ui
                    .add_enabled(can_browse, egui::Button::new(tr.tr("action-browse")))
                    .clicked()
                {
                    self.browse(tr.tr(heading));
                }
                if ui.button(tr.tr("action-cancel")).clicked() {
                    outcome = FileDialogOutcome::Cancelled;
                }
            });
        });
        if modal.should_close() && outcome == FileDialogOutcome::Pending {
            outcome = FileDialogOutcome::Cancelled;
        }
        outcome
    }

    /// The typed path, with `.ron` added when saving under a name without one.
    fn chosen_path(&self) -> Option<PathBuf> {
        let typed = self.path.trim();
        if typed.is_empty() {
            return None;
        }
        let mut path = PathBuf::from(typed);
        if self.purpose == FilePurpose::SaveAs && path.extension().is_none() {
            path.set_extension("ron");
        }
        Some(path)
    }

    fn poll_native(&mut self) -> Option<FileDialogOutcome> {
        let pick = self.native.as_ref()?;
        match pick.answer.try_recv() {
            Ok(Some(path)) => Some(FileDialogOutcome::Chosen(path)),
            Ok(None) if pick.started.elapsed() < NO_DIALOG_WITHIN => {
                // Answered at once with nothing: no dialog could be shown. Offer the path field.
                self.native = None;
                self.native_failed = true;
                None
            }
            Ok(None) => Some(FileDialogOutcome::Cancelled),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.native = None;
                self.native_failed = true;
                None
            }
        }
    }
}
