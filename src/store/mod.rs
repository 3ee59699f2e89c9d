//! Reading and writing project files. A save is atomic and durable and keeps the previous
//! version as `NAME.ron.bak`; a load never panics and says where a file is wrong.

mod atomic_write;
pub mod error;
mod project_file;

pub use atomic_write::{backup_path, write_atomically};
pub use error::{LoadError, SaveError};
pub use project_file::{
    FORMAT_VERSION, MAX_FILE_BYTES, MAX_NOTE_TEXT_CHARS, MAX_NOTES, load, parse, parse_bytes, save,
    to_ron,
};
