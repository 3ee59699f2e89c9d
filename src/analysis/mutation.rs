//! Welsh changes the first letter of a word after certain words: "bara" is "fara" in "ei
//! fara", "cymuned" is "gymuned", "nghymuned" or "chymuned". The forms a word may have come
//! from, so that the words in common count "teulu" and "deulu" as one word. Which of these
//! is the real word is told by the board itself: a form is read as another word's only where
//! that word, or another of its forms, was written too.

/// The words `word` (lower case) could be a mutated form of: the soft, nasal and aspirate
/// mutations undone, and the h put before a vowel taken off. The word itself is not listed.
pub fn radicals(word: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut add = |from: &str, to: &[&str]| {
        if let Some(rest) = word.strip_prefix(from)
            && !rest.is_empty()
        {
            for radical in to {
                found.push(format!("{radical}{rest}"));
            }
        }
    };
    // Longest first: "ngh" before "ng", "mh" before "m".
    add("ngh", &["c"]);
    add("mh", &["p"]);
    add("nh", &["t"]);
    add("ng", &["g"]);
    add("ph", &["p"]);
    add("th", &["t"]);
    add("ch", &["c"]);
    add("dd", &["d"]);
    if !word.starts_with("dd") {
        add("d", &["t"]);
    }
    if !word.starts_with("ng") && !word.starts_with("ngh") {
        add("g", &["c"]);
    }
    if !word.starts_with("ll") {
        add("l", &["ll"]);
    }
    if !word.starts_with("rh") {
        add("r", &["rh"]);
    }
    add("f", &["b", "m"]);
    add("b", &["p"]);
    if !word.starts_with("mh") {
        add("m", &["b"]);
    }
    if !word.starts_with("nh") && !word.starts_with("ng") {
        add("n", &["d"]);
    }
    // Soft mutation drops a g: "wlad" is "gwlad", "ardd" is "gardd".
    if word.starts_with(is_vowel) {
        found.push(format!("g{word}"));
    }
    // "Ei hardal": an h before a vowel after some words.
    if let Some(rest) = word.strip_prefix('h')
        && rest.starts_with(is_vowel)
    {
        found.push(rest.to_owned());
    }
    found
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'w' | 'y' | 'â' | 'ê' | 'î' | 'ô' | 'û' | 'ŵ' | 'ŷ'
    )
}

#[cfg(test)]
mod tests {
    use super::radicals;

    #[test]
    fn each_mutation_is_undone() {
        let cases = [
            ("fara", "bara"),
            ("gymuned", "cymuned"),
            ("nghymuned", "cymuned"),
            ("chymuned", "cymuned"),
            ("deulu", "teulu"),
            ("bobl", "pobl"),
            ("mhobl", "pobl"),
            ("wlad", "gwlad"),
            ("ngwlad", "gwlad"),
            ("lais", "llais"),
            ("hardal", "ardal"),
            ("ddim", "dim"),
            ("fam", "mam"),
        ];
        for (mutated, radical) in cases {
            assert!(
                radicals(mutated).iter().any(|r| r == radical),
                "{mutated} can be {radical}: {:?}",
                radicals(mutated)
            );
        }
        assert!(!radicals("cymuned").contains(&"cymuned".to_owned()));
    }
}
