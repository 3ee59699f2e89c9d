//! The command line: which project to open and how to show the window, or a subcommand that
//! works without a window (for scripts, CI and coordinators checking a file someone sent).

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::i18n::{self, I18n};
use crate::store;

/// Where `cargo run` finds the bundled sample workshop.
pub const SAMPLE_PROJECT: &str = "projects/co-production-hackathon.ron";

/// Cytûn: an affinity board for co-production workshops.
#[derive(Debug, Parser)]
#[command(name = "cytun", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
    /// Project file to open (default: the bundled sample workshop).
    pub file: Option<PathBuf>,
    /// Start full screen (for the projector).
    #[arg(long)]
    pub fullscreen: bool,
    /// Window size in points, e.g. 1920x1080.
    #[arg(long, value_name = "WxH", value_parser = parse_window_size)]
    pub window_size: Option<(f32, f32)>,
    /// Interface language: en or cy (default: the saved choice).
    #[arg(long, value_parser = ["en", "cy"])]
    pub lang: Option<String>,
}

/// Work done without a window.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Validate a project file without opening it: prints "N notes, M themes", or
    /// <FILE:LINE:COLUMN>: what is wrong (exit 1). Never changes the file.
    Check { file: PathBuf },
}

fn parse_window_size(text: &str) -> Result<(f32, f32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or("expected WIDTHxHEIGHT, e.g. 1920x1080")?;
    let parse = |v: &str| {
        v.trim()
            .parse::<f32>()
            .ok()
            .filter(|v| (100.0..=16_384.0).contains(v))
    };
    match (parse(w), parse(h)) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err("width and height must be numbers between 100 and 16384".to_owned()),
    }
}

/// The project to open when none is named: the sample beside the working folder, else the one
/// in the source tree this binary was built from.
pub fn default_project() -> Option<PathBuf> {
    [
        PathBuf::from(SAMPLE_PROJECT),
        Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE_PROJECT),
    ]
    .into_iter()
    .find(|path| path.is_file())
}

/// What a subcommand printed and how it ended.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub exit_code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// `cytun check FILE`.
pub fn check(file: &Path, tr: &I18n) -> Outcome {
    match store::load(file) {
        Ok(project) => Outcome {
            exit_code: 0,
            stdout: tr.tr_args(
                "check-summary",
                &[
                    ("notes", project.notes.len().into()),
                    ("themes", project.themes.len().into()),
                ],
            ),
            stderr: String::new(),
        },
        Err(err) => {
            let what = i18n::load_error(tr, &err);
            let place = match err.position() {
                Some((line, column)) => format!("{}:{line}:{column}", file.display()),
                None => file.display().to_string(),
            };
            Outcome {
                exit_code: 1,
                stdout: String::new(),
                stderr: format!("{place}: {what}"),
            }
        }
    }
}

/// Runs a subcommand with the language the environment asks for.
pub fn run(command: &CliCommand) -> Outcome {
    let tr = I18n::new(i18n::UiLanguage::from_env());
    match command {
        CliCommand::Check { file } => check(file, &tr),
    }
}
