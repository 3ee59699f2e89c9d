//! The command line: which project to open and how to show the window, or a subcommand that
//! works without a window (for scripts, CI and coordinators checking a file someone sent).

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::app::frame_stats::{LeftOutPart, parse_left_out};

use crate::command::{Command, apply};
use crate::export::{ExportFormat, ExportOptions, in_words};
use crate::i18n::{self, Arg, I18n};
use crate::import::column_label::column_label;
use crate::import::table::read_sheet_as;
use crate::import::{ColumnsBy, arrange};
use crate::model::Project;
use crate::store;

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

/// `cytun import FILE --into PROJECT.ron`: reads the sheet (or, for a `.ron`, another
/// board), adds its contributions in labelled columns and saves the project (atomically,
/// with a backup), or changes nothing.
pub fn import(file: &Path, sheet: Option<&str>, into: &Path, by: ColumnsBy, tr: &I18n) -> Outcome {
    if file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return import_board(file, into, tr);
    }
    let bytes = match read_limited(file, crate::import::table::MAX_TABLE_BYTES) {
        Ok(bytes) => bytes,
        Err(err) => return failed(format!("{}: {}", file.display(), read_error(tr, &err))),
    };
    let shown = file.display().to_string();
    add_to_project(into, tr, |project| {
        // Read as this project's coordinator chose for the same form last time.
        let mut imported = read_sheet_as(&bytes, sheet, &project.import_forms).map_err(|err| {
            format!(
                "{shown}: {}",
                crate::import::in_words::import_error(tr, &err)
            )
        })?;
        // A fresh download of the same form adds only what is new.
        crate::import::already_here::AlreadyHere::of(project).leave_out(&mut imported);
        // The summary, then what each column was read as, one line each.
        let mut summary = crate::import::in_words::import_summary(tr, &imported.report);
        for line in crate::import::in_words::columns_read(tr, &imported.report) {
            summary.push_str("\n  ");
            summary.push_str(&line);
        }
        let arranged = arrange(project, imported.drafts, by, |draft| {
            column_label(tr, by, draft)
        });
        let command = arranged.into_command();
        Ok((summary, command))
    })
}

/// `cytun import OTHER.ron --into PROJECT.ron`: another table's board, beside this one, its
/// themes marked with where they came from, contributions already here counted once.
fn import_board(file: &Path, into: &Path, tr: &I18n) -> Outcome {
    let other = match store::load(file) {
        Ok(other) => other,
        Err(err) => {
            return failed(format!(
                "{}: {}",
                file.display(),
                i18n::load_error(tr, &err)
            ));
        }
    };
    let source = crate::files::board_name(&other, file);
    let summary = tr.tr_args(
        "history-add-board",
        &[
            ("count", other.notes.len().into()),
            ("name", Arg::Str(&source)),
        ],
    );
    add_to_project(into, tr, |project| {
        let titled = |title: &str| {
            tr.tr_args(
                "theme-from-board",
                &[("title", Arg::Str(title)), ("source", Arg::Str(&source))],
            )
        };
        let arrival = crate::command::bring_in_board(project, &other, &source, titled, true);
        let mut summary = summary.clone();
        if !arrival.consent_differences.is_empty() {
            summary.push('\n');
            summary.push_str(&tr.tr_args(
                "board-consent-differs",
                &[("count", arrival.consent_differences.len().into())],
            ));
            for difference in &arrival.consent_differences {
                summary.push_str("\n  ");
                summary.push_str(&crate::import::in_words::consent_difference(
                    tr, &source, difference,
                ));
            }
        }
        Ok((summary, arrival.command))
    })
}

fn failed(message: String) -> Outcome {
    Outcome {
        exit_code: 1,
        stdout: String::new(),
        stderr: message,
    }
}

/// Opens `into` (or starts it, named after the file), applies what `change` makes of it and
/// saves; says the summary `change` gives, or the message it failed with. Refuses a project open in the app: the app would not see the change
/// and could save over it.
fn add_to_project(
    into: &Path,
    tr: &I18n,
    change: impl FnOnce(&Project) -> Result<(String, Option<Command>), String>,
) -> Outcome {
    let (_lock, holder) = store::ProjectLock::acquire(into);
    if let Some(holder) = holder {
        return failed(tr.tr_args(
            "import-error-project-open",
            &[
                ("user", Arg::Str(&holder.user)),
                ("host", Arg::Str(&holder.host)),
            ],
        ));
    }
    let mut project = if into.exists() {
        match store::load(into) {
            Ok(project) => project,
            Err(err) => {
                return failed(format!(
                    "{}: {}",
                    into.display(),
                    i18n::load_error(tr, &err)
                ));
            }
        }
    } else {
        let title = into
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        Project::new(title)
    };
    let (summary, command) = match change(&project) {
        Ok(change) => change,
        Err(message) => return failed(message),
    };
    if let Some(command) = command {
        if let Err(err) = apply(&mut project, command) {
            return failed(i18n::command_error(tr, &err));
        }
        if let Err(err) = store::save(&project, into) {
            return failed(format!(
                "{}: {}",
                into.display(),
                i18n::save_error(tr, &err)
            ));
        }
    }
    Outcome {
        exit_code: 0,
        stdout: summary,
        stderr: String::new(),
    }
}

