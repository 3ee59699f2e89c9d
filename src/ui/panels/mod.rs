//! The panels around the board: toolbar, note details and status bar.

mod history_panel;
mod note_details;
mod outline_panel;
mod status_bar;
mod suggest_job;
mod suggest_panel;
mod theme_details;
mod themes_panel;
mod toolbar;
mod words_panel;

pub use history_panel::history_panel_ui;
pub use note_details::{DetailsDraft, note_details_ui};
pub use outline_panel::outline_panel_ui;
pub use status_bar::{status_bar_ui, zoom_ui};
pub use suggest_panel::SuggestPanel;
pub use theme_details::{ThemeDraft, theme_details_ui};
pub use themes_panel::{ThemeOrder, themes_panel_ui};
pub use toolbar::{ToolbarState, display_ui, language_ui, room_button_ui, toolbar_ui};
pub use words_panel::{WordsPanel, words_panel_ui};
