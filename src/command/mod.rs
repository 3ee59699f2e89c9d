//! Every change to a project is a `Command`. `apply` is the one function that changes a
//! project; it returns the command that undoes it, so undo/redo falls out for free.

mod apply;
mod board;
mod definition;
mod describe;
mod gestures;
pub mod history;
mod make_space;
mod notes;
mod nudge;
mod recorder;
mod themes;

pub use apply::{CommandError, apply};
pub use board::{BoardArrival, ConsentDifference, bring_in_board};
pub use describe::{Description, describe};
pub use gestures::{delete_selection, drop_notes, group_notes};
pub use history::History;
pub use nudge::nudge;

use crate::model::definition::Part;
use crate::model::{
    BoardPos, Definition, Heading, HeadingId, Note, NoteDetails, NoteId, Placement, Project, Theme,
    ThemeColour, ThemeId,
};

/// One user intent, small enough to undo as a single step.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Write a new note; the project gives it its id (the newest id afterwards).
    CreateNote {
        pos: BoardPos,
        text: String,
        details: Box<NoteDetails>,
    },
    /// Take these notes off the board.
    DeleteNotes { ids: Vec<NoteId> },
    /// Put loose notes at new places and stacking levels; absolute so that undo restores
    /// them exactly. A note in a theme keeps its place in the theme's grid: refused.
    MoveNotes { moves: Vec<Placement> },
    /// Replace a note's text.
    SetNoteText { id: NoteId, text: String },
    /// Replace a note's provenance (prompt, kind, group, author, language, consent).
    SetNoteDetails {
        id: NoteId,
        details: Box<NoteDetails>,
    },
    /// Replace the whole project (reload from disk, restore a backup or a recovery copy):
    /// one undo step, so what was on screen is never lost.
    ReplaceProject { project: Box<Project> },
    /// Group notes into a new theme with its frame at `at` (they leave any theme they were in).
    CreateTheme {
        title: String,
        notes: Vec<NoteId>,
        at: BoardPos,
    },
    /// Notes join a theme, leaving any other; the grid reflows.
    JoinTheme { theme: ThemeId, notes: Vec<NoteId> },
    /// Notes leave their themes and lie where the user dropped them.
    LeaveThemes { moves: Vec<Placement> },
    /// Move a theme's frame, its notes with it.
    MoveTheme { theme: ThemeId, to: BoardPos },
    /// Rename a theme.
    RenameTheme { theme: ThemeId, title: String },
    /// Undo the grouping: the notes stay where they are, loose. No note is deleted.
    DissolveTheme { theme: ThemeId },
    /// Place a linked copy of a note in a second theme, where the group says it also fits.
    AlsoFits { note: NoteId, theme: ThemeId },
    /// Write what the group means by a theme.
    SetThemeMeaning { theme: ThemeId, meaning: String },
    /// Give a theme a colour, or none.
    SetThemeColour {
        theme: ThemeId,
        colour: Option<ThemeColour>,
    },
    /// Show a theme as a compact card, or open it again.
    SetThemeCollapsed { theme: ThemeId, collapsed: bool },
    /// Merge `from` into `into`: its notes join, its title is kept in `into`'s former titles.
    MergeThemes { from: ThemeId, into: ThemeId },
    /// Set notes and themes to given values (`None` removes): the exact inverse of the
    /// commands above, recorded as they run.
    Patch {
        notes: Vec<(NoteId, Option<Note>)>,
        themes: Vec<(ThemeId, Option<Theme>)>,
        headings: Vec<(HeadingId, Option<Heading>)>,
        /// The ranking, votes and draft as they were, when the command changed them.
        definition: Option<Box<Definition>>,
    },
    /// Bring in another board (a table's laptop): its notes, themes and column labels, with
    /// fresh ids, placed beside this board. One step.
    AddBoard {
        /// The other project's name, for the History.
        source: String,
        notes: Vec<Note>,
        themes: Vec<Theme>,
        headings: Vec<Heading>,
    },
    /// Bring in imported or pasted contributions, with the labels above their columns: one
    /// step, so a wrong file is undone with one Ctrl+Z.
    Import {
        notes: Vec<Note>,
        headings: Vec<Heading>,
    },
    /// Take column labels off the board (their notes stay where they are).
    RemoveHeadings { ids: Vec<HeadingId> },
    /// Say in words what a picture shows; linked copies share it.
    SetPictureAlt { id: NoteId, alt: String },
    /// The agreed order of the themes, most important first (ties stay only where the same
    /// theme is still ranked just before the tied one).
    SetRanking { order: Vec<ThemeId> },
    /// The order the votes proposed, with its ties kept as shared places.
    UseVotedOrder {
        order: Vec<ThemeId>,
        tied: std::collections::BTreeSet<ThemeId>,
    },
    /// Who votes and how many dots each has (dots already placed by people still listed stay).
    SetVoting {
        participants: Vec<String>,
        dots_per_person: u32,
    },
    /// One of `participant`'s dots on `theme`; refused when they have none left.
    CastDot { participant: usize, theme: ThemeId },
    /// Take one of `participant`'s dots back off `theme`.
    WithdrawDot { participant: usize, theme: ThemeId },
    /// One of `phone`'s dots on `theme`, given from the phone; refused when it has none left.
    CastPhoneDot { phone: u32, theme: ThemeId },
    /// Take one of `phone`'s dots back off `theme`.
    WithdrawPhoneDot { phone: u32, theme: ThemeId },
    /// Votes counted on paper for `theme`.
    SetPaperVotes { theme: ThemeId, count: u32 },
    /// The new text of `part`'s draft; links follow the sentences (or principles) they were on.
    SetDraftText { part: Part, text: String },
    /// Which themes a sentence (or principle) of `part`'s draft expresses (none removes the
    /// link).
    LinkSentence {
        part: Part,
        sentence: String,
        themes: std::collections::BTreeSet<ThemeId>,
    },
    /// Snapshot `part`'s draft as its next version (`at`: seconds since 1970).
    SaveVersion { part: Part, note: String, at: u64 },
    /// Record a response to a version of `part` (by its number).
    AddFeedback {
        part: Part,
        version: u32,
        feedback: crate::model::definition::Feedback,
    },
    /// Move a version of `part` on towards approval.
    SetVersionStatus {
        part: Part,
        version: u32,
        status: crate::model::definition::VersionStatus,
    },
    /// Put the ranking, votes and draft back as they were (the undo of the above). With
    /// `keep_phones`, what phones gave since (their dots, the feedback on each version) stays
    /// as it is now: undoing the facilitator's own step never takes back a phone's.
    SetDefinition {
        definition: Box<Definition>,
        keep_phones: bool,
    },
    /// Rename the project.
    SetTitle { title: String },
    /// Lay every theme and loose note out in rows, nothing over anything (the column labels
    /// go: the columns they labelled are gone).
    Tidy {
        order: crate::model::tidy::TidyOrder,
    },
    /// What the project remembers of each survey form's import choices (set with the
    /// import that made them, so undoing the import forgets them too).
    SetImportForms {
        forms: Vec<crate::model::ImportForm>,
    },
    /// Something a phone sent, taken in (`command`: none when it was refused, say a dot on a
    /// theme merged away a moment before): the project records that it has it, so a journal
    /// read again after a crash never adds it twice.
    FromPhone {
        mark: crate::model::PhoneArrivalMark,
        command: Option<Box<Command>>,
    },
    /// What was taken in from phones, as it was (the undo of the above).
    SetPhonesTaken { taken: crate::model::PhonesTaken },
    /// Several changes made by one action (Ctrl+arrow on loose notes and a theme's notes at
    /// once), applied in order as one undo step; if one is refused, none is made.
    Batch { commands: Vec<Command> },
}

