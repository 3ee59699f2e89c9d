//! The "E5S1" model file: bounds-checked parsing and validation (the
//! writer used by `reduce` lives in reduce.rs).
//!
//! Layout (all little-endian), as read by `e5_parse` in e5.c:
//! - magic "E5S1", u32 version, i32 `H NL NH FF VOC MAXP TVS`, f32 eps, i32 `QK`;
//! - tokenizer: i32 `n_pieces bos eos pad unk`, u64 blob length,
//!   u32 `offsets[n_pieces + 1]`, f32 `scores[n_pieces]`, the piece bytes;
//! - normalisation map: i32 count, u32 byte length, then count ×
//!   (u32 code point, u8 n, n × u32 code point);
//! - tensor directory: i32 count, then count × (u16 name length, name,
//!   u8 dtype (0 = f32, 1 = `q4_0`), u32 elements, u64 absolute offset,
//!   u64 byte length).
//!
//! e5.c trusts every one of these numbers; here each one is checked so that a
//! truncated or corrupted file gives a [`LoadError`] instead of a crash.

use super::error::LoadError;

/// Elements per `q4_0` / `q8_0` block (`QK` in e5.c).
pub(crate) const QK: usize = 32;
/// Bytes per `q4_0` block: f16 scale + 16 bytes of nibbles.
pub(crate) const Q4_BLOCK_BYTES: usize = 18;
pub(crate) const DTYPE_F32: u8 = 0;
pub(crate) const DTYPE_Q4: u8 = 1;
pub(crate) const MAGIC: &[u8; 4] = b"E5S1";
pub(crate) const VERSION: u32 = 1;

/// Sequential reader where every read is bounds-checked.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], LoadError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or(LoadError::Truncated {
            what,
            offset: self.pos,
        })?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }
    fn array<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], LoadError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }
    fn u8(&mut self, what: &'static str) -> Result<u8, LoadError> {
        Ok(self.array::<1>(what)?[0])
    }
    fn u16(&mut self, what: &'static str) -> Result<u16, LoadError> {
        Ok(u16::from_le_bytes(self.array(what)?))
    }
    fn u32(&mut self, what: &'static str) -> Result<u32, LoadError> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }
    fn i32(&mut self, what: &'static str) -> Result<i32, LoadError> {
        Ok(i32::from_le_bytes(self.array(what)?))
    }
    fn u64(&mut self, what: &'static str) -> Result<u64, LoadError> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }
    fn f32(&mut self, what: &'static str) -> Result<f32, LoadError> {
        Ok(f32::from_le_bytes(self.array(what)?))
    }
    /// A non-negative i32 count, at most `max`.
    fn count(&mut self, what: &'static str, max: usize) -> Result<usize, LoadError> {
        let v = self.i32(what)?;
        usize::try_from(v)
            .ok()
            .filter(|&n| n <= max)
            .ok_or_else(|| LoadError::BadHeader(format!("{what} = {v} out of range 0..={max}")))
    }
}

/// Model dimensions from the file header (names as in e5.c).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Header {
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub ffn: usize,
    /// Rows in the word-embedding table (`VOC`); at least the number of pieces.
    pub vocab: usize,
    pub max_pos: usize,
    pub type_vocab: usize,
    pub eps: f32,
}

/// Tokenizer vocabulary as stored: piece `i` is `blob[offs[i]..offs[i + 1]]`.
pub(crate) struct Vocab<'a> {
    pub offs: Vec<u32>,
    pub scores: Vec<f32>,
    pub blob: &'a [u8],
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
}

impl Vocab<'_> {
    pub fn len(&self) -> usize {
        self.scores.len()
    }
    pub fn piece(&self, id: usize) -> &[u8] {
        &self.blob[self.offs[id] as usize..self.offs[id + 1] as usize]
    }
}

/// One normalisation-map entry: `from` is replaced by `to` (possibly empty).
pub(crate) struct NormEntry {
    pub from: char,
    pub to: Vec<char>,
}

/// A tensor directory entry, its bytes already checked to lie inside the file.
pub(crate) struct Tensor<'a> {
    pub name: String,
    pub dtype: u8,
    pub elements: usize,
    /// Absolute byte offset of `data` in the file.
    pub offset: usize,
    pub data: &'a [u8],
}

/// Everything in a model file, validated, borrowing the large byte ranges.
pub(crate) struct Parsed<'a> {
    pub header: Header,
    pub vocab: Vocab<'a>,
    pub norm: Vec<NormEntry>,
    /// The raw normalisation-map bytes, copied verbatim by `reduce`.
    pub norm_raw: &'a [u8],
    pub tensors: Vec<Tensor<'a>>,
}

