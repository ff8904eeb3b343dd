//! The e-mail edition of the recorded issues ([`crate::content::issues`], recorded by [`crate::commands::newsletter`]): what its templates are
//! given, and what is done to their output so that mail clients show it as meant.
//!
//! `newsletter/email.html` is rendered with a `<style>` block; [`finish_html`] inlines it into
//! `style` attributes (css-inline, which also copies CSS widths into `width` attributes for
//! Outlook), drops every `class`, makes every link and image address absolute and gives images
//! an `alt` and a `width`. `newsletter/email.txt` gets its lines wrapped at 72 columns
//! ([`finish_text`]).

use tera::Value;

use super::Inputs;
use super::text;
use crate::content::issues::Issue;
use crate::site::Site;
use crate::views::Obj;

/// Width of the e-mail's content column, in CSS pixels, less its padding: the widest an image
/// may be.
pub const IMAGE_WIDTH: u32 = 552;

/// The pages of `issue` in `lang`, in the issue's order: each article in `lang`, or, where it
/// has no such version, the one that stands in for it ([`crate::config::Config::stand_in`]), so
/// that every language of an issue shows every article meant for its readers (not one that
/// says it is for other languages only).
pub fn issue_pages(site: &Site, issue: &Issue, lang: &str) -> Vec<usize> {
    let config = site.config;
    issue
        .articles
        .iter()
        .filter(|key| site.is_for(key, lang))
        .filter_map(|key| {
            let versions = site.translations.get(key)?;
            let untranslated = issue.untranslated.unwrap_or(config.newsletter.untranslated);
            versions
                .get(lang)
                .or_else(|| untranslated.then(|| config.stand_in(versions)).flatten())
                .copied()
        })
        .collect()
}

/// `issue` for the templates of issue number `index` (in `content.issues`) in `lang`.
///
/// Each article is its list view plus `email_summary` (the summary with absolute links),
/// `summary_text` (the summary as plain text, links replaced by reference numbers) and
/// `number` (the reference number of its own URL); `links` lists the references as
/// `{ number, url }`.
pub fn issue_value(inputs: &Inputs, index: usize, lang: &str) -> Value {
    let site = inputs.site;
    let config = site.config;
    let issue = &site.content.issues[index];
    let mut links: Vec<String> = Vec::new();
    let mut titles = Vec::new();
    let articles: Vec<Value> = issue_pages(site, issue, lang)
        .into_iter()
        .map(|i| {
            let page = site.page(i);
            let permalink = config.urls.permalink(&page.url);
            let number = text::reference(&mut links, &permalink);
            let summary = absolute_links(&site.rendered[i].summary, &permalink);
            let summary_text = text::html_to_text(&summary, &mut links);
            titles.push(Value::from(page.front.title.as_str()));
            let mut map = inputs.views[i].as_map().cloned().unwrap_or_default();
            map.insert("number".into(), Value::from(number));
            map.insert("email_summary".into(), Value::safe_string(&summary));
            map.insert("summary_text".into(), Value::from(summary_text));
            Value::from(map)
        })
        .collect();
    let urls = &config.urls;
    let web = urls.issue(lang, issue.number);
    let archive = urls.issue_archive(lang);
    Obj::new()
        .set("number", issue.number)
        .set("date", issue.date.to_string())
        .maybe("since", issue.since.map(|d| d.to_string()))
        .set("url", web.as_str())
        .set("permalink", urls.permalink(&web))
        .set("archive_url", archive.as_str())
        .set("archive_permalink", urls.permalink(&archive))
        .set(
            "email_url",
            urls.permalink(&urls.email(lang, issue.number, false)),
        )
        .set(
            "text_url",
            urls.permalink(&urls.email(lang, issue.number, true)),
        )
        .set("count", articles.len())
        .set("titles", titles)
        .set("articles", articles)
        .set(
            "links",
            links
                .iter()
                .enumerate()
                .map(|(n, url)| {
                    Obj::new()
                        .set("number", n + 1)
                        .set("url", url.as_str())
                        .build()
                })
                .collect::<Vec<_>>(),
        )
        .build()
}

/// `issues` for the archive of `lang`: every issue made in `lang`, newest first, as
/// `{ number, date, url, count, titles }`.
pub fn archive_value(site: &Site, lang: &str) -> Value {
    Value::from(
        site.content
            .issues
            .iter()
            .rev()
            .filter(|i| i.in_language(lang))
            .map(|issue| {
                let pages = issue_pages(site, issue, lang);
                Obj::new()
                    .set("number", issue.number)
                    .set("date", issue.date.to_string())
                    .set("url", site.config.urls.issue(lang, issue.number))
                    .set("count", pages.len())
                    .set(
                        "titles",
                        pages
                            .iter()
                            .map(|&i| Value::from(site.page(i).front.title.as_str()))
                            .collect::<Vec<_>>(),
                    )
                    .build()
            })
            .collect::<Vec<_>>(),
    )
}

/// An HTML fragment with every `href` and `src` made absolute against `base`.
pub fn absolute_links(html: &str, base: &str) -> String {
    rewrite(html, base, None, false).unwrap_or_else(|_| html.to_string())
}

