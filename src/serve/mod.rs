//! `bulletin serve`: the live preview. The site is built into memory by the same pipeline as
//! `build` ([`live`]), served over HTTP from that memory ([`http`]), rebuilt when a watched file
//! changes ([`watch`]), and every open page is told to reload, swap its stylesheet or show the
//! errors of a failed build over the last good pages ([`client`]).
//!
//! The user's `public/` folder is never touched: nothing of `serve` is written to disk.

mod client;
pub mod http;
pub mod live;
mod search;
mod status;
pub mod watch;

use std::collections::BTreeMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use tokio::sync::watch as channel;

use crate::config::Overrides;
use crate::error::Diagnostic;

/// What `bulletin serve` is asked to do.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    /// The first port tried; when it is taken, the next ones are. 0 asks for any free port.
    pub port: u16,
    pub drafts: bool,
    /// Preview the site as published at this address (its path matters) instead of the
    /// configured base URL.
    pub base_url: Option<String>,
}

/// What the server reports while it runs, for the binary to print.
#[derive(Debug)]
pub enum ServeEvent {
    /// Listening on `url`; `wanted` is the port asked for when another one had to be taken.
    Listening { url: String, wanted: Option<u16> },
    /// A build (the first, or after a change) succeeded.
    Built {
        pages: usize,
        /// Output files that were rendered again (all of them for a full build).
        rendered: usize,
        elapsed: Duration,
        warnings: Vec<Diagnostic>,
    },
    /// A build failed; the last good pages are still served.
    Failed { diagnostics: Vec<Diagnostic> },
    /// The watcher reported a problem (a folder that cannot be watched, for example).
    WatchProblem { message: String },
}

/// How the current pages came about, which tells open pages what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildEvent {
    /// Pages changed: reload.
    Reload,
    /// Only stylesheets changed: swap them without a reload.
    Css,
    /// The last build failed with these diagnostics, as the terminal shows them.
    Failed(Arc<str>),
}

/// One published state of the site: the files served and how they came about. Versions
/// increase with every build, good or failed.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub version: u64,
    /// The URLs of the last good build: where the site and the server's own paths are.
    pub urls: crate::urls::Urls,
    pub files: Arc<BTreeMap<String, Bytes>>,
    /// Files named by a hash of their content (see [`crate::pipeline::Rendering::fingerprinted`]).
    pub fingerprinted: Arc<std::collections::BTreeSet<String>>,
    /// What the last good build was made from (for [`http::TRANSLATIONS_PATH`]); `None` until
    /// a build succeeded.
    pub sources: Option<Arc<live::Sources>>,
    pub outcome: BuildEvent,
}

/// How far above the requested port to look for a free one.
const PORT_ATTEMPTS: u16 = 50;

/// Runs the live preview until `shutdown` completes. Errors only when no socket can be bound;
/// build errors are shown in the browser and reported through `on_event`.
pub fn serve(
    options: &ServeOptions,
    on_event: impl Fn(ServeEvent) + Send + Sync + 'static,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Diagnostic::error(format!("cannot start the server runtime: {e}")))?;
    let on_event = Arc::new(on_event);
    runtime.block_on(async move {
        // Poll the shutdown signal once before anything is announced: signal handlers are
        // installed on the first poll, and a Ctrl-C right after the address is printed must
        // already stop the server gracefully.
        let mut shutdown = Box::pin(shutdown);
        if futures_util::FutureExt::now_or_never(shutdown.as_mut()).is_some() {
            return Ok(());
        }
        let (listener, wanted) = bind(options.bind, options.port).await?;
        let addr = listener
            .local_addr()
            .map_err(|e| Diagnostic::error(format!("cannot read the bound address: {e}")))?;
        let origin = format!("http://{}", host(addr));
        let mut site = live::LiveSite::new(
            crate::fs::absolute(&options.root),
            Overrides {
                base_url: options.base_url.clone(),
                origin: Some(origin.clone()),
                drafts: options.drafts,
                today: None,
            },
        );
        let (first, job) = publish(&mut site, None, 0, None, &*on_event);
        // The address of the site itself, under its base path.
        let url = origin + &first.urls.root();
        let (sender, receiver) = channel::channel(first);
        let index = search::Index::spawn(sender.clone(), on_event.clone());
        if let Some(job) = job {
            index.submit(job);
        }
        let watcher = watch::spawn(site, sender, index, on_event.clone())?;
        on_event(ServeEvent::Listening { url, wanted });
        let (stopping, stopping_rx) = channel::channel(false);
        let app = http::router(receiver, stopping_rx, options.bind);
        accept(listener, app, shutdown, stopping).await;
        drop(watcher);
        Ok(())
    })
}

