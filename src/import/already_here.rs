//! A fresh download of the same form holds every response again, plus the new ones. A
//! response already on the board (the same respondent: the tool's id, or without one the
//! time it was sent; with the same answer to the same question) is left out, and the
//! summary says how many were already here and how many are new.

use std::collections::{BTreeSet, HashSet};

use super::table::Imported;
use crate::model::{Project, Prompt};

/// The answers on a board that came from a known respondent.
#[derive(Clone, Debug, Default)]
pub struct AlreadyHere {
    answers: HashSet<(String, Prompt, String)>,
}

/// Whether `respondent` names a response across downloads: an id or a time, not the row
/// number a sheet without either gives (`#12`).
fn lasting(respondent: &str) -> bool {
    !respondent.is_empty() && !respondent.starts_with('#')
}

impl AlreadyHere {
    /// The answers on `project`'s board, each with its respondent and prompt.
    pub fn of(project: &Project) -> Self {
        let answers = project
            .notes
            .values()
            .filter(|note| note.copy_of.is_none() && lasting(&note.details.respondent))
            .map(|note| {
                (
                    note.details.respondent.clone(),
                    note.details.prompt.clone(),
                    note.text.trim().to_owned(),
                )
            })
            .collect();
        Self { answers }
    }

    /// Leaves out of `imported` the answers already on the board, counting responses.
    pub fn leave_out(&self, imported: &mut Imported) {
        if self.answers.is_empty() {
            return;
        }
        let mut here: BTreeSet<String> = BTreeSet::new();
        let mut all: BTreeSet<String> = BTreeSet::new();
        imported.drafts.retain(|draft| {
            let respondent = &draft.details.respondent;
            if !lasting(respondent) {
                return true;
            }
            all.insert(respondent.clone());
            let key = (
                respondent.clone(),
                draft.details.prompt.clone(),
                draft.text.trim().to_owned(),
            );
            let known = self.answers.contains(&key);
            if known {
                here.insert(respondent.clone());
            }
            !known
        });
        let report = &mut imported.report;
        report.already_here = here.len();
        report.new_responses = all.difference(&here).count();
        report.imported = imported.drafts.len();
        // "From N people" counts the people whose answers come in now.
        let people: BTreeSet<&str> = imported
            .drafts
            .iter()
            .map(|d| d.details.respondent.as_str())
            .filter(|r| !r.is_empty())
            .collect();
        report.people = report.people.map(|_| people.len());
    }
}
