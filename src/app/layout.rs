//! The window's panels, drawn from the document each frame: the toolbar, the status bar, the
//! side panel and the main area (start screen, board, ranking or definition). They only read
//! the project and collect intents.

use eframe::egui::{self, Ui};

use super::CytunApp;
use super::announce::announcement_ui;
use super::state::SideTab;
use crate::ui::board;
use crate::ui::panels::{self, ToolbarState};
use crate::ui::{CentralView, Intent, style};

/// Less room than this beside the title row's controls, and the project's name goes on a
/// line of its own: "Co-production in…" says something, "…" does not.
const NAME_ROOM: f32 = 240.0;

impl CytunApp {
    /// Everything but the main area, unless presenting (the room sees only the board).
    pub(super) fn panels_ui(&mut self, ui: &mut Ui, intents: &mut Vec<Intent>) {
        profiling::function_scope!();
        if self.facilitation.presenting {
            return;
        }
        egui::Panel::top("cytun-toolbar").show(ui, |ui| self.toolbar_ui(ui, intents));
        egui::Panel::bottom("cytun-status").show(ui, |ui| self.status_ui(ui));
        // The side panel belongs to the board and the table (the selected contribution's
        // details); the ranking and definition use the room.
        let central = self.views.central;
        if matches!(central, CentralView::Board | CentralView::Table)
            || self.views.start_screen.is_some()
        {
            egui::Panel::right("cytun-details")
                .default_size(400.0)
                .min_size(300.0)
                .frame(egui::Frame::side_top_panel(&ui.ctx().global_style()).inner_margin(16))
                .show(ui, |ui| self.side_panel_ui(ui, intents));
        }
    }

