//! What templates receive (documented in docs/templates.md), built once: each page's summary
//! view is made once and shared by reference (Tera values are reference-counted) by every list
//! it appears in, so a list page costs only its own items.

pub mod calendar_links;
pub mod json_ld;

use std::collections::BTreeMap;

use tera::{Map, Value};

use crate::site::Site;
mod memo;

use crate::config::Config;
use crate::config::identity::MenuItem;
use crate::markdown::TocEntry;
pub use memo::Memo;
use memo::{CachedView, ViewInputs};

/// A small builder for template objects.
#[derive(Default)]
pub struct Obj(Map);

impl Obj {
    pub fn new() -> Obj {
        Obj::default()
    }

    pub fn set(mut self, key: &'static str, value: impl Into<Value>) -> Obj {
        self.0.insert(key.into(), value.into());
        self
    }

    /// Sets `key` unless `value` is absent, so templates can test `is defined`.
    pub fn maybe(self, key: &'static str, value: Option<impl Into<Value>>) -> Obj {
        match value {
            Some(v) => self.set(key, v),
            None => self,
        }
    }

    pub fn build(self) -> Value {
        Value::from(self.0)
    }
}

/// One entry of `translations`.
pub fn translation(config: &Config, code: &str, url: &str, current: bool) -> Value {
    let name = config.language(code).map_or(code, |l| l.name.as_str());
    Obj::new()
        .set("code", code)
        .set("name", name)
        .set("url", url)
        .set("current", current)
        .build()
}

/// The list view of every page (what lists show); [`full_view`] adds the body for the page's
/// own job. Only list views are kept for the whole site: the body is copied into a view only
/// while its page is rendered, which keeps one copy of every article's HTML out of memory.
pub fn page_views(site: &Site) -> Vec<Value> {
    page_views_cached(site, None).0
}

/// [`page_views`], rebuilding only the views whose inputs changed since `cache` saw them;
/// also returns an id per view that changes whenever the view is rebuilt (0 without a cache).
pub fn page_views_cached(site: &Site, cache: Option<&mut Memo>) -> (Vec<Value>, Vec<u64>) {
    use rayon::prelude::*;
    let count = site.content.pages.len();
    let Some(cache) = cache else {
        let views = (0..count)
            .into_par_iter()
            .map(|i| page_view(site, i))
            .collect();
        return (views, vec![0; count]);
    };
    let known = &*cache;
    // Per page: its inputs, and its cached views with their id or freshly built ones.
    type Built = (ViewInputs, Result<(Value, u64), Value>);
    let built: Vec<Built> = (0..count)
        .into_par_iter()
        .map(|i| {
            let inputs = view_inputs(site, i);
            match known.views.get(site.page(i).file.as_os_str()) {
                Some(hit) if hit.inputs == inputs => (inputs, Ok((hit.view.clone(), hit.id))),
                _ => (inputs, Err(page_view(site, i))),
            }
        })
        .collect();
    let mut views = Vec::with_capacity(count);
    let mut ids = Vec::with_capacity(count);
    let mut fresh = std::collections::HashMap::with_capacity(count);
    for (i, (inputs, outcome)) in built.into_iter().enumerate() {
        let (view, id) = match outcome {
            Ok(hit) => hit,
            Err(view) => (view, cache.next_id()),
        };
        fresh.insert(
            site.page(i).file.clone().into_os_string(),
            CachedView {
                inputs,
                view: view.clone(),
                id,
            },
        );
        views.push(view);
        ids.push(id);
    }
    cache.views = fresh;
    (views, ids)
}

/// For a translation: the version it was translated from, and whether that changed since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Original {
    pub lang: String,
    pub url: String,
    pub title: String,
    pub stale: bool,
    pub updated: Option<crate::content::Moment>,
}

