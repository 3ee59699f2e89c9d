//! The server's book of the room: which phones have joined (by their device tokens), how
//! fast each is asking, and the dots each has given, so the budget is kept here and not by
//! the page. The project stays the record: a phone's dots are what the latest view says
//! plus what was sent since and not yet taken in. Pure: time is passed in.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::arrive::{Arrival, Arrived, Contribution};
use super::token::Token;
use super::view::{Phase, RoomView, VersionView};
use crate::model::ThemeId;
use crate::model::definition::{Response, VersionId};

/// Phones a room takes at most.
pub const MAX_PHONES: usize = 300;
/// Characters a contribution or a comment may have.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Characters a name may have.
pub const MAX_NAME_CHARS: usize = 100;
/// Requests a phone may make in a burst, and how many more it earns each second.
const BURST: f64 = 20.0;
const PER_SECOND: f64 = 5.0;
/// Wrong join codes the room hears from one address in a minute before it stops listening
/// to that address's codes for a while: a code cannot be guessed by trying, and one
/// guesser does not lock out the room (everyone else's right code still works).
const WRONG_CODES_PER_MINUTE: usize = 20;
/// Addresses whose wrong codes are remembered at once (the oldest forgotten past this).
const GUESSERS: usize = 4_096;

/// Why the server said no: each is a status and a message the page shows in its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The token or code is not this room's (or the room was closed and opened again).
    WrongRoom,
    /// The device token is not one this room gave.
    UnknownPhone,
    RoomFull,
    TooFast,
    /// The room is not doing that now (voting while it collects contributions…).
    NotNow,
    NoDotsLeft,
    NoDotHere,
    NoSuchTheme,
    NoSuchVersion,
    AlreadyAnswered,
    Empty,
    TooLong,
    /// Not the JSON asked for.
    BadRequest,
    /// The laptop could not write it to disk: not kept, so the phone is told to try again.
    NotKept,
    /// The request was not sent whole in time.
    TooSlow,
}

impl Refusal {
    /// The HTTP status: 4xx, so a client knows it was refused and why in general terms.
    pub fn status(self) -> u16 {
        match self {
            Self::WrongRoom | Self::NoSuchTheme | Self::NoSuchVersion => 404,
            Self::BadRequest => 400,
            Self::UnknownPhone => 401,
            Self::RoomFull | Self::NotKept => 503,
            Self::TooSlow => 408,
            Self::TooFast => 429,
            Self::NotNow | Self::NoDotsLeft | Self::NoDotHere | Self::AlreadyAnswered => 409,
            Self::Empty | Self::TooLong => 422,
        }
    }

    /// The key the page looks up in its strings.
    pub fn key(self) -> &'static str {
        match self {
            Self::WrongRoom => "wrong_room",
            Self::UnknownPhone => "unknown_phone",
            Self::RoomFull => "room_full",
            Self::TooFast => "too_fast",
            Self::NotNow => "not_now",
            Self::NoDotsLeft => "no_dots_left",
            Self::NoDotHere => "no_dot_here",
            Self::NoSuchTheme => "no_such_theme",
            Self::NoSuchVersion => "no_such_version",
            Self::AlreadyAnswered => "already_answered",
            Self::Empty => "empty",
            Self::TooLong => "too_long",
            Self::BadRequest => "bad_request",
            Self::NotKept => "not_kept",
            Self::TooSlow => "too_slow",
        }
    }
}

/// One joined phone.
struct Phone {
    number: u32,
    /// Requests it may still make at once (a token bucket).
    allowance: f64,
    last_seen: Instant,
}

/// A dot sent to the project and not yet in the view.
struct Sent {
    number: u64,
    phone: u32,
    theme: ThemeId,
    give: bool,
}

/// The room's book: kept behind one lock by the server.
pub struct Ledger {
    view: Arc<RoomView>,
    phones: HashMap<String, Phone>,
    next_phone: u32,
    next_arrival: u64,
    sent: VecDeque<Sent>,
    /// (phone, version) answered in this room.
    answered: BTreeSet<(u32, VersionId)>,
    /// When each address last gave wrong codes (in the last minute).
    wrong_codes: HashMap<IpAddr, VecDeque<Instant>>,
}

