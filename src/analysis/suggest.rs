//! Suggested groups: the loose notes clustered by the words they share, so the room starts
//! from a proposal it can judge instead of finding every group by eye. Each note is a TF-IDF
//! vector of its words (Welsh mutated forms read as one word, stop words by the note's own
//! language); two notes are as far apart as their vectors' cosine says; average-linkage
//! clustering (kodama) joins them into a tree, cut as coarsely as the room asks. Every
//! suggestion says which words its notes share: the reason is the words, never a black box.

use std::collections::{BTreeMap, HashMap};

use kodama::{Method, linkage};

use super::stop_words::is_stop_word;
use super::words::{SameWords, most_written, words};
use crate::model::{Language, NoteId};

/// The most notes suggestions are worked out for: the table of how far apart each two notes
/// are grows with the square (10,000 notes: 50 million pairs, 200 MB while it is worked out).
pub const MAX_NOTES: usize = 10_000;

/// How many shared words a suggestion gives as its reason.
const REASON_WORDS: usize = 4;

/// What a note says, copied out of the project so the work can run on another thread.
#[derive(Clone, Debug)]
pub struct NoteWords {
    pub id: NoteId,
    pub language: Language,
    pub text: String,
}

/// How far the work has got, for a progress bar on a large board.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Progress {
    /// Comparing every two notes: the share done, 0 to 1.
    Comparing(f32),
    /// Joining the closest notes into groups (one step, no share to tell).
    Grouping,
}

/// Why no groups were worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// More notes share words than [`MAX_NOTES`].
    TooMany { notes: usize },
    /// Whoever asked no longer wants the answer.
    Cancelled,
}

/// A proposed theme: its notes (in the order given) and the words they share, each with how
/// many of its notes use it, most shared first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub notes: Vec<NoteId>,
    pub shared: Vec<(String, usize)>,
}

impl Suggestion {
    /// A first name for the theme: its most shared word, capitalised. The room renames it.
    pub fn title(&self) -> String {
        let word = self.shared.first().map_or("", |(word, _)| word.as_str());
        let mut chars = word.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }
}

/// The notes' words and the tree that joins them: cut at any level without redoing the work,
/// so "more / fewer groups" answers at once.
#[derive(Clone, Debug)]
pub struct Groupings {
    /// The notes that share a word with another, in the order given.
    notes: Vec<NoteId>,
    /// Each note's terms (indices into `shown`), without repeats.
    terms: Vec<Vec<u32>>,
    /// Each term as most people wrote it.
    shown: Vec<String>,
    /// How telling each term is: rarer terms weigh more.
    weight: Vec<f32>,
    /// The joins, closest first: two clusters (notes are 0..n, the k-th join makes n + k) and
    /// how far apart they were, 0 (the same words) to 1 (no word in common).
    joins: Vec<(usize, usize, f32)>,
}

impl Groupings {
    /// How many notes were grouped (those sharing at least one word with another note).
    pub fn note_count(&self) -> usize {
        self.notes.len()
    }

    /// The groups when clusters closer than `distance` (0 to 1) are joined: larger means
    /// fewer, broader groups. Largest first; groups of one, and groups whose notes share no
    /// word, are left out.
    pub fn at(&self, distance: f32) -> Vec<Suggestion> {
        let n = self.notes.len();
        if n < 2 {
            return Vec::new();
        }
        let mut parent: Vec<usize> = (0..2 * n - 1).collect();
        for (k, &(a, b, apart)) in self.joins.iter().enumerate() {
            if apart <= distance {
                parent[a] = n + k;
                parent[b] = n + k;
            }
        }
        let root = |mut label: usize| {
            while parent[label] != label {
                label = parent[label];
            }
            label
        };
        let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for note in 0..n {
            members.entry(root(note)).or_default().push(note);
        }
        let mut found: Vec<Suggestion> = members
            .into_values()
            .filter(|group| group.len() >= 2)
            .filter_map(|group| {
                let shared = self.shared_words(&group);
                (!shared.is_empty()).then(|| Suggestion {
                    notes: group.iter().map(|i| self.notes[*i]).collect(),
                    shared,
                })
            })
            .collect();
        found.sort_by(|a, b| {
            b.notes
                .len()
                .cmp(&a.notes.len())
                .then(a.notes.cmp(&b.notes))
        });
        found
    }

