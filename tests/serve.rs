//! `bulletin serve` for real: the binary on an ephemeral port of 127.0.0.1, fetched over HTTP,
//! with files edited on disk while it runs.

mod support;

use support::{Server, Site};

#[test]
fn serves_pages_with_their_types_folders_and_the_sites_404() {
    let site = Site::copy("multilingual");
    let server = Server::start(&site.root, &[]);

    let home = server.get("/en/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.cache_control.as_deref(), Some("no-cache"));
    let html = home.text();
    assert!(html.contains("<html lang=\"en\""));
    assert!(
        html.contains("<script src=\"/_bulletin/live.js?v=")
            && html.contains("data-bulletin-version=\"0\"></script></body>"),
        "the reload script is injected before </body>"
    );
    // Links point at the preview, not at the published site.
    assert!(html.contains(&format!("href=\"{}en/", server.url)));
    assert!(!html.contains("https://example.org"));

    let folder = server.get("/en");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.location.as_deref(), Some("/en/"));

    let feed = server.get("/en/atom.xml");
    assert_eq!(feed.status, 200);
    assert_eq!(
        feed.content_type.as_deref(),
        Some("application/atom+xml; charset=utf-8")
    );
    assert_eq!(
        server.get("/sitemap.xml").content_type.as_deref(),
        Some("application/xml; charset=utf-8")
    );
    assert!(server.get("/en/news/").text().contains("href=\"/style."));
    let photo = server.get("/en/news/bundle/photo.png");
    assert_eq!(photo.status, 200, "page-bundle assets are served");
    assert_eq!(photo.content_type.as_deref(), Some("image/png"));

    let missing = server.get("/en/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("<h1"),
        "the site's own 404 page is served"
    );
    // Below a language's folder, that language's 404 page (issue 14).
    let missing = server.get("/de/keine-seite/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.text().contains("<html lang=\"de\"")
            && missing.text().contains("Seite nicht gefunden"),
        "{}",
        missing.text()
    );

    // HEAD: the headers of GET without a body.
    let (status, body) = server.raw("HEAD", "/en/");
    assert_eq!(status, 200);
    assert!(body.is_empty());
}

#[test]
fn requests_cannot_leave_the_site() {
    let site = Site::copy("multilingual");
    std::fs::write(site.dir.path().join("secret.txt"), "TOP SECRET").unwrap();
    // A symlink inside the site's static folder that points outside the site.
    std::fs::create_dir_all(site.path("static")).unwrap();
    std::os::unix::fs::symlink(
        site.dir.path().join("secret.txt"),
        site.path("static/leak.txt"),
    )
    .unwrap();
    let server = Server::start(&site.root, &[]);
    for target in [
        "/../secret.txt",
        "/en/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/..%5csecret.txt",
        "/en/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/./bulletin.toml",
        "/bulletin.toml",
        "/content/news/2024-01-15-kickoff.en.md",
        "//etc/passwd",
        "/leak.txt",
        "/%00",
        "/%ff",
        "http://localhost/../secret.txt",
    ] {
        let (status, body) = server.raw("GET", target);
        assert!(status == 404 || status == 400, "{target} answered {status}");
        let body = String::from_utf8_lossy(&body);
        assert!(!body.contains("TOP SECRET"), "{target} leaked a file");
        assert!(!body.contains("base_url"), "{target} leaked the config");
        assert!(!body.contains("root:"), "{target} leaked /etc/passwd");
    }
}

