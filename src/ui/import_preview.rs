//! The import preview: every column of the sheet with what Cytûn reads it as and its first
//! answers, then every different answer of the coded columns (prompt, kind, language,
//! consent) with how it is read. Each is a drop-down; a change is returned, not made, so the
//! prompt reads the sheet again with it.

use eframe::egui::{self, Ui};

use crate::i18n::{Arg, I18n, labels};
use crate::import::in_words::column_use;
use crate::import::preview::{CodedAnswer, CodedColumn, Preview};
use crate::import::workbook::SheetChoice;
use crate::model::{AnswerReading, Coded, ColumnUse, Consent, Language, NoteKind, Prompt};
use crate::ui::style;

/// A choice the user made in the preview.
#[derive(Clone, Debug, PartialEq)]
pub enum PreviewChange {
    /// Column `index` is read as this.
    Column(usize, ColumnUse),
    /// This answer (as written) is read as this.
    Answer(String, AnswerReading),
    /// Read the workbook's sheet of this name instead.
    Sheet(String),
}

/// Longest cell shown in the first answers: the rest is on the note once imported.
const SHOWN_CHARS: usize = 40;
/// Longest column name shown (a bilingual question runs to hundreds): all of it on hover.
const HEADER_CHARS: usize = 48;
/// Longest reading shown in a column's drop-down ("contributions (What would make…)").
const ROLE_CHARS: usize = 44;

/// Which of a workbook's sheets is read, as a drop-down when it has several.
pub fn sheet_ui(ui: &mut Ui, tr: &I18n, choice: &SheetChoice) -> Option<PreviewChange> {
    if choice.others.is_empty() {
        ui.label(tr.tr_args("import-sheet", &[("sheet", Arg::Str(&choice.read))]));
        return None;
    }
    let mut chosen = choice.read.clone();
    ui.horizontal(|ui| {
        let label = ui.label(tr.tr("import-sheet-choose"));
        egui::ComboBox::from_id_salt("cytun-import-sheet")
            .selected_text(chosen.clone())
            .width(320.0)
            .show_ui(ui, |ui| {
                for name in std::iter::once(&choice.read).chain(&choice.others) {
                    ui.selectable_value(&mut chosen, name.clone(), name);
                }
            })
            .response
            .labelled_by(label.id);
    });
    (chosen != choice.read).then_some(PreviewChange::Sheet(chosen))
}

/// The columns, then the coded answers. Returns the change the user made, if any.
pub fn preview_ui(ui: &mut Ui, tr: &I18n, preview: &Preview) -> Option<PreviewChange> {
    let mut change = None;
    egui::CollapsingHeader::new(tr.tr("import-columns-read"))
        .id_salt("cytun-import-columns")
        .default_open(true)
        .show(ui, |ui| {
            egui::ScrollArea::both()
                .id_salt("cytun-import-columns-scroll")
                .auto_shrink([false, true])
                .max_height(300.0)
                .show(ui, |ui| {
                    if let Some(chosen) = columns_ui(ui, tr, preview) {
                        change = Some(chosen);
                    }
                });
        });
    for column in &preview.coded {
        let unclear = column
            .answers
            .iter()
            .filter(|a| a.is_unclear_consent(column.coded))
            .count();
        let name = short(&column.name, HEADER_CHARS);
        let heading = tr.tr_args("import-answers-in", &[("column", Arg::Str(&name))]);
        egui::CollapsingHeader::new(heading)
            .id_salt(("cytun-import-answers", column.coded))
            .default_open(unclear > 0 || column.answers.len() <= 8)
            .show(ui, |ui| {
                if unclear > 0 {
                    ui.colored_label(
                        style::palette(ui.ctx()).accent,
                        tr.tr_args("import-unclear-answers", &[("count", unclear.into())]),
                    );
                }
                egui::ScrollArea::vertical()
                    .id_salt(("cytun-import-answers-scroll", column.coded))
                    .max_height(260.0)
                    .show(ui, |ui| {
                        if let Some(chosen) = answers_ui(ui, tr, column) {
                            change = Some(chosen);
                        }
                    });
            });
    }
    change
}

