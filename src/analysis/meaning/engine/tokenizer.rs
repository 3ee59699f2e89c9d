//! XLM-RoBERTa `SentencePiece` unigram tokenizer, following `tok_content` in e5.c:
//! per-code-point normalisation map, collapsing runs of spaces, the U+2581
//! metaspace, then a Viterbi search over piece scores with a single-character
//! unknown fallback scored `min(score) - 10`.

use super::format::{NormEntry, Vocab};

/// The `SentencePiece` word-boundary marker.
pub(crate) const METASPACE: char = '\u{2581}';

/// Scores below this mark unreachable Viterbi states (`-1e30` in e5.c).
const UNREACHED: f32 = -1e30;

/// An owned tokenizer built from a validated [`Vocab`].
pub(crate) struct Tokenizer {
    blob: Vec<u8>,
    offs: Vec<u32>,
    scores: Vec<f32>,
    /// Open-addressing table of piece index + 1 (0 = empty), FNV-1a hashed.
    table: Vec<u32>,
    mask: usize,
    norm_from: Vec<char>,
    norm_to: Vec<Vec<char>>,
    pub bos: u32,
    pub eos: u32,
    unk: u32,
    unk_score: f32,
    max_piece_bytes: usize,
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

impl Tokenizer {
    pub fn new(vocab: &Vocab<'_>, norm: &[NormEntry]) -> Self {
        let n = vocab.len();
        // e5_parse: unk score = min piece score - 10; longest piece in bytes.
        let min_score = vocab.scores.iter().copied().fold(f32::INFINITY, f32::min);
        let max_piece_bytes = (0..n)
            .map(|i| vocab.piece(i).len())
            .max()
            .unwrap_or(1)
            .max(1);
        let size = (n * 2).next_power_of_two().max(2);
        let mut tok = Self {
            blob: vocab.blob.to_vec(),
            offs: vocab.offs.clone(),
            scores: vocab.scores.clone(),
            table: vec![0; size],
            mask: size - 1,
            norm_from: norm.iter().map(|e| e.from).collect(),
            norm_to: norm.iter().map(|e| e.to.clone()).collect(),
            bos: vocab.bos,
            eos: vocab.eos,
            unk: vocab.unk,
            unk_score: min_score - 10.0,
            max_piece_bytes,
        };
        for i in 0..n {
            let piece = vocab.piece(i);
            if piece.is_empty() {
                continue; // as in e5.c: empty pieces are never matched
            }
            let mut slot = fnv1a(piece) as usize & tok.mask;
            while tok.table[slot] != 0 {
                slot = (slot + 1) & tok.mask;
            }
            tok.table[slot] = i as u32 + 1;
        }
        tok
    }

    /// Number of pieces.
    pub fn len(&self) -> usize {
        self.scores.len()
    }

    /// Bytes of piece `id` (UTF-8, validated at load).
    pub fn piece_bytes(&self, id: usize) -> &[u8] {
        &self.blob[self.offs[id] as usize..self.offs[id + 1] as usize]
    }

    /// The first piece (lowest id among duplicates, like e5.c) equal to `s`.
    fn lookup(&self, s: &[u8]) -> Option<u32> {
        let mut slot = fnv1a(s) as usize & self.mask;
        loop {
            let v = self.table[slot];
            if v == 0 {
                return None;
            }
            if self.piece_bytes(v as usize - 1) == s {
                return Some(v - 1);
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Normalises `text` into the metaspace-marked byte string the Viterbi
    /// runs on, with the byte offset where each character starts (plus the end).
    fn normalise(&self, text: &str) -> (String, Vec<usize>) {
        let mut chars: Vec<char> = Vec::with_capacity(text.len() + 1);
        for c in text.chars() {
            match self.norm_from.binary_search(&c) {
                Ok(i) => {
                    for &r in &self.norm_to[i] {
                        // collapse runs of U+0020 while building (e5.c does it in a second pass)
                        if !(r == ' ' && chars.last() == Some(&' ')) {
                            chars.push(r);
                        }
                    }
                }
                Err(_) if c == ' ' && chars.last() == Some(&' ') => {}
                Err(_) => chars.push(c),
            }
        }
        let mut buf = String::with_capacity(chars.len() * 3 + 3);
        let mut starts = Vec::with_capacity(chars.len() + 2);
        if chars.first() != Some(&' ') {
            starts.push(0);
            buf.push(METASPACE); // the prepended word boundary
        }
        for c in chars {
            starts.push(buf.len());
            buf.push(if c == ' ' { METASPACE } else { c });
        }
        starts.push(buf.len());
        (buf, starts)
    }

    /// Content token ids (no bos/eos) for `text`, the first `max_tokens` only.
    pub fn encode(&self, text: &str, max_tokens: usize) -> Vec<u32> {
        let (buf, starts) = self.normalise(text);
        let buf = buf.as_bytes();
        let n = starts.len() - 1; // characters
        let mut best = vec![UNREACHED; n + 1];
        // back-pointer: (piece id or None for unk, start character)
        let mut back: Vec<(Option<u32>, usize)> = vec![(None, 0); n + 1];
        best[0] = 0.0;
        for i in 0..n {
            if best[i] <= -1e29 {
                continue;
            }
            let from = starts[i];
            for e in i + 1..=n {
                let len = starts[e] - from;
                if len > self.max_piece_bytes {
                    break;
                }
                if let Some(id) = self.lookup(&buf[from..starts[e]]) {
                    if id == self.unk {
                        continue;
                    }
                    let score = best[i] + self.scores[id as usize];
                    if score > best[e] {
                        best[e] = score;
                        back[e] = (Some(id), i);
                    }
                }
            }
            let score = best[i] + self.unk_score;
            if score > best[i + 1] {
                best[i + 1] = score;
                back[i + 1] = (None, i);
            }
        }
        let mut ids = Vec::new();
        let mut i = n;
        while i > 0 {
            let (id, from) = back[i];
            ids.push(id.unwrap_or(self.unk));
            i = from;
        }
        ids.reverse();
        ids.truncate(max_tokens); // keep the head, as e5.c's max_out does
        ids
    }
}
