//! The toolbar: the few actions a facilitator needs, as large labelled buttons (plain words,
//! not icons alone, so the room can follow what is pressed).

use eframe::egui::{self, Button, Ui};

use crate::command::Command;
use crate::i18n::{I18n, UiLanguage};
use crate::model::{NoteId, ThemeId};
use crate::ui::style::ColourScheme;
use crate::ui::{CentralView, Intent};

/// What the toolbar needs to know to enable its buttons.
#[expect(
    clippy::struct_excessive_bools,
    reason = "each flag enables one button"
)]
pub struct ToolbarState<'a> {
    pub can_undo: bool,
    pub can_redo: bool,
    pub selection: &'a [NoteId],
    /// A previous save exists to go back to.
    pub has_backup: bool,
    pub has_themes: bool,
    /// The selected theme, and whether it is collapsed.
    pub selected_theme: Option<(ThemeId, bool)>,
    /// What the main area shows.
    pub view: CentralView,
}

/// Draws the toolbar and records the actions pressed.
pub fn toolbar_ui(ui: &mut Ui, tr: &I18n, state: &ToolbarState<'_>, intents: &mut Vec<Intent>) {
    let mut button = |ui: &mut Ui, enabled: bool, id: &str, shortcut: &str, intent: Intent| {
        let response = ui
            .add_enabled(enabled, Button::new(tr.tr(id)))
            .on_hover_text(shortcut)
            .on_disabled_hover_text(shortcut);
        if response.clicked() {
            intents.push(intent);
        }
    };
    let mut chosen_view = None;
    // Two rows by design: the views and the project's file on the first, in every view; the
    // board's own tools on a second row, on the Board only (Rank and Definition have theirs).
    ui.horizontal_wrapped(|ui| {
        for (view, id) in [
            (CentralView::Board, "view-board"),
            (CentralView::Table, "view-table"),
            (CentralView::Rank, "view-rank"),
            (CentralView::Definition, "view-definition"),
        ] {
            if ui.selectable_label(state.view == view, tr.tr(id)).clicked() {
                chosen_view = Some(view);
            }
        }
        ui.separator();
        button(ui, true, "action-projects", "", Intent::ShowStart);
        button(ui, true, "action-new", "", Intent::New);
        button(ui, true, "action-open", "Ctrl+O", Intent::Open);
        button(ui, true, "action-save", "Ctrl+S", Intent::Save);
        button(ui, true, "action-save-as", "Ctrl+Shift+S", Intent::SaveAs);
        button(
            ui,
            state.has_backup,
            "action-restore-backup",
            "",
            Intent::RestoreBackup,
        );
        ui.separator();
        button(ui, state.can_undo, "action-undo", "Ctrl+Z", Intent::Undo);
        button(
            ui,
            state.can_redo,
            "action-redo",
            "Ctrl+Shift+Z, Ctrl+Y",
            Intent::Redo,
        );
        button(ui, true, "action-import", "", Intent::Import);
        button(ui, true, "action-export", "", Intent::Export);
    });
    if state.view == CentralView::Board {
        ui.horizontal_wrapped(|ui| board_tools_ui(ui, state, &mut button));
    }
    if let Some(view) = chosen_view {
        intents.push(Intent::ShowView(view));
    }
}

