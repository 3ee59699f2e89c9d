//! Versions of the draft sent out for sense-checking: their status on the way to approval,
//! the feedback recorded against them, and what to ask before one is approved.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Definition, Part, SentenceLink};

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

/// The concerns about approving version `number` of `part` (none for a version not found).
pub fn approval_concerns(definition: &Definition, part: Part, number: u32) -> ApprovalConcerns {
    let versions = definition.versions_of(part);
    let Some(version) = versions.iter().find(|v| v.number == number) else {
        return ApprovalConcerns::default();
    };
    ApprovalConcerns {
        not_sense_checked: version.status == VersionStatus::Draft,
        no_feedback: version.feedback.is_empty(),
        replaces: versions
            .iter()
            .find(|v| v.is_approved() && v.number != number)
            .map(|v| v.number),
    }
}
