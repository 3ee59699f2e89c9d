//! The room as the window (or `cytun room`) holds it: the server, the phase and version the
//! facilitator chose, and the one loop that turns arrivals into commands and hands the
//! server a fresh view whenever the project or the phase changed. Runs on the one thread
//! that writes the project.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use super::arrive::{ArrivalWords, Arrived};
use super::server::{RoomServer, Wake};
use super::view::{Phase, RoomView};
use crate::command::Command;
use crate::i18n::{Arg, I18n, UiLanguage};
use crate::model::Project;
use crate::model::definition::{Part, VersionId};

/// The port tried first: one number the facilitator can read out (any free port if taken).
pub const USUAL_PORT: u16 = 8765;

/// How to open the room.
#[derive(Clone, Copy, Debug)]
pub struct RoomOptions {
    /// The address to listen on: every network of this laptop, unless one is named.
    pub bind: IpAddr,
    /// `None`: the usual port, or any free one if it is taken; `Some(0)`: any free port.
    pub port: Option<u16>,
    pub phase: Phase,
    /// Hear SIGINT and SIGTERM (the window has its own Close).
    pub until_signal: bool,
}

/// Where the room keeps what phones were told is kept (see `phones::journal`).
pub use crate::store::journal::JournalFile;

impl Default for RoomOptions {
    fn default() -> Self {
        Self {
            bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            port: None,
            phase: Phase::Contribute,
            until_signal: false,
        }
    }
}

/// An open room.
#[derive(Debug)]
pub struct RoomHost {
    server: RoomServer,
    /// The address phones reach this laptop at.
    reach: IpAddr,
    phase: Phase,
    /// The version being sense-checked: of the definition or of the charter.
    version: Option<VersionId>,
    /// The newest open version when last looked: one saved since is offered at once.
    newest: Option<VersionId>,
    /// What the last view was made from: the project's state, the phase and the version.
    shown: Option<(u64, Phase, Option<VersionId>)>,
    /// The last arrival taken in, and the last the server was told of.
    applied: u64,
    applied_shown: u64,
    /// An arrival waited for and not yet turned into a command.
    early: Option<super::arrive::Arrival>,
    /// This room session's name: the project marks each arrival it takes in with it.
    session: String,
    /// The number this session's first phone gets: earlier sessions' phones are below it.
    first_phone: u32,
    phones: usize,
    /// The projector shows the chart (the room has seen the votes).
    pub revealed: bool,
    /// The join address as a QR code, made once: dark modules row by row, and the side.
    qr: (Vec<bool>, usize),
    /// The words arrivals bring into the project, and the language they are in (made again
    /// only when the facilitator switches: loading the other catalogue is not per frame).
    words: (UiLanguage, ArrivalWords),
}

impl RoomHost {
    /// Starts the server for `project`; `wake` is called on the server's thread whenever a
    /// phone did something.
    /// Every arrival a phone is told was kept is first written to `journal`.
    pub fn open(
        options: RoomOptions,
        project: &Project,
        tr: &I18n,
        wake: &Wake,
        journal: &JournalFile,
    ) -> std::io::Result<Self> {
        let version = latest_open_version(project);
        let view = RoomView::of(project, options.phase, version, &crate::export::marks(tr));
        let strings = super::page::strings_json();
        let session = super::token::Token::new()
            .ok_or_else(|| std::io::Error::other("no random source"))?
            .as_str()
            .to_owned();
        let open = |port: u16| {
            RoomServer::open(
                SocketAddr::new(options.bind, port),
                view.clone(),
                strings.clone(),
                std::sync::Arc::clone(wake),
                options.until_signal,
                (journal, session.clone()),
            )
        };
        let server = match options.port {
            Some(port) => open(port)?,
            None => open(USUAL_PORT).or_else(|_| open(0))?,
        };
        let reach = reachable_address(options.bind);
        let mut host = Self {
            server,
            reach,
            phase: options.phase,
            version,
            newest: version,
            shown: None,
            applied: 0,
            applied_shown: 0,
            early: None,
            session,
            first_phone: view.first_free_phone(),
            phones: 0,
            revealed: false,
            qr: (Vec::new(), 0),
            words: (tr.language(), arrival_words(tr)),
        };
        host.qr = qr_modules(&host.join_url());
        Ok(host)
    }

    /// The join address as a QR code: whether each module is dark, row by row, and how many
    /// modules a side has (none if the address could not be encoded).
    pub fn qr_code(&self) -> (&[bool], usize) {
        (&self.qr.0, self.qr.1)
    }

    /// The address on the QR code: `http://192.168.1.20:8765/join/<token>`.
    pub fn join_url(&self) -> String {
        format!("{}/join/{}", self.short_address(), self.server.token())
    }

    /// The address to type, with the join code: `http://192.168.1.20:8765`.
    pub fn short_address(&self) -> String {
        let port = self.server.address().port();
        match self.reach {
            IpAddr::V4(ip) => format!("http://{ip}:{port}"),
            IpAddr::V6(ip) => format!("http://[{ip}]:{port}"),
        }
    }

    pub fn join_code(&self) -> String {
        self.server.join_code()
    }

    /// Where the server listens (the port really taken).
    pub fn address(&self) -> SocketAddr {
        self.server.address()
    }

    /// Phones of this room session that have a dot on a theme (an earlier session's
    /// phones have numbers before this session's first).
    pub fn voted_this_session(&self, project: &Project) -> usize {
        project
            .definition
            .voting
            .phones
            .range(self.first_phone..)
            .filter(|(_, dots)| !dots.is_empty())
            .count()
    }

    /// Phones that have joined since the room opened.
    pub fn phones_joined(&self) -> usize {
        self.phones
    }

