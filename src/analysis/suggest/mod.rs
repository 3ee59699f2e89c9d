//! Suggested groups: the loose notes clustered, so the room starts from a proposal it can
//! judge instead of finding every group by eye. By meaning where the built-in model reads
//! (each note's vector from a multilingual sentence-embedding model, each language's centre
//! taken away, so a Welsh note and an English one that say the same thing are close), else
//! by the words notes share (TF-IDF). Either way, average-linkage clustering (kodama) joins
//! the notes into a tree, cut as coarsely as the room asks, and every suggestion says why:
//! the words its notes share, else its two closest notes; never a black box.

mod by_words;
mod explain;

use std::collections::BTreeMap;

use kodama::{Method, linkage};

use crate::analysis::meaning::{self, VectorCache, engine::Model};
use crate::model::{Language, NoteId};

/// The most notes suggestions are worked out for: the table of how far apart each two notes
/// are grows with the square (10,000 notes: 50 million pairs, 200 MB while it is worked out).
pub const MAX_NOTES: usize = 10_000;

/// The finest and coarsest cut by words: how far apart (0 to 1) two groups may be and still
/// join.
const FINEST: f32 = 0.6;
const COARSEST: f32 = 0.97;

/// Where "fewer / more groups" starts: the panel's slider, and `cytun suggest` without
/// `--groups`.
pub const DEFAULT_MORE: f32 = 0.25;

/// By meaning, how many notes a group has on average at the coarsest and the finest cut.
const BROADEST_GROUP: f32 = 16.0;
const CLOSEST_GROUP: f32 = 3.0;

/// What a note says, copied out of the project so the work can run on another thread.
#[derive(Clone, Debug)]
pub struct NoteWords {
    pub id: NoteId,
    pub language: Language,
    pub text: String,
}

/// How the notes were grouped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// By what they mean: the built-in model's vectors.
    Meaning,
    /// By the words they share.
    Words,
}

/// How far the work has got, for a progress bar on a large board.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Progress {
    /// Reading what each note means (the model, once per text): the share done, 0 to 1.
    Reading(f32),
    /// Comparing every two notes: the share done, 0 to 1.
    Comparing(f32),
    /// Joining the closest notes into groups (one step, no share to tell).
    Grouping,
}

/// Why no groups were worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// More notes than [`MAX_NOTES`].
    TooMany { notes: usize },
    /// Whoever asked no longer wants the answer.
    Cancelled,
}

/// A proposed theme: its notes (in the order given), the words they share (each with how
/// many of its notes use it, most shared first), its two closest notes when they share no
/// word, and a first name for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub notes: Vec<NoteId>,
    pub shared: Vec<(String, usize)>,
    /// The two notes closest in meaning: the reason given when no word is shared.
    pub closest: Option<(NoteId, NoteId)>,
    /// A starting name: the word of its most central note that most of its notes use (by
    /// words, its most shared word); never a stop word.
    pub name: String,
}

impl Suggestion {
    /// A first name for the theme, capitalised. The room renames it.
    pub fn title(&self) -> String {
        let mut chars = self.name.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }
}

/// The notes, what explains their groups and the tree that joins them: cut at any level
/// without redoing the work, so "more / fewer groups" answers at once.
#[derive(Clone, Debug)]
pub struct Groupings {
    /// How they were grouped.
    pub by: By,
    /// Grouping by meaning was wanted but the model could not be read: why.
    pub fallback: Option<String>,
    /// The notes grouped, in the order given.
    notes: Vec<NoteId>,
    /// What explains a group: words, and by meaning, vectors.
    explain: explain::Reasons,
    /// The joins, closest first: two clusters (notes are 0..n, the k-th join makes n + k) and
    /// how far apart they were (by words, 0 (the same words) to 1 (no word in common)).
    joins: Vec<(usize, usize, f32)>,
}

impl Groupings {
    /// How many notes were grouped (by words, those sharing at least one word with another
    /// note).
    pub fn note_count(&self) -> usize {
        self.notes.len()
    }

    /// The groups at the panel's setting `more`, 0 (fewest, broadest) to 1 (most, closest).
    pub fn cut(&self, more: f32) -> Vec<Suggestion> {
        let more = more.clamp(0.0, 1.0);
        match self.by {
            By::Words => self.at(COARSEST - (COARSEST - FINEST) * more),
            By::Meaning => {
                let size = BROADEST_GROUP - (BROADEST_GROUP - CLOSEST_GROUP) * more;
                let groups = (self.notes.len() as f32 / size).round() as usize;
                self.in_groups(groups.max(1))
            }
        }
    }