fn original_of(site: &Site, i: usize) -> Option<Original> {
    let page = site.page(i);
    let from = &page.front.translation.as_ref()?.from;
    let versions: std::collections::BTreeMap<&str, &crate::content::Page> = site
        .translations
        .get(&page.key)?
        .iter()
        .map(|(l, &j)| (l.as_str(), site.page(j)))
        .collect();
    let source = versions.get(from.as_str())?;
    Some(Original {
        lang: from.clone(),
        url: source.url.clone(),
        title: source.front.title.clone(),
        stale: crate::content::translation_states::state_of(page, &versions)
            == crate::content::translation_states::State::Stale,
        updated: source.front.updated,
    })
}

/// Everything [`page_view`] reads of page `i` and its neighbours; keep the two in step.
fn view_inputs(site: &Site, i: usize) -> ViewInputs {
    let page = site.page(i);
    let link = |j: usize| {
        let p = site.page(j);
        (p.front.title.clone(), p.url.clone())
    };
    let (earlier, later) = neighbour_indices(site, i);
    ViewInputs {
        page: site.content.pages[i].clone(),
        markdown: site.rendered_ids[i],
        translations: site
            .translations
            .get(&page.key)
            .map(|t| {
                t.iter()
                    .map(|(l, &j)| (l.clone(), site.page(j).url.clone()))
                    .collect()
            })
            .unwrap_or_default(),
        earlier: earlier.map(link),
        later: later.map(link),
        original: original_of(site, i),
        cover: site.covers[i].clone(),
    }
}

/// The view of a cover image: what `<img>` needs (`src`, `srcset`, `sizes`, `width`,
/// `height`, `alt`), its `credit`, and the share image (`share`: absolute URL, width, height).
pub fn cover_value(config: &Config, cover: &crate::site::images::Cover) -> Value {
    let picture = &cover.picture;
    let srcset: Vec<String> = picture
        .srcset
        .iter()
        .map(|(url, w)| format!("{url} {w}w"))
        .collect();
    let share = cover.share.as_ref().map(|(file, w, h)| {
        Obj::new()
            .set("url", config.urls.permalink(&file.url))
            .set("width", *w)
            .set("height", *h)
            .build()
    });
    Obj::new()
        .set("src", picture.src.as_str())
        .set("srcset", srcset.join(", "))
        .set("sizes", crate::markdown::IMAGE_SIZES)
        .set("width", picture.width)
        .set("height", picture.height)
        .set("alt", cover.alt.as_str())
        .maybe("credit", cover.credit.as_deref())
        .maybe("share", share)
        .build()
}

