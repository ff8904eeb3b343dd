//! The Atom feed of a language (RFC 4287), full content, newest first.
//!
//! `updated` is the newest date in the feed, never the time of the build, so two builds of the
//! same content give the same bytes.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::Inputs;

/// How many of the newest articles a feed carries; mail tools and readers only look at the
/// latest, and a feed of every article would grow without bound.
pub const FEED_LIMIT: usize = 30;

/// The pages the feeds of `lang` carry, newest first: all that the Atom and JSON feeds read.
pub fn entries<'s>(site: &'s crate::site::Site, lang: &str) -> &'s [usize] {
    site.by_language
        .get(lang)
        .map_or(&[][..], |l| &l[..l.len().min(FEED_LIMIT)])
}

/// The HTML of page `i` in a feed: its cover image first, then its text, with every address
/// absolute (readers show entries away from the site).
pub fn entry_html(site: &crate::site::Site, i: usize) -> String {
    let permalink = site.config.urls.permalink(&site.page(i).url);
    let mut html = String::new();
    if let Some(cover) = &site.covers[i] {
        html.push_str("<p>");
        html.push_str(&crate::markdown::img_html(&cover.picture, &cover.alt, true));
        html.push_str("</p>\n");
    }
    html.push_str(&site.rendered[i].html);
    super::email::absolute_links(&html, &permalink)
}

/// The absolute URL of the image that stands for page `i` in feeds: its share image, else
/// the widest copy of its cover.
pub fn entry_image(site: &crate::site::Site, i: usize) -> Option<String> {
    let cover = site.covers[i].as_ref()?;
    let url = match &cover.share {
        Some((file, _, _)) => &file.url,
        None => &cover.picture.files.last()?.url,
    };
    Some(site.config.urls.permalink(url))
}

pub fn atom(inputs: &Inputs, lang: &str) -> String {
    let site = inputs.site;
    let config = site.config;
    let language = config.language(lang).unwrap_or(config.default_lang());
    let items = entries(site, lang);
    let epoch = parse_time("1970-01-01T00:00:00+00:00");
    let stamp = |i: usize| {
        let p = site.page(i);
        p.front
            .updated
            .or(p.date)
            .map_or(epoch, |m| parse_time(&m.rfc3339()))
    };
    let updated = items.iter().map(|&i| stamp(i)).max().unwrap_or(epoch);
    let home = config.urls.permalink(&config.urls.home(lang));
    let self_url = config.urls.permalink(&config.urls.atom_feed(lang));

    let entries: Vec<Entry> = items
        .iter()
        .map(|&i| {
            let page = site.page(i);
            let url = config.urls.permalink(&page.url);
            let mut content = Content::default();
            content.set_content_type("html".to_string());
            content.set_value(entry_html(site, i));
            content.set_base(url.clone());
            content.set_lang(page.lang.clone());
            let mut entry = Entry::default();
            entry.set_id(url.clone());
            entry.set_title(Text::plain(page.front.title.clone()));
            entry.set_updated(stamp(i));
            entry.set_published(page.date.map(|m| parse_time(&m.rfc3339())));
            entry.set_links(vec![link(&url, "alternate", "text/html")]);
            if let Some(d) = &page.front.description {
                entry.set_summary(Some(Text::plain(d.clone())));
            }
            entry.set_content(Some(content));
            entry.set_categories(
                page.front
                    .tags
                    .iter()
                    .map(|t| {
                        let mut c = atom_syndication::Category::default();
                        c.set_term(t.clone());
                        c
                    })
                    .collect::<Vec<_>>(),
            );
            entry
        })
        .collect();

    let mut author = Person::default();
    author.set_name(language.title.clone());
    author.set_uri(Some(home.clone()));
    let mut feed = Feed::default();
    feed.set_id(home.clone());
    feed.set_title(Text::plain(language.title.clone()));
    if !language.description.is_empty() {
        feed.set_subtitle(Some(Text::plain(language.description.clone())));
    }
    feed.set_lang(Some(lang.to_string()));
    feed.set_updated(updated);
    feed.set_authors(vec![author]);
    feed.set_links(vec![
        link(&self_url, "self", "application/atom+xml"),
        link(&home, "alternate", "text/html"),
    ]);
    feed.set_entries(entries);
    let mut xml = feed.to_string();
    xml.push('\n');
    xml
}

fn link(href: &str, rel: &str, mime: &str) -> Link {
    let mut l = Link::default();
    l.set_href(href.to_string());
    l.set_rel(rel.to_string());
    l.set_mime_type(Some(mime.to_string()));
    l
}

fn parse_time(rfc3339: &str) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(rfc3339).expect("Moment::rfc3339 writes RFC 3339")
}
