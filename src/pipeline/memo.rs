//! What one run of the pipeline keeps for the next, so that `serve` does again only what a
//! change needs. Each stage owns its memo ([`crate::content::Memo`]: files re-read only when
//! they changed on disk; [`crate::site::Memo`]: Markdown re-rendered only when its text or the
//! targets of its internal links changed; [`crate::views::Memo`]: template views rebuilt only
//! when something they show changed); this holds them side by side with the signatures of the
//! outputs, which are rendered again only when the inputs of their template changed.
//!
//! Each stage reuses its earlier result only when all it read is equal; a test applies a
//! sequence of edits and compares every output with a fresh full build, byte for byte
//! (tests/incremental.rs). What the stages cannot see (the configuration, templates, Fluent
//! catalogs and static files) clears the memos instead ([`Memos::clear`],
//! [`Memos::clear_outputs`]).

use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Default)]
pub struct Memos {
    pub content: crate::content::Memo,
    pub site: crate::site::Memo,
    pub views: crate::views::Memo,
    /// Output path → what its template was given last time.
    pub(crate) signatures: HashMap<String, String>,
}

impl Memos {
    /// Forgets everything: the next run is a full build.
    pub fn clear(&mut self) {
        self.content = Default::default();
        self.site.clear();
        self.views.clear();
        self.signatures.clear();
    }

    /// Keeps what was loaded and rendered from Markdown, but renders every output again
    /// (after a change to a stylesheet, whose fingerprinted name is in every page).
    pub fn clear_outputs(&mut self) {
        self.signatures.clear();
    }

    /// Forgets the content files at these absolute paths (see
    /// [`crate::content::Memo::forget_files`]).
    pub fn forget_files<'a>(&mut self, paths: impl IntoIterator<Item = &'a PathBuf>) {
        self.content.forget_files(paths);
    }
}
