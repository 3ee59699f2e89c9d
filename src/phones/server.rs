//! The room's HTTP server: axum on a one-thread tokio runtime, on a thread of its own, only
//! while the room is open. It serves the page, checks every request (token, device, size,
//! rate, budget) against the ledger, and passes what was accepted to the UI thread as
//! messages. Closing it stops the listener at once and every connection within a second.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

use super::arrive::{Arrival, Contribution};
use super::ledger::{Ledger, Refusal};
use super::page;
use super::token::{JoinCode, Token};
use super::view::{Phase, RoomView, ThemeView, VersionView};
use crate::model::definition::{Part, Response as Answer, VersionId};
use crate::model::{Consent, Language, Prompt, ThemeId};
use crate::store::journal::{Journal, JournalFile};

/// Bytes a request body may have: far more than 2,000 characters of any script need.
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// The header a phone names itself by.
const DEVICE_HEADER: &str = "x-cytun-device";
/// Connections the system holds for the server before it takes them.
const CONNECTION_QUEUE: u32 = 1024;
/// Connections open at once: every phone of a full room with some to spare (and well within
/// the 1,024 files a process may usually hold).
const MAX_CONNECTIONS: usize = 700;
/// Connections open at once from one address: a phone needs one or two.
const MAX_CONNECTIONS_PER_ADDRESS: usize = 32;
/// How long a client may take to send a request's headers (or, between requests, to start
/// the next) before it is let go.
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a client may take to send a request's body: then 408, and the connection ends.
const BODY_TIMEOUT: Duration = Duration::from_secs(5);

/// The address a request came from (one phone, or one hostile client).
#[derive(Clone, Copy, Debug)]
struct Peer(std::net::IpAddr);
/// How long connections still open at Close are given to finish.
const CLOSING_GRACE: Duration = Duration::from_secs(1);

/// Called on the server's thread whenever something arrived: wakes the window.
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// What every handler shares.
struct Shared {
    token: Token,
    code: JoinCode,
    /// The room session's name, in every line of the journal.
    session: String,
    ledger: Mutex<Ledger>,
    /// Every arrival goes through it, in the order the ledger numbered it: kept ones are on
    /// disk before they are passed to the project and before the phone hears.
    journal: Mutex<Journal<Arrival>>,
    strings: String,
}

