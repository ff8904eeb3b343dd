//! The site as `serve` keeps it: built into memory by the build pipeline, then after every
//! change again with the pipeline's memos ([`Memos`]), so that only what the change affects is
//! rendered. The result is always the bytes a fresh full build gives (tests/incremental.rs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Bytes;

use super::watch::Change;
use crate::config::{Config, Overrides};
use crate::error::Diagnostic;
use crate::error::Failure;
use crate::fs::MemorySink;
use crate::pipeline::Rendering;
use crate::pipeline::memo::Memos;

/// A site being served, with what it needs to rebuild.
pub struct LiveSite {
    root: PathBuf,
    overrides: Overrides,
    cache: Memos,
    /// The latest bytes of every output the cache remembers a signature for, failed builds
    /// included: what an unchanged output is taken from.
    outputs: BTreeMap<String, Bytes>,
}

/// What a build was made from.
#[derive(Debug)]
pub struct Sources {
    pub config: Config,
    pub content: crate::content::Content,
}

/// A successful rebuild.
pub struct Built {
    /// The URLs of the site as served.
    pub urls: crate::urls::Urls,
    pub files: Arc<BTreeMap<String, Bytes>>,
    /// Files named by a hash of their content, which browsers may cache for good.
    pub fingerprinted: Arc<BTreeSet<String>>,
    /// The configuration and content of this build, for the translations status page, which
    /// is made from them only when asked for.
    pub sources: Arc<Sources>,
    pub pages: usize,
    /// How many output files were rendered for this build.
    pub rendered: usize,
    pub warnings: Vec<Diagnostic>,
    /// With `[search]`: the pages to index ([`super::search`]).
    pub search: Option<super::search::Job>,
}

impl LiveSite {
    /// `overrides.origin` is the server's own address, so that canonical links, feeds and the
    /// sitemap point at the preview rather than at the published site; the site keeps the
    /// path of its base URL.
    pub fn new(root: PathBuf, overrides: Overrides) -> LiveSite {
        LiveSite {
            root,
            overrides,
            cache: Memos::default(),
            outputs: BTreeMap::new(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Builds the site after `change` (everything when `None`). A panic in the build (a bug
    /// of ours, whatever the input) is caught and reported as an error like any other: the
    /// preview keeps serving the last good version, and the next build starts afresh, since
    /// the caches may hold half of the failed one.
    pub fn rebuild(&mut self, change: Option<&Change>) -> Result<Built, Vec<Diagnostic>> {
        let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.rebuild_unguarded(change)
        }));
        attempt.unwrap_or_else(|panic| {
            self.cache.clear();
            self.outputs.clear();
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(vec![
                Diagnostic::error(format!("bulletin failed inside the build: {what}"))
                    .help("this is a bug of bulletin, not of your site: please report it with the file you last changed; the preview keeps the last good version"),
            ])
        })
    }

    fn rebuild_unguarded(&mut self, change: Option<&Change>) -> Result<Built, Vec<Diagnostic>> {
        match change {
            None | Some(Change::Full) => self.cache.clear(),
            Some(Change::Css | Change::Theme) => self.cache.clear_outputs(),
            Some(Change::Content(paths)) => {
                let absolute: Vec<PathBuf> = paths.iter().map(|p| self.root.join(p)).collect();
                self.cache.forget_files(&absolute);
            }
        }
        let config = Config::load(&self.root, &self.overrides).map_err(|d| {
            // The next good configuration may differ in anything.
            self.cache.clear();
            Failure::from(d, &self.root).diagnostics
        })?;
        let sink = MemorySink::default();
        let Rendering {
            stats,
            origins,
            fingerprinted,
            problems,
            content,
            search,
            ..
        } = crate::pipeline::render_site_cached(&config, &sink, Some(&mut self.cache));
        let mut written = sink.into_files();
        let mut files = BTreeMap::new();
        for path in origins.keys() {
            let bytes = match written.remove(path) {
                Some(b) => Bytes::from(b),
                None => match self.outputs.get(path) {
                    Some(b) => b.clone(),
                    // Not rendered (its template failed) or, were the cache wrong, missing.
                    None => continue,
                },
            };
            files.insert(path.clone(), bytes);
        }
        self.outputs = files;
        let failure = Failure::from(problems, &self.root);
        if failure.diagnostics.iter().any(Diagnostic::is_error) {
            return Err(failure.diagnostics);
        }
        let search = config.search.then(|| super::search::Job {
            urls: config.urls.clone(),
            documents: search,
        });
        Ok(Built {
            urls: config.urls.clone(),
            files: Arc::new(self.outputs.clone()),
            fingerprinted: Arc::new(fingerprinted),
            sources: Arc::new(Sources { config, content }),
            pages: stats.pages,
            rendered: stats.rendered,
            warnings: failure.diagnostics,
            search,
        })
    }
}
