//! Watching the site's sources and rebuilding when they change.
//!
//! Events from `notify` are debounced, stripped of editor temp and swap files and of paths the
//! pipeline does not read, and classified into a [`Change`]: what kind of rebuild they need.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use tokio::sync::watch as channel;

use super::live::LiveSite;
use super::{ServeEvent, Snapshot};
use crate::config::SOURCE_FOLDERS;
use crate::error::Diagnostic;

/// How long the file system must be quiet before a rebuild starts. Editors save by writing a
/// temporary file and renaming it within a millisecond or two; a longer wait only adds to the
/// time from saving to seeing the page.
const QUIET: Duration = Duration::from_millis(5);
const TICK: Duration = Duration::from_millis(1);
/// How often the rebuild thread, when idle, looks whether the build day has changed.
const DAY_CHECK: Duration = Duration::from_secs(60);

/// What a set of file events asks to rebuild.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Only these files below `content/` or `newsletter/` changed (added, edited, removed or
    /// renamed).
    Content(BTreeSet<PathBuf>),
    /// Only stylesheets changed.
    Css,
    /// Templates, Fluent catalogs or other static files changed: every output is rendered
    /// again, from the content already loaded.
    Theme,
    /// The configuration changed, or something the others do not cover: everything again.
    Full,
}

impl Change {
    /// One change covering both.
    pub fn merge(self, other: Change) -> Change {
        match (self, other) {
            (Change::Content(mut a), Change::Content(b)) => {
                a.extend(b);
                Change::Content(a)
            }
            (Change::Css, Change::Css) => Change::Css,
            (Change::Css | Change::Theme, Change::Css | Change::Theme) => Change::Theme,
            _ => Change::Full,
        }
    }

    /// The change that `paths` make to the site at `root`, or `None` when nothing the
    /// pipeline reads was touched.
    pub fn of(root: &Path, paths: impl IntoIterator<Item = PathBuf>) -> Option<Change> {
        paths
            .into_iter()
            .filter_map(|p| classify(root, &p))
            .reduce(Change::merge)
    }
}

