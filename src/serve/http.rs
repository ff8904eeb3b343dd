//! HTTP for the live preview: files from the snapshot in memory, the reload script, and the
//! event stream that tells open pages to reload. Axum does the HTTP; this module only decides
//! which bytes answer which path.

use std::convert::Infallible;
use std::net::IpAddr;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::watch;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::WatchStream;

use super::client;
use super::{BuildEvent, Snapshot};
use crate::urls::Urls;

/// Paths of the server's own, below the site's base path and a prefix no site uses.
pub const EVENTS_PATH: &str = "_bulletin/events";
pub const SCRIPT_PATH: &str = "_bulletin/live.js";
pub const TRANSLATIONS_PATH: &str = "_bulletin/translations";

type Current = watch::Receiver<Snapshot>;

/// What the handlers share: the current snapshot, and whether the server is stopping (event
/// streams never end by themselves, so they must be ended for a graceful shutdown).
#[derive(Clone)]
struct App {
    current: Current,
    stopping: watch::Receiver<bool>,
    /// The address the server listens on, which browsers may name in `Host`.
    bind: IpAddr,
}

pub fn router(current: Current, stopping: watch::Receiver<bool>, bind: IpAddr) -> Router {
    Router::new().fallback(get(dispatch)).with_state(App {
        current,
        stopping,
        bind,
    })
}

/// Whether a request's `Host` names this server: a localhost name, a loopback address or the
/// address it listens on, with any port. Anything else is refused, so that a page of another
/// site cannot read the preview (drafts included) by pointing its own name at 127.0.0.1 (DNS
/// rebinding).
pub fn host_is_allowed(host: Option<&str>, bind: IpAddr) -> bool {
    let Some(host) = host else {
        return false;
    };
    let name = match host.strip_prefix('[') {
        // `[::1]:1111`
        Some(rest) => match rest.split_once(']') {
            Some((ip, port)) if port.is_empty() || port.starts_with(':') => ip,
            _ => return false,
        },
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    let name = name.to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    name.parse::<IpAddr>()
        .is_ok_and(|ip| ip.is_loopback() || ip == bind)
}

/// Answers a request as the host will: the site lives under its base path (from the last good
/// build), and so do the server's own paths; `/` leads there.
async fn dispatch(State(app): State<App>, uri: Uri, headers: HeaderMap) -> Response {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    if !host_is_allowed(host, app.bind) {
        return plain(
            StatusCode::MISDIRECTED_REQUEST,
            "this preview answers only to localhost, a loopback address or its --bind address",
        );
    }
    let snapshot = app.current.borrow().clone();
    let Some(site_path) = snapshot.urls.site_path(uri.path()) else {
        if uri.path() == "/" {
            return redirect(StatusCode::FOUND, snapshot.urls.root());
        }
        return not_found(&snapshot, uri.path());
    };
    if site_path.is_empty() && !uri.path().ends_with('/') {
        // The base path without its slash (`/coop-bulletin`), as hosts answer it.
        return redirect(StatusCode::MOVED_PERMANENTLY, snapshot.urls.root());
    }
    match site_path {
        EVENTS_PATH => events(app).await.into_response(),
        SCRIPT_PATH => script(),
        TRANSLATIONS_PATH => translations(&snapshot),
        _ => file(&snapshot, site_path, &uri, &headers),
    }
}

fn redirect(status: StatusCode, location: String) -> Response {
    Response::builder()
        .status(status)
        .header(header::LOCATION, location)
        .header(header::CACHE_CONTROL, "no-cache")
        .body(Body::empty())
        .unwrap_or_default()
}

/// The reload script. Pages ask for it with a hash of its text in the query
/// ([`client::script_url`]), so it may be cached for good.
fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        client::SCRIPT,
    )
        .into_response()
}

