//! Preferences that follow the user, not the project: saved through eframe's storage.
//! Every field has a default so an old or damaged settings store never blocks the app.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::UiLanguage;
use crate::ui::style::ColourScheme;

/// The key under which settings live in eframe's storage.
pub const STORAGE_KEY: &str = "cytun-settings";
/// How many recent projects are remembered.
pub const MAX_RECENT: usize = 10;

/// The user's preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: UiLanguage,
    /// Projects opened lately, newest first.
    pub recent_projects: Vec<PathBuf>,
    /// Light, dark or high contrast.
    pub colour_scheme: ColourScheme,
    /// Size of the interface's text, as a factor of the projector-ready default.
    pub text_scale: f32,
    /// The privacy choices made at the last export of each project, newest first.
    pub export_choices: Vec<ExportChoice>,
    /// Where the facilitator was in each project when they left it, newest first.
    pub places: Vec<ProjectPlace>,
}

/// Where the facilitator was in a project: it opens there again, not at the top left.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProjectPlace {
    pub project: PathBuf,
    /// The main view: `board`, `table`, `rank` or `definition`.
    pub view: String,
    /// The side panel's tab: `note`, `themes`, `words`, `outline` or `history`.
    pub side_tab: String,
    /// The board point at the centre of the canvas, and the zoom.
    pub center: (f32, f32),
    pub zoom: f32,
}

/// What was chosen at a project's last export: offered again next time.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportChoice {
    pub project: PathBuf,
    pub redact: bool,
    pub anonymise: bool,
    /// Names the user added to look for.
    pub names: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: UiLanguage::default(),
            recent_projects: Vec::new(),
            colour_scheme: ColourScheme::default(),
            text_scale: 1.0,
            export_choices: Vec::new(),
            places: Vec::new(),
        }
    }
}

impl Settings {
    /// Settings as read from a store that may be old or damaged: every value usable.
    #[must_use]
    pub fn sanitised(mut self) -> Self {
        if !self.text_scale.is_finite() || self.text_scale <= 0.0 {
            self.text_scale = 1.0;
        }
        self
    }

    /// One step larger (`steps` > 0) or smaller text, within the sizes offered.
    pub fn step_text_size(&mut self, steps: i32) {
        let scales = crate::ui::style::TEXT_SCALES;
        let current = scales
            .iter()
            .position(|s| (s - self.text_scale).abs() < 0.01)
            .unwrap_or(2);
        let next = (current as i32 + steps).clamp(0, scales.len() as i32 - 1);
        self.text_scale = scales[next as usize];
    }

    /// The choices made at `project`'s last export.
    pub fn export_choice(&self, project: &std::path::Path) -> Option<&ExportChoice> {
        self.export_choices.iter().find(|c| c.project == project)
    }

    /// Keeps the privacy choices of an export, for the next export of the same project.
    pub fn remember_export_choice(
        &mut self,
        project: PathBuf,
        redact: bool,
        anonymise: bool,
        names: Vec<String>,
    ) {
        self.export_choices.retain(|c| c.project != project);
        self.export_choices.insert(
            0,
            ExportChoice {
                project,
                redact,
                anonymise,
                names,
            },
        );
        self.export_choices.truncate(MAX_RECENT);
    }

    /// Where the facilitator was in `project`, if they have been in it.
    pub fn place(&self, project: &std::path::Path) -> Option<&ProjectPlace> {
        self.places.iter().find(|p| p.project == project)
    }

    /// Keeps where the facilitator is in a project, for its next opening.
    pub fn remember_place(&mut self, place: ProjectPlace) {
        self.places.retain(|p| p.project != place.project);
        self.places.insert(0, place);
        self.places.truncate(MAX_RECENT * 3);
    }

    /// Puts `path` at the top of the recent list.
    pub fn remember_project(&mut self, path: PathBuf) {
        self.recent_projects.retain(|p| *p != path);
        self.recent_projects.insert(0, path);
        self.recent_projects.truncate(MAX_RECENT);
    }
}
