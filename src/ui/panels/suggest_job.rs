//! Working out suggested groups on another thread, so a large board keeps answering while
//! 10,000 notes are compared. The thread only reads a copy of the notes' words and sends
//! back progress and the result as messages; nothing on it touches the project.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use eframe::egui;

use crate::analysis::meaning::{self, VectorCache};
use crate::analysis::suggest::{
    By, Groupings, NoteWords, Progress, Stopped, group_by_meaning, group_notes,
};

/// Boards with fewer loose notes than this are grouped at once, within the frame (a few
/// milliseconds); larger ones on a thread, with progress.
pub const AT_ONCE_BELOW: usize = 400;

/// What the thread sends.
#[derive(Debug)]
enum Message {
    Progress(Progress),
    Done(Result<Groupings, Stopped>),
}

/// Grouping under way on its thread. Dropping it tells the thread to stop.
#[derive(Debug)]
pub struct Job {
    arrives: Receiver<Message>,
    cancel: Arc<AtomicBool>,
    /// The last progress heard.
    pub progress: Progress,
}

/// What a look at the job found.
pub enum Polled {
    Working,
    Done(Result<Groupings, Stopped>),
}

impl Job {
    /// Starts grouping `notes` on a thread, by meaning (vectors kept in `cache`) or by
    /// words; the window is woken whenever there is news.
    pub fn start(ctx: &egui::Context, notes: Vec<NoteWords>, by: By, cache: &VectorCache) -> Self {
        let cache = cache.clone();
        let (send, arrives) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let stop = Arc::clone(&cancel);
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("cytun-suggest".to_owned())
            .spawn(move || {
                let mut report = |progress: Progress| {
                    let wanted = !stop.load(Ordering::Relaxed)
                        && send.send(Message::Progress(progress)).is_ok();
                    ctx.request_repaint();
                    wanted
                };
                let result = match by {
                    By::Words => group_notes(&notes, &mut report),
                    By::Meaning => {
                        group_by_meaning(&notes, meaning::bundled(), &cache, &mut report)
                    }
                };
                // The receiver may have gone (a new request); nothing is lost then.
                let _ = send.send(Message::Done(result));
                ctx.request_repaint();
            });
        let job = Self {
            arrives,
            cancel,
            progress: match by {
                By::Meaning => Progress::Reading(0.0),
                By::Words => Progress::Comparing(0.0),
            },
        };
        if spawned.is_err() {
            // No thread to be had: the receiver sees it disconnected and says so.
            job.cancel.store(true, Ordering::Relaxed);
        }
        job
    }

    /// Takes what the thread has sent since the last look.
    pub fn poll(&mut self) -> Polled {
        loop {
            match self.arrives.try_recv() {
                Ok(Message::Progress(progress)) => self.progress = progress,
                Ok(Message::Done(result)) => return Polled::Done(result),
                Err(TryRecvError::Empty) => return Polled::Working,
                Err(TryRecvError::Disconnected) => return Polled::Done(Err(Stopped::Cancelled)),
            }
        }
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, NoteId};

    fn wait(job: &mut Job) -> Result<Groupings, Stopped> {
        loop {
            if let Polled::Done(result) = job.poll() {
                return result;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn a_large_board_is_grouped_on_a_thread_with_progress() {
        let notes: Vec<NoteWords> = (0..2_000u64)
            .map(|i| NoteWords {
                id: NoteId(i + 1),
                language: Language::English,
                text: format!("word{} and word{}", i % 50, i % 7),
            })
            .collect();
        let mut job = Job::start(
            &egui::Context::default(),
            notes,
            By::Words,
            &VectorCache::default(),
        );
        let groupings = wait(&mut job).expect("grouped");
        assert_eq!(groupings.note_count(), 2_000);
        assert!(!groupings.at(0.6).is_empty());
        assert_ne!(job.progress, Progress::Comparing(0.0), "progress was heard");
    }
}
