//! `q4_0` weights, `q8_0` activation blocks and the int8 × int4 matrix
//! product (`quantize_acts` and `matmul_q4q8` in e5.c).
//!
//! Each output is `Σ_blocks d_w · d_a · (⟨w_nibble, a_int8⟩ − 8 · Σ a_int8)`:
//! the weights stay 4-bit integers (0..=15, offset 8), activations are
//! quantised per 32-block to int8, and only the block sums touch floats.

#![expect(
    clippy::inline_always,
    reason = "helpers must be compiled into the AVX2 forward pass"
)]

use super::format::{Q4_BLOCK_BYTES, QK};

/// Output rows computed together (`RO` in e5.c), so each activation block is
/// loaded once for eight weight rows.
const ROWS: usize = 8;

/// IEEE half → single, including subnormals (`fp16_to_fp32` in e5.c).
pub(crate) fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h & 0x8000) << 16;
    let exp = u32::from((h >> 10) & 0x1f);
    let man = u32::from(h & 0x3ff);
    let bits = match (exp, man) {
        (0, 0) => sign,
        (0, m) => {
            // subnormal half: renormalise into a normal single
            let shift = m.leading_zeros() - 21; // bring bit 10 to the top
            sign | ((127 - 15 + 1 - shift) << 23) | (((m << shift) & 0x3ff) << 13)
        }
        (31, m) => sign | 0x7f80_0000 | (m << 13),
        (e, m) => sign | ((e + 127 - 15) << 23) | (m << 13),
    };
    f32::from_bits(bits)
}

/// Dequantises one `q4_0` row (`deq_row` in e5.c); `out.len()` weights.
pub(crate) fn dequantize_row(q4: &[u8], out: &mut [f32]) {
    for (block, o) in q4
        .chunks_exact(Q4_BLOCK_BYTES)
        .zip(out.chunks_exact_mut(QK))
    {
        let d = f16_to_f32(u16::from_le_bytes([block[0], block[1]]));
        for (j, &b) in block[2..].iter().enumerate() {
            o[j] = f32::from(i16::from(b & 0x0f) - 8) * d;
            o[j + 16] = f32::from(i16::from(b >> 4) - 8) * d;
        }
    }
}

/// A `q4_0` weight matrix `[rows × cols]`, expanded once at load into unsigned
/// nibble bytes (e5.c re-expands each row group on every call) and laid out
/// group by group: for each group of [`ROWS`] rows and each block, the 8 rows'
/// 32 weights are contiguous, and so are their 8 scales.
pub(crate) struct Q4Matrix {
    rows: usize,
    blocks: usize,
    quants: Vec<[u8; QK]>,
    scales: Vec<[f32; ROWS]>,
}

impl Q4Matrix {
    /// Builds from `q4_0` bytes; `data.len()` must be `rows * cols / 32 * 18`
    /// (checked by the loader). Rows past the end of a partial group are zero.
    pub fn from_q4(data: &[u8], rows: usize, cols: usize) -> Self {
        let blocks = cols / QK;
        let groups = rows.div_ceil(ROWS);
        let mut quants = vec![[0u8; QK]; groups * blocks * ROWS];
        let mut scales = vec![[0f32; ROWS]; groups * blocks];
        for (r, row) in data
            .chunks_exact(blocks * Q4_BLOCK_BYTES)
            .enumerate()
            .take(rows)
        {
            let (g, rr) = (r / ROWS, r % ROWS);
            for (b, block) in row.chunks_exact(Q4_BLOCK_BYTES).enumerate() {
                scales[g * blocks + b][rr] = f16_to_f32(u16::from_le_bytes([block[0], block[1]]));
                let q = &mut quants[(g * blocks + b) * ROWS + rr];
                for (j, &byte) in block[2..].iter().enumerate() {
                    q[j] = byte & 0x0f;
                    q[j + 16] = byte >> 4;
                }
            }
        }
        Self {
            rows,
            blocks,
            quants,
            scales,
        }
    }
}

/// Activations quantised per 32-block to int8 (`q8_0`): values (stored as the
/// bit patterns of `i8`), per-block scale and per-block integer sum.
#[derive(Default)]
pub(crate) struct QuantActs {
    blocks: usize,
    q: Vec<[u8; QK]>,
    d: Vec<f32>,
    sum: Vec<i32>,
}

