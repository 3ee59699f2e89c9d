//! From ranked themes to an agreed definition: the ranking, the dot vote, the draft whose
//! sentences are linked to the themes they express, and the versions sent out for
//! sense-checking until one is approved. Plain data; every change goes through a command.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::ids::ThemeId;

/// Everything after clustering, kept together so a change to it is one snapshot to undo.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Definition {
    /// Themes in the order the group agreed, most important first. Themes not listed come
    /// after, in the order they were made.
    pub ranking: Vec<ThemeId>,
    pub voting: Voting,
    pub draft: Draft,
    pub versions: Vec<Version>,
}

/// A dot vote: each participant has a number of dots to place on themes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Voting {
    /// Display names or pseudonyms, in the order entered.
    pub participants: Vec<String>,
    pub dots_per_person: u32,
    /// Dots placed, by participant index: one entry per dot (a theme may get several).
    pub dots: BTreeMap<usize, Vec<ThemeId>>,
    /// Votes counted on paper and typed in (the quick-tally mode), by theme.
    pub paper: BTreeMap<ThemeId, u32>,
}

impl Default for Voting {
    fn default() -> Self {
        Self {
            participants: Vec::new(),
            dots_per_person: 3,
            dots: BTreeMap::new(),
            paper: BTreeMap::new(),
        }
    }
}

impl Voting {
    /// Dots `participant` has not placed yet.
    pub fn dots_left(&self, participant: usize) -> u32 {
        let used = self.dots.get(&participant).map_or(0, Vec::len) as u32;
        self.dots_per_person.saturating_sub(used)
    }

    /// Total votes for each theme: dots placed plus paper counts.
    pub fn tally(&self) -> BTreeMap<ThemeId, u32> {
        let mut tally = self.paper.clone();
        for theme in self.dots.values().flatten() {
            let count = tally.entry(*theme).or_default();
            *count = count.saturating_add(1);
        }
        tally
    }
}

/// The draft definition and which themes each of its sentences expresses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub text: String,
    /// One entry per linked sentence, keyed by the sentence as written.
    pub links: Vec<SentenceLink>,
}

/// A sentence of the draft and the themes it expresses: the trace from the words back to
/// the contributions.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SentenceLink {
    pub sentence: String,
    pub themes: BTreeSet<ThemeId>,
}

/// A snapshot of the draft sent out for sense-checking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// 1, 2, 3… in the order saved.
    pub number: u32,
    pub text: String,
    pub links: Vec<SentenceLink>,
    /// When it was saved, in seconds since 1970.
    pub saved_at: u64,
    /// What changed since the last version, in the facilitator's words.
    pub note: String,
    #[serde(default)]
    pub feedback: Vec<Feedback>,
    #[serde(default)]
    pub status: VersionStatus,
}

/// Where a version is on its way to approval. An approved version never changes again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum VersionStatus {
    #[default]
    Draft,
    SenseChecked,
    Approved {
        by: String,
        at: u64,
    },
}

/// One person's or group's response to a version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// Who, or which group ("Carers' forum").
    pub from: String,
    pub response: Response,
    #[serde(default)]
    pub comment: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Response {
    Agree,
    AgreeWithChanges,
    Disagree,
}

impl Response {
    pub const ALL: [Self; 3] = [Self::Agree, Self::AgreeWithChanges, Self::Disagree];
}

impl Version {
    pub fn is_approved(&self) -> bool {
        matches!(self.status, VersionStatus::Approved { .. })
    }

    /// How many responses of each kind.
    pub fn tally(&self) -> BTreeMap<Response, usize> {
        let mut tally = BTreeMap::new();
        for feedback in &self.feedback {
            *tally.entry(feedback.response).or_default() += 1;
        }
        tally
    }
}

/// The sentences of a draft, as a reader would split them: at ., ! or ? followed by a
/// space or the end, and at line breaks. Each is trimmed; empty ones are left out.
pub fn sentences(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        // After a full stop a new sentence starts with a capital (so "e.g. carers" is one).
        let next_word = chars[i + 1..]
            .iter()
            .map(|&(_, n)| n)
            .find(|n| !n.is_whitespace());
        let starts_sentence = |n: char| n.is_uppercase() || n.is_numeric() || "\"“‘'(".contains(n);
        let ends = match c {
            '\n' => true,
            '!' | '?' => next.is_none_or(char::is_whitespace),
            '.' => next.is_none_or(char::is_whitespace) && next_word.is_none_or(starts_sentence),
            _ => false,
        };
        if ends {
            let end = at + c.len_utf8();
            push_sentence(&mut found, text, start, end);
            start = end;
        }
    }
    push_sentence(&mut found, text, start, text.len());
    found
}

fn push_sentence(found: &mut Vec<(usize, String)>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let offset = start + (piece.len() - piece.trim_start().len());
        found.push((offset, trimmed.to_owned()));
    }
}

