//! The two texts a group drafts from its themes, the definition and the charter, and the
//! pieces each is linked to themes by: the definition's sentences, the charter's principles
//! (one per line). Links, coverage and the trace all split a text the same way through here.

use serde::{Deserialize, Serialize};

use super::sentences;

/// Which text is meant: the definition, or the charter of principles drafted after it.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    #[default]
    Definition,
    Charter,
}

impl Part {
    pub const ALL: [Self; 2] = [Self::Definition, Self::Charter];

    /// `definition` or `charter`, whichever this part is: what each part has its own of
    /// (its words in the History, its headings in a report).
    pub fn pick<T>(self, definition: T, charter: T) -> T {
        match self {
            Self::Definition => definition,
            Self::Charter => charter,
        }
    }

    /// The pieces of `text` that link to themes, with their byte offsets: sentences of the
    /// definition, principles of the charter.
    pub fn pieces(self, text: &str) -> Vec<(usize, String)> {
        match self {
            Self::Definition => sentences(text),
            Self::Charter => principles(text),
        }
    }

    /// The piece the cursor (a byte offset) is in, or next to.
    pub fn piece_at(self, text: &str, cursor: usize) -> Option<String> {
        let all = self.pieces(text);
        all.iter()
            .rev()
            .find(|(start, _)| *start <= cursor)
            .or_else(|| all.first())
            .map(|(_, piece)| piece.clone())
    }
}

/// One version of the definition or of the charter: which text, and its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VersionId {
    pub part: Part,
    pub number: u32,
}

/// The principles of a charter: one per line, trimmed, without the bullet or number a person
/// may have typed before it ("- ", "• ", "3. ", "3) "), so "We will listen." is the same
/// principle however the list is marked. Empty lines are left out.
pub fn principles(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        let unmarked = without_marker(body).trim_start();
        let principle = unmarked.trim_end();
        if !principle.is_empty() {
            found.push((start + line.len() - unmarked.len(), principle.to_owned()));
        }
        start += line.len();
    }
    found
}

/// `line` without a leading list marker: a dash, star or bullet, or a number with a full stop
/// or bracket, followed by a space.
fn without_marker(line: &str) -> &str {
    for bullet in ["- ", "* ", "• ", "– "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return rest;
        }
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        for mark in [". ", ") "] {
            if let Some(rest) = rest.strip_prefix(mark) {
                return rest;
            }
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principles_are_lines_without_their_markers() {
        let text = "We will pay people for their time.\n\n- We will meet where people are.\n  2. We will say it in Welsh and English.\n• We will listen. Then we will act.\n2026 is the year we start.";
        let found: Vec<String> = principles(text).into_iter().map(|(_, p)| p).collect();
        assert_eq!(
            found,
            [
                "We will pay people for their time.",
                "We will meet where people are.",
                "We will say it in Welsh and English.",
                "We will listen. Then we will act.",
                "2026 is the year we start.",
            ]
        );
        // Offsets point at the principle itself, so the cursor finds it.
        for (at, principle) in principles(text) {
            assert!(text[at..].starts_with(&principle));
        }
        let cursor = text.find("Welsh").unwrap_or_default();
        assert_eq!(
            Part::Charter.piece_at(text, cursor).as_deref(),
            Some("We will say it in Welsh and English.")
        );
        // The definition splits the same line into its sentences.
        assert_eq!(
            Part::Definition
                .piece_at(text, text.find("Then").unwrap_or_default())
                .as_deref(),
            Some("Then we will act.")
        );
    }
}