impl QuantActs {
    /// Quantises `x` (`tokens × cols`, row-major) like `quantize_acts`:
    /// scale = max|x| / 127, values rounded half-to-even (`lrintf`) and clamped.
    /// Always inlined so that it is compiled for the caller's target features.
    #[inline(always)]
    pub fn quantize(&mut self, x: &[f32], cols: usize) {
        let blocks = x.len() / QK;
        self.blocks = cols / QK;
        self.q.resize(blocks, [0; QK]);
        self.d.resize(blocks, 0.0);
        self.sum.resize(blocks, 0);
        for (((xb, q), d), s) in x
            .chunks_exact(QK)
            .zip(&mut self.q)
            .zip(&mut self.d)
            .zip(&mut self.sum)
        {
            let amax = xb.iter().fold(0f32, |m, v| m.max(v.abs()));
            let dd = amax / 127.0;
            let id = if dd > 0.0 { 1.0 / dd } else { 0.0 };
            let mut total = 0;
            for (o, &v) in q.iter_mut().zip(xb) {
                // Adding 1.5·2^23 rounds half-to-even (lrintf) for |v| < 2^22 and
                // leaves the integer in the low mantissa bits.
                const MAGIC: f32 = 12_582_912.0;
                let r = ((v * id + MAGIC).to_bits().wrapping_sub(MAGIC.to_bits()) as i32)
                    .clamp(-128, 127);
                *o = r as i8 as u8;
                total += r;
            }
            *d = dd;
            *s = total;
        }
    }
}

/// Which matmul implementation runs; `Avx2` only exists after run-time detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kernel {
    Portable,
    #[cfg(target_arch = "x86_64")]
    Avx2,
}

impl Kernel {
    /// The fastest kernel this CPU supports.
    pub fn detect() -> Self {
        #[cfg(target_arch = "x86_64")]
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("fma") {
            return Self::Avx2;
        }
        Self::Portable
    }
}

/// Checks the shapes every kernel relies on: `x` has `w`'s input width,
/// `bias` one value per output row, `out` one row of outputs per token.
#[inline(always)]
fn check_shapes(w: &Q4Matrix, bias: &[f32], x: &QuantActs, out: &[f32]) {
    assert_eq!(
        x.blocks, w.blocks,
        "activation width must match the weights"
    );
    assert_eq!(bias.len(), w.rows, "one bias per output row");
    assert_eq!(
        out.len(),
        x.q.len() / w.blocks * w.rows,
        "one output row per token"
    );
}

