//! The JSON Feed of a language (<https://jsonfeed.org/version/1.1>), full content, newest
//! first: the same articles as the Atom feed ([`super::feed`]), for readers and mailing tools
//! that prefer JSON. Written with serde from the structs below; the crates for JSON Feed
//! implement version 1.0 or generic maps, and the format is small.

use serde::Serialize;

use super::Inputs;

pub const VERSION: &str = "https://jsonfeed.org/version/1.1";

#[derive(Serialize)]
struct Feed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    feed_url: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    language: &'a str,
    authors: Vec<Author<'a>>,
    items: Vec<Item<'a>>,
}

#[derive(Serialize)]
struct Author<'a> {
    name: &'a str,
    url: String,
}

#[derive(Serialize)]
struct Item<'a> {
    id: String,
    url: String,
    title: &'a str,
    content_html: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    tags: &'a [String],
    language: &'a str,
}

pub fn json_feed(inputs: &Inputs, lang: &str) -> String {
    let site = inputs.site;
    let config = site.config;
    let language = config.language(lang).unwrap_or(config.default_lang());
    let items = super::feed::entries(site, lang)
        .iter()
        .map(|&i| {
            let page = site.page(i);
            let permalink = config.urls.permalink(&page.url);
            Item {
                id: permalink.clone(),
                title: &page.front.title,
                // JSON Feed has no xml:base: links in the content are made absolute.
                content_html: super::feed::entry_html(site, i),
                image: super::feed::entry_image(site, i),
                summary: page.front.description.as_deref(),
                date_published: page.date.map(|d| d.rfc3339()),
                date_modified: page.front.updated.map(|d| d.rfc3339()),
                tags: &page.front.tags,
                language: &page.lang,
                url: permalink,
            }
        })
        .collect();
    let home = config.urls.permalink(&config.urls.home(lang));
    let feed = Feed {
        version: VERSION,
        title: &language.title,
        home_page_url: home.clone(),
        feed_url: config.urls.permalink(&config.urls.json_feed(lang)),
        description: &language.description,
        language: lang,
        authors: vec![Author {
            name: &language.title,
            url: home,
        }],
        items,
    };
    let mut json = serde_json::to_string_pretty(&feed).expect("a feed serialises as JSON");
    json.push('\n');
    json
}
