//! Modal dialogs and messages: choosing a file, confirming before unsaved work is dropped, and
//! telling the user what happened.

mod confirm;
mod export;
mod file_dialog;
mod messages;
mod move_to_theme;
mod safety_prompts;
mod shortcuts;
mod unsaved_changes;

pub use confirm::{Question, confirm_ui, prompt_ui};
pub use export::{ExportDialog, ExportKind, export_dialog_ui};
pub use file_dialog::{FileDialog, FileDialogOutcome, FilePurpose};
pub use messages::Messages;
pub use move_to_theme::{MoveChoice, MoveToTheme};
pub use safety_prompts::{PromptChoice, changed_on_disk_ui, recovery_ui, restore_backup_ui};
pub use shortcuts::shortcuts_ui;
pub use unsaved_changes::{UnsavedChoice, unsaved_changes_ui};
