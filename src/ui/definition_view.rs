//! The Definition view: the draft beside the ranked themes (their meaning, most common
//! words and a few of their contributions, any of which can be put into the draft); each
//! sentence linked to the themes it expresses, with a trace of every contribution behind
//! it; coverage of the top themes; versions, compared word by word, sense-checked and
//! approved.

use std::collections::BTreeSet;
use std::time::{SystemTime, UNIX_EPOCH};

use eframe::egui::{self, Color32, RichText, TextFormat, Ui, text::LayoutJob};

use crate::analysis::words_in_common;
use crate::command::Command;
use crate::i18n::{self, Arg, I18n};
use crate::model::definition::{
    Feedback, Response, Version, VersionStatus, approval_concerns, not_yet_reflected,
    ranked_themes, sentence_at,
};
use crate::model::{Project, ThemeId};
use crate::ui::{Intent, style};

/// A pause in typing this long commits the draft (one undo step per pause).
const TYPING_PAUSE_SECONDS: f64 = 3.0;

/// How many of the top-ranked themes coverage checks.
const COVERAGE_TOP: usize = 5;

/// What the Definition view remembers between frames (never saved).
#[derive(Debug, Default)]
pub struct DefinitionView {
    /// The draft as being typed; committed when the editor loses focus.
    draft: String,
    /// The draft text the buffer was last loaded from.
    loaded_from: Option<String>,
    /// Byte offset of the cursor in the draft.
    cursor: usize,
    /// When the draft was last typed in (egui time), to keep it safe during a pause.
    last_typed: f64,
    version_note: String,
    /// The version whose feedback and status are shown.
    version: Option<u32>,
    compare: (Option<u32>, Option<u32>),
    feedback_from: String,
    feedback_response: Option<Response>,
    feedback_comment: String,
    /// "Approved by" as typed, for each version: choosing another version never carries
    /// a name over.
    approve_by: std::collections::BTreeMap<u32, String>,
    /// An approval waiting for "approve anyway": the version and who approves it.
    confirming_approval: Option<(u32, String)>,
}

fn draft_id() -> egui::Id {
    egui::Id::unique("cytun-draft-editor")
}

pub fn definition_view_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    let committed = &project.definition.draft.text;
    let typing = ui.memory(|m| m.has_focus(draft_id()));
    if !typing && view.loaded_from.as_ref() != Some(committed) {
        view.draft.clone_from(committed);
        view.loaded_from = Some(committed.clone());
        view.cursor = view.cursor.min(view.draft.len());
    }
    let themes: BTreeSet<ThemeId> = project.themes.keys().copied().collect();
    let ranked = ranked_themes(&project.definition, &themes);
    ui.columns(2, |columns| {
        egui::ScrollArea::vertical()
            .id_salt("cytun-definition-left")
            .show(&mut columns[0], |ui| {
                draft_ui(ui, tr, project, &ranked, view, intents);
                ui.add_space(16.0);
                versions_ui(ui, tr, project, view, intents);
            });
        egui::ScrollArea::vertical()
            .id_salt("cytun-definition-right")
            .show(&mut columns[1], |ui| {
                themes_ui(ui, tr, project, &ranked, view, intents);
            });
    });
}

/// The intents that put the typed draft into the project, if it changed.
/// The buffer is then taken as what the project holds, so it is not reloaded over newer
/// typing before the command has run.
fn commit(project: &Project, view: &mut DefinitionView) -> Option<Intent> {
    (view.draft != project.definition.draft.text).then(|| {
        view.loaded_from = Some(view.draft.clone());
        Intent::Edit(Command::SetDraftText {
            text: view.draft.clone(),
        })
    })
}

/// Puts `words` into the draft at the cursor and commits it.
fn insert(project: &Project, view: &mut DefinitionView, words: &str, intents: &mut Vec<Intent>) {
    let at = view.cursor.min(view.draft.len());
    let at = (0..=at)
        .rev()
        .find(|i| view.draft.is_char_boundary(*i))
        .unwrap_or(0);
    let before = &view.draft[..at];
    let spacer = if before.is_empty() || before.ends_with(char::is_whitespace) {
        ""
    } else {
        " "
    };
    let piece = format!("{spacer}{words}");
    view.draft.insert_str(at, &piece);
    view.cursor = at + piece.len();
    intents.extend(commit(project, view));
}

