//! The summary of an article: everything before `<!-- more -->`, or else its first paragraph.
//!
//! Summaries are shown on list pages (home, sections, tags), away from the article's notes. A
//! footnote reference in a summary therefore keeps its number but links to the note on the
//! article's own page (`/en/news/x/#1`): the reader sees that a claim has a note and can reach
//! it. Footnote definitions written before the marker are left out: a note belongs at the end
//! of the article, and on a list page its id would be repeated by every summary holding it.

use std::collections::HashMap;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use pulldown_cmark_escape::escape_href;

pub fn is_more_marker(html: &str) -> bool {
    html.trim()
        .strip_prefix("<!--")
        .and_then(|s| s.strip_suffix("-->"))
        .is_some_and(|s| s.trim() == "more")
}

/// The events of the summary of the page at `page_url`, and whether the full text has more.
pub fn split<'e>(
    events: &[(Event<'e>, Range<usize>)],
    page_url: &str,
) -> (Vec<(Event<'e>, Range<usize>)>, bool) {
    let (summary, has_more) = bounds(events);
    (link_footnotes(events, summary, page_url), has_more)
}

/// Which events make the summary.
fn bounds(events: &[(Event, Range<usize>)]) -> (Range<usize>, bool) {
    let marker = events
        .iter()
        .position(|(e, _)| matches!(e, Event::Html(h) | Event::InlineHtml(h) if is_more_marker(h)));
    if let Some(i) = marker {
        return (0..i, true);
    }
    let Some(start) = events
        .iter()
        .position(|(e, _)| matches!(e, Event::Start(Tag::Paragraph)))
    else {
        return (0..0, !events.is_empty());
    };
    let end = events[start..]
        .iter()
        .position(|(e, _)| matches!(e, Event::End(TagEnd::Paragraph)))
        .map_or(events.len(), |i| start + i + 1);
    let rest_has_content = events[end..]
        .iter()
        .any(|(e, _)| !matches!(e, Event::SoftBreak | Event::HardBreak));
    (start..end, rest_has_content || start > 0)
}

/// The events in `summary`, with footnote references pointing into the page at `page_url` and
/// footnote definitions left out.
fn link_footnotes<'e>(
    events: &[(Event<'e>, Range<usize>)],
    summary: Range<usize>,
    page_url: &str,
) -> Vec<(Event<'e>, Range<usize>)> {
    // Numbered as pulldown-cmark numbers them on the article page: by the first appearance of
    // a reference or a definition in the whole text.
    let mut numbers: HashMap<&str, usize> = HashMap::new();
    for (event, _) in events {
        if let Event::FootnoteReference(name) | Event::Start(Tag::FootnoteDefinition(name)) = event
        {
            let next = numbers.len() + 1;
            numbers.entry(name.as_ref()).or_insert(next);
        }
    }
    let mut out = Vec::with_capacity(summary.len());
    let (mut in_definition, mut in_image) = (0usize, 0usize);
    for (event, range) in &events[summary] {
        match event {
            Event::Start(Tag::FootnoteDefinition(_)) => in_definition += 1,
            Event::End(TagEnd::FootnoteDefinition) => {
                in_definition = in_definition.saturating_sub(1)
            }
            _ if in_definition > 0 => {}
            Event::FootnoteReference(name) => {
                let number = numbers[name.as_ref()];
                let html = if in_image > 0 {
                    // Image descriptions are plain text, as pulldown-cmark writes them.
                    Event::Text(CowStr::from(format!("[{number}]")))
                } else {
                    let mut html = String::from("<sup class=\"footnote-reference\"><a href=\"");
                    let _ = escape_href(&mut html, &format!("{page_url}#{name}"));
                    html.push_str(&format!("\">{number}</a></sup>"));
                    Event::InlineHtml(CowStr::from(html))
                };
                out.push((html, range.clone()));
            }
            _ => {
                match event {
                    Event::Start(Tag::Image { .. }) => in_image += 1,
                    Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
                    _ => {}
                }
                out.push((event.clone(), range.clone()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn summary(text: &str) -> (String, bool) {
        let events: Vec<_> = Parser::new_ext(text, Options::ENABLE_FOOTNOTES)
            .into_offset_iter()
            .collect();
        let (s, more) = split(&events, "/en/news/x/");
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, s.into_iter().map(|(e, _)| e));
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

    #[test]
    fn summary_footnotes_link_to_the_article() {
        // Numbered as on the article page, where the note in the heading comes first.
        assert_eq!(
            summary("# Title[^a]\n\nText.[^b] Again.[^a]\n\n[^a]: A.\n[^b]: B.\n").0,
            "<p>Text.<sup class=\"footnote-reference\"><a href=\"/en/news/x/#b\">2</a></sup> \
             Again.<sup class=\"footnote-reference\"><a href=\"/en/news/x/#a\">1</a></sup></p>\n"
        );
        // A definition before the marker stays with the article.
        assert_eq!(
            summary("Text.[^1]\n\n[^1]: The note.\n\n<!-- more -->\n\nRest.\n").0,
            "<p>Text.<sup class=\"footnote-reference\"><a href=\"/en/news/x/#1\">1</a></sup></p>\n"
        );
    }
}