impl Shared {
    fn ledger(&self) -> std::sync::MutexGuard<'_, Ledger> {
        // A handler that panicked leaves the book as it was between two whole changes.
        self.ledger.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Queues `arrival` for the journal (call with the ledger held, so the journal's order is
    /// the ledger's); the answer comes once it is kept and passed on.
    fn keep(&self, arrival: Arrival) -> tokio::sync::oneshot::Receiver<std::io::Result<()>> {
        let line = if arrival.what.is_kept() {
            super::journal::Record::line(&self.session, &arrival)
        } else {
            Vec::new()
        };
        self.journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .append(line, arrival)
    }
}

/// An open room's server. Dropping it closes the room.
pub struct RoomServer {
    address: SocketAddr,
    shared: Arc<Shared>,
    arrivals: Receiver<Arrival>,
    stop: Option<tokio::sync::watch::Sender<bool>>,
    thread: Option<JoinHandle<()>>,
    /// Set when SIGINT or SIGTERM arrived (if asked to listen for them).
    signalled: Arc<AtomicBool>,
}

impl std::fmt::Debug for RoomServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RoomServer")
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl RoomServer {
    /// Listens on `bind` (port 0: any free port) and serves `view` until closed. With
    /// `until_signal`, SIGINT and SIGTERM are heard too (for `cytun room`).
    pub fn open(
        bind: SocketAddr,
        view: RoomView,
        strings: String,
        wake: Wake,
        until_signal: bool,
        journal: (&JournalFile, String),
    ) -> std::io::Result<Self> {
        let no_random = || std::io::Error::other("no random source");
        let token = Token::new().ok_or_else(no_random)?;
        let code = JoinCode::new().ok_or_else(no_random)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()?;
        // A room's phones arrive at once (everyone scans the code together): the queue of
        // connections waiting to be taken is made long enough for all of them, or the
        // system drops some and their phones wait a second to try again.
        let listener = runtime.block_on(async {
            let socket = match bind {
                SocketAddr::V4(_) => tokio::net::TcpSocket::new_v4()?,
                SocketAddr::V6(_) => tokio::net::TcpSocket::new_v6()?,
            };
            socket.bind(bind)?;
            socket.listen(CONNECTION_QUEUE)
        })?;
        let address = listener.local_addr()?;
        let (sender, arrivals) = std::sync::mpsc::channel::<Arrival>();
        let woken = Arc::clone(&wake);
        let (journal_file, session) = journal;
        let journal = Journal::open(
            journal_file,
            |arrival: &Arrival| arrival.number,
            move |arrival| {
                // Nobody is listening only when the room has closed.
                if sender.send(arrival).is_ok() {
                    woken();
                }
            },
        )?;
        let shared = Arc::new(Shared {
            token,
            code,
            session,
            ledger: Mutex::new(Ledger::new(view)),
            journal: Mutex::new(journal),
            strings,
        });
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let signalled = Arc::new(AtomicBool::new(false));
        let app = routes(Arc::clone(&shared));
        let heard = Arc::clone(&signalled);
        let thread = std::thread::Builder::new()
            .name("cytun-room".into())
            .spawn(move || {
                runtime.block_on(serve(
                    listener,
                    app,
                    stopped,
                    until_signal.then_some((heard, wake)),
                ));
                // Whatever connection is still open ends with the runtime.
                runtime.shutdown_timeout(CLOSING_GRACE);
            })?;
        Ok(Self {
            address,
            shared,
            arrivals,
            stop: Some(stop),
            thread: Some(thread),
            signalled,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The room's token, for the join address.
    pub fn token(&self) -> &str {
        self.shared.token.as_str()
    }

    /// The short code to type at the room's address.
    pub fn join_code(&self) -> String {
        self.shared.code.shown()
    }

    /// The next thing a phone did, if any (never waits).
    pub fn next_arrival(&self) -> Option<Arrival> {
        self.arrivals.try_recv().ok()
    }

    /// Waits up to `timeout` for the next thing a phone did.
    pub fn wait_for_arrival(&self, timeout: Duration) -> Option<Arrival> {
        self.arrivals.recv_timeout(timeout).ok()
    }

    /// Hands the server the project's newest view.
    pub fn publish(&self, view: RoomView) {
        self.shared.ledger().publish(view);
    }

    pub fn phones_joined(&self) -> usize {
        self.shared.ledger().phones_joined()
    }

    /// Whether SIGINT or SIGTERM asked the room to close.
    pub fn signalled(&self) -> bool {
        self.signalled.load(Ordering::Relaxed)
    }

    /// Asks the project's journal to empty itself if every arrival up to `number` is in a
    /// saved project.
    pub fn saved_up_to(&self, number: u64) {
        self.shared
            .journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .forget_up_to(number);
    }

    /// Stops listening and ends every connection; returns once nothing listens and every
    /// arrival accepted is kept and waiting in `next_arrival`.
    pub fn stop(&mut self) {
        self.stop_now();
    }

    fn stop_now(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(true);
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        // What was accepted before the listener stopped is written and passed on.
        self.shared
            .journal
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .close();
    }
}

impl Drop for RoomServer {
    fn drop(&mut self) {
        self.stop_now();
    }
}

/// Serves until `stopped` turns true (or a signal, if listened for), then gives open
/// connections a moment to finish.
async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    mut stopped: tokio::sync::watch::Receiver<bool>,
    signals: Option<(Arc<AtomicBool>, Wake)>,
) {
    let signal = async move {
        match signals {
            Some((heard, wake)) => {
                termination().await;
                heard.store(true, Ordering::Relaxed);
                wake();
            }
            None => std::future::pending().await,
        }
    };
    tokio::pin!(signal);
    let open = Arc::new(Connections::default());
    loop {
        tokio::select! {
            () = async { let _ = stopped.wait_for(|stop| *stop).await; } => break,
            () = &mut signal => break,
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else {
                    // Out of file handles, most likely: wait a moment rather than spin.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                };
                let Some(held) = open.admit(peer.ip()) else {
                    // Too many open from this address, or in all: closed at once.
                    continue;
                };
                let app = app.clone().layer(axum::Extension(Peer(peer.ip())));
                let mut closing = stopped.clone();
                tokio::spawn(async move {
                    let _held = held;
                    let service = hyper_util::service::TowerToHyperService::new(app);
                    let mut builder = hyper::server::conn::http1::Builder::new();
                    builder
                        .timer(hyper_util::rt::TokioTimer::new())
                        .header_read_timeout(HEADER_TIMEOUT);
                    let connection = builder.serve_connection(hyper_util::rt::TokioIo::new(stream), service);
                    tokio::pin!(connection);
                    tokio::select! {
                        _ = connection.as_mut() => {}
                        () = async { let _ = closing.wait_for(|stop| *stop).await; } => {
                            connection.as_mut().graceful_shutdown();
                            let _ = tokio::time::timeout(CLOSING_GRACE, connection).await;
                        }
                    }
                });
            }
        }
    }
    // The listener goes first: nothing new is taken while the open ones finish.
    drop(listener);
    let deadline = tokio::time::Instant::now() + CLOSING_GRACE;
    while open.total() > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The connections open now, in all and by address: one phone (or one hostile client)
/// cannot take every connection the laptop can hold.
#[derive(Default)]
struct Connections {
    by_address: Mutex<std::collections::HashMap<std::net::IpAddr, usize>>,
}

/// One admitted connection; dropping it counts it out.
struct Held {
    connections: Arc<Connections>,
    address: std::net::IpAddr,
}

impl Connections {
    fn admit(self: &Arc<Self>, address: std::net::IpAddr) -> Option<Held> {
        let mut open = self
            .by_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let total: usize = open.values().sum();
        let mine = open.entry(address).or_default();
        // This laptop itself (its own browser, a second window) is not one phone; any other
        // address is, 127.0.0.2 included.
        let one_phone = !matches!(
            address,
            std::net::IpAddr::V4(v4) if v4 == std::net::Ipv4Addr::LOCALHOST
        ) && address != std::net::IpAddr::V6(std::net::Ipv6Addr::LOCALHOST);
        if (one_phone && *mine >= MAX_CONNECTIONS_PER_ADDRESS) || total >= MAX_CONNECTIONS {
            return None;
        }
        *mine += 1;
        Some(Held {
            connections: Arc::clone(self),
            address,
        })
    }

    fn total(&self) -> usize {
        self.by_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .sum()
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut open = self
            .connections
            .by_address
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.address) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                open.remove(&self.address);
            }
        }
    }
}

/// SIGINT or SIGTERM (Ctrl+C only, where there are no such signals).
async fn termination() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut interrupt), Ok(mut terminate)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

