//! Exporting from the window: choose what and where, see the privacy check's findings and
//! choose to redact, anonymise or go on; a picture of the board is taken from the screen.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Id, Key, RichText, Ui};

use super::CytunApp;
use crate::export::privacy::{DetailKind, Finding, find_personal_details};
use crate::export::{ExportFormat, ExportOptions, export};
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
    /// For a picture: the user has seen that it shows every note as it is.
    picture_confirmed: bool,
    /// The privacy check's findings, made once when the dialog opens (the project cannot
    /// change while it is open).
    findings: Vec<Finding>,
}

/// A board picture asked for, waiting for the screenshot to arrive.
#[derive(Debug)]
pub(super) struct PendingPicture {
    path: PathBuf,
    board: egui::Rect,
    arrives: std::sync::mpsc::Receiver<std::sync::Arc<egui::ColorImage>>,
}

impl CytunApp {
    pub(super) fn open_export_dialog(&mut self) {
        let base = self
            .document
            .path()
            .map_or_else(|| PathBuf::from("projects").join("export"), Path::to_owned);
        let kind = ExportKind::File(ExportFormat::Markdown);
        self.export_dialog = Some(ExportDialog {
            kind,
            path: base.with_extension(kind.extension()).display().to_string(),
            options: ExportOptions::default(),
            picture_confirmed: false,
            findings: find_personal_details(self.document.project()),
        });
    }

    pub(super) fn export_dialog_ui(&mut self, ui: &Ui) {
        let Some(dialog) = &mut self.export_dialog else {
            return;
        };
        let tr = &self.tr;
        let project = self.document.project();
        let findings = &dialog.findings;
        let mut go = false;
        let mut cancel = false;
        let modal = egui::Modal::new(Id::unique("cytun-export")).show(ui.ctx(), |ui| {
            ui.set_width(760.0);
            ui.heading(tr.tr("export-heading"));
            let before = dialog.kind;
            for (kind, id) in [
                (
                    ExportKind::File(ExportFormat::Markdown),
                    "export-kind-report",
                ),
                (ExportKind::File(ExportFormat::Csv), "export-kind-csv"),
                (ExportKind::File(ExportFormat::Text), "export-kind-text"),
                (ExportKind::BoardPicture, "export-kind-picture"),
            ] {
                ui.radio_value(&mut dialog.kind, kind, tr.tr(id));
            }
            if dialog.kind != before {
                dialog.path = Path::new(dialog.path.trim())
                    .with_extension(dialog.kind.extension())
                    .display()
                    .to_string();
            }
            let label = ui.label(tr.tr("file-path-label"));
            ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if matches!(dialog.kind, ExportKind::File(_)) {
                ui.add_space(8.0);
                ui.label(RichText::new(tr.tr("export-consent-note")).italics());
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
                                let kind = tr.tr(match finding.kind {
                                    DetailKind::Email => "detail-email",
                                    DetailKind::Phone => "detail-phone",
                                    DetailKind::Postcode => "detail-postcode",
                                    DetailKind::Name => "detail-name",
                                });
                                let note = project
                                    .note(finding.note)
                                    .map(|n| n.text.as_str())
                                    .unwrap_or_default();
                                ui.label(format!("• {kind}: “{}” — {note}", finding.text));
                            }
                        });
                    ui.checkbox(&mut dialog.options.redact, tr.tr("export-redact"));
                }
                ui.checkbox(&mut dialog.options.anonymise, tr.tr("export-anonymise"));
            } else {
                // A picture cannot leave anything out: say so before it is made.
                let withheld = project
                    .notes
                    .values()
                    .filter(|n| n.copy_of.is_none())
                    .filter(|n| n.details.consent == crate::model::Consent::DoNotQuote)
                    .count();
                ui.add_space(8.0);
                ui.colored_label(
                    style::palette(ui.ctx()).accent,
                    tr.tr_args("export-picture-warning", &[("count", withheld.into())]),
                );
                ui.checkbox(
                    &mut dialog.picture_confirmed,
                    tr.tr("export-picture-confirm"),
                );
            }
            ui.add_space(10.0);
            let ready = dialog.kind != ExportKind::BoardPicture || dialog.picture_confirmed;
            ui.horizontal(|ui| {
                go = ui
                    .add_enabled(ready, egui::Button::new(tr.tr("export-go")))
                    .clicked()
                    || (ready && ui.input(|i| i.key_pressed(Key::Enter)));
                cancel = ui.button(tr.tr("action-cancel")).clicked();
            });
        });
        if cancel || modal.should_close() {
            self.export_dialog = None;
            return;
        }
        if go && let Some(dialog) = self.export_dialog.take() {
            self.write_export(ui.ctx(), &dialog);
        }
    }

    fn write_export(&mut self, ctx: &egui::Context, dialog: &ExportDialog) {
        let path = PathBuf::from(dialog.path.trim());
        match dialog.kind {
            ExportKind::File(format) => {
                let bytes = export(self.document.project(), &self.tr, format, dialog.options);
                self.report_written(
                    &path,
                    crate::store::write_file_atomically(&path, &bytes, false),
                );
            }
            ExportKind::BoardPicture => {
                let on_board =
                    self.central == crate::ui::CentralView::Board && self.start_screen.is_none();
                let Some(board) = self.view.canvas_rect().filter(|_| on_board) else {
                    self.messages.error(self.tr.tr("export-picture-board-only"));
                    return;
                };
                let (send, arrives) = std::sync::mpsc::channel();
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    send.send(image).ok();
                    repaint.request_repaint();
                });
                self.pending_picture = Some(PendingPicture {
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
            Ok(()) => self.messages.info(
                self.tr
                    .tr_args("export-written", &[("path", Arg::Str(&shown))]),
            ),
            Err(err) => self.messages.error(self.tr.tr_args(
                "message-export-failed",
                &[
                    ("path", Arg::Str(&shown)),
                    ("reason", Arg::Str(&err.to_string())),
                ],
            )),
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
