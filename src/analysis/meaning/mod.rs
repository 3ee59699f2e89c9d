//! What notes mean, as vectors: a small multilingual sentence-embedding model
//! (multilingual-e5-small, 4-bit, cut to the pieces of Latin-script text) built into the
//! program and run in its own process, so notes never leave the machine. Two notes that say
//! the same thing in Welsh and in English get nearby vectors once each language's own
//! centre is taken away (without that, notes sit closest to notes in their own language).

pub mod engine;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::model::{Language, NoteId};

/// The model file, built in: no download at run time, no file to lose beside the program.
/// `assets/model/make.sh` says how it was made from the published package.
pub const BUNDLED: &[u8] = include_bytes!("../../../assets/model/e5-small-latin-q4.bin");

/// The model's name, as said to the user and in the command line's output.
pub const MODEL_NAME: &str = "multilingual-e5-small";

/// The built-in model, read once for the process; why it could not be, in words a
/// maintainer can act on (the program falls back to shared words then).
pub fn bundled() -> Result<&'static engine::Model, String> {
    static MODEL: OnceLock<Result<engine::Model, String>> = OnceLock::new();
    MODEL
        .get_or_init(|| engine::Model::parse(BUNDLED).map_err(|err| err.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

/// Each text's vector, once worked out: a later run on the same notes answers from here in
/// well under a second. Held in memory only (what people wrote is not written elsewhere);
/// shared between the window and the thread that does the work.
#[derive(Clone, Debug, Default)]
pub struct VectorCache {
    by_text: Arc<Mutex<HashMap<String, Arc<[f32]>>>>,
}

impl VectorCache {
    /// How many texts it holds.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether it holds nothing yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<[f32]>>> {
        // A panic elsewhere while holding it leaves whole vectors: keep using them.
        self.by_text
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// What the vectors are asked for: a note's id, language and words.
pub struct Text<'a> {
    pub id: NoteId,
    pub language: Language,
    pub text: &'a str,
}

/// Each text's vector, from the cache or worked out now (on all cores). `progress` hears
/// the share done, 0 to 1, and answers whether to go on; `None` when it said stop.
pub fn vectors(
    model: &engine::Model,
    texts: &[Text<'_>],
    cache: &VectorCache,
    progress: &mut dyn FnMut(f32) -> bool,
) -> Option<Vec<Arc<[f32]>>> {
    let missing: Vec<&str> = {
        let known = cache.lock();
        let mut missing: Vec<&str> = texts
            .iter()
            .map(|t| t.text)
            .filter(|text| !known.contains_key(*text))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    };
    if !missing.is_empty() {
        let total = missing.len() as f32;
        let progress = std::cell::RefCell::new(progress);
        let made = model.embed_batch(&missing, 0, &|done| {
            (progress.borrow_mut())(done as f32 / total)
        })?;
        let mut known = cache.lock();
        for (text, vector) in missing.iter().zip(made) {
            known.insert((*text).to_owned(), vector.into());
        }
    }
    let known = cache.lock();
    texts.iter().map(|t| known.get(t.text).cloned()).collect()
}

/// Fewer notes in a language than this and its own centre says little: the centre of all
/// the notes is taken away instead.
const OWN_CENTRE_FROM: usize = 5;

/// The vectors with each language's centre taken away and made unit length again, so that
/// what is near is near in meaning rather than in language.
pub fn centred(vectors: &[Arc<[f32]>], languages: &[Language]) -> Vec<Vec<f32>> {
    let dim = vectors.first().map_or(0, |v| v.len());
    let mean_of = |pick: &dyn Fn(usize) -> bool| -> (Vec<f32>, usize) {
        let mut sum = vec![0.0_f32; dim];
        let mut count = 0;
        for (_, vector) in vectors.iter().enumerate().filter(|(i, _)| pick(*i)) {
            count += 1;
            for (s, x) in sum.iter_mut().zip(vector.iter()) {
                *s += x;
            }
        }
        let scale = 1.0 / count.max(1) as f32;
        (sum.into_iter().map(|s| s * scale).collect(), count)
    };
    let (overall, _) = mean_of(&|_| true);
    let mut centres: HashMap<Language, Vec<f32>> = HashMap::new();
    for language in languages {
        if !centres.contains_key(language) {
            let (mean, count) = mean_of(&|i| languages[i] == *language);
            let centre = if count >= OWN_CENTRE_FROM {
                mean
            } else {
                overall.clone()
            };
            centres.insert(*language, centre);
        }
    }
    vectors
        .iter()
        .zip(languages)
        .map(|(vector, language)| {
            let centre = &centres[language];
            let moved: Vec<f32> = vector.iter().zip(centre).map(|(x, c)| x - c).collect();
            let length = moved.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-6);
            moved.into_iter().map(|x| x / length).collect()
        })
        .collect()
}

/// The cosine of two unit vectors.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_model_reads_and_knows_welsh_from_english_meaning() {
        let model = bundled().expect("the built-in model reads");
        let welsh = model.embed("Croeso cynnes wrth y drws");
        let english = model.embed("A warm welcome at the door");
        let other = model.embed("Bus fares paid so I can come");
        assert_eq!(welsh.len(), 384);
        assert!(similarity(&welsh, &english) > similarity(&welsh, &other));
    }

    #[test]
    fn a_later_run_answers_from_the_cache() {
        let model = bundled().expect("the built-in model reads");
        let cache = VectorCache::default();
        let texts = [
            Text {
                id: NoteId(1),
                language: Language::English,
                text: "Tea",
            },
            Text {
                id: NoteId(2),
                language: Language::English,
                text: "Tea",
            },
        ];
        let first = vectors(model, &texts, &cache, &mut |_| true).expect("not stopped");
        assert_eq!(cache.len(), 1, "the same words are worked out once");
        let mut asked = false;
        let again = vectors(model, &texts, &cache, &mut |_| {
            asked = true;
            true
        })
        .expect("not stopped");
        assert!(!asked, "nothing left to work out");
        assert_eq!(first, again);
    }

    #[test]
    fn centring_takes_each_language_apart_from_its_own_centre() {
        let v = |x: f32, y: f32| -> Arc<[f32]> { Arc::from(vec![x, y]) };
        // Welsh notes lean one way, English the other: centred, the two that mean the same
        // (the first of each) point the same way.
        let vectors = [
            v(1.0, 1.0),
            v(1.0, 0.8),
            v(1.0, 0.9),
            v(1.0, 0.85),
            v(1.0, 0.95),
            v(-1.0, 1.0),
            v(-1.0, 0.8),
            v(-1.0, 0.9),
            v(-1.0, 0.85),
            v(-1.0, 0.95),
        ];
        let languages: Vec<Language> = (0..10)
            .map(|i| {
                if i < 5 {
                    Language::Welsh
                } else {
                    Language::English
                }
            })
            .collect();
        let centred = centred(&vectors, &languages);
        assert!(similarity(&centred[0], &centred[5]) > 0.99);
        assert!(similarity(&vectors[0], &vectors[5]) < 0.1);
    }
}
