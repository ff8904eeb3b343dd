//! Rendering: the Tera engine with the theme's templates and our functions, the context each
//! template is given (from [`crate::views`]), and each job of the plan into bytes (templates
//! here, other outputs through [`crate::output`]).

pub mod url_function;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::{Context, Tera, Value};

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics};
use crate::i18n::I18n;
use crate::plan::{Group, Job, JobKind, Plan};
use crate::site::Site;
use crate::theme::ThemeFiles;
use crate::views::{self, Obj};

/// The templates every theme must have.
pub const REQUIRED_TEMPLATES: &[&str] = &[
    "index.html",
    "section.html",
    "page.html",
    "tags.html",
    "tag.html",
    "root.html",
    "404.html",
    "redirect.html",
    "robots.txt",
];

/// Static files as served: URL → name below `static/`. CSS and JavaScript are also served under
/// a fingerprinted name (`style.1a2b3c4d.css`) that `asset()` returns.
pub fn static_urls(
    theme: &ThemeFiles,
    urls: &crate::urls::Urls,
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    use sha2::Digest;
    let mut out = BTreeMap::new();
    let mut fingerprinted = BTreeMap::new();
    for (name, file) in &theme.statics {
        out.insert(urls.static_file(name), name.clone());
        let ext = Path::new(name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("");
        if matches!(ext, "css" | "js") {
            let hash = hex::encode(&sha2::Sha256::digest(&file.bytes)[..4]);
            let stem = &name[..name.len() - ext.len() - 1];
            let url = urls.static_file(&format!("{stem}.{hash}.{ext}"));
            out.insert(url.clone(), name.clone());
            fingerprinted.insert(name.clone(), url);
        } else {
            fingerprinted.insert(name.clone(), urls.static_file(name));
        }
    }
    (out, fingerprinted)
}

/// Builds the Tera engine; template syntax errors are collected with their locations.
pub fn engine(
    theme: &ThemeFiles,
    i18n: Arc<I18n>,
    assets: BTreeMap<String, String>,
    targets: Arc<url_function::Targets>,
) -> (Tera, Diagnostics) {
    let mut problems = Diagnostics::default();
    let mut tera = Tera::default();
    crate::i18n::functions::register(&mut tera, i18n);
    url_function::register(&mut tera, targets);
    tera.register_function("asset", move |kwargs: tera::Kwargs, _: &tera::State| {
        let path = kwargs.must_get::<&str>("path")?;
        assets
            .get(path.trim_start_matches('/'))
            .cloned()
            .ok_or_else(|| {
                tera::Error::message(format!("asset(): there is no static file `{path}`"))
            })
    });
    // Add templates one by one first, so every syntax error is reported, not only the first.
    let mut good = Vec::new();
    let mut failed: Vec<String> = Vec::new();
    for (name, file) in &theme.templates {
        let mut probe = Tera::default();
        probe.register_from(&tera);
        match probe.add_raw_template(name, &file.text) {
            Err(e) if matches!(e.kind(), tera::ErrorKind::SyntaxError(_)) => {
                problems.push(tera_diagnostic(&e, theme));
                failed.push(name.clone());
            }
            // Missing parents and the like show up when all templates are added together.
            _ => good.push((name.as_str(), file.text.as_str())),
        }
    }
    // Then together, which checks what templates refer to (filters, functions, includes,
    // parents). A template that fails is left out and the rest tried again, so one bad
    // template costs only its own pages and the other templates' errors are still found.
    loop {
        let mut attempt = Tera::default();
        attempt.register_from(&tera);
        let Err(e) = attempt.add_raw_templates(good.iter().copied()) else {
            tera = attempt;
            break;
        };
        let (blamed, diagnostics) = reference_errors(&e, theme, &failed);
        let before = good.len();
        good.retain(|(name, _)| !blamed.contains(*name));
        if good.len() == before {
            // Not traced to a template of ours: report it and render nothing from templates.
            problems.push(tera_diagnostic(&e, theme));
            break;
        }
        problems.extend(diagnostics);
        failed.extend(blamed);
    }
    for name in REQUIRED_TEMPLATES {
        if !theme.templates.contains_key(*name) {
            problems.push(
                Diagnostic::error(format!("the theme has no template `{name}`"))
                    .help(format!("add templates/{name} to the site or the theme")),
            );
        }
    }
    (tera, problems)
}

/// The templates that `err`, from adding all templates at once, blames, and the diagnostics to
/// show. A template whose parent or include is among the `failed` ones is blamed silently: its
/// only fault is the other's.
fn reference_errors(
    err: &tera::Error,
    theme: &ThemeFiles,
    failed: &[String],
) -> (BTreeSet<String>, Vec<Diagnostic>) {
    let diagnostic = |name: &str, message: &str| {
        Diagnostic::error(format!("template error: {message}"))
            .in_file(template_file(theme, name))
            .help("see docs/templates.md for the variables and functions templates can use")
    };
    let mut blamed = BTreeSet::new();
    let mut problems = Vec::new();
    match err.kind() {
        tera::ErrorKind::MissingParent { current, parent } => {
            blamed.insert(current.clone());
            if !failed.contains(parent) {
                problems.push(diagnostic(current, &err.to_string()));
            }
        }
        tera::ErrorKind::CircularExtend { tpl, .. }
        | tera::ErrorKind::CircularInclude { tpl, .. } => {
            blamed.insert(tpl.clone());
            problems.push(diagnostic(tpl, &err.to_string()));
        }
        // Unknown filters, functions, tests and includes, and blocks no parent has: Tera
        // joins one report per problem, each pointing at `--> name:line:column`.
        tera::ErrorKind::Msg(message) => {
            for report in message.split("\n\n") {
                let mut lines = report.lines();
                let (Some(what), Some(place)) = (lines.next(), lines.next()) else {
                    continue;
                };
                let Some((name, line, column)) = place
                    .trim()
                    .strip_prefix("--> ")
                    .and_then(|p| p.rsplit_once(':'))
                    .and_then(|(rest, column)| {
                        let (name, line) = rest.rsplit_once(':')?;
                        Some((name, line.parse().ok()?, column.parse().ok()?))
                    })
                else {
                    continue;
                };
                blamed.insert(name.to_string());
                let what = what.strip_prefix("error: ").unwrap_or(what);
                let consequence = failed
                    .iter()
                    .any(|f| what == format!("Unknown template `{f}`"));
                if !consequence {
                    problems
                        .push(diagnostic(name, what).at(crate::error::Position { line, column }));
                }
            }
        }
        _ => {}
    }
    (blamed, problems)
}

/// The file a template name comes from, for messages.
fn template_file(theme: &ThemeFiles, name: &str) -> PathBuf {
    theme
        .templates
        .get(name)
        .map(|f| f.display.clone())
        .unwrap_or_else(|| Path::new("templates").join(name))
}

/// A Tera error as a diagnostic in the template's file.
pub fn tera_diagnostic(err: &tera::Error, theme: &ThemeFiles) -> Diagnostic {
    let file_of = |name: &str| template_file(theme, name);
    match err.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let span = report.span();
            let message = with_causes(report.message().to_string(), err);
            let what = if matches!(err.kind(), tera::ErrorKind::SyntaxError(_)) {
                "template syntax error"
            } else {
                "template error"
            };
            Diagnostic::error(format!("{what}: {message}"))
                .in_file(file_of(report.filename()))
                .at(crate::error::Position {
                    line: span.start_line,
                    column: span.start_col + 1,
                })
                .help("see docs/templates.md for the variables and functions templates can use")
        }
        _ => {
            let message = with_causes(err.to_string(), err);
            Diagnostic::error(format!("template error: {message}"))
                .help("see docs/templates.md for what themes must provide")
        }
    }
}

