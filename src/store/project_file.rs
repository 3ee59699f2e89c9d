//! The `.ron` project format. Versioned: the `format_version` is read first, so a file from a
//! newer Cytûn is refused (and never overwritten) and an older one is migrated. Every limit
//! here exists so that a hostile file costs bounded time and memory.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::atomic_write::write_atomically;
use super::error::{InvalidProject, LoadError, SaveError};
use crate::model::definition::Part;
use crate::model::{
    Definition, Heading, ImportForm, Note, NoteId, PhonesTaken, Project, Theme, ThemeId, layout,
};

/// The version this build writes. Bump it, and add a migration, whenever the shape changes.
pub const FORMAT_VERSION: u64 = 4;
/// Largest project file read: 10,000 text notes take ~3 MB; the rest is room for a few
/// hundred photos (each downscaled on import to a few hundred kB).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Largest picture kept on one note (an import re-encodes far smaller).
pub const MAX_PICTURE_BYTES: usize = 16 * 1024 * 1024;
/// Largest picture side a file may claim (an import stores at most 1600).
pub const MAX_PICTURE_SIDE: u32 = 20_000;
/// Most notes a project may hold.
pub const MAX_NOTES: usize = crate::model::limits::MAX_NOTES;
/// Longest note text: a long song or spoken-word piece is a few thousand.
pub const MAX_NOTE_TEXT_CHARS: usize = crate::model::limits::MAX_TEXT_CHARS;
/// Coordinates beyond this are nonsense, and would break zoom-to-fit.
const MAX_COORDINATE: f32 = 10_000_000.0;
/// Nesting deeper than this is never written by Cytûn, and recursion must stay bounded.
const MAX_NESTING: usize = 64;

/// Only the version field, read before anything else is interpreted. A missing field reads as
/// 0, which no Cytûn ever wrote.
#[derive(Deserialize)]
#[serde(rename = "CytunProject")]
struct VersionProbe {
    #[serde(default)]
    format_version: u64,
}

/// The file as written to disk. Version 2 added each theme's frame position (`pos`); a
/// version 1 file has the same shape without it, and is migrated on load. Version 3 added
/// column headings and pictures on notes, version 4 the charter: an older Cytûn must refuse
/// such a file rather than drop them on its next save.
#[derive(Serialize, Deserialize)]
#[serde(rename = "CytunProject")]
struct ProjectFile {
    format_version: u64,
    title: String,
    next_id: u64,
    notes: Vec<Note>,
    #[serde(default)]
    themes: Vec<Theme>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    headings: Vec<Heading>,
    #[serde(default, skip_serializing_if = "is_untouched")]
    definition: Definition,
    /// Remembered import choices. An older Cytûn reading this file ignores them (and so asks
    /// again next import): nothing it drops is a contribution, so no new version is needed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    import_forms: Vec<ImportForm>,
    /// What was taken in from phones. An older Cytûn ignores it: at worst it numbers phones
    /// from 1 again, and drops no contribution.
    #[serde(default, skip_serializing_if = "is_no_phones")]
    phones: PhonesTaken,
}

fn is_no_phones(phones: &PhonesTaken) -> bool {
    *phones == PhonesTaken::default()
}

/// A project that has not reached ranking yet writes no `definition` at all.
fn is_untouched(definition: &Definition) -> bool {
    *definition == Definition::default()
}

/// Reads and validates the project at `path`. Reads nothing but that one file.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    let meta = fs::metadata(path)?;
    // A FIFO or device would block or never end: only regular files are read.
    if !meta.is_file() {
        return Err(LoadError::NotAFile);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    parse_bytes(&bytes)
}

/// Parses project bytes (checks UTF-8 first, so the error can say where).
pub fn parse_bytes(bytes: &[u8]) -> Result<Project, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let (line, column) = line_column(&bytes[..err.valid_up_to()]);
        LoadError::NotText { line, column }
    })?;
    parse(text)
}

