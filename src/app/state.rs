//! The window's state, in parts that say what they own: the open work and what keeps it safe,
//! what the views show, the room (presenting, timer, announcements) and the window itself.
//! What is asked over the board is one `Overlay` (in `overlay.rs`), never a set of flags.

use crate::autosave::AutosaveClock;
use crate::document::Document;
use crate::store::{ProjectLock, RecoveryStore};
use crate::ui::board::{BoardView, Camera};
use crate::ui::definition_view::DefinitionView;
use crate::ui::panels::{self, DetailsDraft};
use crate::ui::rank_view::RankView;
use crate::ui::start_screen::StartScreen;
use crate::ui::timer::FacilitationTimer;
use crate::ui::{CentralView, style};

/// The open project and everything that keeps it safe.
pub(super) struct Work {
    pub document: Document,
    /// Our hold on the open project; dropping it removes the lock file.
    pub lock: Option<ProjectLock>,
    /// Where recovery copies of unsaved work go (none: turned off).
    pub recovery: Option<RecoveryStore>,
    pub autosave: AutosaveClock,
    /// The recovery slot of the untitled project on screen (each untitled project has its own).
    pub untitled_slot: String,
    pub disk: DiskWatch,
}

impl Work {
    pub fn new(document: Document, recovery: Option<RecoveryStore>) -> Self {
        Self {
            document,
            lock: None,
            recovery,
            autosave: AutosaveClock::default(),
            untitled_slot: crate::store::untitled_id(),
            disk: DiskWatch::default(),
        }
    }
}

/// How the file on disk is watched for changes made by another program.
#[derive(Debug, Default)]
pub(super) struct DiskWatch {
    /// When the file was last looked at (egui time, seconds).
    pub last_check: f64,
    /// "The file has gone" was said once; not again until it is back.
    pub missing_reported: bool,
    /// The system's watch on the file, when it can be had.
    pub watch: Option<super::file_watch::FileWatch>,
}

/// What the main area and the side panel show, and each view's own state.
pub(super) struct Views {
    /// The board, the table of contributions, the ranking or the definition.
    pub central: CentralView,
    pub board: BoardView,
    pub rank: RankView,
    pub definition: DefinitionView,
    pub table: crate::ui::table_view::TableView,
    /// The start screen, while it shows (in place of the main area).
    pub start_screen: Option<StartScreen>,
    pub side: SidePanel,
}

impl Views {
    pub fn new() -> Self {
        Self {
            central: CentralView::Board,
            board: BoardView::at_home(),
            rank: RankView::default(),
            definition: DefinitionView::default(),
            table: crate::ui::table_view::TableView::default(),
            start_screen: None,
            side: SidePanel::default(),
        }
    }

    /// A different project is shown: the views start afresh (nothing in them refers to the old
    /// project's notes, themes or voters any more).
    pub fn forget(&mut self) {
        self.board = BoardView::at_home();
        self.start_screen = None;
        self.rank = RankView::default();
        self.table = crate::ui::table_view::TableView::default();
        self.definition = DefinitionView::default();
        // The words counted and the groups suggested were the old project's.
        self.side.words = panels::WordsPanel::default();
    }
}

/// The side panel: which page shows, and the words being typed in it.
#[derive(Debug, Default)]
pub(super) struct SidePanel {
    pub tab: SideTab,
    pub details: DetailsDraft,
    pub theme_draft: panels::ThemeDraft,
    pub theme_order: panels::ThemeOrder,
    pub words: panels::WordsPanel,
}

/// Which page the side panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum SideTab {
    #[default]
    Note,
    Themes,
    Words,
    Outline,
    History,
}

/// What the facilitator runs for the people in the room beyond the board: presentation
/// mode, the timer, the last change said, and the phones' room while it is open.
#[derive(Default)]
pub(super) struct Facilitation {
    /// Presentation mode: full screen, panels hidden, only the board.
    pub presenting: bool,
    /// The board's camera when presentation mode began, given back when it ends.
    pub camera_before_presenting: Option<Camera>,
    pub timer: FacilitationTimer,
    pub announcement: super::announce::Announcement,
    /// The room for phones, while open.
    pub phones: Option<crate::phones::RoomHost>,
}

/// The window itself, as last told to the system.
#[derive(Default)]
pub(super) struct Window {
    pub title_shown: String,
    /// The colour scheme and text size last applied.
    pub applied_look: Option<(style::ColourScheme, f32)>,
    /// Closing was asked for and nothing stands in its way any more.
    pub close_confirmed: bool,
    /// The panels' pixels, put back while they are drawn as they were.
    pub panel_reuse: crate::ui::reuse::panels::PanelReuse,
}
