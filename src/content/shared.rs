//! Facts an article states once: a translation that gives no event, tags or date takes its
//! source's, so that dates and places are written (and corrected) in one file. A translation
//! may still state its own; when its event's dates differ from its source's, that is most
//! likely a correction made in one language only, and a warning says so.

use std::sync::Arc;

use super::Page;
use crate::error::{Diagnostic, Diagnostics};

/// Fills in what translations leave out from their sources; `pages` are sorted by key.
pub fn inherit(pages: &mut [Arc<Page>]) -> Diagnostics {
    let mut problems = Diagnostics::default();
    let mut start = 0;
    while start < pages.len() {
        let end = start
            + pages[start..]
                .iter()
                .take_while(|p| p.key == pages[start].key)
                .count();
        let versions = &mut pages[start..end];
        for i in 0..versions.len() {
            let Some(from) = versions[i]
                .front
                .translation
                .as_ref()
                .map(|t| t.from.clone())
            else {
                continue;
            };
            let Some(source) = versions.iter().find(|p| p.lang == from).cloned() else {
                continue;
            };
            let page = &versions[i];
            if let (Some(own), Some(theirs)) = (&page.front.event, &source.front.event)
                && (own.start != theirs.start || own.end != theirs.end)
            {
                problems.push(
                    Diagnostic::warning(format!(
                        "the event's dates differ from those of the `{from}` version `{}`",
                        source.file.display()
                    ))
                    .in_file(&page.file)
                    .help("remove `[event]` here to use the source's, or make the dates the same"),
                );
            }
            let event = page.front.event.is_none() && source.front.event.is_some();
            let tags = page.front.tags.is_empty() && !source.front.tags.is_empty();
            let date = page.date.is_none() && source.date.is_some();
            if event || tags || date {
                let mut inherited = Page::clone(page);
                if event {
                    inherited.front.event = source.front.event.clone();
                }
                if tags {
                    inherited.front.tags = source.front.tags.clone();
                }
                if date {
                    inherited.date = source.date;
                }
                versions[i] = Arc::new(inherited);
            }
        }
        start = end;
    }
    problems
}
