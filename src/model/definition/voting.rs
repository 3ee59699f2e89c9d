//! The dot vote: who votes, how many dots each, the dots placed and the votes counted on
//! paper, and what a new set-up would take back. Kept apart from the ranking it feeds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ThemeId;

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
    /// Dots given from phones in the room, by phone number (numbered as they joined). Each
    /// phone has `dots_per_person` of its own; no name is known, so a phone's vote is private.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub phones: BTreeMap<u32, Vec<ThemeId>>,
}

impl Default for Voting {
    fn default() -> Self {
        Self {
            participants: Vec::new(),
            dots_per_person: 3,
            dots: BTreeMap::new(),
            paper: BTreeMap::new(),
            phones: BTreeMap::new(),
        }
    }
}

impl Voting {
    /// Dots `participant` has not placed yet.
    pub fn dots_left(&self, participant: usize) -> u32 {
        let used = self.dots.get(&participant).map_or(0, Vec::len) as u32;
        self.dots_per_person.saturating_sub(used)
    }

    /// A new set-up: who votes and how many dots each. Dots follow the person, by name,
    /// wherever they now are in the list; the dots of someone taken off the list go; fewer
    /// dots each than already placed sends the latest back (from phones too).
    pub fn set_up(&mut self, participants: Vec<String>, dots_per_person: u32) {
        let old = std::mem::take(&mut self.participants);
        let mut old_dots = std::mem::take(&mut self.dots);
        let mut used = vec![false; old.len()];
        for (new_index, name) in participants.iter().enumerate() {
            let found = old
                .iter()
                .enumerate()
                .position(|(i, old_name)| !used[i] && old_name == name);
            if let Some(old_index) = found {
                used[old_index] = true;
                if let Some(dots) = old_dots.remove(&old_index) {
                    self.dots.insert(new_index, dots);
                }
            }
        }
        self.participants = participants;
        self.dots_per_person = dots_per_person;
        for dots in self.dots.values_mut().chain(self.phones.values_mut()) {
            dots.truncate(dots_per_person as usize);
        }
    }

    /// The themes a new set-up would take dots from, and how many each (phones' dots
    /// included): what decides the ranking, said before it happens.
    pub fn themes_losing_dots(
        &self,
        participants: &[String],
        dots_per_person: u32,
    ) -> Vec<(ThemeId, u32)> {
        let mut after = self.clone();
        after.set_up(participants.to_vec(), dots_per_person);
        let after = after.tally();
        self.tally()
            .into_iter()
            .filter_map(|(theme, before)| {
                let lost = before.saturating_sub(after.get(&theme).copied().unwrap_or(0));
                (lost > 0).then_some((theme, lost))
            })
            .collect()
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

    /// Dots `phone` has not given yet.
    pub fn phone_dots_left(&self, phone: u32) -> u32 {
        let used = self.phones.get(&phone).map_or(0, Vec::len) as u32;
        self.dots_per_person.saturating_sub(used)
    }

    /// Every dot given, on screen or from a phone, each as the theme it went to.
    fn every_dot(&self) -> impl Iterator<Item = &ThemeId> {
        self.dots.values().chain(self.phones.values()).flatten()
    }

    /// How many phones have given at least one dot: what the projector shows while the
    /// room votes, without saying who gave what.
    pub fn phones_voted(&self) -> usize {
        self.phones.values().filter(|dots| !dots.is_empty()).count()
    }

    /// How many dots phones have given in all: every one the room was told it kept.
    pub fn phone_dots_given(&self) -> usize {
        self.phones.values().map(Vec::len).sum()
    }

    /// Dots given on screen or from phones for each theme (without the paper counts).
    pub fn dots_by_theme(&self) -> BTreeMap<ThemeId, u32> {
        let mut dots: BTreeMap<ThemeId, u32> = BTreeMap::new();
        for theme in self.every_dot() {
            let count = dots.entry(*theme).or_default();
            *count = count.saturating_add(1);
        }
        dots
    }

    /// Total votes for each theme: dots given on screen plus the votes counted on paper,
    /// added (the Rank view shows both parts of each sum).
    pub fn tally(&self) -> BTreeMap<ThemeId, u32> {
        let mut tally = self.paper.clone();
        for theme in self.every_dot() {
            let count = tally.entry(*theme).or_default();
            *count = count.saturating_add(1);
        }
        tally
    }
}
