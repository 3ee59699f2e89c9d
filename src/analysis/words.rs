//! The words and two-word phrases that appear in more than one contribution. Each note counts
//! once per term, however often it repeats it, so one long piece cannot dominate.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::english_forms::stems;
use super::mutation::radicals;
use super::stop_words::is_stop_word;
use crate::model::{Language, Note, NoteId};

/// A term and the notes that use it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordCount {
    /// One word, or two separated by a space.
    pub term: String,
    pub notes: BTreeSet<NoteId>,
}

impl WordCount {
    pub fn count(&self) -> usize {
        self.notes.len()
    }
}

/// Lower-case words of `text`: letters and digits, with the apostrophes and hyphens inside a
/// word kept (“mae'n”, “mam-gu”, “co-production” are one word each). Typographic apostrophes
/// are read as plain ones.
pub(super) fn words(text: &str) -> Vec<String> {
    text.replace('’', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|word| word.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .filter(|word| word.chars().count() > 1 || word.chars().all(char::is_alphabetic))
        .collect()
}

/// A term by number: one word (the second is [`NONE`]) or two. The form written is a term of
/// the words written, where they differ from the words counted.
type Term = (u32, u32);
const NONE: u32 = u32::MAX;

/// The `limit` terms used by most notes (at least two), most used first, ties alphabetically.
/// A word's other forms count as the word (Welsh "deulu" as "teulu", English "listened" as
/// "listen"), shown as the form most people wrote.
pub fn words_in_common<'a>(notes: impl Iterator<Item = &'a Note>, limit: usize) -> Vec<WordCount> {
    let notes: Vec<&Note> = notes.filter(|note| note.copy_of.is_none()).collect();
    let reading = Reading::of(&notes);
    let keys = Keys::of(&reading.distinct);
    let by_term = terms_by_note(&reading.read, &keys.read_as);
    let key_text = |(a, b): Term| match b {
        NONE => keys.keys[a as usize].clone(),
        _ => format!("{} {}", keys.keys[a as usize], keys.keys[b as usize]),
    };
    let distinct = &reading.distinct;
    let written_text = |(a, b): Term| match b {
        NONE => distinct[a as usize].1.clone(),
        _ => format!("{} {}", distinct[a as usize].1, distinct[b as usize].1),
    };
    let mut counts: Vec<WordCount> = by_term
        .into_iter()
        .filter(|(_, (notes, _))| notes.len() >= 2)
        .map(|(term, (notes, other_forms))| {
            let term = key_text(term);
            let mut forms: BTreeMap<String, usize> = BTreeMap::new();
            for (written, count) in other_forms {
                *forms.entry(written_text(written)).or_default() += count;
            }
            // The notes that did not write another form wrote the word itself.
            let others: usize = forms.values().sum();
            if notes.len() > others {
                *forms.entry(term.clone()).or_default() += notes.len() - others;
            }
            WordCount {
                term: most_written(forms, &term),
                notes: notes.into_iter().collect(),
            }
        })
        .collect();
    counts.sort_by(|a, b| b.count().cmp(&a.count()).then_with(|| a.term.cmp(&b.term)));
    counts.truncate(limit);
    counts
}

/// The notes' words by number: each different word once, by language, so the work per note
/// makes no strings.
struct Reading {
    distinct: Vec<(Language, String)>,
    /// Each note's words in order, each with whether the survey's question has it.
    read: Vec<(NoteId, Vec<(u32, bool)>)>,
}

impl Reading {
    fn of(notes: &[&Note]) -> Self {
        let mut index: HashMap<(Language, String), u32> = HashMap::new();
        let mut distinct: Vec<(Language, String)> = Vec::new();
        // A survey's question is in many of its answers ("What would make it better?"
        // "Better letters"): its own words say nothing about an answer to it.
        let mut asked: HashMap<&str, BTreeSet<String>> = HashMap::new();
        let read = notes
            .iter()
            .map(|note| {
                let language = note.details.language;
                let question = match &note.details.prompt {
                    crate::model::Prompt::Other(question) => Some(
                        &*asked
                            .entry(question.as_str())
                            .or_insert_with(|| words(question).into_iter().collect()),
                    ),
                    _ => None,
                };
                let ids = words(&note.text)
                    .into_iter()
                    .map(|word| {
                        let in_question = question.is_some_and(|q| q.contains(&word));
                        let next = distinct.len() as u32;
                        let id = *index.entry((language, word)).or_insert_with_key(|key| {
                            distinct.push(key.clone());
                            next
                        });
                        (id, in_question)
                    })
                    .collect();
                (note.id, ids)
            })
            .collect();
        Self { distinct, read }
    }
}

