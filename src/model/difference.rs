//! What one version of a project has that another has not, in the terms a facilitator thinks
//! in: contributions added, taken away or reworded, themes made, renamed or dissolved, notes
//! regrouped, votes and the drafts changed. Shown before choosing between unsaved work found
//! after a crash and the saved file, where counts alone ("60 notes" against "59") hide a
//! rename or a vote.

use std::collections::BTreeMap;

use super::{NoteId, Project, ThemeId};

/// How `newer` differs from `older`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Difference {
    /// Notes in `newer` only, by their words.
    pub notes_added: Vec<String>,
    /// Notes in `older` only, by their words.
    pub notes_removed: Vec<String>,
    /// Notes in both whose words differ.
    pub notes_reworded: usize,
    /// Themes in `newer` only, by title.
    pub themes_added: Vec<String>,
    /// Themes in `older` only, by title.
    pub themes_removed: Vec<String>,
    /// Themes in both with another title: (older title, newer title).
    pub themes_renamed: Vec<(String, String)>,
    /// Notes in both that are in another theme (or none, or now one).
    pub notes_regrouped: usize,
    /// The dots, the people voting or the ranking differ.
    pub votes_changed: bool,
    /// The definition's draft differs.
    pub definition_changed: bool,
    /// The charter's draft differs.
    pub charter_changed: bool,
}

impl Difference {
    pub fn between(older: &Project, newer: &Project) -> Self {
        let theme_of = |project: &Project| -> BTreeMap<NoteId, ThemeId> {
            project
                .themes
                .values()
                .flat_map(|theme| theme.notes.iter().map(|note| (*note, theme.id)))
                .collect()
        };
        let (was_in, is_in) = (theme_of(older), theme_of(newer));
        let mut difference = Self::default();
        for (id, note) in &newer.notes {
            match older.notes.get(id) {
                None => difference.notes_added.push(note.text.clone()),
                Some(before) => {
                    if before.text != note.text {
                        difference.notes_reworded += 1;
                    }
                    if was_in.get(id) != is_in.get(id) {
                        difference.notes_regrouped += 1;
                    }
                }
            }
        }
        difference.notes_removed = older
            .notes
            .iter()
            .filter(|(id, _)| !newer.notes.contains_key(id))
            .map(|(_, note)| note.text.clone())
            .collect();
        for (id, theme) in &newer.themes {
            match older.themes.get(id) {
                None => difference.themes_added.push(theme.title.clone()),
                Some(before) if before.title != theme.title => difference
                    .themes_renamed
                    .push((before.title.clone(), theme.title.clone())),
                Some(_) => {}
            }
        }
        difference.themes_removed = older
            .themes
            .iter()
            .filter(|(id, _)| !newer.themes.contains_key(id))
            .map(|(_, theme)| theme.title.clone())
            .collect();
        let (was, is) = (&older.definition, &newer.definition);
        difference.votes_changed =
            was.voting != is.voting || was.ranking != is.ranking || was.tied != is.tied;
        difference.definition_changed = was.draft.text != is.draft.text;
        difference.charter_changed = was.charter.draft.text != is.charter.draft.text;
        difference
    }

    /// Whether the two are the same in every way this looks at.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoardPos, Note, Theme};

    #[test]
    fn a_rename_a_new_note_a_removed_one_and_a_vote_are_each_named() {
        let mut older = Project::new("Gweithdy");
        for (id, text) in [
            (1, "Tea and toast"),
            (2, "A round table"),
            (3, "Being listened to"),
        ] {
            older.notes.insert(NoteId(id), Note::plain(id, text));
        }
        older.themes.insert(
            ThemeId(9),
            Theme {
                id: ThemeId(9),
                title: "Sharing food".into(),
                meaning: String::new(),
                notes: vec![NoteId(1), NoteId(2)],
                pos: BoardPos::default(),
                collapsed: false,
                colour: None,
                former_titles: Vec::new(),
            },
        );
        let mut newer = older.clone();
        newer.themes.get_mut(&ThemeId(9)).expect("theme").title = "Eating together".into();
        newer.themes.get_mut(&ThemeId(9)).expect("theme").notes = vec![NoteId(1)];
        newer.notes.remove(&NoteId(3));
        newer.notes.insert(NoteId(4), Note::plain(4, "Cwtsh"));
        newer.notes.get_mut(&NoteId(1)).expect("note").text = "Tea, toast".into();
        newer.definition.voting.participants.push("Alaw".into());
        newer.definition.draft.text = "Co-production is…".into();

        let difference = Difference::between(&older, &newer);
        assert_eq!(difference.notes_added, ["Cwtsh"]);
        assert_eq!(difference.notes_removed, ["Being listened to"]);
        assert_eq!(difference.notes_reworded, 1);
        assert_eq!(
            difference.notes_regrouped, 1,
            "the round table left the theme"
        );
        assert_eq!(
            difference.themes_renamed,
            [("Sharing food".to_owned(), "Eating together".to_owned())]
        );
        assert!(difference.votes_changed && difference.definition_changed);
        assert!(!difference.charter_changed);
        assert!(Difference::between(&older, &older).is_empty());
    }
}
