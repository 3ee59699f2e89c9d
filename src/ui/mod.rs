//! The user interface. Widgets read the project and record what the user wants as `Intent`s;
//! the app carries them out after the frame, so the model is still while a frame is drawn.

pub mod board;
pub mod definition_view;
pub mod dialogs;
pub mod import_preview;
/// Names for the model's values live with the catalogues (exports and the command line use
/// them too); the UI reaches them here as before.
pub use crate::i18n::labels;
pub mod panels;
pub mod rank_view;
pub mod reuse;
pub mod room_panel;
pub mod shortcuts;
pub mod start_screen;
pub mod style;
pub mod table_view;
pub mod timer;

use crate::command::Command;
use crate::i18n::UiLanguage;
use crate::model::{NoteId, ThemeId};

/// What the main area shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CentralView {
    #[default]
    Board,
    /// Every contribution as a row, to check and set right.
    Table,
    Rank,
    Definition,
}

/// Something the user asked for this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Change the project (one undo step).
    Edit(Command),
    Undo,
    Redo,
    /// Undo this many steps at once (back to an entry in the History panel).
    UndoSteps(usize),
    New,
    Open,
    Save,
    SaveAs,
    ZoomToFit,
    /// Start a new note at the centre of the view, in edit mode.
    AddNote,
    /// Offer to go back to the previous save (the `.bak` file).
    RestoreBackup,
    /// Make the selected notes a theme (Ctrl+G).
    GroupSelection,
    /// Open "Move to theme…" for the selected notes (M).
    MoveToTheme,
    /// Open "Also fits…" for the one selected note.
    AlsoFits,
    /// Select a note and bring it into view (the other copy of a contribution).
    ShowNote(NoteId),
    /// A theme was dropped on another: ask before merging.
    AskMerge {
        from: ThemeId,
        into: ThemeId,
    },
    SetLanguage(UiLanguage),
    /// Choose a spreadsheet of contributions to import.
    Import,
    /// Choose a picture to put on a new note.
    AddPicture,
    /// Text pasted on the board: offer one note per line.
    Paste(String),
    /// Open the search bar (Ctrl+F) and put the cursor in it.
    Search,
    SetColourScheme(style::ColourScheme),
    /// Larger (+1) or smaller (-1) interface text; 0 goes back to the usual size.
    TextSize(i32),
    /// Enter or leave presentation mode (F11): full screen, only the board.
    TogglePresenting,
    /// Glide to the selected note(s) or theme, large (Z).
    Focus,
    /// Show the start screen: recent projects and the projects folder.
    ShowStart,
    CloseStart,
    /// Open this project (asking first about unsaved changes).
    OpenProject(std::path::PathBuf),
    ShowView(CentralView),
    /// Open the export dialog.
    Export,
    /// Close the window (asking first about unsaved work).
    Close,
    /// Files dropped on the window, at this place on the board if they were dropped on it.
    Dropped {
        paths: Vec<std::path::PathBuf>,
        at: Option<crate::model::BoardPos>,
    },
    /// Show every keyboard shortcut (F1 or ?).
    ShowShortcuts,
    /// Choose a survey export of sense-check responses for this version of the definition
    /// or of the charter.
    ImportFeedback(crate::model::definition::Part, u32),
    /// Open the room for phones, or close it (F9).
    ToggleRoom,
    /// What phones do now.
    RoomPhase(crate::phones::Phase),
    /// The version phones sense-check (by number).
    RoomVersion(crate::model::definition::VersionId),
    /// Show the room the votes from phones (or hide them again).
    RevealVotes(bool),
}
