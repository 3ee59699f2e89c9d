//! Exporting from the window: what the export dialog (`ui::dialogs::ExportDialog`) asked
//! for, written; a picture of the board is taken from the screen, drawn for that moment from
//! what the outbound filter lets through.

use std::path::{Path, PathBuf};

use eframe::egui;

use super::CytunApp;
use super::overlay::Overlay;
use crate::export::{ExportFormat, ExportOptions, outbound};
use crate::i18n::Arg;
use crate::ui::dialogs::{ExportDialog, ExportKind};

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
        self.ask(Overlay::Export(ExportDialog::new(
            kind,
            base.with_extension(kind.extension()).display().to_string(),
            ExportOptions {
                redact: remembered.redact,
                anonymise: remembered.anonymise,
                extra_names: Vec::new(),
                keep: Vec::new(),
            },
            crate::export::ReportLanguage::of(self.tr.language()),
            remembered.names.join("\n"),
            self.abilities.native_dialogs && crate::ui::dialogs::FileDialog::native_available(),
        )));
    }

    /// "Export" was answered: remember the choices for this project, then write.
    pub(super) fn finish_export(&mut self, ctx: &egui::Context, dialog: &ExportDialog) {
        if let Some(path) = self.work.document.path() {
            let names = dialog.options().extra_names;
            let (redact, anonymise) = dialog.redact_and_anonymise();
            self.settings
                .remember_export_choice(path.to_owned(), redact, anonymise, names);
        }
        self.write_export(ctx, dialog);
    }
}

impl CytunApp {
    fn write_export(&mut self, ctx: &egui::Context, dialog: &ExportDialog) {
        let path = PathBuf::from(dialog.path().trim());
        // Every output, the picture too, is made from what the outbound filter lets through.
        let outbound = outbound(self.work.document.project(), &self.tr, &dialog.options());
        match dialog.kind() {
            ExportKind::File(format) => {
                let made = crate::export::render_summarised(
                    self.work.document.project(),
                    &dialog.options(),
                    dialog.language(),
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
