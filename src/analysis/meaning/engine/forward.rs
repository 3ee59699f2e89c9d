//! The BERT encoder over a batch of texts (`forward_batch` in e5.c).
//!
//! The tokens of every text in a batch are concatenated into one `[T × H]`
//! activation matrix, so each weight matrix is streamed once per batch for
//! all tokens; attention runs per text. The result per text is the mean of
//! its final hidden states (bos and eos included), L2-normalised.

#![expect(
    clippy::inline_always,
    reason = "helpers must be compiled into the AVX2 forward pass"
)]

use super::approx::{exp, gelu};
use super::error::LoadError;
use super::format::{DTYPE_F32, DTYPE_Q4, Header, Parsed, Q4_BLOCK_BYTES, QK, dims};
use super::quant::{Kernel, Q4Matrix, QuantActs, dequantize_row, matmul_portable};

/// One transformer layer (weights `l{i}.*` in the file).
struct Layer {
    q: Q4Matrix,
    k: Q4Matrix,
    v: Q4Matrix,
    attn_out: Q4Matrix,
    ffn_in: Q4Matrix,
    ffn_out: Q4Matrix,
    q_b: Vec<f32>,
    k_b: Vec<f32>,
    v_b: Vec<f32>,
    attn_out_b: Vec<f32>,
    attn_ln: (Vec<f32>, Vec<f32>),
    ffn_in_b: Vec<f32>,
    ffn_out_b: Vec<f32>,
    out_ln: (Vec<f32>, Vec<f32>),
}

/// Encoder weights, copied out of the file except the word-embedding table,
/// which stays in the model bytes and is dequantised row by row.
pub(crate) struct Encoder {
    hidden: usize,
    heads: usize,
    ffn: usize,
    eps: f32,
    max_pos: usize,
    pos: Vec<f32>,
    token_type: Vec<f32>,
    emb_ln: (Vec<f32>, Vec<f32>),
    layers: Vec<Layer>,
    /// Byte range of `emb.word` inside the model bytes.
    pub word_range: std::ops::Range<usize>,
}

