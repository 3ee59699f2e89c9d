//! A label written on the board above a column of imported notes ("Smells", "Table 3"), so the
//! room sees where each group of contributions came from. It groups nothing: a theme does that.

use serde::{Deserialize, Serialize};

use super::geometry::BoardPos;
use super::ids::HeadingId;

/// Text size of a heading at zoom 1: large enough to read when the whole board is in view.
pub const HEADING_FONT_SIZE: f32 = 64.0;
/// Height a heading takes above its column.
pub const HEADING_HEIGHT: f32 = 96.0;

/// One label on the board.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Heading {
    pub id: HeadingId,
    pub text: String,
    /// Top-left corner in board units.
    pub pos: BoardPos,
}
