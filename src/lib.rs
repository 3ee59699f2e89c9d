//! Cytûn ("in agreement"): an affinity board for the co-analysis workshop of co-production.
//!
//! Contributions from a hackathon become sticky notes on a pannable, zoomable board that one
//! facilitator drives in front of a projected screen. The crate is layered so that each layer
//! can be tested alone:
//! - `model`: the project as plain data (no egui, no I/O);
//! - `command`: every change as a `Command`, with exact undo;
//! - `document`: a project open in the app (history, file, unsaved changes);
//! - `store`: the versioned RON file, saved atomically, its backups, recovery copies, lock
//!   and the phones' journal;
//! - `analysis`: words in common, suggested groups, the Table view's rows;
//! - `import`: spreadsheets, survey exports, pictures and other boards coming in;
//! - `export`: the one outbound filter, the privacy check and every report format;
//! - `phones`: the participants' room: the server, its ledger and the page;
//! - `i18n`: English and Welsh words;
//! - `system_fonts`: the machine's fonts, for characters the bundled ones lack;
//! - `settings` and `autosave`: what the window remembers, and when it writes recovery copies;
//! - `ui` and `app`: the eframe window, which reads the model and emits commands;
//! - `files`: reading files to bring in, and the sample built into the binary;
//! - `cli`: the command line (`check`, `import`, `export`, `room`).

pub mod analysis;
pub mod app;
pub mod autosave;
pub mod cli;
pub mod command;
pub mod document;
pub mod export;
pub mod files;
pub mod i18n;
pub mod import;
pub mod model;
pub mod phones;
pub mod settings;
pub mod store;
pub mod system_fonts;
pub mod ui;
