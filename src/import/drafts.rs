//! From rows to contributions: each non-empty answer of the text column or of each open
//! question becomes a draft note, with its person's prompt, kind, table, language and
//! consent read as the form says (or by their words). Placeholders ("N/A", "dim") are
//! counted, never notes; a blank row is one with no answer at all; a person's name is the
//! author only where they asked to be quoted with it; with no language column, each
//! answer's language is read from its words.

use std::collections::BTreeSet;

use super::Draft;
use super::answer_language::language_of;
use super::columns::Columns;
use super::error::ImportError;
use super::grid::{Grid, Row};
use super::table::{ImportReport, Imported};
use super::words;
use crate::model::{AnswerReading, Coded, ImportForm, Language};
use crate::model::{Consent, NoteDetails, NoteKind, Prompt};
use crate::store::{MAX_NOTE_TEXT_CHARS, MAX_NOTES};

/// The contributions `grid` holds, by what its columns hold and how `form` says its coded
/// answers are read.
pub fn drafts(grid: &Grid, columns: &Columns, form: &ImportForm) -> Result<Imported, ImportError> {
    let mut imported = Imported::default();
    let report = &mut imported.report;
    report.extra_columns = columns.extra.iter().map(|(_, n)| n.clone()).collect();
    report.no_consent_column = !columns.asks_consent();
    report.tool = columns.tool;
    report.left_out.clone_from(&columns.left_out);
    report.columns_read = columns.uses(&grid.headers);
    if grid.rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    let survey = !columns.questions.is_empty();
    let read = Readings { columns, form };
    let mut people = BTreeSet::new();
    for row in &grid.rows {
        if row.is_blank() {
            imported.report.skipped_blank += 1;
            continue;
        }
        let answers: Vec<(&str, Option<&Prompt>)> = match columns.text {
            Some(text) => vec![(row.cell(Some(text)), None)],
            None => columns
                .questions
                .iter()
                .map(|(index, prompt)| (row.cell(Some(*index)), Some(prompt)))
                .collect(),
        };
        let mut answered = Vec::new();
        for (text, prompt) in answers {
            if text.trim().is_empty() {
                continue;
            }
            if words::is_placeholder(text) {
                imported.report.placeholders += 1;
            } else {
                answered.push((text, prompt));
            }
        }
        if answered.is_empty() {
            imported.report.rows_without_words += 1;
            continue;
        }
        let mut details = read.details(row, &mut imported.report);
        details.respondent = match columns.respondent {
            Some(index) => row.cell(Some(index)).trim().to_owned(),
            // A survey's person is its row, even when the tool gives no id.
            None if survey => format!("#{}", row.line),
            None => String::new(),
        };
        if !details.respondent.is_empty() {
            people.insert(details.respondent.clone());
        }
        for (text, prompt) in answered {
            if imported.drafts.len() >= MAX_NOTES {
                return Err(ImportError::TooManyRows { limit: MAX_NOTES });
            }
            if text.chars().count() > MAX_NOTE_TEXT_CHARS {
                return Err(ImportError::TextTooLong {
                    line: row.line,
                    limit: MAX_NOTE_TEXT_CHARS,
                });
            }
            let mut details = details.clone();
            if let Some(prompt) = prompt {
                details.prompt = prompt.clone();
            }
            if !columns.asks_language()
                && let Some(language) = language_of(text)
            {
                details.language = language;
            }
            imported.drafts.push(Draft {
                text: text.to_owned(),
                details,
            });
        }
    }
    imported.report.people = (!people.is_empty()).then_some(people.len());
    imported.report.imported = imported.drafts.len();
    Ok(imported)
}

/// How a row's coded cells are read: as the user chose for this form, else by their words.
struct Readings<'a> {
    columns: &'a Columns,
    form: &'a ImportForm,
}

impl Readings<'_> {
    /// The prompt `value` names, as chosen or recognised; `None` when neither.
    fn prompt(&self, value: &str) -> Option<Prompt> {
        match self.form.answer(Coded::Prompt, value) {
            Some(AnswerReading::Prompt(prompt)) => Some(prompt.clone()),
            _ => words::prompt(value),
        }
    }

    fn kind(&self, value: &str) -> Option<NoteKind> {
        match self.form.answer(Coded::Kind, value) {
            Some(AnswerReading::Kind(kind)) => Some(kind.clone()),
            _ => words::kind(value),
        }
    }

    fn language(&self, value: &str) -> Option<Language> {
        match self.form.answer(Coded::Language, value) {
            Some(AnswerReading::Language(language)) => Some(*language),
            _ => words::language(value),
        }
    }

    /// The consent in `value`; an empty cell in a consent column is none (an unticked box).
    fn consent(&self, value: &str) -> Option<Consent> {
        if let Some(AnswerReading::Consent(consent)) = self.form.answer(Coded::Consent, value) {
            return Some(*consent);
        }
        if self.columns.asks_consent() && value.trim().is_empty() {
            return None;
        }
        words::consent(value)
    }

    fn details(&self, row: &Row, report: &mut ImportReport) -> NoteDetails {
        let columns = self.columns;
        let cell = |index: Option<usize>| row.cell(index);
        let mut details = NoteDetails {
            group: columns.group_cell(row).trim().to_owned(),
            author: cell(columns.author).to_owned(),
            ..NoteDetails::default()
        };
        let prompt = cell(columns.prompt);
        details.prompt = self.prompt(prompt).unwrap_or_else(|| {
            report.unknown_prompts += 1;
            Prompt::Other(prompt.to_owned())
        });
        let kind = cell(columns.kind);
        details.kind = self.kind(kind).unwrap_or_else(|| {
            report.unknown_kinds += 1;
            NoteKind::Other(kind.to_owned())
        });
        if columns.asks_language() {
            let language = columns.language_cell(row);
            if let Some(known) = self.language(language) {
                details.language = known;
            } else {
                report.unknown_languages += 1;
                details
                    .extra
                    .insert(columns.language_name.clone(), language.to_owned());
            }
        }
        let consent = columns.consent_cell(row);
        if let Some(known) = self.consent(consent) {
            details.consent = known;
        } else {
            // Unclear consent is read the safe way: not to be quoted.
            report.unclear_consents += 1;
            details.consent = Consent::DoNotQuote;
            details
                .extra
                .insert(columns.consent_name.clone(), consent.to_owned());
        }
        // A form's name column is personal: it names only someone who asked to be named.
        if details.author.is_empty() && details.consent == Consent::QuoteWithName {
            cell(columns.credit_name)
                .trim()
                .clone_into(&mut details.author);
        }
        for (index, name) in &columns.extra {
            let value = cell(Some(*index));
            if !value.is_empty() {
                details.extra.insert(name.clone(), value.to_owned());
            }
        }
        details
    }
}
