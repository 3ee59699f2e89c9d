//! What a project has taken in from phones, so that a journal read again after a crash adds
//! only what is missing, and a new room numbers its phones on from the last: one number is
//! one person for the life of the project, whichever room session they came in.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Room sessions a project remembers; the oldest are forgotten past this (their journals are
/// long gone by then).
pub const MAX_SESSIONS: usize = 1_000;
/// Characters of a session's name (a 128-bit token in hex).
pub const MAX_SESSION_CHARS: usize = 64;

/// The newest arrival taken in from each room session, and the highest phone number given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhonesTaken {
    /// A room session's name, and the number of the newest arrival from it in the project.
    #[serde(default)]
    pub sessions: BTreeMap<String, u64>,
    /// The highest phone number any room of this project gave.
    #[serde(default)]
    pub last_phone: u32,
}

/// One arrival from a phone, as the project records taking it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneArrivalMark {
    /// The room session it came to.
    pub session: String,
    /// Its number in that session.
    pub number: u64,
    /// The phone that sent it.
    pub phone: u32,
}

impl PhonesTaken {
    /// Whether the arrival numbered `number` in `session` is already in the project.
    pub fn has(&self, session: &str, number: u64) -> bool {
        self.sessions.get(session).is_some_and(|n| *n >= number)
    }

    /// The project now holds `mark`'s arrival (and every earlier one of its session).
    pub fn record(&mut self, mark: &PhoneArrivalMark) {
        let newest = self.sessions.entry(mark.session.clone()).or_default();
        *newest = (*newest).max(mark.number);
        self.last_phone = self.last_phone.max(mark.phone);
    }

    /// As read from a file: bounded, whatever the file says.
    #[must_use]
    pub fn bounded(mut self) -> Self {
        self.sessions
            .retain(|name, _| !name.is_empty() && name.chars().count() <= MAX_SESSION_CHARS);
        while self.sessions.len() > MAX_SESSIONS {
            self.sessions.pop_first();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arrival_is_taken_in_once_and_phone_numbers_only_grow() {
        let mut taken = PhonesTaken::default();
        let mark = |number, phone| PhoneArrivalMark {
            session: "a1".into(),
            number,
            phone,
        };
        assert!(!taken.has("a1", 1));
        taken.record(&mark(3, 7));
        taken.record(&mark(2, 2));
        assert!(taken.has("a1", 1) && taken.has("a1", 3));
        assert!(!taken.has("a1", 4) && !taken.has("b2", 1));
        assert_eq!(taken.last_phone, 7);
    }
}
