//! Suggested groups in the Words tab: the loose notes that mean something alike (or, as
//! chosen, use the same words), proposed as themes with the reason shown. The room judges each one: shows it on the board,
//! renames it, leaves notes out, makes it a theme or rejects it. Never all at once: a
//! suggestion is a prompt for the group's judgement, not a regrouping.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use eframe::egui::{self, Ui};

use super::suggest_job::{AT_ONCE_BELOW, Job, Polled};
use crate::analysis::meaning::VectorCache;
use crate::analysis::suggest::{
    By, DEFAULT_MORE, Groupings, MAX_NOTES, Progress, Stopped, Suggestion, group_notes, loose_notes,
};
use crate::command::Command;
use crate::i18n::{Arg, I18n};
use crate::model::{NoteId, Project, geometry, layout};
use crate::ui::Intent;
use crate::ui::board::{BoardView, Highlight};

/// How many suggestions are listed at once: the rest wait until some are decided.
const LISTED: usize = 30;

/// The panel's state: the work done, how coarse the groups are, and what the room decided.
#[derive(Debug)]
pub struct SuggestPanel {
    run: Run,
    /// 0 (fewest, broadest groups) to 1 (most, closest groups).
    more: f32,
    /// Suggestions rejected, by their notes as first suggested.
    rejected: BTreeSet<Vec<NoteId>>,
    /// Suggestions made themes: the notes left out of one are not offered again as it.
    accepted: BTreeSet<Vec<NoteId>>,
    /// Names typed and notes left out, by the suggestion's notes as first suggested.
    drafts: HashMap<Vec<NoteId>, Draft>,
    /// The groups at the last cut asked for: cutting 10,000 notes every frame would cost.
    cut: RefCell<Option<(u32, Vec<Suggestion>)>>,
    /// By meaning (the built-in model) or by shared words, as chosen.
    by: By,
    /// Each note's meaning once worked out, for the next time suggestions are asked for.
    vectors: VectorCache,
}

impl Default for SuggestPanel {
    fn default() -> Self {
        Self {
            run: Run::NotAsked,
            more: DEFAULT_MORE,
            rejected: BTreeSet::new(),
            accepted: BTreeSet::new(),
            drafts: HashMap::new(),
            cut: RefCell::new(None),
            by: By::Meaning,
            vectors: VectorCache::default(),
        }
    }
}

#[derive(Debug)]
enum Run {
    NotAsked,
    Working { job: Job, asked_at: u64 },
    Ready { groupings: Groupings, asked_at: u64 },
    TooMany(usize),
}

impl Run {
    /// Where the work ended: groups to judge, too many notes, or nothing (stopped).
    fn finished(result: Result<Groupings, Stopped>, asked_at: u64) -> Self {
        match result {
            Ok(groupings) => Self::Ready {
                groupings,
                asked_at,
            },
            Err(Stopped::TooMany { notes }) => Self::TooMany(notes),
            Err(Stopped::Cancelled) => Self::NotAsked,
        }
    }
}

/// A suggestion as the room has changed it.
#[derive(Debug, Clone)]
struct Draft {
    title: String,
    left_out: BTreeSet<NoteId>,
}

impl SuggestPanel {
    /// The groups suggested now, each with the notes still loose, as first suggested (the
    /// room's changes are applied where the suggestion is made a theme). For tests and the
    /// window alike.
    pub fn suggestions(&self, project: &Project) -> Vec<Suggestion> {
        let Run::Ready { groupings, .. } = &self.run else {
            return Vec::new();
        };
        let mut cut = self.cut.borrow_mut();
        if cut
            .as_ref()
            .is_none_or(|(at, _)| *at != self.more.to_bits())
        {
            *cut = Some((self.more.to_bits(), groupings.cut(self.more)));
        }
        let Some((_, found)) = cut.as_ref() else {
            return Vec::new();
        };
        let themed = geometry::themed_notes(project);
        found
            .iter()
            .filter(|s| !self.rejected.contains(&s.notes) && !self.accepted.contains(&s.notes))
            .filter(|s| {
                let loose = s
                    .notes
                    .iter()
                    .filter(|id| !themed.contains(id) && project.notes.contains_key(id));
                loose.count() >= 2
            })
            .cloned()
            .collect()
    }

