//! The preview's search index, made behind the reload: a build publishes its pages at once,
//! and this thread indexes them afterwards ([`crate::output::search`]) and adds the index to
//! the files being served, without a new version (open pages are not reloaded for it). Until
//! then the previous index answers, at most one edit behind.
//!
//! Both the rebuild thread and this one publish through [`Index::send`], under one lock, so
//! that neither replaces the files with an older index than the other has seen.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use tokio::sync::watch as channel;

use super::{ServeEvent, Snapshot};
use crate::output::search::Document;
use crate::urls::Urls;

/// What one build asks to be indexed.
pub struct Job {
    pub urls: Urls,
    pub documents: Vec<Document>,
}

/// The latest index (output path → bytes) and the way to it.
#[derive(Clone)]
pub struct Index {
    files: Arc<Mutex<BTreeMap<String, Bytes>>>,
    jobs: mpsc::Sender<Job>,
}

impl Index {
    /// Starts the indexing thread, which publishes into `sender`. It ends when every
    /// [`Index`] is dropped.
    pub fn spawn(
        sender: channel::Sender<Snapshot>,
        on_event: Arc<dyn Fn(ServeEvent) + Send + Sync>,
    ) -> Index {
        let (jobs, rx) = mpsc::channel::<Job>();
        let index = Index {
            files: Arc::default(),
            jobs,
        };
        let files = index.files.clone();
        let on_thread = on_event.clone();
        let spawned = std::thread::Builder::new()
            .name("bulletin-search".into())
            .spawn(move || run(&rx, &files, &sender, &*on_thread));
        // Without the thread the preview has no search; nothing else depends on it.
        if let Err(e) = spawned {
            on_event(ServeEvent::WatchProblem {
                message: format!("cannot start the search indexer: {e}"),
            });
        }
        index
    }

    /// Asks for the index of a build's pages (the newest request wins).
    pub fn submit(&self, job: Job) {
        let _ = self.jobs.send(job);
    }

    /// Publishes `snapshot` with the latest index among its files; `false` when nobody
    /// listens any more (the server stopped).
    pub fn send(&self, sender: &channel::Sender<Snapshot>, mut snapshot: Snapshot) -> bool {
        let files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        if !files.is_empty() {
            // A build's files hold no index: nothing to take out.
            snapshot.files = with_index(&snapshot.files, &BTreeMap::new(), &files);
        }
        sender.send(snapshot).is_ok()
    }
}

/// `files` with the index files `old` replaced by `new`.
fn with_index(
    files: &BTreeMap<String, Bytes>,
    old: &BTreeMap<String, Bytes>,
    new: &BTreeMap<String, Bytes>,
) -> Arc<BTreeMap<String, Bytes>> {
    let mut all = files.clone();
    for path in old.keys() {
        all.remove(path);
    }
    all.extend(new.iter().map(|(k, v)| (k.clone(), v.clone())));
    Arc::new(all)
}

fn run(
    rx: &mpsc::Receiver<Job>,
    files: &Mutex<BTreeMap<String, Bytes>>,
    sender: &channel::Sender<Snapshot>,
    on_event: &(dyn Fn(ServeEvent) + Send + Sync),
) {
    let mut indexed: Option<Vec<Document>> = None;
    while let Ok(mut job) = rx.recv() {
        // Builds that came while the last index was made: only the newest counts.
        while let Ok(newer) = rx.try_recv() {
            job = newer;
        }
        if indexed.as_ref() == Some(&job.documents) {
            continue;
        }
        let made = match crate::output::search::index(&job.documents) {
            Ok(made) => made,
            Err(why) => {
                on_event(ServeEvent::WatchProblem {
                    message: format!("the search index could not be made: {why}"),
                });
                continue;
            }
        };
        let new: BTreeMap<String, Bytes> = made
            .into_iter()
            .filter_map(|(name, bytes)| {
                let path = job.urls.output_path(&job.urls.search_file(&name))?;
                Some((path.as_str().to_string(), Bytes::from(bytes)))
            })
            .collect();
        let mut latest = files.lock().unwrap_or_else(|e| e.into_inner());
        let old = std::mem::replace(&mut *latest, new);
        // The same version: open pages keep what they show (see `http::events`).
        sender.send_modify(|snapshot| {
            snapshot.files = with_index(&snapshot.files, &old, &latest);
        });
        drop(latest);
        indexed = Some(job.documents);
    }
}
