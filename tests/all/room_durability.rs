//! What a phone is told is kept, is kept: `cytun room` as a child process, 100 phones over
//! HTTP on loopback sending while the room is stopped by SIGINT, SIGTERM or kill -9 (then
//! opened again), and the window's own Close in process. Each time, what the phones were
//! told was kept is compared with the saved project: nothing lost, no dot the phone took
//! back left in it, nothing taken in twice.

use crate::phones_common;

use std::collections::BTreeMap;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Barrier};
use std::time::Duration;

use cytun::model::{Project, ThemeId};
use phones_common::project_with_themes;

const PHONES: usize = 100;

/// One request; none if the room did not answer it whole (it stopped meanwhile).
fn try_post(
    address: SocketAddr,
    path: &str,
    device: Option<&str>,
    body: &str,
) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect_timeout(&address, Duration::from_secs(5)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let device = device
        .map(|d| format!("X-Cytun-Device: {d}\r\n"))
        .unwrap_or_default();
    let raw = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n{device}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(raw.as_bytes()).ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).ok()?;
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = answer.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    // A body cut short is not an answer.
    serde_json::from_str::<serde_json::Value>(body).ok()?;
    Some((status, body.to_owned()))
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_default()
}

/// What one phone was told, and what it sent without hearing back.
#[derive(Default, Debug)]
struct Told {
    phone: u32,
    /// Contributions it was told were kept.
    kept: Vec<String>,
    /// A contribution sent whose answer never came (it may or may not be in).
    unanswered: Option<String>,
    /// Its dots as the last answer gave them, and those it would have after the last
    /// request that got no answer.
    dots: Vec<u64>,
    dots_if_unanswered_kept: Option<Vec<u64>>,
}

struct Room {
    child: Child,
    address: SocketAddr,
    token: String,
}

fn cytun(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cytun"));
    command
        .env("LANG", "en_GB.UTF-8")
        .env("HOME", data)
        .env("XDG_DATA_HOME", data.join("data"));
    command
}

fn start_room(file: &Path, data: &Path, phase: &str) -> Room {
    let mut child = cytun(data)
        .args([
            "room",
            file.to_str().unwrap_or_default(),
            "--bind",
            "127.0.0.1",
        ])
        .args(["--port", "0", "--phase", phase])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cytun room starts");
    let mut line = String::new();
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    out.read_line(&mut line).expect("the address is printed");
    // The rest (the code, the QR code) is read too, as a terminal would.
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    let (base, token) = line.trim().split_once("/join/").expect("a join address");
    let address = base
        .trim_start_matches("http://")
        .parse()
        .expect("an address");
    Room {
        child,
        address,
        token: token.to_owned(),
    }
}

fn signal(child: &Child, name: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
}

/// Opens the project's room again (which takes in what the journal holds), and stops it.
fn reopen(file: &Path, data: &Path) {
    let room = start_room(file, data, "contribute");
    signal(&room.child, "TERM");
    let output = room.child.wait_with_output().expect("ends");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// 100 phones join, then all send at once (contributions, or dots given and taken back)
/// until the room stops answering; `stop` is called while they send.
fn phones_send(address: SocketAddr, token: &str, voting: bool, stop: impl FnOnce()) -> Vec<Told> {
    let devices: Vec<(String, u32)> = (0..PHONES)
        .map(|_| {
            let (status, body) = try_post(
                address,
                "/api/join",
                None,
                &format!(r#"{{"room":"{token}"}}"#),
            )
            .expect("the room answers");
            assert_eq!(status, 200, "{body}");
            let body = json(&body);
            (
                body["device"].as_str().unwrap_or_default().to_owned(),
                body["phone"].as_u64().unwrap_or_default() as u32,
            )
        })
        .collect();
    let start = Arc::new(Barrier::new(PHONES + 1));
    let senders: Vec<_> = devices
        .into_iter()
        .map(|(device, phone)| {
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                start.wait();
                let mut told = Told {
                    phone,
                    ..Told::default()
                };
                if voting {
                    dots(address, &device, &mut told);
                } else {
                    contributions(address, &device, &mut told);
                }
                told
            })
        })
        .collect();
    start.wait();
    std::thread::sleep(Duration::from_millis(150));
    stop();
    senders
        .into_iter()
        .map(|s| s.join().expect("a phone's thread"))
        .collect()
}

