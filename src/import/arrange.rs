//! Where imported notes land: tidy labelled columns (one per prompt, or per group) beside
//! everything already on the board, shaped to fill a wide screen at zoom-to-fit.

use crate::model::geometry::{NOTE_WIDTH, note_full_height};
use crate::model::heading::{HEADING_FONT_SIZE, HEADING_HEIGHT};
use crate::model::layout::occupied;
use crate::model::{BoardPos, Heading, HeadingId, Note, NoteId, Project, Prompt};

use super::Draft;

/// Gap between notes within a column.
const GAP: f32 = 20.0;
/// Gap between one column's notes and the next column's.
const COLUMN_GAP: f32 = 120.0;
/// Space left between what is on the board and the imported notes.
const MARGIN: f32 = 240.0;
/// The shape aimed for: a 16:9 projector.
const SCREEN_ASPECT: f32 = 16.0 / 9.0;

/// What the columns are made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColumnsBy {
    #[default]
    Prompt,
    Group,
}

/// The notes and column labels to add, as one import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arranged {
    pub notes: Vec<Note>,
    pub headings: Vec<Heading>,
}

impl Arranged {
    /// The one command that adds them (one undo step); none when there is nothing to add.
    pub fn into_command(self) -> Option<crate::command::Command> {
        (!self.notes.is_empty()).then_some(crate::command::Command::Import {
            notes: self.notes,
            headings: self.headings,
        })
    }
}

/// Places `drafts` to the right of everything on `project`'s board, in columns by `by`.
/// `label` names a column from one of its drafts (the UI translates prompt names). Ids are
/// handed out from the project's counter, so the result can be added as it is.
pub fn arrange(
    project: &Project,
    drafts: Vec<Draft>,
    by: ColumnsBy,
    label: impl Fn(&Draft) -> String,
) -> Arranged {
    let columns = split_into_columns(drafts, by);
    if columns.is_empty() {
        return Arranged::default();
    }
    let origin = match occupied(project) {
        Some(bounds) => BoardPos::new(bounds.max.x + MARGIN, bounds.min.y),
        None => BoardPos::new(0.0, 0.0),
    };
    let rows = best_rows(&columns);
    let mut next_id = project.next_id;
    let mut z = project.top_z();
    let mut arranged = Arranged::default();
    let mut x = origin.x;
    for column in columns {
        let label_text = fitted(&column.first().map(&label).unwrap_or_default());
        let start_x = x;
        for stack in column.chunks(rows) {
            let mut y = origin.y + HEADING_HEIGHT;
            for draft in stack {
                z += 1;
                let note = Note {
                    id: NoteId(next_id),
                    text: draft.text.clone(),
                    pos: BoardPos::new(x, y),
                    z,
                    copy_of: None,
                    details: draft.details.clone(),
                    picture: None,
                };
                next_id += 1;
                y += note_full_height(&note) + GAP;
                arranged.notes.push(note);
            }
            x += NOTE_WIDTH + GAP;
        }
        // The next column starts after this one's label, so labels never run together.
        x = x.max(start_x + label_width(&label_text) + GAP);
        if !label_text.is_empty() {
            arranged.headings.push(Heading {
                id: HeadingId(0),
                text: label_text,
                pos: BoardPos::new(start_x, origin.y),
            });
        }
        x += COLUMN_GAP - GAP;
    }
    // Headings take ids after the notes, so note ids run in reading order.
    for heading in &mut arranged.headings {
        heading.id = HeadingId(next_id);
        next_id += 1;
    }
    arranged
}

/// Most characters of a column's label: a survey's question runs to a sentence or two, and
/// the whole of it is on each note.
const LABEL_CHARS: usize = 40;

/// A column's label, cut to `LABEL_CHARS`.
fn fitted(label: &str) -> String {
    match label.char_indices().nth(LABEL_CHARS) {
        Some((cut, _)) => format!("{}…", label[..cut].trim_end()),
        None => label.to_owned(),
    }
}

/// About how wide a label is drawn: board labels are large, about half their size per
/// character.
pub fn label_width(label: &str) -> f32 {
    label.chars().count() as f32 * HEADING_FONT_SIZE * 0.55
}

/// Drafts grouped into columns: prompts in the workshop's order (unknown ones after, as
/// first met), groups as first met in the file, so the board reads like the spreadsheet.
fn split_into_columns(drafts: Vec<Draft>, by: ColumnsBy) -> Vec<Vec<Draft>> {
    let mut keys: Vec<String> = Vec::new();
    let mut columns: Vec<Vec<Draft>> = Vec::new();
    for draft in drafts {
        let key = match by {
            ColumnsBy::Prompt => format!("{:?}", draft.details.prompt),
            ColumnsBy::Group => draft.details.group.trim().to_owned(),
        };
        if let Some(index) = keys.iter().position(|k| *k == key) {
            columns[index].push(draft);
        } else {
            keys.push(key);
            columns.push(vec![draft]);
        }
    }
    if by == ColumnsBy::Prompt {
        let rank = |column: &Vec<Draft>| {
            let prompt = &column[0].details.prompt;
            Prompt::KNOWN
                .iter()
                .position(|known| known == prompt)
                .unwrap_or(Prompt::KNOWN.len())
        };
        // Stable: unknown prompts keep the order they were met in.
        columns.sort_by_key(rank);
    }
    columns
}

/// How many notes each sub-column holds so the whole import is about as wide as a screen
/// is, relative to its height: readable when zoomed to fit.
fn best_rows(columns: &[Vec<Draft>]) -> usize {
    let count: usize = columns.iter().map(Vec::len).sum();
    let tallest = columns.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let average_height = columns
        .iter()
        .flatten()
        .map(|draft| crate::model::geometry::note_height(&draft.text))
        .sum::<f32>()
        / count.max(1) as f32;
    let shape = |rows: usize| {
        let sub_columns: usize = columns.iter().map(|c| c.len().div_ceil(rows)).sum();
        let width = sub_columns as f32 * (NOTE_WIDTH + GAP)
            + columns.len().saturating_sub(1) as f32 * (COLUMN_GAP - GAP);
        let height = HEADING_HEIGHT + rows as f32 * (average_height + GAP);
        (width / height / SCREEN_ASPECT).ln().abs()
    };
    (1..=tallest)
        .min_by(|a, b| shape(*a).total_cmp(&shape(*b)))
        .unwrap_or(1)
}
