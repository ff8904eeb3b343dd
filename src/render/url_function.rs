//! The `url()` template function. `url(path="@/news/x.md")` is the URL of that article in the
//! language being rendered, or of an existing translation: the rule of Markdown links, through
//! the same resolver ([`crate::markdown::resolve_link`] over the site's [`Links`]).
//! `url(path="/logo.png")` is a path of the site, returned as it is once the build is known to
//! write it. Anything else is a template error naming the path, so a typo fails the build
//! instead of shipping a dead link.

use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use regex::Regex;
use tera::{Error, Kwargs, State, Tera};

use crate::plan::Plan;
use crate::site::Links;
use crate::theme::ThemeFiles;

/// What `url()` can point to.
pub struct Targets {
    links: Arc<Links>,
    urls: crate::urls::Urls,
    /// Every URL the build writes (`/en/news/x/`), and every file (`/en/news/x/index.html`),
    /// as public URLs (under the base path).
    outputs: HashSet<String>,
}

impl Targets {
    pub fn new(
        links: Arc<Links>,
        urls: &crate::urls::Urls,
        plan: &Plan,
        theme: &ThemeFiles,
    ) -> Targets {
        // Two strings per output file: made only for templates that can ask.
        let outputs = match used_by(theme) {
            true => plan
                .jobs
                .iter()
                .flat_map(|j| [j.url.clone(), urls.site_url(j.path.as_str())])
                .collect(),
            false => HashSet::new(),
        };
        Targets {
            links,
            urls: urls.clone(),
            outputs,
        }
    }

    fn resolve(&self, path: &str, lang: &str) -> Result<String, String> {
        if let Some(internal) = path.strip_prefix("@/") {
            use crate::markdown::Resolver as _;
            let resolver = self.links.resolver(lang);
            return match crate::markdown::resolve_link(internal, &resolver) {
                Ok(url) => Ok(url),
                // The article's own errors fail the build; the link is left as written.
                Err(_) if resolver.failed_to_load(internal) => Ok(path.to_string()),
                Err(why) => Err(format!("url(): `{path}` points nowhere: {why}")),
            };
        }
        if !path.starts_with('/') {
            return Err(format!(
                "url(): `{path}` is neither an article (@/news/file.md) nor a site path (/file.png)"
            ));
        }
        let bare = path.split(['#', '?']).next().unwrap_or(path);
        if self.outputs.contains(&self.urls.site_url(bare)) {
            return Ok(self.urls.site_url(path));
        }
        let hint = if self
            .outputs
            .contains(&self.urls.site_url(&format!("{bare}/")))
        {
            format!(" (but at `{bare}/`)")
        } else {
            String::new()
        };
        Err(format!(
            "url(): the site has no page or file at `{bare}`{hint}; files in static/ are at the site's root (static/logo.png is /logo.png)"
        ))
    }
}

pub fn register(tera: &mut Tera, targets: Arc<Targets>) {
    tera.register_function("url", move |kwargs: Kwargs, state: &State| {
        let path = kwargs.must_get::<&str>("path")?;
        let lang = state
            .get::<String>("lang")?
            .ok_or_else(|| Error::message("the template has no `lang` variable"))?;
        targets.resolve(path, &lang).map_err(Error::message)
    });
}

/// Whether any template calls `url()` (a stylesheet's `url(…)` in a template counts too, which
/// costs only needless re-rendering).
pub fn used_by(theme: &ThemeFiles) -> bool {
    let call = Regex::new(r"\burl\s*\(").expect("valid regex");
    theme.templates.values().any(|f| call.is_match(&f.text))
}

/// Changes whenever some `url()` call could give another answer: for the signatures of
/// partial rebuilds ([`super::Renderer::signature`]).
pub fn digest(links: &Links, plan: &Plan) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    links.hash(&mut hasher);
    for job in &plan.jobs {
        job.url.hash(&mut hasher);
    }
    hasher.finish()
}
