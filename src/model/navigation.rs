//! Walking the board without a mouse: the order Tab visits notes and themes in (reading
//! order, as eyes scan a wall of sticky notes), and which item an arrow key goes to.

use super::geometry::{BoardRect, hidden_notes, note_rect, themed_notes};
use super::layout::theme_rect;
use super::{NoteId, Project, ThemeId};

/// Something on the board that can have the keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BoardItem {
    Note(NoteId),
    Theme(ThemeId),
}

/// Items whose tops are this close count as one row when reading.
const ROW_TOLERANCE: f32 = 120.0;

/// Everything Tab visits, in reading order: rows top to bottom, left to right in a row; a
/// theme is followed by its notes (in their grid order) unless it is collapsed.
pub fn reading_order(project: &Project) -> Vec<BoardItem> {
    let themed = themed_notes(project);
    let mut top_level: Vec<(BoardRect, BoardItem)> = project
        .themes
        .values()
        .map(|t| (theme_rect(t, &project.notes), BoardItem::Theme(t.id)))
        .chain(
            project
                .notes
                .values()
                .filter(|n| !themed.contains(&n.id))
                .map(|n| (note_rect(n), BoardItem::Note(n.id))),
        )
        .collect();
    sort_in_reading_order(&mut top_level);
    let mut order = Vec::with_capacity(project.notes.len() + project.themes.len());
    for (_, item) in top_level {
        order.push(item);
        if let BoardItem::Theme(id) = item
            && let Some(theme) = project.themes.get(&id)
            && !theme.collapsed
        {
            order.extend(theme.notes.iter().map(|n| BoardItem::Note(*n)));
        }
    }
    order
}

/// Sorts into rows (tops within a tolerance of the row's first), then left to right.
fn sort_in_reading_order(items: &mut [(BoardRect, BoardItem)]) {
    items.sort_by(|a, b| a.0.min.y.total_cmp(&b.0.min.y));
    let mut row_top = f32::NEG_INFINITY;
    let mut row = 0usize;
    let mut rows = Vec::with_capacity(items.len());
    for (rect, _) in items.iter() {
        if rect.min.y - row_top > ROW_TOLERANCE {
            row += 1;
            row_top = rect.min.y;
        }
        rows.push(row);
    }
    let mut keyed: Vec<(usize, (BoardRect, BoardItem))> =
        rows.into_iter().zip(items.iter().copied()).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.0.min.x.total_cmp(&b.1.0.min.x)));
    for (slot, (_, item)) in items.iter_mut().zip(keyed) {
        *slot = item;
    }
}

/// The item after (or before, `forward` false) `current` in reading order; the first (or
/// last) when nothing has the focus. Wraps around.
pub fn step(project: &Project, current: Option<BoardItem>, forward: bool) -> Option<BoardItem> {
    let order = reading_order(project);
    if order.is_empty() {
        return None;
    }
    let at = current.and_then(|c| order.iter().position(|i| *i == c));
    let next = match (at, forward) {
        (None, true) => 0,
        (None, false) => order.len() - 1,
        (Some(i), true) => (i + 1) % order.len(),
        (Some(i), false) => (i + order.len() - 1) % order.len(),
    };
    Some(order[next])
}

/// Where an item is on the board.
pub fn item_rect(project: &Project, item: BoardItem) -> Option<BoardRect> {
    match item {
        BoardItem::Note(id) => project.note(id).map(note_rect),
        BoardItem::Theme(id) => project
            .themes
            .get(&id)
            .map(|t| theme_rect(t, &project.notes)),
    }
}

/// The nearest visible item from `current` in the direction (`dx`, `dy`), each -1, 0 or 1:
/// what an arrow key goes to. Items roughly in line are preferred over closer ones off to
/// the side, as the eye expects. From a note in a theme, the arrows walk that theme's notes
/// first and leave it only at its edge; its own frame is never "the next item that way".
pub fn nearest_in_direction(
    project: &Project,
    current: BoardItem,
    dx: f32,
    dy: f32,
) -> Option<BoardItem> {
    let from = item_rect(project, current)?.center();
    let hidden = hidden_notes(project);
    let own_theme = match current {
        BoardItem::Note(id) => super::geometry::theme_of(project, id),
        BoardItem::Theme(_) => None,
    };
    if let Some(theme) = own_theme.and_then(|id| project.themes.get(&id)) {
        let siblings = theme
            .notes
            .iter()
            .filter(|id| !hidden.contains(id))
            .map(|id| BoardItem::Note(*id));
        if let Some(found) = nearest_among(project, current, from, (dx, dy), siblings) {
            return Some(found);
        }
    }
    let others = reading_order(project)
        .into_iter()
        .filter(|item| !matches!(item, BoardItem::Note(id) if hidden.contains(id)))
        .filter(|item| own_theme.is_none_or(|own| *item != BoardItem::Theme(own)));
    nearest_among(project, current, from, (dx, dy), others)
}

