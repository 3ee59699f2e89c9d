//! Every integration test, in one binary: one link instead of one for each file, and the
//! helpers for driving the window (`ui_common`), the phones' server (`phones_common`) and
//! projects (`common`) shared by all. Each file is a module named for what it tests; run one
//! with `cargo test --release --test all -- ui_board::`.

mod common;
mod phones_common;
mod ui_common;

mod any_survey;
mod board_moves;
mod boards;
mod cli;
mod crash_safety;
mod definition;
mod export;
mod finished_sample;
mod fuzz_loader;
mod i18n;
mod import;
mod locks;
mod meaning;
mod meaning_engine;
mod model;
mod phones;
mod pictures;
mod real_window;
mod room_durability;
mod store;
mod surveys;
mod themes;
mod ui_access;
mod ui_board;
mod ui_decisions;
mod ui_definition;
mod ui_import;
mod ui_keys;
mod ui_layout;
mod ui_safety;
mod ui_themes;