/// What each different word counts as.
struct Keys {
    /// The words counted (a word's other forms count as it).
    keys: Vec<String>,
    /// For each different word: the key it counts as (by number), whether it is a stop
    /// word, and whether it was written in another form than its key.
    read_as: Vec<(u32, bool, bool)>,
}

impl Keys {
    fn of(distinct: &[(Language, String)]) -> Self {
        let (welsh, english): (Vec<String>, Vec<String>) = {
            let (welsh, english): (Vec<_>, Vec<_>) = distinct
                .iter()
                .partition(|(language, _)| *language == Language::Welsh);
            (
                welsh.into_iter().map(|(_, w)| w.clone()).collect(),
                english.into_iter().map(|(_, w)| w.clone()).collect(),
            )
        };
        let same_word =
            SameWords::of([(Language::Welsh, &welsh), (Language::English, &english)].into_iter());
        let mut key_index: HashMap<&str, u32> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let read_as = distinct
            .iter()
            .map(|(language, word)| {
                let key = same_word.key(word, *language);
                let next = keys.len() as u32;
                let id = *key_index.entry(key).or_insert_with(|| {
                    keys.push(key.to_owned());
                    next
                });
                (id, is_stop_word(word, *language), key != word)
            })
            .collect();
        Self { keys, read_as }
    }
}

/// Each term (a word, or two words side by side, neither a stop word) with the notes that
/// use it, each once, and how often each other form of it was written first.
fn terms_by_note(
    read: &[(NoteId, Vec<(u32, bool)>)],
    read_as: &[(u32, bool, bool)],
) -> HashMap<Term, (Vec<NoteId>, HashMap<Term, usize>)> {
    let mut by_term: HashMap<Term, (Vec<NoteId>, HashMap<Term, usize>)> = HashMap::new();
    let mut terms: Vec<(Term, Option<Term>)> = Vec::new();
    for (id, words) in read {
        terms.clear();
        let read_as = |(word, in_question): (u32, bool)| {
            let (key, stop, other_form) = read_as[word as usize];
            (key, stop || in_question, other_form)
        };
        for &(word, in_question) in words {
            let (key, stop, other_form) = read_as((word, in_question));
            if !stop {
                terms.push(((key, NONE), other_form.then_some((word, NONE))));
            }
        }
        for pair in words.windows(2) {
            let (first, second) = (read_as(pair[0]), read_as(pair[1]));
            if !first.1 && !second.1 {
                let written = (first.2 || second.2).then_some((pair[0].0, pair[1].0));
                terms.push(((first.0, second.0), written));
            }
        }
        // Once per note, with the form it was first written in.
        terms.sort_by_key(|(term, _)| *term);
        terms.dedup_by_key(|(term, _)| *term);
        for (term, written) in &terms {
            let (ids, forms) = by_term.entry(*term).or_default();
            ids.push(*id);
            if let Some(written) = written {
                *forms.entry(*written).or_default() += 1;
            }
        }
    }
    by_term
}

/// The form most notes wrote; on a tie the word itself (unmutated) if it was written, else
/// the first alphabetically.
pub(super) fn most_written(forms: BTreeMap<String, usize>, word: &str) -> String {
    let most = forms.values().copied().max().unwrap_or(0);
    let tied: Vec<String> = forms
        .into_iter()
        .filter(|(_, count)| *count == most)
        .map(|(form, _)| form)
        .collect();
    tied.iter()
        .find(|form| *form == word)
        .or(tied.first())
        .cloned()
        .unwrap_or_else(|| word.to_owned())
}

/// Which words on the board are one word in different forms, in each language.
pub(super) struct SameWords {
    welsh: SameWord,
    english: SameWord,
}

