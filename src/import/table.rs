//! Reading a spreadsheet of contributions (CSV, or the tab- or semicolon-separated text that
//! spreadsheets also save). Every character of every cell is kept; what cannot be understood
//! is kept as written and counted, never dropped.

use thiserror::Error;

use std::collections::BTreeSet;

use super::grid::{Grid, Row, csv_grid};
use super::layout::{ColumnUse, Columns, Layout, merge_survey_monkey_headers};
use super::workbook::{SheetChoice, is_workbook, workbook_grid};
use super::{Draft, words};
use crate::model::{AnswerReading, Coded, ImportForm, Language};
use crate::model::{Consent, NoteDetails, NoteKind, Prompt};
use crate::store::{MAX_NOTE_TEXT_CHARS, MAX_NOTES};

/// Largest spreadsheet read: tens of thousands of rows take a few MB.
pub const MAX_TABLE_BYTES: usize = 64 * 1024 * 1024;

/// What a spreadsheet held, ready to place.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Imported {
    pub drafts: Vec<Draft>,
    pub report: ImportReport,
}

/// What the import did, for the summary the user reads afterwards.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub imported: usize,
    /// Rows whose text was empty or only spaces.
    pub skipped_blank: usize,
    /// Rows whose prompt was not one of the five senses: kept as written.
    pub unknown_prompts: usize,
    /// Rows whose kind Cytûn does not know: kept as written.
    pub unknown_kinds: usize,
    /// Rows whose language was neither English nor Welsh: kept in an extra field.
    pub unknown_languages: usize,
    /// Rows whose consent was unclear: marked "do not quote", the value kept in an extra field.
    pub unclear_consents: usize,
    /// Columns Cytûn has no field for, kept on each note under their own name.
    pub extra_columns: Vec<String>,
    /// No column said what people agreed to: every note got the usual "quote anonymously".
    pub no_consent_column: bool,
    /// The file was saved in Windows-1252 (Excel's plain "CSV"), which cannot hold ŵ or ŷ.
    pub windows_1252: bool,
    /// How many different people the contributions came from, when the sheet says.
    pub people: Option<usize>,
    /// The survey tool whose export this was, when recognised.
    pub layout: Option<Layout>,
    /// Personal columns not read in (e-mail, name, IP address).
    pub left_out: Vec<String>,
    /// For a workbook: the sheet read, and its other sheets.
    pub sheet: Option<SheetChoice>,
    /// Every named column and what it was read as.
    pub columns_read: Vec<(String, ColumnUse)>,
}

/// Why nothing was imported. Nothing on the board changes when this is returned.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has column names but no rows")]
    NoRows,
    #[error("no column is called `text`; columns found: {found}")]
    NoTextColumn { found: String },
    #[error("the file is not UTF-8 text (line {line})")]
    NotUtf8 { line: usize },
    #[error("the workbook cannot be read: {message}")]
    BadWorkbook { message: String },
    #[error("the workbook unpacks to more than Cytûn reads")]
    WorkbookTooLarge,
    #[error("the workbook has no sheet called {name}; it has {sheets}")]
    NoSuchSheet { name: String, sheets: String },
    #[error("the sheet has more columns or cells than Cytûn reads")]
    SheetTooLarge,
    /// No column of a sense-check export holds agree / agree with changes / disagree.
    #[error("no column holds agree, agree with changes or disagree; columns found: {found}")]
    NoAnswerColumn { found: String },
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: usize },
    #[error("more than {limit} rows")]
    TooManyRows { limit: usize },
    #[error("row on line {line} has text longer than {limit} characters")]
    TextTooLong { line: u64, limit: usize },
    #[error("line {line}: {message}")]
    Malformed { line: u64, message: String },
}

/// Reads a spreadsheet's bytes: CSV (UTF-8 with or without a byte-order mark, UTF-16, or the
/// Windows-1252 Excel saves as plain "CSV"), or a workbook (`.xlsx`, `.xls`, `.ods`, its first
/// sheet with rows). Accepts CRLF line ends, quoted separators and quoted line breaks.
pub fn read_table(bytes: &[u8]) -> Result<Imported, ImportError> {
    read_sheet(bytes, None)
}

/// As `read_table`, reading the workbook sheet called `sheet` if one is named.
pub fn read_sheet(bytes: &[u8], sheet: Option<&str>) -> Result<Imported, ImportError> {
    read_sheet_as(bytes, sheet, &[])
}

