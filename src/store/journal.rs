//! An append-only journal: what phones were told is kept is written here, one line a record,
//! and synced to disk before they are told. One writer thread takes every record waiting,
//! writes them together and syncs once (a group commit), so a burst of a whole room costs
//! one sync, not one per phone. Records are opaque lines to this layer: the room says what
//! they mean. Read back tolerantly: a line torn by a power cut is skipped, the rest is kept.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::thread::JoinHandle;

/// Largest journal read back: a day of a full room is a few megabytes.
const MAX_JOURNAL_BYTES: u64 = 64 * 1024 * 1024;

/// One record waiting to be written, what to do with it once it is durable, and whom to tell.
struct Waiting<T> {
    line: Vec<u8>,
    payload: T,
    told: tokio::sync::oneshot::Sender<io::Result<()>>,
}

/// What the writer thread is asked to do.
enum Order<T> {
    Append(Waiting<T>),
    /// Empty the file if nothing after `number` (in the room's own numbering) was written:
    /// everything in it is in a saved project.
    ForgetUpTo(u64),
}

/// The journal of one open room. Dropping it (or [`Journal::close`]) writes whatever is
/// still waiting, then stops the thread.
pub struct Journal<T: Send + 'static> {
    orders: Option<Sender<Order<T>>>,
    thread: Option<JoinHandle<()>>,
}

impl<T: Send + 'static> std::fmt::Debug for Journal<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").finish_non_exhaustive()
    }
}

/// Where a journal's records go, and whether they are really written: a room with no folder
/// for its journal (tests, a machine with no data folder) passes records straight on.
#[derive(Debug, Clone)]
pub enum JournalFile {
    At(PathBuf),
    Nowhere,
}

impl<T: Send + 'static> Journal<T> {
    /// Opens (or makes) the journal at `file` for appending. `durable` is called on the
    /// writer thread with each record's payload, in order, once the record is on disk, and
    /// before anyone is told it was kept.
    pub fn open(
        file: &JournalFile,
        number_of: fn(&T) -> u64,
        mut durable: impl FnMut(T) + Send + 'static,
    ) -> io::Result<Self> {
        let mut out = match file {
            JournalFile::At(path) => {
                if let Some(dir) = path.parent() {
                    fs::create_dir_all(dir)?;
                }
                Some(OpenOptions::new().create(true).append(true).open(path)?)
            }
            JournalFile::Nowhere => None,
        };
        let (orders, received) = std::sync::mpsc::channel::<Order<T>>();
        let thread = std::thread::Builder::new()
            .name("cytun-journal".into())
            .spawn(move || {
                let mut last_written = 0_u64;
                while let Some(batch) = next_batch(&received) {
                    let mut appends = Vec::new();
                    for order in batch {
                        match order {
                            Order::Append(waiting) => appends.push(waiting),
                            Order::ForgetUpTo(number) => {
                                // A record not yet written cannot be in the saved project:
                                // with any waiting, the file is kept.
                                if let Some(file) = &mut out
                                    && last_written <= number
                                    && appends.is_empty()
                                {
                                    let _ = file.set_len(0).and_then(|()| file.sync_data());
                                }
                            }
                        }
                    }
                    if appends.is_empty() {
                        continue;
                    }
                    let result = write_and_sync(out.as_mut(), &appends);
                    for waiting in appends {
                        let ok = match &result {
                            Ok(()) => {
                                if !waiting.line.is_empty() {
                                    last_written = last_written.max(number_of(&waiting.payload));
                                }
                                durable(waiting.payload);
                                Ok(())
                            }
                            Err(err) => Err(io::Error::new(err.kind(), err.to_string())),
                        };
                        let _ = waiting.told.send(ok);
                    }
                }
            })?;
        Ok(Self {
            orders: Some(orders),
            thread: Some(thread),
        })
    }

    /// Queues `line` (one record, no line break in it); the answer comes once it is on disk
    /// and `payload` has been handed on. Records are written in the order they are queued.
    /// An empty line writes nothing: its payload is only handed on in its turn.
    pub fn append(
        &self,
        line: Vec<u8>,
        payload: T,
    ) -> tokio::sync::oneshot::Receiver<io::Result<()>> {
        let (told, answer) = tokio::sync::oneshot::channel();
        let waiting = Waiting {
            line,
            payload,
            told,
        };
        match &self.orders {
            Some(orders) => {
                if let Err(std::sync::mpsc::SendError(Order::Append(waiting))) =
                    orders.send(Order::Append(waiting))
                {
                    let _ = waiting
                        .told
                        .send(Err(io::Error::other("the journal is closed")));
                }
            }
            None => {
                let _ = waiting
                    .told
                    .send(Err(io::Error::other("the journal is closed")));
            }
        }
        answer
    }

    /// The project was saved with every record up to `number` in it: the file may be emptied
    /// (only if nothing after it was written).
    pub fn forget_up_to(&self, number: u64) {
        if let Some(orders) = &self.orders {
            let _ = orders.send(Order::ForgetUpTo(number));
        }
    }

    /// Writes whatever is waiting, hands it on, and stops.
    pub fn close(&mut self) {
        self.orders = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl<T: Send + 'static> Drop for Journal<T> {
    fn drop(&mut self) {
        self.close();
    }
}

