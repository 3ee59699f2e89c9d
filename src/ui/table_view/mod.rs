//! The Table view: every contribution as a row (text, prompt, kind, group, respondent,
//! language, consent, theme), sortable by any column, narrowed by the board's own search and
//! filters. Where a coordinator checks what came in and sets consent or prompts right, one
//! row or many at once; each change is a command, as in the side panel.

mod bulk;
mod cells;
mod rows;

use std::collections::{BTreeMap, BTreeSet};

use eframe::egui::{self, Ui};

use crate::analysis::contributions::{Column, Sort, contribution_rows, themes_by_contribution};
use crate::analysis::search::Query;
use crate::i18n::{Arg, I18n};
use crate::model::{NoteId, Project, ThemeId};
use crate::ui::Intent;
use crate::ui::board::{self, BoardView};

/// What the Table view shows, apart from the project: its order, its rows as last listed,
/// the cell being typed in. The selection is the board's, so the side panel and the board
/// show the same contributions selected.
#[derive(Debug, Default)]
pub struct TableView {
    pub sort: Sort,
    rows: Vec<NoteId>,
    /// The same rows, to tell quickly whether a selected note is listed.
    listed: BTreeSet<NoteId>,
    /// How many contributions the project has, listed or not.
    total: usize,
    themes: BTreeMap<NoteId, Vec<ThemeId>>,
    /// What `rows` were listed for: the project's state, the order, the search, the word.
    listed_for: Option<(u64, Sort, Option<Query>, Option<String>)>,
    /// The cell being typed in, if any.
    editing: Option<cells::CellEdit>,
    /// The row a Shift+click selects from.
    anchor: Option<NoteId>,
    /// The group typed in the bulk bar.
    bulk_group: String,
}

impl TableView {
    /// The contributions listed, in order (for tests and the status line).
    pub fn rows(&self) -> &[NoteId] {
        &self.rows
    }

    /// Lists the rows again if the project, the order or the search changed.
    fn refresh(&mut self, project: &Project, state_id: u64, board: &BoardView) {
        let query = board
            .search
            .as_ref()
            .and_then(|s| s.found_query())
            .filter(|q| q.is_active())
            .cloned();
        let word = board.highlight.as_ref().map(|h| h.term.clone());
        let key = (state_id, self.sort, query, word);
        if self.listed_for.as_ref() == Some(&key) {
            return;
        }
        self.themes = themes_by_contribution(project);
        self.rows = contribution_rows(project, board.lit_notes(), &self.themes, self.sort);
        self.listed = self.rows.iter().copied().collect();
        self.total = project
            .notes
            .values()
            .filter(|n| n.copy_of.is_none())
            .count();
        self.listed_for = Some(key);
    }
}

/// The view: the search bar, the count, the bulk bar when rows are selected, the table.
pub fn table_view_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    state_id: u64,
    (view, board): (&mut TableView, &mut BoardView),
    intents: &mut Vec<Intent>,
) {
    board::search_bar_ui(ui, tr, project, state_id, board);
    view.refresh(project, state_id, board);
    egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(12, 8))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let total = view.total;
                let shown = view.rows.len();
                let count = if shown == total {
                    tr.tr_args("table-count", &[("count", total.into())])
                } else {
                    tr.tr_args(
                        "table-count-shown",
                        &[("shown", shown.into()), ("count", total.into())],
                    )
                };
                ui.label(count);
                if board.search.is_none() && ui.button(tr.tr("table-search")).clicked() {
                    intents.push(Intent::Search);
                }
                if ui.button(tr.tr("table-select-shown")).clicked() {
                    board.selection = view.rows.iter().copied().collect();
                    board.selected_theme = None;
                }
                if !board.selection.is_empty() && ui.button(tr.tr("table-select-none")).clicked() {
                    board.selection.clear();
                }
            });
            // The selection is small and the rows may be 100,000: look the one up in the other.
            let selected: Vec<NoteId> = board
                .selection
                .iter()
                .copied()
                .filter(|id| view.listed.contains(id))
                .collect();
            if !selected.is_empty() {
                bulk::bulk_bar_ui(ui, tr, project, &selected, &mut view.bulk_group, intents);
            }
            if view.rows.is_empty() {
                ui.add_space(16.0);
                ui.label(tr.tr(if project.notes.is_empty() {
                    "table-empty"
                } else {
                    "table-none-match"
                }));
                return;
            }
            rows::table_ui(ui, tr, project, view, board, intents);
        });
}

/// A column's heading.
fn column_name(tr: &I18n, column: Column) -> String {
    tr.tr(match column {
        Column::Text => "table-column-text",
        Column::Prompt => "table-column-prompt",
        Column::Kind => "table-column-kind",
        Column::Group => "table-column-group",
        Column::Respondent => "table-column-respondent",
        Column::Language => "table-column-language",
        Column::Consent => "table-column-consent",
        Column::Theme => "table-column-theme",
    })
}

/// "Consent of “Warm tea”": what a cell's control is called for a screen reader.
fn cell_name(tr: &I18n, column: Column, text: &str) -> String {
    let short: String = text.lines().next().unwrap_or("").chars().take(60).collect();
    tr.tr_args(
        "table-cell",
        &[
            ("column", Arg::Str(&column_name(tr, column))),
            ("text", Arg::Str(&short)),
        ],
    )
}
