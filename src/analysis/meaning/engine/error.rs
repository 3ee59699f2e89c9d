//! The error type of model loading and reduction.

use std::fmt;

/// Why a model file was rejected; every check in the loader maps to one variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file ended while reading a field.
    Truncated {
        /// The field being read.
        what: &'static str,
        /// Byte offset where it starts.
        offset: usize,
    },
    /// The file does not start with "E5S1".
    BadMagic,
    /// Unsupported format version.
    BadVersion(u32),
    /// A header dimension is out of range or inconsistent.
    BadHeader(String),
    /// The tokenizer vocabulary (offsets, scores, special ids) is inconsistent.
    BadVocab(String),
    /// The normalisation map is malformed.
    BadNormMap(String),
    /// A tensor the encoder needs is absent from the directory.
    MissingTensor(String),
    /// A tensor's type, size or location does not match the header.
    BadTensor {
        /// Tensor name in the directory.
        name: String,
        /// What is wrong with it.
        reason: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Truncated { what, offset } => {
                write!(
                    f,
                    "model file truncated while reading {what} at byte {offset}"
                )
            }
            Self::BadMagic => write!(f, "not an E5S1 model file (bad magic)"),
            Self::BadVersion(v) => write!(f, "unsupported E5S1 version {v}"),
            Self::BadHeader(m) => write!(f, "bad model header: {m}"),
            Self::BadVocab(m) => write!(f, "bad tokenizer vocabulary: {m}"),
            Self::BadNormMap(m) => write!(f, "bad normalisation map: {m}"),
            Self::MissingTensor(n) => write!(f, "missing tensor '{n}'"),
            Self::BadTensor { name, reason } => write!(f, "bad tensor '{name}': {reason}"),
        }
    }
}

impl std::error::Error for LoadError {}