/// `message` followed by the error's chain of causes (`…: cause: cause of the cause`).
fn with_causes(mut message: String, err: &tera::Error) -> String {
    use std::error::Error as _;
    let mut source = err.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}

/// Everything needed to turn jobs into bytes.
pub struct Renderer<'a> {
    pub site: &'a Site<'a>,
    pub tera: &'a Tera,
    pub theme: &'a ThemeFiles,
    pub plan: &'a Plan,
    /// UI strings, for the outputs that are not templates (calendar files).
    pub i18n: &'a I18n,
    /// The list view of every page ([`views::full_view`] makes a page's own view from it).
    pub views: Vec<Value>,
    /// Per page, an id that changes whenever its views are rebuilt (see [`crate::views::Memo`]).
    view_ids: Vec<u64>,
    sites: BTreeMap<String, Value>,
    /// Signature parts shared by many jobs (a language's section list, say), made once.
    shared: std::sync::Mutex<std::collections::HashMap<String, Arc<str>>>,
    /// Whether templates call `url()`, whose answers depend on the whole site.
    uses_url: bool,
}

impl<'a> Renderer<'a> {
    pub fn new(
        site: &'a Site<'a>,
        tera: &'a Tera,
        theme: &'a ThemeFiles,
        i18n: &'a I18n,
        plan: &'a Plan,
    ) -> Self {
        Renderer::new_cached(site, tera, theme, i18n, plan, None)
    }