fn page_view(site: &Site, i: usize) -> Value {
    let config = site.config;
    let page = site.page(i);
    let rendered = &site.rendered[i];
    let front = &page.front;
    let tags: Vec<Value> = front
        .tags
        .iter()
        .filter(|t| config.tags && !slug::slugify(t).is_empty())
        .map(|t| {
            let slug = slug::slugify(t);
            Obj::new()
                .set("name", t.as_str())
                .set("url", config.urls.tag(&page.lang, &slug))
                .set("slug", slug)
                .build()
        })
        .collect();
    let translations: Vec<Value> = config
        .languages
        .iter()
        .filter_map(|l| {
            let j = *site.translations.get(&page.key)?.get(&l.code)?;
            Some(translation(config, &l.code, &site.page(j).url, j == i))
        })
        .collect();
    let event = front.event.as_ref().map(|e| {
        Obj::new()
            .set("start", e.start.to_string())
            .set("day", e.start.date.to_string())
            // Over several days with times: read from the first moment to the last, not as
            // those hours on each day.
            .set(
                "spans_days",
                e.start.time.is_some() && e.end.is_some_and(|end| end.date != e.start.date),
            )
            .maybe("end", e.end.map(|m| m.to_string()))
            .maybe("timezone", e.timezone.clone())
            .maybe("location", e.location.clone())
            .set("online", e.online)
            .maybe("url", e.url.clone())
            .set(
                "calendar",
                config.urls.event_calendar(&page.url, &page.slug),
            )
            // Over once its last day has passed: it then offers nothing to add to a calendar.
            .set(
                "past",
                e.end.map_or(e.start.date, |end| end.date) < config.today,
            )
            .set(
                "services",
                calendar_links::links(page, e, &config.urls.permalink(&page.url))
                    .into_iter()
                    .map(|(name, url)| Obj::new().set("name", name).set("url", url).build())
                    .collect::<Vec<Value>>(),
            )
            .build()
    });
    let calendar = config.urls.event_calendar(&page.url, &page.slug);
    let call = front
        .call
        .as_ref()
        .map(|c| call_value(c, config.today, &calendar));
    let assets: Vec<Value> = page
        .assets
        .iter()
        .filter_map(|a| a.file_name())
        .map(|n| Value::from(config.urls.bundle_file(&page.url, &n.to_string_lossy())))
        .collect();
    let (earlier, later) = neighbours(site, i);
    let original = original_of(site, i).map(|o| {
        Obj::new()
            .set("lang", o.lang.as_str())
            .set(
                "name",
                config
                    .language(&o.lang)
                    .map_or(o.lang.as_str(), |l| l.name.as_str()),
            )
            .set("url", o.url.as_str())
            .set("title", o.title.as_str())
            .set("stale", o.stale)
            .maybe("updated", o.updated.map(|d| d.to_string()))
            .build()
    });

    let summary = Obj::new()
        .set("key", page.key.as_str())
        .set("lang", page.lang.as_str())
        .set("title", front.title.as_str())
        .maybe("description", front.description.as_deref())
        .maybe("date", page.date.map(|d| d.to_string()))
        .maybe("updated", front.updated.map(|d| d.to_string()))
        .set("url", page.url.as_str())
        .set("permalink", config.urls.permalink(&page.url))
        .set("section", page.section.as_str())
        .set("slug", page.slug.as_str())
        .set("tags", tags)
        .set("summary", Value::safe_string(&rendered.summary))
        .set("has_more", rendered.has_more)
        .set(
            "reading_time",
            crate::markdown::reading_time(rendered.word_count),
        )
        .set("word_count", rendered.word_count)
        .maybe("event", event)
        .maybe("call", call)
        .set("translations", translations)
        .set(
            "extra",
            toml_value(&toml::Value::Table(front.extra.clone())),
        )
        .set("draft", front.draft)
        .maybe("earlier", earlier)
        .maybe("later", later)
        .maybe("original", original)
        .maybe(
            "cover",
            site.covers[i].as_ref().map(|c| cover_value(config, c)),
        )
        .set("assets", assets);
    summary.build()
}

/// The view of page `i` for its own page: its list view with the body, table of contents and
/// schema.org JSON-LD.
pub fn full_view(site: &Site, list_view: &Value, i: usize) -> Value {
    let rendered = &site.rendered[i];
    let mut map = list_view.as_map().cloned().unwrap_or_default();
    map.insert("content".into(), Value::safe_string(&rendered.html));
    map.insert("toc".into(), toc_value(&rendered.toc));
    map.insert(
        "json_ld".into(),
        Value::safe_string(&json_ld::json_ld(site, i)),
    );
    Value::from(map)
}

/// The neighbouring articles of the same section and language, by date: (earlier, later).
fn neighbour_indices(site: &Site, i: usize) -> (Option<usize>, Option<usize>) {
    let page = site.page(i);
    let list = site.section_pages(&page.section, &page.lang);
    let Some(pos) = list.iter().position(|&j| j == i) else {
        return (None, None);
    };
    // Lists are newest first: the next item is earlier, the previous one later.
    (
        list.get(pos + 1).copied(),
        pos.checked_sub(1).map(|p| list[p]),
    )
}

