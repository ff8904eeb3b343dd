//! `bulletin build`: the pipeline into a staging folder that replaces the output folder only
//! when everything succeeded; and the same build into memory for `serve` and the tests.

use std::path::{Path, PathBuf};

use crate::config::{self, Config, Overrides};
use crate::error::{Diagnostic, Diagnostics, Failure};
use crate::fs::{self, DiskSink, OutputFolder, absolute};
use crate::pipeline::{Rendering, Stats, render_site, write_search_index};

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

/// Builds the site into its output folder, atomically: on failure the previous output is left
/// as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Failure> {
    let root = absolute(&options.root);
    let config = Config::load(&root, &options.overrides()).map_err(|d| Failure::from(d, &root))?;
    let output = fs::resolved(options.output.as_deref().unwrap_or(&root.join("public")));
    if let Some(problem) = fs::unsafe_output(&fs::resolved(&root), &output, &source_folders()) {
        return Err(Failure::from(problem.into(), &root));
    }
    let folder = OutputFolder::prepare(&output, &config.keep)
        .map_err(|d| Failure::from(Diagnostics::from_iter([d]), &root))?;
    let sink = DiskSink::new(folder.path().to_path_buf());
    let mut rendering = render_site(&config, &sink);
    add_search_index(&config, &mut rendering, &sink);
    let Rendering {
        stats,
        mut problems,
        ..
    } = rendering;
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }
    // Past this point the old output is either untouched (an error) or replaced (warnings).
    problems.extend(
        folder
            .commit()
            .map_err(|d| Failure::from(Diagnostics::from_iter([d]), &root))?,
    );
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
    let mut rendering = render_site(&config, &sink);
    add_search_index(&config, &mut rendering, &sink);
    let Rendering {
        stats, problems, ..
    } = rendering;
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

/// With `[search]`, writes the index of a rendering without errors into `sink`, counting its
/// files or adding why it could not be made.
fn add_search_index(config: &Config, rendering: &mut Rendering, sink: &dyn fs::Sink) {
    if rendering.problems.has_errors() || !config.search {
        return;
    }
    match write_search_index(&config.urls, &rendering.search, sink) {
        Ok(files) => rendering.stats.files += files,
        Err(d) => rendering.problems.push(d),
    }
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

/// The folders of a site that a build must never replace: its sources, and the seeds that
/// `import` reads.
fn source_folders() -> Vec<&'static str> {
    let mut folders = config::SOURCE_FOLDERS.to_vec();
    folders.push("seeds");
    folders
}
