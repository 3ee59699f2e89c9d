//! What a measurement leaves off the board (`cytun FILE --frame-stats --without shadows,grid`),
//! to see what each part of a frame costs on its own in the real window. Nothing is left out
//! otherwise.

/// A part of what the board draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    /// The dots of the board's background.
    Grid,
    /// The shadow under each note.
    Shadows,
    /// The outline around each note.
    Outlines,
    /// The words on the notes.
    Text,
    /// The themes' frames and titles.
    Frames,
    /// The notes themselves.
    Notes,
}

impl Element {
    pub const ALL: [Self; 6] = [
        Self::Grid,
        Self::Shadows,
        Self::Outlines,
        Self::Text,
        Self::Frames,
        Self::Notes,
    ];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Grid => "grid",
            Self::Shadows => "shadows",
            Self::Outlines => "outlines",
            Self::Text => "text",
            Self::Frames => "frames",
            Self::Notes => "notes",
        }
    }
}

/// The parts left out, as a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct LeftOut(u8);

impl LeftOut {
    pub fn of(elements: &[Element]) -> Self {
        Self(elements.iter().fold(0, |set, e| set | (1 << *e as u8)))
    }

    pub fn has(self, element: Element) -> bool {
        self.0 & (1 << element as u8) != 0
    }
}