impl SameWords {
    /// Learns the forms from every note's words and language.
    pub(super) fn of<'w>(notes: impl Iterator<Item = (Language, &'w Vec<String>)>) -> Self {
        let (welsh, english): (Vec<_>, Vec<_>) =
            notes.partition(|(language, _)| *language == Language::Welsh);
        Self {
            welsh: SameWord::from_welsh(welsh.into_iter().flat_map(|(_, words)| words.iter())),
            english: SameWord::from_english(
                english.into_iter().flat_map(|(_, words)| words.iter()),
            ),
        }
    }

    /// The word `word` is counted as, in a note in `language`.
    pub(super) fn key<'s>(&'s self, word: &'s str, language: Language) -> &'s str {
        match language {
            Language::Welsh => self.welsh.key(word),
            Language::English => self.english.key(word),
        }
    }
}

/// Which words on the board are one word in different forms: a form is read as the word it
/// could come from when that word, or another form of it, was written too.
struct SameWord {
    keys: BTreeMap<String, String>,
}

impl SameWord {
    /// Welsh words: mutations undone.
    fn from_welsh<'w>(words: impl Iterator<Item = &'w String>) -> Self {
        Self::with_forms(words, radicals)
    }

    /// English words: plural and verb endings taken off.
    fn from_english<'w>(words: impl Iterator<Item = &'w String>) -> Self {
        Self::with_forms(words, stems)
    }

    fn with_forms<'w>(
        words: impl Iterator<Item = &'w String>,
        radicals: fn(&str) -> Vec<String>,
    ) -> Self {
        let written: BTreeSet<&String> = words.collect();
        // Each possible word, and the written forms that could be it.
        let mut forms_of: BTreeMap<String, BTreeSet<&String>> = BTreeMap::new();
        for word in &written {
            forms_of.entry((*word).clone()).or_default().insert(word);
            for radical in radicals(word) {
                forms_of.entry(radical).or_default().insert(word);
            }
        }
        let mut keys = BTreeMap::new();
        for word in &written {
            let itself = forms_of.get(*word).map_or(0, BTreeSet::len);
            // The word it could be that the most written forms share; itself unless another
            // is shared by more.
            let best = radicals(word)
                .into_iter()
                .map(|r| {
                    let support = forms_of.get(&r).map_or(0, BTreeSet::len);
                    (support, r)
                })
                .filter(|(support, _)| *support >= 2)
                .fold(None::<(usize, String)>, |best, (support, r)| match best {
                    Some((most, _)) if most >= support => best,
                    _ => Some((support, r)),
                });
            let key = match best {
                Some((support, radical)) if support >= itself => radical,
                _ => (*word).clone(),
            };
            keys.insert((*word).clone(), key);
        }
        Self { keys }
    }

    fn key<'s>(&'s self, word: &'s str) -> &'s str {
        self.keys.get(word).map_or(word, String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BoardPos, NoteDetails};

    fn notes(texts: &[&str]) -> Vec<Note> {
        texts
            .iter()
            .zip(1..)
            .map(|(text, id)| Note {
                id: NoteId(id),
                text: (*text).to_owned(),
                pos: BoardPos::default(),
                z: 0,
                copy_of: None,
                picture: None,
                details: NoteDetails::default(),
            })
            .collect()
    }

    fn find<'a>(counts: &'a [WordCount], term: &str) -> Option<&'a WordCount> {
        counts.iter().find(|c| c.term == term)
    }

    #[test]
    fn a_survey_questions_own_words_are_not_counted_in_its_answers() {
        let question = "What would make the service better?";
        let mut notes = notes(&[
            "Better letters, in Welsh too",
            "Better parking and better letters",
            "A better service at weekends",
        ]);
        for note in &mut notes[..2] {
            note.details.prompt = crate::model::Prompt::Other(question.to_owned());
        }
        let counts = words_in_common(notes.iter(), 10);
        // "better" is the question's word in two answers: only the note that did not answer
        // that question counts it, so it is in no two notes.
        assert!(find(&counts, "better").is_none(), "{counts:?}");
        assert_eq!(find(&counts, "letters").map(WordCount::count), Some(2));
    }

    #[test]
    fn counts_each_note_once_and_ignores_stop_words_in_both_languages() {
        let notes = notes(&[
            "Trust, trust, trust: it takes time to build trust",
            "Feels like trust between carers and the people they support",
            "Mae'n teimlo fel ymddiriedaeth a gwrando go iawn",
            "Gwrando go iawn ar bobl: ymddiriedaeth",
            "Time to listen",
        ]);
        let counts = words_in_common(notes.iter(), 50);
        assert_eq!(
            find(&counts, "trust").map(WordCount::count),
            Some(2),
            "once per note"
        );
        assert_eq!(find(&counts, "time").map(WordCount::count), Some(2));
        assert_eq!(
            find(&counts, "ymddiriedaeth").map(WordCount::count),
            Some(2)
        );
        assert_eq!(
            find(&counts, "gwrando go").map(WordCount::count),
            Some(2),
            "a Welsh phrase"
        );
        for stop in ["the", "to", "feels", "like", "mae'n", "fel", "a", "ar"] {
            assert!(find(&counts, stop).is_none(), "{stop} is a stop word");
        }
        assert_eq!(counts[0].count(), 2);
    }

    #[test]
    fn welsh_letters_and_apostrophes_stay_inside_words() {
        let notes = notes(&[
            "Sŵn pobl yn gwrando, cwtsh mam-gu",
            "Y sŵn: cwtsh mam-gu’r teulu",
            "sŵn",
        ]);
        let counts = words_in_common(notes.iter(), 50);
        assert_eq!(find(&counts, "sŵn").map(WordCount::count), Some(3));
        assert_eq!(find(&counts, "cwtsh").map(WordCount::count), Some(2));
        assert!(
            find(&counts, "s").is_none() && find(&counts, "n").is_none(),
            "ŵ does not split a word"
        );
    }

    #[test]
    fn a_word_in_one_note_only_is_not_in_common() {
        let notes = notes(&["Hope", "Doors opening"]);
        assert!(words_in_common(notes.iter(), 50).is_empty());
    }

    fn in_language(texts: &[&str], language: crate::model::Language) -> Vec<Note> {
        let mut list = notes(texts);
        for note in &mut list {
            note.details.language = language;
        }
        list
    }

    #[test]
    fn welsh_mutated_forms_count_as_one_word_shown_as_most_people_wrote_it() {
        use crate::model::Language;
        let mut all = in_language(
            &[
                "Mae'r gymuned yn dod at ei gilydd",
                "Teimlo'n rhan o'r gymuned",
                "Yn fy nghymuned i, mae pawb yn helpu",
                "Cymuned sy'n gwrando",
                "Bara brith mam-gu",
                "Blas fara ffres a phaned gyda mam-gu",
                "Amser gyda'r teulu",
                "Mae e'n dod â'i deulu",
            ],
            Language::Welsh,
        );
        let english = in_language(
            &[
                "Cawl from the pan, shared",
                "A pan of cawl on the stove for co-production",
                "Co-production is dim sum for everyone",
            ],
            Language::English,
        );
        for (note, id) in english.into_iter().zip(100..) {
            all.push(Note {
                id: NoteId(id),
                ..note
            });
        }
        let counts = words_in_common(all.iter(), 50);
        let count = |term: &str| find(&counts, term).map(WordCount::count);
        assert_eq!(
            count("gymuned"),
            Some(4),
            "cymuned, gymuned, nghymuned: {counts:?}"
        );
        assert_eq!(count("bara"), Some(2), "bara and fara");
        assert_eq!(
            count("teulu"),
            Some(2),
            "teulu and deulu, the word itself on a tie"
        );
        assert_eq!(count("mam-gu"), Some(2), "a hyphenated word stays whole");
        assert_eq!(count("pan"), Some(2), "an English word in English notes");
        assert_eq!(count("cawl"), Some(2));
        for gone in [
            "cymuned",
            "nghymuned",
            "deulu",
            "fara",
            "mam",
            "gu",
            "co-production",
            "teimlo",
        ] {
            assert!(
                find(&counts, gone).is_none(),
                "{gone} is counted under another form or not at all"
            );
        }
    }
}
