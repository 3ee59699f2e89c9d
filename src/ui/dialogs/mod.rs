//! Modal dialogs and messages: choosing a file, confirming before unsaved work is dropped,
//! the questions asked before something is brought in or exported, and telling the user what
//! happened. Each dialog's state is here with its window; `app/` only acts on the answer.

mod board_prompt;
mod confirm;
mod export;
mod feedback_prompt;
mod file_dialog;
mod import_prompt;
mod messages;
mod move_to_theme;
mod safety_prompts;
mod sheet_reading;
mod shortcuts;
mod unsaved_changes;

pub use board_prompt::{BoardPrompt, board_prompt_ui};
pub use confirm::{Question, confirm_ui, prompt_ui};
pub use export::{ExportDialog, ExportKind, export_dialog_ui};
pub use feedback_prompt::{FeedbackPrompt, feedback_prompt_ui};
pub use file_dialog::{FileDialog, FileDialogOutcome, FilePurpose};
pub use import_prompt::{Arriving, ImportPrompt, import_prompt_ui};
pub use messages::Messages;
pub use move_to_theme::{MoveChoice, MoveToTheme};
pub use safety_prompts::{PromptChoice, changed_on_disk_ui, recovery_ui, restore_backup_ui};
pub use sheet_reading::SheetReading;
pub use shortcuts::shortcuts_ui;
pub use unsaved_changes::{UnsavedChoice, unsaved_changes_ui};
