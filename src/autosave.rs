//! When to write a recovery copy: shortly after the user pauses, and at least every five
//! seconds while changes keep coming (a room of phones sends without a pause), so a crash
//! never costs more than about five seconds of what is only in memory.
//! Pure timing logic (times are seconds on any clock), tested without a window.

/// Write this long after the last change...
pub const IDLE_SECS: f64 = 2.0;
/// ...but never let unsaved work wait longer than this, however steady the changes.
pub const MAX_WAIT_SECS: f64 = 5.0;

/// What to do this frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Decision {
    /// Nothing unsaved, or it is already in the recovery copy.
    Idle,
    /// Check again in this many seconds.
    WaitFor(f64),
    /// Write the recovery copy now.
    Write,
}

/// Tracks changes since the last recovery copy.
#[derive(Debug, Default, Clone)]
pub struct AutosaveClock {
    seen_state: Option<u64>,
    last_change: Option<f64>,
    first_unwritten: Option<f64>,
}

impl AutosaveClock {
    /// Call every frame with the document's state id and whether it has unsaved changes.
    pub fn tick(&mut self, state: u64, dirty: bool, now: f64) -> Decision {
        if self.seen_state != Some(state) {
            self.seen_state = Some(state);
            self.last_change = Some(now);
            self.first_unwritten.get_or_insert(now);
        }
        if !dirty {
            self.last_change = None;
            self.first_unwritten = None;
            return Decision::Idle;
        }
        let (Some(last), Some(first)) = (self.last_change, self.first_unwritten) else {
            return Decision::Idle;
        };
        let due = (last + IDLE_SECS).min(first + MAX_WAIT_SECS);
        if now >= due {
            Decision::Write
        } else {
            Decision::WaitFor(due - now)
        }
    }

    /// The recovery copy now holds the current state.
    pub fn written(&mut self) {
        self.last_change = None;
        self.first_unwritten = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_after_a_pause_and_not_before() {
        let mut clock = AutosaveClock::default();
        assert_eq!(clock.tick(0, false, 0.0), Decision::Idle);
        assert_eq!(clock.tick(1, true, 10.0), Decision::WaitFor(IDLE_SECS));
        assert_eq!(clock.tick(1, true, 10.0 + IDLE_SECS), Decision::Write);
        clock.written();
        assert_eq!(clock.tick(1, true, 20.0), Decision::Idle);
    }

    #[test]
    fn a_steady_stream_of_changes_is_written_within_five_seconds_of_each() {
        let mut clock = AutosaveClock::default();
        let step = 0.1;
        // Phones sending ten times a second for a minute: the pause never comes.
        let (mut changes, mut writes) = (Vec::new(), Vec::new());
        for tick in 0..600_u32 {
            let now = f64::from(tick) * step;
            changes.push(now);
            if clock.tick(u64::from(tick), true, now) == Decision::Write {
                writes.push(now);
                clock.written();
            }
        }
        assert!(writes.len() >= 10, "{writes:?}");
        for change in changes.iter().filter(|t| **t < 54.0) {
            let written = writes.iter().find(|w| *w >= change).copied();
            assert!(
                written.is_some_and(|w| w - change <= MAX_WAIT_SECS + 1e-9),
                "the change at {change} s waited until {written:?}"
            );
        }
    }

    #[test]
    fn saving_clears_the_pending_write() {
        let mut clock = AutosaveClock::default();
        clock.tick(1, true, 0.0);
        assert_eq!(clock.tick(1, false, 5.0), Decision::Idle);
    }
}
