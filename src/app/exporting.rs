//! Exporting from the window: choose what and where, see the privacy check's findings and
//! choose to redact, anonymise or go on; a picture of the board is taken from the screen,
//! drawn for that moment from what the outbound filter lets through.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, Key, RichText, Ui};

use super::CytunApp;
use super::overlay::Overlay;
use crate::export::in_words;
use crate::export::{ExportFormat, ExportOptions, Finding, outbound};
use crate::i18n::Arg;
use crate::ui::style;

/// What the export dialog will write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ExportKind {
    File(ExportFormat),
    /// The board as the room sees it now, as a PNG picture.
    BoardPicture,
}

impl ExportKind {
    fn extension(self) -> &'static str {
        match self {
            Self::File(format) => format.extension(),
            Self::BoardPicture => "png",
        }
    }
}

/// The open export dialog.
#[derive(Debug)]
pub(super) struct ExportDialog {
    kind: ExportKind,
    path: String,
    options: ExportOptions,
    /// The language the file is written in (the interface's, unless chosen).
    language: crate::export::ReportLanguage,
    /// For a picture: the user has seen that it shows every note as it is.
    picture_confirmed: bool,
    /// More names to look for, one per line, as typed.
    extra_names: String,
    /// The privacy check's findings for the choices in `checked_for` (the project cannot
    /// change while the dialog is open; the choices can).
    findings: Vec<Finding>,
    checked_for: Option<(String, bool)>,
    /// "Export" was pressed for a file that exists already: replace it?
    confirm_replace: bool,
    /// Frames the dialog has been on screen.
    frames_shown: u32,
    /// The system's save window.
    window: SaveWindow,
}

/// The system's save window, as the export dialog uses it.
#[derive(Debug, Default)]
struct SaveWindow {
    /// While it is open (on its own thread): the path chosen, and when it opened.
    choosing: Option<(
        std::sync::mpsc::Receiver<Option<PathBuf>>,
        std::time::Instant,
    )>,
    /// Whether this machine can show it.
    native: bool,
    /// The path was chosen in it (it asked about replacing already).
    chosen_in_window: bool,
}

impl ExportDialog {
    /// Opens the system's save window for the chosen format, on a helper thread (the window
    /// keeps drawing meanwhile); its answer fills the path.
    fn choose_file(&mut self, title: String) {
        let (send, answer) = std::sync::mpsc::channel();
        let current = PathBuf::from(self.path.trim());
        let extension = self.kind.extension();
        let spawned = std::thread::Builder::new()
            .name("cytun-export-dialog".into())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new()
                    .set_title(title)
                    .add_filter(extension, &[extension]);
                if let Some(folder) = current.parent().filter(|f| f.is_dir()) {
                    dialog = dialog.set_directory(folder);
                }
                if let Some(name) = current.file_name() {
                    dialog = dialog.set_file_name(name.to_string_lossy());
                }
                send.send(dialog.save_file()).ok();
            });
        if spawned.is_ok() {
            self.window.choosing = Some((answer, std::time::Instant::now()));
        }
    }

    /// The save window's answer, once given: a path chosen fills the field (the system has
    /// already asked about replacing a file).
    fn poll_choice(&mut self) {
        let Some((answer, opened)) = &self.window.choosing else {
            return;
        };
        match answer.try_recv() {
            Ok(chosen) => {
                // Nothing, at once: no window could be shown here. The typed path it is.
                if chosen.is_none() && opened.elapsed() < std::time::Duration::from_millis(700) {
                    self.window.native = false;
                }
                self.window.choosing = None;
                if let Some(path) = chosen {
                    self.window.chosen_in_window = true;
                    let path = if path.extension().is_none() {
                        path.with_extension(self.kind.extension())
                    } else {
                        path
                    };
                    self.path = path.display().to_string();
                    self.confirm_replace = false;
                }
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.window.choosing = None;
                self.window.native = false;
            }
        }
    }
}

impl ExportDialog {
    /// Whether this export writes what is at `place`: the privacy check lists only that.
    fn writes(&self, place: crate::export::Place) -> bool {
        match self.kind {
            ExportKind::File(format) => format.writes(place),
            ExportKind::BoardPicture => crate::export::board_shows(place),
        }
    }

    fn options(&self) -> ExportOptions {
        ExportOptions {
            extra_names: self
                .extra_names
                .lines()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect(),
            ..self.options.clone()
        }
    }

    /// Runs the privacy check again when what it depends on has changed.
    fn check(&mut self, project: &crate::model::Project, tr: &crate::i18n::I18n) {
        let now = (self.extra_names.clone(), self.options.anonymise);
        if self.checked_for.as_ref() != Some(&now) {
            self.findings = outbound(project, tr, &self.options()).findings().to_vec();
            self.checked_for = Some(now);
        }
    }
}