fn neighbours(site: &Site, i: usize) -> (Option<Value>, Option<Value>) {
    let (earlier, later) = neighbour_indices(site, i);
    let link = |j: usize| {
        let p = site.page(j);
        Obj::new()
            .set("title", p.front.title.as_str())
            .set("url", p.url.as_str())
            .build()
    };
    (earlier.map(link), later.map(link))
}

fn toc_value(toc: &[TocEntry]) -> Value {
    Value::from(
        toc.iter()
            .map(|e| {
                Obj::new()
                    .set("level", e.level)
                    .set("id", e.id.as_str())
                    .set("title", e.title.as_str())
                    .set("children", toc_value(&e.children))
                    .build()
            })
            .collect::<Vec<Value>>(),
    )
}

/// TOML from `[extra]` as a template value; tables keep their order.
pub fn toml_value(v: &toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::from(s.as_str()),
        toml::Value::Integer(n) => Value::from(*n),
        toml::Value::Float(f) => Value::from(*f),
        toml::Value::Boolean(b) => Value::from(*b),
        toml::Value::Datetime(d) => Value::from(d.to_string()),
        toml::Value::Array(a) => Value::from(a.iter().map(toml_value).collect::<Vec<_>>()),
        toml::Value::Table(t) => {
            let mut map = Map::new();
            for (k, v) in t {
                map.insert(k.clone().into(), toml_value(v));
            }
            Value::from(map)
        }
    }
}

/// An open call for templates: `deadline` (as written), `timezone`, `url`, `closed` (its
/// deadline's day is before the build day), `days` (whole days from the build day to the
/// deadline's day, 0 on the day itself) and `calendar`, the page's calendar file, which holds
/// the deadline.
pub fn call_value(
    call: &crate::content::front_matter::Call,
    today: jiff::civil::Date,
    calendar: &str,
) -> Value {
    let days = (call.deadline.date - today).get_days();
    Obj::new()
        .set("deadline", call.deadline.to_string())
        .set("calendar", calendar)
        .maybe("timezone", call.timezone.clone())
        .maybe("url", call.url.clone())
        .set("closed", call.deadline.date < today)
        .set("days", i64::from(days.max(0)))
        .build()
}

/// What a language has, which decides which of its lists exist.
#[derive(Debug, Clone, Copy, Default)]
pub struct Has {
    pub events: bool,
    pub calls: bool,
    pub issues: bool,
}

/// Each list a menu can name (`crate::config::identity::LISTS`) and the theme's message that
/// names it. Templates format it as `t(key=item.message)`, so `check` counts these as used.
pub const LIST_MESSAGES: [(&str, &str); 7] = [
    ("home", "nav-home"),
    ("events", "nav-events"),
    ("calls", "calls-title"),
    ("archive", "nav-archive"),
    ("newsletter", "newsletter-archive-title"),
    ("tags", "tags"),
    ("search", "search-title"),
];

/// The theme's message naming one of the lists a menu can link to.
fn list_message(list: &str) -> &'static str {
    LIST_MESSAGES
        .iter()
        .find(|(name, _)| *name == list)
        .map_or("tags", |(_, message)| message)
}