fn columns_ui(ui: &mut Ui, tr: &I18n, preview: &Preview) -> Option<PreviewChange> {
    let mut change = None;
    egui::Grid::new("cytun-import-columns-grid")
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.strong(tr.tr("import-column"));
            ui.strong(tr.tr("import-read-as-heading"));
            ui.strong(tr.tr("import-first-answers"));
            ui.end_row();
            for (index, header) in preview.headers.iter().enumerate() {
                let name = header.trim();
                if name.is_empty() {
                    continue;
                }
                let label = ui
                    .add(egui::Label::new(short(name, HEADER_CHARS)))
                    .on_hover_text(name);
                let current = preview
                    .roles
                    .get(index)
                    .cloned()
                    .unwrap_or(ColumnUse::Extra);
                let mut chosen = current.clone();
                egui::ComboBox::from_id_salt(("cytun-import-role", index))
                    .selected_text(short(&column_use(tr, &chosen), ROLE_CHARS))
                    .width(280.0)
                    .truncate()
                    .show_ui(ui, |ui| {
                        for role in role_choices(name) {
                            let text = column_use(tr, &role);
                            ui.selectable_value(&mut chosen, role, text);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                // What is left out (e-mails, names) is not put on the projector either.
                if current == ColumnUse::LeftOut {
                    ui.weak(tr.tr("import-not-shown"));
                } else {
                    ui.label(first_answers(preview, index));
                }
                if chosen != current {
                    change = Some(PreviewChange::Column(index, chosen));
                }
                ui.end_row();
            }
        });
    change
}

fn answers_ui(ui: &mut Ui, tr: &I18n, column: &CodedColumn) -> Option<PreviewChange> {
    let mut change = None;
    egui::Grid::new(("cytun-import-answers-grid", column.coded))
        .num_columns(3)
        .striped(true)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.strong(tr.tr("import-answer"));
            ui.strong(tr.tr("import-answer-count"));
            ui.strong(tr.tr("import-read-as-heading"));
            ui.end_row();
            for (row, answer) in column.answers.iter().enumerate() {
                let shown = if answer.value.is_empty() {
                    tr.tr("import-answer-blank")
                } else {
                    shortened(&answer.value)
                };
                let label = ui.label(shown);
                ui.label(answer.count.to_string());
                let chosen = answer_choice_ui(ui, tr, column.coded, answer, (row, label.id));
                if let Some(reading) = chosen {
                    change = Some(PreviewChange::Answer(answer.value.clone(), reading));
                }
                ui.end_row();
            }
        });
    if column.more > 0 {
        ui.label(tr.tr_args("import-answers-more", &[("count", column.more.into())]));
    }
    change
}

/// The drop-down of readings for one answer; an unclear consent says so in the accent colour.
fn answer_choice_ui(
    ui: &mut Ui,
    tr: &I18n,
    coded: Coded,
    answer: &CodedAnswer,
    (row, label): (usize, egui::Id),
) -> Option<AnswerReading> {
    let current = answer.reading.clone();
    let selected = match &current {
        Some(reading) => egui::RichText::new(reading_name(tr, reading)),
        None => egui::RichText::new(unknown_name(tr, coded)).color(style::palette(ui.ctx()).accent),
    };
    let mut chosen = current.clone();
    egui::ComboBox::from_id_salt(("cytun-import-answer", coded, row))
        .selected_text(selected)
        .width(320.0)
        .truncate()
        .show_ui(ui, |ui| {
            for reading in reading_choices(coded, &answer.value) {
                let text = reading_name(tr, &reading);
                ui.selectable_value(&mut chosen, Some(reading), text);
            }
        })
        .response
        .labelled_by(label);
    if chosen == current { None } else { chosen }
}