/// A board picture asked for, waiting for the screenshot to arrive.
#[derive(Debug)]
pub(super) struct PendingPicture {
    /// What the board shows until the screenshot is taken: the project as the outbound
    /// filter leaves it.
    pub(super) shown: crate::model::Project,
    path: PathBuf,
    board: egui::Rect,
    arrives: std::sync::mpsc::Receiver<std::sync::Arc<egui::ColorImage>>,
}

impl CytunApp {
    pub(super) fn open_export_dialog(&mut self) {
        let base = self
            .work
            .document
            .path()
            .map_or_else(|| PathBuf::from("projects").join("export"), Path::to_owned);
        let kind = ExportKind::File(ExportFormat::Markdown);
        // The choices made last time for this project, if any.
        let remembered = self
            .work
            .document
            .path()
            .and_then(|path| self.settings.export_choice(path))
            .cloned()
            .unwrap_or_default();
        self.ask(Overlay::Export(ExportDialog {
            kind,
            path: base.with_extension(kind.extension()).display().to_string(),
            options: ExportOptions {
                redact: remembered.redact,
                anonymise: remembered.anonymise,
                extra_names: Vec::new(),
                keep: Vec::new(),
            },
            language: crate::export::ReportLanguage::of(self.tr.language()),
            picture_confirmed: false,
            extra_names: remembered.names.join("\n"),
            findings: Vec::new(),
            checked_for: None,
            confirm_replace: false,
            frames_shown: 0,
            window: SaveWindow {
                native: self.abilities.native_dialogs
                    && crate::ui::dialogs::FileDialog::native_available(),
                ..SaveWindow::default()
            },
        }));
    }

    /// "Export" was answered: remember the choices for this project, then write.
    pub(super) fn finish_export(&mut self, ctx: &egui::Context, dialog: &ExportDialog) {
        if let Some(path) = self.work.document.path() {
            let names = dialog.options().extra_names;
            self.settings.remember_export_choice(
                path.to_owned(),
                dialog.options.redact,
                dialog.options.anonymise,
                names,
            );
        }
        self.write_export(ctx, dialog);
    }
}