/// The `site` variable for one language; `has_events`: whether the language lists any event,
/// without which it has no events calendar (RFC 5545 wants at least one event in a file);
/// `has_calls`: whether it lists any call, without which it has no list of calls.
pub fn site_value(config: &Config, lang: &str, has: Has) -> Value {
    let Has {
        events: has_events,
        calls: has_calls,
        issues: has_issues,
    } = has;
    let current = config.language(lang).unwrap_or(config.default_lang());
    let languages: Vec<Value> = config
        .languages
        .iter()
        .map(|l| {
            Obj::new()
                .set("code", l.code.as_str())
                .set("name", l.name.as_str())
                .set("title", l.title.as_str())
                .set("description", l.description.as_str())
                .set("url", config.urls.home(&l.code))
                .build()
        })
        .collect();
    let urls = &config.urls;
    let lists = [
        ("home", Some(urls.home(lang))),
        ("events", Some(urls.events(lang))),
        (
            "events_calendar",
            (has_events || has_calls).then(|| urls.events_calendar(lang)),
        ),
        ("calls", has_calls.then(|| urls.calls(lang))),
        ("archive", Some(urls.archive(lang))),
        ("tags", config.tags.then(|| urls.tags(lang))),
        ("newsletter", has_issues.then(|| urls.issue_archive(lang))),
        ("search", config.search.then(|| urls.search(lang))),
    ];
    let menu_item = |item: &MenuItem| -> Option<Value> {
        Some(match item {
            MenuItem::List(name) => {
                let url = lists.iter().find(|(k, _)| k == name)?.1.clone()?;
                Obj::new()
                    .set("list", name.as_str())
                    .set("message", list_message(name))
                    .set("url", url)
                    .build()
            }
            MenuItem::Link { label, link } => Obj::new()
                .set("label", label.as_str())
                .set("link", link.as_str())
                .set(
                    "external",
                    link.contains("://") || link.starts_with("mailto:"),
                )
                .build(),
        })
    };
    let menu: Vec<Value> = current.menu.iter().filter_map(menu_item).collect();
    let footer_links: Vec<Value> = current.footer_links.iter().filter_map(menu_item).collect();
    let identity = &config.identity;
    let social: Vec<Value> = identity
        .social
        .iter()
        .map(|(name, url)| {
            Obj::new()
                .set("name", name.as_str())
                .set("url", url.as_str())
                .build()
        })
        .collect();
    // Logos are shown 40 px high; their width, from their own proportions, keeps the layout
    // from shifting while they load.
    let width_at_40 = |logo: &str| {
        let file = config
            .root
            .join("static")
            .join(logo.trim_start_matches('/'));
        crate::images::intrinsic_size(&file)
            .map(|(w, h)| (f64::from(w) * 40.0 / f64::from(h)).round() as u32)
    };
    let funding = identity.funding.as_ref().map(|f| {
        Obj::new()
            .set("cofunded", f.cofunded)
            .maybe("programme", f.programme.as_deref())
            .maybe("grant", f.grant.as_deref())
            .maybe("authority", f.authority.as_deref())
            .set("disclaimer", f.disclaimer)
            .set(
                "others",
                f.others
                    .iter()
                    .map(|(name, logo, url)| {
                        Obj::new()
                            .set("name", name.as_str())
                            .maybe("logo", logo.as_deref().map(|l| urls.site_url(l)))
                            .maybe("logo_width", logo.as_deref().and_then(width_at_40))
                            .maybe("url", url.as_deref())
                            .build()
                    })
                    .collect::<Vec<Value>>(),
            )
            .build()
    });
    // The accent colours as CSS custom properties, for a <style> in the head.
    let accent_css = identity.accent.as_ref().map(|a| {
        let mut css = String::new();
        if let Some(light) = &a.light {
            // Light mode only: dark mode keeps the theme's light-on-dark accent unless the
            // site gives its own, since a colour legible on white is not on the dark ground.
            css.push_str(&format!(
                "@media not (prefers-color-scheme: dark){{:root{{--accent:{light};--accent-hover:{light};--focus:{light}}}}}"
            ));
        }
        if let Some(dark) = &a.dark {
            css.push_str(&format!(
                "@media (prefers-color-scheme: dark){{:root{{--accent:{dark};--accent-hover:{dark};--focus:{dark}}}}}"
            ));
        }
        css
    });
    let identity_value = Obj::new()
        .maybe("logo", identity.logo.as_deref().map(|l| urls.site_url(l)))
        .maybe("logo_width", identity.logo.as_deref().and_then(width_at_40))
        .maybe(
            "logo_dark",
            identity.logo_dark.as_deref().map(|l| urls.site_url(l)),
        )
        .maybe("accent_css", accent_css)
        .set("social", social)
        .build();
    let mut public = Obj::new();
    let mut permalinks = Obj::new();
    for (key, url) in lists {
        let Some(url) = url else { continue };
        permalinks = permalinks.set(key, urls.permalink(&url));
        public = public.set(key, url);
    }
    if has_events || has_calls {
        // The same calendar as a subscription: calendar apps open webcal:// addresses and
        // keep the calendar up to date.
        let calendar = urls.permalink(&urls.events_calendar(lang));
        let webcal = calendar
            .strip_prefix("https://")
            .or_else(|| calendar.strip_prefix("http://"))
            .map_or(calendar.clone(), |rest| format!("webcal://{rest}"));
        permalinks = permalinks.set("events_webcal", webcal);
    }
    Obj::new()
        .set("menu", menu)
        .set(
            "footer",
            Obj::new()
                .maybe("text", current.footer_text.as_deref())
                .set("links", footer_links)
                .build(),
        )
        .set("identity", identity_value)
        .maybe(
            "signup",
            current.signup.as_ref().map(|s| {
                Obj::new()
                    .set("action", s.action.as_str())
                    .set("email_field", s.email_field)
                    .maybe("name_field", s.name_field)
                    .set(
                        "hidden",
                        s.hidden
                            .iter()
                            .map(|(n, v)| {
                                Obj::new()
                                    .set("name", n.as_str())
                                    .set("value", v.as_str())
                                    .build()
                            })
                            .collect::<Vec<Value>>(),
                    )
                    .maybe("honeypot", s.honeypot.as_deref())
                    .maybe("privacy", s.privacy.as_deref())
                    .set(
                        "privacy_external",
                        s.privacy.as_deref().is_some_and(|p| p.contains("://")),
                    )
                    .build()
            }),
        )
        .maybe("funding", funding)
        .set("base_url", urls.base_url())
        .set("base_path", urls.base_path())
        .set("urls", public.build())
        .set("permalinks", permalinks.build())
        .set("default_language", config.default_language.as_str())
        .set("title", current.title.as_str())
        .set("description", current.description.as_str())
        .set("languages", languages)
        .set("taxonomies", Obj::new().set("tags", config.tags).build())
        .build()
}

