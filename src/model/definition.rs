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
    /// Themes that share their place with the theme ranked just before them: ties the group
    /// kept when it used the order the votes proposed.
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub tied: BTreeSet<ThemeId>,
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

    /// The dots already given that a new set-up would take back, by person, in list order:
    /// someone left off the list loses all theirs; fewer dots each takes back each person's
    /// latest. (The same rule as `SetVoting` applies; the app asks before either happens.)
    pub fn dots_taken_back(
        &self,
        participants: &[String],
        dots_per_person: u32,
    ) -> Vec<(String, usize)> {
        let mut used = vec![false; participants.len()];
        let mut lost = Vec::new();
        for (index, name) in self.participants.iter().enumerate() {
            let given = self.dots.get(&index).map_or(0, Vec::len);
            if given == 0 {
                continue;
            }
            let stays = participants
                .iter()
                .enumerate()
                .position(|(i, n)| !used[i] && n == name);
            let taken = match stays {
                Some(at) => {
                    used[at] = true;
                    given.saturating_sub(dots_per_person as usize)
                }
                None => given,
            };
            if taken > 0 {
                lost.push((name.clone(), taken));
            }
        }
        lost
    }

    /// Dots given on screen for each theme (without the paper counts).
    pub fn dots_by_theme(&self) -> BTreeMap<ThemeId, u32> {
        let mut dots: BTreeMap<ThemeId, u32> = BTreeMap::new();
        for theme in self.dots.values().flatten() {
            let count = dots.entry(*theme).or_default();
            *count = count.saturating_add(1);
        }
        dots
    }

    /// Total votes for each theme: dots given on screen plus the votes counted on paper,
    /// added (the Rank view shows both parts of each sum).
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
    /// Was approved, until another version was approved in its place (`replaced_at`): kept
    /// in the trail, never changed again.
    Superseded {
        by: String,
        at: u64,
        replaced_at: u64,
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

    /// Approved now or before: such a version never changes again.
    pub fn is_settled(&self) -> bool {
        matches!(
            self.status,
            VersionStatus::Approved { .. } | VersionStatus::Superseded { .. }
        )
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

/// What to ask before approving `number`: whether it was never sense-checked, has no
/// feedback, and which version approved now it would replace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApprovalConcerns {
    pub not_sense_checked: bool,
    pub no_feedback: bool,
    pub replaces: Option<u32>,
}

impl ApprovalConcerns {
    pub fn any(&self) -> bool {
        self.not_sense_checked || self.no_feedback || self.replaces.is_some()
    }
}

/// The concerns about approving version `number` (none for a version not found).
pub fn approval_concerns(definition: &Definition, number: u32) -> ApprovalConcerns {
    let Some(version) = definition.versions.iter().find(|v| v.number == number) else {
        return ApprovalConcerns::default();
    };
    ApprovalConcerns {
        not_sense_checked: version.status == VersionStatus::Draft,
        no_feedback: version.feedback.is_empty(),
        replaces: definition
            .versions
            .iter()
            .find(|v| v.is_approved() && v.number != number)
            .map(|v| v.number),
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

/// Links carried over to a new text, following the sentence a person meant: the old and new
/// sentences are aligned by content (a sentence-level diff), so a sentence kept as it was
/// keeps its link wherever it now stands, whatever was inserted before or added after it, and
/// a full stop typed at its end does not lose it. Where sentences were rewritten, each linked
/// one passes its link to the new sentence most like it, if at least half their words are
/// the same. Links of sentences that are gone (or rewritten past recognition) are dropped,
/// never handed to a neighbour.
pub fn carry_links(old_text: &str, links: &[SentenceLink], new_text: &str) -> Vec<SentenceLink> {
    use similar::{Algorithm, DiffTag, capture_diff_slices};
    let old: Vec<String> = sentences(old_text).into_iter().map(|(_, s)| s).collect();
    let new: Vec<String> = sentences(new_text).into_iter().map(|(_, s)| s).collect();
    // "It is warm" and "It is warm." are the same sentence.
    let key = |s: &String| s.trim_end_matches(['.', '!', '?', ' ']).to_owned();
    let old_keys: Vec<String> = old.iter().map(key).collect();
    let new_keys: Vec<String> = new.iter().map(key).collect();
    let link_of = |i: usize| links.iter().find(|l| l.sentence == old[i]);
    let mut carried: Vec<Option<&SentenceLink>> = vec![None; new.len()];
    for op in capture_diff_slices(Algorithm::Patience, &old_keys, &new_keys) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                for (i, j) in old_range.zip(new_range) {
                    carried[j] = link_of(i);
                }
            }
            DiffTag::Replace => {
                // Every old sentence claims its likeliest successor, linked or not, so an
                // unlinked sentence's rewording is never taken for a linked one's.
                let mut pairs: Vec<(f32, usize, usize)> = old_range
                    .clone()
                    .flat_map(|i| {
                        let (old_keys, new_keys) = (&old_keys, &new_keys);
                        new_range
                            .clone()
                            .map(move |j| (likeness(&old_keys[i], &new_keys[j]), i, j))
                    })
                    .filter(|(score, _, _)| *score >= 0.5)
                    .collect();
                // Most alike first, each sentence used once.
                pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
                let mut old_used = Vec::new();
                let mut new_used = Vec::new();
                for (_, i, j) in pairs {
                    if !new_used.contains(&j) && !old_used.contains(&i) {
                        carried[j] = link_of(i);
                        old_used.push(i);
                        new_used.push(j);
                    }
                }
            }
            DiffTag::Delete | DiffTag::Insert => {}
        }
    }
    new.into_iter()
        .zip(carried)
        .filter_map(|(sentence, link)| {
            link.map(|link| SentenceLink {
                sentence,
                themes: link.themes.clone(),
            })
        })
        .collect()
}

