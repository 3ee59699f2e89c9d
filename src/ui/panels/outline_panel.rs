//! The Outline tab: the board as a list, in the order Tab visits it (each theme with its
//! notes, the loose notes where they stand), fully usable by keyboard and screen reader. A
//! note can be moved between themes here too: it is how a blind participant or a note-taker
//! follows and takes part in the clustering. Below the board, the definition and the charter
//! as drafted, each sentence or principle traced to its themes and their contributions.

use eframe::egui::{self, Ui};

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::definition::{Part, themes_linked};
use crate::model::navigation::{BoardItem, reading_order};
use crate::model::{Note, Placement, Project, ThemeId, geometry, layout};
use crate::ui::definition_view::trace::trace_ui;
use crate::ui::{Intent, labels};

/// Where a note can be moved to from the outline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Destination {
    Loose,
    Theme(ThemeId),
}

pub fn outline_panel_ui(ui: &mut Ui, tr: &I18n, project: &Project, intents: &mut Vec<Intent>) {
    // The board's own reading order, the order Tab visits: what the board shows top left
    // comes first here too, so the list and the board agree.
    let in_themes = geometry::themed_notes(project);
    let top_level: Vec<BoardItem> = reading_order(project)
        .into_iter()
        .filter(|item| match item {
            BoardItem::Note(id) => !in_themes.contains(id),
            BoardItem::Theme(_) => true,
        })
        .collect();
    let themes: Vec<ThemeId> = top_level
        .iter()
        .filter_map(|item| match item {
            BoardItem::Theme(id) => Some(*id),
            BoardItem::Note(_) => None,
        })
        .collect();
    let loose = top_level.len() - themes.len();
    ui.label(tr.tr("outline-intro"));
    ui.label(tr.tr_args(
        "outline-summary",
        &[("themes", themes.len().into()), ("loose", loose.into())],
    ));
    ui.add_space(6.0);
    for item in &top_level {
        match item {
            BoardItem::Theme(theme_id) => {
                let Some(theme) = project.themes.get(theme_id) else {
                    continue;
                };
                let heading = tr.tr_args(
                    "outline-theme",
                    &[
                        ("name", Arg::Str(&theme.title)),
                        ("count", theme.notes.len().into()),
                    ],
                );
                egui::CollapsingHeader::new(heading)
                    .id_salt(("cytun-outline-theme", theme_id.0))
                    .default_open(true)
                    .show(ui, |ui| {
                        if !theme.meaning.trim().is_empty() {
                            ui.label(egui::RichText::new(&theme.meaning).italics());
                        }
                        for note in theme.notes.iter().filter_map(|id| project.note(*id)) {
                            note_row(ui, tr, project, note, &themes, intents);
                        }
                    });
            }
            BoardItem::Note(id) => {
                if let Some(note) = project.note(*id) {
                    note_row(ui, tr, project, note, &themes, intents);
                }
            }
        }
    }
    traced_ui(ui, tr, project);
}

/// The definition and the charter as drafted, each sentence (or principle) opening onto the
/// themes it comes from and their contributions: the decision trail as a list.
fn traced_ui(ui: &mut Ui, tr: &I18n, project: &Project) {
    let definition = &project.definition;
    let drafted: Vec<Part> = Part::ALL
        .into_iter()
        .filter(|part| !definition.draft_of(*part).text.trim().is_empty())
        .collect();
    if drafted.is_empty() {
        return;
    }
    ui.add_space(10.0);
    ui.heading(tr.tr("outline-traced-heading"));
    for part in drafted {
        let draft = definition.draft_of(part);
        ui.label(egui::RichText::new(tr.tr(part.pick("part-definition", "part-charter"))).strong());
        for (at, piece) in part.pieces(&draft.text) {
            let themes = themes_linked(&draft.links, &piece);
            egui::CollapsingHeader::new(&piece)
                .id_salt(("cytun-outline-traced", part, at))
                .show(ui, |ui| trace_ui(ui, tr, project, &themes));
        }
    }
}

/// One note: its text (click to show it on the board) and where it can move.
fn note_row(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    note: &Note,
    themes: &[ThemeId],
    intents: &mut Vec<Intent>,
) {
    let current = match geometry::theme_of(project, note.id) {
        Some(theme) => Destination::Theme(theme),
        None => Destination::Loose,
    };
    let name = |destination: Destination| match destination {
        Destination::Loose => tr.tr("outline-no-theme"),
        Destination::Theme(id) => project
            .themes
            .get(&id)
            .map(|t| t.title.clone())
            .unwrap_or_default(),
    };
    ui.vertical(|ui| {
        // Read as the board reads it: a picture by its description and caption.
        let text = labels::note_name(tr, note);
        if ui.selectable_label(false, &text).clicked() {
            intents.push(Intent::ShowNote(note.id));
        }
        let mut chosen = current;
        ui.horizontal(|ui| {
            ui.add_space(16.0);
            let label = ui.label(tr.tr("outline-move-to"));
            egui::ComboBox::from_id_salt(("cytun-outline-move", note.id.0))
                .selected_text(name(current))
                .show_ui(ui, |ui| {
                    for destination in themes
                        .iter()
                        .map(|id| Destination::Theme(*id))
                        .chain([Destination::Loose])
                    {
                        ui.selectable_value(&mut chosen, destination, name(destination));
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if chosen != current {
            intents.push(Intent::Edit(move_command(project, note, chosen)));
        }
    });
    ui.add_space(2.0);
}

/// The command that moves `note` to `destination`: a loose note lands beside the board.
fn move_command(project: &Project, note: &Note, destination: Destination) -> Command {
    match destination {
        Destination::Theme(theme) => Command::JoinTheme {
            theme,
            notes: vec![note.id],
        },
        Destination::Loose => Command::LeaveThemes {
            moves: vec![Placement {
                id: note.id,
                pos: layout::free_spot(project),
                z: project.top_z() + 1,
            }],
        },
    }
}
