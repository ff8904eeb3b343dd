//! bulletin: a static site generator for the newsletters of multilingual projects.
//!
//! The pipeline runs one way: load the configuration ([`config`]) → load the content
//! ([`content`]) → load the theme and its Fluent catalogs ([`render::theme`], [`i18n`]) →
//! render the Markdown once per page ([`render::site`]) → plan the output files
//! ([`render::plan`]) → render the jobs in parallel → write them to a sink ([`fs`]): a staging
//! folder swapped in atomically for `build`, memory for `check`.
//!
//! The library never prints; it returns [`error::Diagnostic`]s for the binary to show.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cache;
pub mod check;
pub mod config;
pub mod content;
pub mod error;
pub mod fs;
pub mod i18n;
pub mod import;
pub mod import_site;
pub mod init;
pub mod markdown;
pub mod newsletter;
pub mod output;
pub mod render;
pub mod serve;
pub mod theme;
pub mod toml_spans;
pub mod translations;
pub mod urls;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use render::plan::JobKind;

use config::{Config, Overrides};
use error::{Diagnostic, Diagnostics};
use fs::{DiskSink, Sink, StagedOutput};
pub use import_site::{ImportOptions, ImportReport, import};

/// What `bulletin build` is asked to do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder (holding `bulletin.toml`).
    pub root: PathBuf,
    /// Output folder; `public/` in the site by default.
    pub output: Option<PathBuf>,
    pub drafts: bool,
    pub base_url: Option<String>,
    /// The day that divides upcoming from past events (default: see `Config::today`).
    pub today: Option<jiff::civil::Date>,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output: None,
            drafts: false,
            base_url: None,
            today: None,
        }
    }

    fn overrides(&self) -> Overrides {
        Overrides {
            base_url: self.base_url.clone(),
            drafts: self.drafts,
            today: self.today,
            origin: None,
        }
    }
}

/// A successful build.
#[derive(Debug)]
pub struct BuildReport {
    pub output: PathBuf,
    /// Files written, and how many of them are HTML pages.
    pub files: usize,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// A failed build or check: every problem found, errors and warnings, sorted.
#[derive(Debug)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
}

/// Every diagnostic, one after the other, as the terminal shows them.
impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

impl Failure {
    pub fn from(problems: Diagnostics, root: &Path) -> Failure {
        Failure {
            diagnostics: problems
                .into_iter()
                .map(|d| d.relative_to(root))
                .collect::<Diagnostics>()
                .into_sorted(),
        }
    }
}

/// Builds the site into its output folder, atomically: on failure the previous output is left
/// as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Failure> {
    let root = absolute(&options.root);
    let config = Config::load(&root, &options.overrides()).map_err(|d| Failure::from(d, &root))?;
    let output = fs::resolved(options.output.as_deref().unwrap_or(&root.join("public")));
    if let Some(problem) = fs::unsafe_output(&fs::resolved(&root), &output) {
        return Err(Failure::from(problem.into(), &root));
    }
    let staged = StagedOutput::new(&output)
        .map_err(|d| Failure::from(Diagnostics::from_iter([d]), &root))?;
    let sink = DiskSink::new(staged.path().to_path_buf());
    let Rendering {
        stats, problems, ..
    } = render_site(&config, &sink);
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }
    staged
        .commit()
        .map_err(|d| Failure::from(Diagnostics::from_iter([d]), &root))?;
    Ok(BuildReport {
        output,
        files: stats.files,
        pages: stats.pages,
        warnings: Failure::from(problems, &root).diagnostics,
    })
}

/// Builds the site into memory: every output file by its site-relative path. `serve` and the
/// tests comparing partial with full rebuilds use this; nothing is written to disk.
pub fn build_in_memory(options: &BuildOptions) -> Result<InMemory, Failure> {
    let root = absolute(&options.root);
    let config = Config::load(&root, &options.overrides()).map_err(|d| Failure::from(d, &root))?;
    let sink = fs::MemorySink::default();
    let Rendering {
        stats, problems, ..
    } = render_site(&config, &sink);
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }
    Ok(InMemory {
        files: sink.into_files(),
        stats,
        warnings: Failure::from(problems, &root).diagnostics,
    })
}