/// The export dialog: what, where, and what the privacy check found. Some(true) when
/// "Export" is chosen, Some(false) when it is closed.
pub(super) fn export_dialog_ui(
    ui: &Ui,
    tr: &crate::i18n::I18n,
    project: &crate::model::Project,
    on_board: bool,
    dialog: &mut ExportDialog,
) -> Option<bool> {
    dialog.check(project, tr);
    dialog.poll_choice();
    if dialog.window.choosing.is_some() {
        // The system's window answers on its own thread: look again shortly.
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(200));
    }
    let mut go = false;
    let mut cancel = false;
    // Anchored at the top, so the options never jump under the pointer as the dialog
    // grows or shrinks with the format chosen.
    let id = Id::unique("cytun-export");
    let area =
        egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 40.0));
    let modal = egui::Modal::new(id).area(area).show(ui.ctx(), |ui| {
        ui.set_width(760.0);
        ui.heading(tr.tr("export-heading"));
        let before = dialog.kind;
        for (kind, id) in [
            (
                ExportKind::File(ExportFormat::Markdown),
                "export-kind-report",
            ),
            (ExportKind::File(ExportFormat::Docx), "export-kind-docx"),
            (ExportKind::File(ExportFormat::Pdf), "export-kind-pdf"),
            (ExportKind::File(ExportFormat::Csv), "export-kind-csv"),
            (ExportKind::File(ExportFormat::Xlsx), "export-kind-xlsx"),
            (ExportKind::File(ExportFormat::Text), "export-kind-text"),
            (ExportKind::BoardPicture, "export-kind-picture"),
        ] {
            // A picture is of the board: offered only when the board is showing.
            if kind != ExportKind::BoardPicture || on_board {
                ui.radio_value(&mut dialog.kind, kind, tr.tr(id));
            }
        }
        if dialog.kind != before {
            dialog.confirm_replace = false;
            dialog.window.chosen_in_window = false;
            dialog.path = Path::new(dialog.path.trim())
                .with_extension(dialog.kind.extension())
                .display()
                .to_string();
        }
        if matches!(dialog.kind, ExportKind::File(_)) {
            // Apart from the interface: a report for the board may be wanted in both.
            ui.horizontal_wrapped(|ui| {
                ui.label(tr.tr("export-language"));
                for (language, id) in [
                    (crate::export::ReportLanguage::English, "export-language-en"),
                    (crate::export::ReportLanguage::Welsh, "export-language-cy"),
                    (crate::export::ReportLanguage::Both, "export-language-both"),
                ] {
                    ui.radio_value(&mut dialog.language, language, tr.tr(id));
                }
            });
        }
        let label = ui.label(tr.tr("file-path-label"));
        let path_field = ui
            .horizontal(|ui| {
                // The system's save window where one can be shown; the path can be typed too.
                if dialog.window.native
                    && ui
                        .add_enabled(
                            dialog.window.choosing.is_none(),
                            egui::Button::new(tr.tr("action-browse")),
                        )
                        .clicked()
                {
                    dialog.choose_file(tr.tr("export-heading"));
                }
                ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(f32::INFINITY))
                    .labelled_by(label.id)
            })
            .inner;
        if path_field.changed() {
            // A typed path is checked here again before anything is replaced.
            dialog.window.chosen_in_window = false;
        }
        ui.add_space(8.0);
        ui.label(RichText::new(tr.tr("export-consent-note")).italics());
        if dialog.kind == ExportKind::BoardPicture {
            // A picture shows more than text: say what the filter can and cannot do.
            let withheld = project
                .notes
                .values()
                .filter(|n| n.copy_of.is_none())
                .filter(|n| n.details.consent == crate::model::Consent::DoNotQuote)
                .count();
            ui.colored_label(
                style::palette(ui.ctx()).accent,
                tr.tr_args("export-picture-warning", &[("count", withheld.into())]),
            );
            ui.checkbox(
                &mut dialog.picture_confirmed,
                tr.tr("export-picture-confirm"),
            );
        }
        let findings: Vec<&Finding> = dialog
            .findings
            .iter()
            .filter(|f| dialog.writes(f.place))
            .collect();
        if findings.is_empty() {
            ui.label(tr.tr("export-privacy-clear"));
        } else {
            ui.colored_label(
                style::palette(ui.ctx()).accent,
                tr.tr_args("export-privacy-found", &[("count", findings.len().into())]),
            );
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .show(ui, |ui| {
                    for finding in findings {
                        let line = tr.tr_args(
                            "export-privacy-line",
                            &[
                                ("kind", Arg::Str(&in_words::detail_kind(tr, finding.kind))),
                                ("found", Arg::Str(&finding.text)),
                                (
                                    "place",
                                    Arg::Str(&in_words::place(tr, project, finding.place)),
                                ),
                            ],
                        );
                        if dialog.options.redact {
                            // Ticked: removed. Unticked: kept as written (a board's name
                            // taken for a person's, a phone number meant to be public).
                            let key = (finding.place, finding.text.clone());
                            let mut remove = !dialog.options.keep.contains(&key);
                            if ui.checkbox(&mut remove, line).changed() {
                                if remove {
                                    dialog.options.keep.retain(|kept| *kept != key);
                                } else {
                                    dialog.options.keep.push(key);
                                }
                            }
                        } else {
                            ui.label(format!("• {line}"));
                        }
                    }
                });
            ui.checkbox(&mut dialog.options.redact, tr.tr("export-redact"));
        }
        ui.checkbox(&mut dialog.options.anonymise, tr.tr("export-anonymise"));
        let names = ui.label(tr.tr("export-extra-names"));
        ui.add(
            egui::TextEdit::multiline(&mut dialog.extra_names)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(names.id);
        ui.add_space(10.0);
        let ready = dialog.kind != ExportKind::BoardPicture || dialog.picture_confirmed;
        if dialog.confirm_replace {
            let shown = dialog.path.trim().to_owned();
            ui.colored_label(
                style::palette(ui.ctx()).accent,
                tr.tr_args("export-exists", &[("path", Arg::Str(&shown))]),
            );
            ui.horizontal(|ui| {
                go = ui.button(tr.tr("export-replace")).clicked();
                if ui.button(tr.tr("export-other-name")).clicked() {
                    dialog.confirm_replace = false;
                }
            });
        } else {
            ui.horizontal(|ui| {
                // Enter exports from the file name (or with nothing focused), never on
                // the frame the dialog opened (the Enter that opened it), never from
                // the names box (a new line) or a ticked box.
                let enter = dialog.frames_shown > 0
                    && ui.input(|i| i.key_pressed(Key::Enter))
                    && (path_field.lost_focus()
                        || path_field.has_focus()
                        || ui.memory(|m| m.focused().is_none()));
                let pressed = ui
                    .add_enabled(ready, egui::Button::new(tr.tr("export-go")))
                    .clicked()
                    || (ready && enter);
                cancel = ui.button(tr.tr("action-cancel")).clicked();
                // One click: the file named in the field is written (Browse… is the way
                // to the system's save window).
                if pressed
                    && !dialog.window.chosen_in_window
                    && Path::new(dialog.path.trim()).exists()
                {
                    // Never over a file without asking.
                    dialog.confirm_replace = true;
                } else if pressed {
                    go = true;
                }
            });
        }
    });
    if cancel || modal.should_close() {
        return Some(false);
    }
    dialog.frames_shown = dialog.frames_shown.saturating_add(1);
    go.then_some(true)
}