/// Server-sent events: first `hello` with the current version (a page built before that
/// reloads at once) and the errors if the last build failed; then one event per build.
async fn events(app: App) -> impl IntoResponse {
    let mut first = true;
    // The search index is added to a build's files after it is out, in the same version: a
    // version already announced is not announced again.
    let mut announced = None;
    let mut stopping = app.stopping;
    let stopped = async move {
        let _ = stopping.wait_for(|s| *s).await;
    };
    let stream = WatchStream::new(app.current).filter_map(move |snapshot| {
        if announced.replace(snapshot.version) == Some(snapshot.version) {
            return None;
        }
        let event = match (&snapshot.outcome, std::mem::take(&mut first)) {
            (BuildEvent::Failed(text), _) => Event::default().event("failed").data(text.as_ref()),
            (_, true) => Event::default()
                .event("hello")
                .data(snapshot.version.to_string()),
            (BuildEvent::Reload, _) => Event::default()
                .event("reload")
                .data(snapshot.version.to_string()),
            (BuildEvent::Css, _) => Event::default()
                .event("css")
                .data(snapshot.version.to_string()),
        };
        Some(Ok::<_, Infallible>(event))
    });
    let stream = futures_util::StreamExt::take_until(stream, Box::pin(stopped));
    let mut response = Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The translations status of the last good build, made on request (not on every rebuild)
/// and updated live like every page.
fn translations(snapshot: &Snapshot) -> Response {
    let Some(sources) = &snapshot.sources else {
        return not_found(snapshot, "");
    };
    let status = crate::content::translation_states::status(&sources.config, &sources.content);
    let page = client::inject(
        super::status::translations_page(&status).as_bytes(),
        snapshot.version,
        &snapshot.urls,
    );
    respond_bytes(StatusCode::OK, "text/html; charset=utf-8", page, None)
}

/// Why a request path is refused.
#[derive(Debug, PartialEq, Eq)]
pub enum BadPath {
    /// Not valid percent-encoded UTF-8, or an encoded `/` or `\`, or a NUL.
    Malformed,
    /// A `.` or `..` segment: an attempt to leave the site.
    Traversal,
}

/// The output files a request may name by its path below the base path, still
/// percent-encoded, in the order to try ([`Urls::candidates`]): `de/` → `de/index.html`.
/// Decoding happens once, and anything that could name a file outside the site is refused
/// rather than normalised.
pub fn resolve(raw_path: &str) -> Result<Vec<String>, BadPath> {
    let lower = raw_path.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") {
        return Err(BadPath::Malformed);
    }
    let decoded = percent_encoding::percent_decode_str(raw_path)
        .decode_utf8()
        .map_err(|_| BadPath::Malformed)?;
    if decoded.contains('\\') || decoded.contains('\0') {
        return Err(BadPath::Malformed);
    }
    // `//x` names no file of the site (and `..` or `.` would leave or wander in it).
    if decoded.starts_with('/')
        || decoded
            .split('/')
            .any(|segment| segment == ".." || segment == ".")
    {
        return Err(BadPath::Traversal);
    }
    Ok(Urls::candidates(&decoded))
}

fn file(snapshot: &Snapshot, site_path: &str, uri: &Uri, headers: &HeaderMap) -> Response {
    let candidates = match resolve(site_path) {
        Ok(candidates) => candidates,
        Err(BadPath::Malformed) => return plain(StatusCode::BAD_REQUEST, "bad request path"),
        Err(BadPath::Traversal) => return not_found(snapshot, uri.path()),
    };
    let key = &candidates[0];
    if let Some(bytes) = snapshot.files.get(key) {
        let mut response = respond(StatusCode::OK, key, bytes, snapshot, headers);
        if snapshot.fingerprinted.contains(key) {
            // A new version of the file gets a new name: the browser need not ask again,
            // which keeps a reload down to the page itself.
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            );
        }
        return response;
    }
    // A folder asked for without its trailing slash: send the browser to the folder, so that
    // relative links in the page resolve as they will on the published site.
    if candidates
        .get(1)
        .is_some_and(|folder| snapshot.files.contains_key(folder))
    {
        let location = match uri.query() {
            Some(q) => format!("{}/?{q}", uri.path()),
            None => format!("{}/", uri.path()),
        };
        return redirect(StatusCode::MOVED_PERMANENTLY, location);
    }
    not_found(snapshot, uri.path())
}

/// The site's own `404.html` with status 404 (or a plain 404 when the site has none yet): the
/// one of the language whose folder the address is in (`/de/…` → `/de/404.html`), else the
/// site's.
fn not_found(snapshot: &Snapshot, path: &str) -> Response {
    let in_language = snapshot
        .urls
        .site_path(path)
        .and_then(|p| p.trim_start_matches('/').split('/').next())
        .filter(|first| !first.is_empty())
        .and_then(|lang| snapshot.urls.output_path(&snapshot.urls.not_found_in(lang)))
        .filter(|p| snapshot.files.contains_key(p.as_str()));
    let page = in_language.or_else(|| snapshot.urls.output_path(&snapshot.urls.not_found()));
    match page
        .as_ref()
        .and_then(|p| Some((p.as_str(), snapshot.files.get(p.as_str())?)))
    {
        Some((key, bytes)) => respond(
            StatusCode::NOT_FOUND,
            key,
            bytes,
            snapshot,
            &HeaderMap::new(),
        ),
        None if snapshot.files.is_empty() => {
            // Nothing was ever built: a page that only carries the reload script, which shows
            // the errors of the failed build and reloads when it is fixed.
            let page = client::inject(
                client::EMPTY_PAGE.as_bytes(),
                snapshot.version,
                &snapshot.urls,
            );
            respond_bytes(
                StatusCode::NOT_FOUND,
                "text/html; charset=utf-8",
                page,
                None,
            )
        }
        None => plain(StatusCode::NOT_FOUND, "not found"),
    }
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    respond_bytes(
        status,
        "text/plain; charset=utf-8",
        Bytes::from_static(text.as_bytes()),
        None,
    )
}

