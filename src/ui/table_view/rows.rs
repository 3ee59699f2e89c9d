//! The table itself: a heading per column (click to sort, again to reverse), then one row per
//! contribution, drawn only where it is on screen so a 100,000-note board scrolls freely. A
//! click selects a row, Ctrl+click adds or removes it, Shift+click selects a run.

use eframe::egui::{self, Sense, Ui};
use egui_extras::{Column as Width, TableBuilder};

use super::cells;
use super::{TableView, column_name};
use crate::analysis::contributions::{Column, Sort};
use crate::i18n::I18n;
use crate::model::{NoteId, Project};
use crate::ui::Intent;
use crate::ui::board::BoardView;

pub(super) fn table_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut TableView,
    board: &mut BoardView,
    intents: &mut Vec<Intent>,
) {
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body))
        + 8.0;
    let mut clicked: Option<(NoteId, egui::Modifiers)> = None;
    let mut sort_by = None;
    let table = TableBuilder::new(ui)
        .id_salt("cytun-table")
        .striped(true)
        .sense(Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        // Sized so all eight fit beside the side panel on a 1920-wide projector; the text
        // takes what is left.
        .column(Width::remainder().at_least(240.0).clip(true))
        .column(
            Width::initial(150.0)
                .at_least(110.0)
                .clip(true)
                .resizable(true),
        )
        .column(
            Width::initial(140.0)
                .at_least(100.0)
                .clip(true)
                .resizable(true),
        )
        .column(
            Width::initial(110.0)
                .at_least(70.0)
                .clip(true)
                .resizable(true),
        )
        .column(
            Width::initial(110.0)
                .at_least(70.0)
                .clip(true)
                .resizable(true),
        )
        .column(
            Width::initial(110.0)
                .at_least(90.0)
                .clip(true)
                .resizable(true),
        )
        .column(
            Width::initial(270.0)
                .at_least(140.0)
                .clip(true)
                .resizable(true),
        )
        .column(
            Width::initial(150.0)
                .at_least(100.0)
                .clip(true)
                .resizable(true),
        );
    table
        .header(row_height, |mut header| {
            for column in Column::ALL {
                header.col(|ui| {
                    let name = column_name(tr, column);
                    let button =
                        ui.add(egui::Button::new(egui::RichText::new(name).strong()).frame(false));
                    if view.sort.column == column {
                        sort_mark(ui, button.rect, view.sort.descending);
                        let said = tr.tr(if view.sort.descending {
                            "table-sorted-down"
                        } else {
                            "table-sorted-up"
                        });
                        ui.ctx().accesskit_node_builder(button.id, |node| {
                            node.set_description(said.as_str());
                        });
                    }
                    if button.clicked() {
                        sort_by = Some(column);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, view.rows.len(), |mut row| {
                let Some(note) = view.rows.get(row.index()).and_then(|id| project.note(*id)) else {
                    return;
                };
                row.set_selected(board.selection.contains(&note.id));
                let themes = view.themes.get(&note.id).map_or(&[][..], Vec::as_slice);
                for column in Column::ALL {
                    let cell = cells::Cell {
                        note,
                        themes,
                        column,
                    };
                    let (_, response) = row.col(|ui| {
                        cells::cell_ui(ui, tr, project, &cell, &mut view.editing, intents);
                    });
                    // A double click types in the cell, where it can be typed in.
                    if response.double_clicked() {
                        cells::start_editing(&mut view.editing, note, column);
                    }
                }
                let response = row.response();
                if response.clicked() {
                    clicked = Some((note.id, ui_modifiers(&response)));
                }
            });
        });
    if let Some(column) = sort_by {
        // The same heading again reverses the order; another sorts by it, first to last.
        let descending = view.sort.column == column && !view.sort.descending;
        view.sort = Sort { column, descending };
    }
    if let Some((id, modifiers)) = clicked {
        select(view, board, id, modifiers);
    }
}

/// A small triangle after the sorted column's name, pointing the way the rows go (drawn,
/// since the interface font has no arrows).
fn sort_mark(ui: &Ui, beside: egui::Rect, descending: bool) {
    let size = 7.0;
    let x = beside.right() + 6.0;
    let y = beside.center().y;
    let points = if descending {
        vec![
            egui::pos2(x, y - size / 2.0),
            egui::pos2(x + size * 1.6, y - size / 2.0),
            egui::pos2(x + size * 0.8, y + size / 2.0),
        ]
    } else {
        vec![
            egui::pos2(x, y + size / 2.0),
            egui::pos2(x + size * 1.6, y + size / 2.0),
            egui::pos2(x + size * 0.8, y - size / 2.0),
        ]
    };
    let colour = ui.visuals().strong_text_color();
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        colour,
        egui::Stroke::NONE,
    ));
}

fn ui_modifiers(response: &egui::Response) -> egui::Modifiers {
    response.ctx.input(|i| i.modifiers)
}

/// A click on a row: select it alone, add or take it away (Ctrl), or select the run from the
/// last row clicked (Shift).
fn select(view: &mut TableView, board: &mut BoardView, id: NoteId, modifiers: egui::Modifiers) {
    board.selected_theme = None;
    if modifiers.shift {
        let at = |id: Option<NoteId>| id.and_then(|id| view.rows.iter().position(|r| *r == id));
        if let (Some(from), Some(to)) = (at(view.anchor), at(Some(id))) {
            let (low, high) = (from.min(to), from.max(to));
            board
                .selection
                .extend(view.rows[low..=high].iter().copied());
            return;
        }
    }
    if modifiers.command {
        if !board.selection.remove(&id) {
            board.selection.insert(id);
        }
    } else {
        board.selection = [id].into();
    }
    view.anchor = Some(id);
}