#[test]
fn an_edit_reloads_a_broken_file_shows_its_error_and_the_fix_removes_it() {
    let site = Site::copy("multilingual");
    let server = Server::start(&site.root, &[]);
    let events = server.events();
    assert_eq!(events.next(), ("hello".into(), "0".into()));
    let article = "content/news/2024-01-15-kickoff.de.md";
    let url = "/de/news/kickoff/";
    assert!(server.get(url).text().contains("Auftakttreffen"));

    site.edit(article, "Auftakttreffen", "Projektauftakt in Wien");
    events.wait_for("reload");
    let page = server.get(url).text();
    assert!(page.contains("Projektauftakt in Wien"));
    assert!(page.contains("data-bulletin-version=\"1\""));

    // Break the front matter: the last good page stays, the error is announced with its place.
    site.edit(article, "title = \"", "title = ");
    let error = events.wait_for("failed");
    assert!(
        error.contains("content/news/2024-01-15-kickoff.de.md:2:"),
        "the error names the file and line: {error}"
    );
    assert!(
        error.contains("help:"),
        "the error says what to do: {error}"
    );
    assert!(server.get(url).text().contains("Projektauftakt in Wien"));
    // A page opened now learns about the failure as soon as it connects.
    let late = server.events();
    assert_eq!(late.next().0, "failed");

    site.edit(article, "title = ", "title = \"");
    events.wait_for("reload");
    assert!(server.get(url).text().contains("Projektauftakt in Wien"));
    assert_eq!(late.next().0, "reload");
}

#[test]
fn a_stylesheet_change_swaps_styles_and_the_page_links_the_new_file() {
    let site = Site::copy("multilingual");
    site.write("static/style.css", "body { color: black; }\n");
    let server = Server::start(&site.root, &[]);
    let events = server.events();
    events.wait_for("hello");
    let before = server.get("/en/").text();
    site.write("static/style.css", "body { color: navy; }\n");
    events.wait_for("css");
    let after = server.get("/en/").text();
    assert_ne!(before, after);
    let href = after
        .split("href=\"/style.")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a fingerprinted stylesheet link");
    let css = server.get(&format!("/style.{href}"));
    assert_eq!(css.content_type.as_deref(), Some("text/css; charset=utf-8"));
    assert_eq!(css.text(), "body { color: navy; }\n");
}

#[test]
fn a_busy_port_moves_to_the_next_and_sigint_stops_the_server() {
    let site = Site::copy("multilingual");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(&site.root)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take().unwrap()));
    let mut seen = Vec::new();
    let url = loop {
        let line = lines.next().expect("output").unwrap();
        seen.push(line.clone());
        if let Some(at) = line.find("http://") {
            break line[at..].split_whitespace().next().unwrap().to_string();
        }
    };
    assert!(
        seen.iter()
            .any(|l| l.contains(&format!("Port {port} is in use"))),
        "{seen:?}"
    );
    assert_ne!(url, format!("http://127.0.0.1:{port}/"));
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let deadline = std::time::Instant::now() + support::WAIT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running after SIGINT"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.success(), "clean exit on Ctrl-C: {status}");
    assert!(
        !site.path("public").exists(),
        "serve never writes the site's public/ folder"
    );
    drop(taken);
}

