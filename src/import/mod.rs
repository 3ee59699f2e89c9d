//! Bringing a workshop's contributions onto the board: spreadsheets typed up after the event,
//! pasted lines, photos of flip charts. Reading is separate from placing, so each is tested
//! on its own and the UI and the command line share both.
//!
//! A sheet goes one way through: bytes → table (`grid`, `workbook`) → its header rows
//! (`header_rows`) → a profile of each column's answers (`profile`) → what each column is
//! read as (`personal`, `tools`, `column_roles`, then `columns` with the user's choices) →
//! the preview (`preview`) → draft notes (`drafts`), leaving out what is already on the board
//! (`already_here`). The window and the command line take the same path.

pub mod already_here;
mod answer_language;
pub mod arrange;
pub mod column_label;
pub mod column_roles;
pub mod columns;
pub mod drafts;
pub mod error;
pub mod feedback;
pub mod grid;
pub mod header_rows;
pub mod in_words;
mod ods_guard;
mod ods_repair;
pub mod personal;
pub mod picture;
pub mod preview;
pub mod profile;
pub mod table;
pub mod tools;
pub mod words;
pub mod workbook;

pub use arrange::{ColumnsBy, arrange};
pub use error::ImportError;
pub use table::{ImportReport, Imported, read_sheet, read_table};

use crate::model::NoteDetails;

/// One contribution read from a file or the clipboard, not yet placed on the board.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub text: String,
    pub details: NoteDetails,
}
