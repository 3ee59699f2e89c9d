//! Why a sheet could not be read: every step of the importer (bytes, table, workbook,
//! columns, drafts) answers with one of these, and the window and the command line word it.

use thiserror::Error;

/// Why nothing was imported. Nothing on the board changes when this is returned.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has column names but no rows")]
    NoRows,
    /// No column holds people's own words; the preview lets the user choose.
    #[error("no column holds people's own answers; columns found: {found}")]
    NoOpenQuestion { found: String },
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