/// As `read_sheet`, read as the user chose before for the same form, if `forms` has it.
pub fn read_sheet_as(
    bytes: &[u8],
    sheet: Option<&str>,
    forms: &[ImportForm],
) -> Result<Imported, ImportError> {
    let loaded = load_grid(bytes, sheet)?;
    let form = remembered_form(forms, &loaded.grid.headers);
    loaded.preview(&form).outcome
}

/// The choices remembered for the form whose export has these `headers`, else none.
pub fn remembered_form(forms: &[ImportForm], headers: &[String]) -> ImportForm {
    forms
        .iter()
        .find(|form| form.is_for(headers))
        .cloned()
        .unwrap_or_else(|| ImportForm::new(headers))
}

/// A sheet as read from a file, before its columns are interpreted.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    pub grid: Grid,
    /// It was Windows-1252 (Excel's plain "CSV").
    pub windows_1252: bool,
    /// For a workbook: the sheet read, and its others.
    pub sheet: Option<SheetChoice>,
}

impl Loaded {
    /// The preview of this sheet read with `form`'s choices, its summary saying what the file
    /// itself was (its encoding, its sheet).
    pub fn preview(&self, form: &ImportForm) -> super::preview::Preview {
        let mut shown = super::preview::preview(&self.grid, form);
        if let Ok(imported) = &mut shown.outcome {
            imported.report.windows_1252 = self.windows_1252;
            imported.report.sheet.clone_from(&self.sheet);
        }
        shown
    }
}

/// The grid of a CSV file or a workbook's sheet, with SurveyMonkey's two header rows made
/// one; whether it was Windows-1252; which sheet was read.
pub fn load_grid(bytes: &[u8], sheet: Option<&str>) -> Result<Loaded, ImportError> {
    if bytes.len() > MAX_TABLE_BYTES {
        return Err(ImportError::TooLarge {
            limit: MAX_TABLE_BYTES,
        });
    }
    let (mut grid, windows_1252, sheet) = if is_workbook(bytes) {
        let (grid, choice) = workbook_grid(bytes, sheet)?;
        (grid, false, Some(choice))
    } else {
        let (grid, windows_1252) = csv_grid(bytes)?;
        (grid, windows_1252, None)
    };
    if grid.headers.iter().all(|h| h.trim().is_empty()) && grid.rows.is_empty() {
        return Err(ImportError::Empty);
    }
    merge_survey_monkey_headers(&mut grid);
    Ok(Loaded {
        grid,
        windows_1252,
        sheet,
    })
}

/// The contributions a grid holds, by what its columns hold and how `form` says its coded
/// answers are read.
pub(super) fn interpret(
    grid: &Grid,
    columns: &Columns,
    form: &ImportForm,
) -> Result<Imported, ImportError> {
    let mut imported = Imported::default();
    let report = &mut imported.report;
    report.extra_columns = columns.extra.iter().map(|(_, n)| n.clone()).collect();
    report.no_consent_column = columns.consent.is_none() && columns.consent_choices.is_empty();
    report.layout = columns.layout;
    report.left_out.clone_from(&columns.left_out);
    report.columns_read = columns.uses(&grid.headers);
    if grid.rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    let survey = !columns.questions.is_empty();
    let read = Readings { columns, form };
    let mut people = BTreeSet::new();
    for row in &grid.rows {
        let answers: Vec<(&str, Option<&Prompt>)> = match columns.text {
            Some(text) => vec![(row.cell(Some(text)), None)],
            None => columns
                .questions
                .iter()
                .map(|(index, prompt)| (row.cell(Some(*index)), Some(prompt)))
                .collect(),
        };
        let answered: Vec<_> = answers
            .into_iter()
            .filter(|(text, _)| !text.trim().is_empty())
            .collect();
        if answered.is_empty() {
            imported.report.skipped_blank += 1;
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
    pub(super) fn prompt(&self, value: &str) -> Option<Prompt> {
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
        let language = columns.language_cell(row);
        if let Some(known) = self.language(language) {
            details.language = known;
        } else {
            report.unknown_languages += 1;
            details
                .extra
                .insert(columns.language_name.clone(), language.to_owned());
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
        for (index, name) in &columns.extra {
            let value = cell(Some(*index));
            if !value.is_empty() {
                details.extra.insert(name.clone(), value.to_owned());
            }
        }
        details
    }
}
