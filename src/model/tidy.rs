//! Tidying the board: every theme, then every loose note, laid out in rows with room between
//! them, nothing over anything, as a board of about the projector's shape. Themes go in the
//! order the room ranked them (the rest after, largest first) or simply largest first; loose
//! notes keep their reading order.

use serde::{Deserialize, Serialize};

use super::geometry::{BoardPos, BoardRect, NOTE_WIDTH, note_rect};
use super::ids::{NoteId, ThemeId};
use super::layout::theme_rect;
use super::make_space::Block;
use super::project::Project;

/// Space between things in a row, and between rows of loose notes.
pub const TIDY_GAP: f32 = 60.0;
/// Space between rows of themes: room for the titles set above their frames when the
/// whole board is in view (17 points high at the zoom that fits a board of a dozen themes
/// on a projector).
pub const TIDY_ROW_GAP: f32 = 150.0;
/// Extra space between the themes and the loose notes below them.
const PART_GAP: f32 = 160.0;

/// The order themes are laid out in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TidyOrder {
    /// The ranking first, then unranked themes, largest first.
    #[default]
    ByRank,
    /// Largest first.
    BySize,
}

/// Where each theme and loose note goes (the top-left corner of its frame or note). Notes
/// folded in a theme move with it; column labels are not placed (tidying takes the columns
/// they labelled away).
pub fn tidy_places(project: &Project, order: TidyOrder) -> Vec<(Block, BoardPos)> {
    let mut themes: Vec<(ThemeId, BoardRect)> = project
        .themes
        .values()
        .map(|t| (t.id, theme_rect(t, &project.notes)))
        .collect();
    let size = |id: ThemeId| project.themes.get(&id).map_or(0, |t| t.notes.len());
    themes.sort_by_key(|(id, _)| std::cmp::Reverse(size(*id)));
    if order == TidyOrder::ByRank {
        let ranked = &project.definition.ranking;
        let place = |id: &ThemeId| ranked.iter().position(|r| r == id).unwrap_or(usize::MAX);
        // A stable sort: unranked themes keep largest-first after the ranked ones.
        themes.sort_by_key(|(id, _)| place(id));
    }
    let in_themes: std::collections::BTreeSet<NoteId> = project
        .themes
        .values()
        .flat_map(|t| t.notes.iter().copied())
        .collect();
    let mut loose: Vec<(NoteId, BoardRect)> = project
        .notes
        .values()
        .filter(|n| !in_themes.contains(&n.id))
        .map(|n| (n.id, note_rect(n)))
        .collect();
    loose.sort_by(|(a_id, a), (b_id, b)| {
        (a.min.y, a.min.x, a_id)
            .partial_cmp(&(b.min.y, b.min.x, b_id))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let blocks: Vec<(Block, BoardRect)> = themes
        .iter()
        .map(|(id, r)| (Block::Theme(*id), *r))
        .chain(loose.iter().map(|(id, r)| (Block::Note(*id), *r)))
        .collect();
    let width = row_width(&blocks);
    let start = super::layout::occupied(project).map_or(BoardPos::new(0.0, 0.0), |all| all.min);
    let mut places = Vec::with_capacity(blocks.len());
    let mut x = start.x;
    let mut y = start.y;
    let mut row_height: f32 = 0.0;
    let mut in_notes = false;
    for (block, rect) in blocks {
        let first_note = matches!(block, Block::Note(_)) && !in_notes;
        if first_note {
            in_notes = true;
            if x > start.x {
                y += row_height + PART_GAP;
                x = start.x;
                row_height = 0.0;
            }
        }
        if x > start.x && x + rect.width() > start.x + width {
            y += row_height + if in_notes { TIDY_GAP } else { TIDY_ROW_GAP };
            x = start.x;
            row_height = 0.0;
        }
        places.push((block, BoardPos::new(x, y)));
        x += rect.width() + TIDY_GAP;
        row_height = row_height.max(rect.height());
    }
    places
}

/// A row as wide as makes the whole board about 16:9, and never narrower than its widest
/// theme.
fn row_width(blocks: &[(Block, BoardRect)]) -> f32 {
    let area: f32 = blocks
        .iter()
        .map(|(_, r)| (r.width() + TIDY_GAP) * (r.height() + TIDY_GAP))
        .sum();
    let widest = blocks
        .iter()
        .map(|(_, r)| r.width())
        .fold(NOTE_WIDTH, f32::max);
    (area * 16.0 / 9.0).sqrt().max(widest)
}
