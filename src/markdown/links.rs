//! Links: `@/news/x.md` resolved to the URL of the article in the page's language (or an
//! existing translation), and attributes added to links that leave the site.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

use super::Problem;
use crate::config::MarkdownOptions;

/// Where an internal link points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    pub url: String,
}

/// Resolves internal links for the page being rendered.
pub trait Resolver: Sync {
    /// `path` is what follows `@/`, without the `#fragment`.
    fn resolve(&self, path: &str) -> Result<LinkTarget, String>;
    /// Whether `path` (what follows `@/`, with its `#fragment` if any) names an article whose
    /// file failed to load: its own errors are reported, and a link to it is not reported again.
    fn failed_to_load(&self, _path: &str) -> bool {
        false
    }
    /// The image `src` (as written: a file of the page's bundle, or `/name` in `static/`),
    /// prepared for the web; `None` leaves it as written (resolvers that prepare no images).
    fn image(&self, _src: &str) -> super::ImageAnswer {
        None
    }
    /// Whether the page shows a cover image above its text: its first image in the text is
    /// then not the first thing on screen, and loads lazily too.
    fn has_cover(&self) -> bool {
        false
    }
    /// Whether `url` points outside the site.
    fn is_external(&self, url: &str) -> bool;
    /// Whether `href`, written by hand, is a path from the domain's root that leaves the path
    /// the site is hosted under ([`crate::urls::Urls::leaves`]).
    fn leaves_site(&self, _href: &str) -> bool {
        false
    }
}

/// Reports a link written by hand that leaves the path the site is hosted under.
pub fn check_base_path(
    href: &str,
    resolver: &dyn Resolver,
    range: Range<usize>,
    problems: &mut Vec<Problem>,
) {
    if resolver.leaves_site(href) {
        problems.push(Problem {
            range,
            message: format!(
                "the link `{href}` starts at the domain's root and leaves the path the site is published under"
            ),
            help: LEAVES_SITE_HELP.into(),
            warning: false,
        });
    }
}

/// Every link and image destination written in the Markdown `text`, and every URL in the
/// attributes of raw HTML in it, with the byte offset where it is written: for messages that
/// point at the line of a link found broken in the output.
pub fn written(text: &str) -> Vec<(usize, String)> {
    use pulldown_cmark::{Options, Parser};
    let mut found = Vec::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                found.push((range.start, dest_url.into_string()));
            }
            Event::Html(html) | Event::InlineHtml(html) => found.extend(
                super::html::url_attributes(&html)
                    .map(|(offset, url)| (range.start + offset, url.to_string())),
            ),
            _ => {}
        }
    }
    found
}

/// What to do about a link that leaves the site's path.
pub const LEAVES_SITE_HELP: &str = "link articles as @/<section>/<file>.md and files of a page bundle by their name; in templates use url(path=\"…\") or asset(path=\"…\")";

pub fn rewrite<'a>(
    events: Vec<(Event<'a>, Range<usize>)>,
    options: &MarkdownOptions,
    resolver: &dyn Resolver,
    problems: &mut Vec<Problem>,
) -> Vec<(Event<'a>, Range<usize>)> {
    // Closing tags of links rendered as raw `<a …>` must be raw too.
    let mut raw_link_stack: Vec<bool> = Vec::new();
    events
        .into_iter()
        .map(|(event, range)| match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                check_base_path(&dest_url, resolver, range.clone(), problems);
                let dest_url = safe(dest_url, false, &range, problems);
                let dest_url = resolve_internal(dest_url, resolver, &range, problems);
                let external =
                    resolver.is_external(&dest_url) && !matches!(link_type, LinkType::Email);
                let attrs = external_attributes(options);
                if external && !attrs.is_empty() {
                    raw_link_stack.push(true);
                    let mut html = String::from("<a href=\"");
                    let _ = escape_href(&mut html, &dest_url);
                    html.push('"');
                    if !title.is_empty() {
                        html.push_str(" title=\"");
                        let _ = escape_html(&mut html, &title);
                        html.push('"');
                    }
                    html.push_str(&attrs);
                    html.push('>');
                    (Event::InlineHtml(CowStr::from(html)), range)
                } else {
                    raw_link_stack.push(false);
                    (
                        Event::Start(Tag::Link {
                            link_type,
                            dest_url,
                            title,
                            id,
                        }),
                        range,
                    )
                }
            }
            Event::End(TagEnd::Link) if raw_link_stack.pop() == Some(true) => {
                (Event::InlineHtml(CowStr::Borrowed("</a>")), range)
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                check_base_path(&dest_url, resolver, range.clone(), problems);
                let dest_url = safe(dest_url, true, &range, problems);
                (
                    Event::Start(Tag::Image {
                        link_type,
                        dest_url: resolve_internal(dest_url, resolver, &range, problems),
                        title,
                        id,
                    }),
                    range,
                )
            }
            other => (other, range),
        })
        .collect()
}