fn draft_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    ranked: &[ThemeId],
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    ui.heading(tr.tr("definition-heading"));
    let approved = project.definition.versions.iter().any(Version::is_approved);
    if approved {
        // Ragged right: justified Welsh opened wide gaps and ran into the divider.
        ui.with_layout(egui::Layout::top_down(egui::Align::LEFT), |ui| {
            ui.label(tr.tr("definition-approved-note"));
        });
    }
    let label = ui.label(tr.tr("definition-draft-label"));
    let output = egui::TextEdit::multiline(&mut view.draft)
        .id(draft_id())
        .font(egui::FontId::proportional(24.0))
        .desired_rows(6)
        .desired_width(f32::INFINITY)
        .hint_text(tr.tr("definition-draft-hint"))
        .show(ui);
    let response = output.response.response.clone().labelled_by(label.id);
    if let Some(range) = output.cursor_range {
        let chars = range.primary.index.0;
        view.cursor = view
            .draft
            .char_indices()
            .nth(chars)
            .map_or(view.draft.len(), |(b, _)| b);
    }
    let now = ui.input(|i| i.time);
    if response.changed() {
        view.last_typed = now;
    }
    // Committed when the editor is left, and at each pause in typing, so autosave and crash
    // recovery have the words too.
    let paused = now - view.last_typed > TYPING_PAUSE_SECONDS;
    if response.lost_focus() || (paused && view.draft != project.definition.draft.text) {
        intents.extend(commit(project, view));
    } else if view.draft != project.definition.draft.text {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(TYPING_PAUSE_SECONDS));
    }

    // The sentence under the cursor: which themes it expresses, and the trace behind it.
    let Some(sentence) = sentence_at(&view.draft, view.cursor) else {
        return;
    };
    ui.add_space(8.0);
    ui.label(
        RichText::new(tr.tr_args(
            "definition-this-sentence",
            &[("sentence", Arg::Str(&sentence))],
        ))
        .strong(),
    );
    let linked: BTreeSet<ThemeId> = project
        .definition
        .draft
        .links
        .iter()
        .find(|l| l.sentence == sentence)
        .map(|l| l.themes.clone())
        .unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.tr("definition-expresses"));
        for id in ranked {
            let Some(theme) = project.themes.get(id) else {
                continue;
            };
            let mut on = linked.contains(id);
            if ui.checkbox(&mut on, &theme.title).changed() {
                let mut themes = linked.clone();
                if on {
                    themes.insert(*id);
                } else {
                    themes.remove(id);
                }
                intents.extend(commit(project, view));
                intents.push(Intent::Edit(Command::LinkSentence {
                    sentence: sentence.clone(),
                    themes,
                }));
            }
        }
    });
    egui::CollapsingHeader::new(tr.tr("definition-trace"))
        .default_open(true)
        .show(ui, |ui| {
            if linked.is_empty() {
                ui.label(tr.tr("definition-trace-none"));
            }
            for id in &linked {
                let Some(theme) = project.themes.get(id) else {
                    continue;
                };
                ui.label(RichText::new(&theme.title).strong());
                for note in theme.notes.iter().filter_map(|n| project.note(*n)) {
                    let text = note.text.split_whitespace().collect::<Vec<_>>().join(" ");
                    let original = project
                        .note(note.copy_of.unwrap_or(note.id))
                        .unwrap_or(note);
                    if original.details.consent == crate::model::Consent::DoNotQuote {
                        // Behind the definition, but not to be quoted in it: said in words,
                        // and set apart in italics.
                        ui.label(
                            RichText::new(tr.tr_args(
                                "definition-trace-not-quoted",
                                &[("text", Arg::Str(&text))],
                            ))
                            .italics()
                            .weak(),
                        );
                    } else {
                        ui.label(format!("• {text}"));
                    }
                }
            }
        });
    let missing = not_yet_reflected(&project.definition, ranked, COVERAGE_TOP);
    ui.add_space(6.0);
    if missing.is_empty() {
        ui.label(tr.tr("definition-coverage-all"));
    } else {
        let names: Vec<&str> = missing
            .iter()
            .filter_map(|id| project.themes.get(id).map(|t| t.title.as_str()))
            .collect();
        ui.colored_label(
            style::palette(ui.ctx()).accent,
            tr.tr_args(
                "definition-coverage-missing",
                &[("themes", Arg::Str(&names.join(", ")))],
            ),
        );
    }
}

