//! The search bar above the board (Ctrl+F): type to light up matching notes and dim the rest,
//! step through them, and narrow by prompt, kind, group and language with removable chips.

use eframe::egui::{self, Key, Modifiers, TextEdit, Ui};

use super::view::{BoardView, Search};
use crate::analysis::search::{Filter, groups_in, matching_notes};
use crate::i18n::{Arg, I18n};
use crate::model::{Consent, Language, NoteKind, Project, Prompt, geometry};
use crate::ui::labels;

/// Draws the bar when search is open. `state_id` identifies the project's state, so the
/// matches are found again only when the query or the board changes.
pub fn search_bar_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    state_id: u64,
    view: &mut BoardView,
) {
    let Some(search) = &mut view.search else {
        return;
    };
    refresh_matches(search, project, state_id);
    let mut step: Option<isize> = None;
    let mut close = false;
    egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .inner_margin(egui::Margin::symmetric(12, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // The board's panel lays out with no gap between rows; the bar's rows need one.
            ui.spacing_mut().item_spacing.y = ui.ctx().global_style().spacing.item_spacing.y;
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(tr.tr("search-label"));
                let field = ui
                    .add(
                        TextEdit::singleline(&mut search.query.text)
                            .hint_text(tr.tr("search-hint"))
                            .desired_width(360.0),
                    )
                    .labelled_by(label.id);
                if std::mem::take(&mut search.focus) {
                    field.request_focus();
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    let back = ui.input(|i| i.modifiers.matches_logically(Modifiers::SHIFT));
                    step = Some(if back { -1 } else { 1 });
                    field.request_focus();
                }
                // Escape takes the focus away before the field is drawn: it counts if the
                // field had it.
                if (field.has_focus() || field.lost_focus())
                    && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape))
                {
                    close = true;
                }
                let count = search.matches.len();
                let status = match (search.query.is_active(), search.current) {
                    (false, _) => String::new(),
                    (true, Some(current)) if count > 0 => tr.tr_args(
                        "search-position",
                        &[("current", (current + 1).into()), ("count", count.into())],
                    ),
                    (true, _) => tr.tr_args("search-count", &[("count", count.into())]),
                };
                // Said only when there is something to say, on one line: an empty label in a
                // wrapping row ended the row, and what followed was drawn over the field.
                if !status.is_empty() {
                    ui.add(egui::Label::new(status).extend());
                }
                let can_step = count > 0;
                if ui
                    .add_enabled(can_step, egui::Button::new(tr.tr("search-previous")))
                    .on_hover_text("Shift+Enter")
                    .clicked()
                {
                    step = Some(-1);
                }
                if ui
                    .add_enabled(can_step, egui::Button::new(tr.tr("search-next")))
                    .on_hover_text("Enter")
                    .clicked()
                {
                    step = Some(1);
                }
                ui.separator();
                filter_menus(ui, tr, project, search);
                ui.separator();
                if ui
                    .button(tr.tr("search-close"))
                    .on_hover_text("Escape")
                    .clicked()
                {
                    close = true;
                }
            });
            if !search.query.filters.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(tr.tr("search-filters"));
                    let mut removed = None;
                    for filter in &search.query.filters {
                        let name = filter_name(tr, filter);
                        let chip = ui
                            .button(tr.tr_args("search-chip", &[("name", Arg::Str(&name))]))
                            .on_hover_text(tr.tr("search-remove-filter"));
                        if chip.clicked() {
                            removed = Some(filter.clone());
                        }
                    }
                    if let Some(filter) = removed {
                        search.query.filters.remove(&filter);
                    }
                });
            }
        });
    if close {
        view.search = None;
        return;
    }
    if let Some(step) = step {
        go_to_match(view, project, step);
    }
}

/// Finds the matches again if the query or the project changed since last time.
fn refresh_matches(search: &mut Search, project: &Project, state_id: u64) {
    let key = (search.query.clone(), state_id);
    if search.found_for.as_ref() == Some(&key) {
        return;
    }
    search.matches = if search.query.is_active() {
        matching_notes(project, &search.query)
    } else {
        Vec::new()
    };
    search.matched = search.matches.iter().copied().collect();
    search.current = None;
    search.found_for = Some(key);
}

/// Selects the next (or previous) match and brings it into view.
fn go_to_match(view: &mut BoardView, project: &Project, step: isize) {
    let Some(search) = &mut view.search else {
        return;
    };
    let count = search.matches.len();
    if count == 0 {
        return;
    }
    let next = match search.current {
        None if step < 0 => count - 1,
        None => 0,
        Some(current) => (current as isize + step).rem_euclid(count as isize) as usize,
    };
    search.current = Some(next);
    let id = search.matches[next];
    let Some(note) = project.note(id) else {
        return;
    };
    // A note inside a collapsed theme is shown by its theme's card.
    let area = match geometry::theme_of(project, id).and_then(|t| project.themes.get(&t)) {
        Some(theme) if theme.collapsed => crate::model::layout::theme_rect(theme, &project.notes),
        _ => geometry::note_rect(note),
    };
    view.selection = [id].into();
    view.selected_theme = None;
    view.request_show(area.expand(240.0));
}

/// The five filter menus; each lists only values present on the board.
fn filter_menus(ui: &mut Ui, tr: &I18n, project: &Project, search: &mut Search) {
    let mut prompts: Vec<Prompt> = Prompt::KNOWN.to_vec();
    let mut kinds: Vec<NoteKind> = NoteKind::KNOWN.to_vec();
    for note in project.notes.values() {
        if !prompts.contains(&note.details.prompt) {
            prompts.push(note.details.prompt.clone());
        }
        if !kinds.contains(&note.details.kind) {
            kinds.push(note.details.kind.clone());
        }
    }
    let menus: [(&str, Vec<Filter>); 5] = [
        (
            "search-by-prompt",
            prompts.into_iter().map(Filter::Prompt).collect(),
        ),
        (
            "search-by-kind",
            kinds.into_iter().map(Filter::Kind).collect(),
        ),
        (
            "search-by-group",
            groups_in(project).into_iter().map(Filter::Group).collect(),
        ),
        (
            "search-by-language",
            Language::ALL.into_iter().map(Filter::Language).collect(),
        ),
        (
            "search-by-consent",
            Consent::ALL.into_iter().map(Filter::Consent).collect(),
        ),
    ];
    for (title, choices) in menus {
        ui.menu_button(tr.tr(title), |ui| {
            if choices.is_empty() {
                ui.label(tr.tr("search-no-groups"));
            }
            for filter in choices {
                let on = search.query.filters.contains(&filter);
                if ui.selectable_label(on, filter_name(tr, &filter)).clicked() {
                    search.query.toggle(filter);
                }
            }
        });
    }
}

/// A filter in words, as its chip shows it.
fn filter_name(tr: &I18n, filter: &Filter) -> String {
    match filter {
        Filter::Prompt(prompt) => labels::prompt(tr, prompt),
        Filter::Kind(kind) => labels::kind(tr, kind),
        Filter::Group(group) => group.clone(),
        Filter::Language(language) => labels::language(tr, *language),
        Filter::Consent(consent) => labels::consent(tr, *consent),
    }
}
