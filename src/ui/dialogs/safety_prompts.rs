//! The questions that keep work from being lost: unsaved work found after a crash, a file
//! changed by another program, and going back to the previous save. Each says plainly what
//! each answer keeps.

use std::time::SystemTime;

use eframe::egui::{self, Id, RichText, Ui};

use crate::i18n::{Arg, I18n, labels, time_ago};
use crate::model::Project;
use crate::model::difference::Difference;
use crate::store::Recovered;

/// What the user chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptChoice {
    /// Restore the copy / load the disk version / restore the backup.
    First,
    /// Discard the copy / keep my version / cancel.
    Second,
}

fn two_buttons(ui: &mut Ui, tr: &I18n, first: &str, second: &str) -> Option<PromptChoice> {
    let mut choice = None;
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(tr.tr(first)).clicked() {
            choice = Some(PromptChoice::First);
        }
        if ui.button(tr.tr(second)).clicked() {
            choice = Some(PromptChoice::Second);
        }
    });
    choice
}

fn counts(tr: &I18n, project: &Project) -> String {
    tr.tr_args(
        "check-summary",
        &[
            ("notes", project.notes.len().into()),
            ("themes", project.themes.len().into()),
        ],
    )
}

/// A few notes' words, each cut short, for a line that says which were added or removed.
fn examples(texts: &[String]) -> String {
    const SHOWN: usize = 3;
    const CHARS: usize = 40;
    let mut shown: Vec<String> = texts
        .iter()
        .take(SHOWN)
        .map(|text| format!("“{}”", labels::excerpt(text, CHARS)))
        .collect();
    if texts.len() > SHOWN {
        shown.push("…".to_owned());
    }
    shown.join(", ")
}

/// What the unsaved work changes against the saved file, a line for each kind of change.
fn difference_lines(tr: &I18n, difference: &Difference) -> Vec<String> {
    const RENAMES_SHOWN: usize = 3;
    if difference.is_empty() {
        return vec![tr.tr("recovery-no-difference")];
    }
    let mut lines = Vec::new();
    let counted = [
        ("recovery-notes-added", &difference.notes_added),
        ("recovery-notes-removed", &difference.notes_removed),
        ("recovery-themes-added", &difference.themes_added),
        ("recovery-themes-removed", &difference.themes_removed),
    ];
    for (id, texts) in counted {
        if !texts.is_empty() {
            lines.push(tr.tr_args(
                id,
                &[
                    ("count", texts.len().into()),
                    ("examples", Arg::Str(&examples(texts))),
                ],
            ));
        }
    }
    for (old, new) in difference.themes_renamed.iter().take(RENAMES_SHOWN) {
        lines.push(tr.tr_args(
            "recovery-theme-renamed",
            &[("old", Arg::Str(old)), ("new", Arg::Str(new))],
        ));
    }
    for (id, count) in [
        ("recovery-notes-reworded", difference.notes_reworded),
        ("recovery-notes-regrouped", difference.notes_regrouped),
    ] {
        if count > 0 {
            lines.push(tr.tr_args(id, &[("count", count.into())]));
        }
    }
    for (id, changed) in [
        ("recovery-votes-changed", difference.votes_changed),
        ("recovery-definition-changed", difference.definition_changed),
        ("recovery-charter-changed", difference.charter_changed),
    ] {
        if changed {
            lines.push(tr.tr(id));
        }
    }
    lines
}

/// "Unsaved work was found": restore it or discard it, after comparing the two.
pub fn recovery_ui(
    ui: &Ui,
    tr: &I18n,
    name: &str,
    on_disk: &Project,
    disk_saved: Option<SystemTime>,
    recovered: &Recovered,
    difference: &Difference,
) -> Option<PromptChoice> {
    let now = SystemTime::now();
    egui::Modal::new(Id::unique("cytun-recovery"))
        .show(ui.ctx(), |ui| {
            ui.set_max_width(720.0);
            ui.heading(tr.tr("recovery-heading"));
            ui.label(tr.tr_args("recovery-question", &[("name", Arg::Str(name))]));
            ui.add_space(6.0);
            egui::Grid::new("cytun-recovery-compare")
                .num_columns(3)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    ui.label("");
                    ui.label(RichText::new(tr.tr("recovery-unsaved-copy")).strong());
                    ui.label(RichText::new(tr.tr("recovery-file-on-disk")).strong());
                    ui.end_row();
                    ui.label(tr.tr("recovery-contents"));
                    ui.label(counts(tr, &recovered.project));
                    ui.label(counts(tr, on_disk));
                    ui.end_row();
                    ui.label(tr.tr("recovery-last-change"));
                    ui.label(time_ago(tr, recovered.saved_at, now));
                    ui.label(disk_saved.map(|t| time_ago(tr, t, now)).unwrap_or_default());
                    ui.end_row();
                });
            ui.add_space(6.0);
            ui.label(RichText::new(tr.tr("recovery-what-differs")).strong());
            for line in difference_lines(tr, difference) {
                ui.label(format!("• {line}"));
            }
            two_buttons(ui, tr, "recovery-restore", "recovery-discard")
        })
        .inner
}

/// "The file changed on disk": load that version or keep mine; both are kept either way.
pub fn changed_on_disk_ui(ui: &Ui, tr: &I18n, name: &str) -> Option<PromptChoice> {
    egui::Modal::new(Id::unique("cytun-changed-on-disk"))
        .show(ui.ctx(), |ui| {
            ui.set_max_width(720.0);
            ui.heading(tr.tr("disk-changed-heading"));
            ui.label(tr.tr_args("disk-changed-question", &[("name", Arg::Str(name))]));
            two_buttons(ui, tr, "disk-changed-load", "disk-changed-keep-mine")
        })
        .inner
}

/// "Go back to the previous save?" (undoable, so it is safe to say yes).
pub fn restore_backup_ui(
    ui: &Ui,
    tr: &I18n,
    name: &str,
    saved: Option<SystemTime>,
) -> Option<PromptChoice> {
    let when = saved
        .map(|t| time_ago(tr, t, SystemTime::now()))
        .unwrap_or_default();
    egui::Modal::new(Id::unique("cytun-restore-backup"))
        .show(ui.ctx(), |ui| {
            ui.set_max_width(720.0);
            ui.heading(tr.tr("backup-heading"));
            ui.label(tr.tr_args(
                "backup-question",
                &[("name", Arg::Str(name)), ("when", Arg::Str(&when))],
            ));
            two_buttons(ui, tr, "backup-restore", "action-cancel")
        })
        .inner
}
