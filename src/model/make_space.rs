//! Nothing on the board hides anything else. When something grows, moves or appears (a theme
//! made or filled, a note dropped or lengthened, a theme opened), whatever it would cover
//! moves aside, right or down, whichever is the shorter way: so what was after it in reading
//! order stays after it. What moves aside can push what is beyond it in turn. Pure: the
//! commands apply the moves as part of the same undo step.

use std::collections::{BTreeMap, VecDeque};

use super::geometry::{BoardRect, BoardVec, NOTE_MAX_HEIGHT, NOTE_WIDTH, note_rect};
use super::heading::HEADING_HEIGHT;
use super::ids::{HeadingId, NoteId, ThemeId};
use super::layout::theme_rect;
use super::project::Project;

/// The space left between things moved aside and what moved them.
pub const ROOM_GAP: f32 = 24.0;

/// One thing that lies on the board by itself: a loose note, a theme (its frame with its
/// notes) or a column label. A theme's notes move with their theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Block {
    Note(NoteId),
    Theme(ThemeId),
    Heading(HeadingId),
}

/// Where each block lies, and which theme holds each note. A loose note's height is worked
/// out only when its place says it could touch what is being made room for: a 10,000-note
/// board is not measured in full for one theme that grew.
struct Board<'p> {
    project: &'p Project,
    blocks: Vec<Block>,
    rects: Vec<Option<BoardRect>>,
    /// The most room each block can take, from its place alone.
    bounds: Vec<BoardRect>,
    theme_of: BTreeMap<NoteId, ThemeId>,
}

impl<'p> Board<'p> {
    fn of(project: &'p Project) -> Self {
        let mut theme_of = BTreeMap::new();
        for theme in project.themes.values() {
            for id in &theme.notes {
                theme_of.insert(*id, theme.id);
            }
        }
        let mut blocks = Vec::with_capacity(project.notes.len());
        let mut rects = Vec::with_capacity(project.notes.len());
        let mut bounds = Vec::with_capacity(project.notes.len());
        for theme in project.themes.values() {
            let rect = theme_rect(theme, &project.notes);
            blocks.push(Block::Theme(theme.id));
            rects.push(Some(rect));
            bounds.push(rect);
        }
        for note in project.notes.values() {
            if !theme_of.contains_key(&note.id) {
                blocks.push(Block::Note(note.id));
                rects.push(None);
                bounds.push(BoardRect::from_min_size(
                    note.pos,
                    NOTE_WIDTH,
                    NOTE_MAX_HEIGHT,
                ));
            }
        }
        for heading in project.headings.values() {
            let rect = BoardRect::from_min_size(heading.pos, NOTE_WIDTH, HEADING_HEIGHT);
            blocks.push(Block::Heading(heading.id));
            rects.push(Some(rect));
            bounds.push(rect);
        }
        Self {
            project,
            blocks,
            rects,
            bounds,
            theme_of,
        }
    }

    /// Block `index`'s rectangle, measured once.
    fn rect(&mut self, index: usize) -> BoardRect {
        if let Some(rect) = self.rects[index] {
            return rect;
        }
        let nowhere = BoardRect::from_min_size(super::geometry::BoardPos::new(0.0, 0.0), 0.0, 0.0);
        let rect = match self.blocks[index] {
            Block::Note(id) => self.project.note(id).map_or(nowhere, note_rect),
            _ => nowhere,
        };
        self.rects[index] = Some(rect);
        rect
    }

    /// Whether block `index` overlaps `cover`, from its place alone where that says no.
    fn overlaps(&mut self, index: usize, cover: &BoardRect) -> bool {
        if !overlaps(&self.bounds[index], cover) {
            return false;
        }
        let rect = self.rect(index);
        overlaps(&rect, cover)
    }

    /// Moves block `index`'s rectangle by `by`.
    fn shift(&mut self, index: usize, by: BoardVec) {
        let rect = self.rect(index);
        self.rects[index] = Some(translated(&rect, by));
        self.bounds[index] = translated(&self.bounds[index], by);
    }