fn routes(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/", get(page_by_code))
        .route("/join/{token}", get(page_by_token))
        .route(
            "/room.js",
            get(|| async { asset("text/javascript", page::SCRIPT) }),
        )
        .route(
            "/room.css",
            get(|| async { asset("text/css", page::STYLE) }),
        )
        .route("/strings.json", get(strings))
        .route("/api/join", post(join))
        .route("/api/state", get(state))
        .route("/api/contribute", post(contribute))
        .route("/api/dot", post(dot))
        .route("/api/answer", post(answer))
        .fallback(|| async { refused(Refusal::WrongRoom) })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(refuse_announced_size))
        .layer(axum::middleware::map_response(guarded))
        .with_state(shared)
}

/// A body announced larger than the limit is refused before any of it is read: a client
/// that says "100 MB" and sends nothing is not waited for.
async fn refuse_announced_size(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if announced.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return too_large();
    }
    next.run(request).await
}

/// The headers every answer carries: scripts and styles only from this server, no framing,
/// nothing guessed about a type, no address passed on to another site, nothing cached.
async fn guarded(mut response: Response) -> Response {
    let headers = response.headers_mut();
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
             img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

fn asset(kind: &'static str, text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, kind)], text).into_response()
}

fn html_page() -> Response {
    asset("text/html; charset=utf-8", page::HTML)
}

/// The page at the short address: the phone types the join code.
async fn page_by_code() -> Response {
    html_page()
}

/// The page at the join address on the QR code.
async fn page_by_token(State(shared): State<Arc<Shared>>, Path(token): Path<String>) -> Response {
    if shared.token.matches(&token) {
        html_page()
    } else {
        refused(Refusal::WrongRoom)
    }
}

async fn strings(State(shared): State<Arc<Shared>>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        shared.strings.clone(),
    )
        .into_response()
}

/// JSON that is safe wherever it lands: `<`, `>` and `&` are written as escapes, so no text
/// a participant wrote can close a tag, even in a page that got it wrong.
fn json(status: StatusCode, value: &impl Serialize) -> Response {
    let text = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned());
    let text = text
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

#[derive(Serialize)]
struct Said {
    error: &'static str,
}

fn refused(refusal: Refusal) -> Response {
    let status = StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::BAD_REQUEST);
    json(
        status,
        &Said {
            error: refusal.key(),
        },
    )
}

/// A body that is not the JSON asked for: 400, and nothing of it echoed back. One sent too
/// slowly (a client that stops halfway) is let go after a few seconds with 408; one larger
/// than the limit, 413.
async fn parsed<T: for<'de> Deserialize<'de>>(body: Body) -> Result<T, Response> {
    let bytes = match tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY_BYTES))
        .await
    {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return Err(too_large()),
        Err(_) => {
            let mut response = refused(Refusal::TooSlow);
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
            return Err(response);
        }
    };
    serde_json::from_slice(&bytes).map_err(|_| refused(Refusal::BadRequest))
}

