//! The content model: articles in several languages, sections, and how they are loaded from
//! `content/`.
//!
//! Files of one stem are translations of one article (`news/x.de.md`, `news/x.en.md`); a file
//! without a language suffix is in the default language; `news/x/index.de.md` is a page bundle
//! whose other files are its assets; `news/_index.de.md` describes a section.

pub mod blocks;
pub mod front_matter;
pub mod hash;
pub mod issues;
pub mod limits;
pub(crate) mod load;
mod memo;
pub mod memory;
mod shared;
pub mod translation_states;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use front_matter::{FrontMatter, Moment, SectionFrontMatter};
pub(crate) use load::Loaded;
pub use load::{load, load_cached};
pub use memo::{Memo, Stamp};

/// One article in one language.
#[derive(Debug, Clone)]
pub struct Page {
    /// Source file, relative to the site root.
    pub file: PathBuf,
    /// Full text of the file (for locating errors in the body).
    pub source: String,
    pub lang: String,
    /// Identifies the article across languages: section and stem, `news/secon-caceres`.
    pub key: String,
    /// Section key (`news`), empty for pages at the top of `content/`.
    pub section: String,
    pub front: FrontMatter,
    /// Byte offset of the Markdown body in `source`.
    pub body_offset: usize,
    /// The URL part of this translation.
    pub slug: String,
    /// Site-relative URL, `/de/news/secon-caceres/`.
    pub url: String,
    /// Publication date: the front matter's, or the date the file name starts with.
    pub date: Option<Moment>,
    /// Files beside `index.<lang>.md` in a page bundle, relative to the site root.
    pub assets: Vec<PathBuf>,
    /// [`hash::content_hash`] of the body, made when first asked for; pages are shared
    /// between rebuilds of `serve`, so each version of a file is hashed once.
    pub hash: std::sync::OnceLock<String>,
}

impl Page {
    pub fn body(&self) -> &str {
        &self.source[self.body_offset..]
    }

    /// Whether this is a standalone page (About, Contact, Imprint…), not an article: a file
    /// at the top of `content/`. It has no place in lists, feeds, tags or the newsletter, and
    /// its own template.
    pub fn is_standalone(&self) -> bool {
        self.section.is_empty()
    }

    /// The content hash of the body, as translations record it.
    pub fn content_hash(&self) -> &str {
        self.hash.get_or_init(|| hash::content_hash(self.body()))
    }
}

/// A section's index in one language.
#[derive(Debug, Clone)]
pub struct SectionIndex {
    pub file: PathBuf,
    pub source: String,
    pub front: SectionFrontMatter,
    pub body_offset: usize,
}

impl SectionIndex {
    pub fn body(&self) -> &str {
        &self.source[self.body_offset..]
    }
}

/// Everything in `content/`, in a deterministic order.
#[derive(Debug, Default)]
pub struct Content {
    /// Sorted by key, then by language in configuration order.
    pub pages: Vec<std::sync::Arc<Page>>,
    /// Section key → language → its `_index` file. Every section that holds a page is here,
    /// with or without index files.
    pub sections: BTreeMap<String, BTreeMap<String, SectionIndex>>,
    /// The recorded newsletter issues (`newsletter/<number>.toml`), by number.
    pub issues: Vec<crate::content::issues::Issue>,
    /// Keys of articles with a file that could not be loaded (its errors are reported): links
    /// to them are not reported again as pointing nowhere.
    pub failed: std::collections::BTreeSet<String>,
    /// Drafts left out of the build (without `--drafts`): translations in progress, which the
    /// translation status counts.
    pub drafts: Vec<std::sync::Arc<Page>>,
}

impl Content {
    /// Whether the article `key` is for readers of `lang`: every article is, unless one of its
    /// versions names the languages it is for (`languages = ["ca"]`).
    pub fn is_for(pages: &[&Page], lang: &str) -> bool {
        let named: Vec<&String> = pages.iter().flat_map(|p| &p.front.languages).collect();
        named.is_empty() || named.iter().any(|l| *l == lang)
    }

    /// Indexes of the pages of one article, by language.
    pub fn translations(&self) -> BTreeMap<&str, BTreeMap<&str, usize>> {
        let mut map: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
        for (i, page) in self.pages.iter().enumerate() {
            map.entry(&page.key).or_default().insert(&page.lang, i);
        }
        map
    }
}
