//! English endings: "listened", "listening" and "listen" are one word to a reader, and so
//! are "decision" and "decisions". The words a written form could be with its ending taken
//! off; as with Welsh mutation, the board decides which is real: a form is read as another
//! word only where that word, or another form of it, was written too.

/// The words `word` (lower case) could be with a plural or verb ending taken off. The word
/// itself is not listed. A possessive "'s" comes off too. Short words are left alone: "bus", "red" and "sing" are words.
pub fn stems(word: &str) -> Vec<String> {
    let mut found = Vec::new();
    // "Everyone's" is "everyone".
    if let Some(base) = word.strip_suffix("'s")
        && base.chars().count() >= 3
    {
        found.push(base.to_owned());
        return found;
    }
    if word.chars().count() < 4 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return found;
    }
    if let Some(base) = word.strip_suffix("ies") {
        found.push(format!("{base}y"));
    }
    if let Some(base) = word.strip_suffix("es") {
        found.push(base.to_owned());
    }
    if let Some(base) = word.strip_suffix('s')
        && !(base.ends_with('s') || base.ends_with('u') || base.ends_with('i'))
    {
        found.push(base.to_owned());
    }
    for ending in ["ing", "ed"] {
        if let Some(base) = word.strip_suffix(ending)
            && base.chars().count() >= 3
        {
            found.push(base.to_owned());
            found.push(format!("{base}e"));
            // "sitting", "stopped": the doubled consonant is the ending's.
            let mut letters = base.chars().rev();
            if let (Some(last), Some(before)) = (letters.next(), letters.next())
                && last == before
                && !"aeiou".contains(last)
            {
                found.push(base[..base.len() - 1].to_owned());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::stems;

    #[test]
    fn endings_come_off_and_short_words_stay() {
        for (form, word) in [
            ("listened", "listen"),
            ("listening", "listen"),
            ("decisions", "decision"),
            ("stories", "story"),
            ("shared", "share"),
            ("sharing", "share"),
            ("boxes", "box"),
            ("sitting", "sit"),
            ("everyone's", "everyone"),
        ] {
            assert!(
                stems(form).iter().any(|s| s == word),
                "{form}: {:?}",
                stems(form)
            );
        }
        for word in ["bus", "red", "sing", "glass", "cwtsh's"] {
            assert!(stems(word).iter().all(|s| s.len() >= 3), "{word}");
        }
        assert!(stems("bus").is_empty());
        assert!(stems("glass").iter().all(|s| s != "glas"));
    }
}
