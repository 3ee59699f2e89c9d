//! The room's journal: every arrival a phone is told was kept is a line here, on disk before
//! the phone hears it, beside the project's recovery copy. Whatever stops the process (Close,
//! a signal, a crash, a power cut), the next opening of the project takes in what the saved
//! project lacks, by the marks the project keeps of what it has (`PhonesTaken`), so nothing
//! is added twice. A save that holds everything in it empties it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::arrive::{Arrival, ArrivalWords, Arrived, command_for};
use crate::command::Command;
use crate::model::{PhoneArrivalMark, PhonesTaken, Project};
use crate::store::{RecoveryStore, Slot};

/// One line of the journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The room session (a random name, new each time a room opens).
    pub room: String,
    /// The arrival's number in that session.
    pub n: u64,
    pub what: Arrived,
}

impl Record {
    /// How the project marks having taken it in.
    pub fn mark(&self) -> PhoneArrivalMark {
        PhoneArrivalMark {
            session: self.room.clone(),
            number: self.n,
            phone: self.what.phone().unwrap_or(0),
        }
    }

    /// The line written for an arrival of `room`.
    pub fn line(room: &str, arrival: &Arrival) -> Vec<u8> {
        serde_json::to_vec(&RecordRef {
            room,
            n: arrival.number,
            what: &arrival.what,
        })
        .unwrap_or_default()
    }
}

#[derive(Serialize)]
struct RecordRef<'a> {
    room: &'a str,
    n: u64,
    what: &'a Arrived,
}

/// Where the journal of the project in `slot` lives: beside its recovery copy, in the
/// user's data folder.
pub fn journal_path<'a>(store: &RecoveryStore, slot: impl Into<Slot<'a>>) -> PathBuf {
    store.file_for(slot).with_extension("phones")
}

/// The arrivals in the journal at `path` that `taken` does not have yet, oldest first. A
/// line that cannot be read (torn by a crash, or from a newer Cytûn) is passed over.
pub fn not_taken_in(path: &Path, taken: &PhonesTaken) -> std::io::Result<Vec<Record>> {
    Ok(crate::store::journal::read_lines(path)?
        .iter()
        .filter_map(|line| serde_json::from_str::<Record>(line).ok())
        .filter(|record| record.what.is_kept() && !taken.has(&record.room, record.n))
        .collect())
}

/// The command that takes `record` in, worked out against `project` as it is now.
pub fn command_for_record(project: &Project, record: &Record, words: &ArrivalWords) -> Command {
    Command::FromPhone {
        mark: record.mark(),
        command: command_for(project, &record.what, words).map(Box::new),
    }
}

/// Whether every arrival in the journal is in `taken` (a saved project): then it may go.
pub fn all_taken_in(path: &Path, taken: &PhonesTaken) -> bool {
    not_taken_in(path, taken).is_ok_and(|left| left.is_empty())
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;
    use crate::command::apply;
    use crate::model::ThemeId;

    #[test]
    fn a_journal_read_again_adds_only_what_the_project_lacks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.phones");
        let arrival = |number, text: &str| Arrival {
            number,
            what: Arrived::Contribution {
                phone: 4,
                contribution: crate::phones::Contribution {
                    text: text.into(),
                    prompt: crate::model::Prompt::Feels,
                    language: crate::model::Language::Welsh,
                    consent: crate::model::Consent::DoNotQuote,
                    name: String::new(),
                },
            },
        };
        let mut text = Vec::new();
        for (n, words) in [(1, "Paned"), (2, "Croeso"), (3, "Gwrando")] {
            text.extend(Record::line("room-a", &arrival(n, words)));
            text.push(b'\n');
        }
        let dot = Arrival {
            number: 4,
            what: Arrived::Dot {
                phone: 4,
                theme: ThemeId(99),
                give: true,
            },
        };
        text.extend(Record::line("room-a", &dot));
        text.push(b'\n');
        std::fs::write(&path, text).unwrap();
        let words = ArrivalWords {
            heading: "Arrived from phones".into(),
            heading_other: "Wedi cyrraedd o ffonau".into(),
            phone: Box::new(|n| format!("Phone {n}")),
        };
        let mut project = Project::new("Test");
        let first = not_taken_in(&path, &project.phones).unwrap();
        assert_eq!(first.len(), 4);
        // Taken in up to the second, then the window stopped.
        for record in &first[..2] {
            let command = command_for_record(&project, record, &words);
            apply(&mut project, command).unwrap();
        }
        let rest = not_taken_in(&path, &project.phones).unwrap();
        assert_eq!(rest.iter().map(|r| r.n).collect::<Vec<_>>(), vec![3, 4]);
        for record in &rest {
            let command = command_for_record(&project, record, &words);
            // The dot is on a theme that is not there: refused, yet marked as taken in.
            if apply(&mut project, command).is_err() {
                let refused = Command::FromPhone {
                    mark: record.mark(),
                    command: None,
                };
                apply(&mut project, refused).unwrap();
            }
        }
        assert_eq!(project.notes.len(), 3, "each contribution once");
        assert!(all_taken_in(&path, &project.phones));
        assert_eq!(project.phones.last_phone, 4);
    }
}
