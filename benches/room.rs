//! The room under a whole room's burst, with every arrival synced to the journal before the
//! phone hears: 300 phones give 3 dots each, all at once, over HTTP on loopback, each on its
//! own kept-alive connection as a phone's browser does (target: the
//! 99th percentile of the answers ≤ 50 ms, and every dot recorded once). Also what one sync
//! costs on this machine: one arrival alone, written and synced before it is answered.
//!
//! Each burst's p99 and the sync's cost are printed on standard error as well, since
//! criterion reports the burst's total time.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::io::{Read as _, Write as _};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use cytun::command::{Command, apply};
use cytun::i18n::{I18n, UiLanguage};
use cytun::model::{BoardPos, Project, ThemeId};
use cytun::phones::host::JournalFile;
use cytun::phones::{Phase, RoomHost, RoomOptions};

const PHONES: usize = 300;
const DOTS: usize = 3;

fn post(address: SocketAddr, path: &str, device: Option<&str>, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    let device = device
        .map(|d| format!("X-Cytun-Device: {d}\r\n"))
        .unwrap_or_default();
    let raw = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{device}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(raw.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    (status, body.to_owned())
}

/// One phone's dots, on its own kept-alive connection as a phone's browser keeps it: each
/// answer's time. The phones are tasks of one client thread, so that the client takes as
/// little of the machine's two cores as it can from the room it measures.
async fn give_dots(
    address: SocketAddr,
    device: String,
    themes: Vec<ThemeId>,
    start: Arc<tokio::sync::Barrier>,
) -> Vec<Duration> {
    use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _};
    let stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let mut stream = tokio::io::BufReader::new(stream);
    start.wait().await;
    let mut times = Vec::with_capacity(DOTS);
    for n in 0..DOTS {
        let sent = Instant::now();
        let body = format!(r#"{{"theme":{},"give":true}}"#, themes[n % 3].0);
        let raw = format!(
            "POST /api/dot HTTP/1.1\r\nHost: x\r\nX-Cytun-Device: {device}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        stream.get_mut().write_all(raw.as_bytes()).await.unwrap();
        let (mut status, mut length) = (0_u16, 0_usize);
        loop {
            let mut line = String::new();
            stream.read_line(&mut line).await.unwrap();
            let line = line.to_lowercase();
            if line.starts_with("http/1.1 ") {
                status = line[9..12].parse().unwrap_or(0);
            } else if let Some(n) = line.strip_prefix("content-length:") {
                length = n.trim().parse().unwrap_or(0);
            } else if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        let mut answer = vec![0_u8; length];
        stream.read_exact(&mut answer).await.unwrap();
        assert_eq!(status, 200, "{}", String::from_utf8_lossy(&answer));
        times.push(sent.elapsed());
    }
    times
}

fn field(body: &str, name: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    value[name].as_str().unwrap_or_default().to_owned()
}

/// Three themes and three dots each.
fn workshop() -> Project {
    let mut project = Project::new("Bench room");
    for i in 0..6 {
        apply(
            &mut project,
            Command::CreateNote {
                pos: BoardPos::new(i as f32 * 400.0, 0.0),
                text: format!("Contribution {i}"),
                details: Box::default(),
            },
        )
        .unwrap();
    }
    let ids: Vec<_> = project.notes.keys().copied().collect();
    for (n, pair) in [0, 2, 4].into_iter().enumerate() {
        apply(
            &mut project,
            Command::CreateTheme {
                title: format!("Theme {n}"),
                notes: ids[pair..pair + 2].to_vec(),
                at: BoardPos::new(n as f32 * 800.0, 600.0),
            },
        )
        .unwrap();
    }
    apply(
        &mut project,
        Command::SetVoting {
            participants: Vec::new(),
            dots_per_person: DOTS as u32,
        },
    )
    .unwrap();
    project
}

/// One burst: a fresh room with its journal, 300 phones joined, then every dot at once.
/// The answers' times, and the burst's.
fn burst(journal: &std::path::Path) -> (Vec<Duration>, Duration) {
    let tr = I18n::new(UiLanguage::English);
    let mut project = workshop();
    let themes: Vec<ThemeId> = project.themes.keys().copied().collect();
    let options = RoomOptions {
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: Some(0),
        phase: Phase::Vote,
        until_signal: false,
    };
    let _ = std::fs::remove_file(journal);
    let mut host = RoomHost::open(
        options,
        &project,
        &tr,
        &(Arc::new(|| {}) as cytun::phones::server::Wake),
        &JournalFile::At(journal.to_owned()),
    )
    .unwrap();
    host.publish(&project, 1, &tr);
    let address = host.address();
    let token = host.join_url().rsplit('/').next().unwrap().to_owned();
    let devices: Vec<String> = (0..PHONES)
        .map(|_| {
            let (_, body) = post(
                address,
                "/api/join",
                None,
                &format!(r#"{{"room":"{token}"}}"#),
            );
            field(&body, "device")
        })
        .collect();
    let client = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .unwrap();
    let (mut times, took) = client.block_on(async {
        let start = Arc::new(tokio::sync::Barrier::new(PHONES + 1));
        let phones: Vec<_> = devices
            .into_iter()
            .map(|device| {
                tokio::spawn(give_dots(
                    address,
                    device,
                    themes.clone(),
                    Arc::clone(&start),
                ))
            })
            .collect();
        start.wait().await;
        let began = Instant::now();
        let mut times = Vec::with_capacity(PHONES * DOTS);
        for phone in phones {
            times.extend(phone.await.unwrap());
        }
        (times, began.elapsed())
    });
    // Every dot is recorded once.
    host.stop();
    while let Some(command) = host.next_command(&project, &tr) {
        apply(&mut project, command).unwrap();
    }
    let recorded: usize = project.definition.voting.phone_dots_given();
    assert_eq!(recorded, PHONES * DOTS, "every dot recorded once");
    times.sort_unstable();
    (times, took)
}

fn bench_room(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("bench.phones");
    let mut group = c.benchmark_group("phones");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    let mut p99s = Vec::new();
    group.bench_function("300_phones_3_dots_at_once_journalled", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let (times, took) = burst(&journal);
                p99s.push(times[times.len() * 99 / 100]);
                total += took;
            }
            total
        });
    });
    p99s.sort_unstable();
    if let (Some(best), Some(worst)) = (p99s.first(), p99s.last()) {
        eprintln!(
            "phones: p99 of the answers in a burst: median {:?}, best {best:?}, worst {worst:?}, \
             over {} bursts (target ≤ 50 ms)",
            p99s[p99s.len() / 2],
            p99s.len()
        );
    }

    // One arrival alone: written, synced, then answered. This is the sync's cost.
    let store = dir.path().join("sync.phones");
    let journal =
        cytun::store::journal::Journal::open(&JournalFile::At(store), |n: &u64| *n, |_| {})
            .unwrap();
    let mut number = 0_u64;
    group.bench_function("one_arrival_synced", |b| {
        b.iter(|| {
            number += 1;
            let line = format!(r#"{{"room":"bench","n":{number},"what":{{"dot":{{"phone":1,"theme":7,"give":true}}}}}}"#);
            journal
                .append(line.into_bytes(), number)
                .blocking_recv()
                .unwrap()
                .unwrap();
        });
    });
    group.finish();
}

criterion_group!(benches, bench_room);
criterion_main!(benches);
