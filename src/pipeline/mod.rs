//! The pipeline, one way through: load the configuration's content ([`crate::content`]), the
//! theme and its Fluent catalogs ([`crate::theme`], [`crate::i18n`]) → render the Markdown once
//! per page ([`crate::site`]) → plan the output files ([`crate::plan`]) → render the jobs in
//! parallel ([`crate::render`]) → write them to a sink ([`crate::fs`]). Each stage keeps its own memo for
//! the next run of `serve` ([`memo`]); this module only holds them side by side.

use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics};
use crate::fs::Sink;
use crate::plan::JobKind;
use crate::{content, i18n, plan, render, site, theme};

pub mod memo;

/// Counts of what a render wrote.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub files: usize,
    pub pages: usize,
    /// Files rendered by this run (fewer than `files` when a cache let some be kept).
    pub rendered: usize,
}

/// Which source file asked for each output path (for messages about outputs).
pub type Origins = std::collections::BTreeMap<String, PathBuf>;

/// What a run of the pipeline wrote and found, with the inputs it loaded, so that `check` can
/// look further without loading them again.
pub struct Rendering {
    pub stats: Stats,
    pub origins: Origins,
    /// Outputs whose name carries a hash of their content (`style.1a2b3c4d.css`): a changed
    /// file gets a new name, so these may be cached for good.
    pub fingerprinted: std::collections::BTreeSet<String>,
    pub problems: Diagnostics,
    pub content: content::Content,
    pub theme: theme::ThemeFiles,
    pub i18n: Arc<i18n::I18n>,
    /// With `[search]`: the pages to index, which [`write_search_index`] (in `build`) or
    /// `serve` (behind the reload) turn into the index.
    pub search: Vec<crate::output::search::Document>,
}

/// Writes the search index of `documents` into `sink`, below [`crate::urls::Urls::search_file`];
/// the number of files written.
pub fn write_search_index(
    urls: &crate::urls::Urls,
    documents: &[crate::output::search::Document],
    sink: &dyn Sink,
) -> Result<usize, Diagnostic> {
    let files = crate::output::search::index(documents).map_err(|why| {
        Diagnostic::error(format!("the search index could not be made: {why}"))
            .in_file(crate::config::CONFIG_FILE)
            .help("this is a bug of bulletin if the pages built: please report it; or set [search] enabled = false")
    })?;
    for (name, bytes) in &files {
        let path = urls.output_path(&urls.search_file(name)).ok_or_else(|| {
            Diagnostic::error(format!(
                "the search index names a file outside the output folder: {name}"
            ))
        })?;
        sink.write(&path, bytes)?;
    }
    Ok(files.len())
}

/// Runs the whole pipeline into `sink`, collecting every problem on the way. Stages go on past
/// errors where they can, so one run reports as much as possible.
pub fn render_site(config: &Config, sink: &dyn Sink) -> Rendering {
    render_site_cached(config, sink, None)
}

/// The stack of each rendering thread. Input is bounded before the stages that recurse
/// (Markdown nesting, Fluent placeables, see `content::limits`), and this leaves those stages
/// (Tera, the e-mail's CSS inliner, HTML parsers) a wide margin above the bounds, instead of
/// the 2 MiB a thread gets by default. Reserved address space: untouched pages cost nothing.
pub const STACK_BYTES: usize = 64 << 20;

/// Gives rayon's global pool, which renders the pages, threads with [`STACK_BYTES`] of stack.
/// Only the first call in a process can set it up; the pool then stays as it is.
fn large_stacks() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Fails only if the pool was already started (by a caller's own rayon use): it then
        // keeps its own stacks.
        let _ = rayon::ThreadPoolBuilder::new()
            .stack_size(STACK_BYTES)
            .build_global();
    });
}