fn floats(data: &[u8]) -> Vec<f32> {
    data.chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

impl Encoder {
    /// Loads and shape-checks every tensor listed in `e5_parse`.
    pub fn new(p: &Parsed<'_>) -> Result<Self, LoadError> {
        let Header {
            hidden: h,
            ffn,
            vocab,
            max_pos,
            type_vocab,
            ..
        } = p.header;
        let f32s = |name: &str, n: usize| p.tensor(name, DTYPE_F32, n).map(floats);
        let q4 = |name: &str, rows: usize, cols: usize| {
            Ok(Q4Matrix::from_q4(
                p.tensor(name, DTYPE_Q4, dims(rows, cols)?)?,
                rows,
                cols,
            ))
        };
        // The word table stays in the model bytes: remember where it is.
        let word = p.tensor_entry("emb.word", DTYPE_Q4, dims(vocab, h)?)?;
        let word_range = word.offset..word.offset + word.data.len();
        let mut layers = Vec::with_capacity(p.header.layers);
        for l in 0..p.header.layers {
            let n = |s: &str| format!("l{l}.{s}");
            layers.push(Layer {
                q: q4(&n("q.w"), h, h)?,
                k: q4(&n("k.w"), h, h)?,
                v: q4(&n("v.w"), h, h)?,
                attn_out: q4(&n("ao.w"), h, h)?,
                ffn_in: q4(&n("fi.w"), ffn, h)?,
                ffn_out: q4(&n("fo.w"), h, ffn)?,
                q_b: f32s(&n("q.b"), h)?,
                k_b: f32s(&n("k.b"), h)?,
                v_b: f32s(&n("v.b"), h)?,
                attn_out_b: f32s(&n("ao.b"), h)?,
                attn_ln: (f32s(&n("aln.w"), h)?, f32s(&n("aln.b"), h)?),
                ffn_in_b: f32s(&n("fi.b"), ffn)?,
                ffn_out_b: f32s(&n("fo.b"), h)?,
                out_ln: (f32s(&n("oln.w"), h)?, f32s(&n("oln.b"), h)?),
            });
        }
        Ok(Self {
            hidden: h,
            heads: p.header.heads,
            ffn,
            eps: p.header.eps,
            max_pos,
            pos: f32s("emb.pos", dims(max_pos, h)?)?,
            token_type: f32s("emb.type", dims(type_vocab, h)?)?[..h].to_vec(), // type id 0
            emb_ln: (f32s("emb.ln.w", h)?, f32s("emb.ln.b", h)?),
            layers,
            word_range,
        })
    }

    /// Embedding width (384 for e5-small).
    pub fn hidden(&self) -> usize {
        self.hidden
    }

    /// Longest input in tokens, bos and eos included.
    pub fn max_positions(&self) -> usize {
        self.max_pos
    }

    /// Runs the encoder over `segments` (token ids incl. bos/eos, each at most
    /// `max_positions()` long, ids below the table size) and returns one
    /// unit-length embedding per segment, or `None` if `stop()` turned true
    /// (checked before every layer).
    #[cfg_attr(
        target_arch = "x86_64",
        expect(unsafe_code, reason = "calls the AVX2 build of the forward pass")
    )]
    pub fn run(
        &self,
        kernel: Kernel,
        word_table: &[u8],
        segments: &[&[u32]],
        scratch: &mut Scratch,
        stop: &dyn Fn() -> bool,
    ) -> Option<Vec<Vec<f32>>> {
        match kernel {
            // FMA is native on aarch64, and a library call on baseline x86_64.
            Kernel::Portable => self.run_with::<{ cfg!(target_arch = "aarch64") }>(
                word_table,
                segments,
                scratch,
                stop,
                matmul_portable,
            ),
            // SAFETY: `Kernel::Avx2` is only produced by `Kernel::detect` after
            // `is_x86_feature_detected!` confirmed AVX2 and FMA on this CPU.
            #[cfg(target_arch = "x86_64")]
            Kernel::Avx2 => unsafe { self.run_avx2(word_table, segments, scratch, stop) },
        }
    }

    /// The whole forward pass compiled for AVX2 + FMA (the helpers below are
    /// `#[inline(always)]`, so layernorm, GELU, quantisation and attention are
    /// vectorised 8-wide too), using the AVX2 int8 × int4 kernel.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    fn run_avx2(
        &self,
        word_table: &[u8],
        segments: &[&[u32]],
        scratch: &mut Scratch,
        stop: &dyn Fn() -> bool,
    ) -> Option<Vec<Vec<f32>>> {
        // The closure inherits this function's target features.
        let kernel = |w: &Q4Matrix, bias: &[f32], acts: &QuantActs, out: &mut [f32]| {
            super::quant::avx2::matmul(w, bias, acts, out);
        };
        self.run_with::<true>(word_table, segments, scratch, stop, kernel)
    }

    /// The forward pass proper (`forward_batch` + pooling); `FUSED` selects
    /// FMA in the GELU polynomial.
    #[inline(always)]
    fn run_with<const FUSED: bool>(
        &self,
        word_table: &[u8],
        segments: &[&[u32]],
        scratch: &mut Scratch,
        stop: &dyn Fn() -> bool,
        matmul: impl Fn(&Q4Matrix, &[f32], &QuantActs, &mut [f32]),
    ) -> Option<Vec<Vec<f32>>> {
        let h = self.hidden;
        let total: usize = segments.iter().map(|s| s.len()).sum();
        scratch.resize(total * h, total * self.ffn);
        let Scratch {
            x,
            q,
            k,
            v,
            ctx,
            tmp,
            mid,
            keys_t,
            prob,
            acts,
        } = scratch;

        // word + position + token type 0, then LayerNorm
        let row_bytes = h / QK * Q4_BLOCK_BYTES;
        let tokens = segments.iter().flat_map(|s| s.iter().enumerate());
        for (row, (position, &id)) in x.chunks_exact_mut(h).zip(tokens) {
            let id = id as usize;
            dequantize_row(&word_table[id * row_bytes..(id + 1) * row_bytes], row);
            let pos = &self.pos[position * h..(position + 1) * h];
            for ((value, &p), &t) in row.iter_mut().zip(pos).zip(&self.token_type) {
                *value += p + t;
            }
        }
        layer_norm(x, None, &self.emb_ln, self.eps, h);

        for layer in &self.layers {
            if stop() {
                return None;
            }
            acts.quantize(x, h); // Q, K and V share one quantised input
            matmul(&layer.q, &layer.q_b, acts, q);
            matmul(&layer.k, &layer.k_b, acts, k);
            matmul(&layer.v, &layer.v_b, acts, v);
            let mut start = 0;
            for seg in segments {
                let range = start * h..(start + seg.len()) * h;
                attention::<FUSED>(
                    self.heads,
                    h,
                    &q[range.clone()],
                    &k[range.clone()],
                    &v[range.clone()],
                    &mut ctx[range],
                    keys_t,
                    prob,
                );
                start += seg.len();
            }
            acts.quantize(ctx, h);
            matmul(&layer.attn_out, &layer.attn_out_b, acts, tmp);
            layer_norm(x, Some(tmp), &layer.attn_ln, self.eps, h);

            acts.quantize(x, h);
            matmul(&layer.ffn_in, &layer.ffn_in_b, acts, mid);
            for m in mid.iter_mut() {
                *m = gelu::<FUSED>(*m);
            }
            acts.quantize(mid, self.ffn);
            matmul(&layer.ffn_out, &layer.ffn_out_b, acts, tmp);
            layer_norm(x, Some(tmp), &layer.out_ln, self.eps, h);
        }

        let mut out = Vec::with_capacity(segments.len());
        let mut rows = x.chunks_exact(h);
        for seg in segments {
            let mut mean = vec![0f32; h];
            for row in rows.by_ref().take(seg.len()) {
                for (m, &r) in mean.iter_mut().zip(row) {
                    *m += r;
                }
            }
            // mean, then L2 normalisation as at the end of e5.c's embed_n
            let inv_len = 1.0 / seg.len() as f32;
            let norm: f32 = mean.iter().map(|m| (m * inv_len) * (m * inv_len)).sum();
            let inv = 1.0 / norm.max(1e-12).sqrt();
            out.push(mean.iter().map(|m| (m * inv_len) * inv).collect());
        }
        Some(out)
    }
}