/// The rendered `newsletter/email.html` made e-mail-safe: CSS inlined and `<style>` removed,
/// classes dropped, every URL absolute (against `page_url`) except `keep` (the unsubscribe
/// placeholder, which the mailing tool replaces), images with `alt` and `width`.
pub fn finish_html(html: &str, page_url: &str, keep: &str) -> Result<String, String> {
    let inliner = css_inline::CSSInliner::options()
        .load_remote_stylesheets(false)
        .keep_style_tags(false)
        .keep_link_tags(false)
        .keep_at_rules(false)
        .apply_width_attributes(true)
        .resolve_css_variables(true)
        .build();
    let inlined = inliner
        .inline(html)
        .map_err(|e| format!("cannot inline the e-mail's CSS: {e}"))?;
    rewrite(&inlined, page_url, Some(keep), true)
}

/// The rendered `newsletter/email.txt`: trailing spaces and runs of blank lines removed,
/// long lines wrapped at 72 columns.
pub fn finish_text(text: &str) -> String {
    text::tidy(text, 72)
}

/// Makes URLs absolute; for a whole e-mail (`email`) also drops classes and completes images.
fn rewrite(html: &str, base: &str, keep: Option<&str>, email: bool) -> Result<String, String> {
    use lol_html::{RewriteStrSettings, element, rewrite_str};
    let base = url::Url::parse(base).map_err(|e| format!("`{base}` is not a URL: {e}"))?;
    let absolute = |value: &str| -> Option<String> {
        if keep == Some(value) || value.is_empty() {
            return None;
        }
        let joined = base.join(value).ok()?.to_string();
        (joined != value).then_some(joined)
    };
    let mut handlers = vec![
        element!("[href]", |el| {
            if let Some(v) = el.get_attribute("href").and_then(|v| absolute(&v)) {
                el.set_attribute("href", &v)?;
            }
            Ok(())
        }),
        element!("[src]", |el| {
            if let Some(v) = el.get_attribute("src").and_then(|v| absolute(&v)) {
                el.set_attribute("src", &v)?;
            }
            Ok(())
        }),
        element!("[srcset]", |el| {
            if let Some(v) = el.get_attribute("srcset") {
                let candidates: Vec<String> = v
                    .split(',')
                    .map(|c| {
                        let c = c.trim();
                        let (url, descriptor) = c.split_once(' ').unwrap_or((c, ""));
                        let url = absolute(url).unwrap_or_else(|| url.to_string());
                        format!("{url} {descriptor}").trim_end().to_string()
                    })
                    .collect();
                el.set_attribute("srcset", &candidates.join(", "))?;
            }
            Ok(())
        }),
    ];
    if email {
        handlers.push(element!("[class]", |el| {
            el.remove_attribute("class");
            Ok(())
        }));
        handlers.push(element!("img", |el| {
            if !el.has_attribute("alt") {
                el.set_attribute("alt", "")?;
            }
            // Mail programs know neither srcset nor lazy loading. An image shows at most as
            // wide as the content column (`width`, and `max-width: 100%` on phones), its height
            // in proportion: with no `height` attribute, which would stretch it on a narrow
            // screen unless CSS said `height: auto`, a property Yahoo Mail drops.
            for name in [
                "srcset",
                "sizes",
                "loading",
                "decoding",
                "fetchpriority",
                "height",
            ] {
                el.remove_attribute(name);
            }
            let width = el
                .get_attribute("width")
                .and_then(|v| v.trim().parse::<u64>().ok());
            if width.is_none_or(|w| w > u64::from(IMAGE_WIDTH)) {
                el.set_attribute("width", &IMAGE_WIDTH.to_string())?;
            }
            Ok(())
        }));
    }
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |s, h| {
            s.append_element_content_handler(h)
        });
    rewrite_str(html, settings).map_err(|e| format!("cannot rewrite the e-mail's links: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_absolute_and_the_placeholder_stays() {
        let html = r##"<p><a href="/en/news/x/">x</a> <a href="#agenda">a</a> <a href="https://other.org/">o</a> <a href="{{ UnsubscribeURL }}">u</a> <img src="photo.png"></p>"##;
        let out = rewrite(
            html,
            "https://example.org/en/news/y/",
            Some("{{ UnsubscribeURL }}"),
            true,
        )
        .unwrap();
        assert!(
            out.contains(r#"href="https://example.org/en/news/x/""#),
            "{out}"
        );
        assert!(
            out.contains(r##"href="https://example.org/en/news/y/#agenda""##),
            "{out}"
        );
        assert!(out.contains(r#"href="https://other.org/""#), "{out}");
        assert!(out.contains(r#"href="{{ UnsubscribeURL }}""#), "{out}");
        assert!(
            out.contains(r#"src="https://example.org/en/news/y/photo.png""#),
            "{out}"
        );
        assert!(
            out.contains(r#"alt="""#) && out.contains(r#"width="552""#),
            "{out}"
        );
    }

    #[test]
    fn css_is_inlined_and_classes_dropped() {
        let html = "<!DOCTYPE html><html><head><style>.lead { color: #333; } td.box { width: 600px; }</style></head><body><table><tr><td class=\"box\"><p class=\"lead\">Hi</p></td></tr></table></body></html>";
        let out = finish_html(html, "https://example.org/", "*|UNSUB|*").unwrap();
        assert!(!out.contains("<style"), "{out}");
        assert!(!out.contains("class="), "{out}");
        assert!(out.contains("color: #333"), "{out}");
        assert!(out.contains(r#"width="600""#), "{out}");
    }
}
