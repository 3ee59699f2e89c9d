//! The start screen for coordinators: recent projects and the boards in the projects folder,
//! each with its title, counts and when it last changed. Open one with a click, or Tab to it
//! and press Enter.

use std::path::PathBuf;
use std::time::SystemTime;

use eframe::egui::{self, RichText, Ui};

use crate::i18n::{self, Arg, I18n};
use crate::store::summary::{ProjectSummary, projects_in, summarise};
use crate::ui::Intent;

/// What the start screen lists, read once when it opens, off the window's thread.
#[derive(Debug)]
pub struct StartScreen {
    listing: Listing,
    folder: PathBuf,
    /// Put the keyboard on the first project on the next frame.
    focus_first: bool,
}

/// The projects found, or the reading still under way (a folder of large projects, a slow
/// network drive: the window stays responsive meanwhile).
#[derive(Debug)]
enum Listing {
    Reading(std::sync::mpsc::Receiver<Found>),
    Ready(Found),
}

/// The recent projects (those still there), the folder's other projects, and the bundled
/// samples with what each shows.
#[derive(Debug, Default)]
struct Found {
    recent: Vec<ProjectSummary>,
    in_folder: Vec<ProjectSummary>,
    samples: Vec<(&'static str, ProjectSummary)>,
}

/// How long opening the start screen waits for the list before showing "Reading…": a usual
/// folder is read by then, so the list appears at once.
const WAIT_FOR_LIST: std::time::Duration = std::time::Duration::from_millis(150);

impl StartScreen {
    /// Starts reading the recent projects and the folder's projects on a thread of its own.
    pub fn scan(recent: &[PathBuf], folder: PathBuf) -> Self {
        let (send, receive) = std::sync::mpsc::channel();
        let recent = recent.to_vec();
        let to_read = folder.clone();
        let started = std::thread::Builder::new()
            .name("cytun-start-screen".into())
            .spawn(move || {
                send.send(read_listing(&recent, &to_read)).ok();
            });
        let listing = match started {
            Ok(_) => match receive.recv_timeout(WAIT_FOR_LIST) {
                Ok(found) => Listing::Ready(found),
                Err(_) => Listing::Reading(receive),
            },
            Err(_) => Listing::Ready(Found::default()),
        };
        Self {
            listing,
            folder,
            focus_first: true,
        }
    }

    /// Takes the list once the thread has read it.
    fn poll(&mut self) {
        if let Listing::Reading(receive) = &self.listing {
            match receive.try_recv() {
                Ok(found) => self.listing = Listing::Ready(found),
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    self.listing = Listing::Ready(Found::default());
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
            }
        }
    }
}

fn read_listing(recent: &[PathBuf], folder: &std::path::Path) -> Found {
    let recent: Vec<ProjectSummary> = recent
        .iter()
        .filter(|path| path.is_file())
        .map(|path| summarise(path))
        .collect();
    let samples: Vec<(&'static str, ProjectSummary)> = crate::files::SAMPLES
        .iter()
        .filter_map(|sample| Some((sample.about, summarise(&sample.file()?))))
        .collect();
    let in_folder = projects_in(folder)
        .into_iter()
        .filter(|p| !recent.iter().any(|r| same_file(&r.path, &p.path)))
        .filter(|p| !samples.iter().any(|(_, s)| same_file(&s.path, &p.path)))
        .collect();
    Found {
        recent,
        in_folder,
        samples,
    }
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Draws the start screen in place of the board.
pub fn start_screen_ui(
    ui: &mut Ui,
    tr: &I18n,
    screen: &mut StartScreen,
    interactive: bool,
    intents: &mut Vec<Intent>,
) {
    let now = SystemTime::now();
    // Escape that cancels a dialog over the start screen is not also "back to the board".
    if interactive && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
        intents.push(Intent::CloseStart);
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(24.0);
        ui.horizontal(|ui| {
            ui.add_space(32.0);
            ui.vertical(|ui| {
                ui.heading(RichText::new(tr.tr("start-heading")).size(34.0));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(tr.tr("start-back")).clicked() {
                        intents.push(Intent::CloseStart);
                    }
                    if ui.button(tr.tr("action-new")).clicked() {
                        intents.push(Intent::New);
                    }
                    if ui.button(tr.tr("action-open")).clicked() {
                        intents.push(Intent::Open);
                    }
                });
                ui.add_space(16.0);
                screen.poll();
                let Listing::Ready(found) = &screen.listing else {
                    ui.label(tr.tr("start-reading"));
                    ui.ctx()
                        .request_repaint_after(std::time::Duration::from_millis(100));
                    return;
                };
                let mut first = std::mem::take(&mut screen.focus_first);
                if !found.recent.is_empty() {
                    ui.heading(tr.tr("start-recent"));
                    for project in &found.recent {
                        project_row(ui, tr, project, now, &mut first, intents);
                    }
                    ui.add_space(16.0);
                }
                let folder = screen.folder.display().to_string();
                ui.heading(tr.tr_args("start-folder", &[("folder", Arg::Str(&folder))]));
                if found.in_folder.is_empty() {
                    ui.label(tr.tr("start-folder-empty"));
                }
                for project in &found.in_folder {
                    project_row(ui, tr, project, now, &mut first, intents);
                }
                if !found.samples.is_empty() {
                    ui.add_space(16.0);
                    ui.heading(tr.tr("start-samples"));
                    for (about, project) in &found.samples {
                        ui.label(tr.tr(about));
                        project_row(ui, tr, project, now, &mut first, intents);
                    }
                }
            });
        });
    });
}

