//! Which file an image written in Markdown names, and the [`Picture`] its prepared versions
//! make. Images are files of the article's page bundle (`photo.jpg` beside `index.de.md`) or
//! of `static/` (`/logos/partner.png`); both work under any base path, since their addresses
//! are made here.

use std::path::{Component, Path, PathBuf};

use crate::images::Processed;
use crate::markdown::{ImageFile, ImageProblem, Picture};
use crate::urls::Urls;

/// The folder of the site's own static files.
pub const STATIC_DIR: &str = "static";

/// The file, relative to the site root, that the image `src` in the Markdown file `md`
/// (relative to `root`) names; `None` for images that are not files of the site (other
/// sites, `data:`), which are left as written.
pub fn locate(src: &str, md: &Path, root: &Path) -> Option<Result<PathBuf, ImageProblem>> {
    let src = src.trim();
    let scheme = src
        .split_once(':')
        .is_some_and(|(s, _)| !s.is_empty() && !s.contains('/'));
    if src.is_empty() || scheme || src.starts_with("//") || src.starts_with("@/") {
        return None;
    }
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned();
    let relative = Path::new(path.trim_start_matches('/'));
    if path.contains('\\')
        || relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Some(Err(ImageProblem {
            message: format!("the image `{src}` is not a file of the page bundle or of `static/`"),
            help: "name a file beside the article's index.<lang>.md (photo.jpg), or one in static/ from the site's root (/logos/partner.png), without `..`".into(),
        }));
    }
    let in_static = path.starts_with('/');
    let folder = if in_static {
        PathBuf::from(STATIC_DIR)
    } else {
        md.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let file = folder.join(relative);
    let exists = root.join(&file).is_file();
    let md_name = md.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let bundle = md_name.starts_with("index.") || md_name.starts_with("_index.");
    if !in_static && !bundle {
        // `x.de.md` → stem `x` and `.de.md`, for the bundle's `x/index.de.md`.
        let (stem, lang_part) = match md_name.split_once('.') {
            Some((stem, _)) if !stem.is_empty() => (stem, &md_name[stem.len()..]),
            _ => ("article", ".md"),
        };
        let name = relative.display();
        let bundle_dir = folder.join(stem);
        return Some(Err(ImageProblem {
            message: if exists {
                format!("the image `{src}` lies beside a plain article, not in its page bundle")
            } else {
                format!(
                    "the image `{src}` does not exist, and a plain article has no folder for images"
                )
            },
            help: format!(
                "make the article a page bundle: move `{}` to `{}` and put `{name}` beside it; or put the image in static/ and write `/{name}`",
                md.display(),
                bundle_dir.join(format!("index{lang_part}")).display(),
            ),
        }));
    }
    if exists {
        return Some(Ok(file));
    }
    if in_static {
        // Left as written: a path from the domain's root that names no static file is either
        // a file the build makes itself or a broken link, which the link check reports with
        // the site's files to choose from.
        return None;
    }
    Some(Err(missing(src, &file, root)))
}

/// A missing image, with the most similar file of its folder as a suggestion.
fn missing(src: &str, file: &Path, root: &Path) -> ImageProblem {
    let folder = file.parent().unwrap_or(Path::new(""));
    let names: Vec<String> = std::fs::read_dir(root.join(folder))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.ends_with(".md"))
        .collect();
    let wanted = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let hint = crate::error::closest(&wanted, names.iter().map(String::as_str), 0.6);
    ImageProblem {
        message: format!(
            "the image `{src}` does not exist (looked for `{}`)",
            file.display()
        ),
        help: match hint {
            Some(name) => {
                format!("did you mean `{name}`? File names are case-sensitive on the web")
            }
            None => format!(
                "put the image in `{}`, or correct the file name",
                if folder.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    folder
                }
                .display()
            ),
        },
    }
}

/// The name stem published files of `file` carry: its own name, readable in addresses.
fn stem(file: &Path) -> String {
    let stem = file
        .file_stem()
        .map(|s| slug::slugify(s.to_string_lossy()))
        .unwrap_or_default();
    if stem.is_empty() {
        "image".into()
    } else {
        stem
    }
}

