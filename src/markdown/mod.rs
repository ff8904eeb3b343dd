//! Markdown → HTML. The parser options are set here and nowhere else; each feature is an
//! adapter over pulldown-cmark's event stream:
//!
//! - [`html::escape_raw_html`]: raw HTML shown as text unless the site allows it
//! - [`links::rewrite`]: `@/section/file.md` links resolved, external link attributes
//! - [`footnotes::prefix`]: footnote ids that cannot clash with heading ids
//! - [`headings::anchor`]: unique heading ids and the table of contents
//! - [`tasks::label`]: task list checkboxes labelled by their item's text
//! - [`summary`]: the text before `<!-- more -->`, or the first paragraph

#[cfg(test)]
mod feature_snapshots;
mod footnotes;
mod headings;
mod html;
pub use html::url_attributes;
pub use links::LEAVES_SITE_HELP;
mod links;
mod summary;
mod tasks;

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser};
use serde::Serialize;

pub use headings::TocEntry;
pub use links::{LinkTarget, Resolver, resolve_link};

use crate::config::MarkdownOptions;

/// Rendered Markdown and what was learnt on the way.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub summary: String,
    /// Whether `html` holds more than `summary`.
    pub has_more: bool,
    pub toc: Vec<TocEntry>,
    pub word_count: usize,
    /// Problems with byte ranges in the Markdown text.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub range: Range<usize>,
    pub message: String,
    pub help: String,
}

fn parser_options(options: &MarkdownOptions) -> Options {
    let mut o = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    if options.smart_punctuation {
        o |= Options::ENABLE_SMART_PUNCTUATION;
    }
    o
}

/// Renders `text`, the Markdown of the page at `page_url` (site-relative: the summary links
/// there); `resolve` turns `@/…` links into URLs.
pub fn render(
    text: &str,
    page_url: &str,
    options: &MarkdownOptions,
    resolve: &dyn Resolver,
) -> Rendered {
    let mut problems = Vec::new();
    let events: Vec<(Event, Range<usize>)> = Parser::new_ext(text, parser_options(options))
        .into_offset_iter()
        .collect();
    let events = html::escape_raw_html(events, options.raw_html, resolve, &mut problems);
    let events = links::rewrite(events, options, resolve, &mut problems);
    let events = footnotes::prefix(events);
    let (events, toc) = headings::anchor(events);
    let events = tasks::label(events);
    let word_count = count_words(&events);
    let (summary_events, has_more) = summary::split(&events, page_url);

    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.iter().map(|(e, _)| e.clone()));
    let mut summary = String::new();
    pulldown_cmark::html::push_html(&mut summary, summary_events.into_iter().map(|(e, _)| e));
    Rendered {
        html,
        summary,
        has_more,
        toc,
        word_count,
        problems,
    }
}

fn count_words(events: &[(Event, Range<usize>)]) -> usize {
    events
        .iter()
        .map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => t.split_whitespace().count(),
            _ => 0,
        })
        .sum()
}

/// Minutes a reader needs, at the 200 words per minute commonly assumed for web reading.
pub fn reading_time(word_count: usize) -> usize {
    word_count.div_ceil(200).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn opts() -> MarkdownOptions {
        MarkdownOptions {
            raw_html: false,
            smart_punctuation: true,
            external_links_new_tab: true,
            external_links_nofollow: false,
            external_links_noreferrer: true,
        }
    }

    struct NoLinks;
    impl Resolver for NoLinks {
        fn resolve(&self, _: &str) -> Result<LinkTarget, String> {
            Err("no such article".into())
        }
        fn is_external(&self, url: &str) -> bool {
            url.starts_with("http")
        }
    }

    #[test]
    fn renders_extensions() {
        let r = render(
            "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~ \"quoted\"[^1]\n\n[^1]: note\n",
            "/de/x/",
            &opts(),
            &NoLinks,
        );
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("checkbox"));
        assert!(r.html.contains("<del>old</del>"));
        assert!(r.html.contains("“quoted”"));
        assert!(r.html.contains("footnote"));
        assert!(r.html.contains(r#"<h1 id="title">"#));
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        let r = render(
            "<script>x</script>\n\ntext <b>b</b>\n",
            "/de/x/",
            &opts(),
            &NoLinks,
        );
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(r.html.contains("&lt;b&gt;"));
        let allowed = MarkdownOptions {
            raw_html: true,
            ..opts()
        };
        assert!(
            render("text <b>b</b>\n", "/de/x/", &allowed, &NoLinks)
                .html
                .contains("<b>b</b>")
        );
    }

    #[test]
    fn broken_internal_links_are_problems() {
        let r = render("see [x](@/news/missing.md)\n", "/de/x/", &opts(), &NoLinks);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].range.start, 4);
    }

    #[test]
    fn footnote_ids_stay_apart_from_heading_ids() {
        let r = render(
            "Claim.[^1]\n\n## 1\n\n## fn-1\n\n[^1]: Source.\n",
            "/en/x/",
            &opts(),
            &NoLinks,
        );
        assert!(r.html.contains(r##"<a href="#fn-1">1</a>"##), "{}", r.html);
        assert!(r.html.contains(r#"id="fn-1""#), "{}", r.html);
        assert!(r.html.contains(r#"<h2 id="1">"#), "{}", r.html);
        assert!(r.html.contains(r#"<h2 id="fn-1-1">"#), "{}", r.html);
        assert!(
            r.summary.contains(r##"href="/en/x/#fn-1""##),
            "{}",
            r.summary
        );
    }

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(reading_time(0), 1);
        assert_eq!(reading_time(201), 2);
    }
}
