//! The Rank view: the themes as large cards in the agreed order, reordered by dragging or
//! Alt+Up/Down; a dot vote (or votes counted on paper) with a bar chart; "order by votes"
//! proposes a ranking, ties shown as ties, for the group to confirm.

use std::collections::BTreeSet;

use eframe::egui::{self, Align2, FontId, Key, Modifiers, RichText, Sense, Ui, vec2};

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::definition::{rank_by_votes, rank_places, ranked_themes};
use crate::model::{Project, ThemeId};
use crate::ui::{Intent, style};

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
}

pub fn rank_view_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut RankView,
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
    let tally = project.definition.voting.tally();
    ui.columns(2, |columns| {
        egui::ScrollArea::vertical()
            .id_salt("cytun-rank-cards")
            .show(&mut columns[0], |ui| {
                ui.heading(tr.tr("rank-heading"));
                ui.label(tr.tr("rank-hint"));
                ui.add_space(8.0);
                let places = rank_places(&project.definition.tied, &order);
                for (index, id) in order.iter().enumerate() {
                    let place = places.get(index).copied().unwrap_or_default();
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
    let up = ui.input_mut(|i| i.consume_key(Modifiers::ALT, Key::ArrowUp));
    let down = ui.input_mut(|i| i.consume_key(Modifiers::ALT, Key::ArrowDown));
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

/// One theme as a large card: place, title, votes, meaning, and its buttons.
#[expect(
    clippy::too_many_arguments,
    reason = "one card reads the whole view's state"
)]
fn card(
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
                    // A shared place is marked "=2." and said in words too.
                    let number = if shared {
                        format!("={place}.")
                    } else {
                        format!("{place}.")
                    };
                    ui.label(
                        RichText::new(number)
                            .font(FontId::proportional(30.0))
                            .strong(),
                    );
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
    });
    ui.add_space(10.0);
}

/// Who votes, how many dots each, and who is voting now.
fn voting_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut RankView,
    intents: &mut Vec<Intent>,
) {
    let voting = &project.definition.voting;
    let changed = view.setup_from.as_ref().is_none_or(|(names, dots)| {
        *names != voting.participants || *dots != voting.dots_per_person
    });
    if changed {
        let current = (voting.participants.clone(), voting.dots_per_person);
        let untouched = view.setup_from.as_ref().is_none_or(|(names, dots)| {
            view.participants_text == names.join("\n") && view.dots_text == *dots
        });
        if untouched {
            view.participants_text = current.0.join("\n");
            view.dots_text = current.1;
        }
        view.setup_from = Some(current);
    }
    // The person voting, found again by name in the list as it is now.
    view.voter = view
        .voter_name
        .as_ref()
        .and_then(|name| voting.participants.iter().position(|p| p == name));
    ui.heading(tr.tr("vote-heading"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut view.mode, VoteMode::Dots, tr.tr("vote-mode-dots"));
        ui.radio_value(&mut view.mode, VoteMode::Paper, tr.tr("vote-mode-paper"));
    });
    egui::CollapsingHeader::new(
        tr.tr_args("vote-setup", &[("count", voting.participants.len().into())]),
    )
    .default_open(voting.participants.is_empty())
    .show(ui, |ui| {
        let label = ui.label(tr.tr("vote-participants"));
        ui.add(
            egui::TextEdit::multiline(&mut view.participants_text)
                .desired_rows(5)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.horizontal(|ui| {
            let label = ui.label(tr.tr("vote-dots-each"));
            ui.add(egui::DragValue::new(&mut view.dots_text).range(1..=50))
                .labelled_by(label.id);
        });
        if ui.button(tr.tr("vote-setup-save")).clicked() {
            let participants: Vec<String> = view
                .participants_text
                .lines()
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect();
            // Dots already given are never taken back without asking.
            if voting
                .dots_taken_back(&participants, view.dots_text)
                .is_empty()
            {
                intents.push(Intent::Edit(Command::SetVoting {
                    participants,
                    dots_per_person: view.dots_text,
                }));
                view.setup_from = None;
            } else {
                view.pending_setup = Some((participants, view.dots_text));
            }
        }
        setup_question_ui(ui, tr, project, view, intents);
    });
    if view.mode == VoteMode::Paper {
        ui.label(RichText::new(tr.tr("vote-paper-rule")).italics());
    }
    if view.mode == VoteMode::Dots && !voting.participants.is_empty() {
        ui.horizontal(|ui| {
            let label = ui.label(tr.tr("vote-now"));
            let current = view
                .voter
                .and_then(|v| voting.participants.get(v))
                .cloned()
                .unwrap_or_else(|| tr.tr("vote-choose"));
            egui::ComboBox::from_id_salt("cytun-voter")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (index, name) in voting.participants.iter().enumerate() {
                        let left = voting.dots_left(index);
                        let text = tr.tr_args(
                            "vote-name-left",
                            &[("name", Arg::Str(name)), ("left", left.into())],
                        );
                        if ui
                            .selectable_label(view.voter == Some(index), text)
                            .clicked()
                        {
                            view.voter = Some(index);
                            view.voter_name = Some(name.clone());
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        });
        if let Some(voter) = view.voter {
            ui.label(
                RichText::new(tr.tr_args(
                    "vote-dots-left",
                    &[
                        ("left", voting.dots_left(voter).into()),
                        ("total", voting.dots_per_person.into()),
                    ],
                ))
                .strong(),
            );
        }
    }
}

/// "This takes back 3 dots already given (Siân 1, Bob 2)": asked before a set-up does.
fn setup_question_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut RankView,
    intents: &mut Vec<Intent>,
) {
    let Some((participants, dots)) = view.pending_setup.clone() else {
        return;
    };
    let lost = project
        .definition
        .voting
        .dots_taken_back(&participants, dots);
    let total: usize = lost.iter().map(|(_, n)| n).sum();
    let who = lost
        .iter()
        .map(|(name, n)| format!("{name} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            RichText::new(tr.tr_args(
                "vote-setup-takes-back",
                &[("count", total.into()), ("who", Arg::Str(&who))],
            ))
            .strong(),
        );
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr.tr("vote-setup-take-back")).clicked() {
                intents.push(Intent::Edit(Command::SetVoting {
                    participants,
                    dots_per_person: dots,
                }));
                view.pending_setup = None;
                view.setup_from = None;
            }
            if ui.button(tr.tr("vote-setup-keep")).clicked() {
                view.pending_setup = None;
                // The fields go back to the vote as it is.
                view.setup_from = None;
                view.participants_text = project.definition.voting.participants.join("\n");
                view.dots_text = project.definition.voting.dots_per_person;
            }
        });
    });
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

