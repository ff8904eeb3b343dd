//! Helpers shared by the tests that run `bulletin serve` for real: a copy of a fixture site in
//! a temporary folder, the server process on an ephemeral port of 127.0.0.1, and a reader of
//! its event stream. Every wait is bounded.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub const WAIT: Duration = Duration::from_secs(10);

/// A copy of `tests/fixtures/<name>` in a new temporary folder, at `<tmp>/site`.
pub struct Site {
    pub dir: tempfile::TempDir,
    pub root: PathBuf,
}

/// Runs the bulletin binary with `args`: exit code, stdout, stderr.
pub fn bulletin(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

impl Site {
    pub fn copy(name: &str) -> Site {
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.unwrap();
            let target = root.join(entry.path().strip_prefix(&from).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        Site { dir, root }
    }

    /// A copy of `tests/fixtures/<name>` with the recorded issue of the newsletter in
    /// `tests/fixtures/newsletter/` (for the `multilingual` site) and `[newsletter] mailer =
    /// "listmonk"`.
    pub fn with_newsletter(name: &str) -> Site {
        let site = Site::copy(name);
        let issue = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/newsletter/1.toml");
        site.write(
            "newsletter/1.toml",
            &std::fs::read_to_string(issue).unwrap(),
        );
        let config = site.read("bulletin.toml");
        site.write(
            "bulletin.toml",
            &format!("{config}\n[newsletter]\nmailer = \"listmonk\"\n"),
        );
        site
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Writes a file the way editors do: into a temporary file, then renamed over the target.
    pub fn write(&self, rel: &str, text: &str) {
        let target = self.path(rel);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        let temp = target.with_extension("tmp");
        std::fs::write(&temp, text).unwrap();
        std::fs::rename(&temp, &target).unwrap();
    }

    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} has no `{from}`");
        self.write(rel, &text.replacen(from, to, 1));
    }
}

/// `bulletin serve` running on `site`, stopped with SIGTERM when dropped.
pub struct Server {
    pub child: Child,
    /// The site's address, under its base path: `http://127.0.0.1:1234/coop-bulletin/`.
    pub url: String,
    /// `127.0.0.1:1234`.
    pub addr: String,
    /// The path the site is served under, with a trailing slash: `/` or `/coop-bulletin/`.
    pub base_path: String,
    /// Lines the server printed after the one with its address.
    pub output: mpsc::Receiver<String>,
}

impl Server {
    pub fn start(root: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_bulletin"))
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start bulletin serve");
        let (tx, rx) = mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        let deadline = Instant::now() + WAIT;
        let url = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx
                .recv_timeout(left)
                .expect("the server printed its address in time");
            if let Some(at) = line.find("http://") {
                break line[at..].split_whitespace().next().unwrap().to_string();
            }
        };
        let (addr, path) = url
            .trim_start_matches("http://")
            .split_once('/')
            .expect("the address ends with a path");
        let (addr, base_path) = (addr.to_string(), format!("/{path}"));
        Server {
            child,
            url,
            addr,
            base_path,
            output: rx,
        }
    }

    /// Sends a raw HTTP/1.1 request line (exactly as given, no client normalisation) and
    /// returns the status code and body.
    pub fn raw(&self, method: &str, target: &str) -> (u16, Vec<u8>) {
        self.raw_with_host(method, target, Some(&self.addr.clone()))
    }

    /// [`Server::raw`] with the `Host` header given (or none).
    pub fn raw_with_host(&self, method: &str, target: &str, host: Option<&str>) -> (u16, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        stream.set_read_timeout(Some(WAIT)).unwrap();
        let host = host.map(|h| format!("Host: {h}\r\n")).unwrap_or_default();
        write!(
            stream,
            "{method} {target} HTTP/1.1\r\n{host}Connection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let head_end = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a complete response head");
        let head = String::from_utf8_lossy(&response[..head_end]).to_string();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        (status, response[head_end + 4..].to_vec())
    }

    pub fn get(&self, path: &str) -> Response {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(WAIT))
            .build()
            .into();
        let mut response = agent
            .get(format!("{}{}", self.url, path.trim_start_matches('/')))
            .call()
            .unwrap();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
        };
        let content_type = header("content-type");
        let location = header("location");
        let cache_control = header("cache-control");
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_vec().unwrap();
        Response {
            status,
            content_type,
            location,
            cache_control,
            body,
        }
    }

    /// Connects to the event stream; events arrive on the returned channel as (name, data).
    pub fn events(&self) -> Events {
        let mut stream = TcpStream::connect(&self.addr).unwrap();
        write!(
            stream,
            "GET {}_bulletin/events HTTP/1.0\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
            self.base_path, self.addr
        )
        .unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let (mut name, mut data) = (String::new(), Vec::<String>::new());
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                // HTTP/1.0: the body is the plain stream until the server closes it.
                if let Some(n) = line.strip_prefix("event: ") {
                    name = n.to_string();
                } else if let Some(d) = line.strip_prefix("data: ") {
                    data.push(d.to_string());
                } else if line.strip_prefix("data:").is_some() {
                    data.push(String::new());
                } else if line.is_empty() && !name.is_empty() {
                    if tx
                        .send((std::mem::take(&mut name), data.join("\n")))
                        .is_err()
                    {
                        break;
                    }
                    data.clear();
                }
            }
        });
        Events(rx)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Response {
    pub status: u16,
    pub content_type: Option<String>,
    pub location: Option<String>,
    pub cache_control: Option<String>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The server's events as (name, data).
pub struct Events(pub mpsc::Receiver<(String, String)>);

impl Events {
    /// The next event, which must come within [`WAIT`].
    pub fn next(&self) -> (String, String) {
        self.0
            .recv_timeout(WAIT)
            .expect("an event from the server in time")
    }

    /// Waits for an event called `name`, skipping others; returns its data.
    pub fn wait_for(&self, name: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let (n, data) = self
                .0
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no `{name}` event within {WAIT:?}"));
            if n == name {
                return data;
            }
        }
    }
}