    /// Whether the laptop has a network phones could reach it on.
    pub fn on_a_network(&self) -> bool {
        !self.reach.is_loopback()
    }

    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn set_phase(&mut self, phase: Phase) {
        self.phase = phase;
        if phase != Phase::Vote {
            self.revealed = false;
        }
    }

    /// The version phones sense-check.
    pub fn version(&self) -> Option<VersionId> {
        self.version
    }

    pub fn set_version(&mut self, version: Option<VersionId>) {
        self.version = version;
    }

    /// Whether SIGINT or SIGTERM asked the room to close (`cytun room`).
    pub fn signalled(&self) -> bool {
        self.server.signalled()
    }

    /// The command for the next thing a phone did, worked out against `project` as it is
    /// now (so two contributions in one frame do not land on the same spot); none when
    /// nothing more has arrived. Each is a `Command::FromPhone`, marking the arrival as
    /// taken in; if it is refused, take in `Command::only_the_mark` of it instead.
    pub fn next_command(&mut self, project: &Project, tr: &I18n) -> Option<Command> {
        if self.words.0 != tr.language() {
            self.words = (tr.language(), arrival_words(tr));
        }
        let words = &self.words.1;
        while let Some(arrival) = self.early.take().or_else(|| self.server.next_arrival()) {
            self.applied = arrival.number;
            if let Arrived::Joined { phones } = arrival.what {
                self.phones = phones;
                continue;
            }
            let record = super::journal::Record {
                room: self.session.clone(),
                n: arrival.number,
                what: arrival.what,
            };
            return Some(super::journal::command_for_record(project, &record, words));
        }
        None
    }

    /// The project was saved: the journal empties itself if the save holds all it has.
    pub fn saved(&self, project: &Project) {
        if let Some(number) = project.phones.sessions.get(&self.session) {
            self.server.saved_up_to(*number);
        }
    }

    /// Stops the room without taking in what is still waiting (it stays in the journal, for
    /// the next opening of the project).
    pub fn close(mut self) {
        self.server.stop();
    }

    /// Stops listening; what was accepted before is kept and waits in `next_command`, to be
    /// taken in before the room is dropped.
    pub fn stop(&mut self) {
        self.server.stop();
    }

    /// Waits up to `timeout` for a phone to do something (`cytun room`); whether it did.
    pub fn wait(&mut self, timeout: std::time::Duration) -> bool {
        if self.early.is_none() {
            self.early = self.server.wait_for_arrival(timeout);
        }
        self.early.is_some()
    }

    /// Hands the server a new view when the project (`state`), the phase or the version
    /// changed since the last, or arrivals were taken in.
    pub fn publish(&mut self, project: &Project, state: u64, tr: &I18n) {
        if self.shown.is_none_or(|(shown, ..)| shown != state) {
            // A version saved while phones sense-check is the one they are offered; one the
            // facilitator picked by hand stays until a newer is saved.
            let newest = latest_open_version(project);
            if newest != self.newest {
                self.newest = newest;
                if newest.is_some() && self.phase == Phase::SenseCheck {
                    self.version = newest;
                }
            }
        }
        let made_from = (state, self.phase, self.version);
        if self.shown == Some(made_from) && self.applied_shown == self.applied {
            return;
        }
        let mut view = RoomView::of(project, self.phase, self.version, &crate::export::marks(tr));
        view.applied = self.applied;
        self.server.publish(view);
        self.shown = Some(made_from);
        self.applied_shown = self.applied;
    }
}

/// `text` as QR modules (medium error correction: a projector's glare and a shaky hand).
fn qr_modules(text: &str) -> (Vec<bool>, usize) {
    match qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M) {
        Ok(code) => (
            code.to_colors()
                .into_iter()
                .map(|c| c == qrcode::Color::Dark)
                .collect(),
            code.width(),
        ),
        Err(_) => (Vec::new(), 0),
    }
}

/// The newest version that can still take feedback (saved after any approved one): of the
/// definition while one is open, else of the charter, which comes after it.
pub fn latest_open_version(project: &Project) -> Option<VersionId> {
    Part::ALL.into_iter().find_map(|part| {
        project
            .definition
            .open_versions(part)
            .last()
            .map(|v| VersionId {
                part,
                number: v.number,
            })
    })
}

/// The address a phone on the same network reaches this laptop at: the named one, else this
/// laptop's address on a private network (a hotspot, the venue's Wi-Fi), else any that is up.
fn reachable_address(bind: IpAddr) -> IpAddr {
    if !bind.is_unspecified() {
        return bind;
    }
    let Ok(interfaces) = if_addrs::get_if_addrs() else {
        return IpAddr::V4(Ipv4Addr::LOCALHOST);
    };
    let mut found: Vec<Ipv4Addr> = interfaces
        .iter()
        .filter(|i| !i.is_loopback())
        .filter_map(|i| match i.ip() {
            IpAddr::V4(ip) => Some(ip),
            IpAddr::V6(_) => None,
        })
        .filter(|ip| !ip.is_link_local())
        .collect();
    // A private network first: that is where phones in the room are.
    found.sort_by_key(|ip| !ip.is_private());
    found
        .first()
        .map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |ip| IpAddr::V4(*ip))
}

/// The words arrivals bring into the project, in the facilitator's language.
pub fn arrival_words(tr: &I18n) -> ArrivalWords {
    let other = match tr.language() {
        UiLanguage::English => UiLanguage::Welsh,
        UiLanguage::Welsh => UiLanguage::English,
    };
    let phone = tr.tr_args("phone-feedback-from", &[("number", Arg::Str("{number}"))]);
    ArrivalWords {
        heading: tr.tr("phones-arrived-heading"),
        heading_other: I18n::new(other).tr("phones-arrived-heading"),
        phone: Box::new(move |n| phone.replace("{number}", &n.to_string())),
    }
}
