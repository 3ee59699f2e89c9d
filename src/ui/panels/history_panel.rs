//! The History tab: every change in plain words, newest first, so the whole room can see what
//! happened. Clicking an entry undoes the changes made after it (and Redo brings them back).

use eframe::egui::Ui;

use crate::command::{Description, History};
use crate::i18n::{self, Arg, I18n};
use crate::ui::Intent;

/// `votes_hidden`: phones' dots are listed without their themes.
pub fn history_panel_ui(
    ui: &mut Ui,
    tr: &I18n,
    history: &History,
    votes_hidden: bool,
    intents: &mut Vec<Intent>,
) {
    let done: Vec<_> = history.done().collect();
    if done.is_empty() {
        ui.label(tr.tr("history-empty"));
    } else {
        facilitator_lines(ui, tr, history, &done, intents);
    }
    if history.arrived().next().is_some() {
        ui.separator();
        ui.strong(tr.tr("history-phones-heading"));
        for description in history.arrived().rev() {
            ui.label(i18n::describe_arrival(tr, description, votes_hidden));
        }
    }
}

/// The facilitator's own steps, newest first: a click undoes back to one.
fn facilitator_lines(
    ui: &mut Ui,
    tr: &I18n,
    history: &History,
    done: &[&Description],
    intents: &mut Vec<Intent>,
) {
    ui.label(tr.tr("history-hint"));
    ui.separator();
    for (index, run) in lines(done).into_iter().rev() {
        let newer = done.len() - 1 - index;
        let text = if run > 1 {
            tr.tr_args(
                "history-repeated",
                &[
                    ("change", Arg::Str(&i18n::describe_change(tr, done[index]))),
                    ("count", run.into()),
                ],
            )
        } else {
            i18n::describe_change(tr, done[index])
        };
        if ui.selectable_label(newer == 0, text).clicked() && newer > 0 {
            intents.push(Intent::UndoSteps(newer));
        }
    }
    let start = match history.forgotten() {
        0 => tr.tr("history-start"),
        count => tr.tr_args("history-oldest-kept", &[("count", count.into())]),
    };
    if ui.selectable_label(false, start).clicked() {
        intents.push(Intent::UndoSteps(done.len()));
    }
}

/// The lines the History shows, oldest first: the index of each line's newest change and how
/// many changes it stands for. Edits of the draft in a row (committed at each pause in
/// typing) are one line.
pub fn lines(done: &[&Description]) -> Vec<(usize, usize)> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    for (index, description) in done.iter().enumerate() {
        match lines.last_mut() {
            Some((last, run))
                if description.message == DRAFT_EDIT && done[*last].message == DRAFT_EDIT =>
            {
                *last = index;
                *run += 1;
            }
            _ => lines.push((index, 1)),
        }
    }
    lines
}

/// The description of an edit of the draft definition.
const DRAFT_EDIT: &str = "history-draft";
