//! What the site model keeps for the next run of `serve`: each page's Markdown as rendered,
//! with the internal links it resolved, so that it is rendered again only when its text, its
//! URL or the target of one of its links changed.

use std::collections::HashMap;
use std::ffi::OsString;
use std::sync::Arc;

use crate::markdown::{LinkTarget, Rendered};

#[derive(Default)]
pub struct Memo {
    pub(crate) markdown: HashMap<OsString, CachedMarkdown>,
    /// Prepared images, kept so that a rebuild looks each one up in memory.
    pub(crate) images: Option<Arc<crate::images::Library>>,
    ids: Ids,
}

impl Memo {
    /// Forgets every render (the ids go on from where they were).
    pub fn clear(&mut self) {
        self.markdown.clear();
    }

    pub(crate) fn next_id(&mut self) -> u64 {
        self.ids.fresh()
    }
}

/// Ids for what a memo made (a render, a view), so that later stages can tell whether it was
/// made again. Kept when the memo is cleared, so that an id never names two makings.
#[derive(Default)]
pub struct Ids {
    last: u64,
}

impl Ids {
    pub fn fresh(&mut self) -> u64 {
        self.last += 1;
        self.last
    }
}

/// A page's Markdown as rendered, with the internal links it resolved and to what.
pub(crate) struct CachedMarkdown {
    /// The page it was rendered for: the same allocation when the file was not read again.
    pub page: Arc<crate::content::Page>,
    pub links: Vec<(String, Result<LinkTarget, String>)>,
    pub images: Vec<(String, crate::markdown::ImageAnswer)>,
    pub rendered: Arc<Rendered>,
    /// Changes whenever the page is rendered again, so that views can tell.
    pub id: u64,
}
