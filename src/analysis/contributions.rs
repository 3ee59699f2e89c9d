//! Every contribution as a row of a table: one row per contribution (a linked copy is the
//! same contribution in another place, so it adds a theme, not a row), the themes it is in,
//! sorted by any column. Pure, so the Table view and the tests ask the same question.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use super::search::fold;
use crate::model::{Note, NoteId, NoteKind, Project, Prompt, ThemeId};

/// A column of the table of contributions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Column {
    #[default]
    Text,
    Prompt,
    Kind,
    Group,
    Respondent,
    Language,
    Consent,
    Theme,
}

impl Column {
    /// The columns in the order they are shown.
    pub const ALL: [Self; 8] = [
        Self::Text,
        Self::Prompt,
        Self::Kind,
        Self::Group,
        Self::Respondent,
        Self::Language,
        Self::Consent,
        Self::Theme,
    ];
}

/// How the rows are ordered: by a column, up or down. Ties keep the board's id order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

/// The themes each contribution is in (itself or a linked copy), by the original's id.
pub fn themes_by_contribution(project: &Project) -> BTreeMap<NoteId, Vec<ThemeId>> {
    let mut themes: BTreeMap<NoteId, Vec<ThemeId>> = BTreeMap::new();
    for theme in project.themes.values() {
        for id in &theme.notes {
            let original = project
                .note(*id)
                .and_then(|note| note.copy_of)
                .unwrap_or(*id);
            let list = themes.entry(original).or_default();
            if !list.contains(&theme.id) {
                list.push(theme.id);
            }
        }
    }
    themes
}

/// The contributions to list: every original note (only those in `only`, when given), in
/// the order `sort` asks for.
pub fn contribution_rows(
    project: &Project,
    only: Option<&BTreeSet<NoteId>>,
    themes: &BTreeMap<NoteId, Vec<ThemeId>>,
    sort: Sort,
) -> Vec<NoteId> {
    // A match on a linked copy lists its contribution.
    let listed: Option<BTreeSet<NoteId>> = only.map(|only| {
        only.iter()
            .map(|id| project.note(*id).and_then(|n| n.copy_of).unwrap_or(*id))
            .collect()
    });
    let mut rows: Vec<&Note> = project
        .notes
        .values()
        .filter(|note| note.copy_of.is_none())
        .filter(|note| {
            listed
                .as_ref()
                .is_none_or(|listed| listed.contains(&note.id))
        })
        .collect();
    let theme_title = |id: NoteId| {
        themes
            .get(&id)
            .and_then(|list| list.first())
            .and_then(|theme| project.themes.get(theme))
            .map(|theme| fold(&theme.title))
    };
    // Text is compared folded (case and accents aside), computed once per row.
    let key = |note: &Note| -> SortKey {
        let details = &note.details;
        match sort.column {
            Column::Text => SortKey::Text(fold(&note.text)),
            Column::Prompt => match &details.prompt {
                Prompt::Other(text) => SortKey::Order(Prompt::KNOWN.len(), fold(text)),
                known => SortKey::Order(place(&Prompt::KNOWN, known), String::new()),
            },
            Column::Kind => match &details.kind {
                NoteKind::Other(text) => SortKey::Order(NoteKind::KNOWN.len(), fold(text)),
                known => SortKey::Order(place(&NoteKind::KNOWN, known), String::new()),
            },
            Column::Group => SortKey::Text(fold(details.group.trim())),
            Column::Respondent => SortKey::Text(fold(&details.respondent)),
            Column::Language => SortKey::Rank(details.language as usize),
            Column::Consent => SortKey::Rank(details.consent as usize),
            // No theme sorts last either way round: what is still loose is easy to find.
            Column::Theme => theme_title(note.id).map_or(SortKey::Missing, SortKey::Text),
        }
    };
    let mut keyed: Vec<(SortKey, NoteId)> =
        rows.drain(..).map(|note| (key(note), note.id)).collect();
    keyed.sort_by(|(a, a_id), (b, b_id)| {
        let order = a.compare(b, sort.descending);
        order.then(a_id.cmp(b_id))
    });
    keyed.into_iter().map(|(_, id)| id).collect()
}

/// Where `value` is in `known` (the order the workshop uses), else after them all.
fn place<T: PartialEq>(known: &[T], value: &T) -> usize {
    known.iter().position(|k| k == value).unwrap_or(known.len())
}

/// What a row is sorted by.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SortKey {
    Rank(usize),
    /// A value's place among the known ones (the model's order), then its words.
    Order(usize, String),
    Text(String),
    /// No value: always last.
    Missing,
}

impl SortKey {
    fn compare(&self, other: &Self, descending: bool) -> Ordering {
        match (self, other) {
            (Self::Missing, Self::Missing) => Ordering::Equal,
            (Self::Missing, _) => Ordering::Greater,
            (_, Self::Missing) => Ordering::Less,
            _ if descending => other.cmp(self),
            _ => self.cmp(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoardPos, Consent, NoteDetails, Theme};

    fn note(id: u64, text: &str, consent: Consent) -> Note {
        Note {
            id: NoteId(id),
            text: text.to_owned(),
            pos: BoardPos::new(0.0, id as f32),
            z: 0,
            copy_of: None,
            details: NoteDetails {
                consent,
                ..NoteDetails::default()
            },
            picture: None,
        }
    }

    fn project() -> Project {
        let mut project = Project::new("t");
        for n in [
            note(1, "tea", Consent::DoNotQuote),
            note(2, "Àrt", Consent::QuoteWithName),
            note(3, "bara", Consent::QuoteAnonymously),
        ] {
            project.notes.insert(n.id, n);
        }
        let mut copy = note(4, "tea", Consent::DoNotQuote);
        copy.copy_of = Some(NoteId(1));
        project.notes.insert(copy.id, copy);
        project.themes.insert(
            ThemeId(9),
            Theme {
                id: ThemeId(9),
                title: "Food".into(),
                meaning: String::new(),
                notes: vec![NoteId(4)],
                pos: BoardPos::new(0.0, 0.0),
                collapsed: false,
                colour: None,
                former_titles: Vec::new(),
            },
        );
        project
    }

    #[test]
    fn a_linked_copy_is_not_a_second_row_but_puts_its_contribution_in_its_theme() {
        let project = project();
        let themes = themes_by_contribution(&project);
        assert_eq!(themes.get(&NoteId(1)), Some(&vec![ThemeId(9)]));
        let sort = Sort {
            column: Column::Theme,
            descending: true,
        };
        let rows = contribution_rows(&project, None, &themes, sort);
        assert_eq!(rows.first(), Some(&NoteId(1)), "only tea has a theme");
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn rows_sort_by_text_without_case_or_accents_and_by_consent_either_way() {
        let project = project();
        let themes = themes_by_contribution(&project);
        let by = |column, descending| {
            contribution_rows(&project, None, &themes, Sort { column, descending })
        };
        assert_eq!(by(Column::Text, false), [NoteId(2), NoteId(3), NoteId(1)]);
        assert_eq!(
            by(Column::Consent, false),
            [NoteId(2), NoteId(3), NoteId(1)]
        );
        assert_eq!(by(Column::Consent, true), [NoteId(1), NoteId(3), NoteId(2)]);
        let only: BTreeSet<NoteId> = [NoteId(4)].into();
        let found = contribution_rows(&project, Some(&only), &themes, Sort::default());
        assert_eq!(
            found,
            [NoteId(1)],
            "a match on a copy lists its contribution"
        );
    }
}
