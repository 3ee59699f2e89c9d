//! Reading a spreadsheet of contributions (CSV, or the tab- or semicolon-separated text that
//! spreadsheets also save). Every character of every cell is kept; what cannot be understood
//! is kept as written and counted, never dropped.

use super::Draft;
use super::columns::ColumnUse;
use super::error::ImportError;
use super::grid::{Grid, csv_grid};
use super::tools::SurveyTool;
use super::workbook::{SheetChoice, is_workbook, workbook_grid};
use crate::model::ImportForm;

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
    /// Rows with no answer at all.
    pub skipped_blank: usize,
    /// Rows with answers, none of them a contribution (only choices, or placeholders).
    pub rows_without_words: usize,
    /// Answers that said nothing ("N/A", "-", "dim"): counted, not made notes.
    pub placeholders: usize,
    /// Responses already on the board (a fresh download of the same form): left out.
    pub already_here: usize,
    /// Of a form's responses, those not on the board yet, when some were.
    pub new_responses: usize,
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
    pub tool: Option<SurveyTool>,
    /// Personal columns not read in (e-mail, name, IP address).
    pub left_out: Vec<String>,
    /// For a workbook: the sheet read, and its other sheets.
    pub sheet: Option<SheetChoice>,
    /// Every named column and what it was read as.
    pub columns_read: Vec<(String, ColumnUse)>,
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
    super::header_rows::settle(&mut grid);
    Ok(Loaded {
        grid,
        windows_1252,
        sheet,
    })
}
