//! From ranked themes to an agreed definition and charter: the ranking, the dot vote, the
//! drafts whose sentences (or principles) are linked to the themes they express, and the
//! versions sent out for sense-checking until one is approved. Plain data; every change
//! goes through a command.
//!
//! This module holds the types the project stores and the changes a merge or a dissolve makes
//! to them; the rules live in submodules by job (voting, versions and approval, sentences,
//! links of sentences to themes, ranking), all re-exported here as `model::definition::X`.

mod links;
mod part;
mod ranking;
mod sentences;
mod versions;
mod voting;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::ids::ThemeId;

pub use links::{carry_links, not_yet_reflected};
pub use part::{Part, VersionId, principles};
pub use ranking::{rank_by_votes, rank_places, ranked_themes, ties_kept};
pub use sentences::sentences;
pub use versions::{
    ApprovalConcerns, Feedback, Response, Version, VersionStatus, approval_concerns,
};
pub use voting::Voting;

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
    /// The charter drafted after the definition; an older file has none.
    #[serde(skip_serializing_if = "Charter::is_empty")]
    pub charter: Charter,
}

/// The charter: principles or commitments ("We will pay people for their time."), one per
/// line, each linked to the themes it comes from exactly as the definition's sentences are,
/// with its own versions, feedback and approval.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Charter {
    pub draft: Draft,
    pub versions: Vec<Version>,
}

/// The themes `sentence` (or a principle) is linked to among `links`: a draft's or a
/// version's; none when it has no link.
pub fn themes_linked(links: &[SentenceLink], sentence: &str) -> BTreeSet<ThemeId> {
    links
        .iter()
        .find(|link| link.sentence == sentence)
        .map(|link| link.themes.clone())
        .unwrap_or_default()
}

impl Charter {
    /// Nothing drafted yet: the file then says nothing of a charter.
    pub fn is_empty(&self) -> bool {
        self.draft.text.is_empty() && self.draft.links.is_empty() && self.versions.is_empty()
    }
}

/// A draft (the definition's or the charter's) and which themes each of its sentences or
/// principles expresses.
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

impl Definition {
    /// The draft of `part`: the definition's or the charter's.
    pub fn draft_of(&self, part: Part) -> &Draft {
        match part {
            Part::Definition => &self.draft,
            Part::Charter => &self.charter.draft,
        }
    }

    /// The versions of `part` saved so far, oldest first.
    pub fn versions_of(&self, part: Part) -> &[Version] {
        match part {
            Part::Definition => &self.versions,
            Part::Charter => &self.charter.versions,
        }
    }

    /// The draft and the versions of `part`, to change them.
    pub fn drafting_mut(&mut self, part: Part) -> (&mut Draft, &mut Vec<Version>) {
        match part {
            Part::Definition => (&mut self.draft, &mut self.versions),
            Part::Charter => (&mut self.charter.draft, &mut self.charter.versions),
        }
    }

    /// The versions of `part` still open to feedback, oldest first: those saved after the
    /// last one approved (an earlier draft, passed over by an approval, is done with).
    pub fn open_versions(&self, part: Part) -> &[Version] {
        let versions = self.versions_of(part);
        let after = versions
            .iter()
            .rposition(Version::is_settled)
            .map_or(0, |at| at + 1);
        &versions[after..]
    }

    /// The approved version of `part`, if one is.
    pub fn approved(&self, part: Part) -> Option<&Version> {
        self.versions_of(part)
            .iter()
            .rev()
            .find(|v| v.is_approved())
    }

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
        swap(&mut self.charter.draft.links);
        let old_ranking = self.ranking.clone();
        self.ranking.retain(|id| *id != from);
        // A tie stays only where the same theme is still just above the tied one.
        self.tied.remove(&from);
        self.tied = ties_kept(&self.tied, &old_ranking, &self.ranking);
        let voting = &mut self.voting;
        for dots in voting.dots.values_mut().chain(voting.phones.values_mut()) {
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
        for draft in [&mut self.draft, &mut self.charter.draft] {
            for link in &mut draft.links {
                link.themes.remove(&theme);
            }
            draft.links.retain(|link| !link.themes.is_empty());
        }
        let old_ranking = self.ranking.clone();
        self.ranking.retain(|id| *id != theme);
        self.tied.remove(&theme);
        self.tied = ties_kept(&self.tied, &old_ranking, &self.ranking);
        let voting = &mut self.voting;
        for dots in voting.dots.values_mut().chain(voting.phones.values_mut()) {
            dots.retain(|d| *d != theme);
        }
        self.voting.paper.remove(&theme);
    }
}
