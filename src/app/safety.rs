//! Keeping the workshop's work safe while the app runs: recovery copies written shortly after
//! each change, the offer to restore them, noticing a file changed by another program, the
//! warning when a project is open twice, and going back to the previous save.

use std::path::Path;
use std::time::{Duration, SystemTime};

use eframe::egui::{self, Ui};

use super::CytunApp;
use super::file_watch::FileWatch;
use super::overlay::Overlay;
use crate::autosave::Decision;
use crate::document::{DiskState, Document};
use crate::i18n::{self, Arg};
use crate::model::Project;
use crate::model::difference::Difference;
use crate::store::{self, ProjectLock, Recovered, Slot};
use crate::ui::dialogs::{PromptChoice, changed_on_disk_ui, recovery_ui, restore_backup_ui};

/// A question about the safety of the work, shown until answered.
#[derive(Debug)]
pub(super) enum Offer {
    /// Unsaved work found for the open project, or (with the id of its slot) for an
    /// untitled one whose window has ended.
    Recovery {
        recovered: Recovered,
        untitled: Option<String>,
        /// What the unsaved work changes against the project as opened: worked out once,
        /// not in every frame the question shows.
        difference: Difference,
    },
    ChangedOnDisk,
    RestoreBackup {
        project: Project,
        saved: Option<SystemTime>,
    },
}

impl CytunApp {
    /// After a project is opened: take its lock, and offer any unsaved work found for it.
    pub(super) fn after_open(&mut self, path: &Path) {
        self.work.lock = None;
        self.take_lock(path);
        // What phones were told was kept, and the file lacks, comes in whichever the
        // facilitator keeps: the file as saved, or its recovery copy.
        self.take_in_journal();
        self.offer_recovery(Some(path));
    }

    /// Takes the lock on `path`, unless this app holds it already; says who else has the
    /// project open, if anyone does (then nothing is taken).
    fn take_lock(&mut self, path: &Path) {
        if !self.abilities.lock_projects || self.work.lock.as_ref().is_some_and(|l| l.is_for(path))
        {
            return;
        }
        let (lock, other) = ProjectLock::acquire(path);
        self.work.lock = lock;
        if let Some(other) = other {
            let since = crate::i18n::from_unix(other.since);
            let when = i18n::time_ago(&self.tr, since, SystemTime::now());
            let name = self.work.document.display_name();
            let id = if other.user.is_empty() {
                "lock-open-elsewhere-someone"
            } else {
                "lock-open-elsewhere"
            };
            self.messages.error_said(
                &self.tr,
                id,
                &[
                    ("name", Arg::Str(&name)),
                    ("user", Arg::Str(&other.user)),
                    ("host", Arg::Str(&other.host)),
                    ("when", Arg::Str(&when)),
                ],
            );
        }
    }

