//! Splitting a draft definition into sentences as a reader would: the piece of a definition
//! that links to themes, so links and coverage all split the text the same way.

/// The sentences of a draft, as a reader would split them: at ., ! or ? followed by a
/// space or the end, and at line breaks. Each is trimmed; empty ones are left out.
pub fn sentences(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        // After a full stop a new sentence starts with a capital (so "e.g. carers" is one).
        let next_word = chars[i + 1..]
            .iter()
            .map(|&(_, n)| n)
            .find(|n| !n.is_whitespace());
        let starts_sentence = |n: char| n.is_uppercase() || n.is_numeric() || "\"“‘'(".contains(n);
        let ends = match c {
            '\n' => true,
            '!' | '?' => next.is_none_or(char::is_whitespace),
            '.' => next.is_none_or(char::is_whitespace) && next_word.is_none_or(starts_sentence),
            _ => false,
        };
        if ends {
            let end = at + c.len_utf8();
            push_sentence(&mut found, text, start, end);
            start = end;
        }
    }
    push_sentence(&mut found, text, start, text.len());
    found
}

fn push_sentence(found: &mut Vec<(usize, String)>, text: &str, start: usize, end: usize) {
    let piece = &text[start..end];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let offset = start + (piece.len() - piece.trim_start().len());
        found.push((offset, trimmed.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_where_a_reader_would() {
        let text = "Co-production is sharing power. It feels like home!\nEveryone has a voice, e.g. carers";
        let found: Vec<String> = sentences(text).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            found,
            [
                "Co-production is sharing power.",
                "It feels like home!",
                "Everyone has a voice, e.g. carers"
            ]
        );
        assert_eq!(
            super::super::Part::Definition.piece_at(text, 35).as_deref(),
            Some("It feels like home!")
        );
    }
}
