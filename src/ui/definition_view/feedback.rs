//! Feedback on one version, its sense-check and its approval: recording responses, and
//! asking before a version is approved against the usual rules.

use eframe::egui::{self, RichText, Ui};

use crate::command::Command;
use crate::i18n::I18n;
use crate::model::Project;
use crate::model::definition::{
    Feedback, Part, Response, Version, VersionStatus, approval_concerns,
};
use crate::ui::Intent;

use super::DefinitionView;
use super::versions::now_seconds;

pub(super) fn feedback_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    version: &Version,
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr.tr_args("feedback-heading", &[("number", version.number.into())]))
            .strong(),
    );
    // A survey's many responses: the tally first, each one on request.
    let many = version.feedback.len() > 8;
    if many {
        let tally = version.tally();
        let counts: Vec<String> = Response::ALL
            .iter()
            .map(|r| {
                format!(
                    "{}: {}",
                    response_name(tr, *r),
                    tally.get(r).copied().unwrap_or(0)
                )
            })
            .collect();
        ui.label(counts.join(" · "));
    }
    let shown = if many && !view.showing_all_feedback.contains(&version.number) {
        if ui.button(tr.tr("feedback-show-all")).clicked() {
            view.showing_all_feedback.insert(version.number);
        }
        &version.feedback[..0]
    } else {
        &version.feedback[..]
    };
    for feedback in shown {
        ui.label(format!(
            "• {}: {}{}",
            feedback.from,
            response_name(tr, feedback.response),
            if feedback.comment.is_empty() {
                String::new()
            } else {
                format!(" — {}", feedback.comment)
            }
        ));
    }
    if version.is_settled() {
        ui.label(tr.tr("feedback-approved-locked"));
        return;
    }
    ui.horizontal(|ui| {
        if ui.button(tr.tr("feedback-import")).clicked() {
            intents.push(Intent::ImportFeedback(view.part, version.number));
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr.tr("feedback-from"));
        ui.add(egui::TextEdit::singleline(&mut view.feedback_from).desired_width(220.0))
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        for response in Response::ALL {
            ui.radio_value(
                &mut view.feedback_response,
                Some(response),
                response_name(tr, response),
            );
        }
    });
    let label = ui.label(tr.tr("feedback-comment"));
    ui.add(
        egui::TextEdit::multiline(&mut view.feedback_comment)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let ready = !view.feedback_from.trim().is_empty() && view.feedback_response.is_some();
    if ui
        .add_enabled(ready, egui::Button::new(tr.tr("feedback-add")))
        .clicked()
        && let Some(response) = view.feedback_response.take()
    {
        intents.push(Intent::Edit(Command::AddFeedback {
            part: view.part,
            version: version.number,
            feedback: Feedback {
                from: std::mem::take(&mut view.feedback_from).trim().to_owned(),
                response,
                comment: std::mem::take(&mut view.feedback_comment).trim().to_owned(),
            },
        }));
    }
    if version.status == VersionStatus::Draft && ui.button(tr.tr("version-mark-checked")).clicked()
    {
        intents.push(Intent::Edit(Command::SetVersionStatus {
            part: view.part,
            version: version.number,
            status: VersionStatus::SenseChecked,
        }));
    }
    // A row of its own: marking the version sense-checked (which takes that button away)
    // never moves the field being typed in.
    let mut asked_now = false;
    ui.horizontal(|ui| {
        let label = ui.label(tr.tr("version-approved-by"));
        let by = view.approve_by.entry(version.number).or_default();
        ui.add(egui::TextEdit::singleline(by).desired_width(200.0))
            .labelled_by(label.id);
        let can = !by.trim().is_empty() && view.confirming_approval.is_none();
        if ui
            .add_enabled(can, egui::Button::new(tr.tr("version-approve")))
            .clicked()
        {
            let by = by.trim().to_owned();
            if approval_concerns(&project.definition, view.part, version.number).any() {
                view.confirming_approval = Some((version.number, by));
                asked_now = true;
            } else {
                intents.push(approve(view.part, version.number, by));
                view.approve_by.remove(&version.number);
            }
        }
    });
    approval_question_ui(ui, tr, project, version.number, view, intents, asked_now);
}

fn approve(part: Part, version: u32, by: String) -> Intent {
    Intent::Edit(Command::SetVersionStatus {
        part,
        version,
        status: VersionStatus::Approved {
            by,
            at: now_seconds(),
        },
    })
}

/// Approving a version never sense-checked, with no feedback, or in place of the approved
/// one: the reasons in words, then "approve anyway" or not.
fn approval_question_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    number: u32,
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
    asked_now: bool,
) {
    let Some((asked_for, by)) = view.confirming_approval.clone() else {
        return;
    };
    if asked_for != number {
        return;
    }
    let concerns = approval_concerns(&project.definition, view.part, number);
    let question = egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(tr.tr_args("approve-ask", &[("number", number.into())])).strong());
        if concerns.not_sense_checked {
            ui.label(format!("• {}", tr.tr("approve-not-checked")));
        }
        if concerns.no_feedback {
            ui.label(format!("• {}", tr.tr("approve-no-feedback")));
        }
        if let Some(earlier) = concerns.replaces {
            ui.label(format!(
                "• {}",
                tr.tr_args("approve-replaces", &[("number", earlier.into())])
            ));
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr.tr("approve-anyway")).clicked() {
                intents.push(approve(view.part, number, by));
                view.approve_by.remove(&number);
                view.confirming_approval = None;
            }
            if ui.button(tr.tr("action-cancel")).clicked() {
                view.confirming_approval = None;
            }
        });
    });
    // Asked just now: brought into view, where the eyes are, never left below the fold.
    if asked_now {
        question.response.scroll_to_me(None);
    }
}

fn response_name(tr: &I18n, response: Response) -> String {
    tr.tr(match response {
        Response::Agree => "response-agree",
        Response::AgreeWithChanges => "response-changes",
        Response::Disagree => "response-disagree",
    })
}