/// `sections` for a language: every section with its title and number of pages.
pub fn sections_value(site: &Site, lang: &str) -> Value {
    let mut out = Vec::new();
    for (key, indexes) in &site.content.sections {
        if key.is_empty() {
            continue;
        }
        let title = indexes
            .get(lang)
            .or_else(|| indexes.get(&site.config.default_language))
            .and_then(|i| i.front.title.clone())
            .unwrap_or_else(|| key.rsplit('/').next().unwrap_or(key).to_string());
        out.push(
            Obj::new()
                .set("key", key.as_str())
                .set("title", title)
                .set("url", site.config.urls.section(lang, key))
                .set("count", site.section_listing(key, lang).len())
                .build(),
        );
    }
    Value::from(out)
}

/// Items grouped by the month of `day(i)`, in the order given: `[{ key, date, pages }]` with
/// `key` `2024-10` and `date` the month's first day (`2024-10-01`) for `date(style="month")`.
fn by_month(items: &[usize], views: &[Value], day: impl Fn(usize) -> jiff::civil::Date) -> Value {
    let mut groups: Vec<(jiff::civil::Date, Vec<Value>)> = Vec::new();
    for &i in items {
        let first = day(i).first_of_month();
        match groups.last_mut() {
            Some((month, pages)) if *month == first => pages.push(views[i].clone()),
            _ => groups.push((first, vec![views[i].clone()])),
        }
    }
    Value::from(
        groups
            .into_iter()
            .map(|(month, pages)| {
                Obj::new()
                    .set("key", month.strftime("%Y-%m").to_string())
                    .set("date", month.to_string())
                    .set("count", pages.len())
                    .set("pages", pages)
                    .build()
            })
            .collect::<Vec<_>>(),
    )
}