    /// Where the recovery copy of what is on screen goes.
    pub(super) fn recovery_slot(&self) -> Slot<'_> {
        match self.work.document.path() {
            Some(path) => Slot::File(path),
            None => Slot::Untitled(&self.work.untitled_slot),
        }
    }

    /// Offers the recovery copy for `path`, or (with none) the newest untitled work whose
    /// window has ended, if it holds newer work than what is on screen.
    pub(super) fn offer_recovery(&mut self, path: Option<&Path>) {
        let Some(store) = &self.work.recovery else {
            return;
        };
        let found = match path {
            Some(path) => store.find(path).map(|r| r.map(|r| (None, r))),
            None => store
                .find_untitled()
                .map(|r| r.map(|(id, r)| (Some(id), r))),
        };
        match found {
            Ok(Some((untitled, recovered))) => {
                let disk_time = path.and_then(|p| std::fs::metadata(p).ok()?.modified().ok());
                // The copy's time is in whole seconds; a save in the same second is not newer.
                let newer =
                    disk_time.is_none_or(|t| recovered.saved_at + Duration::from_secs(1) >= t);
                if recovered.project == *self.work.document.project() {
                    match (&untitled, path) {
                        (Some(id), _) => store.discard(Slot::Untitled(id)),
                        (None, Some(path)) => store.discard(path),
                        (None, None) => {}
                    }
                } else if newer {
                    let difference =
                        Difference::between(self.work.document.project(), &recovered.project);
                    self.ask(Overlay::Safety(Offer::Recovery {
                        recovered,
                        untitled,
                        difference,
                    }));
                }
            }
            Ok(None) => {}
            Err(err) => {
                let reason = i18n::load_error(&self.tr, &err);
                let file = match path {
                    Some(path) => store.file_for(path).display().to_string(),
                    None => store
                        .file_for(Slot::Untitled("untitled-*"))
                        .display()
                        .to_string(),
                };
                self.messages.error_said(
                    &self.tr,
                    "recovery-damaged",
                    &[("reason", Arg::Str(&reason)), ("path", Arg::Str(&file))],
                );
            }
        }
    }

    /// The work on screen is saved, or knowingly dropped: its recovery copy has no purpose.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(store) = &self.work.recovery {
            if let Some(path) = self.work.document.path() {
                store.discard(path);
            }
            store.discard(Slot::Untitled(&self.work.untitled_slot));
        }
        self.work.autosave.written();
    }

    /// Once a frame: write the recovery copy when due, and look at the file on disk.
    pub(super) fn safety_tick(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        if let Some(store) = &self.work.recovery {
            match self.work.autosave.tick(
                self.work.document.state_id(),
                self.work.document.is_dirty(),
                now,
            ) {
                Decision::Write => {
                    if let Err(err) =
                        store.write(self.recovery_slot(), self.work.document.project())
                    {
                        let reason = i18n::save_error(&self.tr, &err);
                        self.messages.error_said(
                            &self.tr,
                            "recovery-write-failed",
                            &[("reason", Arg::Str(&reason))],
                        );
                    }
                    self.work.autosave.written();
                }
                Decision::WaitFor(secs) => ctx.request_repaint_after(Duration::from_secs_f64(secs)),
                Decision::Idle => {}
            }
        }
        // The file is watched where the system can; else it is looked at every two seconds.
        let path = self.work.document.path().map(Path::to_owned);
        if self.work.disk.watch.as_ref().map(FileWatch::path) != path.as_deref() {
            self.work.disk.watch = path.as_deref().and_then(|p| FileWatch::start(ctx, p));
            // Look once now: it may have changed before the watch began.
            self.work.disk.last_check = f64::NEG_INFINITY;
        }
        let watched = self.work.disk.watch.is_some();
        // A change heard while a question is open waits until it is answered.
        let due = self.asking.is_none()
            && match &self.work.disk.watch {
                Some(watch) => watch.take_change() || self.work.disk.last_check.is_infinite(),
                None => now - self.work.disk.last_check >= 1.0,
            };
        if due {
            self.work.disk.last_check = now;
            match self.work.document.disk_state() {
                DiskState::Changed => self.ask(Overlay::Safety(Offer::ChangedOnDisk)),
                DiskState::Missing if !self.work.disk.missing_reported => {
                    self.work.disk.missing_reported = true;
                    let path = self
                        .work
                        .document
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default();
                    self.messages
                        .info_said(&self.tr, "disk-missing", &[("path", Arg::Str(&path))]);
                }
                DiskState::Unchanged => self.work.disk.missing_reported = false,
                DiskState::Missing | DiskState::NoFile => {}
            }
        }
        if path.is_some() && !watched {
            // Keep looking at the file now and then even when nobody touches the app.
            ctx.request_repaint_after(Duration::from_secs(2));
        }
    }

    /// Asks to go back to the previous save (the `.bak` beside the file).
    pub(super) fn ask_restore_backup(&mut self) {
        let Some(path) = self.work.document.path() else {
            return;
        };
        let backup = store::backup_path(path);
        match store::load(&backup) {
            Ok(project) => {
                let saved = std::fs::metadata(&backup)
                    .ok()
                    .and_then(|m| m.modified().ok());
                self.ask(Overlay::Safety(Offer::RestoreBackup { project, saved }));
            }
            Err(err) => {
                let reason = i18n::load_error(&self.tr, &err);
                let shown = backup.display().to_string();
                self.messages.error_said_about(
                    &backup,
                    &self.tr,
                    "message-open-failed",
                    &[("reason", Arg::Str(&reason)), ("path", Arg::Str(&shown))],
                );
            }
        }
    }

    /// Acts on the answer to a safety question.
    pub(super) fn answer_offer(&mut self, offer: Offer, choice: PromptChoice) {
        match (offer, choice) {
            (
                Offer::Recovery {
                    recovered,
                    untitled,
                    ..
                },
                PromptChoice::First,
            ) => {
                if let Some(id) = untitled {
                    if self.work.document.path().is_some() {
                        // Work that was never saved goes on as the untitled project it was;
                        // the file on screen (unchanged since it was opened) is closed.
                        self.work.lock = None;
                        self.remember_place();
                        self.work.document =
                            Document::new_untitled(Project::new(self.tr.tr("untitled-project")));
                        self.forget_views();
                    }
                    // Its copy is now this window's: later copies replace it.
                    self.work.untitled_slot = id;
                }
                // One undoable step, whichever work it was.
                self.work.document.replace(recovered.project);
                self.take_in_journal();
                // The copy is this window's now: marked so, at once, so that no other
                // window starting meanwhile is offered it.
                if let Some(store) = &self.work.recovery {
                    store
                        .write(self.recovery_slot(), self.work.document.project())
                        .ok();
                }
                self.views.start_screen = None;
                self.messages.info_said(&self.tr, "recovery-restored", &[]);
            }
            (Offer::Recovery { untitled, .. }, PromptChoice::Second) => {
                if let Some(store) = &self.work.recovery {
                    match (&untitled, self.work.document.path()) {
                        (Some(id), _) => store.discard(Slot::Untitled(id)),
                        (None, Some(path)) => store.discard(path),
                        (None, None) => {}
                    }
                }
            }
            (Offer::ChangedOnDisk, PromptChoice::First) => self.load_disk_version(),
            (Offer::ChangedOnDisk, PromptChoice::Second) => self.keep_my_version(),
            (Offer::RestoreBackup { project, .. }, PromptChoice::First) => {
                self.work.document.replace(project);
                self.messages.info_said(&self.tr, "backup-restored", &[]);
            }
            (Offer::RestoreBackup { .. }, PromptChoice::Second) => {}
        }
    }

    /// Loads the version another program wrote. Unsaved work on screen is first written
    /// beside it, and the reload itself can be undone.
    fn load_disk_version(&mut self) {
        if self.work.document.is_dirty() && !self.write_my_version() {
            return;
        }
        if let Err(err) = self.work.document.reload_from_disk() {
            let path = self.file_path();
            let text = self.describe_open_error(&err, &path);
            self.messages.error(text);
        }
    }

    /// Keeps what is on screen, saved under a new name; the other program's file is left as
    /// it is.
    fn keep_my_version(&mut self) {
        if let Ok(copy) = self.work.document.save_copy_beside() {
            self.work.document.adopt_saved_copy(copy.clone());
            self.after_save_to(&copy);
            let shown = copy.display().to_string();
            self.messages
                .info_said(&self.tr, "disk-kept-mine", &[("path", Arg::Str(&shown))]);
        } else {
            self.write_my_version();
        }
    }

    /// Writes what is on screen beside the file; says where, or why it could not.
    fn write_my_version(&mut self) -> bool {
        match self.work.document.save_copy_beside() {
            Ok(copy) => {
                let shown = copy.display().to_string();
                self.messages
                    .info_said(&self.tr, "disk-kept-mine", &[("path", Arg::Str(&shown))]);
                true
            }
            Err(err) => {
                let file = self.work.document.path().map(Path::to_owned);
                self.report_save_error(&err, file.as_deref());
                false
            }
        }
    }

    /// Bookkeeping after the document was written to `path`.
    pub(super) fn after_save_to(&mut self, path: &Path) {
        // What failed with this file before ("could not open", "could not save") no longer is.
        self.messages.settled(path);
        self.discard_recovery();
        self.forget_saved_arrivals();
        self.settings.remember_project(path.to_owned());
        // Saved where it was: the lock stays. Saved somewhere new: the old file is no longer
        // open here, the new one is.
        if !self.work.lock.as_ref().is_some_and(|l| l.is_for(path)) {
            self.work.lock = None;
            self.take_lock(path);
        }
    }
}

/// The safety question being asked, over the board; its answer when given.
pub(super) fn offer_ui(
    ui: &Ui,
    tr: &crate::i18n::I18n,
    document: &Document,
    offer: &Offer,
) -> Option<PromptChoice> {
    let name = document.display_name();
    match offer {
        Offer::Recovery {
            recovered,
            difference,
            ..
        } => {
            let disk_time = document
                .path()
                .and_then(|p| std::fs::metadata(p).ok()?.modified().ok());
            recovery_ui(
                ui,
                tr,
                &name,
                document.project(),
                disk_time,
                recovered,
                difference,
            )
        }
        Offer::ChangedOnDisk => changed_on_disk_ui(ui, tr, &name),
        Offer::RestoreBackup { saved, .. } => restore_backup_ui(ui, tr, &name, *saved),
    }
}
