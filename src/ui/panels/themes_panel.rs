//! The Themes tab: every theme with its size, a way to jump to one, and how far the grouping
//! has come ("45 of 58 contributions are in themes"), with a way to find the loose ones.

use eframe::egui::{self, Ui};

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::{Project, geometry, layout};
use crate::ui::Intent;
use crate::ui::board::BoardView;

/// How the list is ordered.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum ThemeOrder {
    #[default]
    ByName,
    BySize,
}

pub fn themes_panel_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut BoardView,
    order: &mut ThemeOrder,
    intents: &mut Vec<Intent>,
) {
    if !project.headings.is_empty() {
        // Column labels from an import help at first; once themes form they get in the way.
        let remove = ui
            .button(tr.tr("action-remove-headings"))
            .on_hover_text(tr.tr("action-remove-headings-hint"));
        if remove.clicked() {
            intents.push(Intent::Edit(Command::RemoveHeadings {
                ids: project.headings.keys().copied().collect(),
            }));
        }
        ui.add_space(6.0);
    }
    tidy_ui(ui, tr, project, intents);
    let in_themes = geometry::themed_notes(project);
    let (themed_count, contributions) = geometry::theme_progress(project);
    ui.label(tr.tr_args(
        "themes-progress",
        &[
            ("themed", Arg::from(themed_count)),
            ("total", Arg::from(contributions)),
        ],
    ));
    let loose: Vec<_> = project
        .notes
        .values()
        .filter(|n| !in_themes.contains(&n.id))
        .collect();
    if ui
        .add_enabled(
            !loose.is_empty(),
            egui::Button::new(tr.tr("themes-show-loose")),
        )
        .clicked()
    {
        view.selection = loose.iter().map(|n| n.id).collect();
        view.selected_theme = None;
        if let Some(bounds) = geometry::bounds_of(loose.iter().copied()) {
            view.request_show(bounds);
        }
    }
    ui.separator();
    if project.themes.is_empty() {
        ui.label(tr.tr("themes-none"));
        return;
    }
    ui.horizontal(|ui| {
        ui.radio_value(order, ThemeOrder::ByName, tr.tr("themes-sort-name"));
        ui.radio_value(order, ThemeOrder::BySize, tr.tr("themes-sort-size"));
    });
    let mut themes: Vec<_> = project.themes.values().collect();
    match order {
        ThemeOrder::ByName => themes.sort_by_key(|t| t.title.to_lowercase()),
        ThemeOrder::BySize => themes.sort_by(|a, b| {
            b.notes
                .len()
                .cmp(&a.notes.len())
                .then(a.title.cmp(&b.title))
        }),
    }
    for theme in themes {
        let label = tr.tr_args(
            "themes-entry",
            &[
                ("title", Arg::Str(&theme.title)),
                ("count", Arg::from(theme.notes.len())),
            ],
        );
        let mut response = ui.selectable_label(view.selected_theme == Some(theme.id), label);
        if !theme.former_titles.is_empty() {
            let former = theme.former_titles.join(", ");
            response = response.on_hover_text(
                tr.tr_args("themes-former-titles", &[("titles", Arg::Str(&former))]),
            );
        }
        if response.clicked() {
            view.selection.clear();
            view.selected_theme = Some(theme.id);
            view.request_show(layout::theme_rect(theme, &project.notes));
        }
    }
}

/// "Tidy the board": every theme and loose note in rows, nothing over anything, one step.
fn tidy_ui(ui: &mut Ui, tr: &I18n, project: &Project, intents: &mut Vec<Intent>) {
    use crate::model::tidy::TidyOrder;
    if project.notes.is_empty() {
        return;
    }
    let menu = ui.menu_button(tr.tr("action-tidy"), |ui| {
        for (order, id) in [
            (TidyOrder::ByRank, "action-tidy-by-rank"),
            (TidyOrder::BySize, "action-tidy-by-size"),
        ] {
            if ui.button(tr.tr(id)).clicked() {
                intents.push(Intent::Edit(Command::Tidy { order }));
                ui.close();
            }
        }
    });
    menu.response.on_hover_text(tr.tr("action-tidy-hint"));
    ui.add_space(6.0);
}
