//! The room's HTTP server: axum on a one-thread tokio runtime, on a thread of its own, only
//! while the room is open. It serves the page, checks every request (token, device, size,
//! rate, budget) against the ledger, and passes what was accepted to the UI thread as
//! messages. Closing it stops the listener at once and every connection within a second.

mod handlers;
mod limits;
mod wire;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use super::arrive::Arrival;
use super::ledger::{Ledger, Refusal};
use super::page;
use super::token::{JoinCode, Token};
use super::view::RoomView;
use crate::store::journal::{Journal, JournalFile};

use handlers::{
    answer, asset, contribute, dot, join, page_by_code, page_by_token, refused, state, strings,
};
use limits::{
    CONNECTION_QUEUE, Connections, HEADER_TIMEOUT, MAX_BODY_BYTES, Peer, guarded,
    refuse_announced_size,
};

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
