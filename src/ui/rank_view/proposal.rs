//! "Order by votes": the ranking the votes propose, ties marked, offered to the group to use
//! or cancel; kept apart so a proposal never changes the ranking without confirmation.

use std::collections::BTreeSet;

use eframe::egui::Ui;

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::definition::rank_by_votes;
use crate::model::{Project, ThemeId};
use crate::ui::Intent;

use super::RankView;

/// "Order by votes": a proposed ranking with ties marked, confirmed by the group.
pub(super) fn proposal_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    order: &[ThemeId],
    tally: &std::collections::BTreeMap<ThemeId, u32>,
    view: &mut RankView,
    intents: &mut Vec<Intent>,
) {
    if ui.button(tr.tr("rank-by-votes")).clicked() {
        view.proposal = Some(rank_by_votes(tally, order));
    }
    let Some(proposal) = view.proposal.clone() else {
        return;
    };
    // A proposal made before themes changed (or in another project) is not offered.
    let proposed: BTreeSet<ThemeId> = proposal.iter().map(|(_, id, _)| *id).collect();
    if proposed != order.iter().copied().collect() {
        view.proposal = None;
        return;
    }
    ui.label(tr.tr("rank-proposal"));
    for (place, id, votes) in &proposal {
        let tied = proposal.iter().filter(|(p, _, _)| p == place).count() > 1;
        let title = project
            .themes
            .get(id)
            .map(|t| t.title.clone())
            .unwrap_or_default();
        let line = if tied {
            tr.tr_args(
                "rank-proposal-tied",
                &[
                    ("place", (*place).into()),
                    ("name", Arg::Str(&title)),
                    ("votes", (*votes).into()),
                ],
            )
        } else {
            tr.tr_args(
                "rank-proposal-line",
                &[
                    ("place", (*place).into()),
                    ("name", Arg::Str(&title)),
                    ("votes", (*votes).into()),
                ],
            )
        };
        ui.label(line);
    }
    ui.horizontal(|ui| {
        if ui.button(tr.tr("rank-use-proposal")).clicked() {
            let order = proposal.iter().map(|(_, id, _)| *id).collect();
            // A theme with the same place as the one before it keeps sharing it.
            let tied = proposal
                .windows(2)
                .filter(|pair| pair[0].0 == pair[1].0)
                .map(|pair| pair[1].1)
                .collect();
            intents.push(Intent::Edit(Command::UseVotedOrder { order, tied }));
            view.proposal = None;
        } else if ui.button(tr.tr("action-cancel")).clicked() {
            view.proposal = None;
        }
    });
}
