//! Each change in plain words, for the History panel ("Moved 3 notes into 'Trust'"). The words
//! come from the catalogues; this picks the message and its values, before the change runs
//! (so a dissolved theme's title can still be named).

use super::Command;
use crate::model::definition::Part;
use crate::model::{Project, ThemeId};

/// A change, ready to be put into words by the `i18n` catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Description {
    /// The catalogue message id.
    pub message: &'static str,
    /// How many notes it concerned.
    pub count: usize,
    /// A theme or project title it concerned.
    pub name: String,
    /// A second name (the new title of a rename).
    pub other: String,
}

fn with(message: &'static str, count: usize, name: String) -> Description {
    Description {
        message,
        count,
        name,
        other: String::new(),
    }
}

fn theme_title(project: &Project, theme: ThemeId) -> String {
    project
        .themes
        .get(&theme)
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// Describes `command` as it is about to be applied to `project`.
pub fn describe(command: &Command, project: &Project) -> Description {
    if let Some(description) = describe_theme_command(command, project)
        .or_else(|| describe_definition_command(command, project))
    {
        return description;
    }
    match command {
        Command::CreateNote { .. } => with("history-add-note", 1, String::new()),
        Command::DeleteNotes { ids } => with("history-delete-notes", ids.len(), String::new()),
        Command::MoveNotes { moves } => with("history-move-notes", moves.len(), String::new()),
        Command::SetNoteText { .. } => with("history-edit-text", 1, String::new()),
        Command::SetNoteDetails { .. } => with("history-edit-details", 1, String::new()),
        Command::ReplaceProject { .. } => with("history-replace", 0, String::new()),
        Command::Patch { .. }
        | Command::SetDefinition { .. }
        | Command::SetPhonesTaken { .. }
        | Command::FromPhone { command: None, .. } => with("history-change", 0, String::new()),
        Command::FromPhone {
            command: Some(command),
            ..
        } => describe(command, project),
        Command::Import { notes, .. } => with("history-import", notes.len(), String::new()),
        Command::AddBoard { source, notes, .. } => {
            with("history-add-board", notes.len(), source.clone())
        }
        Command::RemoveHeadings { ids } => {
            with("history-remove-headings", ids.len(), String::new())
        }
        Command::SetPictureAlt { .. } => with("history-picture-alt", 1, String::new()),
        Command::SetTitle { title } => with("history-rename-project", 0, title.clone()),
        Command::Tidy { .. } => with("history-tidy", 0, String::new()),
        // One action: said as its first change ("Moved 2 notes"), as the user did it.
        // Responses brought in from a survey: said as how many, not as the first one.
        Command::Batch { commands }
            if commands.len() > 1
                && commands
                    .iter()
                    .all(|c| matches!(c, Command::AddFeedback { .. })) =>
        {
            let (part, version) = match commands.first() {
                Some(Command::AddFeedback { part, version, .. }) => (*part, version.to_string()),
                _ => (Part::Definition, String::new()),
            };
            Description {
                message: part.pick("history-feedback-many", "history-charter-feedback-many"),
                count: commands.len(),
                name: String::new(),
                other: version,
            }
        }
        // Details set on many contributions at once (the Table view's bulk bar).
        Command::Batch { commands }
            if commands.len() > 1
                && commands
                    .iter()
                    .all(|c| matches!(c, Command::SetNoteDetails { .. })) =>
        {
            with("history-details-many", commands.len(), String::new())
        }
        // A board brought in with its consent settled is told as the board brought in.
        Command::Batch { commands } => commands
            .iter()
            .find(|c| matches!(c, Command::AddBoard { .. }))
            .or(commands.first())
            .map(|shown| describe(shown, project))
            .unwrap_or_default(),
        _ => Description::default(),
    }
}

/// What a theme command did, in words; none for other commands.
fn describe_theme_command(command: &Command, project: &Project) -> Option<Description> {
    match command {
        Command::CreateTheme { title, notes, .. } => {
            Some(with("history-create-theme", notes.len(), title.clone()))
        }
        Command::JoinTheme { theme, notes } => Some(with(
            "history-join-theme",
            notes.len(),
            theme_title(project, *theme),
        )),
        Command::LeaveThemes { moves } => {
            Some(with("history-leave-themes", moves.len(), String::new()))
        }
        Command::MoveTheme { theme, .. } => {
            Some(with("history-move-theme", 0, theme_title(project, *theme)))
        }
        Command::RenameTheme { theme, title } => Some(Description {
            message: "history-rename-theme",
            count: 0,
            name: theme_title(project, *theme),
            other: title.clone(),
        }),
        Command::DissolveTheme { theme } => Some({
            let count = project.themes.get(theme).map_or(0, |t| t.notes.len());
            with(
                "history-dissolve-theme",
                count,
                theme_title(project, *theme),
            )
        }),
        Command::SetThemeMeaning { theme, .. } => Some(with(
            "history-theme-meaning",
            0,
            theme_title(project, *theme),
        )),
        Command::SetThemeColour { theme, .. } => Some(with(
            "history-theme-colour",
            0,
            theme_title(project, *theme),
        )),
        Command::AlsoFits { theme, .. } => {
            Some(with("history-also-fits", 1, theme_title(project, *theme)))
        }
        Command::SetThemeCollapsed { theme, collapsed } => Some(with(
            if *collapsed {
                "history-collapse-theme"
            } else {
                "history-expand-theme"
            },
            0,
            theme_title(project, *theme),
        )),
        Command::MergeThemes { from, into } => Some(Description {
            message: "history-merge-themes",
            count: project.themes.get(from).map_or(0, |t| t.notes.len()),
            name: theme_title(project, *from),
            other: theme_title(project, *into),
        }),
        _ => None,
    }
}

/// What a ranking, voting or drafting command did, in words; none for other commands.
fn describe_definition_command(command: &Command, project: &Project) -> Option<Description> {
    match command {
        Command::SetRanking { .. } | Command::UseVotedOrder { .. } => {
            Some(with("history-ranking", 0, String::new()))
        }
        Command::SetVoting { participants, .. } => {
            Some(with("history-voting", participants.len(), String::new()))
        }
        Command::CastDot { participant, theme } | Command::WithdrawDot { participant, theme } => {
            Some({
                let message = if matches!(command, Command::CastDot { .. }) {
                    "history-cast-dot"
                } else {
                    "history-withdraw-dot"
                };
                Description {
                    message,
                    count: 1,
                    name: project
                        .definition
                        .voting
                        .participants
                        .get(*participant)
                        .cloned()
                        .unwrap_or_default(),
                    other: theme_title(project, *theme),
                }
            })
        }
        // Which phone gave what is never said: a phone's vote is private.
        Command::CastPhoneDot { theme, .. } => {
            Some(with("history-phone-dot", 1, theme_title(project, *theme)))
        }
        Command::WithdrawPhoneDot { theme, .. } => Some(with(
            "history-phone-withdraw",
            1,
            theme_title(project, *theme),
        )),
        Command::SetPaperVotes { theme, count } => Some(with(
            "history-paper-votes",
            *count as usize,
            theme_title(project, *theme),
        )),
        Command::SetDraftText { part, .. } => Some(with(
            part.pick("history-draft", "history-charter-draft"),
            0,
            String::new(),
        )),
        Command::LinkSentence { part, themes, .. } => Some(with(
            part.pick("history-link-sentence", "history-charter-link"),
            themes.len(),
            String::new(),
        )),
        Command::SaveVersion { part, .. } => Some({
            let next = project
                .definition
                .versions_of(*part)
                .last()
                .map_or(1, |v| v.number.saturating_add(1));
            with(
                part.pick("history-save-version", "history-charter-save-version"),
                next as usize,
                String::new(),
            )
        }),
        Command::AddFeedback {
            part,
            version,
            feedback,
        } => Some(with(
            part.pick("history-feedback", "history-charter-feedback"),
            *version as usize,
            feedback.from.clone(),
        )),
        Command::SetVersionStatus {
            part,
            version,
            status,
        } => Some({
            let message = match status {
                crate::model::definition::VersionStatus::Approved { .. } => {
                    part.pick("history-approved", "history-charter-approved")
                }
                _ => part.pick("history-version-status", "history-charter-version-status"),
            };
            with(message, *version as usize, String::new())
        }),
        _ => None,
    }
}
