//! What an arrival from a phone means for the project: a contribution lands in the
//! "arrived from phones" column for the facilitator to place, a dot is the phone's own, an
//! answer is feedback on the version. Each is one ordinary command (undo, autosave,
//! recovery), worked out against the project as it is when it arrives. Pure: no I/O.

use serde::{Deserialize, Serialize};

use crate::command::Command;
use crate::model::definition::{Feedback, Response, VersionId};
use crate::model::geometry::{BoardPos, NOTE_WIDTH, note_rect};
use crate::model::heading::HEADING_HEIGHT;
use crate::model::{
    Consent, Heading, HeadingId, Language, Note, NoteDetails, NoteId, NoteKind, Project, Prompt,
    ThemeId,
};

/// The space between notes in the column, and between the column and the board.
const GAP: f32 = 24.0;
/// How far right of everything else the column starts when it is first made.
const COLUMN_OFFSET: f32 = 150.0;

/// A contribution written on a phone, already checked by the server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub text: String,
    pub prompt: Prompt,
    pub language: Language,
    pub consent: Consent,
    /// The name to quote it with, when the consent allows it; else empty.
    pub name: String,
}

/// One thing a phone did, as the server passes it on (in the order it was accepted).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arrived {
    /// Another phone joined: the count the projector shows.
    Joined { phones: usize },
    Contribution {
        phone: u32,
        contribution: Contribution,
    },
    Dot {
        phone: u32,
        theme: ThemeId,
        give: bool,
    },
    Answer {
        phone: u32,
        version: VersionId,
        response: Response,
        comment: String,
    },
}

/// An arrival with its number: the project's view says which numbers it has taken in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Arrival {
    pub number: u64,
    pub what: Arrived,
}

/// The words that go into the project with an arrival, in the facilitator's language.
pub struct ArrivalWords {
    /// The column's label: "Arrived from phones".
    pub heading: String,
    /// The same label in the other language: a column made before a switch is still found.
    pub heading_other: String,
    /// Who gave feedback from a phone: "Phone 7".
    pub phone: Box<dyn Fn(u32) -> String>,
}

impl Arrived {
    /// Whether it is kept in the journal before the phone hears it was kept (a join is not:
    /// it changes nothing in the project).
    pub fn is_kept(&self) -> bool {
        !matches!(self, Self::Joined { .. })
    }

    /// The phone it came from (none for a join, which only counts).
    pub fn phone(&self) -> Option<u32> {
        match self {
            Self::Joined { .. } => None,
            Self::Contribution { phone, .. }
            | Self::Dot { phone, .. }
            | Self::Answer { phone, .. } => Some(*phone),
        }
    }
}

impl std::fmt::Debug for ArrivalWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ArrivalWords")
            .field("heading", &self.heading)
            .field("heading_other", &self.heading_other)
            .finish_non_exhaustive()
    }
}

/// How a phone's contributions are marked as one respondent's (phone-7).
pub fn respondent_of(phone: u32) -> String {
    format!("phone-{phone}")
}

/// The phone a respondent mark names, if it is a phone's.
pub fn phone_of_respondent(respondent: &str) -> Option<u32> {
    respondent
        .strip_prefix("phone")?
        .strip_prefix('-')?
        .parse()
        .ok()
}

/// The command an arrival makes, or none (a join changes nothing in the project).
pub fn command_for(project: &Project, arrived: &Arrived, words: &ArrivalWords) -> Option<Command> {
    match arrived {
        Arrived::Joined { .. } => None,
        Arrived::Contribution {
            phone,
            contribution,
        } => Some(contribution_command(project, *phone, contribution, words)),
        Arrived::Dot { phone, theme, give } => Some(if *give {
            Command::CastPhoneDot {
                phone: *phone,
                theme: *theme,
            }
        } else {
            Command::WithdrawPhoneDot {
                phone: *phone,
                theme: *theme,
            }
        }),
        Arrived::Answer {
            phone,
            version,
            response,
            comment,
        } => Some(Command::AddFeedback {
            part: version.part,
            version: version.number,
            feedback: Feedback {
                from: (words.phone)(*phone),
                response: *response,
                comment: comment.clone(),
            },
        }),
    }
}

