//! The variables every template gets ([`Renderer::common_context`]), and the parts several
//! kinds of list share (the paginator, a section).

use tera::{Context, Value};

use super::Renderer;
use super::job::Part;
use crate::plan::{Group, Job, JobKind};
use crate::views::{self, Obj};

impl<'a> Renderer<'a> {
    pub(super) fn common_context(&self, job: &Job, lang: &str) -> Context {
        let config = self.config();
        let mut ctx = Context::new();
        ctx.insert("lang", lang);
        // The language of the UI text: `lang`, or its fallback when the site has no catalog
        // for it; templates mark UI text with it where it differs.
        ctx.insert("ui_lang", self.i18n.ui_language(lang));
        let rtl = config.language(lang).is_some_and(|l| l.rtl);
        ctx.insert("dir", if rtl { "rtl" } else { "ltr" });
        ctx.insert_value("site", self.sites[lang].clone());
        ctx.insert("current_url", &config.urls.permalink(&job.url));
        ctx.insert("current_path", &job.url);
        let group = match (&job.kind, &job.group) {
            (JobKind::Root, _) => Some(Group::Home(1)),
            (_, g) => g.clone(),
        };
        let entries = group.and_then(|g| self.plan.groups.get(&g));
        let translations: Vec<Value> = entries
            .map(|e| {
                config
                    .languages
                    .iter()
                    .filter_map(|l| {
                        e.get(&l.code).map(|url| {
                            views::translation(
                                config,
                                &l.code,
                                url,
                                job.lang.as_deref() == Some(l.code.as_str()),
                            )
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        ctx.insert_value("translations", Value::from(translations));
        ctx.insert_value(
            "switcher",
            views::switcher_value(config, entries, job.lang.as_deref()),
        );
        ctx.insert_value(
            "alternates",
            entries.map_or_else(
                || Value::from(Vec::<Value>::new()),
                |e| views::alternates_value(config, e),
            ),
        );
        if config.feeds_atom {
            ctx.insert(
                "feed_url",
                &config.urls.permalink(&config.urls.atom_feed(lang)),
            );
            let feeds: Vec<Value> = config
                .languages
                .iter()
                .map(|l| {
                    Obj::new()
                        .set("code", l.code.as_str())
                        .set("name", l.name.as_str())
                        .set(
                            "url",
                            config.urls.permalink(&config.urls.atom_feed(&l.code)),
                        )
                        .build()
                })
                .collect();
            ctx.insert_value("feeds", Value::from(feeds));
        } else {
            ctx.insert_value("feeds", Value::from(Vec::<Value>::new()));
        }
        if config.feeds_json {
            ctx.insert(
                "json_feed_url",
                &config.urls.permalink(&config.urls.json_feed(lang)),
            );
        }
        ctx
    }

    /// `paginator`: page `number` of `total_pages` of a list of `total_items` whose first
    /// page is `first`, showing `items`. Made from their views and these numbers alone.
    pub(super) fn paginator(
        &self,
        first: String,
        number: usize,
        items: &[usize],
        total_pages: usize,
        total_items: usize,
    ) -> Part<'_> {
        let shown = items.to_vec();
        Part::FromPages {
            pages: items.to_vec(),
            facts: format!("{number}/{total_pages} of {total_items} from {first}"),
            make: Box::new(move || {
                let urls = &self.config().urls;
                let pages: Vec<Value> = shown.iter().map(|&i| self.views[i].clone()).collect();
                Obj::new()
                    .set("number", number)
                    .set("total_pages", total_pages)
                    .set("total_items", total_items)
                    .set("pages", pages)
                    .maybe(
                        "previous",
                        (number > 1).then(|| urls.paginated(&first, number - 1)),
                    )
                    .maybe(
                        "next",
                        (number < total_pages).then(|| urls.paginated(&first, number + 1)),
                    )
                    .set("first", urls.paginated(&first, 1))
                    .set("last", urls.paginated(&first, total_pages))
                    .build()
            }),
        }
    }

    pub(super) fn section_value(&self, section: &str, lang: &str, url: &str) -> Value {
        let index = self
            .site
            .content
            .sections
            .get(section)
            .and_then(|s| s.get(lang));
        let body = self
            .site
            .section_bodies
            .get(&(section.to_string(), lang.to_string()));
        let fallback_title = section.rsplit('/').next().unwrap_or(section).to_string();
        Obj::new()
            .set("key", section)
            .set(
                "title",
                index
                    .and_then(|i| i.front.title.clone())
                    .unwrap_or(fallback_title),
            )
            .maybe(
                "description",
                index.and_then(|i| i.front.description.clone()),
            )
            .set(
                "content",
                Value::safe_string(body.map_or("", |b| b.html.as_str())),
            )
            .set("url", url)
            .set(
                "extra",
                index.map_or(Value::none(), |i| {
                    views::toml_value(&toml::Value::Table(i.front.extra.clone()))
                }),
            )
            .build()
    }
}
