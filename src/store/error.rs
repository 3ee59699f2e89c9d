//! What can go wrong reading or writing a project, in terms a user can act on. The UI and the
//! CLI turn these into translated sentences (`i18n::describe`).

use std::io;

use thiserror::Error;

/// Why a file could not be opened as a project. The file itself is never touched.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("cannot read the file: {0}")]
    Io(#[from] io::Error),
    #[error("not a regular file")]
    NotAFile,
    #[error("the file is {bytes} bytes, more than the {limit} a project may have")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("{line}:{column}: the file is not UTF-8 text")]
    NotText { line: usize, column: usize },
    #[error("the file is empty")]
    Empty,
    #[error("{line}:{column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("the file has no format_version: it is not a Cytûn project")]
    NotAProject,
    #[error("the file is format version {found}, newer than the {supported} this version reads")]
    NewerVersion { found: u64, supported: u64 },
    #[error("{0}")]
    Invalid(#[from] InvalidProject),
}

impl LoadError {
    /// Line and column (1-based) of the fault, where the file has one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            Self::NotText { line, column } | Self::Syntax { line, column, .. } => {
                Some((*line, *column))
            }
            _ => None,
        }
    }
}

/// A file that parses but breaks a rule the project depends on.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum InvalidProject {
    #[error("more than {limit} notes")]
    TooManyNotes { limit: usize },
    #[error("note {id} appears twice")]
    DuplicateNote { id: u64 },
    #[error("note {id} has text longer than {limit} characters")]
    TextTooLong { id: u64, limit: usize },
    #[error("note {id} has a position that is not a usable number")]
    BadPosition { id: u64 },
    #[error("theme {theme} lists note {note}, which does not exist")]
    MissingThemeNote { theme: u64, note: u64 },
    #[error("note {note} is in more than one theme")]
    NoteInTwoThemes { note: u64 },
    #[error("note {id} is a copy of a note that is missing or itself a copy")]
    BadCopy { id: u64 },
    #[error("theme {id} has a position that is not a usable number")]
    BadThemePosition { id: u64 },
    #[error("theme {id} appears twice")]
    DuplicateTheme { id: u64 },
    #[error("note {id} has a picture that is too large or has no size")]
    BadPicture { id: u64 },
    #[error("heading {id} appears twice or shares an id")]
    DuplicateHeading { id: u64 },
    #[error("heading {id} has a position that is not a usable number")]
    BadHeadingPosition { id: u64 },
    #[error("the ranking, votes or definition are larger than any workshop")]
    BadDefinition,
}

/// Why a save failed. The previous file on disk is left as it was.
#[derive(Debug, Error)]
pub enum SaveError {
    #[error("cannot write the file: {0}")]
    Io(#[from] io::Error),
    #[error("the project could not be turned into text: {0}")]
    Serialize(String),
    #[error("the saved text did not read back as the same project")]
    Verify,
    #[error("the file on disk was written by a newer version of Cytûn")]
    WouldOverwriteNewer,
    #[error("the file was changed on disk by another program since it was opened")]
    ChangedOnDisk,
    #[error("the project would be larger than {limit} bytes")]
    TooLarge { limit: u64 },
}
