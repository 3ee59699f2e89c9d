//! Reading and writing project files. A save is atomic and durable and keeps the previous
//! version as `NAME.ron.bak`; a load never panics and says where a file is wrong.

mod atomic_write;
mod disk_stamp;
pub mod error;
pub mod journal;
mod lock;
pub mod process;
mod project_file;
mod recovery;
pub mod summary;

pub use atomic_write::{backup_path, write_atomically, write_file_atomically};
pub use disk_stamp::DiskStamp;
pub use error::{LoadError, SaveError};
pub use lock::{LockHolder, ProjectLock, lock_path};
pub use project_file::{
    FORMAT_VERSION, MAX_FILE_BYTES, MAX_NOTE_TEXT_CHARS, MAX_NOTES, MAX_PICTURE_BYTES, load, parse,
    parse_bytes, save, to_ron,
};
pub use recovery::{Recovered, RecoveryStore, Slot, untitled_id};
