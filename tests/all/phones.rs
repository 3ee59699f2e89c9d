//! Phones in the room, over real HTTP on 127.0.0.1: joining, the budget kept by the server,
//! what is refused (wrong tokens, big bodies, long text, hostile text), fifty phones voting
//! at once, sense-checking, and `cytun room` without a window.

use crate::phones_common;

use cytun::command::Command;
use cytun::model::definition::Part;
use cytun::model::definition::{Response, VersionStatus};
use cytun::model::{Consent, Language, ThemeId};
use cytun::phones::Phase;
use phones_common::{
    TestRoom, field, get, post, post_from, project_with_themes, request, send_raw,
};

fn theme_ids(room: &TestRoom) -> Vec<u64> {
    room.project.themes.keys().map(|t| t.0).collect()
}

fn dot(room: &TestRoom, device: &str, theme: u64, give: bool) -> u16 {
    post(
        room.address(),
        "/api/dot",
        Some(device),
        &format!(r#"{{"theme":{theme},"give":{give}}}"#),
    )
    .status
}

#[test]
fn a_phone_joins_by_the_address_or_the_code_and_a_wrong_or_old_token_gets_nothing() {
    let mut room = TestRoom::open(project_with_themes(), Phase::Contribute);
    let address = room.address();
    let page = get(address, &format!("/join/{}", room.token()), None);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<main"), "the page itself");
    assert_eq!(
        page.header("referrer-policy").as_deref(),
        Some("no-referrer")
    );
    assert_eq!(
        page.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    let policy = page.header("content-security-policy").unwrap_or_default();
    assert!(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"));

    // A wrong token, a token one letter off, a guessed path: 4xx and nothing of the room.
    let token = room.token();
    let mut off_by_one = token.clone();
    off_by_one.replace_range(0..1, if token.starts_with('a') { "b" } else { "a" });
    for path in [
        format!("/join/{off_by_one}"),
        "/join/".into(),
        "/api/../join".into(),
    ] {
        let reply = get(address, &path, None);
        assert!(
            (400..500).contains(&reply.status),
            "{path}: {}",
            reply.status
        );
        assert!(!reply.body.contains("<main") && !reply.body.contains(&token));
    }
    let wrong = post(
        address,
        "/api/join",
        None,
        &format!(r#"{{"room":"{off_by_one}"}}"#),
    );
    assert_eq!(wrong.status, 404);
    assert_eq!(wrong.body, r#"{"error":"wrong_room"}"#);
    // No device, or one the room never gave: refused.
    assert_eq!(get(address, "/api/state", None).status, 401);
    assert_eq!(get(address, "/api/state", Some(&off_by_one)).status, 401);

    let device = room.join();
    let state = get(address, "/api/state", Some(&device));
    assert_eq!(state.status, 200);
    assert_eq!(field(&state.body, "phase"), "contribute");
    assert_eq!(
        room.host.phones_joined(),
        1,
        "the projector counts the phone"
    );

    // The code on the projector, typed any way.
    let code = room.host.join_code().to_lowercase().replace('-', " ");
    let by_code = post(
        address,
        "/api/join",
        None,
        &format!(r#"{{"code":"{code}"}}"#),
    );
    assert_eq!(by_code.status, 200, "{}", by_code.body);
    assert_eq!(
        field(&by_code.body, "room"),
        token,
        "it goes on at the full address"
    );

    // The room closed and opened again: the old token and device are refused.
    let old = (token, device);
    room.host.close();
    assert!(
        std::net::TcpStream::connect(address).is_err(),
        "nothing listens after Close"
    );
    let reopened = TestRoom::open(project_with_themes(), Phase::Contribute);
    let address = reopened.address();
    assert_eq!(get(address, &format!("/join/{}", old.0), None).status, 404);
    assert_eq!(get(address, "/api/state", Some(&old.1)).status, 401);
}

#[test]
fn guessing_the_join_code_is_stopped_for_the_guesser_and_no_one_else() {
    let room = TestRoom::open(project_with_themes(), Phase::Contribute);
    let guesser = std::net::Ipv4Addr::new(127, 0, 0, 2);
    let refusals: Vec<u16> = (0..25)
        .map(|_| {
            post_from(
                guesser,
                room.address(),
                "/api/join",
                r#"{"code":"AAAA-AAAA"}"#,
            )
            .status
        })
        .collect();
    assert!(refusals[..20].iter().all(|s| *s == 404));
    assert!(refusals[20..].iter().all(|s| *s == 429), "{refusals:?}");
    let code = room.host.join_code();
    let body = format!(r#"{{"code":"{code}"}}"#);
    // The guesser waits, even with the right code...
    assert_eq!(
        post_from(guesser, room.address(), "/api/join", &body).status,
        429
    );
    // ...and everyone else's right code still works.
    let right = post(room.address(), "/api/join", None, &body);
    assert_eq!(right.status, 200, "{}", right.body);
}

#[test]
fn one_address_cannot_hold_every_connection_and_a_half_sent_body_is_let_go() {
    use std::io::{Read as _, Write as _};
    let room = TestRoom::open(project_with_themes(), Phase::Contribute);
    let greedy = std::net::Ipv4Addr::new(127, 0, 0, 2);
    // Idle connections from one address: past its share, each is closed at once.
    let held: Vec<_> = (0..40)
        .filter_map(|_| phones_common::connect_from(greedy, room.address()).ok())
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let closed = held
        .iter()
        .filter(|stream| {
            let mut reader: &std::net::TcpStream = stream;
            let _ = reader.set_read_timeout(Some(std::time::Duration::from_millis(200)));
            matches!(reader.read(&mut [0_u8; 1]), Ok(0))
        })
        .count();
    assert!(closed >= 8, "{closed} of 40 closed");
    // Everyone else is still answered meanwhile.
    assert_eq!(
        get(room.address(), &format!("/join/{}", room.token()), None).status,
        200
    );
    // Those let in but sending nothing are let go after the header timeout.
    let let_go = held
        .iter()
        .filter(|stream| {
            let mut reader: &std::net::TcpStream = stream;
            let _ = reader.set_read_timeout(Some(std::time::Duration::from_secs(20)));
            match reader.read(&mut [0_u8; 1]) {
                Ok(0) => true,
                Err(err) => err.kind() == std::io::ErrorKind::ConnectionReset,
                Ok(_) => false,
            }
        })
        .count();
    assert_eq!(let_go, held.len(), "idle connections are closed");
    drop(held);
    // A body announced and sent halfway: 408, and the connection ends.
    let device = {
        let joined = post(
            room.address(),
            "/api/join",
            None,
            &format!(r#"{{"room":"{}"}}"#, room.token()),
        );
        field(&joined.body, "device")
    };
    let mut slow = phones_common::connect_from(greedy, room.address()).expect("connects");
    let half_sent = format!(
        "POST /api/contribute HTTP/1.1\r\nHost: x\r\nX-Cytun-Device: {device}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"text\":\"half"
    );
    slow.write_all(half_sent.as_bytes()).expect("sent");
    slow.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .expect("timeout set");
    let mut answer = Vec::new();
    let _ = slow.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[test]
fn a_client_that_sends_nothing_is_let_go_and_the_room_still_answers() {
    use std::io::Read as _;
    let room = TestRoom::open(project_with_themes(), Phase::Contribute);
    // Half a request, then silence: the server closes it after its header timeout.
    let mut slow = std::net::TcpStream::connect(room.address()).expect("connects");
    std::io::Write::write_all(&mut slow, b"GET /api/state HTTP/1.1\r\nHost: x\r\n").expect("sent");
    slow.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .expect("timeout set");
    let started = std::time::Instant::now();
    let mut rest = Vec::new();
    let _ = slow.read_to_end(&mut rest);
    let waited = started.elapsed();
    assert!(
        waited < std::time::Duration::from_secs(15),
        "let go after {waited:?}"
    );
    // Meanwhile and after, everyone else is answered.
    let page = get(room.address(), &format!("/join/{}", room.token()), None);
    assert_eq!(page.status, 200);
}

#[test]
fn the_server_keeps_each_phones_budget_and_the_project_records_every_dot() {
    let mut room = TestRoom::open(project_with_themes(), Phase::Vote);
    room.facilitator(Command::SetVoting {
        participants: Vec::new(),
        dots_per_person: 3,
    });
    let device = room.join();
    let themes = theme_ids(&room);
    let state = get(room.address(), "/api/state", Some(&device));
    let seen: serde_json::Value = serde_json::from_str(&state.body).unwrap_or_default();
    assert_eq!(seen["budget"], 3);
    assert_eq!(seen["themes"].as_array().map(Vec::len), Some(3));
    // Only what may be quoted, and no one's name.
    assert!(
        !state.body.contains("private"),
        "a not-to-be-quoted note stays off phones"
    );
    assert!(state.body.contains("Tea and a welcome"));
    assert!(!state.body.contains("Ann Jones"));

    assert_eq!(dot(&room, &device, themes[0], true), 200);
    assert_eq!(dot(&room, &device, themes[0], true), 200);
    room.take_in();
    assert_eq!(dot(&room, &device, themes[1], true), 200);
    assert_eq!(dot(&room, &device, themes[2], true), 409, "past the budget");
    assert_eq!(
        dot(&room, &device, themes[2], false),
        409,
        "no dot there to take back"
    );
    assert_eq!(dot(&room, &device, 999_999, true), 404);
    room.take_in();
    let phones = &room.project.definition.voting.phones;
    assert_eq!(phones.len(), 1);
    assert_eq!(phones.values().next().map(Vec::len), Some(3));
    assert_eq!(
        room.project.definition.voting.tally()[&ThemeId(themes[0])],
        2
    );

    // Taken back, given elsewhere.
    assert_eq!(dot(&room, &device, themes[0], false), 200);
    assert_eq!(dot(&room, &device, themes[2], true), 200);
    room.take_in();
    let tally = room.project.definition.voting.tally();
    assert_eq!(
        (tally[&ThemeId(themes[0])], tally[&ThemeId(themes[2])]),
        (1, 1)
    );

    // The facilitator undoes a phone's dot (here: sets fewer dots each): the server follows.
    room.facilitator(Command::SetVoting {
        participants: Vec::new(),
        dots_per_person: 1,
    });
    assert_eq!(dot(&room, &device, themes[1], true), 409);
    let after = get(room.address(), "/api/state", Some(&device));
    let seen: serde_json::Value = serde_json::from_str(&after.body).unwrap_or_default();
    assert_eq!(seen["dots"].as_array().map(Vec::len), Some(1));

    // Voting is not open in another phase.
    room.set_phase(Phase::Contribute);
    assert_eq!(dot(&room, &device, themes[1], false), 409);
}

#[test]
fn big_bodies_long_text_and_bad_json_are_refused_and_nothing_arrives() {
    let mut room = TestRoom::open(project_with_themes(), Phase::Contribute);
    let device = room.join();
    let notes_before = room.project.notes.len();
    let address = room.address();
    let big = format!(r#"{{"text":"{}"}}"#, "a".repeat(20_000));
    assert_eq!(
        post(address, "/api/contribute", Some(&device), &big).status,
        413
    );
    // Declared small, sent big; and a length the server will not wait for.
    let lying = format!(
        "POST /api/contribute HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Cytun-Device: {device}\r\n\
         Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n{{\"text\":\""
    );
    let reply = send_raw(address, lying.as_bytes());
    assert_eq!(reply.status, 413, "{reply:?}");
    let long = format!(
        r#"{{"text":"{}","consent":"anonymous"}}"#,
        "ŵ".repeat(2_001)
    );
    assert_eq!(
        post(address, "/api/contribute", Some(&device), &long).status,
        422
    );
    for bad in ["", "{", r#"{"text":5}"#, "[]", "\u{0}\u{0}"] {
        let reply = post(address, "/api/contribute", Some(&device), bad);
        assert_eq!(reply.status, 400, "{bad:?}");
        assert_eq!(
            reply.body, r#"{"error":"bad_request"}"#,
            "nothing echoed back"
        );
    }
    let empty = r#"{"text":"   \n  "}"#;
    assert_eq!(
        post(address, "/api/contribute", Some(&device), empty).status,
        422
    );
    room.take_in();
    assert_eq!(room.project.notes.len(), notes_before);
    // Exactly 2,000 characters of Welsh: taken.
    let fits = format!(
        r#"{{"text":"{}","consent":"anonymous"}}"#,
        "ŵ".repeat(2_000)
    );
    assert_eq!(
        post(address, "/api/contribute", Some(&device), &fits).status,
        200
    );
    room.take_in();
    assert_eq!(room.project.notes.len(), notes_before + 1);
}

#[test]
fn a_contribution_arrives_with_its_choices_and_hostile_text_is_escaped_wherever_served() {
    let mut room = TestRoom::open(project_with_themes(), Phase::Contribute);
    let device = room.join();
    let hostile = r#"<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes""#;
    let body = serde_json::json!({
        "text": hostile,
        "prompt": "tastes",
        "language": "cy",
        "consent": "with-name",
        "name": "Siân",
    })
    .to_string();
    let reply = post(room.address(), "/api/contribute", Some(&device), &body);
    assert_eq!(reply.status, 200, "{}", reply.body);
    room.take_in();
    let note = room
        .project
        .notes
        .values()
        .find(|n| n.text == hostile)
        .expect("kept exactly as written");
    assert_eq!(note.details.language, Language::Welsh);
    assert_eq!(note.details.consent, Consent::QuoteWithName);
    assert_eq!(note.details.author, "Siân");
    assert!(
        room.project
            .headings
            .values()
            .any(|h| h.text == "Arrived from phones")
    );

    // Made part of a theme, it is served to every phone while voting: escaped.
    let id = note.id;
    room.facilitator(Command::CreateTheme {
        title: "<b>bold</b> theme".into(),
        notes: vec![id],
        at: cytun::model::BoardPos::new(0.0, 3000.0),
    });
    room.set_phase(Phase::Vote);
    let state = get(room.address(), "/api/state", Some(&device));
    assert_eq!(
        state.header("content-type").as_deref(),
        Some("application/json")
    );
    for raw in ["<script", "<img", "<b>", "&"] {
        assert!(
            !state.body.contains(raw),
            "{raw} reached a phone raw: {}",
            state.body
        );
    }
    assert!(state.body.contains("\\u003cscript\\u003e"));
    let seen: serde_json::Value = serde_json::from_str(&state.body).unwrap_or_default();
    let quotes = seen["themes"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|t| t["quotes"].as_array().cloned().unwrap_or_default())
        .collect::<Vec<_>>();
    assert!(
        quotes.iter().any(|q| q == hostile),
        "the words themselves reach the page"
    );
    // No cross-origin reads: no CORS header, whoever asks.
    let asked = request(room.address(), "GET", "/api/state", Some(&device), None);
    assert!(asked.header("access-control-allow-origin").is_none());
}

#[test]
fn phones_are_offered_this_projects_own_questions_and_answer_them() {
    let question = "What would make this service better? / Beth fyddai'n ei wella?";
    let mut project = project_with_themes();
    for (i, note) in project.notes.values_mut().enumerate() {
        note.details.prompt = if i < 2 {
            cytun::model::Prompt::Other(question.to_owned())
        } else {
            cytun::model::Prompt::Feels
        };
    }
    let mut room = TestRoom::open(project, Phase::Contribute);
    let device = room.join();
    let state = get(room.address(), "/api/state", Some(&device));
    let seen: serde_json::Value = serde_json::from_str(&state.body).expect("the state is JSON");
    assert_eq!(seen["questions"], serde_json::json!([question]));
    // The senses its other contributions answer are offered beside its question.
    assert_eq!(seen["senses"], serde_json::json!(["feels"]));
    let body = serde_json::json!({
        "text": "Letters I can read",
        "prompt": "q0",
        "language": "en",
        "consent": "anonymous",
    })
    .to_string();
    let reply = post(room.address(), "/api/contribute", Some(&device), &body);
    assert_eq!(reply.status, 200, "{}", reply.body);
    // A question the phone was never shown is no prompt at all.
    let body =
        serde_json::json!({"text": "Tea", "prompt": "q7", "consent": "anonymous"}).to_string();
    assert_eq!(
        post(room.address(), "/api/contribute", Some(&device), &body).status,
        200
    );
    room.take_in();
    let prompt_of = |text: &str| {
        room.project
            .notes
            .values()
            .find(|n| n.text == text)
            .map(|n| n.details.prompt.clone())
            .expect("the contribution arrived")
    };
    assert_eq!(
        prompt_of("Letters I can read"),
        cytun::model::Prompt::Other(question.to_owned())
    );
    assert_eq!(prompt_of("Tea"), cytun::model::Prompt::Unspecified);
    // A project of the five senses offers the senses: no questions of its own.
    let mut senses = TestRoom::open(project_with_themes(), Phase::Contribute);
    let device = senses.join();
    let state = get(senses.address(), "/api/state", Some(&device));
    let seen: serde_json::Value = serde_json::from_str(&state.body).expect("the state is JSON");
    assert_eq!(seen["questions"], serde_json::json!([]));
}

#[test]
fn fifty_phones_voting_at_once_are_each_counted_once() {
    let mut room = TestRoom::open(project_with_themes(), Phase::Vote);
    let devices: Vec<String> = (0..50).map(|_| room.join()).collect();
    let themes = theme_ids(&room);
    let address = room.address();
    let voting = std::thread::scope(|scope| {
        let phones: Vec<_> = devices
            .iter()
            .enumerate()
            .map(|(n, device)| {
                let themes = &themes;
                scope.spawn(move || {
                    // Four tries each: three dots, then one past the budget.
                    (0..4)
                        .map(|i| {
                            let theme = themes[(n + i) % themes.len()];
                            post(
                                address,
                                "/api/dot",
                                Some(device),
                                &format!(r#"{{"theme":{theme},"give":true}}"#),
                            )
                            .status
                        })
                        .collect::<Vec<u16>>()
                })
            })
            .collect();
        // Meanwhile the window takes in what arrives, frame by frame.
        while !phones
            .iter()
            .all(std::thread::ScopedJoinHandle::is_finished)
        {
            room.take_in();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        phones
            .into_iter()
            .map(|p| p.join().unwrap_or_default())
            .collect::<Vec<_>>()
    });
    room.take_in();
    for statuses in &voting {
        assert_eq!(
            statuses.iter().filter(|s| **s == 200).count(),
            3,
            "{statuses:?}"
        );
        assert_eq!(
            statuses.iter().filter(|s| **s == 409).count(),
            1,
            "{statuses:?}"
        );
    }
    let phones = &room.project.definition.voting.phones;
    assert_eq!(phones.len(), 50);
    assert!(phones.values().all(|dots| dots.len() == 3));
    let total: u32 = room.project.definition.voting.tally().values().sum();
    assert_eq!(total, 150, "every dot counted once");
    assert_eq!(room.project.definition.voting.phones_voted(), 50);
}

#[test]
fn a_sense_check_answer_is_feedback_on_that_version_once_per_phone() {
    let mut project = project_with_themes();
    cytun::command::apply(
        &mut project,
        Command::SetDraftText {
            part: Part::Definition,
            text: "Co-production is sharing power.".into(),
        },
    )
    .expect("a draft");
    for at in [1, 2] {
        cytun::command::apply(
            &mut project,
            Command::SaveVersion {
                part: Part::Definition,
                note: String::new(),
                at,
            },
        )
        .expect("a version");
    }
    let mut room = TestRoom::open(project, Phase::SenseCheck);
    let device = room.join();
    let state = get(room.address(), "/api/state", Some(&device));
    let seen: serde_json::Value = serde_json::from_str(&state.body).unwrap_or_default();
    assert_eq!(seen["version"]["number"], 2, "the latest open version");
    assert_eq!(seen["version"]["text"], "Co-production is sharing power.");
    let answer = r#"{"version":2,"response":"agree-with-changes","comment":"Say who holds it"}"#;
    assert_eq!(
        post(room.address(), "/api/answer", Some(&device), answer).status,
        200
    );
    assert_eq!(
        post(room.address(), "/api/answer", Some(&device), answer).status,
        409
    );
    let wrong = r#"{"version":1,"response":"agree"}"#;
    assert_eq!(
        post(room.address(), "/api/answer", Some(&device), wrong).status,
        404
    );
    room.take_in();
    let version = &room.project.definition.versions[1];
    assert_eq!(version.feedback.len(), 1);
    assert_eq!(version.feedback[0].response, Response::AgreeWithChanges);
    assert_eq!(version.feedback[0].comment, "Say who holds it");
    assert!(version.feedback[0].from.starts_with("Phone "));
    assert!(matches!(version.status, VersionStatus::Draft));

    // A version saved while phones sense-check is offered to them at once.
    room.facilitator(Command::SetDraftText {
        part: Part::Definition,
        text: "Co-production is sharing power, and paying for people's time.".into(),
    });
    room.facilitator(Command::SaveVersion {
        part: Part::Definition,
        note: String::new(),
        at: 3,
    });
    let state = get(room.address(), "/api/state", Some(&device));
    let seen: serde_json::Value = serde_json::from_str(&state.body).unwrap_or_default();
    assert_eq!(seen["version"]["number"], 3, "the version just saved");
    assert_eq!(seen["answered"], false);
}

#[test]
fn once_the_definition_is_approved_phones_sense_check_the_charter() {
    let mut project = project_with_themes();
    let steps = [
        Command::SetDraftText {
            part: Part::Definition,
            text: "Co-production is sharing power.".into(),
        },
        Command::SaveVersion {
            part: Part::Definition,
            note: String::new(),
            at: 1,
        },
        Command::SetVersionStatus {
            part: Part::Definition,
            version: 1,
            status: VersionStatus::Approved {
                by: "The board".into(),
                at: 2,
            },
        },
        Command::SetDraftText {
            part: Part::Charter,
            text: "We will pay people for their time.".into(),
        },
        Command::SaveVersion {
            part: Part::Charter,
            note: String::new(),
            at: 3,
        },
    ];
    for step in steps {
        cytun::command::apply(&mut project, step).expect("a step");
    }
    let mut room = TestRoom::open(project, Phase::SenseCheck);
    let device = room.join();
    let state = get(room.address(), "/api/state", Some(&device));
    let seen: serde_json::Value = serde_json::from_str(&state.body).unwrap_or_default();
    assert_eq!(seen["version"]["part"], "charter", "{}", state.body);
    assert_eq!(
        seen["version"]["text"],
        "We will pay people for their time."
    );
    // Hostile or mistaken answers change nothing: an unknown text, script for a text, and
    // an answer meant for the definition's version 1 are not taken for the charter's.
    for hostile in [
        r#"{"part":"minutes","version":1,"response":"agree"}"#,
        r#"{"part":"<script>alert(1)</script>","version":1,"response":"agree"}"#,
        r#"{"part":null,"version":1,"response":"agree"}"#,
    ] {
        assert_eq!(
            post(room.address(), "/api/answer", Some(&device), hostile).status,
            400,
            "{hostile}"
        );
    }
    let for_definition = r#"{"version":1,"response":"agree"}"#;
    assert_eq!(
        post(room.address(), "/api/answer", Some(&device), for_definition).status,
        404
    );
    let answer =
        r#"{"part":"charter","version":1,"response":"agree","comment":"Yes, and on time"}"#;
    assert_eq!(
        post(room.address(), "/api/answer", Some(&device), answer).status,
        200
    );
    // One answer per phone and version.
    assert_eq!(
        post(room.address(), "/api/answer", Some(&device), answer).status,
        409
    );
    room.take_in();
    let definition = &room.project.definition;
    assert!(definition.versions[0].feedback.is_empty());
    let charter = &definition.charter.versions[0];
    assert_eq!(charter.feedback.len(), 1);
    assert_eq!(charter.feedback[0].comment, "Yes, and on time");
}

mod command_line {
    use std::io::{BufRead as _, BufReader};
    use std::process::{Command, Stdio};

    use super::*;

    fn cytun() -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_cytun"));
        command.env("LANG", "en_GB.UTF-8");
        command
    }

    #[test]
    fn cytun_room_prints_the_address_serves_until_sigterm_then_saves_and_stops_listening() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let file = folder.path().join("room.ron");
        cytun::store::save(&project_with_themes(), &file).expect("saved");
        let mut child = cytun()
            .args([
                "room",
                file.to_str().unwrap_or_default(),
                "--bind",
                "127.0.0.1",
            ])
            .args(["--port", "0", "--phase", "contribute"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cytun room starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the address is printed");
        let url = line.trim();
        assert!(url.starts_with("http://127.0.0.1:"), "{url}");
        let (base, token) = url.split_once("/join/").expect("a join address");
        assert_eq!(token.len(), 32, "a 128-bit token");
        let address: std::net::SocketAddr = base
            .trim_start_matches("http://")
            .parse()
            .expect("an address");
        let joined = post(
            address,
            "/api/join",
            None,
            &format!(r#"{{"room":"{token}"}}"#),
        );
        let device = field(&joined.body, "device");
        let body = r#"{"text":"Paned gyda'n gilydd","language":"cy","consent":"anonymous"}"#;
        assert_eq!(
            post(address, "/api/contribute", Some(&device), body).status,
            200
        );
        // At once: what the phone was told was kept is in the journal already, and the
        // room takes it in as it stops.
        let stopped = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(stopped.success());
        let output = child.wait_with_output().expect("cytun room ends");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(String::from_utf8_lossy(&output.stderr).contains("Saved 1 change"));
        assert!(
            std::net::TcpStream::connect(address).is_err(),
            "nothing listens after the command ends"
        );
        let saved = cytun::store::load(&file).expect("the saved project loads");
        assert!(
            saved
                .notes
                .values()
                .any(|n| n.text == "Paned gyda'n gilydd")
        );
        assert!(crate::phones_common::field("{}", "x").is_empty());
    }

    #[test]
    fn cytun_room_refuses_a_project_open_in_the_app() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let file = folder.path().join("open.ron");
        cytun::store::save(&project_with_themes(), &file).expect("saved");
        let (lock, _) = cytun::store::ProjectLock::acquire(&file);
        assert!(lock.is_some());
        // The lock is held by this (live) process: the room must not write under it.
        let output = cytun()
            .args([
                "room",
                file.to_str().unwrap_or_default(),
                "--bind",
                "127.0.0.1",
            ])
            .args(["--port", "0"])
            .output()
            .expect("cytun room runs");
        assert!(!output.status.success());
        assert!(String::from_utf8_lossy(&output.stderr).contains("is open in Cytûn"));
        assert!(output.stdout.is_empty(), "no address printed");
    }
}

/// The page in a real browser: Debian's headless Chromium, driven by `tests/browser/phone.mjs`
/// (puppeteer-core and axe-core, installed by `.ci/run` with `npm ci`). Opt-in, so the
/// README's test command passes on a machine with only Rust: `.ci/run` runs these with
/// `cargo test --release --test all -- --ignored phones::`.
mod browser {
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    use super::*;

    /// One participant's visit in `lang`: what the page showed, and the project after it.
    fn visit(lang: &str) -> (serde_json::Value, TestRoom) {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/browser");
        assert!(
            std::path::Path::new(folder)
                .join("node_modules/puppeteer-core")
                .is_dir(),
            "run `npm ci --prefix tests/browser` first (.ci/run does)"
        );
        let mut room = TestRoom::open(project_with_themes(), Phase::Vote);
        room.facilitator(Command::SetVoting {
            participants: Vec::new(),
            dots_per_person: 3,
        });
        let mut node = std::process::Command::new("node");
        node.arg(format!("{folder}/phone.mjs"))
            .arg(room.host.join_url())
            .arg(lang);
        if let Ok(shot) = std::env::var("CYTUN_PHONE_SHOT") {
            node.arg(format!("{shot}-{lang}.png"));
        }
        let mut child = node
            .stdout(Stdio::piped())
            .spawn()
            .expect("node runs (Debian's nodejs)");
        let started = Instant::now();
        // The window's frames, while the phone votes.
        while child.try_wait().ok().flatten().is_none() {
            room.take_in();
            if started.elapsed() > Duration::from_mins(2) {
                let _ = child.kill();
                panic!("the browser did not finish in two minutes");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        room.take_in();
        let output = child.wait_with_output().expect("node's output");
        let text = String::from_utf8_lossy(&output.stdout);
        let result: serde_json::Value =
            serde_json::from_str(text.lines().last().unwrap_or_default()).unwrap_or_default();
        assert!(result["error"].is_null(), "{}", result["error"]);
        (result, room)
    }

    fn strings(lang: &str) -> serde_json::Value {
        let all: serde_json::Value =
            serde_json::from_str(&cytun::phones::page::strings_json()).unwrap_or_default();
        all[lang].clone()
    }

    fn check(lang: &str) {
        let (seen, room) = visit(lang);
        let words = strings(lang);
        assert_eq!(seen["htmlLang"], lang, "the phone's language chosen first");
        assert_eq!(seen["heading"], words["vote_heading"]);
        let buttons: Vec<String> = seen["buttons"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|b| b["tag"] == "BUTTON")
            .map(|b| b["text"].as_str().unwrap_or_default().to_owned())
            .collect();
        for key in ["give_dot", "take_dot"] {
            let name = words[key].as_str().unwrap_or_default();
            assert_eq!(
                buttons.iter().filter(|b| *b == name).count(),
                3,
                "{key}: {buttons:?}"
            );
        }
        let left = |n: u32| {
            words["dots_left"]
                .as_str()
                .unwrap_or_default()
                .replace("{left}", &n.to_string())
                .replace("{total}", "3")
        };
        let steps: Vec<String> = seen["steps"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| s.as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(steps, [left(2), left(1), left(0), left(0)]);
        assert_eq!(
            seen["alerts"][3], words["error_no_dots_left"],
            "the fourth dot is refused, in words"
        );
        assert_eq!(seen["violations"], serde_json::json!([]), "WCAG 2.2 AA");
        assert_eq!(
            seen["violations200"],
            serde_json::json!([]),
            "WCAG 2.2 AA at 200 % text"
        );
        assert_eq!(
            seen["overflow200"], false,
            "200 % text needs no sideways scrolling"
        );
        assert_eq!(
            seen["elsewhere"],
            serde_json::json!([]),
            "nothing asked of another site"
        );
        let phones = &room.project.definition.voting.phones;
        assert_eq!(
            phones.values().map(Vec::len).sum::<usize>(),
            3,
            "three dots recorded"
        );
    }

    #[test]
    #[ignore = "needs Chromium and `npm ci --prefix tests/browser`; .ci/run installs both and runs it"]
    fn a_phone_in_english_gives_its_dots_and_is_refused_past_the_budget() {
        check("en");
    }

    #[test]
    #[ignore = "needs Chromium and `npm ci --prefix tests/browser`; .ci/run installs both and runs it"]
    fn a_phone_in_welsh_gives_its_dots_and_is_refused_past_the_budget() {
        check("cy");
    }
}