/// How alike two sentences are, from 0 to 1: the share of their words in common, in order
/// (case and punctuation aside).
fn likeness(a: &str, b: &str) -> f32 {
    let words = |text: &str| -> Vec<String> {
        text.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
    similar::get_diff_ratio(&ops, a.len(), b.len())
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
        let old_ranking = self.ranking.clone();
        self.ranking.retain(|id| *id != from);
        // A tie stays only where the same theme is still just above the tied one.
        self.tied.remove(&from);
        self.tied = ties_kept(&self.tied, &old_ranking, &self.ranking);
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
        let old_ranking = self.ranking.clone();
        self.ranking.retain(|id| *id != theme);
        self.tied.remove(&theme);
        self.tied = ties_kept(&self.tied, &old_ranking, &self.ranking);
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

    fn link(s: &str, t: u64) -> SentenceLink {
        SentenceLink {
            sentence: s.into(),
            themes: [ThemeId(t)].into(),
        }
    }

    #[test]
    fn a_link_stays_on_its_sentence_when_one_before_goes_and_one_after_comes() {
        let old = "We agree. It is like Everyone's name badge is the same size";
        let links = vec![link("It is like Everyone's name badge is the same size", 1)];
        let new = "It is like Everyone's name badge is the same size. It feels like home.";
        assert_eq!(
            carry_links(old, &links, new),
            vec![link(
                "It is like Everyone's name badge is the same size.",
                1
            )]
        );
    }

    #[test]
    fn a_full_stop_and_a_new_sentence_after_keep_the_link() {
        let links = vec![link("It is warm", 4)];
        assert_eq!(
            carry_links("It is warm", &links, "It is warm. It is safe."),
            vec![link("It is warm.", 4)]
        );
    }

    /// Distinct sentences a draft is made of in the property test below.
    const WORDS: [&str; 8] = [
        "power",
        "kindness",
        "listening",
        "tea",
        "home",
        "voices",
        "time",
        "respect",
    ];

    #[derive(Clone, Debug)]
    enum Edit {
        Insert(usize, usize),
        Delete(usize),
        Reword(usize),
    }

    fn edit_strategy() -> impl proptest::strategy::Strategy<Value = Edit> {
        use proptest::prelude::*;
        prop_oneof![
            (0usize..8, 0usize..100).prop_map(|(at, n)| Edit::Insert(at, n)),
            (0usize..8).prop_map(Edit::Delete),
            (0usize..8).prop_map(Edit::Reword),
        ]
    }

    proptest::proptest! {
        /// However a linked draft is edited between two commits (sentences inserted before
        /// or after, deleted, reworded), every sentence still there keeps its own link and
        /// no new sentence gets one.
        #[test]
        fn links_follow_their_sentences_through_random_edits(
            count in 1usize..7,
            linked in proptest::collection::vec(proptest::bool::ANY, 7),
            edits in proptest::collection::vec(edit_strategy(), 1..5),
        ) {
            // (original index, sentence), in order.
            let mut draft: Vec<(Option<usize>, String)> = (0..count)
                .map(|i| (Some(i), format!("We believe in {} every day.", WORDS[i])))
                .collect();
            let old_text = draft.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>().join(" ");
            let links: Vec<SentenceLink> = draft
                .iter()
                .filter(|(i, _)| i.is_some_and(|i| linked[i]))
                .map(|(i, s)| link(s, i.unwrap_or_default() as u64))
                .collect();
            for edit in edits {
                match edit {
                    Edit::Insert(at, n) => {
                        let at = at.min(draft.len());
                        draft.insert(at, (None, format!("Another thought, number {n}, came up.")));
                    }
                    Edit::Delete(at) if at < draft.len() => {
                        draft.remove(at);
                    }
                    Edit::Reword(at) if at < draft.len() => {
                        let sentence = &mut draft[at].1;
                        *sentence = sentence.replace(" every day.", " nearly every day.");
                    }
                    Edit::Delete(_) | Edit::Reword(_) => {}
                }
            }
            let new_text = draft.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>().join(" ");
            let expected: Vec<SentenceLink> = draft
                .iter()
                .filter(|(i, _)| i.is_some_and(|i| linked[i]))
                .map(|(i, s)| link(s, i.unwrap_or_default() as u64))
                .collect();
            proptest::prop_assert_eq!(carry_links(&old_text, &links, &new_text), expected);
        }
    }
}
