//! A note is one contribution from the workshop: what someone said, wrote or made, with the
//! provenance a later report must honour (who, where, in which language, and whether it may be
//! quoted).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::geometry::BoardPos;
use super::ids::NoteId;
use super::picture::Picture;

/// One sticky note on the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: NoteId,
    pub text: String,
    /// Top-left corner in board units.
    pub pos: BoardPos,
    /// Stacking: higher lies on top (ties: higher id on top). Written only when set.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub z: u64,
    /// Set on a linked copy: the same contribution placed in a second theme ("also fits").
    /// Copies share the original's text and details and are counted once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<NoteId>,
    pub details: NoteDetails,
    /// A photo or artwork; the text is then its caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_zero(z: &u64) -> bool {
    *z == 0
}

/// Where a note lies: its place on the board and in the stack. Moving a note sets both (a
/// dropped note comes to the top), and undo restores both exactly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    pub id: NoteId,
    pub pos: BoardPos,
    pub z: u64,
}

/// Everything about a note besides its text and place: edited together in the side panel, so
/// one command changes it as one undo step.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NoteDetails {
    #[serde(default)]
    pub prompt: Prompt,
    #[serde(default)]
    pub kind: NoteKind,
    /// Where in the room it came from, e.g. "Table 3". Empty when unknown.
    #[serde(default)]
    pub group: String,
    /// Often a pseudonym; empty when anonymous.
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub consent: Consent,
    /// Who gave it, as the survey export names the response (an id, or its row): so counts
    /// can say how many people, not only how many contributions. Empty when unknown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub respondent: String,
    /// Other columns an import brought along, kept so nothing a user typed is lost.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// The hackathon question a contribution answers. Unknown prompts are kept as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Prompt {
    Smells,
    Tastes,
    Sounds,
    Looks,
    Feels,
    #[default]
    Unspecified,
    Other(String),
}

impl Prompt {
    /// The five senses asked about, in the order the workshop used them.
    pub const KNOWN: [Self; 6] = [
        Self::Smells,
        Self::Tastes,
        Self::Sounds,
        Self::Looks,
        Self::Feels,
        Self::Unspecified,
    ];
}

/// What form a contribution takes: shown as a badge so colour is never the only cue.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum NoteKind {
    #[default]
    Written,
    Quote,
    Song,
    Art,
    FilmIdea,
    Menu,
    SpokenWord,
    Other(String),
}

impl NoteKind {
    pub const KNOWN: [Self; 7] = [
        Self::Written,
        Self::Quote,
        Self::Song,
        Self::Art,
        Self::FilmIdea,
        Self::Menu,
        Self::SpokenWord,
    ];
}

/// The language a contribution was made in; both are equal in Wales.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Language {
    #[default]
    English,
    Welsh,
}

impl Language {
    /// Both languages, English first, as every list of them is shown.
    pub const ALL: [Self; 2] = [Self::English, Self::Welsh];
}

/// What the contributor agreed to. Exports must honour it, so it is part of the model.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Consent {
    QuoteWithName,
    #[default]
    QuoteAnonymously,
    DoNotQuote,
}

impl Consent {
    pub const ALL: [Self; 3] = [
        Self::QuoteWithName,
        Self::QuoteAnonymously,
        Self::DoNotQuote,
    ];

    /// The stricter of two answers for one contribution: not quoting beats quoting, no name
    /// beats the name. Where two records of one person's words differ, theirs is the one that
    /// protects them more.
    #[must_use]
    pub fn stricter(self, other: Self) -> Self {
        let rank = |consent: Self| match consent {
            Self::QuoteWithName => 0,
            Self::QuoteAnonymously => 1,
            Self::DoNotQuote => 2,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

#[cfg(test)]
impl Note {
    /// A note with these words at the board's origin and no details, for the model's tests.
    pub(crate) fn plain(id: u64, text: &str) -> Self {
        Self {
            id: NoteId(id),
            text: text.into(),
            pos: BoardPos::default(),
            z: 0,
            copy_of: None,
            picture: None,
            details: NoteDetails::default(),
        }
    }
}
