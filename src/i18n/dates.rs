//! Dates in the chosen language ("25 November 2026", "25 Tachwedd 2026"), without a
//! calendar library: a civil date from the days since 1970 is a few lines of arithmetic.

use std::time::{SystemTime, UNIX_EPOCH};

use super::{Arg, I18n};

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// Year, month (1-12) and day (1-31) of a day counted from 1970-01-01 (Gregorian calendar).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// A moment stored as seconds since 1970; a value past what the clock can hold (a damaged
/// or hostile file) reads as 1970 rather than stopping the app.
pub fn from_unix(seconds: u64) -> SystemTime {
    UNIX_EPOCH
        .checked_add(std::time::Duration::from_secs(seconds))
        .unwrap_or(UNIX_EPOCH)
}

/// The day `when` fell on, written out in the chosen language (UTC).
pub fn date(tr: &I18n, when: SystemTime) -> String {
    let days = match when.duration_since(UNIX_EPOCH) {
        Ok(since) => (since.as_secs() / 86_400) as i64,
        Err(before) => -((before.duration().as_secs() / 86_400) as i64) - 1,
    };
    let (year, month, day) = civil_from_days(days);
    tr.tr_args(
        "date-long",
        &[
            ("day", u64::from(day).into()),
            ("month", Arg::Str(&tr.tr(MONTHS[month as usize - 1]))),
            ("year", (year.max(0) as u64).into()),
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
    fn known_days_and_both_languages() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_782), (2026, 11, 25));
        let when = UNIX_EPOCH + Duration::from_hours(20_782 * 24 + 1);
        assert_eq!(
            date(&I18n::new(UiLanguage::English), when),
            "25 November 2026"
        );
        assert_eq!(
            date(&I18n::new(UiLanguage::Welsh), when),
            "25 Tachwedd 2026"
        );
    }
}