/// 413, and the connection ends: the rest of what it sends is not read.
fn too_large() -> Response {
    let mut response = json(StatusCode::PAYLOAD_TOO_LARGE, &Said { error: "too_long" });
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

#[derive(Deserialize)]
struct JoinIn {
    #[serde(default)]
    room: Option<String>,
    #[serde(default)]
    code: Option<String>,
}

#[derive(Serialize)]
struct Joined<'a> {
    device: &'a str,
    phone: u32,
    /// The room's token: a phone that typed the code goes on at the full address.
    room: &'a str,
}

async fn join(
    State(shared): State<Arc<Shared>>,
    axum::Extension(Peer(from)): axum::Extension<Peer>,
    body: Body,
) -> Response {
    let request: JoinIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let now = Instant::now();
    let mut ledger = shared.ledger();
    let allowed = match (&request.room, &request.code) {
        (Some(room), _) => shared.token.matches(room),
        (None, Some(code)) => {
            if !ledger.codes_open(from, now) {
                return refused(Refusal::TooFast);
            }
            shared.code.matches(code)
        }
        (None, None) => false,
    };
    if !allowed {
        if request.room.is_none() {
            ledger.code_refused(from, now);
        }
        return refused(Refusal::WrongRoom);
    }
    let Some(device) = Token::new() else {
        return refused(Refusal::RoomFull);
    };
    match ledger.join(&device, now) {
        Ok((phone, arrival)) => {
            // Only counted: passed on in its turn, nothing to wait for.
            drop(shared.keep(arrival));
            drop(ledger);
            json(
                StatusCode::OK,
                &Joined {
                    device: device.as_str(),
                    phone,
                    room: shared.token.as_str(),
                },
            )
        }
        Err(refusal) => refused(refusal),
    }
}

/// The phone behind a request, if it may ask now.
fn phone_of(headers: &HeaderMap, ledger: &mut Ledger) -> Result<u32, Refusal> {
    let device = headers
        .get(DEVICE_HEADER)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();
    ledger.phone(device, Instant::now())
}

#[derive(Serialize)]
struct StateOut<'a> {
    phase: Phase,
    phone: u32,
    budget: u32,
    /// The themes this phone's dots are on, one entry per dot.
    dots: Vec<u64>,
    themes: &'a [ThemeView],
    version: Option<&'a VersionView>,
    answered: bool,
    /// This project's own questions, offered as prompts (`q0`, `q1`…); none: the senses.
    questions: &'a [String],
    /// Beside its own questions, the senses its contributions answer.
    senses: &'a [String],
}

fn state_of(ledger: &Ledger, phone: u32) -> Response {
    let view = ledger.view();
    json(
        StatusCode::OK,
        &StateOut {
            phase: view.phase,
            phone,
            budget: view.budget,
            dots: ledger.dots_of(phone).iter().map(|t| t.0).collect(),
            themes: &view.themes,
            version: view.version.as_ref(),
            answered: view
                .version
                .as_ref()
                .is_some_and(|v| ledger.has_answered(phone, v.id())),
            questions: &view.questions,
            senses: &view.senses,
        },
    )
}

async fn state(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let mut ledger = shared.ledger();
    match phone_of(&headers, &mut ledger) {
        Ok(phone) => state_of(&ledger, phone),
        Err(refusal) => refused(refusal),
    }
}

/// Runs one change for the phone behind `headers`: refused, or kept on disk, passed on and
/// answered with what `reply` says of the phone after it (small: a room's phones all answer
/// at once). A phone hears "done" only once what it sent is on disk; if it could not be
/// written, it hears so, and the ledger forgets it.
async fn change(
    shared: &Shared,
    headers: &HeaderMap,
    act: impl FnOnce(&mut Ledger, u32) -> Result<Arrival, Refusal>,
    reply: fn(&Ledger, u32) -> Response,
) -> Response {
    let (kept, answer, sent) = {
        let mut ledger = shared.ledger();
        let phone = match phone_of(headers, &mut ledger) {
            Ok(phone) => phone,
            Err(refusal) => return refused(refusal),
        };
        match act(&mut ledger, phone) {
            Ok(arrival) => {
                let sent = arrival.clone();
                let answer = reply(&ledger, phone);
                (shared.keep(arrival), answer, sent)
            }
            Err(refusal) => return refused(refusal),
        }
    };
    if let Ok(Ok(())) = kept.await {
        answer
    } else {
        shared.ledger().forget(&sent);
        refused(Refusal::NotKept)
    }
}

