//! Dates in the chosen language ("25 November 2026", "25 Tachwedd 2026"), on the calendar
//! of the user's own time zone (`jiff`, with the system's time-zone database): an approval
//! at 00:30 in Cardiff in summer is dated that day, not the day before as UTC would have it.

use std::time::{SystemTime, UNIX_EPOCH};

use jiff::tz::TimeZone;

use super::{Arg, I18n};

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// A moment stored as seconds since 1970; a value past what the clock can hold (a damaged
/// or hostile file) reads as 1970 rather than stopping the app.
pub fn from_unix(seconds: u64) -> SystemTime {
    UNIX_EPOCH
        .checked_add(std::time::Duration::from_secs(seconds))
        .unwrap_or(UNIX_EPOCH)
}

/// The day `when` fell on where the user is, written out in the chosen language.
pub fn date(tr: &I18n, when: SystemTime) -> String {
    date_in(tr, when, &TimeZone::system())
}

/// The day `when` fell on in `zone`. A moment the calendar cannot hold reads as 1970.
pub fn date_in(tr: &I18n, when: SystemTime, zone: &TimeZone) -> String {
    let moment = jiff::Timestamp::try_from(when).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let day = moment.to_zoned(zone.clone()).date();
    let month = usize::try_from(day.month()).unwrap_or(1).clamp(1, 12);
    tr.tr_args(
        "date-long",
        &[
            ("day", i64::from(day.day()).unsigned_abs().into()),
            ("month", Arg::Str(&tr.tr(MONTHS[month - 1]))),
            ("year", i64::from(day.year()).max(0).unsigned_abs().into()),
        ],
    )
}

/// "3 hours ago" for the last week, else the date: how people say when something changed.
pub fn when_changed(tr: &I18n, then: SystemTime, now: SystemTime) -> String {
    let recent = now
        .duration_since(then)
        .is_ok_and(|d| d.as_secs() < 7 * 86_400);
    if recent {
        super::time_ago(tr, then, now)
    } else {
        date(tr, then)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::i18n::UiLanguage;

    #[test]
    fn dates_in_both_languages_on_the_local_calendar() {
        // 25 November 2026, 01:00 UTC.
        let when = UNIX_EPOCH + Duration::from_hours(20_782 * 24 + 1);
        let utc = TimeZone::UTC;
        assert_eq!(
            date_in(&I18n::new(UiLanguage::English), when, &utc),
            "25 November 2026"
        );
        assert_eq!(
            date_in(&I18n::new(UiLanguage::Welsh), when, &utc),
            "25 Tachwedd 2026"
        );
        // Two hours behind UTC it is still the 24th.
        let behind = TimeZone::fixed(jiff::tz::offset(-2));
        assert_eq!(
            date_in(&I18n::new(UiLanguage::English), when, &behind),
            "24 November 2026"
        );
        // Past what the calendar holds: 1970, not a panic.
        let far = UNIX_EPOCH + Duration::from_secs(u64::MAX / 4);
        assert_eq!(
            date_in(&I18n::new(UiLanguage::English), far, &utc),
            "1 January 1970"
        );
    }
}