    fn toolbar_ui(&self, ui: &mut Ui, intents: &mut Vec<Intent>) {
        let document = &self.work.document;
        let project = document.project();
        let board = &self.views.board;
        ui.add_space(6.0);
        // The project's name, for the room: the window title is hidden on a projector.
        let mark = if document.is_dirty() { " •" } else { "" };
        // The controls are laid out first, from the right; the name takes what is left and
        // is shortened to fit ("…", the whole name on hover) rather than drawn under them.
        // Where they leave it too little to say anything (a laptop at large text), the name
        // takes a line of its own above them.
        let name = egui::RichText::new(format!("{}{mark}", document.display_name())).heading();
        let own_line_id = egui::Id::unique("cytun-project-name-own-line");
        let own_line = ui
            .data(|d| d.get_temp::<bool>(own_line_id))
            .unwrap_or(false);
        if own_line {
            ui.add(egui::Label::new(name.clone()).truncate());
        }
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                panels::language_ui(ui, &self.tr, intents);
                ui.separator();
                panels::display_ui(
                    ui,
                    &self.tr,
                    self.settings.colour_scheme,
                    self.settings.text_scale,
                    intents,
                );
                ui.separator();
                panels::room_button_ui(ui, &self.tr, self.facilitation.phones.is_some(), intents);
                ui.add_space(12.0);
                let needs_own_line = ui.available_width() < NAME_ROOM;
                if !own_line {
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        ui.add(egui::Label::new(name).truncate());
                    });
                }
                if needs_own_line != own_line {
                    ui.data_mut(|d| d.insert_temp(own_line_id, needs_own_line));
                    ui.ctx().request_repaint();
                }
            });
        });
        let selection: Vec<_> = board.selection.iter().copied().collect();
        let state = ToolbarState {
            can_undo: document.can_undo(),
            can_redo: document.can_redo(),
            selection: &selection,
            selected_theme: board
                .selected_theme
                .and_then(|id| project.themes.get(&id))
                .map(|t| (t.id, t.collapsed)),
            has_themes: !project.themes.is_empty(),
            has_backup: document
                .path()
                .is_some_and(|p| crate::store::backup_path(p).is_file()),
            view: self.views.central,
        };
        panels::toolbar_ui(ui, &self.tr, &state, intents);
        ui.add_space(2.0);
    }

    fn status_ui(&mut self, ui: &mut Ui) {
        profiling::function_scope!();
        self.messages.ui(ui, &self.tr);
        let dirty = self.work.document.is_dirty();
        let saved_state = if dirty {
            "status-unsaved"
        } else {
            "status-saved"
        };
        // The zoom first, from the right; the rest wraps onto a second line short of it when
        // large text or Welsh make the bar longer than the window.
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                panels::zoom_ui(ui, &self.tr, &self.views.board);
                ui.separator();
                ui.with_layout(
                    egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
                    |ui| self.status_line_ui(ui, dirty, saved_state),
                );
            });
        });
    }

    /// The status bar's line: saved or not, the timer, the last change, the counts.
    fn status_line_ui(&mut self, ui: &mut Ui, dirty: bool, saved_state: &str) {
        let color = if dirty {
            style::palette(ui.ctx()).accent
        } else {
            ui.visuals().text_color()
        };
        ui.colored_label(color, self.tr.tr(saved_state));
        ui.separator();
        crate::ui::timer::timer_controls_ui(ui, &self.tr, &mut self.facilitation.timer);
        ui.separator();
        let announcement = &self.facilitation.announcement.text;
        if !announcement.is_empty() {
            announcement_ui(ui, announcement);
            ui.separator();
        }
        panels::status_bar_ui(
            ui,
            &self.tr,
            self.work.document.project(),
            self.work.document.board_state_id(),
            &self.views.board,
        );
    }

    fn side_panel_ui(&mut self, ui: &mut Ui, intents: &mut Vec<Intent>) {
        profiling::function_scope!();
        let votes_hidden = self.phone_votes_hidden();
        let side = &mut self.views.side;
        ui.horizontal(|ui| {
            for (tab, id) in [
                (SideTab::Note, "tab-note"),
                (SideTab::Themes, "tab-themes"),
                (SideTab::Words, "tab-words"),
                (SideTab::Outline, "tab-outline"),
                (SideTab::History, "tab-history"),
            ] {
                ui.selectable_value(&mut side.tab, tab, self.tr.tr(id));
            }
        });
        ui.separator();
        let tr = &self.tr;
        let document = &self.work.document;
        let project = document.project();
        let board = &mut self.views.board;
        egui::ScrollArea::vertical().show(ui, |ui| match side.tab {
            SideTab::Note => {
                let selection: Vec<_> = board.selection.iter().copied().collect();
                match board.selected_theme.and_then(|id| project.themes.get(&id)) {
                    Some(theme) if selection.is_empty() => {
                        panels::theme_details_ui(ui, tr, theme, &mut side.theme_draft, intents);
                    }
                    _ => panels::note_details_ui(
                        ui,
                        tr,
                        project,
                        &selection,
                        &mut side.details,
                        intents,
                    ),
                }
            }
            SideTab::Themes => {
                panels::themes_panel_ui(ui, tr, project, board, &mut side.theme_order, intents);
            }
            SideTab::Outline => panels::outline_panel_ui(ui, tr, project, intents),
            SideTab::History => {
                panels::history_panel_ui(ui, tr, document.history(), votes_hidden, intents);
            }
            SideTab::Words => panels::words_panel_ui(
                ui,
                tr,
                project,
                document.state_id(),
                board,
                &mut side.words,
                intents,
            ),
        });
    }

    /// The open room's panel over the main area: in full over the board, as a strip of
    /// counts over the other views.
    pub(super) fn room_panel_ui(
        &self,
        ctx: &egui::Context,
        central: egui::Rect,
        intents: &mut Vec<Intent>,
    ) {
        let Some(room) = &self.facilitation.phones else {
            return;
        };
        if self.views.start_screen.is_some() {
            return;
        }
        let full = self.views.central == CentralView::Board;
        crate::ui::room_panel::room_panel_ui(
            ctx,
            &self.tr,
            room,
            self.work.document.project(),
            (central, full),
            intents,
        );
    }

    /// The main area: the start screen, the ranking, the definition, the table or the board.
    pub(super) fn central_ui(&mut self, ui: &mut Ui, intents: &mut Vec<Intent>) {
        profiling::function_scope!();
        let interactive = !self.dialog_open();
        let phones_hidden = self.phone_votes_hidden();
        let tr = &self.tr;
        let project = self.work.document.project();
        let views = &mut self.views;
        if let Some(screen) = &mut views.start_screen {
            egui::CentralPanel::default().show(ui, |ui| {
                crate::ui::start_screen::start_screen_ui(ui, tr, screen, interactive, intents);
            });
            return;
        }
        match views.central {
            CentralView::Rank => {
                egui::CentralPanel::default().show(ui, |ui| {
                    crate::ui::rank_view::rank_view_ui(
                        ui,
                        tr,
                        project,
                        &mut views.rank,
                        phones_hidden,
                        intents,
                    );
                });
            }
            CentralView::Definition => {
                egui::CentralPanel::default().show(ui, |ui| {
                    crate::ui::definition_view::definition_view_ui(
                        ui,
                        tr,
                        project,
                        &mut views.definition,
                        intents,
                    );
                });
            }
            CentralView::Table => {
                let state_id = self.work.document.state_id();
                egui::CentralPanel::default().show(ui, |ui| {
                    crate::ui::table_view::table_view_ui(
                        ui,
                        tr,
                        project,
                        state_id,
                        (&mut views.table, &mut views.board),
                        intents,
                    );
                });
            }
            CentralView::Board => {
                let state_id = self.work.document.state_id();
                // Heights last as long as the board's content does (votes do not change it).
                let board_state = self.work.document.board_state_id();
                let presenting = self.facilitation.presenting;
                // While a picture of the board is being taken, the board shows what the
                // outbound filter let through, and takes no input.
                let shown = self.pending_picture.as_ref().map(|p| &p.shown);
                egui::CentralPanel::no_frame().show(ui, |ui| {
                    // The search bar sits flush on the board: no gap for the background.
                    ui.spacing_mut().item_spacing.y = 0.0;
                    if !presenting {
                        board::search_bar_ui(ui, tr, project, state_id, &mut views.board);
                    }
                    // Heights are kept for the project's own state, not for a filtered copy.
                    views.board.kept.project_state = shown.is_none().then_some(board_state);
                    board::canvas_ui(
                        ui,
                        shown.unwrap_or(project),
                        &mut views.board,
                        tr,
                        interactive && shown.is_none(),
                        intents,
                    );
                });
            }
        }
    }
}
