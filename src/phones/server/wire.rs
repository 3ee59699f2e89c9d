//! What phones send and are sent, as JSON: each request's fields and each answer's.

use serde::{Deserialize, Serialize};

use crate::model::definition::Part;
use crate::phones::view::{Phase, ThemeView, VersionView};

#[derive(Serialize)]
pub(super) struct Said {
    pub(super) error: &'static str,
}

#[derive(Deserialize)]
pub(super) struct JoinIn {
    #[serde(default)]
    pub(super) room: Option<String>,
    #[serde(default)]
    pub(super) code: Option<String>,
}

#[derive(Serialize)]
pub(super) struct Joined<'a> {
    pub(super) device: &'a str,
    pub(super) phone: u32,
    /// The room's token: a phone that typed the code goes on at the full address.
    pub(super) room: &'a str,
}

#[derive(Serialize)]
pub(super) struct StateOut<'a> {
    pub(super) phase: Phase,
    pub(super) phone: u32,
    pub(super) budget: u32,
    /// The themes this phone's dots are on, one entry per dot.
    pub(super) dots: Vec<u64>,
    pub(super) themes: &'a [ThemeView],
    pub(super) version: Option<&'a VersionView>,
    pub(super) answered: bool,
    /// This project's own questions, offered as prompts (`q0`, `q1`…); none: the senses.
    pub(super) questions: &'a [String],
    /// Beside its own questions, the senses its contributions answer.
    pub(super) senses: &'a [String],
}

#[derive(Serialize)]
pub(super) struct DotsOut {
    pub(super) budget: u32,
    pub(super) dots: Vec<u64>,
}

#[derive(Serialize)]
pub(super) struct Done {
    pub(super) done: bool,
}

#[derive(Deserialize)]
pub(super) struct ContributionIn {
    pub(super) text: String,
    #[serde(default)]
    pub(super) prompt: String,
    #[serde(default)]
    pub(super) language: String,
    #[serde(default)]
    pub(super) consent: String,
    #[serde(default)]
    pub(super) name: String,
}

#[derive(Deserialize)]
pub(super) struct DotIn {
    pub(super) theme: u64,
    pub(super) give: bool,
}

#[derive(Deserialize)]
pub(super) struct AnswerIn {
    /// Which text the phone was shown: the definition unless it says.
    #[serde(default)]
    pub(super) part: Part,
    pub(super) version: u32,
    pub(super) response: String,
    #[serde(default)]
    pub(super) comment: String,
}
