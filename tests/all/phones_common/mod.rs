//! A room opened on 127.0.0.1 (any free port) for tests, driven as the window drives it,
//! and a small HTTP/1.1 client over a plain socket: it can send what no browser would.

#![allow(
    dead_code,
    reason = "each test binary uses its own part of the helpers"
)]

use std::io::{Read as _, Write as _};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::Duration;

use cytun::command::{Command, apply};
use cytun::i18n::{I18n, UiLanguage};
use cytun::model::{BoardPos, Project};
use cytun::phones::{Phase, RoomHost, RoomOptions};

/// The room and the project it writes into, as the UI thread holds them.
pub struct TestRoom {
    pub host: RoomHost,
    pub project: Project,
    pub tr: I18n,
    state: u64,
    /// Where the room's journal is written (removed with the room).
    pub journal: tempfile::TempDir,
}

impl TestRoom {
    pub fn open(project: Project, phase: Phase) -> Self {
        let tr = I18n::new(UiLanguage::English);
        let options = RoomOptions {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: Some(0),
            phase,
            until_signal: false,
        };
        let journal = tempfile::tempdir().expect("a folder for the journal");
        let host = RoomHost::open(
            options,
            &project,
            &tr,
            &(Arc::new(|| {}) as cytun::phones::server::Wake),
            &cytun::phones::host::JournalFile::At(journal.path().join("room.phones")),
        )
        .expect("a room opens on 127.0.0.1");
        let mut room = Self {
            host,
            project,
            tr,
            state: 1,
            journal,
        };
        room.take_in();
        room
    }

    pub fn address(&self) -> SocketAddr {
        self.host.address()
    }

    /// The token in the join address.
    pub fn token(&self) -> String {
        let url = self.host.join_url();
        url.rsplit('/').next().unwrap_or_default().to_owned()
    }

    /// What the window does once a frame: every arrival one command, then a fresh view.
    pub fn take_in(&mut self) -> usize {
        let mut applied = 0;
        while let Some(command) = self.host.next_command(&self.project, &self.tr) {
            let mark = command.clone().only_the_mark();
            if apply(&mut self.project, command).is_ok() {
                applied += 1;
            } else if let Some(mark) = mark {
                apply(&mut self.project, mark).expect("a mark always applies");
            }
            self.state += 1;
        }
        self.host.publish(&self.project, self.state, &self.tr);
        applied
    }

    /// A change made by the facilitator meanwhile.
    pub fn facilitator(&mut self, command: Command) {
        apply(&mut self.project, command).expect("the facilitator's change applies");
        self.state += 1;
        self.host.publish(&self.project, self.state, &self.tr);
    }

    pub fn set_phase(&mut self, phase: Phase) {
        self.host.set_phase(phase);
        self.take_in();
    }

    /// Joins as a new phone: its device token.
    pub fn join(&mut self) -> String {
        let reply = post(
            self.address(),
            "/api/join",
            None,
            &format!(r#"{{"room":"{}"}}"#, self.token()),
        );
        assert_eq!(reply.status, 200, "join: {}", reply.body);
        self.take_in();
        field(&reply.body, "device")
    }
}

/// One HTTP answer.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Header lines, lower-cased.
    pub headers: String,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == name).then(|| value.trim().to_owned())
        })
    }
}

/// Sends `raw` as it is and reads the whole answer (the server closes after it).
/// A connection to `address` from the loopback address `from` (127.0.0.2: another phone,
/// as far as the room can tell).
pub fn connect_from(from: Ipv4Addr, address: SocketAddr) -> std::io::Result<TcpStream> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    let stream = runtime.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4()?;
        socket.bind(SocketAddr::new(IpAddr::V4(from), 0))?;
        socket.connect(address).await
    })?;
    let stream = stream.into_std()?;
    stream.set_nonblocking(false)?;
    Ok(stream)
}

/// `raw` sent from the loopback address `from`, and the answer.
pub fn send_raw_from(from: Ipv4Addr, address: SocketAddr, raw: &[u8]) -> Reply {
    let stream = connect_from(from, address).expect("the room listens");
    answer_of(stream, raw)
}

/// A POST from the loopback address `from`.
pub fn post_from(from: Ipv4Addr, address: SocketAddr, path: &str, body: &str) -> Reply {
    let raw = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    send_raw_from(from, address, raw.as_bytes())
}

pub fn send_raw(address: SocketAddr, raw: &[u8]) -> Reply {
    let stream = TcpStream::connect(address).expect("the room listens");
    answer_of(stream, raw)
}

fn answer_of(mut stream: TcpStream, raw: &[u8]) -> Reply {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a timeout can be set");
    // The server may answer (413) and close before a huge body is all sent.
    let _ = stream.write_all(raw);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Reply {
        status,
        headers: head.to_lowercase(),
        body: body.to_owned(),
    }
}

pub fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    device: Option<&str>,
    body: Option<&str>,
) -> Reply {
    let mut raw = format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    if let Some(device) = device {
        raw += "X-Cytun-Device: ";
        raw += device;
        raw += "\r\n";
    }
    if let Some(body) = body {
        raw += "Content-Type: application/json\r\nContent-Length: ";
        raw += &body.len().to_string();
        raw += "\r\n";
    }
    raw.push_str("\r\n");
    raw.push_str(body.unwrap_or_default());
    send_raw(address, raw.as_bytes())
}

pub fn get(address: SocketAddr, path: &str, device: Option<&str>) -> Reply {
    request(address, "GET", path, device, None)
}

pub fn post(address: SocketAddr, path: &str, device: Option<&str>, body: &str) -> Reply {
    request(address, "POST", path, device, Some(body))
}

/// A string field of a JSON answer.
pub fn field(body: &str, name: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    value[name].as_str().unwrap_or_default().to_owned()
}

/// A project with three themes of two notes each, one note of which may not be quoted.
pub fn project_with_themes() -> Project {
    let mut project = Project::new("Room test");
    let notes = [
        ("Tea and a welcome", cytun::model::Consent::QuoteAnonymously),
        (
            "Someone says hello by name",
            cytun::model::Consent::QuoteAnonymously,
        ),
        (
            "We were paid for our time",
            cytun::model::Consent::QuoteWithName,
        ),
        ("My own story, private", cytun::model::Consent::DoNotQuote),
        (
            "Cymraeg wrth y bwrdd",
            cytun::model::Consent::QuoteAnonymously,
        ),
        (
            "Papers in both languages",
            cytun::model::Consent::QuoteAnonymously,
        ),
    ];
    for (i, (text, consent)) in notes.iter().enumerate() {
        let mut details = cytun::model::NoteDetails {
            consent: *consent,
            ..Default::default()
        };
        details.author = "Ann Jones".into();
        apply(
            &mut project,
            Command::CreateNote {
                pos: BoardPos::new(i as f32 * 400.0, 0.0),
                text: (*text).into(),
                details: Box::new(details),
            },
        )
        .expect("a note is written");
    }
    let ids: Vec<_> = project.notes.keys().copied().collect();
    for (n, (title, pair)) in [("Welcome", 0), ("Paid", 2), ("Cymraeg", 4)]
        .iter()
        .enumerate()
    {
        apply(
            &mut project,
            Command::CreateTheme {
                title: (*title).into(),
                notes: ids[*pair..*pair + 2].to_vec(),
                at: BoardPos::new(n as f32 * 800.0, 600.0),
            },
        )
        .expect("a theme is made");
    }
    project
}