/// Everything waiting now, after waiting for the first (none once the journal is closed and
/// nothing is left).
fn next_batch<T>(received: &Receiver<T>) -> Option<Vec<T>> {
    let first = received.recv().ok()?;
    let mut batch = vec![first];
    batch.extend(received.try_iter());
    Some(batch)
}

fn write_and_sync<T>(out: Option<&mut File>, appends: &[Waiting<T>]) -> io::Result<()> {
    let Some(file) = out else {
        return Ok(());
    };
    let mut bytes = Vec::with_capacity(appends.iter().map(|w| w.line.len() + 1).sum());
    // An empty line is a payload only passed on in its turn (a phone joining): nothing to keep.
    for waiting in appends.iter().filter(|w| !w.line.is_empty()) {
        bytes.extend_from_slice(&waiting.line);
        bytes.push(b'\n');
    }
    if bytes.is_empty() {
        return Ok(());
    }
    file.write_all(&bytes)?;
    file.sync_data()
}

/// The journal's records, oldest first. A line cut short by a crash (no line break after it)
/// is left out: it was never reported kept. None when there is no journal.
pub fn read_lines(path: &Path) -> io::Result<Vec<String>> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(err),
    };
    let mut bytes = Vec::new();
    file.take(MAX_JOURNAL_BYTES).read_to_end(&mut bytes)?;
    let complete = bytes
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |at| at + 1);
    Ok(String::from_utf8_lossy(&bytes[..complete])
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect())
}

/// Removes the journal: everything in it is in a saved project and no room writes to it.
pub fn remove(path: &Path) {
    let _ = fs::remove_file(path);
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;

    #[test]
    fn records_are_on_disk_before_they_are_answered_and_handed_on_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("room.phones");
        let handed = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = std::sync::Arc::clone(&handed);
        let check = path.clone();
        let mut journal = Journal::open(
            &JournalFile::At(path.clone()),
            |n: &u64| *n,
            move |n| {
                // Handed on only once its line can be read back.
                let lines = read_lines(&check).unwrap();
                assert!(lines.iter().any(|l| l == &format!("record {n}")));
                seen.lock().unwrap().push(n);
            },
        )
        .unwrap();
        let answers: Vec<_> = (1..=50)
            .map(|n| journal.append(format!("record {n}").into_bytes(), n))
            .collect();
        for answer in answers {
            answer.blocking_recv().unwrap().unwrap();
        }
        assert_eq!(*handed.lock().unwrap(), (1..=50).collect::<Vec<u64>>());
        // Emptied only when nothing after the saved number was written.
        journal.forget_up_to(49);
        journal
            .append(b"record 51".to_vec(), 51)
            .blocking_recv()
            .unwrap()
            .unwrap();
        assert_eq!(read_lines(&path).unwrap().len(), 51);
        journal.forget_up_to(51);
        journal.close();
        assert!(read_lines(&path).unwrap().is_empty());
    }

    #[test]
    fn a_line_torn_by_a_crash_is_left_out_and_the_rest_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("room.phones");
        fs::write(&path, "one\ntwo\nthr").unwrap();
        assert_eq!(read_lines(&path).unwrap(), vec!["one", "two"]);
        assert!(read_lines(&dir.path().join("none")).unwrap().is_empty());
    }
}
