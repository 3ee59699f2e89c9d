//! The list of saved versions: saving a new one, each version's status and feedback tally,
//! and choosing the one whose feedback is shown (and the comparison below it).

use std::time::{SystemTime, UNIX_EPOCH};

use eframe::egui::{self, RichText, Ui};

use crate::command::Command;
use crate::i18n::{self, Arg, I18n};
use crate::model::Project;
use crate::model::definition::{Response, VersionStatus};
use crate::ui::Intent;

use super::compare::compare_ui;
use super::feedback::feedback_ui;
use super::{DefinitionView, commit};

fn when(tr: &I18n, seconds: u64) -> String {
    i18n::when_changed(tr, i18n::from_unix(seconds), SystemTime::now())
}

pub(super) fn now_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Saves the draft as a new version, with the note typed for it.
fn save_version(project: &Project, view: &mut DefinitionView, intents: &mut Vec<Intent>) {
    view.confirming_same_version = None;
    intents.extend(commit(project, view));
    intents.push(Intent::Edit(Command::SaveVersion {
        part: view.part,
        note: std::mem::take(&mut view.version_note),
        at: now_seconds(),
    }));
}

/// Versions: save one, compare two, record feedback, sense-check and approve.
pub(super) fn versions_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    ui.heading(tr.tr("versions-heading"));
    ui.horizontal(|ui| {
        let label = ui.label(tr.tr("versions-note"));
        ui.add(egui::TextEdit::singleline(&mut view.version_note).desired_width(300.0))
            .labelled_by(label.id);
        if ui.button(tr.tr("versions-save")).clicked() {
            let last = project.definition.versions_of(view.part).last();
            match last.filter(|last| last.text == view.draft) {
                // The same words as the last version: a version saved by mistake, asked first.
                Some(same) => view.confirming_same_version = Some(same.number),
                None => save_version(project, view, intents),
            }
        }
    });
    if let Some(number) = view.confirming_same_version {
        ui.label(
            RichText::new(tr.tr_args("versions-same-ask", &[("number", number.into())])).strong(),
        );
        ui.horizontal(|ui| {
            if ui.button(tr.tr("versions-save-anyway")).clicked() {
                save_version(project, view, intents);
            }
            if ui.button(tr.tr("action-cancel")).clicked() {
                view.confirming_same_version = None;
            }
        });
    }
    let versions = project.definition.versions_of(view.part);
    for version in versions.iter().rev() {
        let status = match &version.status {
            VersionStatus::Draft => tr.tr("version-status-draft"),
            VersionStatus::SenseChecked => tr.tr("version-status-checked"),
            VersionStatus::Approved { by, at } => tr.tr_args(
                "version-status-approved",
                &[("by", Arg::Str(by)), ("date", Arg::Str(&when(tr, *at)))],
            ),
            VersionStatus::Superseded {
                by,
                at,
                replaced_at,
            } => tr.tr_args(
                "version-status-superseded",
                &[
                    ("by", Arg::Str(by)),
                    ("date", Arg::Str(&when(tr, *at))),
                    ("replaced", Arg::Str(&when(tr, *replaced_at))),
                ],
            ),
        };
        let tally = version.tally();
        let line = tr.tr_args(
            "version-line",
            &[
                ("number", version.number.into()),
                ("date", Arg::Str(&when(tr, version.saved_at))),
                ("status", Arg::Str(&status)),
                (
                    "agree",
                    tally.get(&Response::Agree).copied().unwrap_or(0).into(),
                ),
                (
                    "changes",
                    tally
                        .get(&Response::AgreeWithChanges)
                        .copied()
                        .unwrap_or(0)
                        .into(),
                ),
                (
                    "disagree",
                    tally.get(&Response::Disagree).copied().unwrap_or(0).into(),
                ),
                ("note", Arg::Str(&version.note)),
            ],
        );
        if ui
            .selectable_label(view.version == Some(version.number), line)
            .clicked()
            && view.version != Some(version.number)
        {
            // Feedback half typed for one version is never recorded against another.
            view.version = Some(version.number);
            view.feedback_from.clear();
            view.feedback_response = None;
            view.feedback_comment.clear();
            view.confirming_approval = None;
        }
    }
    if let Some(version) = view
        .version
        .and_then(|n| versions.iter().find(|v| v.number == n))
    {
        feedback_ui(ui, tr, project, version, view, intents);
    }
    if versions.len() >= 2 {
        compare_ui(ui, tr, versions, view);
    }
}