/// The note, under the column's label (made the first time, right of everything else),
/// below whatever loose note is already lowest in that column.
fn contribution_command(
    project: &Project,
    phone: u32,
    contribution: &Contribution,
    words: &ArrivalWords,
) -> Command {
    // The note takes the next id and a new label the one after: the newest note is this one.
    let note_id = NoteId(project.next_id);
    let existing = project
        .headings
        .values()
        .find(|h| h.text == words.heading || h.text == words.heading_other);
    let (column, new_heading) = if let Some(heading) = existing {
        (heading.pos, None)
    } else {
        let at = crate::model::layout::occupied(project).map_or(BoardPos::default(), |all| {
            BoardPos::new(all.max.x + COLUMN_OFFSET, all.min.y)
        });
        let heading = Heading {
            id: HeadingId(project.next_id + 1),
            text: words.heading.clone(),
            pos: at,
        };
        (at, Some(heading))
    };
    let themed = crate::model::geometry::themed_notes(project);
    let below = project
        .notes
        .values()
        .filter(|note| !themed.contains(&note.id))
        .filter(|note| (note.pos.x - column.x).abs() < NOTE_WIDTH / 2.0 && note.pos.y >= column.y)
        .map(|note| note_rect(note).max.y + GAP)
        .fold(column.y + HEADING_HEIGHT, f32::max);
    let quoted_with_name = contribution.consent == Consent::QuoteWithName;
    let note = Note {
        id: note_id,
        text: contribution.text.clone(),
        pos: BoardPos::new(column.x, below),
        z: 0,
        copy_of: None,
        details: NoteDetails {
            prompt: contribution.prompt.clone(),
            kind: NoteKind::default(),
            group: String::new(),
            author: if quoted_with_name {
                contribution.name.clone()
            } else {
                String::new()
            },
            language: contribution.language,
            consent: contribution.consent,
            // Each phone is one person: counts say how many people, not only how many notes.
            respondent: respondent_of(phone),
            extra: std::collections::BTreeMap::new(),
        },
        picture: None,
    };
    Command::Import {
        notes: vec![note],
        headings: new_heading.into_iter().collect(),
    }
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;
    use crate::command::apply;
    use crate::model::definition::Part;

    fn words() -> ArrivalWords {
        ArrivalWords {
            heading: "Arrived from phones".into(),
            heading_other: "Wedi cyrraedd o ffonau".into(),
            phone: Box::new(|n| format!("Phone {n}")),
        }
    }

    fn written(text: &str) -> Arrived {
        Arrived::Contribution {
            phone: 3,
            contribution: Contribution {
                text: text.into(),
                prompt: Prompt::Feels,
                language: Language::Welsh,
                consent: Consent::QuoteAnonymously,
                name: "Ann".into(),
            },
        }
    }

    #[test]
    fn contributions_stack_in_one_column_right_of_the_board_without_overlapping() {
        let mut project = Project::new("Test");
        apply(
            &mut project,
            Command::CreateNote {
                pos: BoardPos::new(0.0, 0.0),
                text: "Tea".into(),
                details: Box::default(),
            },
        )
        .unwrap();
        for text in [
            "Croeso",
            "Listened to, every time, by everyone in the room",
            "Paned",
        ] {
            let command = command_for(&project, &written(text), &words()).unwrap();
            apply(&mut project, command).unwrap();
        }
        assert_eq!(project.headings.len(), 1, "one column label, made once");
        let heading = project.headings.values().next().unwrap();
        assert!(heading.pos.x > NOTE_WIDTH, "right of what was there");
        let mut arrived: Vec<&Note> = project
            .notes
            .values()
            .filter(|n| n.details.respondent == "phone-3")
            .collect();
        arrived.sort_by(|a, b| a.pos.y.total_cmp(&b.pos.y));
        assert_eq!(arrived.len(), 3);
        for pair in arrived.windows(2) {
            assert!(
                note_rect(pair[0]).max.y < pair[1].pos.y,
                "no note covers another"
            );
            assert!((pair[0].pos.x - pair[1].pos.x).abs() < 0.5, "one column");
        }
        let first = arrived[0];
        assert_eq!(first.text, "Croeso");
        assert_eq!(first.details.language, Language::Welsh);
        assert_eq!(
            first.details.author, "",
            "a name only where consent says so"
        );
    }

    #[test]
    fn a_dot_is_the_phones_own_and_an_answer_is_feedback_from_that_phone() {
        let project = Project::new("Test");
        let dot = Arrived::Dot {
            phone: 2,
            theme: ThemeId(9),
            give: false,
        };
        assert_eq!(
            command_for(&project, &dot, &words()),
            Some(Command::WithdrawPhoneDot {
                phone: 2,
                theme: ThemeId(9)
            })
        );
        let answer = Arrived::Answer {
            phone: 4,
            version: VersionId {
                part: Part::Charter,
                number: 1,
            },
            response: Response::AgreeWithChanges,
            comment: "Say “paid”".into(),
        };
        let Some(Command::AddFeedback {
            part,
            version,
            feedback,
        }) = command_for(&project, &answer, &words())
        else {
            panic!("an answer is feedback");
        };
        // On the version of the text the phone was shown: here the charter's.
        assert_eq!((part, version), (Part::Charter, 1));
        assert_eq!(feedback.from, "Phone 4");
        assert_eq!(
            command_for(&project, &Arrived::Joined { phones: 1 }, &words()),
            None
        );
    }
}
