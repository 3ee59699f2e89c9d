//! The command line, run as a user would: `cytun check FILE`.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test or bench should stop loudly"
)]

use std::fs;
use std::process::Command;

fn cytun(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_cytun"))
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn check_summarises_a_good_project() {
    let (code, stdout, stderr) = cytun(&["check", cytun::cli::SAMPLE_PROJECT]);
    assert_eq!(code, 0, "{stderr}");
    let project = cytun::store::load(std::path::Path::new(cytun::cli::SAMPLE_PROJECT)).unwrap();
    assert_eq!(
        stdout.trim(),
        format!("{} notes, 0 themes", project.notes.len())
    );
}

#[test]
fn check_reports_file_line_and_column_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let text = "(\n  format_version: 1,\n  title: \"x\",\n  next_id: 2,\n  notes: [(id: 1, text: oops)],\n)\n";
    fs::write(&path, text).unwrap();
    let (code, stdout, stderr) = cytun(&["check", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    let expected_start = format!("{}:5:", path.display());
    assert!(stderr.starts_with(&expected_start), "{stderr}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn check_explains_problems_without_a_position() {
    let (code, _, stderr) = cytun(&["check", "/no/such/project.ron"]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("/no/such/project.ron: The file could not be read"),
        "{stderr}"
    );
}

#[test]
fn check_speaks_welsh_when_asked() {
    let output = Command::new(env!("CARGO_BIN_EXE_cytun"))
        .args(["check", cytun::cli::SAMPLE_PROJECT])
        .env("LANG", "cy_GB.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("nodyn") && stdout.contains("thema"),
        "{stdout}"
    );
}

#[test]
fn a_bad_window_size_is_refused_with_a_reason() {
    let (code, _, stderr) = cytun(&["--window-size", "huge"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("WIDTHxHEIGHT"), "{stderr}");
}
