//! One theme as a large card in the ranking: its place (shared or not), votes and meaning,
//! dragged or moved to reorder, and the buttons to give or take a dot or type paper votes.

use eframe::egui::{self, FontId, RichText, Ui};

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::{Project, ThemeId};
use crate::ui::{Intent, style};

use super::{RankView, VoteMode, moved};

/// One theme as a large card: place, title, votes, meaning, and its buttons.
#[expect(
    clippy::too_many_arguments,
    reason = "one card reads the whole view's state"
)]
pub(super) fn card(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    order: &[ThemeId],
    (index, (place, shared)): (usize, (u32, bool)),
    id: ThemeId,
    tally: &std::collections::BTreeMap<ThemeId, u32>,
    view: &mut RankView,
    intents: &mut Vec<Intent>,
) {
    let Some(theme) = project.themes.get(&id) else {
        return;
    };
    let pal = style::palette(ui.ctx());
    let selected = view.selected == Some(id);
    let vote_count = tally.get(&id).copied().unwrap_or(0);
    let frame = egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(
            if selected { 4.0 } else { 1.5 },
            if selected {
                pal.selection
            } else {
                pal.theme_outline
            },
        ))
        .inner_margin(12);
    let drag_id = egui::Id::unique(("cytun-rank-card", id.0));
    let dragged = ui
        .dnd_drag_source(drag_id, index, |ui| {
            frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    // A shared place is marked "=2." and said in words too; no place (0)
                    // before the group has ranked.
                    let number = match (place, shared) {
                        (0, _) => None,
                        (_, true) => Some(format!("={place}.")),
                        (_, false) => Some(format!("{place}.")),
                    };
                    if let Some(number) = number {
                        ui.label(
                            RichText::new(number)
                                .font(FontId::proportional(30.0))
                                .strong(),
                        );
                    }
                    ui.label(RichText::new(&theme.title).font(FontId::proportional(30.0)));
                    if shared {
                        ui.label(RichText::new(tr.tr("rank-shared-place")).italics());
                    }
                });
                ui.label(tr.tr_args(
                    "rank-card-counts",
                    &[
                        ("votes", vote_count.into()),
                        ("notes", theme.notes.len().into()),
                    ],
                ));
                if let Some(sum) = vote_sum(tr, project, id) {
                    ui.label(sum);
                }
                if !theme.meaning.trim().is_empty() {
                    ui.label(RichText::new(&theme.meaning).italics());
                }
            })
        })
        .response;
    // Dropped on this card: the dragged theme takes its place.
    if let Some(from) = dragged.dnd_release_payload::<usize>()
        && *from != index
        && *from < order.len()
    {
        intents.push(Intent::Edit(Command::SetRanking {
            order: moved(order, *from, index),
        }));
    }
    // Wrapped, so the buttons stay inside the card's column however long the title.
    ui.horizontal_wrapped(|ui| {
        if ui
            .selectable_label(selected, tr.tr("rank-select"))
            .clicked()
        {
            view.selected = Some(id);
        }
        let up = ui.add_enabled(index > 0, egui::Button::new(tr.tr("rank-up")));
        if up.on_hover_text("Alt+Up").clicked() {
            view.selected = Some(id);
            intents.push(Intent::Edit(Command::SetRanking {
                order: moved(order, index, index - 1),
            }));
        }
        let down = ui.add_enabled(
            index + 1 < order.len(),
            egui::Button::new(tr.tr("rank-down")),
        );
        if down.on_hover_text("Alt+Down").clicked() {
            view.selected = Some(id);
            intents.push(Intent::Edit(Command::SetRanking {
                order: moved(order, index, index + 1),
            }));
        }
        match (view.mode, view.voter) {
            (VoteMode::Dots, Some(voter)) => {
                let give =
                    ui.button(tr.tr_args("rank-give-dot", &[("name", Arg::Str(&theme.title))]));
                if give.clicked() {
                    intents.push(Intent::Edit(Command::CastDot {
                        participant: voter,
                        theme: id,
                    }));
                }
                let placed = project
                    .definition
                    .voting
                    .dots
                    .get(&voter)
                    .is_some_and(|dots| dots.contains(&id));
                let take = ui.add_enabled(
                    placed,
                    egui::Button::new(
                        tr.tr_args("rank-take-dot", &[("name", Arg::Str(&theme.title))]),
                    ),
                );
                if take.clicked() {
                    intents.push(Intent::Edit(Command::WithdrawDot {
                        participant: voter,
                        theme: id,
                    }));
                }
            }
            (VoteMode::Paper, _) => {
                let label = ui.label(tr.tr("rank-paper-votes"));
                let mut count = project
                    .definition
                    .voting
                    .paper
                    .get(&id)
                    .copied()
                    .unwrap_or(0);
                let field = ui
                    .add(egui::DragValue::new(&mut count).range(0..=100_000))
                    .labelled_by(label.id);
                if field.changed() {
                    intents.push(Intent::Edit(Command::SetPaperVotes { theme: id, count }));
                }
            }
            (VoteMode::Dots, None) => {}
        }
        phone_dot_back_ui(ui, tr, project, id, &theme.title, view, intents);
    });
    ui.add_space(10.0);
}

/// The facilitator's own way to take back a phone's dot from a theme (Ctrl+Z never does:
/// the dot is the phone's), the newest phone's first. Only once the votes are shown: a
/// button on a card would give away where phones' dots are.
fn phone_dot_back_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    id: ThemeId,
    title: &str,
    view: &RankView,
    intents: &mut Vec<Intent>,
) {
    if view.phones_hidden {
        return;
    }
    let newest = project
        .definition
        .voting
        .phones
        .iter()
        .rev()
        .find(|(_, dots)| dots.contains(&id))
        .map(|(phone, _)| *phone);
    if let Some(phone) = newest
        && ui
            .button(tr.tr_args("rank-take-phone-dot", &[("name", Arg::Str(title))]))
            .clicked()
    {
        intents.push(Intent::Edit(Command::WithdrawPhoneDot { phone, theme: id }));
    }
}

/// "7 = 4 dots + 3 on paper", for a theme with votes of both kinds: the sum explained.
fn vote_sum(tr: &I18n, project: &Project, theme: ThemeId) -> Option<String> {
    let voting = &project.definition.voting;
    let paper = voting.paper.get(&theme).copied().unwrap_or(0);
    let dots = voting.dots_by_theme().get(&theme).copied().unwrap_or(0);
    (paper > 0 && dots > 0).then(|| {
        tr.tr_args(
            "vote-sum",
            &[
                ("total", dots.saturating_add(paper).into()),
                ("dots", dots.into()),
                ("paper", paper.into()),
            ],
        )
    })
}
