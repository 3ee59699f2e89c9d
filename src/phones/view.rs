//! What a phone in the room is shown: the phase, its dots, the themes to vote on (title,
//! meaning and only the contributions that may be quoted) and the version to sense-check.
//! Made from the project through the one outbound filter (consent, no names, personal
//! details redacted), so a phone sees no more than a report would.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::export::{ExportOptions, Marks, Outbound};
use crate::model::definition::{Part, VersionId, ranked_themes};
use crate::model::{Consent, Note, NoteId, Project, Prompt, ThemeId};

/// What the room is doing, chosen by the facilitator.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Phones write contributions for the board.
    #[default]
    Contribute,
    /// Phones give their dots to themes.
    Vote,
    /// Phones answer a version of the definition or of the charter.
    SenseCheck,
}

impl Phase {
    pub const ALL: [Self; 3] = [Self::Contribute, Self::Vote, Self::SenseCheck];
}

/// One theme as a phone sees it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeView {
    pub id: u64,
    pub title: String,
    pub meaning: String,
    /// The contributions in it that may be quoted, as the outbound filter lets them out.
    pub quotes: Vec<String>,
}

/// The version of the definition (or of the charter) being sense-checked.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VersionView {
    pub part: Part,
    pub number: u32,
    pub text: String,
}

impl VersionView {
    /// Which version this is: the text and the number an answer must name.
    pub fn id(&self) -> VersionId {
        VersionId {
            part: self.part,
            number: self.number,
        }
    }
}

/// Everything the room serves to phones, made anew on the UI thread when the project or the
/// phase changes and handed to the server whole: the server never reads the project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoomView {
    pub phase: Phase,
    /// Dots each phone has to give.
    pub budget: u32,
    /// In the order the group ranked them (unranked after, as made).
    pub themes: Vec<ThemeView>,
    pub version: Option<VersionView>,
    /// The dots each phone has given, as the project records them.
    pub phone_dots: BTreeMap<u32, Vec<ThemeId>>,
    /// The last arrival (by its number) the project had taken in when this view was made.
    pub applied: u64,
    /// The highest phone number the project has heard from, in any room session.
    pub last_phone: u32,
    /// This project's own questions (a survey's), offered to phones as prompts when it has
    /// them; the five senses otherwise.
    pub questions: Vec<String>,
    /// With its own questions: the senses its contributions also answer ("feels"), offered
    /// beside them.
    pub senses: Vec<String>,
}

/// The senses `project`'s contributions answer, by the page's keys, in the workshop's order.
fn senses_used(project: &Project) -> Vec<String> {
    let used: BTreeSet<&Prompt> = project.notes.values().map(|n| &n.details.prompt).collect();
    [
        (Prompt::Smells, "smells"),
        (Prompt::Tastes, "tastes"),
        (Prompt::Sounds, "sounds"),
        (Prompt::Looks, "looks"),
        (Prompt::Feels, "feels"),
    ]
    .iter()
    .filter(|(prompt, _)| used.contains(prompt))
    .map(|(_, key)| (*key).to_owned())
    .collect()
}

/// Most questions a phone is offered: a form asks a handful.
const MOST_QUESTIONS: usize = 12;

/// Where the questions sit in the project shown to phones: notes of their own, so they pass
/// through the one outbound filter like every other word that leaves the room.
const QUESTION_IDS: u64 = u64::MAX - MOST_QUESTIONS as u64;

/// This project's own questions, most answered first.
fn own_questions(project: &Project) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for note in project.notes.values().filter(|n| n.copy_of.is_none()) {
        if let Prompt::Other(question) = &note.details.prompt
            && !question.trim().is_empty()
        {
            *counts.entry(question.trim()).or_default() += 1;
        }
    }
    let mut questions: Vec<(&str, usize)> = counts.into_iter().collect();
    questions.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    questions
        .into_iter()
        .take(MOST_QUESTIONS)
        .map(|(q, _)| q.to_owned())
        .collect()
}

