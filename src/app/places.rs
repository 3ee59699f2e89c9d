//! Where the facilitator was in a project (the view, the side tab, the board's camera),
//! remembered when they leave it and given back when it opens again: an hour's work resumes
//! where it stopped, not at the top left at 100 %.

use std::path::Path;

use super::CytunApp;
use super::state::SideTab;
use crate::model::BoardPos;
use crate::settings::ProjectPlace;
use crate::ui::CentralView;
use crate::ui::board::camera::{Camera, MAX_ZOOM, MIN_ZOOM};

const VIEWS: [(CentralView, &str); 4] = [
    (CentralView::Board, "board"),
    (CentralView::Table, "table"),
    (CentralView::Rank, "rank"),
    (CentralView::Definition, "definition"),
];

const TABS: [(SideTab, &str); 5] = [
    (SideTab::Note, "note"),
    (SideTab::Themes, "themes"),
    (SideTab::Words, "words"),
    (SideTab::Outline, "outline"),
    (SideTab::History, "history"),
];

/// The name `value` is kept under.
fn name_of<T: PartialEq>(pairs: &[(T, &'static str)], value: &T) -> String {
    pairs
        .iter()
        .find(|(v, _)| v == value)
        .map_or("", |(_, n)| *n)
        .to_owned()
}

impl CytunApp {
    /// Keeps where the facilitator is in the open project (if it has a file), for the next
    /// time it opens.
    pub(super) fn remember_place(&mut self) {
        let Some(project) = self.work.document.path() else {
            return;
        };
        if self.views.start_screen.is_some() {
            return;
        }
        // Presentation mode moves the camera for the room: the facilitator's own is kept.
        let camera = self
            .facilitation
            .camera_before_presenting
            .unwrap_or(self.views.board.camera);
        let place = ProjectPlace {
            project: project.to_owned(),
            view: name_of(&VIEWS, &self.views.central),
            side_tab: name_of(&TABS, &self.views.side.tab),
            center: (camera.center.x, camera.center.y),
            zoom: camera.zoom,
        };
        self.settings.remember_place(place);
    }

    /// Goes back to where the facilitator was in `project`, if they have been in it. A place
    /// that makes no sense (a damaged settings store) is passed over.
    pub(super) fn return_to_place(&mut self, project: &Path) {
        let Some(place) = self.settings.place(project) else {
            return;
        };
        if let Some((view, _)) = VIEWS.iter().find(|(_, n)| *n == place.view) {
            self.views.central = *view;
        }
        if let Some((tab, _)) = TABS.iter().find(|(_, n)| *n == place.side_tab) {
            self.views.side.tab = *tab;
        }
        let (x, y) = place.center;
        if x.is_finite() && y.is_finite() && (MIN_ZOOM..=MAX_ZOOM).contains(&place.zoom) {
            self.views.board.look_at(Camera {
                center: BoardPos::new(x, y),
                zoom: place.zoom,
            });
        }
    }
}