/// The sentence the cursor (a byte offset) is in, or next to.
pub fn sentence_at(text: &str, cursor: usize) -> Option<String> {
    let all = sentences(text);
    all.iter()
        .rev()
        .find(|(start, _)| *start <= cursor)
        .or_else(|| all.first())
        .map(|(_, s)| s.clone())
}

/// Links carried over to a new text: a sentence kept as it was keeps its link; an edited
/// sentence (one no longer found, replaced at the same place while the number of sentences
/// stayed the same) takes the link of the one it replaced. Links of sentences that are gone
/// are dropped, never handed to a neighbour.
pub fn carry_links(old_text: &str, links: &[SentenceLink], new_text: &str) -> Vec<SentenceLink> {
    let old: Vec<String> = sentences(old_text).into_iter().map(|(_, s)| s).collect();
    let new: Vec<String> = sentences(new_text).into_iter().map(|(_, s)| s).collect();
    let mut carried = Vec::new();
    for (index, sentence) in new.iter().enumerate() {
        if let Some(link) = links.iter().find(|l| l.sentence == *sentence) {
            carried.push(link.clone());
        } else if old.len() == new.len()
            && let Some(previous) = old.get(index)
            && !new.contains(previous)
            && let Some(link) = links.iter().find(|l| l.sentence == *previous)
        {
            carried.push(SentenceLink {
                sentence: sentence.clone(),
                themes: link.themes.clone(),
            });
        }
    }
    carried
}

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

/// Themes among the top `count` of the ranking that no sentence of the draft expresses yet.
pub fn not_yet_reflected(
    definition: &Definition,
    ranked: &[ThemeId],
    count: usize,
) -> Vec<ThemeId> {
    let present: Vec<String> = sentences(&definition.draft.text)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let linked: BTreeSet<ThemeId> = definition
        .draft
        .links
        .iter()
        .filter(|link| present.contains(&link.sentence))
        .flat_map(|link| link.themes.iter().copied())
        .collect();
    ranked
        .iter()
        .take(count)
        .filter(|id| !linked.contains(id))
        .copied()
        .collect()
}

impl Definition {
    /// Replaces `from` by `into` everywhere (a merge): links, ranking and votes follow.
    pub fn merge_theme(&mut self, from: ThemeId, into: ThemeId) {
        let swap = |links: &mut Vec<SentenceLink>| {
            for link in links {
                if link.themes.remove(&from) {
                    link.themes.insert(into);
                }
            }
        };
        swap(&mut self.draft.links);
        self.ranking.retain(|id| *id != from);
        for dots in self.voting.dots.values_mut() {
            for dot in dots.iter_mut().filter(|d| **d == from) {
                *dot = into;
            }
        }
        if let Some(paper) = self.voting.paper.remove(&from) {
            let count = self.voting.paper.entry(into).or_default();
            *count = count.saturating_add(paper);
        }
    }

    /// Forgets a dissolved theme: no link, rank or vote points at it. Approved and saved
    /// versions keep their links as they were.
    pub fn forget_theme(&mut self, theme: ThemeId) {
        for link in &mut self.draft.links {
            link.themes.remove(&theme);
        }
        self.draft.links.retain(|link| !link.themes.is_empty());
        self.ranking.retain(|id| *id != theme);
        for dots in self.voting.dots.values_mut() {
            dots.retain(|d| *d != theme);
        }
        self.voting.paper.remove(&theme);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_where_a_reader_would() {
        let text = "Co-production is sharing power. It feels like home!\nEveryone has a voice, e.g. carers";
        let found: Vec<String> = sentences(text).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            found,
            [
                "Co-production is sharing power.",
                "It feels like home!",
                "Everyone has a voice, e.g. carers"
            ]
        );
        assert_eq!(
            sentence_at(text, 35).as_deref(),
            Some("It feels like home!")
        );
    }

    #[test]
    fn an_edited_sentence_keeps_its_link() {
        let link = |s: &str, t: u64| SentenceLink {
            sentence: s.into(),
            themes: [ThemeId(t)].into(),
        };
        let links = vec![link("We share power.", 1), link("We listen.", 2)];
        let carried = carry_links(
            "We share power. We listen.",
            &links,
            "We share power fairly. We listen.",
        );
        assert_eq!(
            carried,
            vec![link("We share power fairly.", 1), link("We listen.", 2)]
        );
    }

    #[test]
    fn a_deleted_sentence_does_not_hand_its_link_to_the_next() {
        let links = vec![SentenceLink {
            sentence: "We share power.".into(),
            themes: [ThemeId(1)].into(),
        }];
        let carried = carry_links("We share power. We listen.", &links, "We listen.");
        assert!(carried.is_empty());
    }

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
