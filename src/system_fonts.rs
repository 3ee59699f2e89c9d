//! The machine's own fonts, for characters Cytûn's fonts lack: people write in Chinese,
//! Arabic, Urdu and Hebrew, and send emoji. Cytûn's own fonts (Ubuntu, then egui's emoji
//! font) come first, so a Welsh report looks the same on every machine; whatever they lack is
//! looked for in the system's fonts (Segoe UI, Segoe UI Symbol and Microsoft YaHei on
//! Windows; Noto, DejaVu and Droid Sans Fallback on Linux), found with `fontdb`. No I/O
//! beyond reading the system's font folders, once per process.

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use skrifa::MetadataProvider as _;

/// Families tried first, in order: wide coverage, clear shapes. Any other font of the
/// machine's is tried after them, by name, so the choice is the same every time.
const PREFERRED: &[&str] = &[
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Noto Sans Hebrew",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Segoe UI",
    "Microsoft YaHei",
    "Segoe UI Symbol",
    "Segoe UI Historic",
    "Arial",
    "DejaVu Sans",
    "Droid Sans Fallback",
    "Droid Sans Fallback Full",
    "WenQuanYi Zen Hei",
];

/// One of the machine's fonts: its file's bytes and which face in it.
#[derive(Clone)]
pub struct SystemFont {
    pub family: String,
    pub data: Arc<Vec<u8>>,
    pub index: u32,
}

impl std::fmt::Debug for SystemFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SystemFont")
            .field("family", &self.family)
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

/// The system's fonts, read once (it takes a moment on a machine with many).
fn database() -> &'static fontdb::Database {
    static DATABASE: OnceLock<fontdb::Database> = OnceLock::new();
    DATABASE.get_or_init(|| {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        database
    })
}

/// The regular faces to try, preferred families first, then every other by family name.
fn faces_in_order() -> Vec<(usize, String, fontdb::ID)> {
    let mut faces: Vec<(usize, String, fontdb::ID)> = database()
        .faces()
        .filter(|face| face.style == fontdb::Style::Normal && !face.monospaced)
        .filter_map(|face| {
            let family = face.families.first()?.0.clone();
            let rank = PREFERRED
                .iter()
                .position(|p| p.eq_ignore_ascii_case(&family))
                .unwrap_or(PREFERRED.len());
            Some((rank, family, face.id))
        })
        .collect();
    // Regular weight before bold within a family: the nearest to 400 first.
    let weight = |id: fontdb::ID| {
        database()
            .face(id)
            .map_or(u16::MAX, |face| face.weight.0.abs_diff(400))
    };
    faces.sort_by(|a, b| (a.0, &a.1, weight(a.2)).cmp(&(b.0, &b.1, weight(b.2))));
    faces
}

/// As few of the machine's fonts as cover `chars`, in the order to try them; what none of
/// them has is left uncovered (the caller shows a visible mark for it).
pub fn covering(chars: &BTreeSet<char>) -> Vec<SystemFont> {
    let mut left: BTreeSet<char> = chars
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut found = Vec::new();
    if left.is_empty() {
        return found;
    }
    for (_, family, id) in faces_in_order() {
        let font = database().with_face_data(id, |data, index| {
            let face = skrifa::FontRef::from_index(data, index).ok()?;
            let charmap = face.charmap();
            let has: Vec<char> = left
                .iter()
                .copied()
                .filter(|c| charmap.map(*c).is_some())
                .collect();
            (!has.is_empty()).then(|| (has, Arc::new(data.to_vec()), index))
        });
        if let Some(Some((has, data, index))) = font {
            for c in has {
                left.remove(&c);
            }
            found.push(SystemFont {
                family,
                data,
                index,
            });
        }
        if left.is_empty() {
            break;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_to_cover_reads_no_font() {
        assert!(covering(&BTreeSet::new()).is_empty());
        assert!(covering(&[' ', '\n'].into_iter().collect()).is_empty());
    }
}
