//! Bringing contributions onto the board: an imported spreadsheet, pasted lines, dropped
//! files and pictures. Each arrives as one undoable step, after the user has seen what will
//! be added; anything that cannot be read gets a message and changes nothing.

use std::path::Path;

use eframe::egui;

use super::CytunApp;
use super::overlay::Overlay;
use crate::command::Command;
use crate::files::{read_error, read_limited};
use crate::i18n::{self, Arg};
use crate::import::column_label::column_label;
use crate::import::picture::{MAX_PICTURE_FILE_BYTES, read_picture};
use crate::import::table::MAX_TABLE_BYTES;
use crate::import::{ColumnsBy, Draft, ImportReport, Imported, arrange};
use crate::model::geometry::{NOTE_WIDTH, bounds_of};
use crate::model::{BoardPos, Note, NoteDetails, NoteId, NoteKind};
use crate::ui::Intent;
use crate::ui::dialogs::{Arriving, ImportPrompt, SheetReading};

/// What the file's name says it is.
enum DroppedKind {
    Table,
    Picture,
    /// Another Cytûn project.
    Board,
    Unknown,
}

fn kind_of(path: &Path) -> DroppedKind {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        // A workbook is refused by the reader with how to save it as CSV.
        "csv" | "tsv" | "txt" | "xlsx" | "xls" | "ods" => DroppedKind::Table,
        "png" | "jpg" | "jpeg" => DroppedKind::Picture,
        "ron" => DroppedKind::Board,
        _ => DroppedKind::Unknown,
    }
}

impl CytunApp {
    /// Reads a spreadsheet and asks how to lay it out.
    pub(super) fn import_file(&mut self, path: &Path) {
        if matches!(kind_of(path), DroppedKind::Board) {
            // A Cytûn project: another table's board.
            self.bring_in_board_file(path);
            return;
        }
        let shown = path.display().to_string();
        let bytes = match read_limited(path, MAX_TABLE_BYTES) {
            Ok(bytes) => bytes,
            Err(err) => {
                let reason = read_error(&self.tr, &err);
                self.report_import_failure(&shown, &reason);
                return;
            }
        };
        let project = self.work.document.project();
        let already_here = crate::import::already_here::AlreadyHere::of(project);
        match SheetReading::read(bytes, &project.import_forms, already_here) {
            Ok(reading) => {
                let source = path
                    .file_name()
                    .map_or(shown, |name| name.to_string_lossy().into_owned());
                self.ask(Overlay::Import(ImportPrompt {
                    source,
                    what: Arriving::Sheet(Box::new(reading)),
                    by: ColumnsBy::Prompt,
                }));
            }
            Err(err) => {
                let reason = crate::import::in_words::import_error(&self.tr, &err);
                self.report_import_failure(&shown, &reason);
            }
        }
    }

    fn report_import_failure(&mut self, path: &str, reason: &str) {
        self.messages.error_said(
            &self.tr,
            "message-import-failed",
            &[("path", Arg::Str(path)), ("reason", Arg::Str(reason))],
        );
    }

