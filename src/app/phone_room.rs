//! The room for phones, as the window runs it: open and close it, choose what phones do,
//! and once a frame take in what they did, each arrival one ordinary command on this (the
//! one writing) thread, then hand the server a fresh view if anything changed.

use eframe::egui;

use super::CytunApp;
use crate::i18n::Arg;
use crate::phones::host::JournalFile;
use crate::phones::journal::{all_taken_in, command_for_record, journal_path, not_taken_in};
use crate::phones::{Phase, RoomHost};
use crate::ui::CentralView;

impl CytunApp {
    /// The open room, if any (for tests and the panel).
    pub fn phone_room(&self) -> Option<&RoomHost> {
        self.facilitation.phones.as_ref()
    }

    /// Opens the room with phones doing `phase` (benchmarks; the window uses its button).
    pub fn open_phone_room(&mut self, ctx: &egui::Context, phase: Phase) {
        if self.facilitation.phones.is_none() {
            self.toggle_room(ctx);
        }
        self.set_room_phase(phase);
    }

    /// Opens the room (or closes it, if open).
    pub(super) fn toggle_room(&mut self, ctx: &egui::Context) {
        if self.facilitation.phones.is_some() {
            self.close_room_quietly();
            self.messages.info_said(&self.tr, "room-closed", &[]);
            return;
        }
        let wake_ctx = ctx.clone();
        let wake: crate::phones::server::Wake =
            std::sync::Arc::new(move || wake_ctx.request_repaint());
        match RoomHost::open(
            self.room_options,
            self.work.document.project(),
            &self.tr,
            &wake,
            &self.journal_file(),
        ) {
            Ok(room) => {
                self.facilitation.phones = Some(room);
                self.messages.info_said(&self.tr, "room-opened", &[]);
            }
            Err(err) => self.messages.error_said(
                &self.tr,
                "room-open-failed",
                &[("reason", Arg::Str(&err.to_string()))],
            ),
        }
    }

    /// Closes the room without a word: the listener stops, and everything phones were
    /// told was kept is taken in before it goes (it is in the journal too, until a save
    /// holds it).
    pub(super) fn close_room_quietly(&mut self) {
        if let Some(mut room) = self.facilitation.phones.take() {
            room.stop();
            while let Some(command) = room.next_command(self.work.document.project(), &self.tr) {
                let _ = self.work.document.take_in(command);
            }
        }
    }

    /// Where the open project's room keeps what phones were told is kept: beside its
    /// recovery copy (nowhere when recovery copies are off).
    fn journal_file(&self) -> JournalFile {
        match &self.work.recovery {
            Some(store) => JournalFile::At(journal_path(store, self.recovery_slot())),
            None => JournalFile::Nowhere,
        }
    }

    /// Takes in what the project's journal holds and the project lacks: arrivals a phone
    /// was told were kept, before a crash or a close that left them unsaved. Called when a
    /// project is opened, and again when its recovery copy is taken (which holds another
    /// set of them).
    pub(super) fn take_in_journal(&mut self) {
        let JournalFile::At(path) = self.journal_file() else {
            return;
        };
        let records = match not_taken_in(&path, &self.work.document.project().phones) {
            Ok(records) => records,
            Err(err) => {
                self.messages.error_said(
                    &self.tr,
                    "phones-journal-unreadable",
                    &[
                        ("reason", Arg::Str(&err.to_string())),
                        ("path", Arg::Str(&path.display().to_string())),
                    ],
                );
                return;
            }
        };
        if records.is_empty() {
            return;
        }
        let words = crate::phones::host::arrival_words(&self.tr);
        for record in &records {
            let command = command_for_record(self.work.document.project(), record, &words);
            let _ = self.work.document.take_in(command);
        }
        self.messages.info_said(
            &self.tr,
            "phones-journal-taken-in",
            &[("count", records.len().into())],
        );
    }

    /// After a save of the open project: its journal goes once the file holds all of it
    /// (while the room is open, the room empties it itself).
    pub(super) fn forget_saved_arrivals(&mut self) {
        if let Some(room) = &self.facilitation.phones {
            room.saved(self.work.document.project());
            return;
        }
        if let JournalFile::At(path) = self.journal_file()
            && path.exists()
            && all_taken_in(&path, &self.work.document.project().phones)
        {
            crate::store::journal::remove(&path);
        }
    }

    pub(super) fn set_room_phase(&mut self, phase: Phase) {
        if let Some(room) = &mut self.facilitation.phones {
            room.set_phase(phase);
            // Sense-checking starts on the newest version still open to feedback.
            if phase == Phase::SenseCheck {
                room.set_version(crate::phones::host::latest_open_version(
                    self.work.document.project(),
                ));
            }
        }
    }

    pub(super) fn set_room_version(&mut self, version: crate::model::definition::VersionId) {
        if let Some(room) = &mut self.facilitation.phones {
            room.set_version(Some(version));
        }
    }

    /// Shows the room the votes (on the Rank view's chart), or hides them again.
    pub(super) fn reveal_votes(&mut self, reveal: bool) {
        if let Some(room) = &mut self.facilitation.phones {
            room.revealed = reveal;
            if reveal {
                self.views.central = CentralView::Rank;
            }
        }
    }

    /// Whether the Rank view keeps the phones' dots out of its counts: while phones vote and
    /// the votes have not been shown, the projector does not give away how it is going.
    pub(super) fn phone_votes_hidden(&self) -> bool {
        self.facilitation
            .phones
            .as_ref()
            .is_some_and(|room| room.phase() == Phase::Vote && !room.revealed)
    }

    /// What phones did since the last frame, taken in one command each; then the view
    /// they are served, made anew if the project or the phase changed.
    pub(super) fn take_in_phones(&mut self) {
        let Some(room) = &mut self.facilitation.phones else {
            return;
        };
        while let Some(command) = room.next_command(self.work.document.project(), &self.tr) {
            // Refused (a dot on a theme merged away a moment ago): the phone hears it from
            // the next view, and the facilitator is not interrupted.
            let _ = self.work.document.take_in(command);
        }
        room.publish(
            self.work.document.project(),
            self.work.document.state_id(),
            &self.tr,
        );
    }
}
