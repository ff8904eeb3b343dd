//! Edit-to-reload benchmark for `bulletin serve`: generates the benchmark site (N articles × 3
//! languages, 1,000 by default: about 3,000 pages), serves it on 127.0.0.1, and then edits
//! articles on disk the way editors save (write a temporary file, rename it over the article).
//! For every edit it measures, from just before the write:
//!
//! - until the reload event arrives on the event stream a browser listens to, and
//! - until the changed page, fetched over HTTP right after that event, contains the edit.
//!
//! Body edits (the article and the lists showing its summary) and title edits (also every
//! list, neighbour link, tag page and feed showing the title) are measured separately.
//!
//! `cargo run --release --example serve_bench -- [N] [EDITS]`

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::{Duration, Instant};

// The same allocator as the `bulletin` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "support/sitegen.rs"]
mod sitegen;

fn main() {
    let mut args = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse::<usize>().ok());
    let n = args.next().unwrap_or(1000);
    let edits = args.next().unwrap_or(30);

    let dir = tempfile::tempdir().expect("temporary folder");
    sitegen::generate(dir.path(), n);

    let (url_tx, url_rx) = mpsc::channel();
    let (built_tx, built_rx) = mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let options = bulletin::serve::ServeOptions {
        root: dir.path().to_path_buf(),
        bind: "127.0.0.1".parse().unwrap(),
        port: 0,
        drafts: false,
        base_url: None,
    };
    let server = std::thread::spawn(move || {
        let on_event = move |event| match event {
            bulletin::serve::ServeEvent::Listening { url, .. } => {
                let _ = url_tx.send(url);
            }
            bulletin::serve::ServeEvent::Built {
                pages,
                rendered,
                elapsed,
                ..
            } => {
                let _ = built_tx.send((pages, rendered, elapsed));
            }
            other => eprintln!("{other:?}"),
        };
        bulletin::serve::serve(&options, on_event, async move {
            let _ = stop_rx.await;
        })
        .expect("the server runs");
    });
    let url = url_rx
        .recv_timeout(Duration::from_secs(120))
        .expect("server started");
    let (pages, _, first) = built_rx.recv().unwrap();
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    println!(
        "site: N = {n} × 3, {pages} pages; first full build in memory {} ms",
        first.as_millis()
    );
    let events = events(&addr);
    events.recv_timeout(Duration::from_secs(5)).expect("hello");

    for (kind, edit) in [("body edit ", Edit::Body), ("title edit", Edit::Title)] {
        let mut to_event = Vec::new();
        let mut to_page = Vec::new();
        let mut rendered = Vec::new();
        let mut rebuild = Vec::new();
        for k in 0..edits {
            let i = (k * 37) % n;
            let file = dir.path().join(format!("content/news/article-{i}.de.md"));
            let marker = format!("Messpunkt{k}x{}", kind.len());
            let text = std::fs::read_to_string(&file).unwrap();
            let changed = match edit {
                Edit::Body => format!("{text}\n{marker}.\n"),
                Edit::Title => text.replacen("title = \"", &format!("title = \"{marker} "), 1),
            };
            let temp = file.with_extension("tmp");
            while events.try_recv().is_ok() {}
            let started = Instant::now();
            std::fs::write(&temp, changed).unwrap();
            std::fs::rename(&temp, &file).unwrap();
            loop {
                let (name, at) = events
                    .recv_timeout(Duration::from_secs(10))
                    .expect("a reload event");
                if name == "reload" {
                    to_event.push(at.duration_since(started));
                    break;
                }
            }
            let body = get(&addr, &format!("/de/news/article-{i}/"));
            assert!(body.contains(&marker), "the page shows the edit");
            to_page.push(started.elapsed());
            let (_, r, e) = built_rx.recv().unwrap();
            rendered.push(r);
            rebuild.push(e);
            // Let the machine settle, as between an editor's saves.
            std::thread::sleep(Duration::from_millis(50));
        }
        println!(
            "{kind}: write → reload event {}; write → new page served {}; rebuild {}; files rendered median {}",
            summary(&mut to_event),
            summary(&mut to_page),
            summary(&mut rebuild),
            median_count(&mut rendered)
        );
    }
    let _ = stop_tx.send(());
    server.join().unwrap();
}

enum Edit {
    Body,
    Title,
}

fn summary(samples: &mut [Duration]) -> String {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    format!(
        "median {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        ms(at(0.5)),
        ms(at(0.9)),
        ms(at(1.0))
    )
}

fn median_count(samples: &mut [usize]) -> usize {
    samples.sort();
    samples[samples.len() / 2]
}

/// The event stream, as (event name, arrival time).
fn events(addr: &str) -> mpsc::Receiver<(String, Instant)> {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET /_bulletin/events HTTP/1.0\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if let Some(name) = line.strip_prefix("event: ")
                && tx.send((name.to_string(), Instant::now())).is_err()
            {
                break;
            }
        }
    });
    rx
}

fn get(addr: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut body = String::new();
    stream.read_to_string(&mut body).unwrap();
    body
}