fn event_day(site: &Site, i: usize) -> jiff::civil::Date {
    site.page(i)
        .front
        .event
        .as_ref()
        .map_or(jiff::civil::Date::ZERO, |e| e.start.date)
}

/// `events` of a language: `{ upcoming, past, upcoming_count, past_count }`, each list grouped
/// by the month the events start in (upcoming soonest first, past latest first).
pub fn events_value(site: &Site, views: &[Value], upcoming: &[usize], past: &[usize]) -> Value {
    Obj::new()
        .set(
            "upcoming",
            by_month(upcoming, views, |i| event_day(site, i)),
        )
        .set("past", by_month(past, views, |i| event_day(site, i)))
        .set("upcoming_count", upcoming.len())
        .set("past_count", past.len())
        .build()
}

/// `calls` of a language: `{ open, closed }`, lists of pages (open soonest deadline first,
/// closed latest first).
pub fn calls_value(views: &[Value], open: &[usize], closed: &[usize]) -> Value {
    let pages =
        |list: &[usize]| Value::from(list.iter().map(|&i| views[i].clone()).collect::<Vec<_>>());
    Obj::new()
        .set("open", pages(open))
        .set("closed", pages(closed))
        .build()
}

/// How many upcoming events the home page shows.
pub const HOME_UPCOMING: usize = 3;

/// `upcoming` on the home page: the next few events, soonest first.
pub fn upcoming_value(views: &[Value], upcoming: &[usize]) -> Value {
    Value::from(
        upcoming
            .iter()
            .take(HOME_UPCOMING)
            .map(|&i| views[i].clone())
            .collect::<Vec<_>>(),
    )
}

/// The messages [`search_value`] formats for the search page's script, with the variables it
/// passes (for `bulletin check`, which cannot see them in templates).
pub const SEARCH_MESSAGES: [(&str, &[&str]); 3] = [
    ("search-results", &["count", "query"]),
    ("search-none", &["query"]),
    ("search-searching", &[]),
];

/// `search` of a language's search page: where the index is, and the messages its script
/// completes, `{count}` and `{query}` standing for what it learns from the reader. `results`
/// holds the message once per plural category of the language (`{ one: "One page matches
/// “{query}”.", other: "{count} pages match “{query}”." }`), formatted with a number of that
/// category; the script picks by `Intl.PluralRules` of `locale`, as ICU4X picks here.
pub fn search_value(config: &Config, i18n: &crate::i18n::I18n, lang: &str) -> Value {
    let [(results_key, _), (none_key, _), (searching_key, _)] = SEARCH_MESSAGES;
    const QUERY: &str = "{query}";
    let format = |key: &str, count: Option<u32>| -> Option<String> {
        let mut args = fluent_bundle::FluentArgs::new();
        if let Some(n) = count {
            args.set("count", n);
        }
        args.set("query", QUERY);
        i18n.message(lang, key, &args).ok()
    };
    let mut results = std::collections::BTreeMap::new();
    for &(category, n) in i18n.plural_samples(lang) {
        let Some(text) = format(results_key, Some(n)) else {
            continue;
        };
        // The number as the message wrote it: grouped by the locale's rules above a thousand.
        let written = [i18n.formats(lang).number(f64::from(n)), n.to_string()];
        let text = match written.iter().find(|w| text.contains(w.as_str())) {
            Some(w) => text.replacen(w.as_str(), "{count}", 1),
            None => text,
        };
        results.insert(category, text);
    }
    let locale = config
        .language(lang)
        .map_or_else(|| lang.to_string(), |l| l.locale.to_string());
    Obj::new()
        .set("url", config.urls.search(lang))
        .set("bundle", config.urls.search_file("pagefind.js"))
        .set("locale", locale)
        .set(
            "results",
            serde_json::to_string(&results).unwrap_or_else(|_| "{}".into()),
        )
        .maybe("none", format(none_key, None).as_deref())
        .maybe("searching", format(searching_key, None).as_deref())
        .build()
}

