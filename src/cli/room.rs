//! `cytun room FILE`: the room for phones without a window, until Ctrl+C or SIGTERM.

use std::path::Path;

use super::{Outcome, failed, load_or_fail};
use crate::command::{Command, apply};
use crate::i18n::{self, Arg, I18n};
use crate::model::Project;
use crate::store;

/// How often `cytun room` saves what arrived while it serves (besides at the end): what
/// phones were told is kept is in the journal at once; this keeps the project file close.
const ROOM_SAVE_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// `cytun room FILE`: the room without a window. The join address goes to standard output
/// as soon as the room is open, then the short address with the join code, and the join
/// address as a QR code drawn in the terminal. Every arrival a phone is told was kept is in
/// the project's journal first; what a previous run left there unsaved is taken in at
/// start. The project is saved every few seconds while phones send, and at the end.
pub fn room(file: &Path, options: crate::phones::RoomOptions, tr: &I18n) -> Outcome {
    let (_lock, mut project) = match lock_and_load(file, tr) {
        Ok(opened) => opened,
        Err(outcome) => return outcome,
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
    announce(&host, file, tr);
    // What the journal gave is unsaved until the first save.
    let served = serve(&mut host, &mut project, file, tr, changes > 0);
    changes += served.changes;
    drop(host);
    if served.unsaved
        && let Err(err) = store::save(&project, file)
    {
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

/// Takes the project's lock and reads it; refuses a project open in the app (it would not
/// see what phones send and could save over it).
fn lock_and_load(file: &Path, tr: &I18n) -> Result<(Option<store::ProjectLock>, Project), Outcome> {
    let (lock, holder) = store::ProjectLock::acquire(file);
    if let Some(holder) = holder {
        return Err(failed(tr.tr_args(
            "room-error-project-open",
            &[
                ("path", Arg::Str(&file.display().to_string())),
                ("user", Arg::Str(&holder.user)),
                ("host", Arg::Str(&holder.host)),
            ],
        )));
    }
    Ok((lock, load_or_fail(file, tr)?))
}

/// Says the room is open: on standard error for the person, then the join address, the
/// short address with its code and the QR code on standard output.
fn announce(host: &crate::phones::RoomHost, file: &Path, tr: &I18n) {
    use std::io::Write as _;
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
}

/// What serving the room did.
struct Served {
    /// Arrivals taken in.
    changes: usize,
    /// Whether some are not in the project file yet.
    unsaved: bool,
}

/// Serves until a signal: takes in what phones send, tells them the project as it is, and
/// saves every few seconds while something is unsaved. Everything accepted before the stop
/// is taken in.
fn serve(
    host: &mut crate::phones::RoomHost,
    project: &mut Project,
    file: &Path,
    tr: &I18n,
    unsaved: bool,
) -> Served {
    let mut state = 0_u64;
    let mut served = Served {
        changes: 0,
        unsaved,
    };
    let mut saved_at = std::time::Instant::now();
    host.publish(project, state, tr);
    while !host.signalled() {
        host.wait(std::time::Duration::from_millis(200));
        let taken = take_in_arrivals(host, project, tr);
        state += taken as u64;
        served.changes += taken;
        served.unsaved |= taken > 0;
        host.publish(project, state, tr);
        if served.unsaved && saved_at.elapsed() >= ROOM_SAVE_EVERY {
            // A save that fails here is tried again at the end, where it is reported.
            if store::save(project, file).is_ok() {
                host.saved(project);
                served.unsaved = false;
            }
            saved_at = std::time::Instant::now();
        }
    }
    // Nothing more is accepted; everything that was is taken in before the save.
    host.stop();
    let taken = take_in_arrivals(host, project, tr);
    served.changes += taken;
    served.unsaved |= taken > 0;
    served
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
