//! Reusing last frame's pixels where nothing changed, in one place. eframe redraws the whole
//! window every frame, and on software OpenGL filling pixels is most of a frame's cost:
//!
//! - `pixel_copy`: copying a part of the window aside and putting it back, as OpenGL blits in
//!   egui paint callbacks, and whether copies are used this session;
//! - `board_pan`: the board, shifted on a pan with only the strips the move uncovered drawn,
//!   and `BoardLook`, everything else its pixels depend on, which the painter reads;
//! - `panels`: the toolbar, side panel and status bar, put back when their shapes are last
//!   frame's.
//!
//! `cytun FILE --pixel-check` (`app::pixel_check`) compares what they give with a whole draw
//! in the real window.

pub mod board_pan;
pub mod panels;
pub mod pixel_copy;