fn respond(
    status: StatusCode,
    key: &str,
    bytes: &Bytes,
    snapshot: &Snapshot,
    request: &HeaderMap,
) -> Response {
    let content_type = content_type(key);
    let body = if content_type.starts_with("text/html") {
        client::inject(bytes, snapshot.version, &snapshot.urls)
    } else {
        bytes.clone()
    };
    // Every build may change any file, so browsers must ask every time; an unchanged file is
    // then answered with 304 and no body.
    let etag = etag(&body);
    if status == StatusCode::OK
        && request
            .get(header::IF_NONE_MATCH)
            .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        return Response::builder()
            .status(StatusCode::NOT_MODIFIED)
            .header(header::ETAG, etag)
            .header(header::CACHE_CONTROL, "no-cache")
            .body(Body::empty())
            .unwrap_or_default();
    }
    respond_bytes(status, &content_type, body, Some(etag))
}

fn respond_bytes(
    status: StatusCode,
    content_type: &str,
    body: Bytes,
    etag: Option<String>,
) -> Response {
    let mut builder = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CACHE_CONTROL, "no-cache")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    if let Some(etag) = etag {
        builder = builder.header(header::ETAG, etag);
    }
    builder.body(Body::from(body)).unwrap_or_default()
}

fn etag(bytes: &[u8]) -> String {
    use sha2::Digest;
    format!("\"{}\"", hex::encode(&sha2::Sha256::digest(bytes)[..12]))
}

/// The media type of an output file. Feeds and calendars get their own types; text types
/// say they are UTF-8, which everything the pipeline writes is.
pub fn content_type(key: &str) -> String {
    let name = key.rsplit('/').next().unwrap_or(key);
    if name == "atom.xml" || name.ends_with(".atom") {
        return "application/atom+xml; charset=utf-8".into();
    }
    if name.ends_with(".xml") {
        return "application/xml; charset=utf-8".into();
    }
    let mime = mime_guess::from_path(name).first_or_octet_stream();
    let textual = mime.type_() == mime_guess::mime::TEXT
        || matches!(
            mime.subtype().as_str(),
            "javascript" | "json" | "xml" | "svg+xml"
        );
    if textual {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_folders_and_refuses_escapes() {
        assert_eq!(resolve("").unwrap(), ["index.html"]);
        assert_eq!(resolve("de/news/").unwrap(), ["de/news/index.html"]);
        assert_eq!(
            resolve("style.css").unwrap(),
            ["style.css", "style.css/index.html"]
        );
        assert_eq!(resolve("caf%C3%A9/").unwrap(), ["café/index.html"]);
        assert_eq!(resolve("../etc/passwd"), Err(BadPath::Traversal));
        assert_eq!(resolve("de/%2e%2e/%2E%2E/x"), Err(BadPath::Traversal));
        assert_eq!(resolve("de/./x"), Err(BadPath::Traversal));
        assert_eq!(resolve("..%2fetc"), Err(BadPath::Malformed));
        assert_eq!(resolve("x%5c..%5cy"), Err(BadPath::Malformed));
        assert_eq!(resolve("%ff"), Err(BadPath::Malformed));
        assert_eq!(resolve("a%00b"), Err(BadPath::Malformed));
        assert_eq!(resolve("/etc/passwd"), Err(BadPath::Traversal));
    }

    #[test]
    fn only_local_host_names_are_answered() {
        let bind: IpAddr = "127.0.0.1".parse().unwrap();
        for good in [
            "127.0.0.1:1111",
            "localhost:1111",
            "LOCALHOST",
            "[::1]:80",
            "x.localhost",
            "127.0.0.2",
        ] {
            assert!(host_is_allowed(Some(good), bind), "{good}");
        }
        let lan: IpAddr = "192.0.2.7".parse().unwrap();
        assert!(host_is_allowed(Some("192.0.2.7:1111"), lan));
        for bad in [
            "attacker.example",
            "attacker.example:1111",
            "",
            "127.0.0.1.attacker.example",
            "[::1]x",
            "localhost.example",
        ] {
            assert!(!host_is_allowed(Some(bad), bind), "{bad}");
        }
        assert!(!host_is_allowed(None, bind));
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("de/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("de/atom.xml"),
            "application/atom+xml; charset=utf-8"
        );
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(content_type("style.1a2b.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("lang.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("de/news/x/photo.jpg"), "image/jpeg");
        assert_eq!(content_type("robots.txt"), "text/plain; charset=utf-8");
    }
}
