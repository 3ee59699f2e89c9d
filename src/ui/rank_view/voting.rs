//! Setting up the vote and choosing who votes now: the participants, dots each, the mode,
//! and asking before a new set-up takes back dots already given.

use eframe::egui::{self, RichText, Ui};

use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::Project;
use crate::ui::Intent;

use super::{RankView, VoteMode};

/// Who votes, how many dots each, and who is voting now.
pub(super) fn voting_ui(
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
    // Which themes lose them decides the ranking: said too, phones' dots included.
    let themes = project
        .definition
        .voting
        .themes_losing_dots(&participants, dots)
        .into_iter()
        .filter_map(|(id, n)| Some(format!("{} {n}", project.themes.get(&id)?.title.trim())))
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
        if !themes.is_empty() {
            ui.label(tr.tr_args("vote-setup-themes-lose", &[("themes", Arg::Str(&themes))]));
        }
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
