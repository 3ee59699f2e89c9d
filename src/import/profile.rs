//! What a column's answers look like, whatever its header says: people's own words (an open
//! question), a few choices given again and again, numbers, dates, ids, e-mail addresses…
//! A survey asks anything, so which columns hold contributions is read from the answers.

use std::collections::HashSet;
use std::net::IpAddr;

use super::grid::Grid;
use super::words;

/// What a column's answers are, as far as its answers say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Looks {
    /// Nothing but blanks and placeholders.
    Empty,
    /// People's own words: varied, several words, mostly different from each other.
    Open,
    /// A few answers given again and again (a choice, a rating, yes/no).
    Choice,
    Number,
    /// Dates and times (a response's timestamps).
    Date,
    /// One different code per row (a response id, an import id).
    Identifier,
    Email,
    Phone,
    Postcode,
    IpAddress,
}

/// Counts of what a column holds, read once over every row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Profile {
    /// Cells with something in them.
    pub filled: usize,
    /// Of those, "N/A", "-", "dim" and the like.
    pub placeholders: usize,
    /// Different answers (placeholders aside), compared without case or outer spaces.
    pub distinct: usize,
    /// Words across the answers.
    pub words: usize,
    /// The parts of answers split at `;` and `,` (a tick-box question's choices), and how
    /// many of them differ.
    pub parts: usize,
    pub distinct_parts: usize,
    pub numbers: usize,
    pub dates: usize,
    pub identifiers: usize,
    pub emails: usize,
    pub phones: usize,
    pub postcodes: usize,
    pub ip_addresses: usize,
    pub yes_no: usize,
    /// Answers that name English or Welsh ("Cymraeg", "en").
    pub languages: usize,
}

impl Profile {
    /// The profile of column `index` of `grid`.
    pub fn of(grid: &Grid, index: usize) -> Self {
        Self::of_values(grid.rows.iter().map(|row| row.cell(Some(index))))
    }

    /// The profile of these answers.
    pub fn of_values<'a>(values: impl Iterator<Item = &'a str>) -> Self {
        let mut profile = Self::default();
        let mut seen: HashSet<String> = HashSet::new();
        let mut seen_parts: HashSet<String> = HashSet::new();
        for value in values {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            profile.filled += 1;
            if words::is_placeholder(value) {
                profile.placeholders += 1;
                continue;
            }
            if seen.insert(value.to_lowercase()) {
                profile.distinct += 1;
            }
            profile.words += value.split_whitespace().count();
            for part in value
                .split([';', ','])
                .map(str::trim)
                .filter(|p| !p.is_empty())
            {
                profile.parts += 1;
                if seen_parts.insert(part.to_lowercase()) {
                    profile.distinct_parts += 1;
                }
            }
            profile.count_shape(value);
        }
        profile
    }

    fn count_shape(&mut self, value: &str) {
        if is_number(value) {
            self.numbers += 1;
        } else if value.parse::<IpAddr>().is_ok() {
            self.ip_addresses += 1;
        } else if is_email(value) {
            self.emails += 1;
        } else if is_phone(value) {
            self.phones += 1;
        } else if is_date(value) {
            self.dates += 1;
        } else if is_postcode(value) {
            self.postcodes += 1;
        } else if is_identifier(value) {
            self.identifiers += 1;
        }
        if is_yes_no(value) {
            self.yes_no += 1;
        }
        if !words::squash(value).is_empty() && words::language(value).is_some() {
            self.languages += 1;
        }
    }

    /// Answers that are not placeholders.
    pub fn answers(&self) -> usize {
        self.filled - self.placeholders
    }

    /// Whether most answers (four in five) are of a shape counted as `count`.
    fn mostly(&self, count: usize) -> bool {
        let answers = self.answers();
        answers > 0 && count * 5 >= answers * 4
    }

    /// Whether most answers name English or Welsh: a language column, not a question that
    /// mentions languages.
    pub fn names_languages(&self) -> bool {
        self.answers() > 0 && self.languages * 5 >= self.answers() * 3
    }

    /// What the answers look like.
    pub fn looks(&self) -> Looks {
        let answers = self.answers();
        if answers == 0 {
            return Looks::Empty;
        }
        let shapes = [
            (self.emails, Looks::Email),
            (self.ip_addresses, Looks::IpAddress),
            (self.numbers, Looks::Number),
            (self.dates, Looks::Date),
            (self.phones, Looks::Phone),
            (self.postcodes, Looks::Postcode),
        ];
        if let Some((_, looks)) = shapes.iter().find(|(count, _)| self.mostly(*count)) {
            return *looks;
        }
        if self.mostly(self.identifiers) && self.distinct * 10 >= answers * 9 {
            return Looks::Identifier;
        }
        if self.mostly(self.yes_no) {
            return Looks::Choice;
        }
        if self.is_open() {
            Looks::Open
        } else {
            Looks::Choice
        }
    }

    /// People's own words: two words or more on average, and (past a handful of answers)
    /// mostly different answers made of mostly different parts: a choice repeats, a tick-box
    /// question's combinations repeat their parts.
    fn is_open(&self) -> bool {
        let answers = self.answers();
        let several_words = self.words >= answers * 2;
        if answers < 5 {
            return several_words && self.distinct * 3 >= answers * 2;
        }
        several_words && self.distinct * 5 >= answers * 3 && self.distinct_parts * 2 >= self.parts
    }
}