/// The published files of the image `file` (relative to the site root) as `processed` made
/// them: one per width, named `<name>-<hash>-<width>.<ext>` under `/images/`.
pub fn picture(processed: &Processed, file: &Path, urls: &Urls) -> Picture {
    let stem = stem(file);
    // A file published as written (GIF, SVG) keeps one name; prepared widths carry theirs.
    let single = processed.variants.len() == 1 && processed.variants[0].file.ends_with(file);
    let name = |width: u32| match single {
        true => format!("{stem}-{}.{}", processed.hash, processed.ext),
        false => format!("{stem}-{}-{width}.{}", processed.hash, processed.ext),
    };
    let mut files = Vec::new();
    let mut srcset = Vec::new();
    for v in &processed.variants {
        let url = urls.image(&name(v.width));
        files.push(ImageFile {
            url: url.clone(),
            source: v.file.clone(),
        });
        srcset.push((url, v.width));
    }
    // The fallback: a width that suits the text column on most screens.
    let fallback = processed
        .variants
        .iter()
        .rposition(|v| v.width <= 1000)
        .unwrap_or(0);
    let main = &processed.variants[fallback];
    Picture {
        src: srcset[fallback].0.clone(),
        width: main.width,
        height: main.height,
        srcset: if srcset.len() > 1 { srcset } else { Vec::new() },
        files,
    }
}

/// The share image (`og:image`) of `processed`: its URL, size and file.
pub fn share(processed: &Processed, file: &Path, urls: &Urls) -> Option<(ImageFile, u32, u32)> {
    let v = processed.share.as_ref()?;
    let url = urls.image(&format!(
        "{}-{}-share-{}x{}.{}",
        stem(file),
        processed.hash,
        v.width,
        v.height,
        processed.ext
    ));
    Some((
        ImageFile {
            url,
            source: v.file.clone(),
        },
        v.width,
        v.height,
    ))
}

/// An article's cover image (`[image]`), prepared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cover {
    pub picture: Picture,
    /// Empty for a decorative image.
    pub alt: String,
    pub credit: Option<String>,
    /// The share image: its file (under its URL) and size.
    pub share: Option<(ImageFile, u32, u32)>,
}

impl Cover {
    /// Every file the cover needs in the output.
    pub fn files(&self) -> impl Iterator<Item = &ImageFile> {
        self.picture
            .files
            .iter()
            .chain(self.share.as_ref().map(|(file, _, _)| file))
    }
}

/// The cover image of `page`, prepared with its share crop; an error names the `[image]`
/// line of its front matter.
pub fn cover(
    page: &crate::content::Page,
    library: &crate::images::Library,
    config: &crate::config::Config,
) -> Result<Option<Cover>, crate::error::Diagnostic> {
    use crate::toml_spans::Step;
    let Some(image) = &page.front.image else {
        return Ok(None);
    };
    let at = |key: &'static str, message: String, help: String| {
        let diagnostic = crate::error::Diagnostic::error(message)
            .in_file(&page.file)
            .help(help);
        match crate::content::front_matter::locate(
            &page.source,
            &[Step::Key("image"), Step::Key(key)],
        ) {
            Some(position) => diagnostic.at(position),
            None => diagnostic,
        }
    };
    if image.alt.trim().is_empty() && !image.alt.is_empty() {
        return Err(at(
            "alt",
            "the cover image's `alt` is blank".into(),
            "say what the image shows, or write alt = \"\" for a decorative image".into(),
        ));
    }
    let file = match locate(&image.src, &page.file, &config.root) {
        Some(Ok(file)) => file,
        Some(Err(problem)) => return Err(at("src", problem.message, problem.help)),
        None => {
            return Err(at(
                "src",
                format!("the cover image `{}` is not a file of the site", image.src),
                "put the image in the page bundle (cover.jpg) or in static/ (/covers/name.jpg): images from other sites are not published".into(),
            ));
        }
    };
    let processed = library
        .get(&config.root.join(&file), true)
        .map_err(|e| at("src", e.message, e.help))?;
    Ok(Some(Cover {
        picture: picture(&processed, &file, &config.urls),
        alt: image.alt.trim().to_string(),
        credit: image.credit.clone().filter(|c| !c.trim().is_empty()),
        share: share(&processed, &file, &config.urls),
    }))
}
