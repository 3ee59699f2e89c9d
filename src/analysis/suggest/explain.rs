//! Why a group is suggested, in terms a room can judge: the words its notes share; where
//! they share none, its two notes closest in meaning; and a first name taken from the words
//! of its most central note.

use std::collections::HashMap;

use crate::analysis::meaning::similarity;

/// How many shared words a suggestion gives as its reason.
const REASON_WORDS: usize = 4;

/// Past this many notes, a group's closest pair and central note are looked for among its
/// first this many (every pair of a huge group would cost more than it tells).
const LOOKED_AT: usize = 400;

/// What explains the groups of the notes grouped (by their index).
#[derive(Clone, Debug)]
pub(super) struct Reasons {
    /// Each note's terms (indices into `shown`), without repeats, in the order written.
    pub terms: Vec<Vec<u32>>,
    /// Each term as most people wrote it.
    pub shown: Vec<String>,
    /// How telling each term is: rarer terms weigh more.
    pub weight: Vec<f32>,
    /// By meaning, each note's centred unit vector; empty by words.
    pub vectors: Vec<Vec<f32>>,
}

impl Reasons {
    /// The words at least two of `group`'s notes use: by how many use them, then the more
    /// telling first.
    pub fn shared_words(&self, group: &[usize]) -> Vec<(String, usize)> {
        let uses = self.uses(group);
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

    /// The two notes of `group` closest in meaning, by their index.
    pub fn closest_pair(&self, group: &[usize]) -> Option<(usize, usize)> {
        let looked_at = &group[..group.len().min(LOOKED_AT)];
        let mut best: Option<(f32, usize, usize)> = None;
        for (i, &a) in looked_at.iter().enumerate() {
            for &b in &looked_at[i + 1..] {
                let close = similarity(self.vectors.get(a)?, self.vectors.get(b)?);
                if best.is_none_or(|(most, _, _)| close > most) {
                    best = Some((close, a, b));
                }
            }
        }
        best.map(|(_, a, b)| (a, b))
    }

    /// A first name: of the words of the group's most central note (the closest on average
    /// to the others), the one most of the group's notes use, the more telling on a tie.
    /// Stop words are never terms, so never a name.
    pub fn name(&self, group: &[usize]) -> String {
        let counts = self.uses(group);
        let central = self.central(group);
        let mut best: Option<(usize, f32, u32)> = None;
        for &term in &self.terms[central] {
            let (used, weight) = (
                counts.get(&term).copied().unwrap_or(0),
                self.weight[term as usize],
            );
            // The first written wins a full tie.
            if best.is_none_or(|(most, heaviest, _)| {
                used > most || (used == most && weight > heaviest)
            }) {
                best = Some((used, weight, term));
            }
        }
        best.map(|(_, _, term)| self.shown[term as usize].clone())
            .unwrap_or_default()
    }

    /// The note of `group` closest on average to the others (the first without vectors).
    fn central(&self, group: &[usize]) -> usize {
        let looked_at = &group[..group.len().min(LOOKED_AT)];
        let closeness = |a: usize| -> f32 {
            looked_at
                .iter()
                .filter(|b| **b != a)
                .filter_map(|b| Some(similarity(self.vectors.get(a)?, self.vectors.get(*b)?)))
                .sum()
        };
        looked_at
            .iter()
            .copied()
            .map(|a| (closeness(a), a))
            .fold(None, |best: Option<(f32, usize)>, (close, a)| match best {
                Some((most, _)) if most >= close => best,
                _ => Some((close, a)),
            })
            .map_or(group[0], |(_, a)| a)
    }

    /// How many of `group`'s notes use each term.
    fn uses(&self, group: &[usize]) -> HashMap<u32, usize> {
        let mut uses: HashMap<u32, usize> = HashMap::new();
        for note in group {
            for term in &self.terms[*note] {
                *uses.entry(*term).or_default() += 1;
            }
        }
        uses
    }
}