/// `cytun export FILE --format md|csv|txt|docx|xlsx|pdf [--lang en|cy|both]`.
pub fn export(
    file: &Path,
    (format, language): (ExportFormat, crate::export::ReportLanguage),
    out: Option<&Path>,
    options: &ExportOptions,
    tr: &I18n,
) -> Outcome {
    let project = match store::load(file) {
        Ok(project) => project,
        Err(err) => {
            return Outcome {
                exit_code: 1,
                stdout: String::new(),
                stderr: format!("{}: {}", file.display(), i18n::load_error(tr, &err)),
            };
        }
    };
    let target = out.map_or_else(|| file.with_extension(format.extension()), Path::to_owned);
    // Everything written passes through the one outbound filter; its findings are what the
    // user is warned of.
    let outbound = crate::export::outbound(&project, tr, options);
    let mut stderr = String::new();
    if !options.redact {
        for finding in outbound.findings() {
            stderr.push_str(&in_words::finding(tr, &project, finding));
            stderr.push('\n');
        }
    }
    let rendered = match crate::export::render_summarised(&project, options, language, format) {
        Ok(rendered) => rendered,
        // Nothing is written: an earlier file at the target stays as it was.
        Err(err) => {
            stderr.push_str(&tr.tr_args(
                "message-export-failed",
                &[
                    ("path", Arg::Str(&target.display().to_string())),
                    (
                        "reason",
                        Arg::Str(&crate::export::in_words::export_error(tr, &err)),
                    ),
                ],
            ));
            return Outcome {
                exit_code: 1,
                stdout: String::new(),
                stderr,
            };
        }
    };
    if let Some(said) = i18n::replaced_characters(tr, &rendered.replaced, rendered.mark) {
        stderr.push_str(&said);
        stderr.push('\n');
    }
    match store::write_atomically(&target, &rendered.bytes) {
        Ok(()) => Outcome {
            exit_code: 0,
            stdout: tr.tr_args(
                "export-written",
                &[("path", Arg::Str(&target.display().to_string()))],
            ),
            stderr,
        },
        Err(err) => Outcome {
            exit_code: 1,
            stdout: String::new(),
            stderr: tr.tr_args("error-write", &[("reason", Arg::Str(&err.to_string()))]),
        },
    }
}

/// How often `cytun room` saves what arrived while it serves (besides at the end): what
/// phones were told is kept is in the journal at once; this keeps the project file close.
const ROOM_SAVE_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// `cytun room FILE`: the room without a window. The join address goes to standard output
/// as soon as the room is open, then the short address with the join code, and the join
/// address as a QR code drawn in the terminal. Every arrival a phone is told was kept is in
/// the project's journal first; what a previous run left there unsaved is taken in at
/// start. The project is saved every few seconds while phones send, and at the end.
pub fn room(file: &Path, options: crate::phones::RoomOptions, tr: &I18n) -> Outcome {
    use std::io::Write as _;
    let (_lock, holder) = store::ProjectLock::acquire(file);
    if let Some(holder) = holder {
        return failed(tr.tr_args(
            "room-error-project-open",
            &[
                ("path", Arg::Str(&file.display().to_string())),
                ("user", Arg::Str(&holder.user)),
                ("host", Arg::Str(&holder.host)),
            ],
        ));
    }
    let mut project = match store::load(file) {
        Ok(project) => project,
        Err(err) => {
            return failed(format!(
                "{}: {}",
                file.display(),
                i18n::load_error(tr, &err)
            ));
        }
    };
    let journal = match store::RecoveryStore::default_dir() {
        Some(dir) => crate::phones::host::JournalFile::At(crate::phones::journal::journal_path(
            &store::RecoveryStore::new(dir),
            file,
        )),
        None => crate::phones::host::JournalFile::Nowhere,
    };
    let mut changes = 0_usize;
    if let crate::phones::host::JournalFile::At(path) = &journal {
        changes += take_in_journal(&mut project, path, tr);
    }
    let wake: crate::phones::server::Wake = std::sync::Arc::new(|| {});
    let mut host = match crate::phones::RoomHost::open(options, &project, tr, &wake, &journal) {
        Ok(host) => host,
        Err(err) => {
            return failed(tr.tr_args(
                "room-open-failed",
                &[("reason", Arg::Str(&err.to_string()))],
            ));
        }
    };
    eprintln!(
        "{}",
        tr.tr_args(
            "room-serving",
            &[("file", Arg::Str(&file.display().to_string()))]
        )
    );
    // Written without a panic if nobody reads any more (`cytun room … | head -1`).
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", host.join_url());
    let _ = writeln!(
        out,
        "{}",
        tr.tr_args(
            "room-address-code",
            &[
                ("address", Arg::Str(&host.short_address())),
                ("code", Arg::Str(&host.join_code())),
            ],
        )
    );
    let (modules, side) = host.qr_code();
    let _ = writeln!(out, "{}", terminal_qr(modules, side));
    let _ = out.flush();
    drop(out);
    let mut state = 0_u64;
    let mut unsaved = changes > 0;
    let mut saved_at = std::time::Instant::now();
    host.publish(&project, state, tr);
    while !host.signalled() {
        host.wait(std::time::Duration::from_millis(200));
        let taken = take_in_arrivals(&mut host, &mut project, tr);
        state += taken as u64;
        changes += taken;
        unsaved |= taken > 0;
        host.publish(&project, state, tr);
        if unsaved && saved_at.elapsed() >= ROOM_SAVE_EVERY {
            // A save that fails here is tried again at the end, where it is reported.
            if store::save(&project, file).is_ok() {
                host.saved(&project);
                unsaved = false;
            }
            saved_at = std::time::Instant::now();
        }
    }
    // Nothing more is accepted; everything that was is taken in before the save.
    host.stop();
    let taken = take_in_arrivals(&mut host, &mut project, tr);
    changes += taken;
    unsaved |= taken > 0;
    drop(host);
    if unsaved && let Err(err) = store::save(&project, file) {
        return failed(format!(
            "{}: {}",
            file.display(),
            i18n::save_error(tr, &err)
        ));
    }
    if let crate::phones::host::JournalFile::At(path) = &journal
        && crate::phones::journal::all_taken_in(path, &project.phones)
    {
        store::journal::remove(path);
    }
    Outcome {
        exit_code: 0,
        stdout: String::new(),
        stderr: tr.tr_args(
            "room-saved",
            &[
                ("count", changes.into()),
                ("path", Arg::Str(&file.display().to_string())),
            ],
        ),
    }
}