/// Adding, grouping, moving and finding notes: the tools of the Board view.
fn board_tools_ui(
    ui: &mut Ui,
    state: &ToolbarState<'_>,
    button: &mut impl FnMut(&mut Ui, bool, &str, &str, Intent),
) {
    button(ui, true, "action-add-note", "", Intent::AddNote);
    button(ui, true, "action-add-picture", "", Intent::AddPicture);
    let delete = Intent::Edit(Command::DeleteNotes {
        ids: state.selection.to_vec(),
    });
    button(
        ui,
        !state.selection.is_empty(),
        "action-delete",
        "Delete",
        delete,
    );
    button(
        ui,
        !state.selection.is_empty(),
        "action-group",
        "Ctrl+G",
        Intent::GroupSelection,
    );
    button(
        ui,
        !state.selection.is_empty(),
        "action-move-to-theme",
        "M",
        Intent::MoveToTheme,
    );
    let one_note = state.selection.len() == 1 && state.has_themes;
    button(ui, one_note, "action-also-fits", "", Intent::AlsoFits);
    if let Some((theme, collapsed)) = state.selected_theme {
        let (id, toggle) = if collapsed {
            ("action-expand-theme", false)
        } else {
            ("action-collapse-theme", true)
        };
        let command = Intent::Edit(Command::SetThemeCollapsed {
            theme,
            collapsed: toggle,
        });
        button(ui, true, id, "", command);
        let dissolve = Intent::Edit(Command::DissolveTheme { theme });
        button(ui, true, "action-dissolve-theme", "Delete", dissolve);
    }
    ui.separator();
    button(ui, true, "action-zoom-to-fit", "F", Intent::ZoomToFit);
    let something = !state.selection.is_empty() || state.selected_theme.is_some();
    button(ui, something, "action-focus", "Z", Intent::Focus);
    button(ui, true, "action-search", "Ctrl+F", Intent::Search);
}

/// The interface language, by each language's own name: on the title row, always in reach.
pub fn language_ui(ui: &mut Ui, tr: &I18n, intents: &mut Vec<Intent>) {
    // Drawn inside a right-to-left row: the picker first lands rightmost, its label before it.
    let current = tr.language();
    let picker = egui::ComboBox::from_id_salt("cytun-language")
        .selected_text(current.native_name())
        .show_ui(ui, |ui| {
            for language in UiLanguage::ALL {
                let clicked = ui
                    .selectable_label(language == current, language.native_name())
                    .clicked();
                if clicked && language != current {
                    intents.push(Intent::SetLanguage(language));
                }
            }
        })
        .response;
    let label = ui.label(tr.tr("language-choice"));
    picker.labelled_by(label.id);
}

/// Open the room for phones, or close it: beside presenting, since both are for the room.
pub fn room_button_ui(ui: &mut Ui, tr: &I18n, open: bool, intents: &mut Vec<Intent>) {
    let id = if open { "room-close" } else { "room-open" };
    if ui.button(tr.tr(id)).on_hover_text("F9").clicked() {
        intents.push(Intent::ToggleRoom);
    }
}

/// How the room sees the interface: colours, text size, presentation mode. On the title row,
/// beside the language, always in reach.
pub fn display_ui(
    ui: &mut Ui,
    tr: &I18n,
    scheme: ColourScheme,
    text_scale: f32,
    intents: &mut Vec<Intent>,
) {
    // Drawn inside a right-to-left row: the first item lands rightmost.
    if ui
        .button(tr.tr("action-present"))
        .on_hover_text("F11")
        .clicked()
    {
        intents.push(Intent::TogglePresenting);
    }
    ui.separator();
    let larger = ui
        .button(tr.tr("action-text-larger"))
        .on_hover_text("Ctrl +");
    if larger.clicked() {
        intents.push(Intent::TextSize(1));
    }
    ui.label(tr.tr_args(
        "text-size-percent",
        &[("percent", ((text_scale * 100.0).round() as u64).into())],
    ));
    let smaller = ui
        .button(tr.tr("action-text-smaller"))
        .on_hover_text("Ctrl -");
    if smaller.clicked() {
        intents.push(Intent::TextSize(-1));
    }
    ui.separator();
    let picker = egui::ComboBox::from_id_salt("cytun-colour-scheme")
        .selected_text(tr.tr(scheme.message_id()))
        .show_ui(ui, |ui| {
            for option in ColourScheme::ALL {
                if ui
                    .selectable_label(option == scheme, tr.tr(option.message_id()))
                    .clicked()
                    && option != scheme
                {
                    intents.push(Intent::SetColourScheme(option));
                }
            }
        })
        .response;
    let label = ui.label(tr.tr("colour-scheme-choice"));
    picker.labelled_by(label.id);
    ui.separator();
}