impl Command {
    /// For a phone's arrival that was refused (a dot on a theme merged away a moment
    /// before): the same arrival marked as taken in, changing nothing else, so a journal
    /// read again does not offer it again. None for any other command.
    #[must_use]
    pub fn only_the_mark(self) -> Option<Self> {
        match self {
            Self::FromPhone {
                mark,
                command: Some(_),
            } => Some(Self::FromPhone {
                mark,
                command: None,
            }),
            _ => None,
        }
    }

    /// Whether it can change what the board shows (notes, themes, labels, their words and
    /// places). Ranking, voting, the draft and its versions, the title and the import
    /// choices do not: what the board caches lasts through them.
    pub fn changes_board(&self) -> bool {
        match self {
            Self::SetRanking { .. }
            | Self::UseVotedOrder { .. }
            | Self::SetVoting { .. }
            | Self::CastDot { .. }
            | Self::WithdrawDot { .. }
            | Self::CastPhoneDot { .. }
            | Self::WithdrawPhoneDot { .. }
            | Self::SetPaperVotes { .. }
            | Self::SetDraftText { .. }
            | Self::LinkSentence { .. }
            | Self::SaveVersion { .. }
            | Self::AddFeedback { .. }
            | Self::SetVersionStatus { .. }
            | Self::SetDefinition { .. }
            | Self::SetTitle { .. }
            | Self::SetImportForms { .. }
            | Self::SetPhonesTaken { .. } => false,
            Self::Batch { commands } => commands.iter().any(Self::changes_board),
            Self::FromPhone { command, .. } => command.as_deref().is_some_and(Self::changes_board),
            _ => true,
        }
    }
}