impl CytunApp {
    fn write_export(&mut self, ctx: &egui::Context, dialog: &ExportDialog) {
        let path = PathBuf::from(dialog.path.trim());
        // Every output, the picture too, is made from what the outbound filter lets through.
        let outbound = outbound(self.work.document.project(), &self.tr, &dialog.options());
        match dialog.kind {
            ExportKind::File(format) => {
                let made = crate::export::render_summarised(
                    self.work.document.project(),
                    &dialog.options(),
                    dialog.language,
                    format,
                );
                match made {
                    Ok(rendered) => {
                        // Written whole or not at all: an earlier file stays until then.
                        let written =
                            crate::store::write_file_atomically(&path, &rendered.bytes, false);
                        let wrote = written.is_ok();
                        self.report_written(&path, written);
                        if wrote
                            && let Some(said) = crate::i18n::replaced_characters(
                                &self.tr,
                                &rendered.replaced,
                                rendered.mark,
                            )
                        {
                            self.messages.info(said);
                        }
                    }
                    Err(err) => {
                        let reason = crate::export::in_words::export_error(&self.tr, &err);
                        self.messages.error_said(
                            &self.tr,
                            "message-export-failed",
                            &[
                                ("path", Arg::Str(&path.display().to_string())),
                                ("reason", Arg::Str(&reason)),
                            ],
                        );
                    }
                }
            }
            ExportKind::BoardPicture => {
                let on_board = self.views.central == crate::ui::CentralView::Board
                    && self.views.start_screen.is_none();
                let Some(board) = self.views.board.canvas_rect().filter(|_| on_board) else {
                    self.messages
                        .error_said(&self.tr, "export-picture-board-only", &[]);
                    return;
                };
                let (send, arrives) = std::sync::mpsc::channel();
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    send.send(image).ok();
                    repaint.request_repaint();
                });
                self.pending_picture = Some(PendingPicture {
                    shown: outbound.project().clone(),
                    path,
                    board,
                    arrives,
                });
            }
        }
    }

    fn report_written(&mut self, path: &Path, result: std::io::Result<()>) {
        let shown = path.display().to_string();
        match result {
            Ok(()) => {
                self.messages
                    .info_said(&self.tr, "export-written", &[("path", Arg::Str(&shown))]);
            }
            Err(err) => self.messages.error_said(
                &self.tr,
                "message-export-failed",
                &[
                    ("path", Arg::Str(&shown)),
                    ("reason", Arg::Str(&err.to_string())),
                ],
            ),
        }
    }

    /// A screenshot asked for by "picture of the board" has arrived: crop it to the board
    /// and save it.
    pub(super) fn take_screenshot(&mut self, ctx: &egui::Context) {
        let Some(image) = self
            .pending_picture
            .as_ref()
            .and_then(|pending| pending.arrives.try_recv().ok())
        else {
            return;
        };
        let Some(pending) = self.pending_picture.take() else {
            return;
        };
        let scale = ctx.pixels_per_point();
        let [width, height] = image.size;
        let rgba: Vec<u8> = image
            .pixels
            .iter()
            .flat_map(egui::Color32::to_array)
            .collect();
        let result = image::RgbaImage::from_raw(width as u32, height as u32, rgba)
            .ok_or_else(|| std::io::Error::other("screenshot"))
            .and_then(|full| {
                let x = (pending.board.min.x * scale).max(0.0) as u32;
                let y = (pending.board.min.y * scale).max(0.0) as u32;
                let w =
                    ((pending.board.width() * scale) as u32).min(full.width().saturating_sub(x));
                let h =
                    ((pending.board.height() * scale) as u32).min(full.height().saturating_sub(y));
                let cropped = image::imageops::crop_imm(&full, x, y, w, h).to_image();
                let mut png = std::io::Cursor::new(Vec::new());
                cropped
                    .write_to(&mut png, image::ImageFormat::Png)
                    .map_err(std::io::Error::other)?;
                crate::store::write_file_atomically(&pending.path, png.get_ref(), false)
            });
        self.report_written(&pending.path, result);
    }
}
