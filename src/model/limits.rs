//! The largest project Cytûn keeps: far beyond any workshop, and enforced both when a file is
//! read and when a change is made, so nothing the user does can make a project that could
//! not be saved and read back.

/// Most notes a project may hold.
pub const MAX_NOTES: usize = 100_000;
/// Longest note text (and draft definition): a long song or spoken-word piece is a few
/// thousand characters.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Most people in one dot vote.
pub const MAX_PARTICIPANTS: usize = 10_000;
/// Most dots one person may have.
pub const MAX_DOTS: u32 = 1_000;
/// Most saved versions of the definition.
pub const MAX_VERSIONS: usize = 10_000;
/// Most survey forms whose import choices a project remembers (the newest are kept).
pub const MAX_IMPORT_FORMS: usize = 100;
/// Most columns, and most remembered choices, of one form.
pub const MAX_FORM_CHOICES: usize = 10_000;