    /// Where the slider is: 0 (fewest, broadest groups) to 1 (most, closest groups).
    pub fn more(&self) -> f32 {
        self.more
    }

    /// Whether the work is under way on its thread.
    pub fn working(&self) -> bool {
        matches!(self.run, Run::Working { .. })
    }

    /// How the groups shown were made, and why not by meaning when that was asked for.
    pub fn made_by(&self) -> Option<(By, Option<&str>)> {
        match &self.run {
            Run::Ready { groupings, .. } => Some((groupings.by, groupings.fallback.as_deref())),
            _ => None,
        }
    }

    /// Starts the work afresh on the board's loose notes.
    fn ask(&mut self, ctx: &egui::Context, project: &Project, project_state: u64) {
        let notes = loose_notes(project);
        self.drafts.clear();
        self.accepted.clear();
        self.cut.replace(None);
        // By words, a small board is grouped within the frame; reading what notes mean
        // takes longer, so it always has its own thread and a progress bar.
        self.run = if self.by == By::Words && notes.len() < AT_ONCE_BELOW {
            Run::finished(group_notes(&notes, &mut |_| true), project_state)
        } else {
            Run::Working {
                job: Job::start(ctx, notes, self.by, &self.vectors),
                asked_at: project_state,
            }
        };
    }

    /// Takes the thread's news, if it is working.
    fn poll(&mut self) {
        if let Run::Working { job, asked_at } = &mut self.run
            && let Polled::Done(result) = job.poll()
        {
            self.run = Run::finished(result, *asked_at);
            self.cut.replace(None);
        }
    }
}

pub fn suggest_panel_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    project_state: u64,
    view: &mut BoardView,
    panel: &mut SuggestPanel,
    intents: &mut Vec<Intent>,
) {
    panel.poll();
    ui.label(tr.tr("suggest-intro"));
    ui.add_space(4.0);
    by_ui(ui, tr, panel);
    match &panel.run {
        Run::NotAsked => {
            if ui.button(tr.tr("suggest-start")).clicked() {
                panel.ask(ui.ctx(), project, project_state);
            }
        }
        Run::Working { job, .. } => {
            let (text, share) = match job.progress {
                Progress::Reading(share) => (
                    tr.tr_args(
                        "suggest-reading",
                        &[("percent", Arg::from((share * 100.0).round() as usize))],
                    ),
                    share,
                ),
                Progress::Comparing(share) => (
                    tr.tr_args(
                        "suggest-comparing",
                        &[("percent", Arg::from((share * 100.0).round() as usize))],
                    ),
                    share,
                ),
                Progress::Grouping => (tr.tr("suggest-grouping"), 1.0),
            };
            ui.add(egui::ProgressBar::new(share).text(text).animate(true));
            if ui.button(tr.tr("suggest-stop")).clicked() {
                panel.run = Run::NotAsked;
            }
        }
        Run::TooMany(notes) => {
            ui.label(tr.tr_args(
                "suggest-too-many",
                &[
                    ("count", Arg::from(*notes)),
                    ("limit", Arg::from(MAX_NOTES)),
                ],
            ));
            if ui.button(tr.tr("suggest-again")).clicked() {
                panel.ask(ui.ctx(), project, project_state);
            }
        }
        Run::Ready { asked_at, .. } => {
            let stale = *asked_at != project_state;
            ready_ui(ui, tr, project, project_state, view, panel, stale, intents);
        }
    }
}

