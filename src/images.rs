//! Photos and pictures that pages show. Each raster file is decoded once, turned upright by
//! its EXIF orientation, resized to the configured widths (never wider than it is) and encoded
//! again, which leaves its metadata behind: no GPS position or camera serial reaches the site.
//! The results are cached by content hash and options in `.bulletin-cache/images/`, beside
//! `bulletin.toml` and outside the output folder, so a second build and every rebuild of
//! `serve` only look the files up. GIF (which may be animated) and SVG are published as
//! written; only their size is read.

use std::collections::{BTreeSet, HashMap};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use crate::config::ImageOptions;

/// Folder of the cache, relative to the site root.
pub const CACHE_DIR: &str = ".bulletin-cache/images";

/// The share image (`og:image`): the size link previews of social networks and messengers ask
/// for, cropped from the middle of the cover.
pub const SHARE_SIZE: (u32, u32) = (1200, 630);

/// Files bigger than this are refused before they are decoded.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Bumped when what is written for the same input and options changes.
const VERSION: u32 = 1;

/// Whether `file` is, by its name, a photo that is published in its prepared form even where
/// it is linked rather than shown: JPEG and PNG, which keep their format when prepared.
pub fn is_photo(file: &Path) -> bool {
    file.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["jpg", "jpeg", "png"].contains(&e.to_ascii_lowercase().as_str()))
}

/// The width and height of an image file as a browser lays it out: a raster image's pixels
/// (read from its header), or an SVG's `width` and `height` (in pixels, or without a unit),
/// else its `viewBox`. `None` when the file cannot be read or says neither.
pub fn intrinsic_size(file: &Path) -> Option<(u32, u32)> {
    let is_svg = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    if !is_svg {
        return image::image_dimensions(file).ok();
    }
    // The root element's attributes are in the first few hundred bytes of any real logo.
    let mut head = vec![0; 4096];
    let read = std::io::Read::read(&mut std::fs::File::open(file).ok()?, &mut head).ok()?;
    let head = String::from_utf8_lossy(&head[..read]);
    let tag = &head[head.find("<svg")?..];
    let tag = &tag[..tag.find('>')?];
    let attribute = |name: &str| -> Option<&str> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&tag[at..at + tag[at..].find('"')?])
    };
    let pixels = |v: &str| -> Option<f64> {
        let n: f64 = v.trim().trim_end_matches("px").parse().ok()?;
        (n.is_finite() && n > 0.0).then_some(n)
    };
    let (w, h) = match (
        attribute("width").and_then(pixels),
        attribute("height").and_then(pixels),
    ) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let view: Vec<f64> = attribute("viewBox")?
                .split([' ', ','])
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            match view[..] {
                [_, _, w, h] if w > 0.0 && h > 0.0 => (w, h),
                _ => return None,
            }
        }
    };
    Some((w.round().max(1.0) as u32, h.round().max(1.0) as u32))
}

/// One file made from a source image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// Where its bytes are: in the cache, or the source itself for files published as written.
    pub file: PathBuf,
}

/// What a source image became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// The size of the upright original.
    pub width: u32,
    pub height: u32,
    /// The start of the content hash: names of published files carry it, so a changed photo
    /// gets a new address and no browser shows a stale copy.
    pub hash: String,
    /// Extension of every variant (`jpg`, `png`, `gif`, `svg`).
    pub ext: &'static str,
    /// Narrowest first; one for files published as written.
    pub variants: Vec<Variant>,
    /// The 1200×630 crop (smaller when the original is), when asked for.
    pub share: Option<Variant>,
    /// The upright original without metadata, for links to the file itself.
    pub full: Variant,
}

/// What can go wrong with one image; `help` says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageError {
    pub message: String,
    pub help: String,
}

impl ImageError {
    fn new(message: impl Into<String>, help: impl Into<String>) -> ImageError {
        ImageError {
            message: message.into(),
            help: help.into(),
        }
    }
}

type Cell = Arc<OnceLock<Result<Arc<Processed>, ImageError>>>;

