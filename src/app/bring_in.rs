//! Bringing contributions onto the board: an imported spreadsheet, pasted lines, dropped
//! files and pictures. Each arrives as one undoable step, after the user has seen what will
//! be added; anything that cannot be read gets a message and changes nothing.

use std::path::Path;

use eframe::egui::{self, Ui};

use super::CytunApp;
use super::overlay::Overlay;
use crate::command::Command;
use crate::files::{read_error, read_limited};
use crate::i18n::{self, Arg, I18n};
use crate::import::picture::{MAX_PICTURE_FILE_BYTES, read_picture};
use crate::import::table::MAX_TABLE_BYTES;
use crate::import::{ColumnsBy, Draft, ImportReport, Imported, arrange, read_table};
use crate::model::geometry::{NOTE_WIDTH, bounds_of};
use crate::model::{BoardPos, Note, NoteDetails, NoteId, NoteKind};
use crate::ui::dialogs::prompt_ui;
use crate::ui::{Intent, labels, style};

/// Contributions read and waiting for the user to confirm where they go.
#[derive(Debug)]
pub(super) struct ImportPrompt {
    /// The file's name, for the question.
    source: String,
    drafts: Vec<Draft>,
    report: ImportReport,
    by: ColumnsBy,
    /// Pasted lines get no column labels and no choice of columns.
    pasted: bool,
}

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
        match read_table(&bytes) {
            Ok(Imported { drafts, report }) => {
                let source = path
                    .file_name()
                    .map_or(shown, |name| name.to_string_lossy().into_owned());
                self.ask(Overlay::Import(ImportPrompt {
                    source,
                    drafts,
                    report,
                    by: ColumnsBy::Prompt,
                    pasted: false,
                }));
            }
            Err(err) => {
                let reason = i18n::import_error(&self.tr, &err);
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
            report: ImportReport {
                imported: drafts.len(),
                ..ImportReport::default()
            },
            drafts,
            by: ColumnsBy::Prompt,
            pasted: true,
        }));
    }

    /// Reads a picture file and puts it on a new note at `at` (else beside the board's
    /// notes), selected, so its description can be written in the side panel.
    pub(super) fn add_picture_file(&mut self, path: &Path, at: Option<BoardPos>) {
        let shown = path.display().to_string();
        let picture = read_limited(path, MAX_PICTURE_FILE_BYTES)
            .map_err(|err| read_error(&self.tr, &err))
            .and_then(|bytes| {
                read_picture(&bytes).map_err(|err| i18n::picture_error(&self.tr, &err))
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
        let tr = &self.tr;
        let arranged = arrange(self.work.document.project(), prompt.drafts, by, |draft| {
            if prompt.pasted {
                String::new()
            } else {
                labels::import_column(tr, by, draft)
            }
        });
        let area = bounds_of(arranged.notes.iter());
        let command = Command::Import {
            notes: arranged.notes,
            headings: arranged.headings,
        };
        match self.work.document.execute(command) {
            Ok(()) => {
                if let Some(area) = area {
                    self.views.board.request_show(area.expand(120.0));
                }
                self.messages
                    .info(i18n::import_summary(&self.tr, &prompt.report));
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

/// "Import 182 contributions from hackathon.csv?", with the choice of columns.
/// Some(true) when "Import" is chosen, Some(false) when the question is closed.
pub(super) fn import_prompt_ui(ui: &Ui, tr: &I18n, prompt: &mut ImportPrompt) -> Option<bool> {
    let count = prompt.drafts.len();
    let heading = tr.tr("import-heading");
    let go = tr.tr(if prompt.pasted {
        "action-paste-confirm"
    } else {
        "action-import-go"
    });
    prompt_ui(
        ui,
        tr,
        "cytun-import-prompt",
        &heading,
        &go,
        count > 0,
        |ui| {
            if prompt.pasted {
                ui.label(tr.tr_args("import-paste-question", &[("count", count.into())]));
            } else {
                ui.label(tr.tr_args(
                    "import-question",
                    &[
                        ("count", count.into()),
                        ("source", Arg::Str(&prompt.source)),
                    ],
                ));
                if let Some(people) = prompt.report.people {
                    ui.label(tr.tr_args("import-from-people", &[("people", people.into())]));
                }
                let skipped = prompt.report.skipped_blank;
                if skipped > 0 {
                    ui.label(tr.tr_args("import-will-skip", &[("count", skipped.into())]));
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    ui.label(tr.tr("import-columns-by"));
                    ui.radio_value(&mut prompt.by, ColumnsBy::Prompt, tr.tr("import-by-prompt"));
                    ui.radio_value(&mut prompt.by, ColumnsBy::Group, tr.tr("import-by-group"));
                });
                // What each column was read as: a survey's questions, what was left out.
                let lines = crate::i18n::columns_read(tr, &prompt.report);
                if !lines.is_empty() {
                    ui.add_space(8.0);
                    egui::CollapsingHeader::new(tr.tr("import-columns-read"))
                        .default_open(lines.len() <= 12)
                        .show(ui, |ui| {
                            egui::ScrollArea::vertical()
                                .max_height(320.0)
                                .show(ui, |ui| {
                                    for line in lines {
                                        ui.label(line);
                                    }
                                });
                        });
                }
            }
            if count == 0 {
                ui.colored_label(style::palette(ui.ctx()).accent, tr.tr("import-nothing"));
            }
        },
    )
}
