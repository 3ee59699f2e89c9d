//! "5 minutes ago" in the chosen language: plain, and free of time-zone and date-format
//! questions, which is what people need when choosing between two versions.

use std::time::SystemTime;

use super::{Arg, I18n};

/// How long before `now` the moment `then` was.
pub fn time_ago(tr: &I18n, then: SystemTime, now: SystemTime) -> String {
    let secs = now.duration_since(then).map_or(0, |d| d.as_secs());
    let (id, count) = match secs {
        0..60 => ("time-seconds-ago", secs),
        60..3600 => ("time-minutes-ago", secs / 60),
        3600..86_400 => ("time-hours-ago", secs / 3600),
        _ => ("time-days-ago", secs / 86_400),
    };
    tr.tr_args(id, &[("count", Arg::from(count))])
}