/// Takes in what phones sent since the last call; how many arrivals (a refused one, say a
/// dot on a theme just merged away, changes nothing but its mark: the next view tells the
/// phone).
fn take_in_arrivals(
    host: &mut crate::phones::RoomHost,
    project: &mut crate::model::Project,
    tr: &I18n,
) -> usize {
    let mut taken = 0;
    while let Some(command) = host.next_command(project, tr) {
        apply_or_mark(project, command);
        taken += 1;
    }
    taken
}

/// Applies a phone's arrival; refused, only its mark (so it is not offered again).
fn apply_or_mark(project: &mut crate::model::Project, command: Command) {
    let mark = command.clone().only_the_mark();
    if apply(project, command).is_err()
        && let Some(mark) = mark
    {
        let _ = apply(project, mark);
    }
}

/// Takes in what the journal at `path` holds and `project` lacks (a run stopped by a crash
/// or a power cut); how many arrivals it took in.
fn take_in_journal(project: &mut crate::model::Project, path: &Path, tr: &I18n) -> usize {
    let records = match crate::phones::journal::not_taken_in(path, &project.phones) {
        Ok(records) => records,
        Err(err) => {
            eprintln!(
                "{}",
                tr.tr_args(
                    "phones-journal-unreadable",
                    &[
                        ("reason", Arg::Str(&err.to_string())),
                        ("path", Arg::Str(&path.display().to_string())),
                    ],
                )
            );
            return 0;
        }
    };
    let words = crate::phones::host::arrival_words(tr);
    for record in &records {
        let command = crate::phones::journal::command_for_record(project, record, &words);
        apply_or_mark(project, command);
    }
    if !records.is_empty() {
        eprintln!(
            "{}",
            tr.tr_args(
                "phones-journal-taken-in",
                &[("count", records.len().into())]
            )
        );
    }
    records.len()
}

/// A QR code drawn with half-block characters, two rows of modules to a line, with the quiet
/// margin a phone's camera needs; light on dark terminals and dark on light alike, since
/// the dark modules are drawn as spaces on a light block background.
fn terminal_qr(modules: &[bool], side: usize) -> String {
    const MARGIN: usize = 2;
    let dark = |x: usize, y: usize| {
        x >= MARGIN
            && y >= MARGIN
            && x - MARGIN < side
            && y - MARGIN < side
            && modules
                .get((y - MARGIN) * side + (x - MARGIN))
                .copied()
                .unwrap_or(false)
    };
    let full = side + 2 * MARGIN;
    let mut text = String::new();
    for y in (0..full).step_by(2) {
        for x in 0..full {
            text.push(match (dark(x, y), dark(x, y + 1)) {
                (false, false) => '█',
                (false, true) => '▀',
                (true, false) => '▄',
                (true, true) => ' ',
            });
        }
        text.push('\n');
    }
    text
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
