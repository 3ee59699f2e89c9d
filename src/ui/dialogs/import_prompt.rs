//! "Import 182 contributions?": pasted lines or a sheet, with the preview of what each column
//! and each coded answer is read as, and the choice of columns on the board, asked before
//! anything is added.

use eframe::egui::Ui;

use super::sheet_reading::SheetReading;
use super::{Question, prompt_ui};
use crate::i18n::{Arg, I18n};
use crate::import::{ColumnsBy, Draft, ImportError};
use crate::ui::{import_preview, style};

/// Contributions read and waiting for the user to confirm where they go.
#[derive(Debug)]
pub struct ImportPrompt {
    /// The file's name, for the question.
    pub source: String,
    /// What is waiting to come in.
    pub what: Arriving,
    /// Columns on the board by prompt or by group, as the user chooses.
    pub by: ColumnsBy,
}

/// What is waiting to come in.
#[derive(Debug)]
pub enum Arriving {
    /// Pasted lines: no column labels and no choice of columns.
    Pasted(Vec<Draft>),
    /// A sheet, with its preview and the choices made in it.
    Sheet(Box<SheetReading>),
}

/// "Import 182 contributions from hackathon.csv?", with the preview of what each column and
/// each coded answer is read as, and the choice of columns on the board.
/// Some(true) when "Import" is chosen, Some(false) when the question is closed.
pub fn import_prompt_ui(
    ui: &Ui,
    tr: &I18n,
    prompt: &mut ImportPrompt,
    forms: &[crate::model::ImportForm],
) -> Option<bool> {
    let count = match &prompt.what {
        Arriving::Pasted(drafts) => drafts.len(),
        Arriving::Sheet(reading) => reading.outcome().map_or(0, |i| i.drafts.len()),
    };
    let heading = tr.tr("import-heading");
    let go = tr.tr(match prompt.what {
        Arriving::Pasted(_) => "action-paste-confirm",
        Arriving::Sheet(_) => "action-import-go",
    });
    let mut change = None;
    let question = Question {
        id: "cytun-import-prompt",
        heading: &heading,
        go: &go,
        can_go: count > 0,
        wide: matches!(prompt.what, Arriving::Sheet(_)),
    };
    let answer = prompt_ui(ui, tr, &question, |ui| match &prompt.what {
        Arriving::Pasted(_) => {
            ui.label(tr.tr_args("import-paste-question", &[("count", count.into())]));
        }
        Arriving::Sheet(reading) => {
            change = sheet_body_ui(ui, tr, &prompt.source, &mut prompt.by, reading);
        }
    });
    if let (Some(change), Arriving::Sheet(reading)) = (change, &mut prompt.what) {
        reading.change(change, forms);
    }
    answer
}

/// The question, the sheet, the columns on the board and the preview.
fn sheet_body_ui(
    ui: &mut Ui,
    tr: &I18n,
    source: &str,
    by: &mut ColumnsBy,
    reading: &SheetReading,
) -> Option<crate::ui::import_preview::PreviewChange> {
    let mut change = None;
    match reading.outcome() {
        Ok(imported) => {
            let count = imported.drafts.len();
            ui.label(tr.tr_args(
                "import-question",
                &[("count", count.into()), ("source", Arg::Str(source))],
            ));
            if let Some(people) = imported.report.people {
                ui.label(tr.tr_args("import-from-people", &[("people", people.into())]));
            }
            let skipped = imported.report.skipped_blank;
            if skipped > 0 {
                ui.label(tr.tr_args("import-will-skip", &[("count", skipped.into())]));
            }
            if imported.report.already_here > 0 {
                ui.label(tr.tr_args(
                    "import-already-here",
                    &[
                        ("here", imported.report.already_here.into()),
                        ("new", imported.report.new_responses.into()),
                    ],
                ));
            }
            if count == 0 {
                let why = if imported.report.already_here > 0 {
                    "import-nothing-new"
                } else {
                    "import-nothing"
                };
                ui.colored_label(style::palette(ui.ctx()).accent, tr.tr(why));
            }
        }
        Err(ImportError::NoOpenQuestion { .. }) => {
            ui.colored_label(style::palette(ui.ctx()).accent, tr.tr("import-choose-text"));
        }
        Err(err) => {
            ui.colored_label(
                style::palette(ui.ctx()).accent,
                crate::import::in_words::import_error(tr, err),
            );
        }
    }
    if let Some(tool) = reading.preview.tool {
        ui.label(tr.tr_args("import-layout", &[("tool", Arg::Str(tool.name()))]));
    }
    if let Some(sheet) = reading.sheet() {
        change = import_preview::sheet_ui(ui, tr, sheet);
    }
    if let Some(err) = &reading.sheet_error {
        ui.colored_label(
            style::palette(ui.ctx()).accent,
            crate::import::in_words::import_error(tr, err),
        );
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.label(tr.tr("import-columns-by"));
        ui.radio_value(by, ColumnsBy::Prompt, tr.tr("import-by-prompt"));
        ui.radio_value(by, ColumnsBy::Group, tr.tr("import-by-group"));
    });
    ui.add_space(8.0);
    import_preview::preview_ui(ui, tr, &reading.preview).or(change)
}