/// A successful build held in memory.
pub struct InMemory {
    pub files: std::collections::BTreeMap<String, Vec<u8>>,
    pub stats: Stats,
    pub warnings: Vec<Diagnostic>,
}

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
}

/// Runs the whole pipeline into `sink`, collecting every problem on the way. Stages go on past
/// errors where they can, so one run reports as much as possible.
pub fn render_site(config: &Config, sink: &dyn Sink) -> Rendering {
    render_site_cached(config, sink, None)
}

/// [`render_site`], doing again only what changed since the run that filled `cache`: outputs
/// whose template inputs are unchanged are not rendered and not written to `sink` (the caller
/// keeps them from before; [`Rendering::origins`] lists every output of the site).
pub fn render_site_cached(
    config: &Config,
    sink: &dyn Sink,
    mut cache: Option<&mut cache::Cache>,
) -> Rendering {
    let mut problems = Diagnostics::default();
    let (content, p) = content::load_cached(config, cache.as_deref_mut());
    problems.extend(p);
    let (theme, p) = theme::ThemeFiles::load(config);
    problems.extend(p);
    let (i18n, p) = i18n::I18n::load(config, &theme.i18n);
    problems.extend(p);
    let i18n = Arc::new(i18n);
    let (static_urls, assets) = render::static_urls(&theme, &config.urls);
    let (stats, origins, fingerprinted) = {
        let (site, p) = render::site::Site::new_cached(config, &content, cache.as_deref_mut());
        problems.extend(p);
        let (plan, p) = render::plan::plan(&site, &static_urls);
        problems.extend(p);
        // After the plan: `url()` in templates checks site paths against it.
        let targets = Arc::new(render::urls::Targets::new(
            site.links.clone(),
            &config.urls,
            &plan,
            &theme,
        ));
        let (tera, p) = render::engine(&theme, i18n.clone(), assets, targets);
        problems.extend(p);
        let renderer =
            render::Renderer::new_cached(&site, &tera, &theme, &i18n, &plan, cache.as_deref_mut());
        let previous = cache.as_ref().map(|c| &c.signatures);

        let results: Vec<Result<Outcome, Diagnostic>> = plan
            .jobs
            .par_iter()
            .map(|job| {
                let signature = previous.and_then(|_| renderer.signature(job));
                if signature.is_some()
                    && previous.and_then(|p| p.get(job.path.as_str())) == signature.as_ref()
                {
                    return Ok(Outcome::Done {
                        written: false,
                        signature,
                    });
                }
                let Some(bytes) = renderer.render(job)? else {
                    return Ok(Outcome::Skipped);
                };
                sink.write(&job.path, &bytes)?;
                Ok(Outcome::Done {
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
        for (job, result) in plan.jobs.iter().zip(results) {
            let is_page = job.path.as_str().ends_with(".html");
            match result {
                Ok(Outcome::Skipped) => {}
                Ok(Outcome::Done { written, signature }) => {
                    stats.files += 1;
                    stats.rendered += usize::from(written);
                    stats.pages += usize::from(is_page);
                    if let Some(signature) = signature {
                        signatures.insert(job.path.as_str().to_string(), signature);
                    }
                }
                Err(d) => problems.push(d),
            }
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
        (stats, origins, fingerprinted)
    };
    Rendering {
        stats,
        origins,
        fingerprinted,
        problems,
        content,
        theme,
        i18n,
    }
}

/// What became of one job.
enum Outcome {
    /// Rendered and written, or (`written: false`) unchanged since the cached run and neither
    /// rendered nor written; with the job's signature when it has one.
    Done {
        written: bool,
        signature: Option<String>,
    },
    /// Not rendered because its template failed to load (reported once, elsewhere).
    Skipped,
}

/// The absolute form of a path, for messages and for locating output beside it.
pub(crate) fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    joined
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// Finds the site folder: `start` or the nearest parent holding `bulletin.toml`.
pub fn find_root(start: &Path) -> PathBuf {
    let start = absolute(start);
    start
        .ancestors()
        .find(|d| d.join(config::CONFIG_FILE).is_file())
        .map(Path::to_path_buf)
        .unwrap_or(start)
}