    /// The groups when clusters closer than `distance` are joined: larger means fewer,
    /// broader groups. Largest first; groups of one are left out, and by words, groups whose
    /// notes share no word.
    pub fn at(&self, distance: f32) -> Vec<Suggestion> {
        let joins = self
            .joins
            .iter()
            .take_while(|(_, _, apart)| *apart <= distance);
        self.groups(joins.count())
    }

    /// The notes cut into `count` groups (as near as the tree allows), as [`Groupings::at`]
    /// gives them.
    pub fn in_groups(&self, count: usize) -> Vec<Suggestion> {
        self.groups(self.notes.len().saturating_sub(count.max(1)))
    }

    /// The groups after the first `joins` joins.
    fn groups(&self, joins: usize) -> Vec<Suggestion> {
        let n = self.notes.len();
        if n < 2 {
            return Vec::new();
        }
        let mut parent: Vec<usize> = (0..2 * n - 1).collect();
        for (k, &(a, b, _)) in self.joins.iter().take(joins).enumerate() {
            parent[a] = n + k;
            parent[b] = n + k;
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
                let shared = self.explain.shared_words(&group);
                if self.by == By::Words && shared.is_empty() {
                    return None;
                }
                let closest = shared
                    .is_empty()
                    .then(|| self.explain.closest_pair(&group))
                    .flatten()
                    .map(|(a, b)| (self.notes[a], self.notes[b]));
                let name = match self.by {
                    By::Words => shared.first().map(|(w, _)| w.clone()).unwrap_or_default(),
                    By::Meaning => self.explain.name(&group),
                };
                Some(Suggestion {
                    notes: group.iter().map(|i| self.notes[*i]).collect(),
                    shared,
                    closest,
                    name,
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
}

/// What the project's loose notes say (those in no theme, each contribution once; pictures
/// without words have none), copied for the work.
pub fn loose_notes(project: &crate::model::Project) -> Vec<NoteWords> {
    let themed = crate::model::geometry::themed_notes(project);
    project
        .notes
        .values()
        .filter(|n| n.copy_of.is_none() && !themed.contains(&n.id) && !n.text.trim().is_empty())
        .map(|n| NoteWords {
            id: n.id,
            language: n.details.language,
            text: n.text.clone(),
        })
        .collect()
}

/// Works out how the notes could group by the words they share. `progress` hears how far
/// it has got and answers whether to go on (false: stop, the answer is no longer wanted).
pub fn group_notes(
    notes: &[NoteWords],
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Result<Groupings, Stopped> {
    let read = by_words::read_terms(notes, false);
    let n = read.notes.len();
    if n > MAX_NOTES {
        return Err(Stopped::TooMany { notes: n });
    }
    let apart = by_words::distances(&read, progress).ok_or(Stopped::Cancelled)?;
    let joins = join(apart, n, progress)?;
    Ok(Groupings {
        by: By::Words,
        fallback: None,
        notes: read.notes,
        explain: explain::Reasons {
            terms: read.terms,
            shown: read.shown,
            weight: read.weight,
            vectors: Vec::new(),
        },
        joins,
    })
}

/// Works out how the notes could group by what they mean, with `model` (each text's vector
/// kept in `cache` for the next run); by words, saying why, when there is no model.
pub fn group_by_meaning(
    notes: &[NoteWords],
    model: Result<&Model, String>,
    cache: &VectorCache,
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Result<Groupings, Stopped> {
    let model = match model {
        Ok(model) => model,
        Err(why) => {
            let mut groupings = group_notes(notes, progress)?;
            groupings.fallback = Some(why);
            return Ok(groupings);
        }
    };
    if notes.len() > MAX_NOTES {
        return Err(Stopped::TooMany { notes: notes.len() });
    }
    let texts: Vec<meaning::Text<'_>> = notes
        .iter()
        .map(|note| meaning::Text {
            id: note.id,
            language: note.language,
            text: &note.text,
        })
        .collect();
    let vectors = meaning::vectors(model, &texts, cache, &mut |share| {
        progress(Progress::Reading(share))
    })
    .ok_or(Stopped::Cancelled)?;
    let languages: Vec<Language> = notes.iter().map(|n| n.language).collect();
    let vectors = meaning::centred(&vectors, &languages);
    let apart = by_meaning_distances(&vectors, progress).ok_or(Stopped::Cancelled)?;
    let joins = join(apart, notes.len(), progress)?;
    let read = by_words::read_terms(notes, true);
    Ok(Groupings {
        by: By::Meaning,
        fallback: None,
        notes: read.notes,
        explain: explain::Reasons {
            terms: read.terms,
            shown: read.shown,
            weight: read.weight,
            vectors,
        },
        joins,
    })
}

/// The tree: average linkage over the condensed distances of `n` notes.
fn join(
    mut apart: Vec<f32>,
    n: usize,
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Result<Vec<(usize, usize, f32)>, Stopped> {
    if !progress(Progress::Grouping) {
        return Err(Stopped::Cancelled);
    }
    Ok(if n < 2 {
        Vec::new()
    } else {
        linkage(&mut apart, n, Method::Average)
            .steps()
            .iter()
            .map(|step| (step.cluster1, step.cluster2, step.dissimilarity))
            .collect()
    })
}

/// How far apart each two notes are in meaning (1 minus the cosine of their centred
/// vectors), as the condensed upper triangle kodama reads. None when `progress` says stop.
fn by_meaning_distances(
    vectors: &[Vec<f32>],
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Option<Vec<f32>> {
    let n = vectors.len();
    let pairs = n * n.saturating_sub(1) / 2;
    let mut apart = Vec::with_capacity(pairs);
    for (a, first) in vectors.iter().enumerate() {
        for second in &vectors[a + 1..] {
            apart.push((1.0 - meaning::similarity(first, second)).max(0.0));
        }
        if a % 256 == 255 && !progress(Progress::Comparing(apart.len() as f32 / pairs as f32)) {
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

    /// Five things said in Welsh and in English, no word shared across the pair: each pair
    /// is suggested together, explained by its closest two, named by a word that is no stop
    /// word. (With fewer than five notes in a language its own centre says little, and notes
    /// lean to their language: a board has more.)
    #[test]
    fn by_meaning_notes_sharing_no_word_are_explained_by_their_closest_pair() {
        let pairs = [
            (
                "Cael defnyddio fy iaith gyntaf",
                "Being able to use my first language",
            ),
            (
                "Gofal plant yn ystod y cyfarfod",
                "Childcare during the meetings",
            ),
            ("Talu costau teithio", "Bus fares paid so I can come"),
            ("Croeso cynnes wrth y drws", "A warm welcome at the door"),
            (
                "Bod yn onest pan mae'n anodd",
                "Being honest when it is hard",
            ),
        ];
        let texts: Vec<&str> = pairs.iter().flat_map(|(cy, en)| [*cy, *en]).collect();
        let mut notes = notes(&texts);
        for note in notes.iter_mut().step_by(2) {
            note.language = Language::Welsh;
        }
        let groupings = group_by_meaning(
            &notes,
            meaning::bundled(),
            &VectorCache::default(),
            &mut go_on,
        )
        .unwrap();
        assert_eq!(groupings.by, By::Meaning);
        let found = groupings.in_groups(pairs.len());
        assert_eq!(found.len(), pairs.len(), "{found:?}");
        for suggestion in &found {
            let mut pair = suggestion.notes.clone();
            pair.sort_unstable();
            assert!(
                pair.len() == 2 && pair[0].0 % 2 == 1 && pair[1].0 == pair[0].0 + 1,
                "a Welsh note with the English one that says the same: {found:?}"
            );
            if suggestion.shared.is_empty() {
                let closest = suggestion.closest.map(|(a, b)| (a.min(b), a.max(b)));
                assert_eq!(closest, Some((pair[0], pair[1])));
            }
            let name = suggestion.title().to_lowercase();
            assert!(!name.is_empty());
            assert!(
                !crate::analysis::stop_words::is_stop_word(&name, Language::English)
                    && !crate::analysis::stop_words::is_stop_word(&name, Language::Welsh),
                "{name}"
            );
        }
    }

    #[test]
    fn without_the_model_it_groups_by_words_and_says_why() {
        let notes = notes(&["tea welcome", "tea table", "power shared", "power"]);
        let groupings = group_by_meaning(
            &notes,
            Err("cut short".to_owned()),
            &VectorCache::default(),
            &mut go_on,
        )
        .unwrap();
        assert_eq!(groupings.by, By::Words);
        assert_eq!(groupings.fallback.as_deref(), Some("cut short"));
        assert_eq!(groupings.in_groups(2).len(), 2);
    }
}