    /// The block a touched item lies in: a theme's note lies in its theme.
    fn block_of(&self, block: Block) -> Block {
        match block {
            Block::Note(id) => self.theme_of.get(&id).map_or(block, |t| Block::Theme(*t)),
            other => other,
        }
    }
}

/// How the board makes room for what changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Room {
    /// What changed stays where it was put (a drag, a theme opened in place): whatever it
    /// covers moves aside.
    Push,
    /// What changed may itself take the nearest free place instead (a new note or theme, a
    /// theme grown by a note), when that moves the board less than pushing would.
    Nearest,
}

/// How far each block must move so that nothing overlaps what `changed` now covers. A note
/// in `changed` stands for its theme. With `Room::Push` the changed items stay where they
/// are; with `Room::Nearest` one changed item may move instead, to the nearest free place
/// (right and down are nearer than left and up, so reading order holds), when that is a
/// shorter way than all the pushing together.
pub fn space_for(project: &Project, changed: &[Block], room: Room) -> Vec<(Block, BoardVec)> {
    let pushed = pushed_aside(project, changed);
    if room == Room::Push || pushed.is_empty() {
        return pushed;
    }
    let mut board = Board::of(project);
    let [block] = changed else {
        return pushed;
    };
    let block = board.block_of(*block);
    let Some(index) = board.blocks.iter().position(|b| *b == block) else {
        return pushed;
    };
    let pushing: f32 = pushed.iter().map(|(_, by)| by.x.hypot(by.y)).sum();
    match nearest_free(&mut board, index, pushing) {
        Some(by) => vec![(block, by)],
        None => pushed,
    }
}

/// How much further a move left or up counts than one right or down: what moves back
/// past things would change the board's reading order.
const AGAINST_READING: f32 = 2.0;

/// The length of a move, a move left or up counting `AGAINST_READING` times.
fn move_cost(by: BoardVec) -> f32 {
    let x = if by.x < 0.0 {
        by.x * AGAINST_READING
    } else {
        by.x
    };
    let y = if by.y < 0.0 {
        by.y * AGAINST_READING
    } else {
        by.y
    };
    x.hypot(y)
}

/// The cheapest move (by `move_cost`, under `within`) that takes block `index` clear of
/// every other block. Candidates line its edges up with the edges of what lies near it,
/// a gap apart; only what lies within reach is looked at, so a large board is not.
fn nearest_free(board: &mut Board<'_>, index: usize, within: f32) -> Option<BoardVec> {
    let rect = board.rect(index);
    let (w, h) = (rect.width(), rect.height());
    let reach = within.min(4.0 * (w + h));
    let area = rect.expand(reach + w.max(h));
    let maybe_near: Vec<usize> = (0..board.blocks.len())
        .filter(|other| *other != index && overlaps(&board.bounds[*other], &area))
        .collect();
    let near: Vec<BoardRect> = maybe_near
        .into_iter()
        .map(|other| board.rect(other))
        .filter(|other| overlaps(other, &area))
        .collect();
    let xs: Vec<f32> = std::iter::once(rect.min.x)
        .chain(
            near.iter()
                .flat_map(|o| [o.max.x + ROOM_GAP, o.min.x - w - ROOM_GAP]),
        )
        .collect();
    let ys: Vec<f32> = std::iter::once(rect.min.y)
        .chain(
            near.iter()
                .flat_map(|o| [o.max.y + ROOM_GAP, o.min.y - h - ROOM_GAP]),
        )
        .collect();
    let mut candidates: Vec<(f32, BoardVec)> = xs
        .iter()
        .flat_map(|x| {
            ys.iter()
                .map(move |y| BoardVec::new(x - rect.min.x, y - rect.min.y))
        })
        .map(|by| (move_cost(by), by))
        .filter(|(cost, _)| *cost < within && *cost <= reach)
        .collect();
    candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
    candidates.into_iter().map(|(_, by)| by).find(|by| {
        let at = translated(&rect, *by);
        !near.iter().any(|other| overlaps(&at, other))
    })
}