    /// The words at least two of `group`'s notes use: by how many use them, then the more
    /// telling first.
    fn shared_words(&self, group: &[usize]) -> Vec<(String, usize)> {
        let mut uses: HashMap<u32, usize> = HashMap::new();
        for note in group {
            for term in &self.terms[*note] {
                *uses.entry(*term).or_default() += 1;
            }
        }
        let mut shared: Vec<(u32, usize)> = uses.into_iter().filter(|(_, n)| *n >= 2).collect();
        shared.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(self.weight[b.0 as usize].total_cmp(&self.weight[a.0 as usize]))
                .then_with(|| self.shown[a.0 as usize].cmp(&self.shown[b.0 as usize]))
        });
        shared
            .into_iter()
            .take(REASON_WORDS)
            .map(|(term, n)| (self.shown[term as usize].clone(), n))
            .collect()
    }
}

/// Works out how the notes could group. `progress` hears how far it has got and answers
/// whether to go on (false: stop, the answer is no longer wanted).
pub fn group_notes(
    notes: &[NoteWords],
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Result<Groupings, Stopped> {
    let read = read_terms(notes);
    let n = read.notes.len();
    if n > MAX_NOTES {
        return Err(Stopped::TooMany { notes: n });
    }
    let mut apart = distances(&read, progress).ok_or(Stopped::Cancelled)?;
    if !progress(Progress::Grouping) {
        return Err(Stopped::Cancelled);
    }
    let joins = if n < 2 {
        Vec::new()
    } else {
        linkage(&mut apart, n, Method::Average)
            .steps()
            .iter()
            .map(|step| (step.cluster1, step.cluster2, step.dissimilarity))
            .collect()
    };
    Ok(Groupings {
        notes: read.notes,
        terms: read.terms,
        shown: read.shown,
        weight: read.weight,
        joins,
    })
}

/// The notes' terms, before the tree is made.
struct Read {
    notes: Vec<NoteId>,
    terms: Vec<Vec<u32>>,
    shown: Vec<String>,
    weight: Vec<f32>,
    /// Each term's notes, in order (only for terms two or more notes use).
    users: Vec<Vec<u32>>,
    /// Each note's vector length.
    length: Vec<f32>,
}

/// Reads every note's terms and keeps the notes that share one with another note.
fn read_terms(notes: &[NoteWords]) -> Read {
    let written: Vec<Vec<String>> = notes.iter().map(|note| words(&note.text)).collect();
    let same_word = SameWords::of(notes.iter().map(|n| n.language).zip(&written));
    let mut index: HashMap<String, u32> = HashMap::new();
    let mut forms: Vec<BTreeMap<String, usize>> = Vec::new();
    let mut terms_of: Vec<Vec<u32>> = Vec::with_capacity(notes.len());
    for (note, words) in notes.iter().zip(&written) {
        let mut terms = Vec::new();
        for word in words.iter().filter(|w| !is_stop_word(w, note.language)) {
            let key = same_word.key(word, note.language);
            let next = index.len() as u32;
            let term = *index.entry(key.to_owned()).or_insert_with(|| {
                forms.push(BTreeMap::new());
                next
            });
            if !terms.contains(&term) {
                terms.push(term);
                *forms[term as usize].entry(word.clone()).or_default() += 1;
            }
        }
        terms_of.push(terms);
    }
    let mut keys: Vec<String> = vec![String::new(); index.len()];
    for (key, term) in index {
        keys[term as usize] = key;
    }
    let shown: Vec<String> = forms
        .into_iter()
        .zip(&keys)
        .map(|(forms, key)| most_written(forms, key))
        .collect();
    let mut used_by = vec![0usize; shown.len()];
    for terms in &terms_of {
        for term in terms {
            used_by[*term as usize] += 1;
        }
    }
    // Smoothed inverse document frequency: a word every note uses still counts a little.
    let total = notes.len() as f32;
    let weight: Vec<f32> = used_by
        .iter()
        .map(|&count| ((1.0 + total) / (1.0 + count as f32)).ln() + 1.0)
        .collect();
    let mut kept_notes = Vec::new();
    let mut kept_terms = Vec::new();
    let mut length = Vec::new();
    let mut users: Vec<Vec<u32>> = vec![Vec::new(); shown.len()];
    for (note, terms) in notes.iter().zip(terms_of) {
        if !terms.iter().any(|term| used_by[*term as usize] >= 2) {
            continue;
        }
        let at = kept_notes.len() as u32;
        for term in &terms {
            if used_by[*term as usize] >= 2 {
                users[*term as usize].push(at);
            }
        }
        let squares: f32 = terms.iter().map(|t| weight[*t as usize].powi(2)).sum();
        length.push(squares.sqrt());
        kept_notes.push(note.id);
        kept_terms.push(terms);
    }
    Read {
        notes: kept_notes,
        terms: kept_terms,
        shown,
        weight,
        users,
        length,
    }
}

/// How far apart each two notes are (1 minus the cosine of their vectors), as the condensed
/// upper triangle kodama reads. Only pairs that share a word are computed: every other pair
/// is 1. None when `progress` says stop.
fn distances(read: &Read, progress: &mut dyn FnMut(Progress) -> bool) -> Option<Vec<f32>> {
    let n = read.notes.len();
    let pairs = n * n.saturating_sub(1) / 2;
    let mut apart = vec![1.0f32; pairs];
    let mut start = 0;
    for a in 0..n {
        let row = &mut apart[start..start + (n - a - 1)];
        for term in &read.terms[a] {
            let users = &read.users[*term as usize];
            let weight = read.weight[*term as usize].powi(2) / read.length[a];
            let later = users.partition_point(|&b| b as usize <= a);
            for &b in &users[later..] {
                row[b as usize - a - 1] -= weight / read.length[b as usize];
            }
        }
        for value in row.iter_mut() {
            *value = value.max(0.0);
        }
        start += n - a - 1;
        if a % 256 == 255 && !progress(Progress::Comparing(start as f32 / pairs as f32)) {
            return None;
        }
    }
    Some(apart)
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;

    fn notes(texts: &[&str]) -> Vec<NoteWords> {
        texts
            .iter()
            .zip(1..)
            .map(|(text, id)| NoteWords {
                id: NoteId(id),
                language: Language::English,
                text: (*text).to_owned(),
            })
            .collect()
    }

    fn go_on(_: Progress) -> bool {
        true
    }

    #[test]
    fn notes_that_share_nothing_are_not_grouped() {
        let notes = notes(&["Hope", "Doors opening", "Tea and cake"]);
        let groupings = group_notes(&notes, &mut go_on).unwrap();
        assert_eq!(groupings.note_count(), 0);
        assert!(groupings.at(1.0).is_empty());
    }

    #[test]
    fn the_reason_is_the_words_shared_and_the_title_the_first() {
        let notes = notes(&[
            "A cup of tea at the table",
            "Tea and a warm welcome",
            "Welcome, tea, table",
            "Budgets decided together",
        ]);
        let groupings = group_notes(&notes, &mut go_on).unwrap();
        let found = groupings.at(0.95);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].notes, vec![NoteId(1), NoteId(2), NoteId(3)]);
        assert_eq!(found[0].shared[0], ("tea".to_owned(), 3));
        assert_eq!(found[0].title(), "Tea");
        assert!(found[0].shared.contains(&("welcome".to_owned(), 2)));
        assert!(found[0].shared.contains(&("table".to_owned(), 2)));
    }

    #[test]
    fn a_coarser_cut_makes_fewer_larger_groups() {
        let notes = notes(&[
            "tea welcome",
            "tea welcome",
            "tea table",
            "tea table",
            "power shared",
            "power shared equally",
        ]);
        let groupings = group_notes(&notes, &mut go_on).unwrap();
        let fine = groupings.at(0.3);
        let coarse = groupings.at(0.95);
        assert_eq!(fine.len(), 3, "{fine:?}");
        assert_eq!(coarse.len(), 2, "{coarse:?}");
        assert_eq!(coarse[0].notes.len(), 4, "the tea notes join");
    }

    #[test]
    fn stops_when_told_and_refuses_too_many() {
        let many: Vec<String> = (0..300).map(|i| format!("shared word {i}")).collect();
        let texts: Vec<&str> = many.iter().map(String::as_str).collect();
        let notes = notes(&texts);
        let mut stop = |_: Progress| false;
        assert_eq!(
            group_notes(&notes, &mut stop).unwrap_err(),
            Stopped::Cancelled
        );

        let too_many: Vec<NoteWords> = (0..=MAX_NOTES as u64)
            .map(|i| NoteWords {
                id: NoteId(i + 1),
                language: Language::English,
                text: "shared".to_owned(),
            })
            .collect();
        assert_eq!(
            group_notes(&too_many, &mut go_on).unwrap_err(),
            Stopped::TooMany {
                notes: MAX_NOTES + 1
            }
        );
    }

    #[test]
    fn welsh_mutated_forms_group_together_shown_as_written() {
        let mut notes = notes(&[
            "Bara brith gyda'r teulu",
            "Amser gyda'i deulu a bara",
            "Y gymuned yn gwrando",
            "Fy nghymuned yn gwrando",
        ]);
        for note in &mut notes {
            note.language = Language::Welsh;
        }
        let groupings = group_notes(&notes, &mut go_on).unwrap();
        let found = groupings.at(0.8);
        assert_eq!(found.len(), 2, "{found:?}");
        let words: Vec<&str> = found
            .iter()
            .flat_map(|s| s.shared.iter().map(|(w, _)| w.as_str()))
            .collect();
        assert!(
            words.contains(&"bara") && words.contains(&"teulu"),
            "{words:?}"
        );
        assert!(words.contains(&"gwrando"), "{words:?}");
    }
}