/// By meaning or by shared words; and, once grouped, how the groups were made.
fn by_ui(ui: &mut Ui, tr: &I18n, panel: &mut SuggestPanel) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.tr("suggest-by"));
        ui.radio_value(&mut panel.by, By::Meaning, tr.tr("suggest-by-meaning"));
        ui.radio_value(&mut panel.by, By::Words, tr.tr("suggest-by-words"));
    });
    match panel.made_by() {
        Some((By::Meaning, _)) => {
            ui.label(tr.tr_args(
                "suggest-made-by-meaning",
                &[("model", Arg::Str(crate::analysis::meaning::MODEL_NAME))],
            ));
        }
        Some((By::Words, Some(why))) => {
            let why = why.to_owned();
            ui.colored_label(
                crate::ui::style::palette(ui.ctx()).accent,
                tr.tr_args("suggest-no-model", &[("reason", Arg::Str(&why))]),
            );
        }
        Some((By::Words, None)) | None => {}
    }
    ui.add_space(4.0);
}

#[expect(
    clippy::too_many_arguments,
    reason = "the panel's parts, passed rather than bundled for one caller"
)]
fn ready_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    project_state: u64,
    view: &mut BoardView,
    panel: &mut SuggestPanel,
    stale: bool,
    intents: &mut Vec<Intent>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.tr("suggest-fewer"));
        let slider = ui.add(
            egui::Slider::new(&mut panel.more, 0.0..=1.0)
                .show_value(false)
                .step_by(0.05),
        );
        let name = tr.tr("suggest-level");
        ui.ctx()
            .accesskit_node_builder(slider.id, |node| node.set_label(name));
        ui.label(tr.tr("suggest-more"));
    });
    let found = panel.suggestions(project);
    if stale {
        ui.label(tr.tr("suggest-stale"));
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr.tr("suggest-again")).clicked() {
            panel.ask(ui.ctx(), project, project_state);
        }
        if !panel.rejected.is_empty() && ui.button(tr.tr("suggest-bring-back")).clicked() {
            panel.rejected.clear();
        }
    });
    if found.is_empty() {
        ui.label(tr.tr("suggest-none"));
        return;
    }
    ui.label(tr.tr_args("suggest-count", &[("count", Arg::from(found.len()))]));
    ui.separator();
    let themed = geometry::themed_notes(project);
    for suggestion in found.iter().take(LISTED) {
        let draft = panel
            .drafts
            .entry(suggestion.notes.clone())
            .or_insert_with(|| Draft {
                title: suggestion.title(),
                left_out: BTreeSet::new(),
            });
        let notes: Vec<NoteId> = suggestion
            .notes
            .iter()
            .copied()
            .filter(|id| !themed.contains(id) && !draft.left_out.contains(id))
            .filter(|id| project.notes.contains_key(id))
            .collect();
        let decided = ui
            .push_id(("cytun-suggestion", suggestion.notes[0].0), |ui| {
                suggestion_ui(ui, tr, project, view, suggestion, draft, &notes, intents)
            })
            .inner;
        match decided {
            Some(Decision::Reject) => {
                panel.rejected.insert(suggestion.notes.clone());
            }
            Some(Decision::Accept) => {
                panel.accepted.insert(suggestion.notes.clone());
            }
            None => {}
        }
        ui.separator();
    }
    if found.len() > LISTED {
        ui.label(tr.tr_args(
            "suggest-more-waiting",
            &[("count", Arg::from(found.len() - LISTED))],
        ));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Decision {
    Accept,
    Reject,
}

/// One suggestion: its name (editable), the words its notes share, what to do with it, and
/// its notes, each of which can be left out.
#[expect(
    clippy::too_many_arguments,
    reason = "the suggestion, its draft and what it is shown on"
)]
fn suggestion_ui(
    ui: &mut Ui,
    tr: &I18n,
    project: &Project,
    view: &mut BoardView,
    suggestion: &Suggestion,
    draft: &mut Draft,
    notes: &[NoteId],
    intents: &mut Vec<Intent>,
) -> Option<Decision> {
    let name_label = tr.tr("suggest-name");
    let field = ui.add(
        egui::TextEdit::singleline(&mut draft.title)
            .desired_width(f32::INFINITY)
            .hint_text(name_label.as_str()),
    );
    ui.ctx()
        .accesskit_node_builder(field.id, |node| node.set_label(name_label));
    ui.label(reason(tr, project, suggestion));
    let shown_now = view
        .highlight
        .as_ref()
        .is_some_and(|h| h.notes.iter().copied().eq(sorted(notes)));
    let mut decided = None;
    ui.horizontal_wrapped(|ui| {
        let show = if shown_now {
            tr.tr("suggest-hide")
        } else {
            tr.tr("suggest-show")
        };
        if ui.selectable_label(shown_now, show).clicked() {
            if shown_now {
                view.highlight = None;
            } else {
                view.highlight = Some(Highlight {
                    term: draft.title.clone(),
                    notes: notes.iter().copied().collect(),
                });
                if let Some(area) =
                    geometry::bounds_of(notes.iter().filter_map(|id| project.note(*id)))
                {
                    view.request_show(area);
                }
            }
        }
        let title = draft.title.trim();
        let make = ui.add_enabled(
            notes.len() >= 2 && !title.is_empty(),
            egui::Button::new(tr.tr("suggest-accept")),
        );
        if make.clicked() {
            intents.push(Intent::Edit(Command::CreateTheme {
                title: title.to_owned(),
                notes: notes.to_vec(),
                at: layout::free_spot(project),
            }));
            if shown_now {
                view.highlight = None;
            }
            decided = Some(Decision::Accept);
        }
        if ui.button(tr.tr("suggest-reject")).clicked() {
            if shown_now {
                view.highlight = None;
            }
            decided = Some(Decision::Reject);
        }
    });
    egui::CollapsingHeader::new(tr.tr("suggest-notes"))
        .id_salt("notes")
        .show(ui, |ui| {
            for id in &suggestion.notes {
                let Some(note) = project.note(*id) else {
                    continue;
                };
                let mut kept = !draft.left_out.contains(id);
                if ui.checkbox(&mut kept, short(&note.text)).changed() {
                    if kept {
                        draft.left_out.remove(id);
                    } else {
                        draft.left_out.insert(*id);
                    }
                }
            }
        });
    decided
}