/// Pushing aside: the changed items stay where they are and whatever they cover moves
/// right or down, the shorter way, pushing on what it then covers.
fn pushed_aside(project: &Project, changed: &[Block]) -> Vec<(Block, BoardVec)> {
    // Nothing grew (a dot, a vote, a draft): nothing to measure, even on a large board.
    if changed.is_empty() {
        return Vec::new();
    }
    let mut board = Board::of(project);
    let mut anchors: Vec<usize> = Vec::new();
    for block in changed.iter().map(|b| board.block_of(*b)) {
        if let Some(index) = board.blocks.iter().position(|b| *b == block)
            && !anchors.contains(&index)
        {
            anchors.push(index);
        }
    }
    let mut fixed: Vec<usize> = Vec::new();
    let mut is_fixed = vec![false; board.blocks.len()];
    let mut moved: BTreeMap<usize, BoardVec> = BTreeMap::new();
    let mut queue: VecDeque<usize> = VecDeque::new();
    // The changed items stay where they were put, unless put on top of each other: then the
    // later moves aside of the earlier.
    for anchor in anchors {
        settle(
            &mut board,
            anchor,
            BoardVec::new(0.0, 0.0),
            &fixed,
            &mut moved,
        );
        fixed.push(anchor);
        is_fixed[anchor] = true;
        queue.push_back(anchor);
    }
    while let Some(anchor) = queue.pop_front() {
        let cover = board.rect(anchor);
        for other in 0..board.blocks.len() {
            if is_fixed.get(other).copied().unwrap_or(true) || !board.overlaps(other, &cover) {
                continue;
            }
            let shift = aside(&board.rect(other), &cover);
            settle(&mut board, other, shift, &fixed, &mut moved);
            fixed.push(other);
            is_fixed[other] = true;
            queue.push_back(other);
        }
    }
    moved
        .into_iter()
        .filter(|(_, shift)| shift.x != 0.0 || shift.y != 0.0)
        .map(|(index, shift)| (board.blocks[index], shift))
        .collect()
}

/// Moves block `index` by `shift`, then on until it is clear of everything already settled.
fn settle(
    board: &mut Board<'_>,
    index: usize,
    mut shift: BoardVec,
    fixed: &[usize],
    moved: &mut BTreeMap<usize, BoardVec>,
) {
    let start = board.rect(index);
    for _ in 0..=fixed.len() {
        let at = translated(&start, shift);
        let Some(blocker) = fixed
            .iter()
            .map(|i| board.rect(*i))
            .find(|rect| overlaps(&at, rect))
        else {
            break;
        };
        let more = aside(&at, &blocker);
        shift = BoardVec::new(shift.x + more.x, shift.y + more.y);
    }
    board.shift(index, shift);
    let total = moved.entry(index).or_insert(BoardVec::new(0.0, 0.0));
    *total = BoardVec::new(total.x + shift.x, total.y + shift.y);
}

/// Whether two blocks overlap (touching edges do not).
fn overlaps(a: &BoardRect, b: &BoardRect) -> bool {
    a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y
}

/// The shorter of the two moves that take `block` clear of `cover`: to its right, or below.
fn aside(block: &BoardRect, cover: &BoardRect) -> BoardVec {
    let right = cover.max.x + ROOM_GAP - block.min.x;
    let down = cover.max.y + ROOM_GAP - block.min.y;
    if right <= down {
        BoardVec::new(right, 0.0)
    } else {
        BoardVec::new(0.0, down)
    }
}

fn translated(rect: &BoardRect, by: BoardVec) -> BoardRect {
    BoardRect {
        min: rect.min.offset(by),
        max: rect.max.offset(by),
    }
}

/// Every pair of blocks that overlap: empty on a board where nothing is hidden.
pub fn overlapping(project: &Project) -> Vec<(Block, Block)> {
    let mut board = Board::of(project);
    let rects: Vec<BoardRect> = (0..board.blocks.len()).map(|i| board.rect(i)).collect();
    let mut found = Vec::new();
    for (i, a) in rects.iter().enumerate() {
        for (j, b) in rects.iter().enumerate().skip(i + 1) {
            if overlaps(a, b) {
                found.push((board.blocks[i], board.blocks[j]));
            }
        }
    }
    found
}