/// `archive` of a language: `[{ year, count, months: [{ key, date, count, pages }] }]`, newest
/// first; undated articles are left out.
pub fn archive_value(site: &Site, views: &[Value], listed: &[usize]) -> Value {
    let dated: Vec<usize> = listed
        .iter()
        .copied()
        .filter(|&i| site.page(i).date.is_some())
        .collect();
    let mut years: Vec<(i16, Vec<usize>)> = Vec::new();
    for i in dated {
        let year = site.page(i).date.map_or(0, |d| d.date.year());
        match years.last_mut() {
            Some((y, list)) if *y == year => list.push(i),
            _ => years.push((year, vec![i])),
        }
    }
    let day = |i: usize| {
        site.page(i)
            .date
            .map_or(jiff::civil::Date::ZERO, |d| d.date)
    };
    Value::from(
        years
            .into_iter()
            .map(|(year, list)| {
                Obj::new()
                    .set("year", year)
                    .set("count", list.len())
                    .set("months", by_month(&list, views, day))
                    .build()
            })
            .collect::<Vec<_>>(),
    )
}

/// `switcher`: every configured language, linking to this page in it when it exists there and
/// to that language's home otherwise: `[{ code, name, url, current, exists }]`.
pub fn switcher_value(
    config: &Config,
    entries: Option<&BTreeMap<String, String>>,
    current: Option<&str>,
) -> Value {
    Value::from(
        config
            .languages
            .iter()
            .map(|l| {
                let url = entries.and_then(|e| e.get(&l.code));
                Obj::new()
                    .set("code", l.code.as_str())
                    .set("name", l.name.as_str())
                    .set(
                        "url",
                        url.cloned().unwrap_or_else(|| config.urls.home(&l.code)),
                    )
                    .set("current", current == Some(l.code.as_str()))
                    .set("exists", url.is_some())
                    .build()
            })
            .collect::<Vec<_>>(),
    )
}

/// Tags of a language, sorted by name.
pub fn tags_value(site: &Site, lang: &str) -> Value {
    let mut tags: Vec<_> = site
        .tags
        .get(lang)
        .map(|t| t.values().collect())
        .unwrap_or_default();
    tags.sort_by(|a, b| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then(a.slug.cmp(&b.slug))
    });
    Value::from(tags.into_iter().map(tag_value).collect::<Vec<_>>())
}

pub fn tag_value(tag: &crate::site::Tag) -> Value {
    Obj::new()
        .set("name", tag.name.as_str())
        .set("slug", tag.slug.as_str())
        .set("url", tag.url.as_str())
        .set("count", tag.pages.len())
        .build()
}

/// `alternates`: hreflang links, absolute, with x-default.
pub fn alternates_value(config: &Config, entries: &BTreeMap<String, String>) -> Value {
    Value::from(
        alternate_links(config, entries)
            .into_iter()
            .map(|(hreflang, url)| Obj::new().set("hreflang", hreflang).set("url", url).build())
            .collect::<Vec<_>>(),
    )
}

/// (hreflang, absolute URL) pairs in configuration order, x-default last. `entries` maps
/// language (or `x-default`) to site path.
pub fn alternate_links(
    config: &Config,
    entries: &BTreeMap<String, String>,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = config
        .languages
        .iter()
        .filter_map(|l| {
            entries
                .get(&l.code)
                .map(|u| (l.code.clone(), config.urls.permalink(u)))
        })
        .collect();
    if let Some(url) = entries.get("x-default") {
        out.push(("x-default".into(), config.urls.permalink(url)));
    }
    out
}

#[cfg(test)]
mod tests {
    /// Every list a menu may name has the message that names it, in the same order.
    #[test]
    fn every_list_has_its_message() {
        let named: Vec<&str> = super::LIST_MESSAGES.iter().map(|(l, _)| *l).collect();
        assert_eq!(named, crate::config::identity::LISTS);
    }
}