/// A site published under a path (a GitHub Pages project site) is previewed under that path,
/// so that what works in the preview works on the host: `/` leads there, the pages, the reload
/// script, the event stream and the translations page live below it, and nothing answers
/// outside it.
#[test]
fn a_site_under_a_base_path_is_served_under_that_path() {
    let site = Site::copy("multilingual");
    let server = Server::start(
        &site.root,
        &["--base-url", "https://example.github.io/coop-bulletin/"],
    );
    assert_eq!(server.base_path, "/coop-bulletin/");
    assert!(server.url.ends_with("/coop-bulletin/"), "{}", server.url);

    let (status, _) = server.raw("GET", "/");
    assert_eq!(status, 302);
    let root = server.get("");
    assert_eq!(root.status, 200, "the language chooser");
    let home = server.get("en/");
    assert_eq!(home.status, 200);
    let html = home.text();
    assert!(
        html.contains("<script src=\"/coop-bulletin/_bulletin/live.js?v="),
        "the reload script is below the base path"
    );
    assert!(html.contains("href=\"/coop-bulletin/en/news/"), "{html}");
    assert!(html.contains("href=\"/coop-bulletin/style."), "{html}");
    assert!(html.contains(&format!("href=\"{}en/", server.url)));
    assert!(
        !html.contains("href=\"/en/"),
        "no link leaves the base path"
    );

    let folder = server.get("en");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.location.as_deref(), Some("/coop-bulletin/en/"));
    assert_eq!(server.get("_bulletin/translations").status, 200);
    assert_eq!(server.raw("GET", "/en/").0, 404, "nothing outside the path");
    assert_eq!(server.raw("GET", "/coop-bulletinx/en/").0, 404);
    assert_eq!(server.raw("GET", "/coop-bulletin/../en/").0, 404);
    assert_eq!(server.raw("GET", "/coop-bulletin/%2e%2e/en/").0, 404);
    assert_eq!(server.raw("GET", "/coop-bulletin//en/").0, 404);
    assert_eq!(
        server.raw("GET", "/coop-bulletin").0,
        301,
        "to the path with its slash"
    );

    // The event stream below the path announces rebuilds.
    let events = server.events();
    assert_eq!(events.next().0, "hello");
    site.edit(
        "content/news/2024-01-15-kickoff.en.md",
        "Kick-off meeting",
        "Kick-off meeting in Vienna",
    );
    events.wait_for("reload");
    assert!(
        server
            .get("en/news/kickoff/")
            .text()
            .contains("Kick-off meeting in Vienna")
    );
}

/// DNS rebinding: a page of another site that points its own name at 127.0.0.1 must not read
/// the preview (drafts included). Only localhost names, loopback addresses and the `--bind`
/// address are answered.
#[test]
fn a_host_header_naming_another_site_is_refused() {
    let site = Site::copy("multilingual");
    let server = Server::start(&site.root, &[]);
    let port = server.addr.rsplit(':').next().unwrap().to_string();
    for host in [
        format!("attacker.example:{port}"),
        "attacker.example".to_string(),
        String::new(),
        format!("127.0.0.1.attacker.example:{port}"),
    ] {
        let (status, body) = server.raw_with_host("GET", "/en/", Some(&host));
        assert_eq!(status, 421, "Host: {host:?}");
        assert!(
            !String::from_utf8_lossy(&body).contains("<html"),
            "{host:?}"
        );
    }
    assert_eq!(server.raw_with_host("GET", "/en/", None).0, 421, "no Host");
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        "localhost".into(),
    ] {
        assert_eq!(
            server.raw_with_host("GET", "/en/", Some(&host)).0,
            200,
            "{host}"
        );
    }
}

/// A client that opens connections and sends its headers slowly (or never) is disconnected
/// after the header timeout, and other clients are served meanwhile.
#[test]
fn slow_header_senders_are_disconnected_and_others_are_served() {
    use std::io::{Read, Write};
    let site = Site::copy("multilingual");
    let server = Server::start(&site.root, &[]);
    let started = std::time::Instant::now();
    let mut slow: Vec<std::net::TcpStream> = (0..20)
        .map(|_| {
            let mut s = std::net::TcpStream::connect(&server.addr).unwrap();
            s.write_all(b"GET /en/ HTTP/1.1\r\nHost: local").unwrap();
            s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
                .unwrap();
            s
        })
        .collect();
    assert_eq!(
        server.raw("GET", "/en/").0,
        200,
        "served beside slow clients"
    );
    for s in &mut slow {
        let mut rest = Vec::new();
        // The server closes the connection (perhaps after a 408): the read ends, not times out.
        let _ = s.read_to_end(&mut rest);
        let text = String::from_utf8_lossy(&rest);
        assert!(
            rest.is_empty() || text.starts_with("HTTP/1.1 408"),
            "{text}"
        );
    }
    let waited = started.elapsed();
    assert!(
        waited < std::time::Duration::from_secs(25),
        "slow senders were dropped after {waited:?}"
    );
}
