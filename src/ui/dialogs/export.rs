//! The export dialog's window: what to write and where, in which language, and what the
//! privacy check found, with the choice to redact, anonymise or go on. The app writes the
//! file once "Export" is chosen (`app::exporting`).

use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, Key, RichText, Ui};

use crate::export::in_words;
use crate::export::{ExportFormat, ExportOptions, Finding, outbound};
use crate::i18n::Arg;
use crate::ui::style;

/// What the export dialog will write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    File(ExportFormat),
    /// The board as the room sees it now, as a PNG picture.
    BoardPicture,
}

impl ExportKind {
    pub fn extension(self) -> &'static str {
        match self {
            Self::File(format) => format.extension(),
            Self::BoardPicture => "png",
        }
    }
}

/// The open export dialog.
#[derive(Debug)]
pub struct ExportDialog {
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

    /// The filter's options, with the extra names as typed.
    pub fn options(&self) -> ExportOptions {
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

impl ExportDialog {
    /// A dialog for `kind` written to `path`, with the choices remembered for the project;
    /// `native` when the system's save window can be shown.
    pub fn new(
        kind: ExportKind,
        path: String,
        options: ExportOptions,
        language: crate::export::ReportLanguage,
        extra_names: String,
        native: bool,
    ) -> Self {
        Self {
            kind,
            path,
            options,
            language,
            picture_confirmed: false,
            extra_names,
            findings: Vec::new(),
            checked_for: None,
            confirm_replace: false,
            frames_shown: 0,
            window: SaveWindow {
                native,
                ..SaveWindow::default()
            },
        }
    }

    /// What it writes.
    pub fn kind(&self) -> ExportKind {
        self.kind
    }

    /// Where, as typed or chosen.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// In which language.
    pub fn language(&self) -> crate::export::ReportLanguage {
        self.language
    }

    /// Whether names are to be redacted and authors left out (remembered per project).
    pub fn redact_and_anonymise(&self) -> (bool, bool) {
        (self.options.redact, self.options.anonymise)
    }
}

/// The export dialog: what, where, and what the privacy check found. Some(true) when
/// "Export" is chosen, Some(false) when it is closed.
pub fn export_dialog_ui(
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
    let mut answer = Answer::default();
    // Anchored at the top, so the options never jump under the pointer as the dialog
    // grows or shrinks with the format chosen.
    let id = Id::unique("cytun-export");
    let area =
        egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 40.0));
    let modal = egui::Modal::new(id).area(area).show(ui.ctx(), |ui| {
        ui.set_width(760.0);
        ui.heading(tr.tr("export-heading"));
        dialog.kind_ui(ui, tr, on_board);
        let path_field = dialog.path_ui(ui, tr);
        ui.add_space(8.0);
        ui.label(RichText::new(tr.tr("export-consent-note")).italics());
        if dialog.kind == ExportKind::BoardPicture {
            dialog.picture_warning_ui(ui, tr, project);
        }
        dialog.findings_ui(ui, tr, project);
        ui.checkbox(&mut dialog.options.anonymise, tr.tr("export-anonymise"));
        let names = ui.label(tr.tr("export-extra-names"));
        ui.add(
            egui::TextEdit::multiline(&mut dialog.extra_names)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(names.id);
        ui.add_space(10.0);
        answer = dialog.buttons_ui(ui, tr, &path_field);
    });
    if answer.cancel || modal.should_close() {
        return Some(false);
    }
    dialog.frames_shown = dialog.frames_shown.saturating_add(1);
    answer.go.then_some(true)
}

/// What the dialog's buttons were asked this frame.
#[derive(Default)]
struct Answer {
    go: bool,
    cancel: bool,
}

impl ExportDialog {
    /// What to export, and for a report, in which language.
    fn kind_ui(&mut self, ui: &mut Ui, tr: &crate::i18n::I18n, on_board: bool) {
        let before = self.kind;
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
                ui.radio_value(&mut self.kind, kind, tr.tr(id));
            }
        }
        if self.kind != before {
            self.confirm_replace = false;
            self.window.chosen_in_window = false;
            self.path = Path::new(self.path.trim())
                .with_extension(self.kind.extension())
                .display()
                .to_string();
        }
        if matches!(self.kind, ExportKind::File(_)) {
            // Apart from the interface: a report for the board may be wanted in both.
            ui.horizontal_wrapped(|ui| {
                ui.label(tr.tr("export-language"));
                for (language, id) in [
                    (crate::export::ReportLanguage::English, "export-language-en"),
                    (crate::export::ReportLanguage::Welsh, "export-language-cy"),
                    (crate::export::ReportLanguage::Both, "export-language-both"),
                ] {
                    ui.radio_value(&mut self.language, language, tr.tr(id));
                }
            });
        }
    }

    /// Where to write: a typed path, or the system's save window where there is one.
    /// Returns the path field.
    fn path_ui(&mut self, ui: &mut Ui, tr: &crate::i18n::I18n) -> egui::Response {
        let label = ui.label(tr.tr("file-path-label"));
        let path_field = ui
            .horizontal(|ui| {
                if self.window.native
                    && ui
                        .add_enabled(
                            self.window.choosing.is_none(),
                            egui::Button::new(tr.tr("action-browse")),
                        )
                        .clicked()
                {
                    self.choose_file(tr.tr("export-heading"));
                }
                ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(f32::INFINITY))
                    .labelled_by(label.id)
            })
            .inner;
        if path_field.changed() {
            // A typed path is checked here again before anything is replaced.
            self.window.chosen_in_window = false;
        }
        path_field
    }

    /// A picture shows more than text: what the filter can and cannot do, to be confirmed.
    fn picture_warning_ui(
        &mut self,
        ui: &mut Ui,
        tr: &crate::i18n::I18n,
        project: &crate::model::Project,
    ) {
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
        ui.checkbox(&mut self.picture_confirmed, tr.tr("export-picture-confirm"));
    }

    /// What the privacy check found in what this export writes, each to be removed or kept.
    fn findings_ui(
        &mut self,
        ui: &mut Ui,
        tr: &crate::i18n::I18n,
        project: &crate::model::Project,
    ) {
        let findings: Vec<Finding> = self
            .findings
            .iter()
            .filter(|f| self.writes(f.place))
            .cloned()
            .collect();
        if findings.is_empty() {
            ui.label(tr.tr("export-privacy-clear"));
            return;
        }
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
                    if self.options.redact {
                        // Ticked: removed. Unticked: kept as written (a board's name taken
                        // for a person's, a phone number meant to be public).
                        let key = (finding.place, finding.text);
                        let mut remove = !self.options.keep.contains(&key);
                        if ui.checkbox(&mut remove, line).changed() {
                            if remove {
                                self.options.keep.retain(|kept| *kept != key);
                            } else {
                                self.options.keep.push(key);
                            }
                        }
                    } else {
                        ui.label(format!("• {line}"));
                    }
                }
            });
        ui.checkbox(&mut self.options.redact, tr.tr("export-redact"));
    }

    /// Export and Cancel, or, over a file that exists, Replace and Another name.
    fn buttons_ui(
        &mut self,
        ui: &mut Ui,
        tr: &crate::i18n::I18n,
        path_field: &egui::Response,
    ) -> Answer {
        let mut answer = Answer::default();
        if self.confirm_replace {
            let shown = self.path.trim().to_owned();
            ui.colored_label(
                style::palette(ui.ctx()).accent,
                tr.tr_args("export-exists", &[("path", Arg::Str(&shown))]),
            );
            ui.horizontal(|ui| {
                answer.go = ui.button(tr.tr("export-replace")).clicked();
                if ui.button(tr.tr("export-other-name")).clicked() {
                    self.confirm_replace = false;
                }
            });
            return answer;
        }
        let ready = self.kind != ExportKind::BoardPicture || self.picture_confirmed;
        ui.horizontal(|ui| {
            // Enter exports from the file name (or with nothing focused), never on the
            // frame the dialog opened (the Enter that opened it), never from the names box
            // (a new line) or a ticked box.
            let enter = self.frames_shown > 0
                && ui.input(|i| i.key_pressed(Key::Enter))
                && (path_field.lost_focus()
                    || path_field.has_focus()
                    || ui.memory(|m| m.focused().is_none()));
            let pressed = ui
                .add_enabled(ready, egui::Button::new(tr.tr("export-go")))
                .clicked()
                || (ready && enter);
            answer.cancel = ui.button(tr.tr("action-cancel")).clicked();
            // One click: the file named in the field is written (Browse… is the way to the
            // system's save window).
            if pressed && !self.window.chosen_in_window && Path::new(self.path.trim()).exists() {
                // Never over a file without asking.
                self.confirm_replace = true;
            } else if pressed {
                answer.go = true;
            }
        });
        answer
    }
}