/// Reusable activation buffers for one worker.
#[derive(Default)]
pub(crate) struct Scratch {
    x: Vec<f32>,
    q: Vec<f32>,
    k: Vec<f32>,
    v: Vec<f32>,
    ctx: Vec<f32>,
    tmp: Vec<f32>,
    mid: Vec<f32>,
    keys_t: Vec<f32>,
    prob: Vec<f32>,
    acts: QuantActs,
}

impl Scratch {
    fn resize(&mut self, th: usize, tf: usize) {
        for b in [
            &mut self.x,
            &mut self.q,
            &mut self.k,
            &mut self.v,
            &mut self.ctx,
            &mut self.tmp,
        ] {
            b.resize(th, 0.0);
        }
        self.mid.resize(tf, 0.0);
    }
}

/// Sum with 8 independent lanes so that LLVM vectorises it (e5.c sums
/// sequentially; only the rounding differs).
#[inline(always)]
fn sum8(xs: impl Iterator<Item = f32>) -> f32 {
    let mut lanes = [0f32; 8];
    for (i, x) in xs.enumerate() {
        lanes[i % 8] += x;
    }
    ((lanes[0] + lanes[4]) + (lanes[1] + lanes[5]))
        + ((lanes[2] + lanes[6]) + (lanes[3] + lanes[7]))
}

/// `x = LayerNorm(x + residual)` row by row (`add_layernorm` in e5.c).
#[inline(always)]
fn layer_norm(
    x: &mut [f32],
    residual: Option<&[f32]>,
    (gain, bias): &(Vec<f32>, Vec<f32>),
    eps: f32,
    width: usize,
) {
    for (t, row) in x.chunks_exact_mut(width).enumerate() {
        if let Some(res) = residual {
            for (r, &v) in row.iter_mut().zip(&res[t * width..(t + 1) * width]) {
                *r += v;
            }
        }
        let mean = sum8(row.iter().copied()) / width as f32;
        let var = sum8(row.iter().map(|&r| (r - mean) * (r - mean))) / width as f32;
        let inv = 1.0 / (var + eps).sqrt();
        for ((r, &g), &b) in row.iter_mut().zip(gain).zip(bias) {
            *r = (*r - mean) * inv * g + b;
        }
    }
}

/// Scaled dot-product attention within one text (`q`, `k`, `v`, `ctx` hold
/// that text's `[L × width]` rows), per head, softmax with max subtraction,
/// as in the attention loop of e5.c's `forward_batch`. The keys are first
/// transposed so that each query's scores are built with contiguous,
/// vectorised multiply-adds (e5.c: one sequential dot product per key; the
/// summation order over the head dimension is the same).
#[inline(always)]
#[expect(
    clippy::too_many_arguments,
    reason = "one text's slices plus two scratch buffers"
)]
fn attention<const FUSED: bool>(
    heads: usize,
    width: usize,
    q: &[f32],
    k: &[f32],
    v: &[f32],
    ctx: &mut [f32],
    keys_t: &mut Vec<f32>,
    prob: &mut Vec<f32>,
) {
    let len = q.len() / width;
    let head_dim = width / heads;
    let scale = 1.0 / (head_dim as f32).sqrt();
    keys_t.resize(width * len, 0.0);
    for (s, row) in k.chunks_exact(width).enumerate() {
        for (c, &value) in row.iter().enumerate() {
            keys_t[c * len + s] = value;
        }
    }
    prob.resize(len, 0.0);
    for (query, out) in q.chunks_exact(width).zip(ctx.chunks_exact_mut(width)) {
        for head in 0..heads {
            let cols = head * head_dim..(head + 1) * head_dim;
            prob.fill(0.0);
            for c in cols.clone() {
                let qc = query[c];
                for (p, &kv) in prob.iter_mut().zip(&keys_t[c * len..(c + 1) * len]) {
                    *p += qc * kv;
                }
            }
            let mut max = -1e30f32;
            for p in prob.iter_mut() {
                *p *= scale;
                max = max.max(*p);
            }
            for p in prob.iter_mut() {
                *p = exp::<FUSED>(*p - max);
            }
            let inv = 1.0 / sum8(prob.iter().copied());
            let out = &mut out[cols.clone()];
            out.fill(0.0);
            for (s, &p) in prob.iter().enumerate() {
                let weight = p * inv;
                for (o, &value) in out.iter_mut().zip(&v[s * width..][cols.clone()]) {
                    *o += weight * value;
                }
            }
        }
    }
}
