//! Bringing a workshop's contributions onto the board: spreadsheets typed up after the event,
//! pasted lines, photos of flip charts. Reading is separate from placing, so each is tested
//! on its own and the UI and the command line share both.

pub mod arrange;
pub mod feedback;
pub mod grid;
pub mod layout;
mod ods_guard;
pub mod picture;
pub mod preview;
pub mod table;
pub mod words;
pub mod workbook;

pub use arrange::{ColumnsBy, arrange};
pub use table::{ImportError, ImportReport, Imported, read_sheet, read_table};

use crate::model::NoteDetails;

/// One contribution read from a file or the clipboard, not yet placed on the board.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub text: String,
    pub details: NoteDetails,
}