/// A client that has not sent the headers of its request after this long is disconnected, so
/// that slow senders cannot hold connections open without end.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long open connections get to finish when the server stops.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Serves `app` on every connection of `listener` until `shutdown` completes, then tells the
/// event streams to end (`stopping`) and waits a moment for open connections. Hyper's own
/// connection builder, rather than `axum::serve`, because only it can time out slow headers.
async fn accept(
    listener: tokio::net::TcpListener,
    app: axum::Router,
    shutdown: impl Future<Output = ()>,
    stopping: channel::Sender<bool>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    // Out of file descriptors, say: wait a moment rather than spin.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let _ = stream.set_nodelay(true);
                let service = hyper_util::service::TowerToHyperService::new(app.clone());
                let connection = hyper::server::conn::http1::Builder::new()
                    .timer(TokioTimer::new())
                    .header_read_timeout(HEADER_TIMEOUT)
                    .serve_connection(TokioIo::new(stream), service);
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    let _ = connection.await;
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    let _ = stopping.send(true);
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await;
}

/// Binds `port` or, when it is taken, the next free one.
async fn bind(ip: IpAddr, port: u16) -> Result<(tokio::net::TcpListener, Option<u16>), Diagnostic> {
    let mut last = None;
    let tries = if port == 0 { 1 } else { PORT_ATTEMPTS };
    for offset in 0..tries {
        let Some(candidate) = port.checked_add(offset) else {
            break;
        };
        match tokio::net::TcpListener::bind(SocketAddr::new(ip, candidate)).await {
            Ok(l) => return Ok((l, (offset > 0).then_some(port))),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => last = Some(e),
            Err(e) => {
                return Err(
                    Diagnostic::error(format!("cannot listen on {ip}:{candidate}: {e}"))
                        .help("choose another address with --bind or port with --port"),
                );
            }
        }
    }
    Err(Diagnostic::error(format!(
        "ports {port} to {} on {ip} are all in use{}",
        port.saturating_add(tries - 1),
        last.map(|e| format!(": {e}")).unwrap_or_default()
    ))
    .help("stop the other server or choose another port with --port"))
}

/// `127.0.0.1:1111`, or `[::1]:1111` for IPv6.
fn host(addr: SocketAddr) -> String {
    match addr {
        SocketAddr::V4(a) => a.to_string(),
        SocketAddr::V6(a) => format!("[{}]:{}", a.ip(), a.port()),
    }
}

/// Runs one build and turns its result into the snapshot to publish: new files on success,
/// the previous files with the errors on failure; with the pages to index after it is out.
fn publish(
    site: &mut live::LiveSite,
    change: Option<&watch::Change>,
    version: u64,
    previous: Option<&Snapshot>,
    on_event: &(dyn Fn(ServeEvent) + Send + Sync),
) -> (Snapshot, Option<search::Job>) {
    let started = Instant::now();
    match site.rebuild(change) {
        Ok(built) => {
            on_event(ServeEvent::Built {
                pages: built.pages,
                rendered: built.rendered,
                elapsed: started.elapsed(),
                warnings: built.warnings,
            });
            let outcome = match change {
                Some(watch::Change::Css) => BuildEvent::Css,
                _ => BuildEvent::Reload,
            };
            let snapshot = Snapshot {
                version,
                urls: built.urls,
                files: built.files,
                fingerprinted: built.fingerprinted,
                sources: Some(built.sources),
                outcome,
            };
            (snapshot, built.search)
        }
        Err(diagnostics) => {
            let text: String = diagnostics.iter().map(|d| format!("{d}\n")).collect();
            on_event(ServeEvent::Failed { diagnostics });
            let snapshot = Snapshot {
                version,
                urls: previous.map_or_else(crate::urls::Urls::at_root, |p| p.urls.clone()),
                files: previous.map(|p| p.files.clone()).unwrap_or_default(),
                fingerprinted: previous
                    .map(|p| p.fingerprinted.clone())
                    .unwrap_or_default(),
                sources: previous.and_then(|p| p.sources.clone()),
                outcome: BuildEvent::Failed(text.into()),
            };
            (snapshot, None)
        }
    }
}