/// Every use offered for a column, in the order a coordinator thinks of them.
/// What a column called `header` can be read as: the contributions, answers to its own
/// question, or to one of the five senses' questions, or one of the details.
fn role_choices(header: &str) -> Vec<ColumnUse> {
    let mut roles = vec![
        ColumnUse::Text,
        ColumnUse::Question(Prompt::Other(header.trim().to_owned())),
    ];
    roles.extend(
        Prompt::KNOWN
            .iter()
            .filter(|p| **p != Prompt::Unspecified)
            .cloned()
            .map(ColumnUse::Question),
    );
    roles.extend([
        ColumnUse::Prompt,
        ColumnUse::Kind,
        ColumnUse::Group,
        ColumnUse::Author,
        ColumnUse::Language,
        ColumnUse::Consent,
        ColumnUse::Respondent,
        ColumnUse::Extra,
        ColumnUse::LeftOut,
    ]);
    roles
}

/// The readings offered for an answer in a `coded` column.
fn reading_choices(coded: Coded, value: &str) -> Vec<AnswerReading> {
    match coded {
        Coded::Prompt => {
            let mut all: Vec<_> = Prompt::KNOWN
                .iter()
                .cloned()
                .map(AnswerReading::Prompt)
                .collect();
            all.push(AnswerReading::Prompt(Prompt::Other(value.to_owned())));
            all
        }
        Coded::Kind => {
            let mut all: Vec<_> = NoteKind::KNOWN
                .iter()
                .cloned()
                .map(AnswerReading::Kind)
                .collect();
            all.push(AnswerReading::Kind(NoteKind::Other(value.to_owned())));
            all
        }
        Coded::Language => Language::ALL
            .into_iter()
            .map(AnswerReading::Language)
            .collect(),
        Coded::Consent => Consent::ALL
            .into_iter()
            .map(AnswerReading::Consent)
            .collect(),
    }
}

fn reading_name(tr: &I18n, reading: &AnswerReading) -> String {
    match reading {
        AnswerReading::Prompt(Prompt::Other(_)) | AnswerReading::Kind(NoteKind::Other(_)) => {
            tr.tr("import-kept-as-written")
        }
        AnswerReading::Prompt(prompt) => labels::prompt(tr, prompt),
        AnswerReading::Kind(kind) => labels::kind(tr, kind),
        AnswerReading::Language(language) => labels::language(tr, *language),
        AnswerReading::Consent(consent) => labels::consent(tr, *consent),
    }
}

/// What an answer Cytûn could not read is taken as, until someone chooses.
fn unknown_name(tr: &I18n, coded: Coded) -> String {
    match coded {
        Coded::Prompt | Coded::Kind => tr.tr("import-kept-as-written"),
        Coded::Language => tr.tr("import-language-unknown"),
        Coded::Consent => tr.tr("import-consent-unclear"),
    }
}

/// The column's cells in the first rows, shortened, with a dot between them, up to about
/// two cells' worth of width.
fn first_answers(preview: &Preview, index: usize) -> String {
    let mut shown = String::new();
    for cell in preview
        .sample
        .iter()
        .filter_map(|row| row.get(index))
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
    {
        if shown.chars().count() > SHOWN_CHARS * 3 / 2 {
            shown.push_str(" …");
            break;
        }
        if !shown.is_empty() {
            shown.push_str(" · ");
        }
        shown.push_str(&shortened(cell));
    }
    shown
}

fn shortened(text: &str) -> String {
    short(text, SHOWN_CHARS)
}

/// The first line of `text`, cut to `most` characters with "…" where it was cut.
fn short(text: &str, most: usize) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() > most || line.len() < text.trim_end().len() {
        let mut short: String = line.chars().take(most).collect();
        short.push('…');
        short
    } else {
        line.to_owned()
    }
}
