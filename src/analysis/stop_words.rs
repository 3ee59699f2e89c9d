//! Words too common to say anything about a contribution, in English and in Welsh, each list
//! used for the notes written in its language (so English "dim", "pan" and "dan" are words in
//! an English note), plus the prompt's own words ("smells like", "arogli fel") and the topic
//! itself (co-production, cydgynhyrchu), which every answer repeats.

use crate::model::Language;

/// English stop words, lower case. Kept sorted for binary search.
const ENGLISH: &[&str] = &[
    "a",
    "about",
    "after",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "both",
    "but",
    "by",
    "can",
    "co",
    "co-production",
    "could",
    "do",
    "does",
    "every",
    "feel",
    "feels",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "just",
    "like",
    "look",
    "looks",
    "me",
    "more",
    "my",
    "no",
    "not",
    "of",
    "on",
    "one",
    "or",
    "other",
    "our",
    "out",
    "production",
    "she",
    "smell",
    "smells",
    "so",
    "some",
    "sometimes",
    "sound",
    "sounds",
    "taste",
    "tastes",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "who",
    "will",
    "with",
    "would",
    "you",
    "your",
];

/// Welsh stop words, lower case, with the prompt verbs and their mutated forms. Kept sorted.
const WELSH: &[&str] = &[
    "'n",
    "'r",
    "a",
    "a'i",
    "a'r",
    "ac",
    "ag",
    "am",
    "amdano",
    "ar",
    "arogl",
    "arogli",
    "at",
    "blas",
    "blasu",
    "bod",
    "chi",
    "chydgynhyrchu",
    "co-production",
    "cydgynhyrchu",
    "cyn",
    "dan",
    "deimlo",
    "dim",
    "dros",
    "drwy",
    "dw",
    "dyma",
    "e",
    "edrych",
    "ef",
    "ei",
    "eich",
    "ein",
    "ers",
    "eu",
    "fe",
    "fel",
    "felly",
    "fi",
    "flas",
    "flasu",
    "fy",
    "gan",
    "golwg",
    "gyda",
    "gyda'i",
    "gyda'n",
    "gyda'r",
    "gydgynhyrchu",
    "hefyd",
    "hi",
    "hwn",
    "hwnnw",
    "hyd",
    "hyn",
    "i",
    "i'r",
    "i'w",
    "mae",
    "mae'n",
    "mae'r",
    "mewn",
    "na",
    "nad",
    "neu",
    "nghydgynhyrchu",
    "nhw",
    "ni",
    "nid",
    "o",
    "o'i",
    "o'r",
    "oedd",
    "olwg",
    "ond",
    "pa",
    "pan",
    "pob",
    "rwy'n",
    "rydw",
    "sain",
    "sef",
    "swn",
    "swnio",
    "sy",
    "sy'n",
    "sydd",
    "sŵn",
    "teimlo",
    "wedi",
    "y",
    "ych",
    "ydy",
    "ydyw",
    "yn",
    "yna",
    "yr",
    "yw",
    "â",
    "â'i",
    "â'r",
];

/// Whether `word` (lower case) says nothing on its own in a note written in `language`.
pub fn is_stop_word(word: &str, language: Language) -> bool {
    let list = match language {
        Language::English => ENGLISH,
        Language::Welsh => WELSH,
    };
    list.binary_search(&word).is_ok() || word.chars().all(char::is_numeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_so_lookup_works() {
        for list in [ENGLISH, WELSH] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "keep the stop words sorted and unique"
            );
        }
        assert!(is_stop_word("the", Language::English) && is_stop_word("yr", Language::Welsh));
        assert!(is_stop_word("mae'n", Language::Welsh) && is_stop_word("2024", Language::English));
        assert!(
            !is_stop_word("trust", Language::English) && !is_stop_word("cwtsh", Language::Welsh)
        );
    }

    #[test]
    fn each_language_keeps_its_own_stop_words() {
        for word in ["dim", "pan", "dan"] {
            assert!(is_stop_word(word, Language::Welsh));
            assert!(
                !is_stop_word(word, Language::English),
                "{word} is a word in English"
            );
        }
        for verb in ["arogli", "blasu", "swnio", "edrych", "teimlo"] {
            assert!(
                is_stop_word(verb, Language::Welsh),
                "{verb} is the prompt's own word"
            );
        }
    }
}
