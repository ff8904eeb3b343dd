//! Markdown → HTML. The parser options are set here and nowhere else; each feature is an
//! adapter over pulldown-cmark's event stream:
//!
//! - [`html::escape_raw_html`]: raw HTML shown as text unless the site allows it
//! - [`images::rewrite`]: images prepared for the web, figures with captions and credits
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
mod images;
/// What a [`Resolver`] says about an image: prepared, refused, or not its business (`None`).
pub type ImageAnswer = Option<Result<Picture, ImageProblem>>;
pub use html::url_attributes;
pub use images::{
    ImageFile, ImageProblem, Picture, SIZES as IMAGE_SIZES, caption_and_credit, figure_html,
    img_html,
};
pub use links::LEAVES_SITE_HELP;
mod links;
mod summary;
mod tasks;

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser};
use serde::Serialize;

pub use headings::TocEntry;
pub use links::{LinkTarget, Resolver, resolve_link, written as written_links};

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
    /// The image files the page shows, to be written with it.
    pub images: Vec<ImageFile>,
    /// Problems with byte ranges in the Markdown text.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub range: Range<usize>,
    pub message: String,
    pub help: String,
    /// A warning rather than an error: the page is published as it is.
    pub warning: bool,
}

/// Whether `tag` is inline markup (emphasis, links, images…) rather than a block.
pub fn is_inline_tag(tag: &pulldown_cmark::Tag) -> bool {
    use pulldown_cmark::Tag;
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

/// The end of an [`is_inline_tag`] tag.
pub fn is_inline_end(end: pulldown_cmark::TagEnd) -> bool {
    use pulldown_cmark::TagEnd;
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
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
    let mut events: Vec<(Event, Range<usize>)> = Parser::new_ext(text, parser_options(options))
        .into_offset_iter()
        .collect();
    if let Some(range) = too_deep(&events) {
        problems.push(Problem {
            range,
            message: format!("quotes, lists or emphasis nest more than {MAX_NESTING} deep here"),
            help: "flatten the structure: such nesting shows as nothing readers can follow".into(),
            warning: false,
        });
        // Shown as plain text, so that nothing downstream (the e-mail's CSS inliner, feeds)
        // has to walk the nesting.
        events = vec![(Event::Text(text.into()), 0..text.len())];
    }
    let events = html::escape_raw_html(events, options.raw_html, resolve, &mut problems);
    let mut images = Vec::new();
    let events = images::rewrite(events, resolve, &mut problems, &mut images);
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
        images,
        problems,
    }
}

/// How deep blocks and inlines may nest (block quotes in lists in emphasis…): deeper
/// structures overflow the stack of the HTML tools that read the output.
pub const MAX_NESTING: usize = 64;

/// Where the events first nest deeper than [`MAX_NESTING`], if they do.
fn too_deep(events: &[(Event, Range<usize>)]) -> Option<Range<usize>> {
    let mut depth = 0usize;
    for (event, range) in events {
        match event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(range.clone());
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
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

#[cfg(test)]
mod nesting_tests {
    use super::tests::opts;
    use super::*;

    struct NoLinks;
    impl Resolver for NoLinks {
        fn resolve(&self, _: &str) -> Result<LinkTarget, String> {
            Err("none".into())
        }
        fn is_external(&self, _: &str) -> bool {
            false
        }
    }

    /// Issue 13, item 9: structures nested thousands deep are an error, shown as plain text.
    #[test]
    fn markdown_nested_too_deep_is_a_problem_and_plain_text() {
        for text in [
            format!("{}deep\n", "> ".repeat(4000)),
            format!("{}x\n", "1. ".repeat(500)),
            format!("{}x{}\n", "*".repeat(3000), "*".repeat(3000)),
        ] {
            let r = render(&text, "/en/x/", &opts(), &NoLinks);
            let deepest = r
                .html
                .matches("<blockquote>")
                .count()
                .max(r.html.matches("<ol>").count());
            assert!(
                deepest <= MAX_NESTING,
                "{}",
                &r.html[..200.min(r.html.len())]
            );
            let flagged = r.problems.iter().any(|p| p.message.contains("nest"));
            let nested = Parser::new(&text)
                .filter(|e| matches!(e, Event::Start(_)))
                .count()
                > MAX_NESTING;
            assert_eq!(flagged, nested, "{:?}", &text[..20]);
        }
    }
}