impl RoomView {
    /// The view of `project` in `phase`, sense-checking `version` if asked.
    pub fn of(project: &Project, phase: Phase, version: Option<VersionId>, marks: &Marks) -> Self {
        let shown = Outbound::new(
            &for_phones(project, phase, version),
            &phone_options(project),
            marks,
        );
        let shown = shown.project();
        let themes = if phase == Phase::Vote {
            let all: BTreeSet<ThemeId> = shown.themes.keys().copied().collect();
            ranked_themes(&shown.definition, &all)
                .into_iter()
                .filter_map(|id| shown.themes.get(&id))
                .map(|theme| ThemeView {
                    id: theme.id.0,
                    title: theme.title.clone(),
                    meaning: theme.meaning.clone(),
                    quotes: theme
                        .notes
                        .iter()
                        .filter_map(|id| project.notes.get(id).zip(shown.notes.get(id)))
                        .filter(|(original, _)| original.details.consent != Consent::DoNotQuote)
                        .map(|(_, note)| match &note.picture {
                            Some(picture) if note.text.trim().is_empty() => picture.alt.clone(),
                            _ => note.text.clone(),
                        })
                        .filter(|text| !text.trim().is_empty())
                        .collect(),
                })
                .collect()
        } else {
            Vec::new()
        };
        let version = version.and_then(|id| {
            shown
                .definition
                .versions_of(id.part)
                .iter()
                .find(|v| v.number == id.number)
                .map(|v| VersionView {
                    part: id.part,
                    number: id.number,
                    text: v.text.clone(),
                })
        });
        Self {
            phase,
            budget: project.definition.voting.dots_per_person,
            themes,
            version: version.filter(|_| phase == Phase::SenseCheck),
            phone_dots: project.definition.voting.phones.clone(),
            applied: 0,
            last_phone: last_phone(project),
            questions: (QUESTION_IDS..)
                .map_while(|id| shown.notes.get(&NoteId(id)))
                .map(|note| note.text.clone())
                .collect(),
            senses: if phase == Phase::Contribute {
                senses_used(project)
            } else {
                Vec::new()
            },
        }
    }

    /// The number the next phone to join gets: after every phone the project has heard from,
    /// in this room or an earlier one (one number, one person, for the whole project).
    pub fn first_free_phone(&self) -> u32 {
        self.phone_dots
            .keys()
            .next_back()
            .copied()
            .unwrap_or(0)
            .max(self.last_phone)
            .saturating_add(1)
    }
}

/// The highest phone number the project has heard from: as it records it, or (a project
/// from before it did) as its phones' contributions are marked.
fn last_phone(project: &Project) -> u32 {
    project
        .notes
        .values()
        .filter_map(|note| super::arrive::phone_of_respondent(&note.details.respondent))
        .fold(project.phones.last_phone, u32::max)
}

/// The part of the project a phone could be shown, so the filter walks no more than that:
/// the themes and their notes while voting, the one version while sense-checking.
fn for_phones(project: &Project, phase: Phase, version: Option<VersionId>) -> Project {
    let mut part = Project::new(project.title.clone());
    part.definition
        .ranking
        .clone_from(&project.definition.ranking);
    if phase == Phase::Contribute {
        for (id, question) in (QUESTION_IDS..).zip(own_questions(project)) {
            part.notes.insert(
                NoteId(id),
                Note {
                    id: NoteId(id),
                    text: question,
                    pos: crate::model::BoardPos::default(),
                    z: 0,
                    copy_of: None,
                    details: crate::model::NoteDetails::default(),
                    picture: None,
                },
            );
        }
    }
    if phase == Phase::Vote {
        part.themes.clone_from(&project.themes);
        for theme in project.themes.values() {
            for id in &theme.notes {
                if let Some(note) = project.notes.get(id) {
                    part.notes.insert(*id, note.clone());
                }
            }
        }
    }
    if phase == Phase::SenseCheck
        && let Some(id) = version
    {
        *part.definition.drafting_mut(id.part).1 = project
            .definition
            .versions_of(id.part)
            .iter()
            .filter(|v| v.number == id.number)
            .cloned()
            .collect();
    }
    part
}

/// No one is named on a phone, and every personal detail is taken out, including the names
/// of authors whose notes are not shown (they may be written in a note that is).
fn phone_options(project: &Project) -> ExportOptions {
    let names: BTreeSet<&str> = project
        .notes
        .values()
        .map(|note| note.details.author.trim())
        .chain(
            project
                .definition
                .voting
                .participants
                .iter()
                .map(|n| n.trim()),
        )
        .filter(|name| !name.is_empty())
        .collect();
    ExportOptions {
        redact: true,
        anonymise: true,
        extra_names: names.into_iter().map(str::to_owned).collect(),
        keep: Vec::new(),
    }
}