    /// Pasted text: one note per non-blank line, after the user has seen the count.
    pub(super) fn offer_paste(&mut self, text: &str) {
        let drafts: Vec<Draft> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| Draft {
                text: line.trim_end().to_owned(),
                details: NoteDetails::default(),
            })
            .collect();
        if drafts.is_empty() {
            return;
        }
        let limit = crate::model::limits::MAX_NOTES;
        if self.work.document.project().notes.len() + drafts.len() > limit {
            let err = crate::command::CommandError::TooMany { limit };
            self.messages.refused(
                i18n::command_error(&self.tr, &err),
                self.work.document.state_id(),
            );
            return;
        }
        self.ask(Overlay::Import(ImportPrompt {
            source: String::new(),
            what: Arriving::Pasted(drafts),
            by: ColumnsBy::Prompt,
        }));
    }

    /// Reads a picture file and puts it on a new note at `at` (else beside the board's
    /// notes), selected, so its description can be written in the side panel.
    pub(super) fn add_picture_file(&mut self, path: &Path, at: Option<BoardPos>) {
        let shown = path.display().to_string();
        let picture = read_limited(path, MAX_PICTURE_FILE_BYTES)
            .map_err(|err| read_error(&self.tr, &err))
            .and_then(|bytes| {
                read_picture(&bytes)
                    .map_err(|err| crate::import::in_words::picture_error(&self.tr, &err))
            });
        let picture = match picture {
            Ok(picture) => picture,
            Err(reason) => {
                self.messages.error_said(
                    &self.tr,
                    "message-picture-failed",
                    &[("path", Arg::Str(&shown)), ("reason", Arg::Str(&reason))],
                );
                return;
            }
        };
        let project = self.work.document.project();
        // Dropped: centred under the pointer. Added from the menu: beside everything.
        let pos = at.map_or_else(
            || crate::model::layout::free_spot(project),
            |at| BoardPos::new(at.x - NOTE_WIDTH / 2.0, at.y),
        );
        let id = NoteId(project.next_id);
        let note = Note {
            id,
            text: String::new(),
            pos,
            z: project.top_z() + 1,
            copy_of: None,
            details: NoteDetails {
                kind: NoteKind::Art,
                ..NoteDetails::default()
            },
            picture: Some(picture),
        };
        let area = crate::model::geometry::note_rect(&note);
        let import = Command::Import {
            notes: vec![note],
            headings: Vec::new(),
        };
        match self.work.document.execute(import) {
            Ok(()) => {
                self.views.board.selection = [id].into();
                self.views.board.selected_theme = None;
                self.views.board.request_reveal(area);
                self.views.side.tab = super::state::SideTab::Note;
                self.messages
                    .info_said(&self.tr, "message-picture-added", &[]);
            }
            Err(err) => self.messages.refused(
                i18n::command_error(&self.tr, &err),
                self.work.document.state_id(),
            ),
        }
    }

    /// Files dropped on the window, as an intent: where they were dropped on the board.
    pub(super) fn dropped_files(&self, ctx: &egui::Context) -> Option<Intent> {
        let (files, pointer) = ctx.input(|i| (i.raw.dropped_files.clone(), i.pointer.hover_pos()));
        let paths: Vec<_> = files
            .iter()
            .map(|file| file.path().to_path_buf())
            .filter(|path| !path.as_os_str().is_empty())
            .collect();
        if paths.is_empty() || self.dialog_open() {
            return None;
        }
        let at = match (pointer, self.views.board.canvas_rect()) {
            (Some(pointer), Some(canvas)) if canvas.contains(pointer) => {
                Some(self.views.board.camera.board_from_screen(canvas, pointer))
            }
            _ => None,
        };
        Some(Intent::Dropped { paths, at })
    }

    /// Dropped files: spreadsheets are imported, pictures land where dropped.
    fn take_dropped(&mut self, paths: Vec<std::path::PathBuf>, mut at: Option<BoardPos>) {
        for path in paths {
            match kind_of(&path) {
                DroppedKind::Table | DroppedKind::Board => self.import_file(&path),
                DroppedKind::Picture => {
                    self.add_picture_file(&path, at);
                    // Several pictures dropped at once go side by side, not on top.
                    at = at.map(|p| BoardPos::new(p.x + NOTE_WIDTH + 20.0, p.y));
                }
                DroppedKind::Unknown => {
                    let name = path.display().to_string();
                    self.messages.error_said(
                        &self.tr,
                        "message-drop-unknown",
                        &[("path", Arg::Str(&name))],
                    );
                }
            }
        }
    }

    pub(super) fn finish_import(&mut self, prompt: ImportPrompt) {
        let by = prompt.by;
        let (drafts, report, form) = match prompt.what {
            Arriving::Pasted(drafts) => {
                let report = ImportReport {
                    imported: drafts.len(),
                    ..ImportReport::default()
                };
                (drafts, report, None)
            }
            Arriving::Sheet(reading) => {
                let SheetReading { preview, form, .. } = *reading;
                let Ok(Imported { drafts, report }) = preview.outcome else {
                    return;
                };
                (drafts, report, Some(form))
            }
        };
        let pasted = form.is_none();
        let tr = &self.tr;
        let project = self.work.document.project();
        let arranged = arrange(project, drafts, by, |draft| {
            if pasted {
                String::new()
            } else {
                column_label(tr, by, draft)
            }
        });
        let area = bounds_of(arranged.notes.iter());
        // Import is offered only with something to add.
        let Some(mut command) = arranged.into_command() else {
            return;
        };
        // The choices made for this form are remembered with the import (undone with it).
        if let Some(form) = form.filter(crate::model::ImportForm::has_choices) {
            let forms = crate::model::import_form::with_form(&project.import_forms, form);
            command = Command::Batch {
                commands: vec![command, Command::SetImportForms { forms }],
            };
        }
        match self.work.document.execute(command) {
            Ok(()) => {
                if let Some(area) = area {
                    self.views.board.request_show(area.expand(120.0));
                }
                self.messages
                    .info(crate::import::in_words::import_summary(&self.tr, &report));
            }
            Err(err) => self.messages.refused(
                i18n::command_error(&self.tr, &err),
                self.work.document.state_id(),
            ),
        }
    }

    /// The intents this module answers.
    pub(super) fn bring_in(&mut self, intent: Intent) {
        match intent {
            Intent::Import => self.open_file_dialog(crate::ui::dialogs::FilePurpose::Import),
            Intent::AddPicture => {
                self.open_file_dialog(crate::ui::dialogs::FilePurpose::AddPicture);
            }
            Intent::Paste(text) => self.offer_paste(&text),
            Intent::Dropped { paths, at } => self.take_dropped(paths, at),
            _ => {}
        }
    }
}