/// A file as last seen (path, length, modification time) and whether the share crop is wanted.
type Key = (PathBuf, u64, Option<SystemTime>, bool);

/// The images of one site and their cache. Shared by the pages rendered in parallel: each
/// image is made once however many pages show it.
pub struct Library {
    cache: PathBuf,
    options: ImageOptions,
    /// (file, length, modification time, with share image) → result; a changed file has
    /// another key.
    made: Mutex<HashMap<Key, Cell>>,
    /// Cache folders used since the library was made, for [`Library::clean`].
    used: Mutex<BTreeSet<PathBuf>>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("cache", &self.cache)
            .finish()
    }
}

impl Library {
    /// A library caching under `root`/[`CACHE_DIR`].
    pub fn new(root: &Path, options: &ImageOptions) -> Library {
        Library {
            cache: root.join(CACHE_DIR),
            options: options.clone(),
            made: Mutex::default(),
            used: Mutex::default(),
        }
    }

    /// Whether this library prepares images as the site at `root` with `options` wants.
    pub fn fits(&self, root: &Path, options: &ImageOptions) -> bool {
        self.cache == root.join(CACHE_DIR) && self.options == *options
    }

    /// The image in `file` (a path that exists), prepared; with `share`, also its share crop.
    pub fn get(&self, file: &Path, share: bool) -> Result<Arc<Processed>, ImageError> {
        let meta = std::fs::metadata(file).map_err(|e| {
            ImageError::new(
                format!("cannot read `{}`: {e}", file.display()),
                "check the file's permissions",
            )
        })?;
        let key = (file.to_path_buf(), meta.len(), meta.modified().ok(), share);
        let cell: Cell = self
            .made
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(key)
            .or_default()
            .clone();
        let result = cell
            .get_or_init(|| self.make(file, meta.len(), share).map(Arc::new))
            .clone();
        if let Ok(p) = &result
            && let Some(folder) = p.full.file.parent()
            && folder.starts_with(&self.cache)
        {
            self.used
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(folder.to_path_buf());
        }
        result
    }

    /// Removes the cache entries that no image of this build used, so the cache holds what
    /// the site shows and no more. Failures are left for the next build.
    pub fn clean(&self) {
        let used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        let Ok(entries) = std::fs::read_dir(&self.cache) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if !used.contains(&path) {
                let _ = std::fs::remove_dir_all(&path);
            }
        }
    }

    fn make(&self, file: &Path, len: u64, share: bool) -> Result<Processed, ImageError> {
        let name = file.display();
        if len > MAX_FILE_BYTES {
            return Err(ImageError::new(
                format!(
                    "`{name}` is {} MiB; images may be at most {} MiB",
                    len / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
                "export the photo at most 4000 pixels wide: the site never shows it larger",
            ));
        }
        let bytes = std::fs::read(file).map_err(|e| {
            ImageError::new(
                format!("cannot read `{name}`: {e}"),
                "check the file's permissions",
            )
        })?;
        let hash = digest(&bytes);
        let is_svg = file
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
        if is_svg {
            let (width, height) = svg_size(&bytes).ok_or_else(|| {
                ImageError::new(
                    format!("`{name}` is not an SVG image with a size"),
                    "give its <svg> element width and height, or a viewBox",
                )
            })?;
            return Ok(as_written(file, width, height, hash, "svg"));
        }
        let format = image::guess_format(&bytes).map_err(|_| unsupported(file))?;
        let ext = match format {
            ImageFormat::Jpeg => "jpg",
            ImageFormat::Png => "png",
            ImageFormat::WebP => "webp",
            ImageFormat::Gif => "gif",
            _ => return Err(unsupported(file)),
        };
        if ext == "gif" {
            let (width, height) = reader(&bytes, format)
                .into_dimensions()
                .map_err(|e| broken(file, &e))?;
            return Ok(as_written(file, width, height, hash, "gif"));
        }
        let folder = self.cache.join(format!(
            "{hash}-{}",
            digest(format!("{VERSION}{:?}", self.options).as_bytes())
                .get(..8)
                .unwrap_or_default()
        ));
        if let Some(done) = read_folder(&folder, share) {
            return Ok(done);
        }
        let image = decode(&bytes, format).map_err(|e| broken(file, &e))?;
        // A photo with transparency stays PNG; everything else is a JPEG.
        let out_ext = if ext == "png" || (ext == "webp" && image.color().has_alpha()) {
            "png"
        } else {
            "jpg"
        };
        let written =
            write_folder(&folder, &image, out_ext, &self.options, share).map_err(|e| {
                ImageError::new(
                    format!("cannot write the image cache `{}`: {e}", folder.display()),
                    format!("check that `{CACHE_DIR}` beside bulletin.toml can be written"),
                )
            })?;
        Ok(written)
    }
}

