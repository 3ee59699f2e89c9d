//! A picture on a note: a photo of a flip chart or a piece of art. Kept inside the project
//! file, so a project stays one portable file a coordinator can open anywhere.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// The encoded picture and what a screen reader says for it. Decoding is the UI's and the
/// importer's business; the model only carries the bytes and their size.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picture {
    /// Pixels across, as stored (after any downscale on import).
    pub width: u32,
    /// Pixels down, as stored.
    pub height: u32,
    /// What the picture shows, in words: read out instead of the picture.
    #[serde(default)]
    pub alt: String,
    /// The PNG or JPEG file itself. Shared, so undo history and copies cost no extra memory.
    #[serde(with = "base64_text")]
    pub data: Arc<[u8]>,
}

impl Picture {
    /// Height over width, kept sane for a corrupt or hand-edited size.
    pub fn aspect(&self) -> f32 {
        if self.width == 0 || self.height == 0 {
            return 0.75;
        }
        (self.height as f32 / self.width as f32).clamp(0.2, 3.0)
    }
}

/// Bytes as base64 text: RON would otherwise write every byte as a number.
mod base64_text {
    use std::sync::Arc;

    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &Arc<[u8]>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Arc<[u8]>, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        STANDARD
            .decode(text.as_bytes())
            .map(Arc::from)
            .map_err(serde::de::Error::custom)
    }
}
