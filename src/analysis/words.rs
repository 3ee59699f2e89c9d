//! The words and two-word phrases that appear in more than one contribution. Each note counts
//! once per term, however often it repeats it, so one long piece cannot dominate.

use std::collections::{BTreeMap, BTreeSet};

use unicode_segmentation::UnicodeSegmentation;

use super::stop_words::is_stop_word;
use crate::model::{Note, NoteId};

/// A term and the notes that use it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordCount {
    /// One word, or two separated by a space.
    pub term: String,
    pub notes: BTreeSet<NoteId>,
}

impl WordCount {
    pub fn count(&self) -> usize {
        self.notes.len()
    }
}

/// Lower-case words of `text`, split the Unicode way (Welsh letters, apostrophes, hyphens in
/// `mam-gu` kept as they should be). Typographic apostrophes are read as plain ones.
fn words(text: &str) -> Vec<String> {
    text.unicode_words()
        .map(|word| word.replace('’', "'").to_lowercase())
        .filter(|word| word.chars().count() > 1 || word.chars().all(char::is_alphabetic))
        .collect()
}

/// The `limit` terms used by most notes (at least two), most used first, ties alphabetically.
pub fn words_in_common<'a>(notes: impl Iterator<Item = &'a Note>, limit: usize) -> Vec<WordCount> {
    let mut by_term: BTreeMap<String, BTreeSet<NoteId>> = BTreeMap::new();
    for note in notes.filter(|note| note.copy_of.is_none()) {
        let words = words(&note.text);
        let mut terms: BTreeSet<String> = BTreeSet::new();
        for word in &words {
            if !is_stop_word(word) {
                terms.insert(word.clone());
            }
        }
        for pair in words.windows(2) {
            if !is_stop_word(&pair[0]) && !is_stop_word(&pair[1]) {
                terms.insert(format!("{} {}", pair[0], pair[1]));
            }
        }
        for term in terms {
            by_term.entry(term).or_default().insert(note.id);
        }
    }
    let mut counts: Vec<WordCount> = by_term
        .into_iter()
        .filter(|(_, notes)| notes.len() >= 2)
        .map(|(term, notes)| WordCount { term, notes })
        .collect();
    counts.sort_by(|a, b| b.count().cmp(&a.count()).then_with(|| a.term.cmp(&b.term)));
    counts.truncate(limit);
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoardPos, NoteDetails};

    fn notes(texts: &[&str]) -> Vec<Note> {
        texts
            .iter()
            .zip(1..)
            .map(|(text, id)| Note {
                id: NoteId(id),
                text: (*text).to_owned(),
                pos: BoardPos::default(),
                z: 0,
                copy_of: None,
                picture: None,
                details: NoteDetails::default(),
            })
            .collect()
    }

    fn find<'a>(counts: &'a [WordCount], term: &str) -> Option<&'a WordCount> {
        counts.iter().find(|c| c.term == term)
    }

    #[test]
    fn counts_each_note_once_and_ignores_stop_words_in_both_languages() {
        let notes = notes(&[
            "Trust, trust, trust: it takes time to build trust",
            "Feels like trust between carers and the people they support",
            "Mae'n teimlo fel ymddiriedaeth a gwrando go iawn",
            "Gwrando go iawn ar bobl: ymddiriedaeth",
            "Time to listen",
        ]);
        let counts = words_in_common(notes.iter(), 50);
        assert_eq!(
            find(&counts, "trust").map(WordCount::count),
            Some(2),
            "once per note"
        );
        assert_eq!(find(&counts, "time").map(WordCount::count), Some(2));
        assert_eq!(
            find(&counts, "ymddiriedaeth").map(WordCount::count),
            Some(2)
        );
        assert_eq!(
            find(&counts, "gwrando go").map(WordCount::count),
            Some(2),
            "a Welsh phrase"
        );
        for stop in ["the", "to", "feels", "like", "mae'n", "fel", "a", "ar"] {
            assert!(find(&counts, stop).is_none(), "{stop} is a stop word");
        }
        assert_eq!(counts[0].count(), 2);
    }

    #[test]
    fn welsh_letters_and_apostrophes_stay_inside_words() {
        let notes = notes(&[
            "Sŵn pobl yn gwrando, cwtsh mam-gu",
            "Y sŵn: cwtsh mam-gu’r teulu",
            "sŵn",
        ]);
        let counts = words_in_common(notes.iter(), 50);
        assert_eq!(find(&counts, "sŵn").map(WordCount::count), Some(3));
        assert_eq!(find(&counts, "cwtsh").map(WordCount::count), Some(2));
        assert!(
            find(&counts, "s").is_none() && find(&counts, "n").is_none(),
            "ŵ does not split a word"
        );
    }

    #[test]
    fn a_word_in_one_note_only_is_not_in_common() {
        let notes = notes(&["Hope", "Doors opening"]);
        assert!(words_in_common(notes.iter(), 50).is_empty());
    }
}
