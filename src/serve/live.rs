//! The site as `serve` keeps it: built into memory by the build pipeline, again after every
//! change.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Bytes;

use super::watch::Change;
use crate::BuildOptions;
use crate::error::Diagnostic;

/// A site being served, with what it needs to rebuild.
pub struct LiveSite {
    options: BuildOptions,
}

/// A successful rebuild.
pub struct Built {
    pub files: Arc<BTreeMap<String, Bytes>>,
    pub pages: usize,
    /// How many output files were rendered for this build.
    pub rendered: usize,
    pub warnings: Vec<Diagnostic>,
}

impl LiveSite {
    /// `base_url` is the server's own address, so that canonical links, feeds and the sitemap
    /// point at the preview rather than at the published site.
    pub fn new(root: PathBuf, drafts: bool, base_url: String) -> LiveSite {
        let mut options = BuildOptions::new(root);
        options.drafts = drafts;
        options.base_url = Some(base_url);
        LiveSite { options }
    }

    pub fn root(&self) -> &std::path::Path {
        &self.options.root
    }

    /// Builds the site after `change` (everything when `None`).
    pub fn rebuild(&mut self, _change: Option<&Change>) -> Result<Built, Vec<Diagnostic>> {
        let built = crate::build_in_memory(&self.options).map_err(|f| f.diagnostics)?;
        let files: BTreeMap<String, Bytes> = built
            .files
            .into_iter()
            .map(|(path, bytes)| (path, Bytes::from(bytes)))
            .collect();
        Ok(Built {
            rendered: files.len(),
            files: Arc::new(files),
            pages: built.stats.pages,
            warnings: built.warnings,
        })
    }
}
