//! The panels around the board: toolbar, note details and status bar.

mod note_details;
mod status_bar;
mod toolbar;

pub use note_details::{DetailsDraft, note_details_ui};
pub use status_bar::status_bar_ui;
pub use toolbar::{ToolbarState, toolbar_ui};