impl Ledger {
    pub fn new(view: RoomView) -> Self {
        let next_phone = view.first_free_phone();
        Self {
            view: Arc::new(view),
            phones: HashMap::new(),
            next_phone,
            next_arrival: 1,
            sent: VecDeque::new(),
            answered: BTreeSet::new(),
            wrong_codes: HashMap::new(),
        }
    }

    pub fn view(&self) -> &Arc<RoomView> {
        &self.view
    }

    /// The project's newest view: what it has taken in is no longer "sent".
    pub fn publish(&mut self, view: RoomView) {
        let applied = view.applied;
        self.sent.retain(|sent| sent.number > applied);
        self.view = Arc::new(view);
    }

    pub fn phones_joined(&self) -> usize {
        self.phones.len()
    }

    /// A wrong join code from `from`: refused, and counted so that guessing is slowed to a
    /// stop for that address.
    pub fn code_refused(&mut self, from: IpAddr, now: Instant) -> Refusal {
        self.forget_old_codes(now);
        if self.wrong_codes.len() >= GUESSERS && !self.wrong_codes.contains_key(&from) {
            // Very many addresses guessing at once: the longest quiet is forgotten.
            let quietest = self
                .wrong_codes
                .iter()
                .min_by_key(|(_, times)| times.back().copied())
                .map(|(address, _)| *address);
            if let Some(address) = quietest {
                self.wrong_codes.remove(&address);
            }
        }
        self.wrong_codes.entry(from).or_default().push_back(now);
        Refusal::WrongRoom
    }

    /// Whether codes from `from` are still listened to (too many wrong ones from it in the
    /// last minute: no).
    pub fn codes_open(&mut self, from: IpAddr, now: Instant) -> bool {
        self.forget_old_codes(now);
        self.wrong_codes
            .get(&from)
            .is_none_or(|times| times.len() < WRONG_CODES_PER_MINUTE)
    }

    fn forget_old_codes(&mut self, now: Instant) {
        self.wrong_codes.retain(|_, times| {
            while times
                .front()
                .is_some_and(|at| now.duration_since(*at) > Duration::from_mins(1))
            {
                times.pop_front();
            }
            !times.is_empty()
        });
    }

    /// An arrival that could not be kept on disk: as if it had never been sent (the phone
    /// is told to try again).
    pub fn forget(&mut self, arrival: &Arrival) {
        self.sent.retain(|sent| sent.number != arrival.number);
        if let Arrived::Answer { phone, version, .. } = &arrival.what {
            self.answered.remove(&(*phone, *version));
        }
    }

    /// A phone that showed the room's token or code: its own device token and number.
    pub fn join(&mut self, device: &Token, now: Instant) -> Result<(u32, Arrival), Refusal> {
        if self.phones.len() >= MAX_PHONES {
            return Err(Refusal::RoomFull);
        }
        let number = self.next_phone;
        self.next_phone = self.next_phone.saturating_add(1);
        self.phones.insert(
            device.as_str().to_owned(),
            Phone {
                number,
                allowance: BURST,
                last_seen: now,
            },
        );
        let phones = self.phones.len();
        Ok((number, self.arrival(Arrived::Joined { phones })))
    }

    /// The phone holding `device`, if it may ask now (each request spends from its allowance).
    pub fn phone(&mut self, device: &str, now: Instant) -> Result<u32, Refusal> {
        // A lookup by the token itself: the map's hashing is not a timing oracle worth
        // more than 128 random bits.
        let phone = self.phones.get_mut(device).ok_or(Refusal::UnknownPhone)?;
        let earned = now.duration_since(phone.last_seen).as_secs_f64() * PER_SECOND;
        phone.allowance = (phone.allowance + earned).min(BURST);
        phone.last_seen = now;
        if phone.allowance < 1.0 {
            return Err(Refusal::TooFast);
        }
        phone.allowance -= 1.0;
        Ok(phone.number)
    }

