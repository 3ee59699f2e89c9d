//! The command line: which project to open and how to show the window, or a subcommand that
//! works without a window (for scripts, CI and coordinators checking a file someone sent).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::app::frame_stats::{LeftOutPart, parse_left_out};
use crate::export::{ExportFormat, ExportOptions};
use crate::i18n::{self, I18n};
use crate::import::ColumnsBy;

mod check;
mod export;
mod import;
mod room;
mod suggest;

pub use check::check;
pub use export::export;
pub use import::import;
pub use room::room;
pub use suggest::{SuggestFormat, suggest};

pub use crate::files::{SAMPLE_PROJECT, default_project, read_error, read_limited};

/// Cytûn: an affinity board for co-production workshops.
#[derive(Debug, Parser)]
#[command(name = "cytun", version, about, args_conflicts_with_subcommands = true)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "the command line's switches, each its own flag"
)]
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
    /// Measure the real window: the board pans by itself at working zoom, then zoomed to
    /// fit, and one line of median frame times is printed.
    #[arg(long)]
    pub frame_stats: bool,
    /// With --frame-stats: measure a window with one label instead (the floor).
    #[arg(long, requires = "frame_stats")]
    pub floor: bool,
    /// With --frame-stats: leave parts of the board out, to see what each costs (any of
    /// grid, shadows, outlines, text, frames, notes, panels for presentation mode, and
    /// reuse to draw the whole board every frame instead of shifting last frame's pixels).
    #[arg(long, requires = "frame_stats", value_delimiter = ',', value_parser = parse_left_out)]
    pub without: Vec<LeftOutPart>,
    /// Check the real window's reused pixels: after a pan, a text-size change, a hover and a
    /// resize, the frame drawn is compared with the same frame drawn whole; one line per
    /// check is printed, and the window closes (exit status 1 if any differ).
    #[arg(long, conflicts_with = "frame_stats")]
    pub pixel_check: bool,
    /// How the window is drawn: glow (OpenGL 2, the default) or wgpu (Direct3D 12 or WARP on
    /// Windows, Vulkan or Metal elsewhere). Without it, wgpu is tried when OpenGL cannot
    /// start (Remote Desktop, a basic display driver).
    #[arg(long, value_enum)]
    pub renderer: Option<Renderer>,
}

/// How the window is drawn (`--renderer`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Renderer {
    /// OpenGL, through eframe's glow: light, and the board reuses its pixels while panning.
    Glow,
    /// eframe's wgpu: where OpenGL 2 is missing.
    Wgpu,
}

/// Work done without a window.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Validate a project file without opening it: prints "N notes, M themes", or
    /// <FILE:LINE:COLUMN>: what is wrong (exit 1). Never changes the file.
    Check { file: PathBuf },
    /// Import contributions from a spreadsheet (CSV, .xlsx, .xls, .ods) or any survey tool's
    /// export into a project, creating the project if it does not exist. A typed-up sheet by
    /// its headers (text, prompt, kind, group, author, language, consent); a survey's open
    /// questions by their answers, each answer a note with its question as the prompt.
    /// Personal columns (names, e-mail, phone, postcode, IP address, location) are never read
    /// in; placeholders ("N/A", "dim") are counted, not imported; responses already in the
    /// project are left out. Prints what was read as what.
    Import {
        /// The spreadsheet or survey export.
        file: PathBuf,
        /// For a workbook: the sheet to read (else the first with rows).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// The project to add the contributions to.
        #[arg(long, value_name = "PROJECT.ron")]
        into: PathBuf,
        /// Lay the notes out in columns by prompt or by group.
        #[arg(long, value_enum, default_value_t = Columns::Prompt)]
        columns: Columns,
    },
    /// Export a report (md, docx, pdf), every contribution (csv, xlsx) or the definition (txt).
    /// Contributions not to be quoted are counted but never written; authors only where they
    /// agreed. Personal details found in contributions are listed on standard error.
    Export {
        file: PathBuf,
        #[arg(long, value_enum)]
        format: Format,
        /// The export's language: en, cy, or both (Welsh first). Default: the interface's.
        #[arg(long, value_enum)]
        lang: Option<ReportLang>,
        /// Where to write (default: beside the project, with the format's extension).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace e-mail addresses, phone numbers, postcodes and participants' names.
        #[arg(long)]
        redact: bool,
        /// Leave out every author's and feedback giver's name.
        #[arg(long)]
        anonymise: bool,
        /// Another name to look for and, with --redact, remove (may be given many times).
        #[arg(long = "name", value_name = "NAME")]
        names: Vec<String>,
    },
    /// The groups Cytûn would suggest for the project's loose notes (those in no theme), by
    /// meaning with the built-in model (by shared words, saying so, if it cannot be read):
    /// one row per note with its group, id and text. Notes not to be quoted are not quoted.
    Suggest {
        file: PathBuf,
        /// How many groups (default: as the Words panel first suggests).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        groups: Option<u32>,
        #[arg(long, value_enum, default_value_t = SuggestFormat::Csv)]
        format: SuggestFormat,
        /// Group by meaning or by shared words.
        #[arg(long, value_enum, default_value_t = GroupBy::Meaning)]
        by: GroupBy,
    },
    /// Open the room for phones without a window: prints the join address (with its token)
    /// on standard output, serves until Ctrl+C (SIGINT) or SIGTERM, then saves what arrived
    /// into FILE. Refuses a project open in the app.
    Room {
        file: PathBuf,
        /// The address to listen on (default: every network of this machine).
        #[arg(long, value_name = "ADDR")]
        bind: Option<std::net::IpAddr>,
        /// The port (default: 8765, or any free port if taken; 0: any free port).
        #[arg(long, value_name = "N")]
        port: Option<u16>,
        /// What phones do.
        #[arg(long, value_enum, default_value_t = RoomPhase::Contribute)]
        phase: RoomPhase,
    },
}

