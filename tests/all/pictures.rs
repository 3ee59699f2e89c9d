//! Picture notes: photos and artwork kept inside the one project file, and pictures that
//! must be refused (bombs, cut-short files, things that are not pictures).
#![expect(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::io::Cursor;

use cytun::command::{Command, apply};
use cytun::import::picture::{PictureError, STORED_LONG_SIDE, read_picture};
use cytun::model::{BoardPos, Note, NoteDetails, NoteId, Project};
use image::{ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

fn encoded(image: &image::DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut bytes = Cursor::new(Vec::new());
    image.write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

fn photo(width: u32, height: u32) -> image::DynamicImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    })
    .into()
}

fn project_with_picture(bytes: &[u8]) -> Project {
    let picture = read_picture(bytes).unwrap();
    let mut project = Project::new("Art");
    let note = Note {
        id: NoteId(1),
        text: "The group's collage".into(),
        pos: BoardPos::new(10.0, 20.0),
        z: 1,
        copy_of: None,
        details: NoteDetails::default(),
        picture: Some(picture),
    };
    apply(
        &mut project,
        Command::Import {
            notes: vec![note],
            headings: Vec::new(),
        },
    )
    .unwrap();
    project
}

#[test]
fn a_png_and_a_jpeg_survive_save_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let with_alpha: image::DynamicImage =
        RgbaImage::from_pixel(40, 30, Rgba([200, 30, 90, 128])).into();
    for (bytes, expect_png) in [
        (encoded(&with_alpha, ImageFormat::Png), true),
        (encoded(&photo(64, 48), ImageFormat::Jpeg), false),
    ] {
        let project = project_with_picture(&bytes);
        let path = dir.path().join("art.ron");
        cytun::store::save(&project, &path).unwrap();
        let loaded = cytun::store::load(&path).unwrap();
        assert_eq!(loaded, project);
        let picture = loaded.notes[&NoteId(1)].picture.clone().unwrap();
        assert_eq!(
            image::guess_format(&picture.data).unwrap(),
            if expect_png {
                ImageFormat::Png
            } else {
                ImageFormat::Jpeg
            }
        );
        let shown = cytun::import::picture::decode(&picture.data).unwrap();
        assert_eq!(
            (shown.width(), shown.height()),
            (picture.width, picture.height)
        );
    }
}

#[test]
fn a_large_photo_is_downscaled_so_the_project_stays_small() {
    let bytes = encoded(&photo(4000, 3000), ImageFormat::Png);
    let picture = read_picture(&bytes).unwrap();
    assert_eq!(picture.width, STORED_LONG_SIDE);
    assert_eq!(picture.height, 1200);
    let text = cytun::store::to_ron(&project_with_picture(&bytes)).unwrap();
    assert!(
        text.len() < 3 * 1024 * 1024,
        "a 12-megapixel picture takes {} bytes in the project",
        text.len()
    );
}

/// A PNG that claims to be `width` x `height` but holds no pixels: what a decompression
/// bomb looks like to the header reader.
fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &byte in bytes {
            crc ^= u32::from(byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(&13u32.to_be_bytes());
    png.extend_from_slice(&ihdr);
    png.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    for chunk in [b"IDAT", b"IEND"] {
        png.extend_from_slice(&0u32.to_be_bytes());
        png.extend_from_slice(chunk);
        png.extend_from_slice(&crc32(chunk).to_be_bytes());
    }
    png
}

#[test]
fn a_decompression_bomb_is_refused_before_decoding() {
    let refused = read_picture(&png_header_only(30_000, 30_000));
    assert!(
        matches!(
            refused,
            Err(PictureError::TooLarge {
                width: 30_000,
                height: 30_000,
                ..
            })
        ),
        "{refused:?}"
    );
}

#[test]
fn a_cut_short_jpeg_and_a_non_picture_are_refused() {
    let jpeg = encoded(&photo(200, 150), ImageFormat::Jpeg);
    let truncated = &jpeg[..jpeg.len() / 3];
    assert!(matches!(
        read_picture(truncated),
        Err(PictureError::Damaged(_))
    ));
    assert_eq!(
        read_picture(b"text,prompt\nnot a picture,feels\n"),
        Err(PictureError::NotAPicture)
    );
    assert_eq!(read_picture(b""), Err(PictureError::NotAPicture));
}

#[test]
fn a_project_file_claiming_a_giant_picture_is_refused() {
    let project = project_with_picture(&encoded(&photo(8, 8), ImageFormat::Png));
    let text = cytun::store::to_ron(&project).unwrap();
    let hostile = text.replace("width: 8,", "width: 4000000000,");
    assert!(matches!(
        cytun::store::parse(&hostile),
        Err(cytun::store::LoadError::Invalid(_))
    ));
}

#[test]
fn describing_a_picture_is_one_undoable_step() {
    let mut project = project_with_picture(&encoded(&photo(8, 8), ImageFormat::Png));
    let undo = apply(
        &mut project,
        Command::SetPictureAlt {
            id: NoteId(1),
            alt: "A collage of hands holding a cup of tea".into(),
        },
    )
    .unwrap();
    let alt = |p: &Project| p.notes[&NoteId(1)].picture.as_ref().unwrap().alt.clone();
    assert_eq!(alt(&project), "A collage of hands holding a cup of tea");
    apply(&mut project, undo).unwrap();
    assert_eq!(alt(&project), "");
}