#[derive(Serialize)]
struct DotsOut {
    budget: u32,
    dots: Vec<u64>,
}

/// After a dot: the phone's dots now.
fn dots_reply(ledger: &Ledger, phone: u32) -> Response {
    json(
        StatusCode::OK,
        &DotsOut {
            budget: ledger.view().budget,
            dots: ledger.dots_of(phone).iter().map(|t| t.0).collect(),
        },
    )
}

#[derive(Serialize)]
struct Done {
    done: bool,
}

/// After a contribution or an answer: taken.
fn done_reply(_: &Ledger, _: u32) -> Response {
    json(StatusCode::OK, &Done { done: true })
}

#[derive(Deserialize)]
struct ContributionIn {
    text: String,
    #[serde(default)]
    prompt: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    consent: String,
    #[serde(default)]
    name: String,
}

async fn contribute(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Response {
    let request: ContributionIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    // One of this project's own questions, by its place in the list the phone was shown.
    let asked: Option<usize> = request
        .prompt
        .strip_prefix('q')
        .and_then(|n| n.parse().ok());
    let mut contribution = Contribution {
        text: request.text,
        prompt: match request.prompt.as_str() {
            "smells" => Prompt::Smells,
            "tastes" => Prompt::Tastes,
            "sounds" => Prompt::Sounds,
            "looks" => Prompt::Looks,
            "feels" => Prompt::Feels,
            _ => Prompt::Unspecified,
        },
        language: if request.language == "cy" {
            Language::Welsh
        } else {
            Language::English
        },
        // Anything but a clear choice is the most careful one.
        consent: match request.consent.as_str() {
            "with-name" => Consent::QuoteWithName,
            "anonymous" => Consent::QuoteAnonymously,
            _ => Consent::DoNotQuote,
        },
        name: request.name,
    };
    change(
        &shared,
        &headers,
        |ledger, phone| {
            if let Some(question) = asked.and_then(|i| ledger.view().questions.get(i)) {
                contribution.prompt = Prompt::Other(question.clone());
            }
            ledger.contribute(phone, contribution)
        },
        done_reply,
    )
    .await
}

#[derive(Deserialize)]
struct DotIn {
    theme: u64,
    give: bool,
}

async fn dot(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Response {
    let request: DotIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    change(
        &shared,
        &headers,
        |ledger, phone| ledger.dot(phone, ThemeId(request.theme), request.give),
        dots_reply,
    )
    .await
}

#[derive(Deserialize)]
struct AnswerIn {
    /// Which text the phone was shown: the definition unless it says.
    #[serde(default)]
    part: Part,
    version: u32,
    response: String,
    #[serde(default)]
    comment: String,
}

async fn answer(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Body) -> Response {
    let request: AnswerIn = match parsed(body).await {
        Ok(request) => request,
        Err(response) => return response,
    };
    let response = match request.response.as_str() {
        "agree" => Answer::Agree,
        "agree-with-changes" => Answer::AgreeWithChanges,
        "disagree" => Answer::Disagree,
        _ => return refused(Refusal::BadRequest),
    };
    change(
        &shared,
        &headers,
        |ledger, phone| {
            let version = VersionId {
                part: request.part,
                number: request.version,
            };
            ledger.answer(phone, version, response, &request.comment)
        },
        done_reply,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_address_cannot_take_every_connection_and_a_closed_one_is_counted_out() {
        let open = Arc::new(Connections::default());
        let phone: std::net::IpAddr = [192, 168, 1, 23].into();
        let held: Vec<Held> = (0..MAX_CONNECTIONS_PER_ADDRESS)
            .filter_map(|_| open.admit(phone))
            .collect();
        assert_eq!(held.len(), MAX_CONNECTIONS_PER_ADDRESS);
        assert!(open.admit(phone).is_none(), "one more from the same phone");
        assert!(
            open.admit([192, 168, 1, 24].into()).is_some(),
            "another phone"
        );
        drop(held);
        assert!(open.admit(phone).is_some(), "room again once they closed");
        let everyone: Vec<Held> = (0..MAX_CONNECTIONS * 2)
            .filter_map(|n| open.admit([10, 0, (n / 250) as u8, (n % 250) as u8].into()))
            .collect();
        assert_eq!(
            open.total(),
            MAX_CONNECTIONS,
            "never more than the room can hold"
        );
        drop(everyone);
    }
}