    /// The dots `phone` has given: the project's record plus what was sent since.
    pub fn dots_of(&self, phone: u32) -> Vec<ThemeId> {
        let mut dots = self
            .view
            .phone_dots
            .get(&phone)
            .cloned()
            .unwrap_or_default();
        for sent in self.sent.iter().filter(|s| s.phone == phone) {
            if sent.give {
                dots.push(sent.theme);
            } else if let Some(at) = dots.iter().rposition(|t| *t == sent.theme) {
                dots.remove(at);
            }
        }
        dots
    }

    /// A dot given or taken back: refused past the budget, off a theme not shown, or when
    /// the room is not voting.
    pub fn dot(&mut self, phone: u32, theme: ThemeId, give: bool) -> Result<Arrival, Refusal> {
        if self.view.phase != Phase::Vote {
            return Err(Refusal::NotNow);
        }
        if !self.view.themes.iter().any(|t| t.id == theme.0) {
            return Err(Refusal::NoSuchTheme);
        }
        let dots = self.dots_of(phone);
        if give && dots.len() >= self.view.budget as usize {
            return Err(Refusal::NoDotsLeft);
        }
        if !give && !dots.contains(&theme) {
            return Err(Refusal::NoDotHere);
        }
        let arrival = self.arrival(Arrived::Dot { phone, theme, give });
        self.sent.push_back(Sent {
            number: arrival.number,
            phone,
            theme,
            give,
        });
        Ok(arrival)
    }

    /// A contribution, checked: some words, not too many, a name only as long as a name.
    pub fn contribute(
        &mut self,
        phone: u32,
        mut contribution: Contribution,
    ) -> Result<Arrival, Refusal> {
        if self.view.phase != Phase::Contribute {
            return Err(Refusal::NotNow);
        }
        contribution.text = clean_text(&contribution.text)?;
        contribution.name = clean_line(&contribution.name);
        if contribution.name.chars().count() > MAX_NAME_CHARS {
            return Err(Refusal::TooLong);
        }
        Ok(self.arrival(Arrived::Contribution {
            phone,
            contribution,
        }))
    }

    /// An answer to the version being sense-checked (of the definition or the charter, as
    /// the phone was shown it): one per phone.
    pub fn answer(
        &mut self,
        phone: u32,
        version: VersionId,
        response: Response,
        comment: &str,
    ) -> Result<Arrival, Refusal> {
        if self.view.phase != Phase::SenseCheck {
            return Err(Refusal::NotNow);
        }
        if self.view.version.as_ref().map(VersionView::id) != Some(version) {
            return Err(Refusal::NoSuchVersion);
        }
        let comment = match clean_text(comment) {
            Ok(comment) => comment,
            Err(Refusal::Empty) => String::new(),
            Err(refusal) => return Err(refusal),
        };
        if !self.answered.insert((phone, version)) {
            return Err(Refusal::AlreadyAnswered);
        }
        Ok(self.arrival(Arrived::Answer {
            phone,
            version,
            response,
            comment,
        }))
    }

    /// Whether `phone` has answered `version` here.
    pub fn has_answered(&self, phone: u32, version: VersionId) -> bool {
        self.answered.contains(&(phone, version))
    }

    fn arrival(&mut self, what: Arrived) -> Arrival {
        let number = self.next_arrival;
        self.next_arrival += 1;
        Arrival { number, what }
    }
}

/// Text as the board keeps it: no control characters but line breaks and tabs, no blank
/// edges; refused empty or too long.
fn clean_text(text: &str) -> Result<String, Refusal> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    let cleaned = cleaned.trim();
    if cleaned.is_empty() {
        return Err(Refusal::Empty);
    }
    if cleaned.chars().count() > MAX_TEXT_CHARS {
        return Err(Refusal::TooLong);
    }
    Ok(cleaned.to_owned())
}

/// One line, as a name is.
fn clean_line(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests;
