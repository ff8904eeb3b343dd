//! schema.org JSON-LD for an article page (`page.json_ld`): a `NewsArticle` in its language,
//! linked to its other language versions (`workTranslation` from the original,
//! `translationOfWork` from a translation, as its `[translation] from` says), and, for an event,
//! the `Event` it is about.
//!
//! Made while the page renders (in [`crate::views::full_view`]) from the page and the URLs of its
//! translations, which are among the inputs of its view, so the page's signature covers it.

use serde_json::{Map, Value, json};

use crate::content::Moment;
use crate::site::Site;

/// The JSON-LD of page `i`, ready to sit inside `<script type="application/ld+json">`.
pub fn json_ld(site: &Site, i: usize) -> String {
    let config = site.config;
    let page = site.page(i);
    let front = &page.front;
    let url = config.urls.permalink(&page.url);
    let language = config.language(&page.lang).unwrap_or(config.default_lang());
    let home = config.urls.permalink(&config.urls.home(&page.lang));
    let versions = site.translations.get(&page.key);
    let other = |code: &str| {
        versions
            .and_then(|v| v.get(code))
            .filter(|&&j| j != i)
            .map(|&j| config.urls.permalink(&site.page(j).url))
    };

    let mut article = Map::new();
    article.insert(
        "@type".into(),
        json!(if page.is_standalone() {
            "WebPage"
        } else {
            "NewsArticle"
        }),
    );
    article.insert("@id".into(), json!(format!("{url}#article")));
    article.insert("headline".into(), json!(front.title));
    article.insert("inLanguage".into(), json!(page.lang));
    article.insert("url".into(), json!(url));
    article.insert("mainEntityOfPage".into(), json!(url));
    if let Some(d) = &front.description {
        article.insert("description".into(), json!(d));
    }
    if let Some(d) = page.date {
        article.insert("datePublished".into(), json!(d.to_string()));
    }
    if let Some(d) = front.updated.or(page.date) {
        article.insert("dateModified".into(), json!(d.to_string()));
    }
    if !front.tags.is_empty() {
        article.insert("keywords".into(), json!(front.tags.join(", ")));
    }
    if let Some(cover) = &site.covers[i] {
        // The share crop and the widest copy: search engines pick the shape they show.
        let mut images: Vec<Value> = Vec::new();
        if let Some((file, w, h)) = &cover.share {
            images.push(json!({ "@type": "ImageObject", "url": config.urls.permalink(&file.url), "width": w, "height": h }));
        }
        if let Some(widest) = cover.picture.files.last() {
            images.push(json!(config.urls.permalink(&widest.url)));
        }
        article.insert("image".into(), Value::Array(images));
    }
    article.insert(
        "publisher".into(),
        json!({ "@type": "Organization", "name": language.title, "url": home }),
    );
    match front.translation.as_ref().and_then(|t| other(&t.from)) {
        Some(original) => {
            article.insert(
                "translationOfWork".into(),
                json!({ "@id": format!("{original}#article") }),
            );
        }
        None => {
            let translations: Vec<Value> = config
                .languages
                .iter()
                .filter_map(|l| other(&l.code))
                .map(|u| json!({ "@id": format!("{u}#article") }))
                .collect();
            if !translations.is_empty() {
                article.insert("workTranslation".into(), Value::Array(translations));
            }
        }
    }

    let mut graph = Vec::new();
    if let Some(e) = &front.event {
        let mut event = Map::new();
        event.insert("@type".into(), json!("Event"));
        event.insert("@id".into(), json!(format!("{url}#event")));
        event.insert("name".into(), json!(front.title));
        event.insert("inLanguage".into(), json!(page.lang));
        event.insert("url".into(), json!(url));
        if let Some(d) = &front.description {
            event.insert("description".into(), json!(d));
        }
        event.insert(
            "startDate".into(),
            json!(with_offset(&e.start, e.timezone.as_deref())),
        );
        if let Some(end) = &e.end {
            event.insert(
                "endDate".into(),
                json!(with_offset(end, e.timezone.as_deref())),
            );
        }
        event.insert(
            "eventStatus".into(),
            json!("https://schema.org/EventScheduled"),
        );
        let mode = match (&e.location, e.online) {
            (Some(_), true) => "MixedEventAttendanceMode",
            (None, true) => "OnlineEventAttendanceMode",
            _ => "OfflineEventAttendanceMode",
        };
        event.insert(
            "eventAttendanceMode".into(),
            json!(format!("https://schema.org/{mode}")),
        );
        let mut locations = Vec::new();
        if let Some(place) = &e.location {
            locations.push(json!({ "@type": "Place", "name": place, "address": place }));
        }
        if e.online {
            locations.push(
                json!({ "@type": "VirtualLocation", "url": e.url.as_deref().unwrap_or(&url) }),
            );
        }
        if !locations.is_empty() {
            event.insert(
                "location".into(),
                if locations.len() == 1 {
                    locations.remove(0)
                } else {
                    Value::Array(locations)
                },
            );
        }
        event.insert(
            "organizer".into(),
            json!({ "@type": "Organization", "name": language.title, "url": home }),
        );
        article.insert("about".into(), json!({ "@id": format!("{url}#event") }));
        graph.push(Value::Object(article));
        graph.push(Value::Object(event));
    } else {
        graph.push(Value::Object(article));
    }
    let doc = json!({ "@context": "https://schema.org", "@graph": graph });
    // `<` never appears raw, so the text cannot close its <script> element.
    doc.to_string().replace('<', "\\u003c")
}

/// ISO 8601 as schema.org wants it: with the UTC offset in effect when a time zone is known.
fn with_offset(m: &Moment, timezone: Option<&str>) -> String {
    match (m.time, m.offset, timezone) {
        (Some(t), None, Some(name)) => jiff::tz::TimeZone::get(name)
            .ok()
            .and_then(|tz| m.date.to_datetime(t).to_zoned(tz).ok())
            .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
            .unwrap_or_else(|| m.to_string()),
        _ => m.to_string(),
    }
}