/// Of `items`, the one an arrow from `current` (centred at `from`) in `direction` reaches.
fn nearest_among(
    project: &Project,
    current: BoardItem,
    from: super::BoardPos,
    (dx, dy): (f32, f32),
    items: impl Iterator<Item = BoardItem>,
) -> Option<BoardItem> {
    let mut best: Option<(f32, BoardItem)> = None;
    for item in items.filter(|item| *item != current) {
        let Some(rect) = item_rect(project, item) else {
            continue;
        };
        let to = rect.center();
        let (vx, vy) = (to.x - from.x, to.y - from.y);
        let along = vx * dx + vy * dy;
        if along <= 1.0 {
            continue;
        }
        let across = (vx * dy - vy * dx).abs();
        let score = along + 2.0 * across;
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, item));
        }
    }
    best.map(|(_, item)| item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::command::{Command, apply};
    use crate::model::BoardPos;

    fn board() -> Project {
        let mut project = Project::new("p");
        // Two rows of three, slightly uneven, as hands place them.
        for (x, y) in [
            (700.0, 10.0),
            (0.0, 0.0),
            (350.0, 30.0),
            (0.0, 400.0),
            (360.0, 380.0),
            (720.0, 420.0),
        ] {
            apply(
                &mut project,
                Command::CreateNote {
                    pos: BoardPos::new(x, y),
                    text: format!("{x},{y}"),
                    details: Box::default(),
                },
            )
            .ok();
        }
        project
    }

    fn text(project: &Project, item: BoardItem) -> String {
        match item {
            BoardItem::Note(id) => project.notes[&id].text.clone(),
            BoardItem::Theme(id) => project.themes[&id].title.clone(),
        }
    }

    #[test]
    fn tab_reads_rows_left_to_right_and_wraps() {
        let project = board();
        let order: Vec<String> = reading_order(&project)
            .into_iter()
            .map(|i| text(&project, i))
            .collect();
        assert_eq!(
            order,
            ["0,0", "350,30", "700,10", "0,400", "360,380", "720,420"]
        );
        let last = *reading_order(&project)
            .last()
            .unwrap_or(&BoardItem::Note(NoteId(0)));
        let first = step(&project, Some(last), true).map(|i| text(&project, i));
        assert_eq!(first.as_deref(), Some("0,0"));
        let back = step(&project, None, false).map(|i| text(&project, i));
        assert_eq!(back.as_deref(), Some("720,420"));
    }

    #[test]
    fn a_theme_is_followed_by_its_notes() {
        let mut project = board();
        let ids: Vec<NoteId> = project.notes.keys().copied().take(2).collect();
        apply(
            &mut project,
            Command::CreateTheme {
                title: "Trust".into(),
                notes: ids.clone(),
                at: BoardPos::new(2000.0, -500.0),
            },
        )
        .ok();
        let order = reading_order(&project);
        let theme_at = order
            .iter()
            .position(|i| matches!(i, BoardItem::Theme(_)))
            .unwrap_or(usize::MAX);
        assert_eq!(theme_at, 0, "the theme is highest on the board");
        assert_eq!(order[1], BoardItem::Note(ids[0]));
        assert_eq!(order[2], BoardItem::Note(ids[1]));
        assert_eq!(order.len(), 7);
    }

    #[test]
    fn arrows_go_to_the_nearest_item_that_way() {
        let project = board();
        let find = |t: &str| {
            reading_order(&project)
                .into_iter()
                .find(|i| text(&project, *i) == t)
                .unwrap_or(BoardItem::Note(NoteId(0)))
        };
        let right = nearest_in_direction(&project, find("0,0"), 1.0, 0.0);
        assert_eq!(right.map(|i| text(&project, i)).as_deref(), Some("350,30"));
        let down = nearest_in_direction(&project, find("350,30"), 0.0, 1.0);
        assert_eq!(down.map(|i| text(&project, i)).as_deref(), Some("360,380"));
        assert_eq!(nearest_in_direction(&project, find("0,0"), -1.0, 0.0), None);
    }

    #[test]
    fn arrows_walk_a_themes_notes_before_leaving_it() {
        let mut project = board();
        // The first row's three notes become a theme; the second row stays loose.
        let row: Vec<NoteId> = reading_order(&project)
            .into_iter()
            .take(3)
            .filter_map(|item| match item {
                BoardItem::Note(id) => Some(id),
                BoardItem::Theme(_) => None,
            })
            .collect();
        apply(
            &mut project,
            Command::CreateTheme {
                title: "Trust".into(),
                notes: row.clone(),
                at: BoardPos::new(0.0, -40.0),
            },
        )
        .ok();
        let first = BoardItem::Note(row[0]);
        let right = nearest_in_direction(&project, first, 1.0, 0.0);
        assert_eq!(
            right,
            Some(BoardItem::Note(row[1])),
            "the next note, not the theme"
        );
        let last = BoardItem::Note(row[2]);
        let beyond = nearest_in_direction(&project, last, 1.0, 0.0);
        assert!(
            !matches!(beyond, Some(BoardItem::Theme(_))),
            "its own frame is not the next item: {beyond:?}"
        );
    }
}