/// Editor temporaries and swap files: vim's `.x.swp` and `4913`, emacs' `#x#` and `.#x`,
/// backups ending in `~`, JetBrains' `___jb_tmp___`, and `.tmp`/`.part` files.
fn is_temporary(name: &str) -> bool {
    name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name.ends_with('~')
        || name == "4913"
        || name.contains("___jb_")
        || [".swp", ".swo", ".swx", ".tmp", ".part", ".crdownload"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

fn classify(root: &Path, path: &Path) -> Option<Change> {
    let rel = path.strip_prefix(root).ok()?;
    let name = rel.file_name()?.to_str()?;
    if is_temporary(name) {
        return None;
    }
    let mut parts = rel.components();
    let top = parts.next()?.as_os_str().to_str()?;
    // Hidden files and folders (.git, editor state) are not read by the pipeline.
    if rel
        .components()
        .any(|c| c.as_os_str().to_str().is_some_and(|s| s.starts_with('.')))
    {
        return None;
    }
    match top {
        "bulletin.toml" => Some(Change::Full),
        // Issue records are read again by every run; the cache need not forget anything.
        "content" | "newsletter" => Some(Change::Content(BTreeSet::from([rel.to_path_buf()]))),
        _ if !SOURCE_FOLDERS.contains(&top) => None,
        _ if name.ends_with(".css") && rel.components().any(|c| c.as_os_str() == "static") => {
            Some(Change::Css)
        }
        _ => Some(Change::Theme),
    }
}

/// Keeps the watcher alive; dropping it stops watching and ends the rebuild thread.
pub struct Watching {
    stop: Arc<AtomicBool>,
    wake: mpsc::Sender<DebounceEventResult>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.wake.send(Ok(Vec::new()));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts watching the site of `site` and rebuilding it into `sender` on every change.
pub fn spawn(
    mut site: LiveSite,
    sender: channel::Sender<Snapshot>,
    index: super::search::Index,
    on_event: Arc<dyn Fn(ServeEvent) + Send + Sync>,
) -> Result<Watching, Diagnostic> {
    let root = site.root().to_path_buf();
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(QUIET, Some(TICK), tx.clone())
        .map_err(|e| Diagnostic::error(format!("cannot watch the site for changes: {e}")))?;
    // The root itself only shallowly: it holds bulletin.toml and perhaps folders that appear
    // later, and also the output and build folders, whose churn must not reach us.
    watch(&mut debouncer, &root, RecursiveMode::NonRecursive)?;
    for folder in SOURCE_FOLDERS {
        let path = root.join(folder);
        if path.is_dir() {
            watch(&mut debouncer, &path, RecursiveMode::Recursive)?;
        }
    }

    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let thread = std::thread::Builder::new()
        .name("bulletin-rebuild".into())
        .stack_size(crate::pipeline::STACK_BYTES)
        .spawn(move || {
            let mut version = sender.borrow().version;
            let mut day = today();
            loop {
                let first = match rx.recv_timeout(DAY_CHECK) {
                    Ok(first) => Some(first),
                    Err(mpsc::RecvTimeoutError::Timeout) => None,
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                };
                if stopped.load(Ordering::SeqCst) {
                    break;
                }
                let change = match first {
                    Some(first) => {
                        let paths = drain(first, &rx, &*on_event);
                        // A watched folder created after the start (templates/, say) is watched
                        // from now on.
                        for folder in SOURCE_FOLDERS {
                            let path = root.join(folder);
                            if paths.contains(&path)
                                && path.is_dir()
                                && let Err(d) =
                                    watch(&mut debouncer, &path, RecursiveMode::Recursive)
                            {
                                on_event(ServeEvent::WatchProblem {
                                    message: d.to_string(),
                                });
                            }
                        }
                        match Change::of(&root, paths) {
                            Some(change) => change,
                            None => continue,
                        }
                    }
                    // Events are upcoming or past relative to the build day, so a preview left
                    // running over midnight is rebuilt for the new day.
                    None if today() != day => Change::Full,
                    None => continue,
                };
                day = today();
                version += 1;
                let previous = sender.borrow().clone();
                let (snapshot, job) = super::publish(
                    &mut site,
                    Some(&change),
                    version,
                    Some(&previous),
                    &*on_event,
                );
                if !index.send(&sender, snapshot) {
                    break;
                }
                if let Some(job) = job {
                    index.submit(job);
                }
            }
        })
        .map_err(|e| Diagnostic::error(format!("cannot start the rebuild thread: {e}")))?;

    Ok(Watching {
        stop,
        wake: tx,
        thread: Some(thread),
    })
}

/// The paths of `first` and of every batch already waiting behind it; watcher errors are
/// reported on the way.
fn drain(
    first: DebounceEventResult,
    rx: &mpsc::Receiver<DebounceEventResult>,
    on_event: &dyn Fn(ServeEvent),
) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for batch in std::iter::once(first).chain(rx.try_iter()) {
        match batch {
            Ok(events) => paths.extend(
                events
                    .into_iter()
                    .filter(|e| !matches!(e.event.kind, EventKind::Access(_)))
                    .flat_map(|e| e.event.paths.clone()),
            ),
            Err(errors) => {
                for e in errors {
                    on_event(ServeEvent::WatchProblem {
                        message: e.to_string(),
                    })
                }
            }
        }
    }
    paths
}

fn watch<W: notify::Watcher, C: notify_debouncer_full::FileIdCache>(
    debouncer: &mut notify_debouncer_full::Debouncer<W, C>,
    path: &Path,
    mode: RecursiveMode,
) -> Result<(), Diagnostic> {
    debouncer.watch(path, mode).map_err(|e| {
        Diagnostic::error(format!("cannot watch `{}`: {e}", path.display()))
            .in_file(path)
            .help("check the folder's permissions, or raise fs.inotify.max_user_watches")
    })
}

/// The day the next build takes; a malformed `SOURCE_DATE_EPOCH` is reported by that build.
fn today() -> jiff::civil::Date {
    crate::config::build_day().unwrap_or(jiff::civil::Date::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(paths: &[&str]) -> Option<Change> {
        let root = Path::new("/site");
        Change::of(root, paths.iter().map(|p| root.join(p)))
    }

    #[test]
    fn changes_are_classified_by_what_they_touch() {
        assert_eq!(
            of(&["content/news/a.de.md", "content/news/b.en.md"]),
            Some(Change::Content(BTreeSet::from([
                PathBuf::from("content/news/a.de.md"),
                PathBuf::from("content/news/b.en.md")
            ])))
        );
        assert_eq!(of(&["static/style.css"]), Some(Change::Css));
        assert_eq!(of(&["themes/default/static/style.css"]), Some(Change::Css));
        assert_eq!(
            of(&["templates/page.html", "static/style.css"]),
            Some(Change::Theme)
        );
        assert_eq!(of(&["i18n/de/site.ftl"]), Some(Change::Theme));
        assert_eq!(of(&["bulletin.toml"]), Some(Change::Full));
        assert_eq!(
            of(&["newsletter/2.toml"]),
            Some(Change::Content(BTreeSet::from([PathBuf::from(
                "newsletter/2.toml"
            )])))
        );
        assert_eq!(
            of(&["content/news/a.de.md", "templates/page.html"]),
            Some(Change::Full)
        );
    }

    #[test]
    fn editor_files_and_unwatched_paths_are_ignored() {
        for path in [
            "content/news/.a.de.md.swp",
            "content/news/a.de.md~",
            "content/news/.#a.de.md",
            "content/news/#a.de.md#",
            "content/news/4913",
            "content/news/a.de.md.tmp",
            "content/news/a.de.md___jb_tmp___",
            "public/index.html",
            "target/release/bulletin",
            ".git/index",
            "content/.hidden/x.md",
        ] {
            assert_eq!(of(&[path]), None, "{path}");
        }
    }
}
