//! The Rank view: the themes as large cards in the agreed order, reordered by dragging or
//! Alt+Up/Down; a dot vote (or votes counted on paper) with a bar chart; "order by votes"
//! proposes a ranking, ties shown as ties, for the group to confirm.
//!
//! This file holds the view's state, its layout and reordering; the cards, the vote, the
//! chart and the proposal live in their own submodules.

mod card;
mod chart;
mod proposal;
mod voting;

use std::collections::BTreeSet;

use eframe::egui::{self, Ui};

use crate::command::Command;
use crate::i18n::I18n;
use crate::model::definition::{rank_places, ranked_themes};
use crate::model::{Project, ThemeId};
use crate::ui::Intent;
use crate::ui::shortcuts::{self, Action, Scope};

use card::card;
use chart::chart_ui;
use proposal::proposal_ui;
use voting::voting_ui;

/// How votes are being taken.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VoteMode {
    /// Each participant places dots, one click at a time.
    #[default]
    Dots,
    /// Votes were made on paper: type the counts.
    Paper,
}

/// What the Rank view remembers between frames (never saved).
#[derive(Debug, Default)]
pub struct RankView {
    pub selected: Option<ThemeId>,
    /// Who is placing dots now.
    pub voter: Option<usize>,
    pub mode: VoteMode,
    /// The participants box, one name per line, while it is being edited.
    participants_text: String,
    dots_text: u32,
    /// The participants and dots the set-up fields were filled from: the fields follow the
    /// project (an undo, another change) until the user types in them.
    setup_from: Option<(Vec<String>, u32)>,
    /// Who `voter` is, by name, so a reordered list keeps the same person voting.
    voter_name: Option<String>,
    /// "Order by votes" awaiting the group's confirmation.
    proposal: Option<Vec<(u32, ThemeId, u32)>>,
    /// A set-up that would take back dots already given, waiting for "take them back".
    pending_setup: Option<(Vec<String>, u32)>,
    /// Phones' dots are hidden this frame: nothing on a card may say where they are.
    phones_hidden: bool,
}

pub fn rank_view_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut RankView,
    phones_hidden: bool,
    intents: &mut Vec<Intent>,
) {
    let themes: BTreeSet<ThemeId> = project.themes.keys().copied().collect();
    let order = ranked_themes(&project.definition, &themes);
    if order.is_empty() {
        ui.add_space(40.0);
        ui.heading(tr.tr("rank-no-themes"));
        return;
    }
    reorder_with_keys(ui, &order, view, intents);
    view.phones_hidden = phones_hidden;
    // While phones vote and the votes are not yet shown, their dots are left out here.
    let tally = if phones_hidden {
        let mut voting = project.definition.voting.clone();
        voting.phones.clear();
        voting.tally()
    } else {
        project.definition.voting.tally()
    };
    ui.columns(2, |columns| {
        egui::ScrollArea::vertical()
            .id_salt("cytun-rank-cards")
            .show(&mut columns[0], |ui| {
                ui.heading(tr.tr("rank-heading"));
                ui.label(tr.tr("rank-hint"));
                ui.add_space(8.0);
                // Places are numbered once the group has ranked: before, the cards are in the
                // order the themes were made, which is no ranking.
                let ranked = !project.definition.ranking.is_empty();
                let places = rank_places(&project.definition.tied, &order);
                for (index, id) in order.iter().enumerate() {
                    let place = places
                        .get(index)
                        .copied()
                        .filter(|_| ranked)
                        .unwrap_or_default();
                    card(
                        ui,
                        tr,
                        project,
                        &order,
                        (index, place),
                        *id,
                        &tally,
                        view,
                        intents,
                    );
                }
            });
        egui::ScrollArea::vertical()
            .id_salt("cytun-rank-votes")
            .show(&mut columns[1], |ui| {
                voting_ui(ui, tr, project, view, intents);
                ui.add_space(12.0);
                if phones_hidden {
                    ui.label(tr.tr("room-votes-hidden"));
                }
                chart_ui(ui, tr, project, &order, &tally);
                ui.add_space(12.0);
                proposal_ui(ui, tr, project, &order, &tally, view, intents);
            });
    });
}

/// Alt+Up / Alt+Down move the selected theme one place.
fn reorder_with_keys(ui: &Ui, order: &[ThemeId], view: &RankView, intents: &mut Vec<Intent>) {
    let Some(selected) = view.selected else {
        return;
    };
    let Some(at) = order.iter().position(|id| *id == selected) else {
        return;
    };
    let actions = shortcuts::pressed(ui, Scope::Rank);
    let up = actions.contains(&Action::RankUp);
    let down = actions.contains(&Action::RankDown);
    let to = if up && at > 0 {
        at - 1
    } else if down && at + 1 < order.len() {
        at + 1
    } else {
        return;
    };
    intents.push(Intent::Edit(Command::SetRanking {
        order: moved(order, at, to),
    }));
}

/// `order` with the item at `from` moved to `to`.
fn moved(order: &[ThemeId], from: usize, to: usize) -> Vec<ThemeId> {
    let mut order = order.to_vec();
    let item = order.remove(from);
    order.insert(to.min(order.len()), item);
    order
}
