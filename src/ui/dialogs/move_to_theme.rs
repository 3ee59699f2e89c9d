//! "Move to theme…" (key M): grouping without dragging, for keyboards, trackpads and shaky
//! hands. Type to narrow the list; Up/Down choose; Enter moves; "New theme" is always first.

use eframe::egui::{self, Id, Key, TextEdit, Ui};

use crate::i18n::{Arg, I18n};
use crate::model::{Project, ThemeId};

/// Where the selected notes should go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoveChoice {
    /// A new theme, titled with what was typed (or a placeholder when nothing was).
    NewTheme(String),
    Theme(ThemeId),
    Cancel,
}

/// The open picker.
#[derive(Debug, Default)]
pub struct MoveToTheme {
    /// "Also fits…": choose where a linked copy goes (there is no "New theme").
    also_fits: bool,
    /// Themes not offered: those the contribution is already in.
    already_in: Vec<ThemeId>,
    query: String,
    /// Index in the list shown (0 is "New theme").
    chosen: usize,
    focused_once: bool,
}

impl MoveToTheme {
    /// The picker for placing a linked copy, offering every theme but those in `already_in`
    /// (the contribution is there already).
    pub fn also_fits(already_in: Vec<ThemeId>) -> Self {
        Self {
            also_fits: true,
            already_in,
            chosen: 1,
            ..Self::default()
        }
    }

    /// Themes whose title contains the query (any case), by title.
    fn matches<'a>(&self, project: &'a Project) -> Vec<(ThemeId, &'a str)> {
        let query = self.query.trim().to_lowercase();
        let mut found: Vec<(ThemeId, &str)> = project
            .themes
            .values()
            .filter(|t| !self.already_in.contains(&t.id))
            .filter(|t| t.title.to_lowercase().contains(&query))
            .map(|t| (t.id, t.title.as_str()))
            .collect();
        found.sort_by_key(|(_, title)| title.to_lowercase());
        found
    }

    /// Whether this picker places a linked copy rather than moving notes.
    pub fn is_also_fits(&self) -> bool {
        self.also_fits
    }

    pub fn ui(
        &mut self,
        ui: &Ui,
        tr: &I18n,
        project: &Project,
        count: usize,
    ) -> Option<MoveChoice> {
        let matches = self.matches(project);
        // With a query that names a theme, that theme is the natural first choice.
        if self.chosen == 0
            && !self.query.trim().is_empty()
            && !matches.is_empty()
            && !self.focused_once
        {
            self.chosen = 1;
        }
        let mut choice = None;
        let modal = egui::Modal::new(Id::unique("cytun-move-to-theme")).show(ui.ctx(), |ui| {
            ui.set_width(560.0);
            if self.also_fits {
                ui.heading(tr.tr("also-fits-heading"));
            } else {
                ui.heading(tr.tr_args("move-heading", &[("count", Arg::from(count))]));
            }
            let label = ui.label(tr.tr("move-filter"));
            let field = ui
                .add(TextEdit::singleline(&mut self.query).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if !self.focused_once {
                field.request_focus();
                self.focused_once = true;
            }
            if field.changed() {
                let named = !self.query.trim().is_empty() && !self.matches(project).is_empty();
                self.chosen = usize::from(named || self.also_fits);
            }
            let matches = self.matches(project);
            let last = matches.len();
            if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::ArrowDown)) {
                self.chosen = (self.chosen + 1).min(last);
            }
            if ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::ArrowUp)) {
                self.chosen = self
                    .chosen
                    .saturating_sub(1)
                    .max(usize::from(self.also_fits));
            }
            ui.separator();
            let typed = self.query.trim().to_owned();
            let new_label = if typed.is_empty() {
                tr.tr("move-new-theme")
            } else {
                tr.tr_args("move-new-theme-named", &[("title", Arg::Str(&typed))])
            };
            if !self.also_fits && ui.selectable_label(self.chosen == 0, new_label).clicked() {
                choice = Some(MoveChoice::NewTheme(typed.clone()));
            }
            for (index, (id, title)) in matches.iter().enumerate() {
                if ui
                    .selectable_label(self.chosen == index + 1, *title)
                    .clicked()
                {
                    choice = Some(MoveChoice::Theme(*id));
                }
            }
            let entered = ui.input(|i| i.key_pressed(Key::Enter));
            if entered && choice.is_none() {
                choice = Some(match self.chosen {
                    0 if self.also_fits => MoveChoice::Cancel,
                    0 => MoveChoice::NewTheme(typed),
                    n => matches
                        .get(n - 1)
                        .map_or(MoveChoice::Cancel, |(id, _)| MoveChoice::Theme(*id)),
                });
            }
            ui.add_space(6.0);
            if ui.button(tr.tr("action-cancel")).clicked() {
                choice = Some(MoveChoice::Cancel);
            }
        });
        if modal.should_close() && choice.is_none() {
            choice = Some(MoveChoice::Cancel);
        }
        choice
    }
}