/// Why the notes are suggested together: the words they share, else their two closest.
fn reason(tr: &I18n, project: &Project, suggestion: &Suggestion) -> String {
    if let Some((first, second)) = suggestion.closest.filter(|_| suggestion.shared.is_empty()) {
        let text = |id: NoteId| {
            project
                .note(id)
                .map_or_else(String::new, |n| short(&n.text))
        };
        return tr.tr_args(
            "suggest-close",
            &[
                ("count", Arg::from(suggestion.notes.len())),
                ("first", Arg::Str(&text(first))),
                ("second", Arg::Str(&text(second))),
            ],
        );
    }
    let words: Vec<String> = suggestion
        .shared
        .iter()
        .map(|(word, count)| {
            tr.tr_args(
                "words-entry",
                &[("term", Arg::Str(word)), ("count", Arg::from(*count))],
            )
        })
        .collect();
    tr.tr_args(
        "suggest-shared",
        &[
            ("count", Arg::from(suggestion.notes.len())),
            ("words", Arg::Str(&words.join(", "))),
        ],
    )
}

fn sorted(notes: &[NoteId]) -> impl Iterator<Item = NoteId> {
    let set: BTreeSet<NoteId> = notes.iter().copied().collect();
    set.into_iter()
}

/// A note's first line, cut to fit a checkbox in the side panel.
fn short(text: &str) -> String {
    const MOST: usize = 60;
    let line = text.lines().next().unwrap_or("").trim();
    if line.chars().count() > MOST {
        let cut: String = line.chars().take(MOST).collect();
        format!("{cut}…")
    } else {
        line.to_owned()
    }
}
