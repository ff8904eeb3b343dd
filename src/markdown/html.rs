//! Raw HTML in Markdown: passed through when the site allows it, shown as text otherwise.
//! The summary marker `<!-- more -->` is kept either way, as [`super::summary`] looks for it.

use std::ops::Range;

use std::sync::LazyLock;

use pulldown_cmark::Event;
use regex::Regex;

use super::summary::is_more_marker;
use super::{Problem, Resolver, links};

/// An attribute holding a URL in raw HTML, and the value's first URL.
static URL_ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)\b(?:href|src|srcset|action|formaction|poster|data)\s*=\s*["']?\s*([^"'\s>]+)"#,
    )
    .expect("valid regex")
});

/// The URLs in the attributes of an HTML text (`href`, `src`, `srcset`, `action`, …), each with
/// its byte offset: the first URL of an attribute's value.
pub fn url_attributes(html: &str) -> impl Iterator<Item = (usize, &str)> {
    URL_ATTRIBUTE.captures_iter(html).filter_map(|c| {
        let url = c.get(1)?;
        Some((url.start(), url.as_str()))
    })
}

pub fn escape_raw_html<'a>(
    events: Vec<(Event<'a>, Range<usize>)>,
    allowed: bool,
    resolver: &dyn Resolver,
    problems: &mut Vec<Problem>,
) -> Vec<(Event<'a>, Range<usize>)> {
    if allowed {
        // Raw HTML is passed through as written, so a root path in it is checked here.
        for (event, range) in &events {
            if let Event::Html(h) | Event::InlineHtml(h) = event {
                for (offset, url) in url_attributes(h) {
                    let start = (range.start + offset).min(range.end);
                    links::check_base_path(url, resolver, start..range.end, problems);
                }
            }
        }
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
