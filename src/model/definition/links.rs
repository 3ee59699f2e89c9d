//! Links from a draft's sentences (or a charter's principles) to the themes they express:
//! carrying them over when the text is edited (a diff by piece), and which top themes no
//! linked piece covers yet.

use std::collections::BTreeSet;

use super::{Definition, Part, SentenceLink, ThemeId};

/// Links carried over to a new text, following the sentence a person meant: the old and new
/// sentences are aligned by content (a sentence-level diff), so a sentence kept as it was
/// keeps its link wherever it now stands, whatever was inserted before or added after it, and
/// a full stop typed at its end does not lose it. Where sentences were rewritten, each linked
/// one passes its link to the new sentence most like it, if at least half their words are
/// the same. Links of sentences that are gone (or rewritten past recognition) are dropped,
/// never handed to a neighbour. A charter's principles (its lines) are followed the same way.
pub fn carry_links(
    part: Part,
    old_text: &str,
    links: &[SentenceLink],
    new_text: &str,
) -> Vec<SentenceLink> {
    use similar::{Algorithm, DiffTag, capture_diff_slices};
    let old: Vec<String> = part.pieces(old_text).into_iter().map(|(_, s)| s).collect();
    let new: Vec<String> = part.pieces(new_text).into_iter().map(|(_, s)| s).collect();
    // "It is warm" and "It is warm." are the same sentence.
    let key = |s: &String| s.trim_end_matches(['.', '!', '?', ' ']).to_owned();
    let old_keys: Vec<String> = old.iter().map(key).collect();
    let new_keys: Vec<String> = new.iter().map(key).collect();
    let link_of = |i: usize| links.iter().find(|l| l.sentence == old[i]);
    let mut carried: Vec<Option<&SentenceLink>> = vec![None; new.len()];
    let mut old_used = vec![false; old.len()];
    for op in capture_diff_slices(Algorithm::Patience, &old_keys, &new_keys) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                for (i, j) in old_range.zip(new_range) {
                    carried[j] = link_of(i);
                    old_used[i] = true;
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
                let mut new_used = Vec::new();
                for (_, i, j) in pairs {
                    if !new_used.contains(&j) && !old_used[i] {
                        carried[j] = link_of(i);
                        old_used[i] = true;
                        new_used.push(j);
                    }
                }
            }
            DiffTag::Delete | DiffTag::Insert => {}
        }
    }
    // A sentence moved elsewhere as it was (a principle dragged up the list) is one the diff
    // saw deleted here and inserted there: it keeps its link too.
    for (j, slot) in carried.iter_mut().enumerate() {
        if slot.is_none()
            && let Some(i) = (0..old.len()).find(|&i| !old_used[i] && old_keys[i] == new_keys[j])
        {
            *slot = link_of(i);
            old_used[i] = true;
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

/// Themes among the top `count` of the ranking that no sentence (or principle) of `part`'s
/// draft expresses yet.
pub fn not_yet_reflected(
    definition: &Definition,
    part: Part,
    ranked: &[ThemeId],
    count: usize,
) -> Vec<ThemeId> {
    let draft = definition.draft_of(part);
    let present: Vec<String> = part
        .pieces(&draft.text)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let linked: BTreeSet<ThemeId> = draft
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edited_sentence_keeps_its_link() {
        let link = |s: &str, t: u64| SentenceLink {
            sentence: s.into(),
            themes: [ThemeId(t)].into(),
        };
        let links = vec![link("We share power.", 1), link("We listen.", 2)];
        let carried = carry_links(
            Part::Definition,
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
        let carried = carry_links(
            Part::Definition,
            "We share power. We listen.",
            &links,
            "We listen.",
        );
        assert!(carried.is_empty());
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
            carry_links(Part::Definition, old, &links, new),
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
            carry_links(
                Part::Definition,
                "It is warm",
                &links,
                "It is warm. It is safe."
            ),
            vec![link("It is warm.", 4)]
        );
    }

    #[test]
    fn a_principle_keeps_its_link_when_the_list_is_reordered_and_marked() {
        let old =
            "We will pay people for their time.\nWe will meet where people are.\nWe will listen.";
        let links = vec![
            link("We will pay people for their time.", 1),
            link("We will meet where people are.", 2),
        ];
        let new = "- We will listen.\n- We will meet where people are.\n- We will pay people for their time.";
        assert_eq!(
            carry_links(Part::Charter, old, &links, new),
            vec![
                link("We will meet where people are.", 2),
                link("We will pay people for their time.", 1),
            ]
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
            proptest::prop_assert_eq!(carry_links(Part::Definition, &old_text, &links, &new_text), expected);
        }
    }
}
