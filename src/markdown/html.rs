//! Raw HTML in Markdown: passed through when the site allows it, shown as text otherwise.
//! The summary marker `<!-- more -->` is kept either way, as [`super::summary`] looks for it.

use std::ops::Range;

use pulldown_cmark::Event;

use super::summary::is_more_marker;

pub fn escape_raw_html(
    events: Vec<(Event<'_>, Range<usize>)>,
    allowed: bool,
) -> Vec<(Event<'_>, Range<usize>)> {
    if allowed {
        return events;
    }
    events
        .into_iter()
        .map(|(event, range)| match event {
            Event::Html(h) | Event::InlineHtml(h) if !is_more_marker(&h) => (Event::Text(h), range),
            other => (other, range),
        })
        .collect()
}
