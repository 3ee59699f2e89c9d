//! Preferences that follow the user, not the project: saved through eframe's storage.
//! Every field has a default so an old or damaged settings store never blocks the app.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::UiLanguage;

/// The key under which settings live in eframe's storage.
pub const STORAGE_KEY: &str = "cytun-settings";
/// How many recent projects are remembered.
pub const MAX_RECENT: usize = 10;

/// The user's preferences.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: UiLanguage,
    /// Projects opened lately, newest first.
    pub recent_projects: Vec<PathBuf>,
}

impl Settings {
    /// Puts `path` at the top of the recent list.
    pub fn remember_project(&mut self, path: PathBuf) {
        self.recent_projects.retain(|p| *p != path);
        self.recent_projects.insert(0, path);
        self.recent_projects.truncate(MAX_RECENT);
    }
}
