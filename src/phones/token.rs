//! The secrets of an open room: the join token in the address on the projector (128 bits
//! from the system's random source), each phone's own device token, and the short join code
//! someone can type instead of scanning. Compared in constant time, so a guess learns
//! nothing from how long the answer took.

use std::fmt;

/// Letters and digits that cannot be misread on a projector (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";
/// Characters in a join code: 25^8 ≈ 2^37 codes, and wrong guesses are slowed down.
const CODE_LENGTH: usize = 8;

/// A random secret of 128 bits, written as 32 lower-case hex digits.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Token(String);

impl Token {
    /// A fresh token; none if the system has no random source to give one.
    pub fn new() -> Option<Self> {
        let mut bytes = [0_u8; 16];
        getrandom::fill(&mut bytes).ok()?;
        let hex = bytes.iter().fold(String::with_capacity(32), |mut hex, b| {
            use std::fmt::Write as _;
            let _ = write!(hex, "{b:02x}");
            hex
        });
        Some(Self(hex))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `offered` is this token, in time that does not depend on where they differ.
    pub fn matches(&self, offered: &str) -> bool {
        same_in_constant_time(self.0.as_bytes(), offered.as_bytes())
    }
}

/// Never printed whole: a token in a log line would be a way in.
impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(…)")
    }
}

/// A short code to type at the room's address, for a phone that cannot scan: "KXQ4-N7HD".
#[derive(Clone, PartialEq, Eq)]
pub struct JoinCode(String);

impl JoinCode {
    pub fn new() -> Option<Self> {
        let mut bytes = [0_u8; CODE_LENGTH];
        getrandom::fill(&mut bytes).ok()?;
        // 256 is not a multiple of 25: the small bias this leaves costs less than a bit.
        let code = bytes
            .iter()
            .map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char)
            .collect();
        Some(Self(code))
    }

    /// As shown on the projector: two groups of four.
    pub fn shown(&self) -> String {
        let (first, second) = self.0.split_at(CODE_LENGTH / 2);
        format!("{first}-{second}")
    }

    /// Whether `typed` is this code: case, spaces and dashes do not matter.
    pub fn matches(&self, typed: &str) -> bool {
        let typed: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect();
        same_in_constant_time(self.0.as_bytes(), typed.as_bytes())
    }
}

impl fmt::Debug for JoinCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JoinCode(…)")
    }
}

/// Compares every byte whatever the first difference: only the length is learnt, and every
/// token has the same length.
fn same_in_constant_time(expected: &[u8], offered: &[u8]) -> bool {
    if expected.len() != offered.len() {
        return false;
    }
    let difference = expected
        .iter()
        .zip(offered)
        .fold(0_u8, |acc, (a, b)| acc | (a ^ b));
    std::hint::black_box(difference) == 0
}

#[cfg(test)]
#[expect(clippy::unwrap_used, reason = "a failing test should stop loudly")]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_128_random_bits_and_matches_only_itself() {
        let token = Token::new().unwrap();
        assert_eq!(token.as_str().len(), 32);
        assert!(token.as_str().chars().all(|c| c.is_ascii_hexdigit()));
        assert!(token.matches(token.as_str()));
        assert!(!token.matches(&token.as_str()[..31]));
        assert!(!token.matches(""));
        let mut wrong = token.as_str().to_owned();
        wrong.replace_range(31.., if wrong.ends_with('0') { "1" } else { "0" });
        assert!(!token.matches(&wrong));
        assert_ne!(
            Token::new().unwrap(),
            token,
            "two rooms never share a token"
        );
        assert_eq!(format!("{token:?}"), "Token(…)");
    }

    #[test]
    fn a_join_code_is_typed_any_way_and_shown_in_two_groups() {
        let code = JoinCode::new().unwrap();
        let shown = code.shown();
        assert_eq!(shown.len(), 9);
        assert!(code.matches(&shown));
        assert!(code.matches(&shown.to_lowercase().replace('-', " ")));
        assert!(!code.matches(&shown[..8]));
    }
}
