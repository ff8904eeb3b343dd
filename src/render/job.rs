//! What each job's output is made from, described once ([`Renderer::describe`]). Rendering
//! turns the description into the template's context; the memo of `serve` turns it into a
//! signature that changes whenever the output could ([`Renderer::signature`]). Nothing is kept
//! in step by hand: every value a template is given is a [`Part`], and each kind of part says
//! both how it is made and how it is signed.

use tera::Value;

use super::Renderer;
use crate::plan::{Job, JobKind};
use crate::views;

/// A job's output, as its inputs.
pub(super) struct Description<'r> {
    /// The template, or `None` for outputs made in Rust (feeds, calendars, the sitemap), whose
    /// parts are what they read.
    pub template: Option<&'static str>,
    /// What the template is given besides the common variables, by name.
    pub parts: Vec<(&'static str, Part<'r>)>,
    /// Whether the output is worth a signature (`false` for pages cheap enough to render
    /// every time).
    pub signed: bool,
}

impl<'r> Description<'r> {
    fn template(name: &'static str, parts: Vec<(&'static str, Part<'r>)>) -> Description<'r> {
        Description {
            template: Some(name),
            parts,
            signed: true,
        }
    }

    fn made_in_rust(parts: Vec<(&'static str, Part<'r>)>) -> Description<'r> {
        Description {
            template: None,
            parts,
            signed: true,
        }
    }
}

/// One input of a job.
pub(super) enum Part<'r> {
    /// A small value, signed by its text.
    Value(Value),
    /// The full view of a page (an article), signed by the id of its views.
    Page(usize),
    /// A value made from the list views of `pages` and the `facts` alone (numbers, a record,
    /// as text): signed by the pages' view ids and the facts.
    FromPages {
        pages: Vec<usize>,
        facts: String,
        make: Box<dyn Fn() -> Value + Send + Sync + 'r>,
    },
    /// What an output made in Rust reads: these pages (entirely described by their views) and
    /// the facts.
    Reads { pages: Vec<usize>, facts: String },
    /// A value that many jobs show (a language's sections, the sitemap's digest): made and
    /// signed by its text once per render under `key`.
    Shared {
        key: String,
        make: Box<dyn Fn() -> Value + Send + Sync + 'r>,
    },
}

