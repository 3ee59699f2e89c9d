//! Saving and loading: round trips, and bad or hostile files that must give a clear error,
//! never a panic, and never touch the file.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use crate::common;

use std::fs;
use std::path::Path;

use common::project_with_notes;
use cytun::i18n::{self, I18n, UiLanguage};
use cytun::store::error::InvalidProject;
use cytun::store::{self, LoadError, SaveError, backup_path};

fn load_bytes(bytes: &[u8]) -> (Result<cytun::model::Project, LoadError>, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("input.ron");
    fs::write(&path, bytes).unwrap();
    let result = store::load(&path);
    let after = fs::read(&path).unwrap();
    assert_eq!(after, bytes, "loading must never change the file");
    (result, after)
}

/// The error in the words the user sees, which must say something specific.
fn user_message(err: &LoadError) -> String {
    let message = i18n::load_error(&I18n::new(UiLanguage::English), err);
    assert!(
        !message.contains("error-"),
        "untranslated message: {message}"
    );
    assert!(message.len() > 10, "message too vague: {message}");
    message
}

#[test]
fn save_then_load_gives_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("workshop.ron");
    let mut project = project_with_notes(300);
    project.title = "Gweithdy: \"quotes\", tabs\t and emoji 🌱".into();
    store::save(&project, &path).unwrap();
    assert_eq!(store::load(&path).unwrap(), project);
}

/// A project file given Windows line ends (opened and saved in Notepad, or checked out by
/// git with `autocrlf`) loads as the same project: a song's line breaks included.
#[test]
fn a_project_with_windows_line_ends_loads_the_same() {
    let mut project = project_with_notes(20);
    project.title = "Gweithdy\nail linell".into();
    let first = project.notes.keys().next().copied().unwrap();
    project.notes.get_mut(&first).unwrap().text = "A song:\nverse one\nverse two".into();
    let text = store::to_ron(&project).unwrap();
    let windows = text.replace('\n', "\r\n");
    assert_ne!(windows, text);
    let (loaded, _) = load_bytes(windows.as_bytes());
    assert_eq!(loaded.unwrap(), project);
}

#[test]
fn the_file_starts_with_its_format_version_and_is_readable_text() {
    let text = store::to_ron(&project_with_notes(2)).unwrap();
    let head = format!("(\n  format_version: {},", store::FORMAT_VERSION);
    assert!(text.starts_with(&head), "{text}");
    assert!(text.contains("text: \"Like being listened to\""));
}

#[test]
fn saving_again_keeps_the_previous_save_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    let first = project_with_notes(2);
    let mut second = first.clone();
    second.title = "Second".into();
    store::save(&first, &path).unwrap();
    assert!(!backup_path(&path).exists());
    store::save(&second, &path).unwrap();
    assert_eq!(store::load(&backup_path(&path)).unwrap(), first);
    assert_eq!(store::load(&path).unwrap(), second);
    // No temporary files are left behind.
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.ron");
    store::save(&project_with_notes(1), &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    store::save(&project_with_notes(2), &path).unwrap();
    assert_eq!(
        fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

#[test]
fn empty_and_blank_files_are_refused() {
    for bytes in [&b""[..], b"   \n\t\n"] {
        let (result, _) = load_bytes(bytes);
        let err = result.unwrap_err();
        assert!(matches!(err, LoadError::Empty), "{err:?}");
        user_message(&err);
    }
}

#[test]
fn random_bytes_are_refused_with_a_position() {
    let mut seed = 0x2545_f491_u32;
    for _ in 0..50 {
        let bytes: Vec<u8> = (0..512)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                seed as u8
            })
            .collect();
        let (result, _) = load_bytes(&bytes);
        let err = result.unwrap_err();
        assert!(err.position().is_some(), "{err:?}");
        user_message(&err);
    }
}

