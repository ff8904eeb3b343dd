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
            let fields = page.front.event_fields.as_ref();
            let own_dates = fields.is_some_and(|f| f.start.is_some());
            if let (true, Some(own), Some(theirs)) =
                (own_dates, &page.front.event, &source.front.event)
                && (own.start != theirs.start || own.end != theirs.end)
            {
                problems.push(
                    Diagnostic::warning(format!(
                        "the event's dates differ from those of the `{from}` version `{}`",
                        source.file.display()
                    ))
                    .in_file(&page.file)
                    .help("remove `start` and `end` from [event] here to use the source's, or make the dates the same"),
                );
            }
            if fields.is_some_and(|f| f.start.is_none()) && source.front.event.is_none() {
                problems.push(
                    Diagnostic::warning(format!(
                        "[event] here has no `start`, and the `{from}` version `{}` has no event to take it from",
                        source.file.display()
                    ))
                    .in_file(&page.file)
                    .help("add the event to the source, or `start` here"),
                );
            }
            let event = !own_dates && source.front.event.is_some();
            let tags = page.front.tags.is_empty() && !source.front.tags.is_empty();
            let date = page.date.is_none() && source.date.is_some();
            let call = page.front.call.is_none() && source.front.call.is_some();
            if event || tags || date || call {
                let mut inherited = Page::clone(page);
                if event {
                    inherited.front.event = match fields {
                        Some(f) => f.over(source.front.event.as_ref()),
                        None => source.front.event.clone(),
                    };
                }
                if call {
                    inherited.front.call = source.front.call.clone();
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
