//! What one run of the pipeline keeps for the next, so that `serve` does again only what a
//! change needs: files re-read only when they changed on disk, Markdown re-rendered only when
//! its text or the targets of its internal links changed, template views rebuilt only when
//! something they show changed, and output files rendered again only when the inputs of their
//! template changed.
//!
//! Each stage keeps a record of exactly what it read, and reuses its earlier result only when
//! all of that is equal; a test applies a sequence of edits and compares every output with a
//! fresh full build, byte for byte (tests/incremental.rs). What the stages cannot see (the
//! configuration, templates, Fluent catalogs and static files) clears the cache instead
//! ([`Cache::clear`], [`Cache::clear_outputs`]).

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::Arc;

use tera::Value;

use crate::markdown::{LinkTarget, Rendered};

#[derive(Default)]
pub struct Cache {
    // Keyed by the path's bytes: hashing a `Path` walks its components, which showed in
    // profiles of partial rebuilds.
    pub(crate) files: HashMap<OsString, CachedFile>,
    pub(crate) markdown: HashMap<OsString, CachedMarkdown>,
    pub(crate) views: HashMap<OsString, CachedView>,
    /// Output path → what its template was given last time.
    pub(crate) signatures: HashMap<String, String>,
    next_id: u64,
}

impl Cache {
    /// Forgets everything: the next run is a full build.
    pub fn clear(&mut self) {
        *self = Cache {
            next_id: self.next_id,
            ..Cache::default()
        };
    }

    /// Keeps what was loaded and rendered from Markdown, but renders every output again
    /// (after a change to a stylesheet, whose fingerprinted name is in every page).
    pub fn clear_outputs(&mut self) {
        self.signatures.clear();
    }

    /// Forgets the files at these absolute paths, everything below them when they are (or
    /// were) folders, and, when a page bundle's asset changed, the bundle's Markdown files,
    /// whose asset lists may be different now.
    pub fn forget_files<'a>(&mut self, paths: impl IntoIterator<Item = &'a PathBuf>) {
        for path in paths {
            let asset = path.extension().is_none_or(|e| e != "md");
            let folder = path.parent().unwrap_or(path).as_os_str().as_encoded_bytes();
            let path = path.as_os_str().as_encoded_bytes();
            // Compared as bytes: this runs over every cached file for every change.
            let below = |p: &[u8], dir: &[u8]| {
                p.len() > dir.len() && p.starts_with(dir) && p[dir.len()] == b'/'
            };
            self.files.retain(|p, _| {
                let p = p.as_encoded_bytes();
                let in_folder = below(p, folder) && !p[folder.len() + 1..].contains(&b'/');
                !(p == path || below(p, path) || (asset && in_folder))
            });
        }
    }

    pub(crate) fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }
}

/// A content file as loaded, with what its metadata said then.
pub(crate) struct CachedFile {
    pub stamp: Stamp,
    pub loaded: crate::content::Loaded,
}

/// Modification time and length: a file with both unchanged is not read again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub modified: Option<std::time::SystemTime>,
    pub len: u64,
}

impl Stamp {
    pub fn of(metadata: &std::fs::Metadata) -> Stamp {
        Stamp {
            modified: metadata.modified().ok(),
            len: metadata.len(),
        }
    }
}

/// A page's Markdown as rendered, with the internal links it resolved and to what.
pub(crate) struct CachedMarkdown {
    /// The page it was rendered for: the same allocation when the file was not read again.
    pub page: Arc<crate::content::Page>,
    pub links: Vec<(String, Result<LinkTarget, String>)>,
    pub rendered: Arc<Rendered>,
    /// Changes whenever the page is rendered again, so that views can tell.
    pub id: u64,
}

/// A page's list view, with everything it was built from.
pub(crate) struct CachedView {
    pub inputs: ViewInputs,
    pub view: Value,
    pub id: u64,
}

/// Everything a page view reads (see `render::views::page_view`).
#[derive(Debug, Clone)]
pub(crate) struct ViewInputs {
    /// The page itself (its front matter, URL and assets): the same allocation when the file
    /// was not read again, compared by value when it was.
    pub page: Arc<crate::content::Page>,
    pub markdown: u64,
    pub translations: Vec<(String, String)>,
    pub earlier: Option<(String, String)>,
    pub later: Option<(String, String)>,
    pub original: Option<crate::render::views::Original>,
}

impl PartialEq for ViewInputs {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.page, &other.page);
        (Arc::ptr_eq(a, b)
            || (a.source == b.source
                && a.url == b.url
                && a.file == b.file
                && a.assets == b.assets
                // What a translation takes from its source (content::shared).
                && a.date == b.date
                && a.front.tags == b.front.tags
                && a.front.event == b.front.event))
            && self.markdown == other.markdown
            && self.translations == other.translations
            && self.earlier == other.earlier
            && self.later == other.later
            && self.original == other.original
    }
}
