//! Rendering: the Tera engine with the theme's templates and our functions ([`engine`]), what
//! each job is made from ([`job`]), the variables every template gets ([`context`]), and each
//! job of the plan into bytes (templates here, other outputs through [`crate::output`]).

mod context;
pub mod engine;
mod job;
pub mod url_function;

use std::collections::BTreeMap;
use std::sync::Arc;

use tera::{Tera, Value};

use crate::config::Config;
use crate::error::Diagnostic;
use crate::i18n::I18n;
use crate::plan::{Job, JobKind, Plan};
use crate::site::Site;
use crate::theme::ThemeFiles;
use crate::views;
pub use engine::{REQUIRED_TEMPLATES, engine, tera_diagnostic};

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
            .map(|l| {
                (
                    l.code.clone(),
                    views::site_value(
                        site.config,
                        &l.code,
                        views::Has {
                            events: site.has_events(&l.code),
                            calls: site.has_calls(&l.code),
                            issues: site.has_issues(&l.code),
                        },
                    ),
                )
            })
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
            JobKind::Static { name } => {
                let file = &self.theme.statics[name];
                let on_disk = config.root.join(&file.display);
                // A photo of the site's static/ is published as a bundle's is: upright and
                // without its metadata (GPS positions), whether a page shows it or links it.
                if crate::images::is_photo(std::path::Path::new(name)) && on_disk.is_file() {
                    let prepared = self.site.images.get(&on_disk, false).map_err(|e| {
                        Diagnostic::error(e.message)
                            .in_file(&file.display)
                            .help(e.help)
                    })?;
                    return std::fs::read(&prepared.full.file)
                        .map(Some)
                        .map_err(|e| crate::fs::io_error(&file.display, "cannot read", &e));
                }
                Ok(Some(file.bytes.clone()))
            }
            JobKind::BundleAsset { source } => {
                let mut full = config.root.join(source);
                // A photo is published upright and without its metadata (GPS positions).
                if crate::images::is_photo(source) {
                    full = self
                        .site
                        .images
                        .get(&full, false)
                        .map_err(|e| Diagnostic::error(e.message).in_file(source).help(e.help))?
                        .full
                        .file
                        .clone();
                }
                std::fs::read(&full)
                    .map(Some)
                    .map_err(|e| crate::fs::io_error(source, "cannot read", &e))
            }
            JobKind::Image { source } => std::fs::read(source)
                .map(Some)
                .map_err(|e| crate::fs::io_error(source, "cannot read", &e)),
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
        let Some(description) = self.describe(job) else {
            return Ok(None);
        };
        let Some(template) = description.template else {
            unreachable!("only jobs with a template are rendered from one");
        };
        let lang = job
            .lang
            .as_deref()
            .unwrap_or(&self.config().default_language);
        let mut ctx = self.common_context(job, lang);
        for (name, part) in &description.parts {
            ctx.insert_value(*name, self.value_of(part));
        }
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

    /// Everything the output of `job` is made from, as text: two renders with equal
    /// signatures give equal bytes (the templates, catalogs and configuration being the same).
    /// Made from the job's description, as its context is. `None` for jobs that are cheap
    /// enough to render every time.
    pub fn signature(&self, job: &Job) -> Option<String> {
        let description = self.describe(job)?;
        if !description.signed {
            return None;
        }
        let lang = job
            .lang
            .as_deref()
            .unwrap_or(&self.config().default_language);
        let parts: Vec<String> = description
            .parts
            .iter()
            .map(|(name, part)| format!("{name}: {}", self.sign(part)))
            .collect();
        // Every template is also given the URLs of this page in other languages (its group),
        // and `url(path="@/news/x.md")` shows another article's URL or checks a site path
        // against every output: any change to those renders it again.
        let common = description.template.map(|name| {
            let group = job.group.as_ref().and_then(|g| self.plan.groups.get(g));
            let targets = self.uses_url.then(|| {
                self.shared("url targets".into(), || {
                    format!("{:016x}", url_function::digest(&self.site.links, self.plan))
                })
            });
            format!("{name} {group:?} {targets:?}")
        });
        Some(format!("{} {lang} {common:?} {parts:?}", job.url))
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
}
