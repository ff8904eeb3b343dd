//! The files a site renders with: the theme's templates, static files and Fluent catalogs,
//! overridden file by file by the site's own `templates/`, `static/` and `i18n/`.
//!
//! The theme `default` is built into the binary, so a new site needs no copy of it; a folder
//! `themes/<name>/` in the site takes precedence.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use walkdir::WalkDir;

use crate::config::Config;
use crate::error::Diagnostics;

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Which layer a file comes from; the site's layer wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    Theme,
    Site,
}

/// A text file of the theme or the site.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Logical name: `templates/page.html`, `i18n/de/theme.ftl`.
    pub name: String,
    /// The path shown in messages.
    pub display: PathBuf,
    pub text: String,
    pub layer: Layer,
}

/// A static file to copy.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path below `static/`, with `/` separators.
    pub name: String,
    pub display: PathBuf,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Default)]
pub struct ThemeFiles {
    /// Template name (`page.html`) → file.
    pub templates: BTreeMap<String, SourceFile>,
    /// Fluent files, theme's first, then the site's.
    pub i18n: Vec<SourceFile>,
    pub statics: BTreeMap<String, StaticFile>,
}

impl ThemeFiles {
    pub fn load(config: &Config) -> (ThemeFiles, Diagnostics) {
        let mut files = ThemeFiles::default();
        let mut problems = Diagnostics::default();
        let theme_dir = config.root.join("themes").join(&config.theme);
        if theme_dir.is_dir() {
            files.add_dir(&config.root, &theme_dir, Layer::Theme, &mut problems);
        } else if config.theme == "default" {
            files.add_embedded(&DEFAULT_THEME);
        } else {
            // Config::load reports this; the folder can still vanish in between under `serve`.
            problems.push(
                crate::config::missing_theme(&config.theme).in_file(crate::config::CONFIG_FILE),
            );
        }
        files.add_dir(&config.root, &config.root, Layer::Site, &mut problems);
        (files, problems)
    }

    /// Adds `templates/`, `static/` and `i18n/` below `dir`.
    fn add_dir(&mut self, root: &Path, dir: &Path, layer: Layer, problems: &mut Diagnostics) {
        for part in ["templates", "static", "i18n"] {
            let base = dir.join(part);
            if !base.is_dir() {
                continue;
            }
            for entry in WalkDir::new(&base)
                .sort_by_file_name()
                .into_iter()
                .filter_map(Result::ok)
            {
                let for_hosts = part == "static" && is_for_hosts(entry.path());
                if !entry.file_type().is_file() || (is_hidden(entry.path()) && !for_hosts) {
                    continue;
                }
                let rel = entry.path().strip_prefix(&base).unwrap_or(entry.path());
                let rel = rel
                    .iter()
                    .map(|c| c.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let display = entry
                    .path()
                    .strip_prefix(root)
                    .unwrap_or(entry.path())
                    .to_path_buf();
                if part == "static" {
                    match std::fs::read(entry.path()) {
                        Ok(bytes) => self.add_static(rel, display, bytes),
                        Err(e) => problems.push(crate::fs::io_error(&display, "cannot read", &e)),
                    }
                } else {
                    match crate::fs::read_text(entry.path()) {
                        Ok(text) => {
                            let unfit: Vec<crate::error::Diagnostic> =
                                crate::fs::unfit_characters(&text)
                                    .map(|d| d.in_file(&display))
                                    .collect();
                            if unfit.is_empty() {
                                self.add_text(part, rel, display, text, layer);
                            } else {
                                problems.extend(unfit);
                            }
                        }
                        Err(d) => problems.push(d.relative_to(root)),
                    }
                }
            }
        }
    }

    fn add_embedded(&mut self, dir: &Dir<'static>) {
        for entry in dir.entries() {
            match entry {
                include_dir::DirEntry::Dir(d) => self.add_embedded(d),
                include_dir::DirEntry::File(f) => {
                    let path = f
                        .path()
                        .iter()
                        .map(|c| c.to_string_lossy())
                        .collect::<Vec<_>>();
                    let Some((part, rest)) = path.split_first() else {
                        continue;
                    };
                    let rel = rest.join("/");
                    let display = PathBuf::from("<built-in theme default>").join(f.path());
                    match part.as_ref() {
                        "static" => self.add_static(rel, display, f.contents().to_vec()),
                        "templates" | "i18n" => {
                            let text = String::from_utf8_lossy(f.contents()).into_owned();
                            self.add_text(part, rel, display, text, Layer::Theme)
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    fn add_static(&mut self, name: String, display: PathBuf, bytes: Vec<u8>) {
        self.statics.insert(
            name.clone(),
            StaticFile {
                name,
                display,
                bytes,
            },
        );
    }

    fn add_text(&mut self, part: &str, rel: String, display: PathBuf, text: String, layer: Layer) {
        let file = SourceFile {
            name: format!("{part}/{rel}"),
            display,
            text,
            layer,
        };
        if part == "templates" {
            self.templates.insert(rel, file);
        } else {
            self.i18n.push(file);
        }
    }
}

/// Dotfiles that web hosts read from the published folder: GitHub Pages' `.nojekyll` (serve
/// files as they are), Codeberg Pages' `.domains` (custom domains), Apache's `.htaccess`.
pub const HOST_DOTFILES: &[&str] = &[".nojekyll", ".domains", ".htaccess"];

fn is_for_hosts(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| HOST_DOTFILES.contains(&n))
}

/// Editor backups and dotfiles are not part of a theme.
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') || n.ends_with('~'))
}

/// Every file of the built-in default theme, for `bulletin init`.
pub fn default_theme_files() -> Vec<(PathBuf, &'static [u8])> {
    fn walk(dir: &Dir<'static>, out: &mut Vec<(PathBuf, &'static [u8])>) {
        for entry in dir.entries() {
            match entry {
                include_dir::DirEntry::Dir(d) => walk(d, out),
                include_dir::DirEntry::File(f) => out.push((f.path().to_path_buf(), f.contents())),
            }
        }
    }
    let mut out = Vec::new();
    walk(&DEFAULT_THEME, &mut out);
    out.sort();
    out
}