/// One project as a large button: title, then counts and when it changed.
fn project_row(
    ui: &mut Ui,
    tr: &I18n,
    project: &ProjectSummary,
    now: SystemTime,
    first: &mut bool,
    intents: &mut Vec<Intent>,
) {
    let file = project
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let changed = project
        .modified
        .map(|m| i18n::when_changed(tr, m, now))
        .unwrap_or_default();
    let (title, details) = match &project.contents {
        Ok(counts) => (
            counts.title.clone(),
            tr.tr_args(
                "start-project-details",
                &[
                    ("file", Arg::Str(&file)),
                    ("notes", counts.notes.into()),
                    ("themes", counts.themes.into()),
                    ("changed", Arg::Str(&changed)),
                ],
            ),
        ),
        Err(err) => (file.clone(), i18n::load_error(tr, err)),
    };
    // The title large, the details under it.
    let body = ui.style().text_styles[&egui::TextStyle::Body].size;
    // The button paints it in its own colour for its state (hovered, focused).
    let colour = egui::Color32::PLACEHOLDER;
    let mut job = egui::text::LayoutJob::default();
    job.append(
        &title,
        0.0,
        egui::TextFormat::simple(egui::FontId::proportional(body * 1.25), colour),
    );
    job.append(
        &format!("\n{details}"),
        0.0,
        egui::TextFormat::simple(egui::FontId::proportional(body * 0.9), colour),
    );
    let button = egui::Button::new(job).min_size(egui::vec2(720.0, 64.0));
    let response = ui.add_enabled(project.contents.is_ok(), button);
    if *first && project.contents.is_ok() {
        response.request_focus();
        *first = false;
    }
    if response.clicked() {
        intents.push(Intent::OpenProject(project.path.clone()));
    }
    ui.add_space(6.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_read_on_a_thread_of_its_own_and_arrives() {
        let dir = tempfile::tempdir().expect("temp dir");
        let project = dir.path().join("gweithdy.ron");
        crate::store::save(&crate::model::Project::new("Gweithdy"), &project).expect("save");
        let mut screen = StartScreen::scan(&[], dir.path().to_owned());
        for _ in 0..200 {
            screen.poll();
            if matches!(screen.listing, Listing::Ready(_)) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let Listing::Ready(found) = &screen.listing else {
            panic!("the list never arrived");
        };
        assert_eq!(found.in_folder.len(), 1);
        assert!(
            found.in_folder[0]
                .contents
                .as_ref()
                .is_ok_and(|c| c.title == "Gweithdy")
        );
    }
}