impl<'a> Renderer<'a> {
    /// The description of `job`; `None` for files that are copied (static files, bundle
    /// assets).
    pub(super) fn describe(&self, job: &Job) -> Option<Description<'_>> {
        let site = self.site;
        let config = self.config();
        let urls = &config.urls;
        let lang = job
            .lang
            .clone()
            .unwrap_or_else(|| config.default_language.clone());
        let template = Description::template;
        let made_in_rust = Description::made_in_rust;
        let issue = |index: usize| {
            let record = &site.content.issues[index];
            let lang = lang.clone();
            Part::FromPages {
                pages: crate::output::email::issue_pages(site, record, &lang),
                facts: format!("{record:?}"),
                make: Box::new(move || {
                    crate::output::email::issue_value(&self.inputs(), index, &lang)
                }),
            }
        };
        let (upcoming, past) = site.events(&lang);
        let both = || [upcoming, past].concat();
        let description = match &job.kind {
            JobKind::Article(i) => {
                // A theme without a template of its own for standalone pages shows them as
                // articles.
                let name = if site.page(*i).is_standalone()
                    && self.theme.templates.contains_key("standalone.html")
                {
                    "standalone.html"
                } else {
                    "page.html"
                };
                template(name, vec![("page", Part::Page(*i))])
            }
            JobKind::Home {
                number,
                items,
                total_pages,
                ..
            } => {
                let next = upcoming[..upcoming.len().min(views::HOME_UPCOMING)].to_vec();
                let shown = next.clone();
                let sections_lang = lang.clone();
                template(
                    "index.html",
                    vec![
                        (
                            "paginator",
                            self.paginator(
                                urls.home(&lang),
                                *number,
                                items,
                                *total_pages,
                                site.listed(&lang).len(),
                            ),
                        ),
                        (
                            "sections",
                            Part::Shared {
                                key: format!("sections {lang}"),
                                make: Box::new(move || views::sections_value(site, &sections_lang)),
                            },
                        ),
                        (
                            "upcoming",
                            Part::FromPages {
                                pages: next,
                                facts: String::new(),
                                make: Box::new(move || views::upcoming_value(&self.views, &shown)),
                            },
                        ),
                    ],
                )
            }
            JobKind::Events { .. } => template(
                "events.html",
                vec![(
                    "events",
                    Part::FromPages {
                        pages: both(),
                        facts: format!("{} upcoming", upcoming.len()),
                        make: Box::new(move || {
                            views::events_value(site, &self.views, upcoming, past)
                        }),
                    },
                )],
            ),
            JobKind::Calls { .. } => {
                let (open, closed) = site.calls(&lang);
                let pages = [open.clone(), closed.clone()].concat();
                template(
                    "calls.html",
                    vec![(
                        "calls",
                        Part::FromPages {
                            pages,
                            facts: format!("{} open", open.len()),
                            make: Box::new(move || views::calls_value(&self.views, &open, &closed)),
                        },
                    )],
                )
            }
            JobKind::Archive { .. } => {
                let listed = site.listed(&lang);
                template(
                    "archive.html",
                    vec![(
                        "archive",
                        Part::FromPages {
                            pages: listed.to_vec(),
                            facts: String::new(),
                            make: Box::new(move || views::archive_value(site, &self.views, listed)),
                        },
                    )],
                )
            }
            JobKind::Section {
                section,
                number,
                items,
                total_pages,
                ..
            } => {
                let first = urls.section(&lang, section);
                let total_items = site.section_listing(section, &lang).len();
                let (section_lang, key, url) = (lang.clone(), section.clone(), first.clone());
                template(
                    "section.html",
                    vec![
                        (
                            "paginator",
                            self.paginator(first, *number, items, *total_pages, total_items),
                        ),
                        (
                            "section",
                            Part::Shared {
                                key: format!("section {section} {lang}"),
                                make: Box::new(move || {
                                    self.section_value(&key, &section_lang, &url)
                                }),
                            },
                        ),
                    ],
                )
            }
            JobKind::TagList { .. } => template(
                "tags.html",
                vec![("tags", Part::Value(views::tags_value(site, &lang)))],
            ),
            JobKind::Tag {
                slug,
                number,
                items,
                total_pages,
                ..
            } => {
                let tag = &site.tags[&lang][slug];
                template(
                    "tag.html",
                    vec![
                        (
                            "paginator",
                            self.paginator(
                                urls.tag(&lang, slug),
                                *number,
                                items,
                                *total_pages,
                                tag.pages.len(),
                            ),
                        ),
                        ("tag", Part::Value(views::tag_value(tag))),
                    ],
                )
            }
            JobKind::Email { issue: index, text } => template(
                if *text {
                    "newsletter/email.txt"
                } else {
                    "newsletter/email.html"
                },
                vec![
                    ("issue", issue(*index)),
                    (
                        "unsubscribe_url",
                        Part::Value(Value::from(config.newsletter.unsubscribe.as_str())),
                    ),
                ],
            ),
            JobKind::Issue { issue: index } => {
                template("newsletter/web.html", vec![("issue", issue(*index))])
            }
            JobKind::Search { .. } => template(
                "search.html",
                vec![(
                    "search",
                    Part::Value(views::search_value(site.config, self.i18n, &lang)),
                )],
            ),
            JobKind::IssueArchive { .. } => template(
                "newsletter/archive.html",
                vec![(
                    "issues",
                    Part::Value(crate::output::email::archive_value(site, &lang)),
                )],
            ),
            // Cheap pages, rendered every time.
            JobKind::Root | JobKind::NotFound | JobKind::Robots | JobKind::Redirect { .. } => {
                let (name, parts) = match &job.kind {
                    JobKind::Root => ("root.html", vec![]),
                    JobKind::NotFound => ("404.html", vec![]),
                    JobKind::Robots => (
                        "robots.txt",
                        vec![(
                            "sitemap_url",
                            Part::Value(Value::from(urls.permalink(&urls.sitemap()))),
                        )],
                    ),
                    JobKind::Redirect { to } => (
                        "redirect.html",
                        vec![("redirect_to", Part::Value(Value::from(to.as_str())))],
                    ),
                    _ => unreachable!("matched above"),
                };
                Description {
                    template: Some(name),
                    parts,
                    signed: false,
                }
            }
            JobKind::Feed { lang } | JobKind::JsonFeed { lang } => made_in_rust(vec![(
                "entries",
                Part::Reads {
                    pages: crate::output::feed::entries(site, lang).to_vec(),
                    facts: String::new(),
                },
            )]),
            // A calendar file is made from its page alone (front matter, URL, summary).
            JobKind::Calendar(i) => made_in_rust(vec![("page", Part::Page(*i))]),
            JobKind::CalendarFeed { .. } => made_in_rust(vec![(
                "events",
                Part::Reads {
                    pages: both(),
                    facts: String::new(),
                },
            )]),
            // The sitemap lists every page with its alternates and date: that is a lot of text,
            // so it is hashed (64 bits: a stale sitemap after a collision is a risk of one in
            // 2^64 per rebuild).
            JobKind::Sitemap => made_in_rust(vec![(
                "sitemap",
                Part::Shared {
                    key: "sitemap".into(),
                    make: Box::new(move || Value::from(self.sitemap_digest())),
                },
            )]),
            JobKind::Static { .. } | JobKind::BundleAsset { .. } | JobKind::Image { .. } => {
                return None;
            }
        };
        Some(description)
    }

    /// What the sitemap shows: every URL with its group and date, and the groups.
    fn sitemap_digest(&self) -> String {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        for j in &self.plan.jobs {
            j.url.hash(&mut hasher);
            j.group.hash(&mut hasher);
            if let JobKind::Article(i) = j.kind {
                let page = self.site.page(i);
                page.front.updated.or(page.date).hash(&mut hasher);
            }
        }
        self.plan.groups.hash(&mut hasher);
        format!("{:016x}", hasher.finish())
    }

    /// The value a template is given for `part`.
    pub(super) fn value_of(&self, part: &Part) -> Value {
        match part {
            Part::Value(v) => v.clone(),
            Part::Page(i) => views::full_view(self.site, &self.views[*i], *i),
            Part::FromPages { make, .. } | Part::Shared { make, .. } => make(),
            Part::Reads { .. } => Value::none(),
        }
    }

    /// The text that stands for `part` in a signature.
    pub(super) fn sign(&self, part: &Part) -> String {
        let ids =
            |pages: &[usize]| -> Vec<u64> { pages.iter().map(|&i| self.view_ids[i]).collect() };
        match part {
            Part::Value(v) => format!("{v:?}"),
            Part::Page(i) => self.view_ids[*i].to_string(),
            Part::FromPages { pages, facts, .. } | Part::Reads { pages, facts } => {
                format!("{facts} {:?}", ids(pages))
            }
            Part::Shared { key, make } => self
                .shared(key.clone(), || format!("{:?}", make()))
                .to_string(),
        }
    }
}