impl Parsed<'_> {
    /// Looks up a tensor's bytes, checking its type and element count.
    pub fn tensor(&self, name: &str, dtype: u8, elements: usize) -> Result<&[u8], LoadError> {
        self.tensor_entry(name, dtype, elements).map(|t| t.data)
    }

    /// Looks up a tensor entry, checking its type and element count.
    pub fn tensor_entry(
        &self,
        name: &str,
        dtype: u8,
        elements: usize,
    ) -> Result<&Tensor<'_>, LoadError> {
        let t = self
            .tensors
            .iter()
            .find(|t| t.name == name) // e5.c's find_tensor also takes the first match
            .ok_or_else(|| LoadError::MissingTensor(name.to_owned()))?;
        let bad = |reason: String| LoadError::BadTensor {
            name: name.to_owned(),
            reason,
        };
        if t.dtype != dtype {
            return Err(bad(format!("dtype {} (expected {dtype})", t.dtype)));
        }
        if t.elements != elements {
            return Err(bad(format!(
                "{} elements (expected {elements})",
                t.elements
            )));
        }
        Ok(t)
    }
}

fn header_err(msg: &str) -> LoadError {
    LoadError::BadHeader(msg.to_owned())
}

fn read_header(r: &mut Reader<'_>) -> Result<Header, LoadError> {
    if r.take(4, "magic")? != MAGIC {
        return Err(LoadError::BadMagic);
    }
    let version = r.u32("version")?;
    if version != VERSION {
        return Err(LoadError::BadVersion(version));
    }
    // Generous caps: they only exist to refuse absurd values early.
    let h = Header {
        hidden: r.count("hidden size", 1 << 14)?,
        layers: r.count("layer count", 256)?,
        heads: r.count("head count", 1 << 10)?,
        ffn: r.count("ffn size", 1 << 16)?,
        vocab: r.count("vocabulary size", 1 << 24)?,
        max_pos: r.count("max positions", 1 << 16)?,
        type_vocab: r.count("token types", 1 << 10)?,
        eps: r.f32("layernorm eps")?,
    };
    let qk = r.i32("block size")?;
    if qk != QK as i32 {
        return Err(LoadError::BadHeader(format!(
            "block size {qk}, expected {QK}"
        )));
    }
    if h.hidden == 0 || !h.hidden.is_multiple_of(QK) {
        return Err(header_err("hidden size must be a positive multiple of 32"));
    }
    if h.heads == 0 || !h.hidden.is_multiple_of(h.heads) {
        return Err(header_err(
            "hidden size must be a multiple of the head count",
        ));
    }
    if h.ffn == 0 || !h.ffn.is_multiple_of(QK) {
        return Err(header_err("ffn size must be a positive multiple of 32"));
    }
    if h.layers == 0 || h.vocab == 0 || h.type_vocab == 0 {
        return Err(header_err(
            "layers, vocabulary and token types must be non-zero",
        ));
    }
    if h.max_pos < 3 {
        return Err(header_err(
            "max positions must be at least 3 (bos, one token, eos)",
        ));
    }
    if !(h.eps.is_finite() && h.eps >= 0.0) {
        return Err(header_err("layernorm eps must be finite and non-negative"));
    }
    Ok(h)
}

fn read_vocab<'a>(r: &mut Reader<'a>, header: &Header) -> Result<Vocab<'a>, LoadError> {
    let n = r.count("piece count", header.vocab)?;
    if n == 0 {
        return Err(LoadError::BadVocab("no pieces".into()));
    }
    let mut special = |what| -> Result<u32, LoadError> {
        let v = r.i32(what)?;
        u32::try_from(v)
            .ok()
            .filter(|&id| (id as usize) < n)
            .ok_or_else(|| LoadError::BadVocab(format!("{what} id {v} not in 0..{n}")))
    };
    let (bos, eos, pad, unk) = (
        special("bos")?,
        special("eos")?,
        special("pad")?,
        special("unk")?,
    );
    let blob_len = usize::try_from(r.u64("piece blob length")?).unwrap_or(usize::MAX);
    let offs: Vec<u32> = r
        .take((n + 1) * 4, "piece offsets")?
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let scores: Vec<f32> = r
        .take(n * 4, "piece scores")?
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let blob = r.take(blob_len, "piece bytes")?;
    if offs[0] != 0 || offs[n] as usize != blob_len || offs.windows(2).any(|w| w[0] > w[1]) {
        return Err(LoadError::BadVocab(
            "piece offsets not increasing within the blob".into(),
        ));
    }
    if let Some(i) = scores.iter().position(|s| !s.is_finite()) {
        return Err(LoadError::BadVocab(format!(
            "score of piece {i} is not finite"
        )));
    }
    let vocab = Vocab {
        offs,
        scores,
        blob,
        bos,
        eos,
        pad,
        unk,
    };
    if let Some(i) = (0..n).find(|&i| std::str::from_utf8(vocab.piece(i)).is_err()) {
        return Err(LoadError::BadVocab(format!("piece {i} is not UTF-8")));
    }
    Ok(vocab)
}

