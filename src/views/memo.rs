//! What the views keep for the next run of `serve`: each page's list view with everything it
//! was built from, so that it is built again only when one of those changed.

use std::collections::HashMap;
use std::ffi::OsString;
use std::sync::Arc;

use tera::Value;

#[derive(Default)]
pub struct Memo {
    pub(crate) views: HashMap<OsString, CachedView>,
    /// The signatures of outputs name pages by these ids.
    ids: crate::site::Ids,
}

impl Memo {
    /// Forgets every view (the ids go on from where they were).
    pub fn clear(&mut self) {
        self.views.clear();
    }

    pub(crate) fn next_id(&mut self) -> u64 {
        self.ids.fresh()
    }
}

/// A page's list view, with everything it was built from.
pub(crate) struct CachedView {
    pub inputs: ViewInputs,
    pub view: Value,
    pub id: u64,
}

/// Everything a page view reads (see `views::page_view`).
#[derive(Debug, Clone)]
pub(crate) struct ViewInputs {
    /// The page itself (its front matter, URL and assets): the same allocation when the file
    /// was not read again, compared by value when it was.
    pub page: Arc<crate::content::Page>,
    pub markdown: u64,
    pub translations: Vec<(String, String)>,
    pub earlier: Option<(String, String)>,
    pub later: Option<(String, String)>,
    pub original: Option<super::Original>,
    pub cover: Option<Arc<crate::site::images::Cover>>,
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
            && self.cover == other.cover
    }
}