/// The ranked themes, each with its meaning, words and a few contributions to draw on.
fn themes_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    ranked: &[ThemeId],
    view: &mut DefinitionView,
    intents: &mut Vec<Intent>,
) {
    ui.heading(tr.tr("definition-themes-heading"));
    ui.label(tr.tr("definition-insert-hint"));
    let places = crate::model::definition::rank_places(&project.definition.tied, ranked);
    for (id, (place, shared)) in ranked.iter().zip(places) {
        let Some(theme) = project.themes.get(id) else {
            continue;
        };
        // A shared place is marked "=2.", as in the Rank view.
        let mark = if shared { "=" } else { "" };
        ui.add_space(8.0);
        egui::Frame::group(ui.style())
            .inner_margin(10)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(format!("{mark}{place}. {}", theme.title))
                        .size(24.0)
                        .strong(),
                );
                if !theme.meaning.trim().is_empty() {
                    ui.label(RichText::new(&theme.meaning).italics());
                }
                let notes: Vec<_> = theme
                    .notes
                    .iter()
                    .filter_map(|n| project.note(*n))
                    .collect();
                let words = words_in_common(notes.iter().copied(), 5);
                ui.horizontal_wrapped(|ui| {
                    ui.label(tr.tr("definition-words"));
                    if words.is_empty() {
                        ui.label(tr.tr("definition-no-shared-words"));
                    }
                    for word in &words {
                        let button = ui
                            .button(&word.term)
                            .on_hover_text(tr.tr("definition-insert"));
                        if button.clicked() {
                            insert(project, view, &word.term, intents);
                        }
                    }
                });
                // Representative: the contributions sharing most of the theme's common words.
                let mut scored: Vec<(usize, &crate::model::Note)> = notes
                    .iter()
                    // Words not to be quoted stay out of the definition (they are in the trace).
                    .filter(|n| n.details.consent != crate::model::Consent::DoNotQuote)
                    .map(|n| (words.iter().filter(|w| w.notes.contains(&n.id)).count(), *n))
                    .collect();
                scored.sort_by_key(|(score, n)| (std::cmp::Reverse(*score), n.id));
                for (_, note) in scored.into_iter().take(3) {
                    ui.horizontal_wrapped(|ui| {
                        let phrase = note.text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if ui.button(tr.tr("definition-insert")).clicked() {
                            insert(project, view, &phrase, intents);
                        }
                        ui.label(format!("“{phrase}”"));
                    });
                }
            });
    }
}

fn when(tr: &I18n, seconds: u64) -> String {
    i18n::when_changed(tr, i18n::from_unix(seconds), SystemTime::now())
}

fn now_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Versions: save one, compare two, record feedback, sense-check and approve.
fn versions_ui(
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
            intents.extend(commit(project, view));
            intents.push(Intent::Edit(Command::SaveVersion {
                note: std::mem::take(&mut view.version_note),
                at: now_seconds(),
            }));
        }
    });
    let versions = &project.definition.versions;
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

fn feedback_ui(
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
    for feedback in &version.feedback {
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
            version: version.number,
            feedback: Feedback {
                from: std::mem::take(&mut view.feedback_from).trim().to_owned(),
                response,
                comment: std::mem::take(&mut view.feedback_comment).trim().to_owned(),
            },
        }));
    }
    ui.horizontal(|ui| {
        if version.status == VersionStatus::Draft
            && ui.button(tr.tr("version-mark-checked")).clicked()
        {
            intents.push(Intent::Edit(Command::SetVersionStatus {
                version: version.number,
                status: VersionStatus::SenseChecked,
            }));
        }
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
            if approval_concerns(&project.definition, version.number).any() {
                view.confirming_approval = Some((version.number, by));
            } else {
                intents.push(approve(version.number, by));
                view.approve_by.remove(&version.number);
            }
        }
    });
    approval_question_ui(ui, tr, project, version.number, view, intents);
}

