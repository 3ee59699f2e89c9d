//! The decision trail in the window, as a facilitator uses it: changing the vote set-up never
//! drops dots without asking, ties survive "Use this order", approval asks first and keeps one
//! version approved, messages hold only while true and follow the language, the History
//! reads as people worked, the export dialog asks before replacing a file and remembers its
//! choices, and presentation mode gives back the view. Each asserts on the project or a file.
#![expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]

use crate::phones_common;
use crate::ui_common;

use cytun::model::definition::Part;
use ui_common::Drive as _;

use std::path::{Path, PathBuf};

use cytun::app::{CytunApp, StartOptions};
use cytun::command::{Command, apply};
use cytun::i18n::UiLanguage;
use cytun::model::definition::{VersionStatus, rank_places, ranked_themes};
use cytun::model::{BoardPos, Project, ThemeId};
use eframe::egui::{self, Modifiers, accesskit::Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// The sample workshop with three themes, changed by `commands`, saved to a temporary folder.
fn workshop(
    commands: impl FnOnce(&Project, [ThemeId; 3]) -> Vec<Command>,
) -> (tempfile::TempDir, PathBuf) {
    let mut project = cytun::store::load(Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    let ids: Vec<_> = project.notes.keys().copied().collect();
    let mut themes = Vec::new();
    for (i, (title, members)) in [
        ("Sharing food", &ids[0..3]),
        ("Being heard", &ids[10..13]),
        ("Plain words", &ids[20..22]),
    ]
    .into_iter()
    .enumerate()
    {
        apply(
            &mut project,
            Command::CreateTheme {
                title: title.into(),
                notes: members.to_vec(),
                at: BoardPos::new(4000.0 + i as f32 * 1500.0, 0.0),
            },
        )
        .unwrap();
        themes.push(*project.themes.keys().next_back().unwrap());
    }
    let themes = [themes[0], themes[1], themes[2]];
    for command in commands(&project, themes) {
        apply(&mut project, command).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    cytun::store::save(&project, &path).unwrap();
    (dir, path)
}

fn open(path: &Path) -> Harness<'static, CytunApp> {
    ui_common::start(StartOptions {
        file: Some(path.to_owned()),
        language: Some(UiLanguage::English),
        ..StartOptions::default()
    })
}

/// Clicks the control called `label` as a screen reader would (it may be scrolled out of
/// sight in a long panel).
fn click(harness: &mut Harness<'_, CytunApp>, label: &str) {
    harness.get_by_label(label).click_accesskit();
    harness.run();
}

/// Runs frames until `done` holds, for what arrives from another thread (a phone's request
/// reaches the window as a message, taken in at the next frame after it lands). Fails after
/// ten seconds.
fn run_until(
    harness: &mut Harness<'_, CytunApp>,
    what: &str,
    done: impl Fn(&Harness<'_, CytunApp>) -> bool,
) {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    harness.run();
    while !done(harness) {
        assert!(std::time::Instant::now() < until, "never came: {what}");
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run();
    }
}

/// The dialog's Export button (its heading says "Export" too).
fn press_export(harness: &mut Harness<'_, CytunApp>) {
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click_accesskit();
    harness.run();
}

/// Types `value` into the "Dots each" field.
fn set_dots_each(harness: &mut Harness<'_, CytunApp>, value: &str) {
    let dots = harness.get_by_role_and_label(Role::SpinButton, "Dots each:");
    dots.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    harness.event(egui::Event::Text(value.into()));
    harness.key_press(egui::Key::Enter);
    harness.run();
}

fn two_voters_with_dots(_: &Project, [food, heard, _]: [ThemeId; 3]) -> Vec<Command> {
    vec![
        Command::SetVoting {
            participants: vec!["Aled".into(), "Bethan".into()],
            dots_per_person: 2,
        },
        Command::CastDot {
            participant: 0,
            theme: food,
        },
        Command::CastDot {
            participant: 0,
            theme: heard,
        },
    ]
}

#[test]
fn lowering_dots_each_says_how_many_dots_would_go_and_asks_first() {
    let (_dir, path) = workshop(two_voters_with_dots);
    let mut harness = open(&path);
    click(&mut harness, "Rank");
    click(&mut harness, "Who is voting (2 people)");
    set_dots_each(&mut harness, "1");
    click(&mut harness, "Save who is voting");
    harness.get_by_label("This takes back 1 dot already given (Aled 1).");
    // Which theme loses it decides the ranking: said before anything changes.
    harness.get_by_label("They come off: Being heard 1.");
    let voting = &harness.project().definition.voting;
    assert_eq!(
        (voting.dots_per_person, voting.dots[&0].len()),
        (2, 2),
        "nothing yet"
    );

    click(&mut harness, "Keep the vote as it is");
    let voting = &harness.project().definition.voting;
    assert_eq!((voting.dots_per_person, voting.dots[&0].len()), (2, 2));

    set_dots_each(&mut harness, "1");
    click(&mut harness, "Save who is voting");
    click(&mut harness, "Take them back and save");
    let voting = &harness.project().definition.voting;
    assert_eq!((voting.dots_per_person, voting.dots[&0].len()), (1, 1));
}

#[test]
fn ties_are_kept_through_use_this_order_into_the_cards_and_the_csv() {
    let (_dir, path) = workshop(|_, [food, heard, words]| {
        vec![
            Command::SetPaperVotes {
                theme: heard,
                count: 5,
            },
            Command::SetPaperVotes {
                theme: words,
                count: 5,
            },
            Command::SetPaperVotes {
                theme: food,
                count: 2,
            },
        ]
    });
    let mut harness = open(&path);
    click(&mut harness, "Rank");
    // Nobody has ranked yet: the cards are not numbered.
    for number in ["1.", "2.", "3.", "=1."] {
        assert!(
            harness.query_by_label(number).is_none(),
            "{number} before ranking"
        );
    }
    click(&mut harness, "Order by votes");
    // The proposal marks a shared place as the cards do.
    harness.get_by_label_contains("=1. Being heard (5, tied)");
    click(&mut harness, "Use this order");
    let project = harness.project().clone();
    let themes = project.themes.keys().copied().collect();
    let order = ranked_themes(&project.definition, &themes);
    let titles: Vec<&str> = order
        .iter()
        .map(|id| project.themes[id].title.as_str())
        .collect();
    assert_eq!(titles, ["Being heard", "Plain words", "Sharing food"]);
    assert_eq!(
        rank_places(&project.definition.tied, &order),
        vec![(1, true), (1, true), (3, false)]
    );
    assert_eq!(
        harness.get_all_by_label("=1.").count(),
        2,
        "both cards say so"
    );
    harness.get_by_label("3.");

    let tr = cytun::i18n::I18n::new(UiLanguage::English);
    let csv = cytun::export::export(
        &project,
        &tr,
        cytun::export::ExportFormat::Csv,
        &cytun::export::ExportOptions::default(),
    )
    .unwrap();
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let heard = rows
        .iter()
        .find(|r| &r[column("theme")] == "Being heard")
        .unwrap();
    assert_eq!(
        (
            &heard[column("theme_rank")],
            &heard[column("theme_rank_shared")]
        ),
        ("1", "yes")
    );
    let report = String::from_utf8(
        cytun::export::export(
            &project,
            &tr,
            cytun::export::ExportFormat::Markdown,
            &cytun::export::ExportOptions::default(),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(report.contains("### =1. Being heard"), "{report}");
    assert!(report.contains("### =1. Plain words"), "{report}");
}

#[test]
fn approving_asks_first_and_keeps_one_version_approved() {
    let (_dir, path) = workshop(|_, _| {
        vec![
            Command::SetDraftText {
                part: Part::Definition,
                text: "Co-production is sharing power.".into(),
            },
            Command::SaveVersion {
                part: Part::Definition,
                note: "First".into(),
                at: 1_795_000_000,
            },
            Command::SetVersionStatus {
                part: Part::Definition,
                version: 1,
                status: VersionStatus::Approved {
                    by: "Partnership board".into(),
                    at: 1_795_000_000,
                },
            },
            Command::SetDraftText {
                part: Part::Definition,
                text: "Co-production is sharing power and time.".into(),
            },
            Command::SaveVersion {
                part: Part::Definition,
                note: "Second".into(),
                at: 1_795_100_000,
            },
        ]
    });
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    harness
        .get_by_label_contains("Version 2 ·")
        .click_accesskit();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Approved by:");
    field.focus();
    harness.run();
    harness.type_text("Regional Partnership Board");
    click(&mut harness, "Approve this version");
    harness.get_by_label("Approve version 2? Before you do:");
    harness.get_by_label_contains("it has not been marked as sense-checked");
    harness.get_by_label_contains("nobody's feedback on it has been recorded");
    harness.get_by_label_contains("version 1 is approved now");
    assert!(
        harness.unnamed_controls().is_empty(),
        "a screen reader can name every choice in the question"
    );
    assert!(
        !harness.project().definition.versions[1].is_approved(),
        "nothing before the answer"
    );
    click(&mut harness, "Approve it anyway");
    let versions = &harness.project().definition.versions;
    assert!(matches!(
        &versions[1].status,
        VersionStatus::Approved { by, .. } if by == "Regional Partnership Board"
    ));
    assert!(matches!(
        &versions[0].status,
        VersionStatus::Superseded { by, .. } if by == "Partnership board"
    ));
    assert_eq!(versions.iter().filter(|v| v.is_approved()).count(), 1);
    // The earlier approval is in the record, in words.
    harness.get_by_label_contains("replaced by a later approval");
}

#[test]
fn a_refusal_goes_when_it_is_no_longer_true_and_messages_follow_the_language() {
    let (_dir, path) = workshop(two_voters_with_dots);
    let mut harness = open(&path);
    click(&mut harness, "Rank");
    click(&mut harness, "Voting now:");
    harness.get_by_label_contains("Aled (0 left)").click();
    harness.run();
    click(&mut harness, "Give a dot to “Plain words”");
    harness.get_by_label_contains("That person has used all their dots");
    click(&mut harness, "Take a dot back from “Sharing food”");
    assert!(
        !harness
            .state()
            .messages()
            .texts()
            .iter()
            .any(|m| m.contains("used all their dots")),
        "a dot is free again: the refusal no longer holds"
    );

    harness.press(Modifiers::COMMAND, egui::Key::S);
    let saved = format!("Saved: {}", path.display());
    assert!(harness.state().messages().texts().contains(&saved.as_str()));
    click(&mut harness, "Language");
    click(&mut harness, "Cymraeg");
    let welsh = format!("Wedi cadw: {}", path.display());
    assert!(
        harness.state().messages().texts().contains(&welsh.as_str()),
        "{:?}",
        harness.state().messages().texts()
    );
}

#[test]
fn the_history_shows_a_run_of_draft_edits_as_one_line() {
    let (_dir, path) = workshop(|_, _| Vec::new());
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    harness.get_by_role(Role::MultilineTextInput).focus();
    harness.run();
    for words in ["Co-production", " is sharing", " power."] {
        harness.type_text(words);
        // A pause in typing commits the draft.
        for _ in 0..16 {
            harness.step();
        }
    }
    let done = harness.state().document().history().done().count();
    assert_eq!(done, 3, "three commits of the draft");
    click(&mut harness, "Board");
    click(&mut harness, "History");
    harness.get_by_label("Edited the draft definition (3 times)");
    click(&mut harness, "Start: the project as it was opened");
    assert!(harness.project().definition.draft.text.is_empty());
    assert!(
        harness.state().announcement().contains("Undid 3 changes"),
        "{}",
        harness.state().announcement()
    );
}

/// At the privacy check, each finding is ticked for removal; one unticked is kept as
/// written, the others are removed.
#[test]
fn a_finding_unticked_at_the_privacy_check_is_kept() {
    let (dir, path) = workshop(|project, _| {
        let ids: Vec<_> = project.notes.keys().copied().collect();
        vec![
            Command::SetNoteText {
                id: ids[0],
                text: "Email me: nia@example.org".into(),
            },
            Command::SetNoteText {
                id: ids[1],
                text: "Ring the office on 029 2000 1234".into(),
            },
        ]
    });
    let mut harness = open(&path);
    click(&mut harness, "Export…");
    click(&mut harness, "Remove them from the export");
    harness
        .get_by_label_contains("“029 2000 1234”")
        .click_accesskit();
    harness.run();
    press_export(&mut harness);
    let written = std::fs::read_to_string(dir.path().join("workshop.md")).unwrap();
    assert!(written.contains(r"Email me: \[removed\]"), "{written}");
    assert!(
        written.contains("Ring the office on 029 2000 1234"),
        "kept as written"
    );
}

#[test]
fn the_export_dialog_asks_before_replacing_a_file_and_remembers_the_choices() {
    let (dir, path) = workshop(|project, _| {
        let first = *project.notes.keys().next().unwrap();
        vec![Command::SetNoteText {
            id: first,
            text: "Email me: nia@example.org".into(),
        }]
    });
    let report = dir.path().join("workshop.md");
    std::fs::write(&report, "an older report").unwrap();
    let mut harness = open(&path);
    click(&mut harness, "Export…");
    click(&mut harness, "Remove them from the export");
    press_export(&mut harness);
    harness.get_by_label_contains("There is already a file called");
    assert_eq!(std::fs::read_to_string(&report).unwrap(), "an older report");
    click(&mut harness, "Replace it");
    let written = std::fs::read_to_string(&report).unwrap();
    assert!(written.starts_with("# "), "{written}");
    assert!(written.contains(r"Email me: \[removed\]"), "redacted");
    let remembered = harness.state().settings().export_choice(&path).cloned();
    assert!(remembered.is_some_and(|c| c.redact));

    // Next time, from the Definition view: the choice is kept; no picture of the board.
    click(&mut harness, "Definition");
    click(&mut harness, "Export…");
    assert!(
        harness
            .query_by_label("A picture of the board as it is now (PNG)")
            .is_none()
    );
    click(&mut harness, "The definition alone (plain text)");
    // Only what the definition holds is listed: the contribution's e-mail is not.
    harness.get_by_label("Nothing in this export seems to hold personal details.");
    press_export(&mut harness);
    // There is no definition yet: refused and said, and no empty file is written.
    harness.get_by_label_contains("there is no definition or charter yet");
    assert!(!dir.path().join("workshop.txt").exists());
}

#[test]
fn leaving_presentation_mode_gives_back_the_view_the_facilitator_had() {
    let (_dir, path) = workshop(|_, _| Vec::new());
    let mut harness = open(&path);
    let before = harness.state().view().camera;
    harness.press(Modifiers::NONE, egui::Key::F11);
    harness.press(Modifiers::NONE, egui::Key::Tab);
    harness.press(Modifiers::NONE, egui::Key::Z);
    for _ in 0..12 {
        harness.step();
    }
    harness.run();
    assert_ne!(
        harness.state().view().camera,
        before,
        "Focus moved the view"
    );
    harness.press(Modifiers::NONE, egui::Key::Escape);
    harness.press(Modifiers::NONE, egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().view().camera, before);
}

#[test]
fn where_it_comes_from_marks_contributions_not_to_be_quoted() {
    let (_dir, path) = workshop(|project, [food, _, _]| {
        let first = project.themes[&food].notes[0];
        let mut details = project.notes[&first].details.clone();
        details.consent = cytun::model::Consent::DoNotQuote;
        vec![
            Command::SetNoteDetails {
                id: first,
                details: Box::new(details),
            },
            Command::SetDraftText {
                part: Part::Definition,
                text: "We share food.".into(),
            },
            Command::LinkSentence {
                part: Part::Definition,
                sentence: "We share food.".into(),
                themes: [food].into(),
            },
        ]
    });
    let mut harness = open(&path);
    click(&mut harness, "Definition");
    let project = harness.project().clone();
    let food = project
        .themes
        .values()
        .find(|t| t.title == "Sharing food")
        .unwrap();
    let withheld = &project.notes[&food.notes[0]].text;
    let quotable = &project.notes[&food.notes[1]].text;
    let one_line = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    harness.get_by_label(&format!("• (not to be quoted) {}", one_line(withheld)));
    harness.get_by_label(&format!("• {}", one_line(quotable)));
}

/// The room for phones from the window: the code and the count on the board, a phone's dot
/// taken in as the frames go, the votes hidden until shown, and Close leaves nothing listening.
mod phones {
    use super::*;
    use cytun::phones::Phase;
    use egui_kittest::kittest::NodeT as _;

    fn click_first(harness: &mut Harness<'_, CytunApp>, label: &str) {
        harness
            .query_all_by_label(label)
            .next()
            .unwrap()
            .click_accesskit();
        harness.run();
    }

    #[test]
    fn the_room_opens_with_its_code_and_count_takes_in_a_phones_dot_and_closes() {
        let (_dir, path) = workshop(|_, _| Vec::new());
        let mut harness = ui_common::start(StartOptions {
            file: Some(path),
            language: Some(UiLanguage::English),
            room: ui_common::loopback_room(),
            ..StartOptions::default()
        });
        assert!(harness.state().phone_room().is_none());
        click(&mut harness, "Open the room");
        let room = harness.state().phone_room().unwrap();
        let (address, url, code) = (room.address(), room.join_url(), room.join_code());
        let short = room.short_address();
        assert!(url.starts_with(&short) && url.contains("/join/"));
        // The code is drawn as an image a screen reader names by the address, beside the
        // address and the join code written out.
        let image = harness
            .query_all_by_label(&short)
            .find(|node| node.accesskit_node().role() == Role::Image);
        assert!(image.is_some(), "the QR code is on the board");
        harness.get_by_label(&code);
        harness.get_by_label("0 phones have joined");

        let token = url.rsplit('/').next().unwrap();
        let joined = phones_common::post(
            address,
            "/api/join",
            None,
            &format!(r#"{{"room":"{token}"}}"#),
        );
        let device = phones_common::field(&joined.body, "device");
        run_until(&mut harness, "the phone joined", |h| {
            h.query_by_label("1 phone has joined").is_some()
        });

        click(&mut harness, "Vote");
        assert_eq!(harness.state().phone_room().unwrap().phase(), Phase::Vote);
        harness.get_by_label("0 phones have voted");
        let theme = harness.project().themes.keys().next().unwrap().0;
        let given = phones_common::post(
            address,
            "/api/dot",
            Some(&device),
            &format!(r#"{{"theme":{theme},"give":true}}"#),
        );
        assert_eq!(given.status, 200, "{}", given.body);
        run_until(&mut harness, "the phone's dot", |h| {
            h.project()
                .definition
                .voting
                .phones
                .values()
                .flatten()
                .count()
                > 0
        });
        let voting = &harness.project().definition.voting;
        assert_eq!(
            voting.phones.values().flatten().count(),
            1,
            "taken in as a command"
        );
        // On the room's panel, and said in the status line.
        assert_eq!(harness.query_all_by_label("1 phone has voted").count(), 2);

        // Until shown, the Rank view leaves the phones' dots out.
        click(&mut harness, "Rank");
        harness.get_by_label("The votes from phones are hidden until you show them.");
        click(&mut harness, "Show the votes");
        assert!(
            harness
                .query_by_label("The votes from phones are hidden until you show them.")
                .is_none()
        );

        click_first(&mut harness, "Close the room");
        assert!(harness.state().phone_room().is_none());
        assert!(
            std::net::TcpStream::connect(address).is_err(),
            "nothing listens"
        );
        harness.get_by_label_contains("The room is closed.");
        assert!(
            harness.query_by_label(&code).is_none(),
            "the code is gone from the screen"
        );
        // A phone's dot is the phone's: Undo has nothing of the facilitator's to take back,
        // and leaves the dot where the phone put it.
        harness.press(Modifiers::COMMAND, egui::Key::Z);
        assert_eq!(harness.project().definition.voting.phones.len(), 1);
    }

    /// Joins a phone to the room at `address`; its device token and number.
    fn join(address: std::net::SocketAddr, url: &str) -> (String, u64) {
        let token = url.rsplit('/').next().unwrap();
        let joined = phones_common::post(
            address,
            "/api/join",
            None,
            &format!(r#"{{"room":"{token}"}}"#),
        );
        assert_eq!(joined.status, 200, "{}", joined.body);
        let body: serde_json::Value = serde_json::from_str(&joined.body).unwrap();
        (
            body["device"].as_str().unwrap().to_owned(),
            body["phone"].as_u64().unwrap(),
        )
    }

    fn give(address: std::net::SocketAddr, device: &str, theme: ThemeId) {
        let given = phones_common::post(
            address,
            "/api/dot",
            Some(device),
            &format!(r#"{{"theme":{},"give":true}}"#, theme.0),
        );
        assert_eq!(given.status, 200, "{}", given.body);
    }

    /// The version a phone is shown now.
    fn version_shown(address: std::net::SocketAddr, device: &str) -> serde_json::Value {
        let state = phones_common::get(address, "/api/state", Some(device));
        let seen: serde_json::Value = serde_json::from_str(&state.body).unwrap();
        seen["version"]["number"].clone()
    }

    #[test]
    fn a_version_saved_while_phones_sense_check_is_offered_to_them_at_once() {
        let (_dir, path) = workshop(|_, _| {
            vec![
                Command::SetDraftText {
                    part: Part::Definition,
                    text: "Co-production is sharing power.".into(),
                },
                Command::SaveVersion {
                    part: Part::Definition,
                    note: String::new(),
                    at: 1,
                },
                Command::SetDraftText {
                    part: Part::Definition,
                    text: "Co-production is sharing power, and paying for time.".into(),
                },
            ]
        });
        let mut harness = ui_common::start(StartOptions {
            file: Some(path),
            language: Some(UiLanguage::English),
            room: ui_common::loopback_room(),
            ..StartOptions::default()
        });
        click(&mut harness, "Open the room");
        click(&mut harness, "Sense-check");
        let room = harness.state().phone_room().unwrap();
        let (address, url) = (room.address(), room.join_url());
        let (device, _) = join(address, &url);
        harness.run();
        assert_eq!(version_shown(address, &device), 1);
        click(&mut harness, "Definition");
        click(&mut harness, "Save as version");
        assert_eq!(harness.project().definition.versions.len(), 2);
        assert_eq!(
            version_shown(address, &device),
            2,
            "offered without being picked by hand"
        );
    }

    #[test]
    fn what_phones_were_told_was_kept_comes_in_when_a_stopped_window_opens_again() {
        let (dir, path) = workshop(|_, _| {
            vec![Command::SetVoting {
                participants: Vec::new(),
                dots_per_person: 3,
            }]
        });
        let recovery = dir.path().join("recovery");
        let start = || {
            ui_common::start(StartOptions {
                file: Some(path.clone()),
                language: Some(UiLanguage::English),
                recovery_dir: Some(recovery.clone()),
                room: ui_common::loopback_room(),
                ..StartOptions::default()
            })
        };
        let mut harness = start();
        let themes: Vec<ThemeId> = harness.project().themes.keys().copied().collect();
        click(&mut harness, "Open the room");
        click(&mut harness, "Vote");
        let room = harness.state().phone_room().unwrap();
        let (address, url) = (room.address(), room.join_url());
        let (device, _) = join(address, &url);
        give(address, &device, themes[0]);
        give(address, &device, themes[1]);
        // The window stops before it takes them in or saves anything.
        drop(harness);
        assert!(
            cytun::store::load(&path)
                .unwrap()
                .definition
                .voting
                .phones
                .is_empty()
        );

        let mut harness = start();
        assert_eq!(harness.project().definition.voting.phone_dots_given(), 2);
        harness.get_by_label_contains("Took in 2 things phones sent");
        harness.press(Modifiers::COMMAND, egui::Key::S);
        let journal = cytun::phones::journal::journal_path(
            &cytun::store::RecoveryStore::new(&recovery),
            path.as_path(),
        );
        assert!(!journal.exists(), "the save holds it all: the journal goes");
        drop(harness);

        let harness = start();
        assert_eq!(
            harness.project().definition.voting.phone_dots_given(),
            2,
            "once"
        );
        assert!(harness.query_by_label_contains("Took in").is_none());
    }

    #[test]
    fn phones_have_their_own_lane_in_the_history_and_a_hidden_vote_names_no_theme() {
        let (dir, path) = workshop(|_, _| {
            vec![Command::SetVoting {
                participants: Vec::new(),
                dots_per_person: 3,
            }]
        });
        let mut harness = ui_common::start(StartOptions {
            file: Some(path),
            language: Some(UiLanguage::English),
            recovery_dir: Some(dir.path().join("recovery")),
            room: ui_common::loopback_room(),
            ..StartOptions::default()
        });
        let themes: Vec<ThemeId> = harness.project().themes.keys().copied().collect();
        let titles: Vec<String> = harness
            .project()
            .themes
            .values()
            .map(|t| t.title.clone())
            .collect();
        click(&mut harness, "Open the room");
        click(&mut harness, "Vote");
        let room = harness.state().phone_room().unwrap();
        let (address, url) = (room.address(), room.join_url());

        // The facilitator's own step, then a phone's dot.
        let notes_before = harness.project().notes.len();
        click(&mut harness, "Add note");
        harness.type_text("The facilitator's own note");
        harness.press(Modifiers::NONE, egui::Key::Escape);
        assert_eq!(harness.project().notes.len(), notes_before + 1);
        let (first, first_number) = join(address, &url);
        give(address, &first, themes[0]);
        run_until(&mut harness, "the phone's dot", |h| {
            !h.project().definition.voting.phones.is_empty()
        });
        assert_eq!(harness.project().definition.voting.phones.len(), 1);

        // While hidden, nothing on screen names where it went: the announcement counts.
        let said = harness.state().announcement().to_owned();
        assert_eq!(said, "1 phone has voted");
        click(&mut harness, "History");
        harness.get_by_label("A phone gave a dot");
        for title in &titles {
            assert!(
                harness
                    .query_all_by_label_contains(&format!("“{title}”"))
                    .next()
                    .is_none(),
                "a phone's dot named “{title}” while the votes are hidden"
            );
        }

        // Ctrl+Z takes back the facilitator's note, not the phone's dot.
        harness.press(Modifiers::COMMAND, egui::Key::Z);
        assert_eq!(harness.project().notes.len(), notes_before);
        assert_eq!(harness.project().definition.voting.phones.len(), 1);

        // Five hundred dots from 167 phones leave the facilitator's undo as it was.
        click(&mut harness, "Add note");
        harness.type_text("The facilitator's own note");
        harness.press(Modifiers::NONE, egui::Key::Escape);
        let steps = harness.state().document().history().done().count();
        for _ in 0..167 {
            let (device, _) = join(address, &url);
            for theme in &themes {
                give(address, &device, *theme);
            }
        }
        run_until(&mut harness, "every phone's dots", |h| {
            h.project().definition.voting.phone_dots_given() > 167 * 3
        });
        let given: usize = harness.project().definition.voting.phone_dots_given();
        assert_eq!(given, 1 + 167 * 3);
        assert_eq!(harness.state().document().history().done().count(), steps);
        harness.press(Modifiers::COMMAND, egui::Key::Z);
        assert_eq!(
            harness.project().notes.len(),
            notes_before,
            "the facilitator's step"
        );
        let still: usize = harness.project().definition.voting.phone_dots_given();
        assert_eq!(still, given, "every phone's dot stays");

        // Shown, the History may say where each went.
        click(&mut harness, "Rank");
        click(&mut harness, "Show the votes");
        click_first(&mut harness, "Board");
        click(&mut harness, "History");
        assert!(
            harness
                .query_all_by_label_contains("A phone put a dot on")
                .next()
                .is_some()
        );

        // A second room session numbers its phones on from the first.
        click_first(&mut harness, "Close the room");
        click(&mut harness, "Open the room");
        let room = harness.state().phone_room().unwrap();
        let (address, url) = (room.address(), room.join_url());
        let (_, number) = join(address, &url);
        assert!(
            number > first_number + 167,
            "phone {number} after {first_number}..{}",
            first_number + 167
        );
    }
}
