//! Turning a photo or scan into a picture note: decoded under explicit limits (a hostile file
//! costs bounded time and memory), turned upright, downscaled and re-encoded, so the project
//! file stays portable and carries no camera metadata such as where a photo was taken.

use std::io::Cursor;
use std::sync::Arc;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use thiserror::Error;

use crate::model::Picture;

/// Largest picture file read (a phone photo is a few MB).
pub const MAX_PICTURE_FILE_BYTES: usize = 64 * 1024 * 1024;
/// Widest or tallest picture decoded: above any camera, far below a decompression bomb.
pub const MAX_DECODE_SIDE: u32 = 16_000;
/// Most memory one decode may take.
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;
/// Longest side kept in the project: sharp on a projector, small in the file.
pub const STORED_LONG_SIDE: u32 = 1600;
/// JPEG quality for stored photos: no visible loss at projector size.
const JPEG_QUALITY: u8 = 85;

/// Why a picture could not be added. Nothing changes on the board when this is returned.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum PictureError {
    #[error("not a PNG or JPEG picture")]
    NotAPicture,
    #[error("the picture is {width} x {height} pixels, larger than {limit} on a side")]
    TooLarge { width: u32, height: u32, limit: u32 },
    #[error("the file is larger than {limit} bytes")]
    FileTooLarge { limit: usize },
    #[error("the picture is damaged or cut short: {0}")]
    Damaged(String),
}

/// Reads a PNG or JPEG file's bytes into a picture ready to put on a note.
pub fn read_picture(bytes: &[u8]) -> Result<Picture, PictureError> {
    if bytes.len() > MAX_PICTURE_FILE_BYTES {
        return Err(PictureError::FileTooLarge {
            limit: MAX_PICTURE_FILE_BYTES,
        });
    }
    let image = decode(bytes)?;
    let image = if image.width().max(image.height()) > STORED_LONG_SIDE {
        image.resize(
            STORED_LONG_SIDE,
            STORED_LONG_SIDE,
            image::imageops::FilterType::Triangle,
        )
    } else {
        image
    };
    // 8 bits a channel, and JPEG unless the picture really is see-through somewhere: small
    // enough to keep hundreds in one project.
    let mut data = Vec::new();
    let rgba = image.to_rgba8();
    let see_through = rgba.pixels().any(|p| p.0[3] < u8::MAX);
    let encoded = if see_through {
        rgba.write_with_encoder(PngEncoder::new(&mut data))
    } else {
        image
            .to_rgb8()
            .write_with_encoder(JpegEncoder::new_with_quality(&mut data, JPEG_QUALITY))
    };
    encoded.map_err(|err| PictureError::Damaged(err.to_string()))?;
    if data.len() > crate::store::MAX_PICTURE_BYTES {
        return Err(PictureError::FileTooLarge {
            limit: crate::store::MAX_PICTURE_BYTES,
        });
    }
    Ok(Picture {
        width: image.width(),
        height: image.height(),
        alt: String::new(),
        data: Arc::from(data),
    })
}

/// Decodes picture bytes (a file, or a picture stored in a project) under the limits,
/// turned the way the camera says is up.
pub fn decode(bytes: &[u8]) -> Result<DynamicImage, PictureError> {
    let reader = || -> Result<ImageReader<Cursor<&[u8]>>, PictureError> {
        let reader = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|err| PictureError::Damaged(err.to_string()))?;
        match reader.format() {
            Some(ImageFormat::Png) => Ok(reader),
            Some(ImageFormat::Jpeg) if jpeg_is_complete(bytes) => Ok(reader),
            Some(ImageFormat::Jpeg) => Err(PictureError::Damaged(String::from("JPEG"))),
            _ => Err(PictureError::NotAPicture),
        }
    };
    // The header's size is checked before a single pixel is decoded.
    let (width, height) = reader()?
        .into_dimensions()
        .map_err(|err| PictureError::Damaged(err.to_string()))?;
    if width > MAX_DECODE_SIDE || height > MAX_DECODE_SIDE || width == 0 || height == 0 {
        return Err(PictureError::TooLarge {
            width,
            height,
            limit: MAX_DECODE_SIDE,
        });
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    let mut decoder = reader()?
        .into_decoder()
        .map_err(|err| PictureError::Damaged(err.to_string()))?;
    decoder
        .set_limits(limits)
        .map_err(|_| PictureError::TooLarge {
            width,
            height,
            limit: MAX_DECODE_SIDE,
        })?;
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|err| match err {
        image::ImageError::Limits(_) => PictureError::TooLarge {
            width,
            height,
            limit: MAX_DECODE_SIDE,
        },
        other => PictureError::Damaged(other.to_string()),
    })?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    Ok(image)
}

/// Whether a JPEG's last image scan is followed by its end marker. The decoder would show a
/// cut-short photo half grey without complaint; the user should hear it is damaged instead.
/// (Inside a scan every 0xFF byte is escaped, so an end marker after the last scan start is
/// the real end, whatever thumbnail or extra data the camera added.)
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last_scan = bytes.windows(2).rposition(|pair| pair == [0xFF, 0xDA]);
    last_scan.is_some_and(|start| bytes[start..].windows(2).any(|pair| pair == [0xFF, 0xD9]))
}
