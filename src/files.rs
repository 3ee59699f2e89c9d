//! Files the app and the command line both need, below either of them: reading a file to
//! bring in within a size limit, saying why it could not be read, and the bundled sample
//! workshops, built into the binary so that an installed `cytun` works from any folder.

use std::path::{Path, PathBuf};

use crate::i18n::{Arg, I18n};

/// Where `cargo run` finds the bundled sample workshop, from the source folder.
pub const SAMPLE_PROJECT: &str = "projects/co-production-hackathon.ron";

/// A workshop bundled with Cytûn to learn from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// Where `cargo run` finds it, from the source folder.
    pub path: &'static str,
    /// What the start screen says of it (a catalogue key).
    pub about: &'static str,
    /// The project itself, built in.
    text: &'static str,
}

/// The bundled samples: a workshop just begun (the one opened when none is named), and a
/// finished co-analysis, from contributions to an approved definition and charter.
pub const SAMPLES: [Sample; 2] = [
    Sample {
        path: SAMPLE_PROJECT,
        about: "start-sample-fresh",
        text: include_str!("../projects/co-production-hackathon.ron"),
    },
    Sample {
        path: "projects/finished-workshop.ron",
        about: "start-sample-finished",
        text: include_str!("../projects/finished-workshop.ron"),
    },
];

impl Sample {
    /// The sample's file: in the `projects` folder here, else a copy of the built-in one in
    /// the user's own data folder (written there the first time, never over a copy someone
    /// has worked on).
    pub fn file(&self) -> Option<PathBuf> {
        let here = PathBuf::from(self.path);
        if here.is_file() {
            return Some(here);
        }
        let dir = directories::ProjectDirs::from("cymru", "Cytun", "cytun")?
            .data_dir()
            .join("samples");
        let copy = dir.join(here.file_name()?);
        if !copy.is_file() {
            std::fs::create_dir_all(&dir).ok()?;
            crate::store::write_file_atomically(&copy, self.text.as_bytes(), false).ok()?;
        }
        Some(copy)
    }
}

/// The project to open when none is named: the workshop just begun.
pub fn default_project() -> Option<PathBuf> {
    let [fresh, finished] = SAMPLES;
    // Both are put where the start screen lists them.
    finished.file();
    fresh.file()
}

/// The folder of projects the start screen lists: `projects` here if there is one, else the
/// folder the sample was copied to.
pub fn projects_folder() -> PathBuf {
    let here = PathBuf::from("projects");
    if here.is_dir() {
        return here;
    }
    default_project()
        .and_then(|sample| sample.parent().map(Path::to_owned))
        .unwrap_or(here)
}

/// Reads a whole file, refusing one larger than `limit` (`FileTooLarge`) or one that is not
/// a regular file (`InvalidInput`): a FIFO or device would never end.
pub fn read_limited(path: &Path, limit: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read as _;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::ErrorKind::InvalidInput.into());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() > limit {
        return Err(std::io::ErrorKind::FileTooLarge.into());
    }
    Ok(bytes)
}

/// Why a file to import could not be read, in the user's language.
pub fn read_error(tr: &I18n, err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::FileTooLarge => crate::import::in_words::import_error(
            tr,
            &crate::import::ImportError::TooLarge {
                limit: crate::import::table::MAX_TABLE_BYTES,
            },
        ),
        std::io::ErrorKind::InvalidInput => tr.tr("error-not-a-file"),
        _ => tr.tr_args("error-read", &[("reason", Arg::Str(&err.to_string()))]),
    }
}

/// What another board brought in is called: its project's title, else its file's name.
pub fn board_name(project: &crate::model::Project, path: &Path) -> String {
    if project.title.trim().is_empty() {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        project.title.trim().to_owned()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_built_in_samples_are_projects_that_load() {
        for sample in super::SAMPLES {
            let project = crate::store::parse(sample.text).expect("the sample loads");
            assert!(project.notes.len() > 50);
        }
    }
}