#[test]
fn invalid_utf8_says_where() {
    let (result, _) = load_bytes(b"(\n  format_version: 1,\n  title: \"ab\xff\xfe\"");
    match result.unwrap_err() {
        err @ LoadError::NotText { .. } => {
            assert_eq!(err.position(), Some((3, 13)));
            user_message(&err);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_truncated_file_is_refused_at_every_cut() {
    let text = store::to_ron(&project_with_notes(5)).unwrap();
    for cut in (1..text.len() - 2).step_by(37) {
        if !text.is_char_boundary(cut) {
            continue;
        }
        let (result, _) = load_bytes(&text.as_bytes()[..cut]);
        let err = result.expect_err("a cut file never loads");
        user_message(&err);
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let text = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let (result, _) = load_bytes(text.as_bytes());
    let err = result.unwrap_err();
    assert!(err.position().is_some());
    user_message(&err);

    let nested_in_note = format!("(format_version: 1, title: {}", "(".repeat(10_000));
    let (result, _) = load_bytes(nested_in_note.as_bytes());
    user_message(&result.unwrap_err());
}

#[test]
fn a_json_file_is_refused() {
    let (result, _) = load_bytes(br#"{"format_version": 1, "title": "x", "notes": []}"#);
    let err = result.unwrap_err();
    assert!(err.position().is_some(), "{err:?}");
    user_message(&err);
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.ron");
    let future =
        "(\n  format_version: 99,\n  title: \"From the future\",\n  hologram: (x: 1),\n)\n";
    fs::write(&path, future).unwrap();
    let err = store::load(&path).unwrap_err();
    assert!(
        matches!(err, LoadError::NewerVersion { found: 99, .. }),
        "{err:?}"
    );
    assert!(user_message(&err).contains("99"));
    let saved = store::save(&project_with_notes(1), &path);
    assert!(
        matches!(saved, Err(SaveError::WouldOverwriteNewer)),
        "{saved:?}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), future);
}

#[test]
fn a_file_without_a_version_is_not_a_project() {
    let (result, _) = load_bytes(b"(title: \"x\", notes: [])");
    assert!(matches!(result.unwrap_err(), LoadError::NotAProject));
}

#[test]
fn a_fifty_megabyte_string_is_refused_quickly() {
    let mut text = String::from(
        "(\n  format_version: 1,\n  title: \"t\",\n  next_id: 2,\n  notes: [(id: 1, text: \"",
    );
    text.push_str(&"ŵ".repeat(25 * 1024 * 1024));
    text.push_str("\", pos: (x: 0, y: 0), details: ())],\n)\n");
    assert!(text.len() > 50 * 1024 * 1024);
    let (result, _) = load_bytes(text.as_bytes());
    let err = result.unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Invalid(InvalidProject::TextTooLong { id: 1, .. })
        ),
        "{err:?}"
    );
    assert!(user_message(&err).contains("Note 1"));
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = fs::File::create(&path).unwrap();
    file.set_len(store::MAX_FILE_BYTES + 1).unwrap();
    let err = store::load(&path).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err:?}");
    user_message(&err);
}

#[test]
fn a_folder_is_not_a_project() {
    let dir = tempfile::tempdir().unwrap();
    let err = store::load(dir.path()).unwrap_err();
    assert!(matches!(err, LoadError::NotAFile), "{err:?}");
}

#[test]
fn a_missing_file_says_so() {
    let err = store::load(Path::new("/definitely/not/here.ron")).unwrap_err();
    assert!(matches!(err, LoadError::Io(_)));
    user_message(&err);
}

#[test]
fn broken_rules_inside_a_well_formed_file_are_named() {
    let cases = [
        (
            "notes: [(id: 1, text: \"a\", pos: (x: 0, y: 0), details: ()), (id: 1, text: \"b\", pos: (x: 0, y: 0), details: ())]",
            "twice",
        ),
        (
            "notes: [(id: 1, text: \"a\", pos: (x: inf, y: 0), details: ())]",
            "position",
        ),
        (
            "notes: [(id: 1, text: \"a\", pos: (x: 1e30, y: 0), details: ())]",
            "position",
        ),
        (
            "notes: [], themes: [(id: 5, title: \"T\", notes: [3])]",
            "Theme 5",
        ),
    ];
    for (body, expected) in cases {
        let text = format!("(format_version: 1, title: \"t\", next_id: 9, {body})");
        let (result, _) = load_bytes(text.as_bytes());
        let message = user_message(&result.unwrap_err());
        assert!(message.contains(expected), "{message}");
    }
}

#[test]
fn a_stale_id_counter_is_repaired_so_ids_stay_unique() {
    let text = "(format_version: 1, title: \"t\", next_id: 1, notes: [(id: 7, text: \"a\", pos: (x: 0, y: 0), details: ())])";
    let (result, _) = load_bytes(text.as_bytes());
    assert_eq!(result.unwrap().next_id, 8);
}

#[test]
fn the_bundled_sample_project_loads() {
    let project = store::load(Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    assert!(project.notes.len() >= 50);
    assert!(
        project
            .notes
            .values()
            .any(|n| n.details.language == cytun::model::Language::Welsh)
    );
}

#[test]
fn a_misleading_head_does_not_fool_the_version_check() {
    let text = "(title: \"format_version: 1\", format_version: 7, next_id: 1, notes: [])";
    let (result, _) = load_bytes(text.as_bytes());
    assert!(matches!(
        result.unwrap_err(),
        LoadError::NewerVersion { found: 7, .. }
    ));
    // And a version written late in a hand-edited file is still found.
    let late = format!(
        "(title: \"{}\", next_id: 1, notes: [], format_version: 1)",
        "x".repeat(3000)
    );
    let (result, _) = load_bytes(late.as_bytes());
    assert!(result.is_ok(), "{result:?}");
}