/// Parses and validates project text.
pub fn parse(text: &str) -> Result<Project, LoadError> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if body.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    // Cytûn writes the version first, so it can be read off the head without a second parse;
    // anything else (a hand-edited file) is probed in full.
    let version = match peek_format_version(body) {
        Some(version) => version,
        None => {
            options
                .from_str::<VersionProbe>(body)
                .map_err(|err| syntax_error(&err))?
                .format_version
        }
    };
    match version {
        0 => Err(LoadError::NotAProject),
        1..=4 => {
            let file: ProjectFile = options.from_str(body).map_err(|err| syntax_error(&err))?;
            // The head may have misled (the words "format_version" in a title): trust the field.
            match file.format_version {
                1 => Ok(migrate_from_v1(validate(file)?)),
                2..=4 => Ok(in_grids(validate(file)?)),
                0 => Err(LoadError::NotAProject),
                found => Err(LoadError::NewerVersion {
                    found,
                    supported: FORMAT_VERSION,
                }),
            }
        }
        found => Err(LoadError::NewerVersion {
            found,
            supported: FORMAT_VERSION,
        }),
    }
}

/// The `format_version: N` written near the top of a file, if it is there.
fn peek_format_version(text: &str) -> Option<u64> {
    const HEAD_BYTES: usize = 1024;
    let mut end = text.len().min(HEAD_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let at = head.find("format_version")?;
    let after = head[at + "format_version".len()..].trim_start();
    let digits: String = after
        .strip_prefix(':')?
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// Whether the file at `path` was written by a newer Cytûn (such a file is never overwritten).
/// Looks only at the head of the file, where the version is written, so saving stays cheap.
fn is_newer_format(path: &Path) -> bool {
    let mut head = Vec::with_capacity(1024);
    let Ok(file) = fs::File::open(path) else {
        return false;
    };
    if file.take(1024).read_to_end(&mut head).is_err() {
        return false;
    }
    peek_format_version(&String::from_utf8_lossy(&head))
        .is_some_and(|version| version > FORMAT_VERSION)
}

/// The project as the text that `save` writes.
pub fn to_ron(project: &Project) -> Result<String, SaveError> {
    let file = ProjectFile {
        format_version: FORMAT_VERSION,
        title: project.title.clone(),
        next_id: project.next_id,
        notes: project.notes.values().cloned().collect(),
        themes: project.themes.values().cloned().collect(),
        headings: project.headings.values().cloned().collect(),
        definition: project.definition.clone(),
        import_forms: project.import_forms.clone(),
        phones: project.phones.clone(),
    };
    let pretty = ron::ser::PrettyConfig::new()
        .indentor("  ".to_owned())
        .struct_names(false);
    let mut text = ron::ser::to_string_pretty(&file, pretty)
        .map_err(|err| SaveError::Serialize(err.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Saves atomically, keeping the previous file as `.bak`. The text is parsed back before it is
/// written: a file that could not be read back is never written.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_ron(project)?;
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(SaveError::TooLarge {
            limit: MAX_FILE_BYTES,
        });
    }
    match parse(&text) {
        Ok(read_back) if read_back == *project => {}
        _ => return Err(SaveError::Verify),
    }
    if is_newer_format(path) {
        return Err(SaveError::WouldOverwriteNewer);
    }
    write_atomically(path, text.as_bytes())?;
    Ok(())
}

fn syntax_error(err: &ron::error::SpannedError) -> LoadError {
    LoadError::Syntax {
        line: err.span.start.line,
        column: err.span.start.col,
        message: err.code.to_string(),
    }
}

/// 1-based line and column (in characters) of the end of `prefix`.
fn line_column(prefix: &[u8]) -> (usize, usize) {
    let line_start = prefix
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = prefix[..line_start].split(|&b| b == b'\n').count();
    let column = String::from_utf8_lossy(&prefix[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

fn validate(file: ProjectFile) -> Result<Project, InvalidProject> {
    let (notes, notes_max) = checked_notes(file.notes)?;
    let (themes, themes_max) = checked_themes(file.themes, &notes)?;
    let (headings, headings_max) = checked_headings(file.headings, &notes, &themes)?;
    let max_id = notes_max.max(themes_max).max(headings_max);
    // A hand-edited file may carry a stale counter: never hand out an id twice.
    let next_id = file.next_id.max(max_id.saturating_add(1)).max(1);
    let definition = check_definition(file.definition, &themes)?;
    Ok(Project {
        definition,
        title: file.title,
        notes,
        themes,
        headings,
        next_id,
        import_forms: bounded_forms(file.import_forms),
        phones: file.phones.bounded(),
    })
}

/// A hand-made file's import choices cut to what any real set of forms needs: they only
/// save asking again, so what is over the bounds is simply not remembered.
fn bounded_forms(mut forms: Vec<ImportForm>) -> Vec<ImportForm> {
    use crate::model::limits::{MAX_FORM_CHOICES, MAX_IMPORT_FORMS};
    let keep_from = forms.len().saturating_sub(MAX_IMPORT_FORMS);
    forms.drain(..keep_from);
    forms.retain(|form| {
        form.headers.len() <= MAX_FORM_CHOICES
            && form.columns.len() <= MAX_FORM_CHOICES
            && form.answers.len() <= MAX_FORM_CHOICES
    });
    forms
}

/// A usable board coordinate: finite, and not so far out that the board cannot show it.
fn usable(v: f32) -> bool {
    v.is_finite() && v.abs() <= MAX_COORDINATE
}

/// The file's notes, each within bounds, no id twice, every copy pointing at an original;
/// with the largest id seen.
fn checked_notes(list: Vec<Note>) -> Result<(BTreeMap<NoteId, Note>, u64), InvalidProject> {
    if list.len() > MAX_NOTES {
        return Err(InvalidProject::TooManyNotes { limit: MAX_NOTES });
    }
    let mut notes = BTreeMap::new();
    let mut max_id = 0;
    for note in list {
        let id = note.id.0;
        if note.text.chars().count() > MAX_NOTE_TEXT_CHARS {
            return Err(InvalidProject::TextTooLong {
                id,
                limit: MAX_NOTE_TEXT_CHARS,
            });
        }
        if !usable(note.pos.x) || !usable(note.pos.y) {
            return Err(InvalidProject::BadPosition { id });
        }
        if let Some(picture) = &note.picture {
            let sides_ok = (1..=MAX_PICTURE_SIDE).contains(&picture.width)
                && (1..=MAX_PICTURE_SIDE).contains(&picture.height);
            if !sides_ok || picture.data.len() > MAX_PICTURE_BYTES {
                return Err(InvalidProject::BadPicture { id });
            }
        }
        max_id = max_id.max(id);
        if notes.insert(note.id, note).is_some() {
            return Err(InvalidProject::DuplicateNote { id });
        }
    }
    for note in notes.values() {
        if let Some(original) = note.copy_of {
            let valid = notes
                .get(&original)
                .is_some_and(|o: &Note| o.copy_of.is_none());
            if !valid {
                return Err(InvalidProject::BadCopy { id: note.id.0 });
            }
        }
    }
    Ok((notes, max_id))
}

/// The file's themes: on the board, each note in one theme at most, no id twice.
fn checked_themes(
    list: Vec<Theme>,
    notes: &BTreeMap<NoteId, Note>,
) -> Result<(BTreeMap<ThemeId, Theme>, u64), InvalidProject> {
    let mut max_id = 0;
    let mut themes = BTreeMap::new();
    let mut notes_in_themes: BTreeSet<NoteId> = BTreeSet::new();
    for theme in list {
        max_id = max_id.max(theme.id.0);
        if !usable(theme.pos.x) || !usable(theme.pos.y) {
            return Err(InvalidProject::BadThemePosition { id: theme.id.0 });
        }
        for note in &theme.notes {
            if !notes.contains_key(note) {
                return Err(InvalidProject::MissingThemeNote {
                    theme: theme.id.0,
                    note: note.0,
                });
            }
            if !notes_in_themes.insert(*note) {
                return Err(InvalidProject::NoteInTwoThemes { note: note.0 });
            }
        }
        let id: ThemeId = theme.id;
        if themes.insert(id, theme).is_some() {
            return Err(InvalidProject::DuplicateTheme { id: id.0 });
        }
    }
    Ok((themes, max_id))
}

/// The file's column labels: ids of their own, on the board, text within bounds.
fn checked_headings(
    list: Vec<Heading>,
    notes: &BTreeMap<NoteId, Note>,
    themes: &BTreeMap<ThemeId, Theme>,
) -> Result<(BTreeMap<crate::model::HeadingId, Heading>, u64), InvalidProject> {
    let mut max_id = 0;
    let mut headings = BTreeMap::new();
    for heading in list {
        let id = heading.id.0;
        let taken = notes.contains_key(&NoteId(id)) || themes.contains_key(&ThemeId(id));
        if taken || headings.contains_key(&heading.id) {
            return Err(InvalidProject::DuplicateHeading { id });
        }
        if !usable(heading.pos.x) || !usable(heading.pos.y) {
            return Err(InvalidProject::BadHeadingPosition { id });
        }
        if heading.text.chars().count() > MAX_NOTE_TEXT_CHARS {
            return Err(InvalidProject::TextTooLong {
                id,
                limit: MAX_NOTE_TEXT_CHARS,
            });
        }
        max_id = max_id.max(id);
        headings.insert(heading.id, heading);
    }
    Ok((headings, max_id))
}

/// Bounds for the definition part of a file, and references to themes that no longer
/// exist dropped (a hand-edited file): a vote or link to nothing means nothing.
fn check_definition(
    mut definition: Definition,
    themes: &BTreeMap<ThemeId, Theme>,
) -> Result<Definition, InvalidProject> {
    use crate::model::limits::{MAX_DOTS, MAX_PARTICIPANTS, MAX_VERSIONS};
    let voting = &definition.voting;
    let too_big = voting.participants.len() > MAX_PARTICIPANTS
        || voting.dots_per_person > MAX_DOTS
        || voting
            .dots
            .iter()
            .any(|(who, dots)| *who >= voting.participants.len() || dots.len() > MAX_DOTS as usize)
        || voting.phones.len() > MAX_PARTICIPANTS
        || voting
            .phones
            .values()
            .any(|dots| dots.len() > MAX_DOTS as usize)
        || Part::ALL.into_iter().any(|part| {
            let versions = definition.versions_of(part);
            definition.draft_of(part).text.chars().count() > MAX_NOTE_TEXT_CHARS
                || versions.len() > MAX_VERSIONS
                || versions.iter().any(|v| {
                    v.text.chars().count() > MAX_NOTE_TEXT_CHARS || v.feedback.len() > 100_000
                })
        });
    if too_big {
        return Err(InvalidProject::BadDefinition);
    }
    let exists = |id: &ThemeId| themes.contains_key(id);
    definition.ranking.retain(exists);
    definition.tied.retain(exists);
    let voting = &mut definition.voting;
    for dots in voting.dots.values_mut().chain(voting.phones.values_mut()) {
        dots.retain(exists);
    }
    definition.voting.paper.retain(|id, _| exists(id));
    for part in Part::ALL {
        for link in &mut definition.drafting_mut(part).0.links {
            link.themes.retain(exists);
        }
    }
    Ok(definition)
}

/// Each theme's notes where its grid puts them: a file edited by hand may say otherwise, and a
/// frame would then be drawn empty with its notes somewhere else on the board.
fn in_grids(mut project: Project) -> Project {
    let places: Vec<(NoteId, crate::model::BoardPos)> = project
        .themes
        .values()
        .flat_map(|theme| layout::theme_layout(theme, &project.notes).1)
        .collect();
    for (id, pos) in places {
        if let Some(note) = project.notes.get_mut(&id) {
            note.pos = pos;
        }
    }
    project
}

/// Version 1 themes had no frame position: put each frame around where its notes are, and its
/// notes in the grid.
fn migrate_from_v1(mut project: Project) -> Project {
    let ids: Vec<ThemeId> = project.themes.keys().copied().collect();
    for id in ids {
        let Some(theme) = project.themes.get_mut(&id) else {
            continue;
        };
        let members = theme.notes.iter().filter_map(|n| project.notes.get(n));
        if let Some(bounds) = crate::model::geometry::bounds_of(members) {
            theme.pos = crate::model::BoardPos::new(
                bounds.min.x - layout::THEME_PADDING,
                bounds.min.y - layout::THEME_TITLE_HEIGHT,
            );
        }
        let (_, places) = layout::theme_layout(theme, &project.notes);
        for (note, pos) in places {
            if let Some(note) = project.notes.get_mut(&note) {
                note.pos = pos;
            }
        }
    }
    project
}