/// [`render_site`], doing again only what changed since the run that filled `cache`: outputs
/// whose template inputs are unchanged are not rendered and not written to `sink` (the caller
/// keeps them from before; [`Rendering::origins`] lists every output of the site).
pub fn render_site_cached(
    config: &Config,
    sink: &dyn Sink,
    mut cache: Option<&mut memo::Memos>,
) -> Rendering {
    large_stacks();
    let mut problems = Diagnostics::default();
    let (content, p) = content::load_cached(config, cache.as_mut().map(|c| &mut c.content));
    problems.extend(p);
    let (theme, p) = theme::ThemeFiles::load(config);
    problems.extend(p);
    let (i18n, p) = i18n::I18n::load(config, &theme.i18n);
    problems.extend(p);
    let i18n = Arc::new(i18n);
    let (static_urls, assets) = plan::static_files(&theme, &config.urls);
    let (stats, origins, fingerprinted, search) = {
        let (site, p) =
            site::Site::new_cached(config, &content, cache.as_mut().map(|c| &mut c.site));
        problems.extend(p);
        let (plan, p) = plan::plan(&site, &static_urls);
        problems.extend(p);
        // After the plan: `url()` in templates checks site paths against it.
        let targets = Arc::new(render::url_function::Targets::new(
            site.links.clone(),
            &config.urls,
            &plan,
            &theme,
        ));
        let (tera, p) = render::engine(&theme, i18n.clone(), assets, targets);
        problems.extend(p);
        let renderer = render::Renderer::new_cached(
            &site,
            &tera,
            &theme,
            &i18n,
            &plan,
            cache.as_mut().map(|c| &mut c.views),
        );
        let previous = cache.as_ref().map(|c| &c.signatures);

        let results: Vec<Result<JobOutcome, Diagnostic>> = plan
            .jobs
            .par_iter()
            .map(|job| {
                let signature = previous.and_then(|_| renderer.signature(job));
                if signature.is_some()
                    && previous.and_then(|p| p.get(job.path.as_str())) == signature.as_ref()
                {
                    return Ok(JobOutcome::Done {
                        written: false,
                        signature,
                    });
                }
                let Some(bytes) = renderer.render(job)? else {
                    return Ok(JobOutcome::Skipped);
                };
                sink.write(&job.path, &bytes)?;
                Ok(JobOutcome::Done {
                    written: true,
                    signature,
                })
            })
            .collect();
        let origins: Origins = plan
            .jobs
            .iter()
            .map(|j| (j.path.as_str().to_string(), j.origin.clone()))
            .collect();
        let mut stats = Stats::default();
        let mut signatures = std::collections::HashMap::new();
        let mut failures = Vec::new();
        for (job, result) in plan.jobs.iter().zip(results) {
            let is_page = job.path.as_str().ends_with(".html");
            match result {
                Ok(JobOutcome::Skipped) => {}
                Ok(JobOutcome::Done { written, signature }) => {
                    stats.files += 1;
                    stats.rendered += usize::from(written);
                    stats.pages += usize::from(is_page);
                    if let Some(signature) = signature {
                        signatures.insert(job.path.as_str().to_string(), signature);
                    }
                }
                Err(d) => failures.push(d),
            }
        }
        problems.extend(once_per_place(failures));
        // The image cache keeps what a complete run used; a run with errors may not have
        // looked at every image.
        if !problems.has_errors() {
            site.images.clean();
        }
        if let Some(cache) = cache {
            cache.signatures = signatures;
        }
        let fingerprinted = plan
            .jobs
            .iter()
            .filter(|j| matches!(&j.kind, JobKind::Static { name } if j.path.as_str() != name))
            .map(|j| j.path.as_str().to_string())
            .collect();
        let search = if config.search {
            crate::output::search::documents(&site)
        } else {
            Vec::new()
        };
        (stats, origins, fingerprinted, search)
    };
    Rendering {
        stats,
        origins,
        fingerprinted,
        problems,
        content,
        theme,
        i18n,
        search,
    }
}

/// The errors of the pages, each located error once: a mistake in a template that many pages
/// use fails each of them the same way (Tera words it a little differently per page, listing the
/// variables of each), and is reported once with the number of pages it broke.
fn once_per_place(failures: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    let mut first = std::collections::HashMap::new();
    for d in failures {
        let place = match (&d.file, d.position) {
            (Some(file), Some(position)) => Some((file.clone(), position)),
            _ => None,
        };
        if let Some(place) = place {
            match first.entry(place) {
                std::collections::hash_map::Entry::Occupied(e) => {
                    counts[*e.get()] += 1;
                    continue;
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(out.len());
                }
            }
        }
        out.push(d);
        counts.push(1);
    }
    for (d, n) in out.iter_mut().zip(counts) {
        if n > 1 {
            d.message.push_str(&format!(" (on {n} pages)"));
        }
    }
    out
}

/// What became of one job.
enum JobOutcome {
    /// Rendered and written, or (`written: false`) unchanged since the cached run and neither
    /// rendered nor written; with the job's signature when it has one.
    Done {
        written: bool,
        signature: Option<String>,
    },
    /// Not rendered because its template failed to load (reported once, elsewhere).
    Skipped,
}
