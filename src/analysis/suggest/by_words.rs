//! Notes as TF-IDF vectors of their words (Welsh mutated forms read as one word, stop words
//! by the note's own language), and how far apart two notes are by the words they share.

use std::collections::{BTreeMap, HashMap};

use super::{NoteWords, Progress};
use crate::analysis::stop_words::is_stop_word;
use crate::analysis::words::{SameWords, most_written, words};
use crate::model::NoteId;

/// The notes' terms, before the tree is made.
pub(super) struct Read {
    pub notes: Vec<NoteId>,
    pub terms: Vec<Vec<u32>>,
    pub shown: Vec<String>,
    pub weight: Vec<f32>,
    /// Each term's notes, in order (only for terms two or more notes use).
    users: Vec<Vec<u32>>,
    /// Each note's vector length.
    length: Vec<f32>,
}

/// Reads every note's terms and keeps the notes that share one with another note (every
/// note, with `keep_all`: grouped by meaning, a note needs no word in common).
pub(super) fn read_terms(notes: &[NoteWords], keep_all: bool) -> Read {
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
        if !keep_all && !terms.iter().any(|term| used_by[*term as usize] >= 2) {
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
pub(super) fn distances(
    read: &Read,
    progress: &mut dyn FnMut(Progress) -> bool,
) -> Option<Vec<f32>> {
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