fn read_norm<'a>(r: &mut Reader<'a>) -> Result<(Vec<NormEntry>, &'a [u8]), LoadError> {
    let count = r.count("normalisation entries", 1 << 22)?;
    let len = r.u32("normalisation map length")? as usize;
    let raw = r.take(len, "normalisation map")?;
    let mut m = Reader { bytes: raw, pos: 0 };
    let bad = |m: &str| LoadError::BadNormMap(m.to_owned());
    let mut entries: Vec<NormEntry> = Vec::with_capacity(count.min(len / 5));
    for _ in 0..count {
        let from = char::from_u32(m.u32("normalised code point")?)
            .ok_or_else(|| bad("invalid code point"))?;
        let k = m.u8("replacement length")?;
        let to = (0..k)
            .map(|_| {
                char::from_u32(m.u32("replacement")?).ok_or_else(|| bad("invalid replacement"))
            })
            .collect::<Result<Vec<char>, LoadError>>()?;
        if entries.last().is_some_and(|e| e.from >= from) {
            return Err(bad("entries not sorted by code point")); // e5.c binary-searches them
        }
        entries.push(NormEntry { from, to });
    }
    if m.pos != raw.len() {
        return Err(bad("trailing bytes after the last entry"));
    }
    Ok((entries, raw))
}

fn read_tensors<'a>(r: &mut Reader<'a>) -> Result<Vec<Tensor<'a>>, LoadError> {
    let count = r.count("tensor count", 1 << 16)?;
    let file = r.bytes;
    let mut out = Vec::with_capacity(count.min(1024));
    for _ in 0..count {
        let name_len = r.u16("tensor name length")? as usize;
        let name = String::from_utf8_lossy(r.take(name_len, "tensor name")?).into_owned();
        let dtype = r.u8("tensor dtype")?;
        let elements = r.u32("tensor element count")? as usize;
        let off = usize::try_from(r.u64("tensor offset")?).unwrap_or(usize::MAX);
        let nbytes = usize::try_from(r.u64("tensor byte length")?).unwrap_or(usize::MAX);
        let bad = |reason: String| LoadError::BadTensor {
            name: name.clone(),
            reason,
        };
        let expected = match dtype {
            DTYPE_F32 => elements.checked_mul(4),
            DTYPE_Q4 if elements.is_multiple_of(QK) => Some(elements / QK * Q4_BLOCK_BYTES),
            DTYPE_Q4 => return Err(bad("q4_0 element count not a multiple of 32".into())),
            d => return Err(bad(format!("unknown dtype {d}"))),
        };
        if expected != Some(nbytes) {
            return Err(bad(format!("{nbytes} bytes for {elements} elements")));
        }
        let data = off
            .checked_add(nbytes)
            .and_then(|end| file.get(off..end))
            .ok_or_else(|| bad(format!("bytes {off}+{nbytes} lie outside the file")))?;
        out.push(Tensor {
            name,
            dtype,
            elements,
            offset: off,
            data,
        });
    }
    Ok(out)
}

/// Parses and validates everything except the per-tensor shapes (checked by
/// the consumer through [`Parsed::tensor`]).
pub(crate) fn parse(bytes: &[u8]) -> Result<Parsed<'_>, LoadError> {
    let mut r = Reader { bytes, pos: 0 };
    let header = read_header(&mut r)?;
    let vocab = read_vocab(&mut r, &header)?;
    let (norm, norm_raw) = read_norm(&mut r)?;
    let tensors = read_tensors(&mut r)?;
    Ok(Parsed {
        header,
        vocab,
        norm,
        norm_raw,
        tensors,
    })
}

/// Element count of `a × b`, as a header-consistency error if it overflows.
pub(crate) fn dims(a: usize, b: usize) -> Result<usize, LoadError> {
    a.checked_mul(b)
        .ok_or_else(|| header_err("tensor size overflows"))
}