fn unsupported(file: &Path) -> ImageError {
    ImageError::new(
        format!("`{}` is not an image bulletin can publish", file.display()),
        "save it as JPEG, PNG, WebP, GIF or SVG",
    )
}

fn broken(file: &Path, e: &image::ImageError) -> ImageError {
    ImageError::new(
        format!("`{}` cannot be read as an image: {e}", file.display()),
        "open it in an image editor and save it again as JPEG or PNG",
    )
}

/// A reader for `bytes` that refuses images too large to decode safely.
fn reader(bytes: &[u8], format: ImageFormat) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(1024 * 1024 * 1024);
    reader.limits(limits);
    reader
}

/// The upright image: the EXIF orientation applied to the pixels.
fn decode(bytes: &[u8], format: ImageFormat) -> image::ImageResult<DynamicImage> {
    let mut decoder = reader(bytes, format).into_decoder()?;
    let orientation = decoder.orientation()?;
    let mut image = DynamicImage::from_decoder(decoder)?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn as_written(file: &Path, width: u32, height: u32, hash: String, ext: &'static str) -> Processed {
    let variant = Variant {
        width,
        height,
        file: file.to_path_buf(),
    };
    Processed {
        width,
        height,
        hash: short(&hash),
        ext,
        variants: vec![variant.clone()],
        share: None,
        full: variant,
    }
}

/// Hex SHA-256 of `bytes`.
fn digest(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

fn short(hash: &str) -> String {
    hash.get(..10).unwrap_or(hash).to_string()
}

/// The widths an image `width` pixels wide is made in: the configured ones clearly below its
/// own width (a 960 px copy of a 1000 px photo saves nothing worth a file), and its own width
/// when it is not wider than the widest configured one.
pub fn widths(width: u32, options: &ImageOptions) -> Vec<u32> {
    let mut out: Vec<u32> = options
        .widths
        .iter()
        .copied()
        .filter(|&w| u64::from(w) * 10 < u64::from(width) * 9)
        .collect();
    if options.widths.last().is_none_or(|&max| width <= max) || out.is_empty() {
        out.push(width.min(*options.widths.last().unwrap_or(&width)));
    }
    out.dedup();
    out
}

fn scaled_height(width: u32, height: u32, to: u32) -> u32 {
    ((u64::from(height) * u64::from(to) + u64::from(width) / 2) / u64::from(width)).max(1) as u32
}

/// Files in a finished cache folder: `w<width>x<height>.<ext>`, `full-…` and `share-…`.
fn read_folder(folder: &Path, share: bool) -> Option<Processed> {
    let hash = folder.file_name()?.to_str()?.split('-').next()?.to_string();
    let mut variants = Vec::new();
    let (mut full, mut shared, mut ext) = (None, None, None);
    for entry in std::fs::read_dir(folder).ok()?.flatten() {
        let name = entry.file_name().into_string().ok()?;
        let (stem, e) = name.rsplit_once('.')?;
        let (kind, size) = match stem.split_once('-') {
            Some((kind, size)) => (kind, size),
            None => ("w", stem.strip_prefix('w')?),
        };
        let (w, h) = size.split_once('x')?;
        let variant = Variant {
            width: w.parse().ok()?,
            height: h.parse().ok()?,
            file: entry.path(),
        };
        ext = Some(if e == "png" { "png" } else { "jpg" });
        match kind {
            "full" => full = Some(variant),
            "share" => shared = Some(variant),
            _ => variants.push(variant),
        }
    }
    let full = full?;
    if variants.is_empty() || (share && shared.is_none()) {
        return None;
    }
    variants.sort_by_key(|v| v.width);
    Some(Processed {
        width: full.width,
        height: full.height,
        hash: short(&hash),
        ext: ext?,
        variants,
        share: shared,
        full,
    })
}

/// Makes every variant of `image` into `folder`: written beside it first and moved into place
/// whole, so that a build killed halfway leaves no partial entry. Another build that made the
/// same folder meanwhile wins; its files are the same.
fn write_folder(
    folder: &Path,
    image: &DynamicImage,
    ext: &'static str,
    options: &ImageOptions,
    share: bool,
) -> std::io::Result<Processed> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let parent = folder.parent().unwrap_or(folder);
    std::fs::create_dir_all(parent)?;
    let staging = parent.join(format!(
        ".staging-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&staging)?;
    let result = (|| {
        let (width, height) = (image.width(), image.height());
        let write = |name: String, img: &DynamicImage| -> std::io::Result<()> {
            std::fs::write(staging.join(name), encode(img, ext, options.quality)?)
        };
        write(format!("full-{width}x{height}.{ext}"), image)?;
        for w in widths(width, options) {
            let h = scaled_height(width, height, w);
            let resized = if w == width {
                image.clone()
            } else {
                resize(image, w, h, false)?
            };
            write(format!("w{w}x{h}.{ext}"), &resized)?;
        }
        // The existing entries of a folder made without the share image are kept too.
        if folder.is_dir() {
            for entry in std::fs::read_dir(folder)?.flatten() {
                let target = staging.join(entry.file_name());
                if !target.exists() {
                    let _ = std::fs::copy(entry.path(), target);
                }
            }
        }
        if share {
            let (sw, sh) = SHARE_SIZE;
            let (w, h) = if width >= sw {
                (sw, sh)
            } else {
                (width, scaled_height(sw, sh, width))
            };
            let crop = resize(image, w, h, true)?;
            write(format!("share-{w}x{h}.{ext}"), &crop)?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    if folder.is_dir() {
        let _ = std::fs::remove_dir_all(folder);
    }
    if std::fs::rename(&staging, folder).is_err() {
        let _ = std::fs::remove_dir_all(&staging);
    }
    read_folder(folder, share).ok_or_else(|| std::io::Error::other("the cache entry is incomplete"))
}

/// `image` at `width`×`height` (Lanczos); with `crop`, the middle of it that has that shape.
fn resize(
    image: &DynamicImage,
    width: u32,
    height: u32,
    crop: bool,
) -> std::io::Result<DynamicImage> {
    use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
    // fast_image_resize takes 8-bit RGB(A) and grey; anything else is brought to that first.
    let source = match image {
        DynamicImage::ImageRgb8(_) | DynamicImage::ImageRgba8(_) | DynamicImage::ImageLuma8(_) => {
            std::borrow::Cow::Borrowed(image)
        }
        other if other.color().has_alpha() => {
            std::borrow::Cow::Owned(DynamicImage::ImageRgba8(other.to_rgba8()))
        }
        other => std::borrow::Cow::Owned(DynamicImage::ImageRgb8(other.to_rgb8())),
    };
    let mut out = DynamicImage::new(width, height, source.color());
    let mut options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    if crop {
        options = options.fit_into_destination(Some((0.5, 0.5)));
    }
    Resizer::new()
        .resize(source.as_ref(), &mut out, &options)
        .map_err(std::io::Error::other)?;
    Ok(out)
}

fn encode(image: &DynamicImage, ext: &str, quality: u8) -> std::io::Result<Vec<u8>> {
    use image::codecs::jpeg::JpegEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut out = Vec::new();
    let result = if ext == "png" {
        let rgba;
        let image = if matches!(
            image,
            DynamicImage::ImageRgba8(_)
                | DynamicImage::ImageRgb8(_)
                | DynamicImage::ImageLuma8(_)
                | DynamicImage::ImageLumaA8(_)
        ) {
            image
        } else {
            rgba = DynamicImage::ImageRgba8(image.to_rgba8());
            &rgba
        };
        image.write_with_encoder(PngEncoder::new_with_quality(
            &mut out,
            CompressionType::Default,
            FilterType::Adaptive,
        ))
    } else {
        let rgb = DynamicImage::ImageRgb8(image.to_rgb8());
        rgb.write_with_encoder(JpegEncoder::new_with_quality(&mut out, quality))
    };
    result.map_err(std::io::Error::other)?;
    Ok(out)
}

/// The size an SVG declares: `width` and `height` in pixels, else its `viewBox`.
fn svg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    for _ in 0..64 {
        match reader.read_event_into(&mut buf).ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == b"svg" => {
                let attr = |name: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.local_name().as_ref() == name)
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                };
                let px = |v: Option<String>| {
                    v.and_then(|v| v.trim().trim_end_matches("px").parse::<f64>().ok())
                        .filter(|v| *v >= 1.0 && *v <= 100_000.0)
                };
                if let (Some(w), Some(h)) = (px(attr(b"width")), px(attr(b"height"))) {
                    return Some((w.round() as u32, h.round() as u32));
                }
                let view_box = attr(b"viewBox")?;
                let parts: Vec<f64> = view_box
                    .split(|c: char| c == ',' || c.is_whitespace())
                    .filter(|p| !p.is_empty())
                    .filter_map(|p| p.parse().ok())
                    .collect();
                let (w, h) = (*parts.get(2)?, *parts.get(3)?);
                return (w >= 1.0 && h >= 1.0 && w <= 100_000.0 && h <= 100_000.0)
                    .then(|| (w.round() as u32, h.round() as u32));
            }
            Event::Eof => return None,
            _ => {}
        }
        buf.clear();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intrinsic_sizes_of_svg_and_raster_files() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| {
            let path = dir.path().join(name);
            std::fs::write(&path, text).unwrap();
            path
        };
        let sized = write(
            "a.svg",
            r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="120px" height="40" viewBox="0 0 12 4"></svg>"#,
        );
        assert_eq!(intrinsic_size(&sized), Some((120, 40)));
        let viewbox = write(
            "b.svg",
            r#"<svg viewBox="0,0 300.4 100" xmlns="http://www.w3.org/2000/svg"/>"#,
        );
        assert_eq!(intrinsic_size(&viewbox), Some((300, 100)));
        let relative = write(
            "c.svg",
            r#"<svg width="100%" height="100%" viewBox="0 0 64 32"></svg>"#,
        );
        assert_eq!(intrinsic_size(&relative), Some((64, 32)));
        assert_eq!(intrinsic_size(&write("d.svg", "<svg></svg>")), None);
        assert_eq!(intrinsic_size(&write("e.svg", "not svg")), None);
        let png = dir.path().join("f.png");
        image::RgbImage::new(7, 3).save(&png).unwrap();
        assert_eq!(intrinsic_size(&png), Some((7, 3)));
        assert_eq!(intrinsic_size(&dir.path().join("missing.png")), None);
    }

    #[test]
    fn widths_never_upscale() {
        let o = ImageOptions::default();
        assert_eq!(widths(2400, &o), vec![480, 960, 1600]);
        assert_eq!(widths(1000, &o), vec![480, 1000]);
        assert_eq!(widths(1100, &o), vec![480, 960, 1100]);
        assert_eq!(widths(300, &o), vec![300]);
        assert_eq!(widths(1600, &o), vec![480, 960, 1600]);
    }

    #[test]
    fn svg_sizes() {
        assert_eq!(
            svg_size(br#"<svg width="120" height="40px"/>"#),
            Some((120, 40))
        );
        assert_eq!(
            svg_size(br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 810 540"></svg>"#),
            Some((810, 540))
        );
        assert_eq!(svg_size(b"<svg/>"), None);
    }
}