/// `--by` for `suggest`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    Meaning,
    Words,
}

/// `--phase` for `room`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum RoomPhase {
    Contribute,
    Vote,
    SenseCheck,
}

/// `--format` for `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A report: the definition, how it was made, the ranked themes and their contributions.
    Md,
    /// Every contribution with its theme, the theme's rank and votes.
    Csv,
    /// The definition alone.
    Txt,
    /// The report as a Word document.
    Docx,
    /// Every contribution as an Excel workbook (header row frozen).
    Xlsx,
    /// The report as a tagged PDF (PDF/UA), for reading.
    Pdf,
}

/// `--lang` for `export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportLang {
    En,
    Cy,
    Both,
}

/// `--columns` for `import`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Columns {
    Prompt,
    Group,
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

/// What a subcommand printed and how it ended.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub exit_code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The project at `file`, or the outcome that says why it could not be read
/// ("FILE: what is wrong"), for a subcommand to return.
fn load_or_fail(file: &std::path::Path, tr: &I18n) -> Result<crate::model::Project, Outcome> {
    crate::store::load(file).map_err(|err| {
        failed(format!(
            "{}: {}",
            file.display(),
            i18n::load_error(tr, &err)
        ))
    })
}

/// A subcommand that could not do its work: the message on standard error, exit status 1.
fn failed(message: String) -> Outcome {
    Outcome {
        exit_code: 1,
        stdout: String::new(),
        stderr: message,
    }
}

/// Runs a subcommand with the language the environment asks for.
pub fn run(command: &CliCommand) -> Outcome {
    let tr = I18n::new(i18n::UiLanguage::from_env());
    match command {
        CliCommand::Check { file } => check(file, &tr),
        CliCommand::Import {
            file,
            sheet,
            into,
            columns,
        } => {
            let by = match columns {
                Columns::Prompt => ColumnsBy::Prompt,
                Columns::Group => ColumnsBy::Group,
            };
            import(file, sheet.as_deref(), into, by, &tr)
        }
        CliCommand::Export {
            file,
            format,
            lang,
            out,
            redact,
            anonymise,
            names,
        } => {
            let format = match format {
                Format::Md => ExportFormat::Markdown,
                Format::Csv => ExportFormat::Csv,
                Format::Txt => ExportFormat::Text,
                Format::Docx => ExportFormat::Docx,
                Format::Xlsx => ExportFormat::Xlsx,
                Format::Pdf => ExportFormat::Pdf,
            };
            let language = match lang {
                Some(ReportLang::En) => crate::export::ReportLanguage::English,
                Some(ReportLang::Cy) => crate::export::ReportLanguage::Welsh,
                Some(ReportLang::Both) => crate::export::ReportLanguage::Both,
                None => crate::export::ReportLanguage::of(tr.language()),
            };
            let options = ExportOptions {
                redact: *redact,
                anonymise: *anonymise,
                extra_names: names.clone(),
                keep: Vec::new(),
            };
            export(file, (format, language), out.as_deref(), &options, &tr)
        }
        CliCommand::Suggest {
            file,
            groups,
            format,
            by,
        } => {
            let by = match by {
                GroupBy::Meaning => crate::analysis::suggest::By::Meaning,
                GroupBy::Words => crate::analysis::suggest::By::Words,
            };
            suggest(file, groups.map(|g| g as usize), *format, by, &tr)
        }
        CliCommand::Room {
            file,
            bind,
            port,
            phase,
        } => {
            let mut options = crate::phones::RoomOptions {
                port: *port,
                until_signal: true,
                phase: match phase {
                    RoomPhase::Contribute => crate::phones::Phase::Contribute,
                    RoomPhase::Vote => crate::phones::Phase::Vote,
                    RoomPhase::SenseCheck => crate::phones::Phase::SenseCheck,
                },
                ..crate::phones::RoomOptions::default()
            };
            if let Some(bind) = bind {
                options.bind = *bind;
            }
            room(file, options, &tr)
        }
    }
}