fn contributions(address: SocketAddr, device: &str, told: &mut Told) {
    for n in 0.. {
        let text = format!("Phone {} says {n}: paned a sgwrs", told.phone);
        let body = format!(r#"{{"text":"{text}","consent":"anonymous"}}"#);
        match try_post(address, "/api/contribute", Some(device), &body) {
            Some((200, _)) => told.kept.push(text),
            // Too fast: the phone waits, as the page does.
            Some((429, _)) => std::thread::sleep(Duration::from_millis(250)),
            Some((status, body)) => panic!("{status} {body}"),
            None => {
                told.unanswered = Some(text);
                return;
            }
        }
    }
}

/// Gives dots round the themes until all three are given, then takes one back, and so on,
/// until no answer comes.
fn dots(address: SocketAddr, device: &str, told: &mut Told) {
    let themes = [7_u64, 8, 9];
    for n in 0_usize.. {
        let give = told.dots.len() < 3;
        let theme = if give { themes[n % 3] } else { told.dots[0] };
        let body = format!(r#"{{"theme":{theme},"give":{give}}}"#);
        let mut after = told.dots.clone();
        if give {
            after.push(theme);
        } else if let Some(at) = after.iter().position(|t| *t == theme) {
            after.remove(at);
        }
        match try_post(address, "/api/dot", Some(device), &body) {
            Some((200, answer)) => {
                told.dots = json(&answer)["dots"]
                    .as_array()
                    .map(|dots| dots.iter().filter_map(serde_json::Value::as_u64).collect())
                    .unwrap_or_default();
            }
            Some((429, _)) => std::thread::sleep(Duration::from_millis(250)),
            Some((status, body)) => panic!("{status} {body}"),
            None => {
                told.dots_if_unanswered_kept = Some(after);
                return;
            }
        }
    }
}

fn sorted(mut dots: Vec<u64>) -> Vec<u64> {
    dots.sort_unstable();
    dots
}

/// Every phone's acknowledged work is in `saved`, once; no dot it took back is.
fn check(saved: &Project, told: &[Told], voting: bool) {
    if voting {
        let in_file: BTreeMap<u32, Vec<u64>> = saved
            .definition
            .voting
            .phones
            .iter()
            .map(|(phone, dots)| (*phone, sorted(dots.iter().map(|t: &ThemeId| t.0).collect())))
            .collect();
        let mut lost = 0;
        for phone in told {
            let saved = in_file.get(&phone.phone).cloned().unwrap_or_default();
            let acked = sorted(phone.dots.clone());
            let maybe = phone.dots_if_unanswered_kept.clone().map(sorted);
            if saved != acked && Some(&saved) != maybe.as_ref() {
                lost += 1;
                eprintln!("phone {}: told {acked:?}, saved {saved:?}", phone.phone);
            }
        }
        assert_eq!(lost, 0, "phones whose dots differ from what they were told");
    } else {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for note in saved.notes.values() {
            *counts.entry(note.text.as_str()).or_default() += 1;
        }
        let acked: Vec<&String> = told.iter().flat_map(|t| &t.kept).collect();
        assert!(
            acked.len() >= PHONES,
            "the phones sent while the room stopped"
        );
        let lost: Vec<_> = acked
            .iter()
            .filter(|t| counts.get(t.as_str()) != Some(&1))
            .collect();
        assert!(
            lost.is_empty(),
            "{} of {} lost or doubled: {:?}",
            lost.len(),
            acked.len(),
            &lost[..lost.len().min(5)]
        );
        for unanswered in told.iter().filter_map(|t| t.unanswered.as_deref()) {
            assert!(
                counts.get(unanswered).copied().unwrap_or(0) <= 1,
                "taken in twice"
            );
        }
        // The numbers of the phones heard from are in the project, for the next room.
        let highest = told
            .iter()
            .filter(|t| !t.kept.is_empty())
            .map(|t| t.phone)
            .max();
        assert!(highest.is_some_and(|h| saved.phones.last_phone >= h));
    }
}

fn workshop(folder: &Path) -> std::path::PathBuf {
    let mut project = project_with_themes();
    cytun::command::apply(
        &mut project,
        cytun::command::Command::SetVoting {
            participants: Vec::new(),
            dots_per_person: 3,
        },
    )
    .expect("voting set");
    let file = folder.join("gweithdy.ron");
    cytun::store::save(&project, &file).expect("saved");
    file
}

fn stopped_by(signal_name: &str, voting: bool) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let file = workshop(folder.path());
    let themes: Vec<u64> = cytun::store::load(&file)
        .expect("loads")
        .themes
        .keys()
        .map(|t| t.0)
        .collect();
    assert_eq!(themes, vec![7, 8, 9], "the themes the phones vote on");
    let room = start_room(
        &file,
        folder.path(),
        if voting { "vote" } else { "contribute" },
    );
    let child = &room.child;
    let told = phones_send(room.address, &room.token, voting, || {
        signal(child, signal_name);
    });
    let output = room.child.wait_with_output().expect("the room ends");
    if signal_name == "KILL" {
        reopen(&file, folder.path());
    } else {
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let saved = cytun::store::load(&file).expect("the saved project loads");
    check(&saved, &told, voting);
    // Opened once more: nothing is taken in twice.
    reopen(&file, folder.path());
    assert_eq!(
        cytun::store::load(&file).expect("loads"),
        saved,
        "the journal was cleared or fully in"
    );
}

#[test]
fn contributions_survive_sigint() {
    stopped_by("INT", false);
}

#[test]
fn contributions_survive_sigterm() {
    stopped_by("TERM", false);
}

#[test]
fn contributions_survive_kill_9_and_come_in_when_reopened() {
    stopped_by("KILL", false);
}

#[test]
fn dots_given_and_taken_back_survive_sigint() {
    stopped_by("INT", true);
}

#[test]
fn dots_given_and_taken_back_survive_sigterm() {
    stopped_by("TERM", true);
}

#[test]
fn dots_given_and_taken_back_survive_kill_9_and_come_in_when_reopened() {
    stopped_by("KILL", true);
}
