//! The affinity board: an infinite canvas of sticky notes.

mod access;
pub mod camera;
mod canvas;
mod editors;
mod focus_ring;
mod grouping;
mod index;
pub mod kept;
mod keys;
pub mod leave_out;
pub mod motion;
mod note_paint;
mod paint;
pub mod pictures;
mod pointer;
mod search_bar;
pub mod theme_paint;
pub mod view;

pub use camera::Camera;
pub use canvas::canvas_ui;
pub use grouping::group_selection;
pub use search_bar::search_bar_ui;
pub use view::{BoardView, EditTarget, Highlight, NoteEditor, Search, TitleEditor};
