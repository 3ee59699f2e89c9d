//! Finding contributions: words typed in the search box and filters by prompt, kind, group,
//! language and consent. Pure, so the board and the tests ask the same question.

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;

use crate::model::{Consent, Language, Note, NoteId, NoteKind, Project, Prompt};

/// One filter the user added; shown as a removable chip.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Filter {
    Prompt(Prompt),
    Kind(NoteKind),
    Group(String),
    Language(Language),
    /// What the contributor agreed to: where a coordinator finds who may not be quoted.
    Consent(Consent),
}

/// What the user is looking for. Filters of one field widen the search (smells *or*
/// tastes); filters of different fields narrow it (smells *and* Welsh), as people expect.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub filters: BTreeSet<Filter>,
}

impl Query {
    /// Whether the query asks for anything at all.
    pub fn is_active(&self) -> bool {
        !self.text.trim().is_empty() || !self.filters.is_empty()
    }

    /// Adds `filter`, or takes it away if it is already there.
    pub fn toggle(&mut self, filter: Filter) {
        if !self.filters.remove(&filter) {
            self.filters.insert(filter);
        }
    }
}

/// Lower case without accents, so "wyn" finds "ŵyn" and "cafe" finds "Café".
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The notes matching `query`, in reading order (top to bottom, then left to right), so
/// "next" walks the board the way eyes do.
pub fn matching_notes(project: &Project, query: &Query) -> Vec<NoteId> {
    let words: Vec<String> = fold(&query.text)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let mut found: Vec<&Note> = project
        .notes
        .values()
        .filter(|note| passes_filters(note, &query.filters) && has_words(note, &words))
        .collect();
    found.sort_by(|a, b| {
        (a.pos.y, a.pos.x, a.id)
            .partial_cmp(&(b.pos.y, b.pos.x, b.id))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    found.into_iter().map(|note| note.id).collect()
}

fn passes_filters(note: &Note, filters: &BTreeSet<Filter>) -> bool {
    let details = &note.details;
    let field_ok = |same_field: fn(&Filter) -> bool, matches: &dyn Fn(&Filter) -> bool| {
        let mut of_field = filters.iter().filter(|f| same_field(f)).peekable();
        of_field.peek().is_none() || of_field.any(matches)
    };
    field_ok(
        |f| matches!(f, Filter::Prompt(_)),
        &|f| matches!(f, Filter::Prompt(p) if *p == details.prompt),
    ) && field_ok(
        |f| matches!(f, Filter::Kind(_)),
        &|f| matches!(f, Filter::Kind(k) if *k == details.kind),
    ) && field_ok(
        |f| matches!(f, Filter::Group(_)),
        &|f| matches!(f, Filter::Group(g) if g.trim() == details.group.trim()),
    ) && field_ok(
        |f| matches!(f, Filter::Language(_)),
        &|f| matches!(f, Filter::Language(l) if *l == details.language),
    ) && field_ok(
        |f| matches!(f, Filter::Consent(_)),
        &|f| matches!(f, Filter::Consent(c) if *c == details.consent),
    )
}

/// Every word appears somewhere in what the note says or records about itself.
fn has_words(note: &Note, words: &[String]) -> bool {
    if words.is_empty() {
        return true;
    }
    let details = &note.details;
    let mut haystack = fold(&note.text);
    for extra in [&details.group, &details.author] {
        haystack.push('\n');
        haystack.push_str(&fold(extra));
    }
    for value in details.extra.values() {
        haystack.push('\n');
        haystack.push_str(&fold(value));
    }
    if let Some(picture) = &note.picture {
        haystack.push('\n');
        haystack.push_str(&fold(&picture.alt));
    }
    // Each word typed must begin a word of the note: "tea" finds "tea" and "teapot", not
    // "instead".
    let note_words: Vec<&str> = haystack
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().all(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        word.is_empty() || note_words.iter().any(|w| w.starts_with(word))
    })
}

/// The groups written on the board's notes, for the group filter's list.
pub fn groups_in(project: &Project) -> Vec<String> {
    let groups: BTreeSet<String> = project
        .notes
        .values()
        .map(|note| note.details.group.trim().to_owned())
        .filter(|group| !group.is_empty())
        .collect();
    groups.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_welsh_accents() {
        assert_eq!(fold("Ŵyn BÂCH café"), "wyn bach cafe");
    }

    fn note(text: &str) -> Note {
        Note {
            id: NoteId(1),
            text: text.into(),
            pos: crate::model::BoardPos::default(),
            z: 0,
            copy_of: None,
            details: crate::model::NoteDetails::default(),
            picture: None,
        }
    }

    #[test]
    fn typed_words_match_the_start_of_a_note_s_words_in_any_order() {
        let words = |q: &str| {
            fold(q)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        let tea = note("A cup of tea, made the way you like it");
        assert!(has_words(&tea, &words("TEA")));
        assert!(has_words(&tea, &words("like tea")));
        assert!(!has_words(&note("Listen instead"), &words("tea")));
        assert!(has_words(&note("Teimlo fel cartref"), &words("teimlo")));
        assert!(has_words(&note("Ŵyn bach"), &words("wyn")));
        assert!(has_words(&note("Everyone's voice"), &words("everyone's")));
    }
}
