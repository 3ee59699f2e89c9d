//! The order of the themes: the agreed ranking, shared places (ties) and how they survive a
//! reorder, and the ranking the votes propose.

use std::collections::{BTreeMap, BTreeSet};

use super::{Definition, ThemeId};

/// The themes in ranked order: the agreed ranking first, then any others by id.
pub fn ranked_themes(definition: &Definition, themes: &BTreeSet<ThemeId>) -> Vec<ThemeId> {
    let mut order: Vec<ThemeId> = definition
        .ranking
        .iter()
        .filter(|id| themes.contains(id))
        .copied()
        .collect();
    for id in themes {
        if !order.contains(id) {
            order.push(*id);
        }
    }
    order
}

/// The place of each theme in `order` (1-based) and whether it shares it: a tied theme has
/// the place of the one before it ("1, 2, 2, 4").
pub fn rank_places(tied: &BTreeSet<ThemeId>, order: &[ThemeId]) -> Vec<(u32, bool)> {
    let mut places: Vec<(u32, bool)> = Vec::with_capacity(order.len());
    for (index, id) in order.iter().enumerate() {
        match places.last_mut() {
            Some(previous) if tied.contains(id) => {
                previous.1 = true;
                let place = previous.0;
                places.push((place, true));
            }
            _ => places.push((index as u32 + 1, false)),
        }
    }
    places
}

/// The ties to keep after the ranking changes from `old` to `new`: a theme stays tied only
/// while the same theme is ranked just before it.
pub fn ties_kept(tied: &BTreeSet<ThemeId>, old: &[ThemeId], new: &[ThemeId]) -> BTreeSet<ThemeId> {
    let before = |order: &[ThemeId], id: ThemeId| {
        order
            .iter()
            .position(|t| *t == id)
            .and_then(|at| at.checked_sub(1))
            .map(|at| order[at])
    };
    tied.iter()
        .copied()
        .filter(|id| before(new, *id).is_some() && before(new, *id) == before(old, *id))
        .collect()
}

/// A ranking proposed by the votes: most votes first; equal votes share a place, shown as
/// ties. Returns the themes with their place (1-based).
pub fn rank_by_votes(
    tally: &BTreeMap<ThemeId, u32>,
    themes: &[ThemeId],
) -> Vec<(u32, ThemeId, u32)> {
    let mut scored: Vec<(u32, ThemeId)> = themes
        .iter()
        .map(|id| (tally.get(id).copied().unwrap_or(0), *id))
        .collect();
    // Stable: equal votes keep their current order.
    scored.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    let mut ranked = Vec::with_capacity(scored.len());
    let mut place = 0;
    let mut previous = None;
    for (index, (votes, id)) in scored.into_iter().enumerate() {
        if previous != Some(votes) {
            place = index as u32 + 1;
            previous = Some(votes);
        }
        ranked.push((place, id, votes));
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_a_place() {
        let tally: BTreeMap<ThemeId, u32> =
            [(ThemeId(1), 4), (ThemeId(2), 7), (ThemeId(3), 4)].into();
        let ranked = rank_by_votes(&tally, &[ThemeId(1), ThemeId(2), ThemeId(3), ThemeId(4)]);
        assert_eq!(
            ranked,
            vec![
                (1, ThemeId(2), 7),
                (2, ThemeId(1), 4),
                (2, ThemeId(3), 4),
                (4, ThemeId(4), 0)
            ]
        );
    }
}