fn approve(version: u32, by: String) -> Intent {
    Intent::Edit(Command::SetVersionStatus {
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
) {
    let Some((asked_for, by)) = view.confirming_approval.clone() else {
        return;
    };
    if asked_for != number {
        return;
    }
    let concerns = approval_concerns(&project.definition, number);
    egui::Frame::group(ui.style()).show(ui, |ui| {
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
                intents.push(approve(number, by));
                view.approve_by.remove(&number);
                view.confirming_approval = None;
            }
            if ui.button(tr.tr("action-cancel")).clicked() {
                view.confirming_approval = None;
            }
        });
    });
}

fn response_name(tr: &I18n, response: Response) -> String {
    tr.tr(match response {
        Response::Agree => "response-agree",
        Response::AgreeWithChanges => "response-changes",
        Response::Disagree => "response-disagree",
    })
}

/// Two versions side by side: words taken out struck through, words added underlined (a
/// shape as well as a colour, for anyone who cannot tell the colours apart).
fn compare_ui(ui: &mut Ui, tr: &I18n, versions: &[Version], view: &mut DefinitionView) {
    ui.add_space(8.0);
    ui.label(RichText::new(tr.tr("compare-heading")).strong());
    let last = versions.len();
    let (a, b) = (
        view.compare.0.unwrap_or(versions[last - 2].number),
        view.compare.1.unwrap_or(versions[last - 1].number),
    );
    ui.horizontal(|ui| {
        for (slot, current, salt) in [(0, a, "cytun-compare-a"), (1, b, "cytun-compare-b")] {
            let label = ui.label(tr.tr(if slot == 0 {
                "compare-from"
            } else {
                "compare-to"
            }));
            let mut chosen = current;
            egui::ComboBox::from_id_salt(salt)
                .selected_text(tr.tr_args("compare-version", &[("number", current.into())]))
                .show_ui(ui, |ui| {
                    for version in versions {
                        ui.selectable_value(
                            &mut chosen,
                            version.number,
                            tr.tr_args("compare-version", &[("number", version.number.into())]),
                        );
                    }
                })
                .response
                .labelled_by(label.id);
            if slot == 0 {
                view.compare.0 = Some(chosen);
            } else {
                view.compare.1 = Some(chosen);
            }
        }
    });
    let text = |n: u32| {
        versions
            .iter()
            .find(|v| v.number == n)
            .map(|v| v.text.clone())
            .unwrap_or_default()
    };
    let (old, new) = (text(a), text(b));
    let pal = style::palette(ui.ctx());
    let colour = ui.visuals().text_color();
    let font = egui::FontId::proportional(20.0);
    let mut left = LayoutJob::default();
    let mut right = LayoutJob::default();
    let diff = similar::TextDiff::from_words(&old, &new);
    for change in diff.iter_all_changes() {
        let piece = change.value();
        let plain = TextFormat::simple(font.clone(), colour);
        match change.tag() {
            similar::ChangeTag::Equal => {
                left.append(piece, 0.0, plain.clone());
                right.append(piece, 0.0, plain);
            }
            similar::ChangeTag::Delete => left.append(
                piece,
                0.0,
                TextFormat {
                    strikethrough: egui::Stroke::new(2.0, pal.error_text),
                    color: pal.error_text,
                    ..plain
                },
            ),
            similar::ChangeTag::Insert => right.append(
                piece,
                0.0,
                TextFormat {
                    underline: egui::Stroke::new(2.0, pal.selection),
                    background: Color32::TRANSPARENT,
                    ..plain
                },
            ),
        }
    }
    ui.columns(2, |columns| {
        columns[0].label(tr.tr_args("compare-version", &[("number", a.into())]));
        columns[0].label(left);
        columns[1].label(tr.tr_args("compare-version", &[("number", b.into())]));
        columns[1].label(right);
    });
    ui.label(tr.tr("compare-key"));
}
