//! The project as plain data: no egui, no I/O. Everything here is driven by tests without a
//! window; the UI reads it and changes it only through `command::apply`.

pub mod definition;
pub mod difference;
pub mod geometry;
pub mod heading;
pub mod ids;
pub mod import_form;
pub mod layout;
pub mod limits;
pub mod make_space;
pub mod navigation;
pub mod note;
pub mod phones_taken;
pub mod picture;
pub mod project;
pub mod theme;
pub mod tidy;

pub use definition::Definition;
pub use geometry::{BoardPos, BoardRect, BoardVec};
pub use heading::Heading;
pub use ids::{HeadingId, NoteId, ThemeId};
pub use import_form::{AnswerReading, Coded, ColumnUse, ImportForm};
pub use note::{Consent, Language, Note, NoteDetails, NoteKind, Placement, Prompt};
pub use phones_taken::{PhoneArrivalMark, PhonesTaken};
pub use picture::Picture;
pub use project::Project;
pub use theme::{Theme, ThemeColour};
