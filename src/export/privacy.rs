//! Before anything leaves the room: which contributions look like they hold personal
//! details (an e-mail address, a phone number, a postcode, a participant's name). Found
//! by simple rules, so it errs towards asking; the user decides.

use crate::model::{NoteId, Project};

/// What kind of personal detail a contribution seems to hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DetailKind {
    Email,
    Phone,
    Postcode,
    Name,
}

/// One thing that looks personal, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub note: NoteId,
    pub kind: DetailKind,
    /// The text as found, to show and to redact.
    pub text: String,
}

/// Every personal-looking detail in the project's contributions (linked copies once).
pub fn find_personal_details(project: &Project) -> Vec<Finding> {
    let names: Vec<String> = project
        .definition
        .voting
        .participants
        .iter()
        .map(|n| n.trim().to_owned())
        .filter(|n| n.chars().count() >= 3)
        .collect();
    let mut found = Vec::new();
    for note in project.notes.values().filter(|n| n.copy_of.is_none()) {
        for (kind, text) in details_in(&note.text, &names) {
            found.push(Finding {
                note: note.id,
                kind,
                text,
            });
        }
    }
    found
}

/// The personal-looking pieces of `text`.
pub fn details_in(text: &str, names: &[String]) -> Vec<(DetailKind, String)> {
    let mut found = Vec::new();
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if looks_like_email(word) {
            found.push((DetailKind::Email, word.to_owned()));
        }
    }
    found.extend(
        phone_numbers(text)
            .into_iter()
            .map(|p| (DetailKind::Phone, p)),
    );
    found.extend(
        postcodes(text)
            .into_iter()
            .map(|p| (DetailKind::Postcode, p)),
    );
    let lower = text.to_lowercase();
    for name in names {
        if contains_word(&lower, &name.to_lowercase()) {
            found.push((DetailKind::Name, name.clone()));
        }
    }
    found
}

fn looks_like_email(word: &str) -> bool {
    let Some((user, domain)) = word.split_once('@') else {
        return false;
    };
    !user.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

/// Runs of 10 to 13 digits, allowing spaces, dashes, brackets and a leading +: phone
/// numbers as people write them ("01234 567890", "+44 (0)7700-900123").
fn phone_numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            let mut digits = 0;
            let mut end = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || " -()+".contains(chars[i])) {
                if chars[i].is_ascii_digit() {
                    digits += 1;
                    end = i + 1;
                }
                i += 1;
            }
            if (10..=13).contains(&digits) {
                found.push(chars[start..end].iter().collect());
            }
        } else {
            i += 1;
        }
    }
    found
}

/// UK postcodes: "CF10 3NQ", "SA1 1AA", "LL57 2DG" (outward code, space optional, inward
/// code of a digit and two letters).
fn postcodes(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let upper = word.to_uppercase();
        if is_outward(&upper)
            && let Some(next) = words.get(i + 1)
            && is_inward(&next.to_uppercase())
        {
            found.push(format!("{word} {next}"));
        } else if upper.len() >= 5 && upper.is_ascii() {
            let (outward, inward) = upper.split_at(upper.len() - 3);
            if is_outward(outward) && is_inward(inward) {
                found.push((*word).to_owned());
            }
        }
    }
    found
}

fn is_outward(code: &str) -> bool {
    let chars: Vec<char> = code.chars().collect();
    let letters = chars.iter().take_while(|c| c.is_ascii_uppercase()).count();
    (2..=4).contains(&chars.len())
        && (1..=2).contains(&letters)
        && chars.get(letters).is_some_and(char::is_ascii_digit)
        && chars[letters..].iter().all(char::is_ascii_alphanumeric)
}

fn is_inward(code: &str) -> bool {
    let chars: Vec<char> = code.chars().collect();
    chars.len() == 3
        && chars[0].is_ascii_digit()
        && chars[1].is_ascii_uppercase()
        && chars[2].is_ascii_uppercase()
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `text` with each personal detail replaced by `mark`.
pub fn redact(text: &str, names: &[String], mark: &str) -> String {
    let mut result = text.to_owned();
    let mut pieces: Vec<String> = details_in(text, names)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    // Longest first, so a postcode is not half-replaced by a shorter match.
    pieces.sort_by_key(|p| std::cmp::Reverse(p.len()));
    for piece in pieces {
        if piece.is_empty() {
            continue;
        }
        let lower = result.to_lowercase();
        let wanted = piece.to_lowercase();
        // Lower case must keep every character's length, or the offsets found in it would
        // not be offsets in the text.
        let same_shape = |text: &str| {
            text.chars()
                .all(|c| c.to_lowercase().map(char::len_utf8).sum::<usize>() == c.len_utf8())
        };
        if !same_shape(&result) || !same_shape(&piece) {
            // Lower case changed the byte lengths: replace exact matches only.
            result = result.replace(&piece, mark);
            continue;
        }
        // Case-insensitive: a name listed as "Siân" is also found as "siân".
        let mut out = String::with_capacity(result.len());
        let mut last = 0;
        for (at, _) in lower.match_indices(&wanted) {
            out.push_str(&result[last..at]);
            out.push_str(mark);
            last = at + wanted.len();
        }
        out.push_str(&result[last..]);
        result = out;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_emails_phones_postcodes_and_names() {
        let names = vec!["Siân".to_owned(), "Al".to_owned()];
        let found = details_in(
            "Email me at sian.jones@example.org or ring 01234 567890, I live in CF10 3NQ. Siân said so. Also +44 7700-900123.",
            &names,
        );
        let kinds: Vec<DetailKind> = found.iter().map(|(k, _)| *k).collect();
        assert!(kinds.contains(&DetailKind::Email));
        assert!(found.contains(&(DetailKind::Phone, "01234 567890".into())));
        assert!(found.contains(&(DetailKind::Phone, "+44 7700-900123".into())));
        assert!(found.contains(&(DetailKind::Postcode, "CF10 3NQ".into())));
        assert!(found.contains(&(DetailKind::Name, "Siân".into())));
        assert!(details_in("A warm welcome in 2024, 10 out of 10", &names).is_empty());
    }

    proptest::proptest! {
        /// Any text at all (Welsh letters, emoji, stray digits) is checked without a panic,
        /// and redacting it never grows a detail back.
        #[test]
        fn any_text_is_checked_safely(text in "\\PC{0,80}", name in "\\PC{0,8}") {
            let names = vec![name];
            let _ = details_in(&text, &names);
            let redacted = redact(&text, &names, "[x]");
            proptest::prop_assert!(phone_numbers(&redacted).len() <= phone_numbers(&text).len());
        }
    }

    #[test]
    fn redacting_text_whose_letters_change_length_in_lower_case_is_safe() {
        let text = "Ⱥ 01234 567890é ẞ";
        assert_eq!(redact(text, &[], "[x]"), "Ⱥ [x]é ẞ");
    }

    #[test]
    fn redacting_leaves_the_rest() {
        let text = "Ring 01234 567890 or write to me@example.org";
        assert_eq!(
            redact(text, &[], "[removed]"),
            "Ring [removed] or write to [removed]"
        );
    }
}