/// A number as spreadsheets write one: "3", "-1.5", "1,200", "75%", "£20".
fn is_number(value: &str) -> bool {
    let bare: String = value
        .trim_start_matches(['£', '$', '€'])
        .trim_end_matches('%')
        .chars()
        .filter(|c| *c != ',')
        .collect();
    !bare.is_empty() && bare.parse::<f64>().is_ok_and(f64::is_finite)
}

/// A date or a time as tools write them: "2024-03-05 10:22:01", "05/03/2024 10:22",
/// "3/5/2024 10:22:01 AM", "2024-03-05T10:22:01Z", "Mar 5, 2024". Mostly digits, with a
/// separator between them, and letters only for a month, AM/PM or a zone.
fn is_date(value: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if digits < 4 || !value.contains(['-', '/', ':', '.']) {
        return false;
    }
    let letters: String = value
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let month = MONTHS.iter().any(|m| letters.contains(m));
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || c.is_alphabetic() || " -/:.,+TZ".contains(c));
    allowed && (letters.len() <= 6 || (month && letters.len() <= 14))
}

/// An e-mail address.
fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !value.contains(char::is_whitespace)
}

/// A telephone number: nine digits or more, with only `+ ( ) -` and spaces besides.
fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    digits >= 9
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-.".contains(c))
}

/// A UK postcode: "CF10 3AT", "sa1 1aa", "LL57 2DG".
fn is_postcode(value: &str) -> bool {
    let squashed: Vec<char> = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    let n = squashed.len();
    if !(5..=7).contains(&n) {
        return false;
    }
    let (outward, inward) = squashed.split_at(n - 3);
    let inward_ok = inward[0].is_ascii_digit()
        && inward[1].is_ascii_alphabetic()
        && inward[2].is_ascii_alphabetic();
    let outward_ok = outward[0].is_ascii_alphabetic()
        && outward.iter().any(char::is_ascii_digit)
        && outward.iter().all(char::is_ascii_alphanumeric);
    inward_ok && outward_ok
}

/// A code: one token with a digit in it, of letters, digits, `_` and `-` (`R_1abcXYZ`,
/// "4f7a-22"), or a `{"ImportId":…}` cell.
fn is_identifier(value: &str) -> bool {
    if value.starts_with("{\"") {
        return true;
    }
    value.chars().count() >= 4
        && value.chars().any(|c| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// Yes or no, in English or Welsh, or true/false.
fn is_yes_no(value: &str) -> bool {
    matches!(
        words::squash(value).as_str(),
        "yes"
            | "no"
            | "y"
            | "n"
            | "true"
            | "false"
            | "ie"
            | "na"
            | "ydw"
            | "nacydw"
            | "do"
            | "naddo"
            | "oes"
            | "nacoes"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn looks(values: &[&str]) -> Looks {
        Profile::of_values(values.iter().copied()).looks()
    }

    #[test]
    fn peoples_own_words_are_open_and_choices_are_not() {
        assert_eq!(
            looks(&[
                "More time to talk with staff",
                "Being listened to properly",
                "N/A",
                "Bod yn cael fy nghlywed",
                "Less paperwork and more trust",
                "Knowing who to call",
            ]),
            Looks::Open
        );
        let agree = [
            "Strongly agree",
            "Agree",
            "Neither agree nor disagree",
            "Agree",
        ];
        assert_eq!(looks(&agree.repeat(5)), Looks::Choice);
        // A tick-box question's combinations differ, but their parts repeat.
        let ticks = [
            "Email;Phone call",
            "Phone call;Letter in the post",
            "Email;Letter in the post",
            "Letter in the post;Email;Phone call",
            "Email;Phone call;Text message",
            "Text message;Letter in the post",
        ];
        assert_eq!(looks(&ticks), Looks::Choice);
    }

    #[test]
    fn numbers_dates_ids_and_contacts_are_known_by_their_shape() {
        assert_eq!(looks(&["1", "2", "3", "4,000", "75%"]), Looks::Number);
        assert_eq!(
            looks(&[
                "2024/03/05 10:22:01 AM GMT",
                "3/5/2024 10:22",
                "2024-03-05T10:22:01Z"
            ]),
            Looks::Date
        );
        assert_eq!(
            looks(&["R_1abcXYZ", "R_2bcdXYZ", "R_3cdeXYZ"]),
            Looks::Identifier
        );
        assert_eq!(looks(&["a@b.cymru", "x.y@nhs.wales"]), Looks::Email);
        assert_eq!(looks(&["07700 900123", "+44 29 2000 0000"]), Looks::Phone);
        assert_eq!(looks(&["CF10 3AT", "sa1 1aa", "LL57 2DG"]), Looks::Postcode);
        assert_eq!(looks(&["192.168.0.1", "2001:db8::1"]), Looks::IpAddress);
        assert_eq!(looks(&["", "NA", "-", "dim"]), Looks::Empty);
    }

    #[test]
    fn a_column_names_languages_only_when_its_answers_do() {
        let named = Profile::of_values(["Cymraeg", "English", "Saesneg", "cy"].into_iter());
        assert!(named.names_languages());
        let spoken =
            Profile::of_values(["English and Spanish", "Polish", "Urdu, English"].into_iter());
        assert!(!spoken.names_languages());
    }
}