/// `dest` if its scheme may be emitted ([`crate::urls::is_safe_target`]); otherwise a problem
/// at the link, and an empty target, so that the URL reaches no output even where the problem
/// does not stop the build (the preview keeps serving).
fn safe<'a>(
    dest: CowStr<'a>,
    image: bool,
    range: &Range<usize>,
    problems: &mut Vec<Problem>,
) -> CowStr<'a> {
    if crate::urls::is_safe_target(&dest, image) {
        return dest;
    }
    let shown: String = dest.chars().filter(|c| !c.is_control()).take(60).collect();
    problems.push(Problem {
        range: range.clone(),
        message: format!(
            "the link `{shown}` uses a scheme that is not allowed: it could run script"
        ),
        help: format!(
            "link with {}, or to a page of the site (@/<section>/<file>.md)",
            crate::urls::SAFE_SCHEMES.join(", ")
        ),
        warning: false,
    });
    CowStr::Borrowed("")
}

/// The URL of an internal link: `path` is what follows `@/`, with an optional `#fragment`
/// that is kept. Templates resolve their `url(path="@/…")` through this too.
pub fn resolve_link(path: &str, resolver: &dyn Resolver) -> Result<String, String> {
    let (file, fragment) = match path.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (path, None),
    };
    let target = resolver.resolve(file)?;
    Ok(match fragment {
        Some(f) => format!("{}#{f}", target.url),
        None => target.url,
    })
}

fn resolve_internal<'a>(
    dest: CowStr<'a>,
    resolver: &dyn Resolver,
    range: &Range<usize>,
    problems: &mut Vec<Problem>,
) -> CowStr<'a> {
    let Some(path) = dest.strip_prefix("@/") else {
        return dest;
    };
    match resolve_link(path, resolver) {
        Ok(url) => CowStr::from(url),
        Err(_) if resolver.failed_to_load(path) => dest,
        Err(why) => {
            problems.push(Problem {
                range: range.clone(),
                message: format!("the link `{dest}` points nowhere: {why}"),
                help: "internal links are written @/<section>/<file>.md, relative to content/, e.g. @/news/2024-10-22-secon-caceres.md".into(),
                warning: false,
            });
            dest
        }
    }
}

fn external_attributes(options: &MarkdownOptions) -> String {
    let mut rel = Vec::new();
    if options.external_links_nofollow {
        rel.push("nofollow");
    }
    if options.external_links_noreferrer {
        rel.push("noreferrer");
    }
    if options.external_links_new_tab {
        rel.push("noopener");
    }
    let mut attrs = String::new();
    if options.external_links_new_tab {
        attrs.push_str(" target=\"_blank\"");
    }
    if !rel.is_empty() {
        attrs.push_str(&format!(" rel=\"{}\"", rel.join(" ")));
    }
    attrs
}

#[cfg(test)]
mod tests {
    use super::super::{render, tests::opts};
    use super::*;

    struct Site;
    impl Resolver for Site {
        fn resolve(&self, path: &str) -> Result<LinkTarget, String> {
            match path {
                "news/a.md" => Ok(LinkTarget {
                    url: "/de/news/a/".into(),
                }),
                _ => Err("no article".into()),
            }
        }
        fn is_external(&self, url: &str) -> bool {
            url.starts_with("https://other")
        }
    }

    #[test]
    fn internal_and_external_links() {
        let r = render(
            "[a](@/news/a.md#x) [o](https://other.org \"T\") [m](mailto:x@y.z)\n",
            "/de/x/",
            &opts(),
            &Site,
        );
        assert!(
            r.html.contains(r#"<a href="/de/news/a/#x">a</a>"#),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(r#"<a href="https://other.org" title="T" target="_blank" rel="noreferrer noopener">o</a>"#),
            "{}",
            r.html
        );
        assert!(r.problems.is_empty());
    }
}
