//! The affinity board: an infinite canvas of sticky notes.

pub mod camera;
mod canvas;
mod note_paint;
pub mod pictures;
mod search_bar;
mod theme_paint;
pub mod view;

pub use camera::Camera;
pub use canvas::{canvas_ui, group_selection};
pub use search_bar::search_bar_ui;
pub use view::{BoardView, EditTarget, Highlight, NoteEditor, Search, TitleEditor};