    /// [`Renderer::new`], reusing the page views of `cache` whose inputs are unchanged.
    pub fn new_cached(
        site: &'a Site<'a>,
        tera: &'a Tera,
        theme: &'a ThemeFiles,
        i18n: &'a I18n,
        plan: &'a Plan,
        cache: Option<&mut crate::views::Memo>,
    ) -> Self {
        let (views, view_ids) = views::page_views_cached(site, cache);
        let sites = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), views::site_value(site.config, &l.code)))
            .collect();
        Renderer {
            site,
            tera,
            theme,
            plan,
            i18n,
            views,
            view_ids,
            sites,
            shared: Default::default(),
            uses_url: url_function::used_by(theme),
        }
    }

    fn config(&self) -> &Config {
        self.site.config
    }

    /// What the outputs that are not templates are made from.
    fn inputs(&self) -> crate::output::Inputs<'_> {
        crate::output::Inputs {
            site: self.site,
            plan: self.plan,
            i18n: self.i18n,
            views: &self.views,
        }
    }

    /// Renders one job. Static files and assets are read from memory or disk. `None` when the
    /// job's template failed to load: that error is already reported, once.
    pub fn render(&self, job: &Job) -> Result<Option<Vec<u8>>, Diagnostic> {
        let config = self.config();
        match &job.kind {
            JobKind::Static { name } => Ok(Some(self.theme.statics[name].bytes.clone())),
            JobKind::BundleAsset { source } => {
                let full = config.root.join(source);
                std::fs::read(&full)
                    .map(Some)
                    .map_err(|e| crate::fs::io_error(source, "cannot read", &e))
            }
            JobKind::Feed { lang } => Ok(Some(
                crate::output::feed::atom(&self.inputs(), lang).into_bytes(),
            )),
            JobKind::JsonFeed { lang } => Ok(Some(
                crate::output::json_feed::json_feed(&self.inputs(), lang).into_bytes(),
            )),
            JobKind::Email { text, .. } => {
                let Some(out) = self.render_template(job)? else {
                    return Ok(None);
                };
                let out = if *text {
                    crate::output::email::finish_text(&out)
                } else {
                    crate::output::email::finish_html(
                        &out,
                        &config.urls.permalink(&job.url),
                        &config.newsletter.unsubscribe,
                    )
                    .map_err(|e| Diagnostic::error(e).in_file(&job.origin))?
                };
                Ok(Some(out.into_bytes()))
            }
            JobKind::Sitemap => Ok(Some(
                crate::output::sitemap::sitemap(&self.inputs()).into_bytes(),
            )),
            JobKind::Calendar(i) => crate::output::calendar::event_file(&self.inputs(), *i)
                .map(|s| Some(s.into_bytes())),
            JobKind::CalendarFeed { lang } => {
                crate::output::calendar::language_feed(&self.inputs(), lang)
                    .map(|s| Some(s.into_bytes()))
            }
            _ => self.render_template(job).map(|s| s.map(String::into_bytes)),
        }
    }

    fn render_template(&self, job: &Job) -> Result<Option<String>, Diagnostic> {
        let config = self.config();
        let lang = job
            .lang
            .clone()
            .unwrap_or_else(|| config.default_language.clone());
        let mut ctx = self.common_context(job, &lang);
        let template = match &job.kind {
            JobKind::Article(i) => {
                ctx.insert_value("page", views::full_view(self.site, &self.views[*i], *i));
                "page.html"
            }
            JobKind::Home {
                number,
                items,
                total_pages,
                ..
            } => {
                ctx.insert_value(
                    "paginator",
                    self.paginator(
                        &config.urls.home(&lang),
                        *number,
                        items,
                        *total_pages,
                        self.site.listed(&lang).len(),
                    ),
                );
                ctx.insert_value("sections", views::sections_value(self.site, &lang));
                ctx.insert_value(
                    "upcoming",
                    views::upcoming_value(self.site, &self.views, &lang),
                );
                "index.html"
            }
            JobKind::Events { .. } => {
                ctx.insert_value("events", views::events_value(self.site, &self.views, &lang));
                "events.html"
            }
            JobKind::Archive { .. } => {
                ctx.insert_value(
                    "archive",
                    views::archive_value(self.site, &self.views, &lang),
                );
                "archive.html"
            }
            JobKind::Section {
                section,
                number,
                items,
                total_pages,
                ..
            } => {
                let base = config.urls.section(&lang, section);
                let total_items = self.site.section_listing(section, &lang).len();
                ctx.insert_value(
                    "paginator",
                    self.paginator(&base, *number, items, *total_pages, total_items),
                );
                ctx.insert_value("section", self.section_value(section, &lang, &base));
                "section.html"
            }
            JobKind::TagList { .. } => {
                ctx.insert_value("tags", views::tags_value(self.site, &lang));
                "tags.html"
            }
            JobKind::Tag {
                slug,
                number,
                items,
                total_pages,
                ..
            } => {
                let tag = &self.site.tags[&lang][slug];
                let base = config.urls.tag(&lang, slug);
                ctx.insert_value(
                    "paginator",
                    self.paginator(&base, *number, items, *total_pages, tag.pages.len()),
                );
                ctx.insert_value("tag", views::tag_value(tag));
                "tag.html"
            }
            JobKind::Root => "root.html",
            JobKind::NotFound => "404.html",
            JobKind::Robots => {
                ctx.insert(
                    "sitemap_url",
                    &config.urls.permalink(&config.urls.sitemap()),
                );
                "robots.txt"
            }
            JobKind::Redirect { to } => {
                ctx.insert("redirect_to", to);
                "redirect.html"
            }
            JobKind::Email { issue, text } => {
                ctx.insert_value(
                    "issue",
                    crate::output::email::issue_value(&self.inputs(), *issue, &lang),
                );
                ctx.insert("unsubscribe_url", &config.newsletter.unsubscribe);
                if *text {
                    "newsletter/email.txt"
                } else {
                    "newsletter/email.html"
                }
            }
            JobKind::Issue { issue } => {
                ctx.insert_value(
                    "issue",
                    crate::output::email::issue_value(&self.inputs(), *issue, &lang),
                );
                "newsletter/web.html"
            }
            JobKind::IssueArchive { .. } => {
                ctx.insert_value(
                    "issues",
                    crate::output::email::archive_value(self.site, &lang),
                );
                "newsletter/archive.html"
            }
            JobKind::Feed { .. }
            | JobKind::JsonFeed { .. }
            | JobKind::Sitemap
            | JobKind::Calendar(_)
            | JobKind::CalendarFeed { .. }
            | JobKind::Static { .. }
            | JobKind::BundleAsset { .. } => {
                unreachable!("not rendered from a template")
            }
        };
        if !self.tera.contains_template(template) {
            // Themes need not have the newsletter's templates until a site records an issue.
            // A template that exists but failed to load has had its error reported already.
            if template.starts_with("newsletter/") && !self.theme.templates.contains_key(template) {
                return Err(Diagnostic::error(format!(
                    "the theme has no template `{template}`, which the recorded issues need"
                ))
                .in_file(&job.origin)
                .help(format!(
                    "add templates/{template} to the site or the theme (the default theme has one to start from)"
                )));
            }
            return Ok(None);
        }
        self.tera
            .render(template, &ctx)
            .map(Some)
            .map_err(|e| tera_diagnostic(&e, self.theme))
    }

    /// Everything the template of `job` is given, as text: two renders with equal signatures
    /// give equal bytes (the templates, catalogs and configuration being the same). Pages are
    /// named by the id of their views. `None` for jobs that are cheap enough to render every
    /// time. Keep this in step with [`Renderer::render_template`] and `common_context`.
    pub fn signature(&self, job: &Job) -> Option<String> {
        let lang = job
            .lang
            .as_deref()
            .unwrap_or(&self.config().default_language);
        let ids =
            |items: &[usize]| -> Vec<u64> { items.iter().map(|&i| self.view_ids[i]).collect() };
        let specific = match &job.kind {
            JobKind::Article(i) => format!("article {}", self.view_ids[*i]),
            JobKind::Home {
                number,
                items,
                total_pages,
                ..
            } => format!(
                "home {number}/{total_pages} of {} {:?} {} upcoming {:?}",
                self.site.listed(lang).len(),
                ids(items),
                self.shared(format!("sections {lang}"), || {
                    format!("{:?}", views::sections_value(self.site, lang))
                }),
                ids(&self.site.events(lang).0
                    [..self.site.events(lang).0.len().min(views::HOME_UPCOMING)])
            ),
            // Both lists show page views (which hold the event and dates they are grouped by).
            JobKind::Events { .. } => {
                let (upcoming, past) = self.site.events(lang);
                format!("events {:?} {:?}", ids(upcoming), ids(past))
            }
            JobKind::Archive { .. } => format!("archive {:?}", ids(self.site.listed(lang))),
            // A calendar file is made from its page alone (front matter, URL, summary).
            JobKind::Calendar(i) => format!("calendar {}", self.view_ids[*i]),
            JobKind::CalendarFeed { .. } => {
                let (upcoming, past) = self.site.events(lang);
                format!("calendar feed {:?} {:?}", ids(upcoming), ids(past))
            }
            JobKind::Section {
                section,
                number,
                items,
                total_pages,
                ..
            } => format!(
                "section {number}/{total_pages} of {} {:?} {}",
                self.site.section_listing(section, lang).len(),
                ids(items),
                self.shared(format!("section {section} {lang}"), || {
                    let url = self.config().urls.section(lang, section);
                    format!("{:?}", self.section_value(section, lang, &url))
                })
            ),
            JobKind::TagList { .. } => format!("tags {:?}", views::tags_value(self.site, lang)),
            JobKind::Tag {
                slug,
                number,
                items,
                total_pages,
                ..
            } => {
                let tag = &self.site.tags[lang][slug];
                format!(
                    "tag {number}/{total_pages} of {} {:?} {:?}",
                    tag.pages.len(),
                    ids(items),
                    views::tag_value(tag)
                )
            }
            // A feed shows its newest pages, each entirely described by its view.
            JobKind::Feed { lang } | JobKind::JsonFeed { lang } => format!(
                "feed {:?}",
                ids(self.site.by_language.get(lang).map_or(&[][..], |l| {
                    &l[..l.len().min(crate::output::feed::FEED_LIMIT)]
                }))
            ),
            // The sitemap lists every page with its alternates and date. That is a lot of
            // text, so it is hashed (64 bits: a stale sitemap after a collision is a risk of
            // one in 2^64 per rebuild).
            JobKind::Sitemap => self
                .shared("sitemap".into(), || {
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
                    format!("sitemap {:016x}", hasher.finish())
                })
                .to_string(),
            // An issue shows its record and its pages, each entirely described by its view.
            JobKind::Email { issue, .. } | JobKind::Issue { issue } => {
                let record = &self.site.content.issues[*issue];
                format!(
                    "issue {:?} {:?}",
                    record,
                    ids(&crate::output::email::issue_pages(self.site, record, lang))
                )
            }
            JobKind::IssueArchive { .. } => format!(
                "issues {:?}",
                crate::output::email::archive_value(self.site, lang)
            ),
            JobKind::Root
            | JobKind::NotFound
            | JobKind::Robots
            | JobKind::Redirect { .. }
            | JobKind::Static { .. }
            | JobKind::BundleAsset { .. } => return None,
        };
        // An article's group lists the URLs of its translations, which its view holds
        // already; lists need theirs (the same page number in other languages).
        let group = match job.kind {
            JobKind::Article(_) | JobKind::Calendar(_) => None,
            _ => job.group.as_ref().and_then(|g| self.plan.groups.get(g)),
        };
        // A template's `url(path="@/news/x.md")` shows another article's URL, and a site
        // path is checked against every output: any change to those renders it again.
        let targets = match job.kind {
            JobKind::Feed { .. } | JobKind::Sitemap => None,
            _ if self.uses_url => Some(self.shared("url targets".into(), || {
                format!("{:016x}", url_function::digest(&self.site.links, self.plan))
            })),
            _ => None,
        };
        Some(format!(
            "{} {lang} {group:?} {specific} {targets:?}",
            job.url
        ))
    }

    /// `make()` for `key`, made once per render and shared by the jobs that ask.
    fn shared(&self, key: String, make: impl FnOnce() -> String) -> Arc<str> {
        let lock = || self.shared.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(hit) = lock().get(&key) {
            return hit.clone();
        }
        let value: Arc<str> = make().into();
        lock().entry(key).or_insert(value).clone()
    }

    fn common_context(&self, job: &Job, lang: &str) -> Context {
        let config = self.config();
        let mut ctx = Context::new();
        ctx.insert("lang", lang);
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

    fn paginator(
        &self,
        base: &str,
        number: usize,
        items: &[usize],
        total_pages: usize,
        total_items: usize,
    ) -> Value {
        let urls = &self.config().urls;
        let pages: Vec<Value> = items.iter().map(|&i| self.views[i].clone()).collect();
        Obj::new()
            .set("number", number)
            .set("total_pages", total_pages)
            .set("total_items", total_items)
            .set("pages", pages)
            .maybe(
                "previous",
                (number > 1).then(|| urls.paginated(base, number - 1)),
            )
            .maybe(
                "next",
                (number < total_pages).then(|| urls.paginated(base, number + 1)),
            )
            .set("first", urls.paginated(base, 1))
            .set("last", urls.paginated(base, total_pages))
            .build()
    }

    fn section_value(&self, section: &str, lang: &str, url: &str) -> Value {
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