/// `out[t][o] = bias[o] + Σ_i w[o][i] · x[t][i]` for every token of `x`,
/// scalar: the arithmetic of e5.c's non-AVX2 branch (exact integer block dot
/// products, the −8 offset removed before scaling). LLVM vectorises the
/// 32-wide integer dot product for the target (SSE2, NEON).
pub(crate) fn matmul_portable(w: &Q4Matrix, bias: &[f32], x: &QuantActs, out: &mut [f32]) {
    check_shapes(w, bias, x, out);
    let nb = w.blocks;
    let tokens =
        x.q.chunks_exact(nb)
            .zip(x.d.chunks_exact(nb))
            .zip(x.sum.chunks_exact(nb));
    for (out_t, ((aq, ad), asum)) in out.chunks_exact_mut(w.rows).zip(tokens) {
        for (g, (wq, ws)) in w
            .quants
            .chunks_exact(nb * ROWS)
            .zip(w.scales.chunks_exact(nb))
            .enumerate()
        {
            for r in 0..ROWS.min(w.rows - g * ROWS) {
                let mut acc = 0f32;
                for b in 0..nb {
                    let dot: i32 = wq[b * ROWS + r]
                        .iter()
                        .zip(&aq[b])
                        .map(|(&wv, &av)| i32::from(wv) * i32::from(av as i8))
                        .sum();
                    acc += ws[b][r] * ad[b] * (dot - 8 * asum[b]) as f32;
                }
                out_t[g * ROWS + r] = bias[g * ROWS + r] + acc;
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
pub(crate) mod avx2 {
    use super::{Q4Matrix, QK, QuantActs, ROWS, check_shapes};
    use std::arch::x86_64::{
        __m256, __m256i, _mm_cvtss_f32, _mm_permute_ps, _mm256_add_epi32, _mm256_castps256_ps128,
        _mm256_castsi256_si128, _mm256_cvtepi16_epi32, _mm256_cvtepi32_ps, _mm256_extractf128_ps,
        _mm256_extracti128_si256, _mm256_fmadd_ps, _mm256_hadd_epi16, _mm256_loadu_si256,
        _mm256_maddubs_epi16, _mm256_mul_ps, _mm256_set_ps, _mm256_set1_epi32, _mm256_set1_ps,
        _mm256_setzero_ps, _mm256_sub_epi32,
    };

    #[target_feature(enable = "avx2")]
    #[expect(unsafe_code, reason = "unaligned 32-byte vector load from a reference")]
    fn load(bytes: &[u8; QK]) -> __m256i {
        // SAFETY: `bytes` is a valid reference to exactly 32 readable bytes and
        // `_mm256_loadu_si256` has no alignment requirement.
        unsafe { _mm256_loadu_si256(bytes.as_ptr().cast()) }
    }

    #[target_feature(enable = "avx2")]
    fn to_array(v: __m256) -> [f32; ROWS] {
        let (lo, hi) = (_mm256_castps256_ps128(v), _mm256_extractf128_ps::<1>(v));
        [
            _mm_cvtss_f32(lo),
            _mm_cvtss_f32(_mm_permute_ps::<1>(lo)),
            _mm_cvtss_f32(_mm_permute_ps::<2>(lo)),
            _mm_cvtss_f32(_mm_permute_ps::<3>(lo)),
            _mm_cvtss_f32(hi),
            _mm_cvtss_f32(_mm_permute_ps::<1>(hi)),
            _mm_cvtss_f32(_mm_permute_ps::<2>(hi)),
            _mm_cvtss_f32(_mm_permute_ps::<3>(hi)),
        ]
    }

    /// AVX2 version of `matmul_q4q8`. Per token and block, `maddubs` multiplies
    /// the unsigned weight nibbles of 8 rows by the signed int8 activations;
    /// unlike e5.c (`madd` to int32, one float accumulator and one horizontal
    /// sum per row), a tree of int16 `hadd`s turns the 8 rows' partial sums
    /// into one vector of exact block dot products, the −8 offset is removed
    /// in integers, and a single FMA scales all 8 rows by `d_w · d_a`.
    #[target_feature(enable = "avx2,fma")]
    pub(crate) fn matmul(w: &Q4Matrix, bias: &[f32], x: &QuantActs, out: &mut [f32]) {
        check_shapes(w, bias, x, out);
        let nb = w.blocks;
        for (g, (wq, ws)) in w
            .quants
            .chunks_exact(nb * ROWS)
            .zip(w.scales.chunks_exact(nb))
            .enumerate()
        {
            let tokens =
                x.q.chunks_exact(nb)
                    .zip(x.d.chunks_exact(nb))
                    .zip(x.sum.chunks_exact(nb));
            for (out_t, ((aq, ad), asum)) in out.chunks_exact_mut(w.rows).zip(tokens) {
                let mut acc = _mm256_setzero_ps();
                for (((a, &da), &sa), (wb, sc)) in aq
                    .iter()
                    .zip(ad)
                    .zip(asum)
                    .zip(wq.chunks_exact(ROWS).zip(ws))
                {
                    let av = load(a);
                    // maddubs: 16 int16 pair sums per row, |pair| <= 2 * 15 * 128.
                    let pairs = |r: usize| _mm256_maddubs_epi16(load(&wb[r]), av);
                    // Three int16 hadd levels sum 16 products per 128-bit half
                    // (|sum| <= 16 * 15 * 128 = 30720, no overflow), leaving
                    // rows 0..8 in order within each half.
                    let p01 = _mm256_hadd_epi16(pairs(0), pairs(1));
                    let p23 = _mm256_hadd_epi16(pairs(2), pairs(3));
                    let p45 = _mm256_hadd_epi16(pairs(4), pairs(5));
                    let p67 = _mm256_hadd_epi16(pairs(6), pairs(7));
                    let halves =
                        _mm256_hadd_epi16(_mm256_hadd_epi16(p01, p23), _mm256_hadd_epi16(p45, p67));
                    // widen both halves to int32 and add: exact block dot per row
                    let sums = _mm256_add_epi32(
                        _mm256_cvtepi16_epi32(_mm256_castsi256_si128(halves)),
                        _mm256_cvtepi16_epi32(_mm256_extracti128_si256::<1>(halves)),
                    );
                    let exact = _mm256_sub_epi32(sums, _mm256_set1_epi32(8 * sa));
                    let dw = _mm256_set_ps(sc[7], sc[6], sc[5], sc[4], sc[3], sc[2], sc[1], sc[0]);
                    let scale = _mm256_mul_ps(dw, _mm256_set1_ps(da));
                    acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(exact), scale, acc);
                }
                let first = g * ROWS;
                let last = (first + ROWS).min(w.rows);
                for ((o, b), a) in out_t[first..last]
                    .iter_mut()
                    .zip(&bias[first..last])
                    .zip(to_array(acc))
                {
                    *o = b + a;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn f16_conversion() {
        let bits = |h| f16_to_f32(h).to_bits();
        assert_eq!(bits(0x3c00), 1f32.to_bits());
        assert_eq!(bits(0xc000), (-2f32).to_bits());
        assert_eq!(bits(0x0001), 2f32.powi(-24).to_bits()); // e5.c halves subnormals
        assert_eq!(bits(0x03ff), (1023.0 * 2f32.powi(-24)).to_bits());
        assert_eq!(bits(0x7c00), f32::INFINITY.to_bits());
        assert!(f16_to_f32(0x7e00).is_nan());
        assert_eq!(bits(0x7bff), 65504f32.to_bits());
    }

    /// Pseudo-random matrix and activations; both kernels must agree.
    #[test]
    fn kernels_agree() {
        let mut seed = 0x1234_5678_u32;
        let mut rnd = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        let (rows, cols, tokens) = (24, 96, 5);
        let mut data = Vec::new();
        for _ in 0..rows * cols / QK {
            data.extend_from_slice(&0x2c00u16.wrapping_add((rnd() % 512) as u16).to_le_bytes());
            data.extend((0..16).map(|_| rnd() as u8));
        }
        let weights = Q4Matrix::from_q4(&data, rows, cols);
        let input: Vec<f32> = (0..tokens * cols)
            .map(|_| (rnd() % 2001) as f32 / 100.0 - 10.0)
            .collect();
        let bias: Vec<f32> = (0..rows).map(|i| i as f32 * 0.1).collect();
        let mut acts = QuantActs::default();
        acts.quantize(&input, cols);
        let mut portable = vec![0f32; tokens * rows];
        matmul_portable(&weights, &bias, &acts, &mut portable);
        let fast = portable.clone();
        #[cfg(target_arch = "x86_64")]
        let fast = {
            let mut out = fast;
            if Kernel::detect() == Kernel::Avx2 {
                #[expect(unsafe_code, reason = "test of the AVX2 kernel")]
                // SAFETY: detect() returned Avx2, so the CPU has AVX2 and FMA.
                unsafe {
                    avx2::matmul(&weights, &bias, &acts, &mut out);
                };
            }
            out
        };
        // reference: dequantised weights × dequantised activations in f64
        let mut wrow = vec![0f32; cols];
        for t in 0..tokens {
            for o in 0..rows {
                dequantize_row(
                    &data[o * cols / QK * 18..(o + 1) * cols / QK * 18],
                    &mut wrow,
                );
                let mut expected = f64::from(bias[o]);
                for (i, wv) in wrow.iter().enumerate() {
                    let blk = t * cols / QK + i / QK;
                    let av = f64::from(acts.q[blk][i % QK] as i8) * f64::from(acts.d[blk]);
                    expected += f64::from(*wv) * av;
                }
                let (p, f) = (portable[t * rows + o], fast[t * rows + o]);
                assert!(
                    (f64::from(p) - expected).abs() < 1e-3 * (1.0 + expected.abs()),
                    "{p} vs {expected}"
                );
                assert!((p - f).abs() < 1e-4 * (1.0 + p.abs()), "{p} vs {f}");
            }
        }
    }
}