/// Votes per theme as bars, with the number written at the end of each (never colour alone).
fn chart_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    order: &[ThemeId],
    tally: &std::collections::BTreeMap<ThemeId, u32>,
) {
    ui.heading(tr.tr("chart-heading"));
    let most = order
        .iter()
        .filter_map(|id| tally.get(id))
        .max()
        .copied()
        .unwrap_or(0)
        .max(1);
    let pal = style::palette(ui.ctx());
    let row = 40.0;
    let width = ui.available_width();
    let (rect, response) =
        ui.allocate_exact_size(vec2(width, row * order.len() as f32), Sense::hover());
    let described: Vec<String> = order
        .iter()
        .filter_map(|id| {
            project
                .themes
                .get(id)
                .map(|t| (t, tally.get(id).copied().unwrap_or(0)))
        })
        .map(|(t, v)| format!("{}: {v}", t.title))
        .collect();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Image, true, described.join(", "))
    });
    let painter = ui.painter_at(rect);
    let label_width = width * 0.4;
    for (i, id) in order.iter().enumerate() {
        let Some(theme) = project.themes.get(id) else {
            continue;
        };
        let votes = tally.get(id).copied().unwrap_or(0);
        let top = rect.top() + i as f32 * row;
        let text_colour = ui.visuals().text_color();
        painter.text(
            egui::pos2(rect.left(), top + row / 2.0),
            Align2::LEFT_CENTER,
            &theme.title,
            FontId::proportional(22.0),
            text_colour,
        );
        let bar_width = (width - label_width - 60.0) * votes as f32 / most as f32;
        let bar = egui::Rect::from_min_size(
            egui::pos2(rect.left() + label_width, top + 6.0),
            vec2(bar_width.max(2.0), row - 12.0),
        );
        painter.rect_filled(bar, 3.0, pal.selection);
        painter.text(
            egui::pos2(bar.right() + 8.0, top + row / 2.0),
            Align2::LEFT_CENTER,
            votes.to_string(),
            FontId::proportional(22.0),
            text_colour,
        );
    }
}

/// "Order by votes": a proposed ranking with ties marked, confirmed by the group.
fn proposal_ui(
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
