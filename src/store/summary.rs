//! What a coordinator needs to choose a project without opening it: its title, counts and
//! when it last changed. Read with the same limits as opening, so a bad file in the folder
//! is listed with its problem instead of stopping the list.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::error::LoadError;
use super::project_file;

/// Larger files are listed without reading them (none that Cytûn saves is larger).
const MAX_SUMMARY_BYTES: u64 = super::project_file::MAX_FILE_BYTES;

/// One project file, summarised.
#[derive(Debug)]
pub struct ProjectSummary {
    pub path: PathBuf,
    /// Title, counts: or why the file could not be read.
    pub contents: Result<Counts, LoadError>,
    pub modified: Option<SystemTime>,
}

/// A readable project's title and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts {
    pub title: String,
    pub notes: usize,
    pub themes: usize,
}

/// Summarises the project at `path`.
pub fn summarise(path: &Path) -> ProjectSummary {
    let meta = std::fs::metadata(path).ok();
    let modified = meta.as_ref().and_then(|m| m.modified().ok());
    let contents = match meta {
        Some(meta) if meta.len() > MAX_SUMMARY_BYTES => Err(LoadError::TooLarge {
            bytes: meta.len(),
            limit: MAX_SUMMARY_BYTES,
        }),
        _ => project_file::load(path).map(|project| Counts {
            notes: project.notes.len(),
            themes: project.themes.len(),
            title: project.title,
        }),
    };
    ProjectSummary {
        path: path.to_owned(),
        contents,
        modified,
    }
}

/// Every `.ron` project in `folder`, most recently changed first.
pub fn projects_in(folder: &Path) -> Vec<ProjectSummary> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<ProjectSummary> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "ron")
                && !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                && path.is_file()
        })
        .map(|path| summarise(&path))
        .collect();
    found.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.path.cmp(&b.path)));
    found
}
