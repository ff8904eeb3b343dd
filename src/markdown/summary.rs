//! The summary of an article: everything before `<!-- more -->`, or else its first paragraph.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

pub fn is_more_marker(html: &str) -> bool {
    html.trim()
        .strip_prefix("<!--")
        .and_then(|s| s.strip_suffix("-->"))
        .is_some_and(|s| s.trim() == "more")
}

/// The events of the summary, and whether the full text has more than that.
pub fn split<'a, 'e>(
    events: &'a [(Event<'e>, Range<usize>)],
) -> (&'a [(Event<'e>, Range<usize>)], bool) {
    let marker = events
        .iter()
        .position(|(e, _)| matches!(e, Event::Html(h) | Event::InlineHtml(h) if is_more_marker(h)));
    if let Some(i) = marker {
        return (&events[..i], true);
    }
    let Some(start) = events
        .iter()
        .position(|(e, _)| matches!(e, Event::Start(Tag::Paragraph)))
    else {
        return (&[], !events.is_empty());
    };
    let end = events[start..]
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::Paragraph)))
        .map_or(events.len(), |i| start + i + 1);
    let rest_has_content = events[end..]
        .iter()
        .any(|(e, _)| !matches!(e, Event::SoftBreak | Event::HardBreak));
    (&events[start..end], rest_has_content || start > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    fn summary(text: &str) -> (String, bool) {
        let events: Vec<_> = Parser::new(text).into_offset_iter().collect();
        let (s, more) = split(&events);
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, s.iter().map(|(e, _)| e.clone()));
        (html, more)
    }

    #[test]
    fn marker_or_first_paragraph() {
        assert_eq!(
            summary("a\n\nb\n\n<!-- more -->\n\nc\n"),
            ("<p>a</p>\n<p>b</p>\n".into(), true)
        );
        assert_eq!(
            summary("first\n\nsecond\n"),
            ("<p>first</p>\n".into(), true)
        );
        assert_eq!(summary("only\n"), ("<p>only</p>\n".into(), false));
    }
}
