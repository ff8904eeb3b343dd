//! `bulletin serve` in a real browser: headless Chromium driven over WebDriver (chromedriver,
//! Debian's `chromium` and `chromium-driver` packages, which `.ci/run` installs). A page is
//! opened, its Markdown edited on disk, and the test waits for the page to change by itself;
//! then a broken file shows the error overlay, the fix removes it, and a stylesheet edit swaps
//! the stylesheet without reloading the page; and the e-mail edition renders as a mail client
//! would show it.

mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use support::{Server, Site, WAIT};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// chromedriver on a free port, killed when dropped.
struct Driver {
    child: Child,
    url: String,
    _profile: tempfile::TempDir,
}

impl Driver {
    fn start() -> Driver {
        for program in [CHROMIUM, CHROMEDRIVER] {
            assert!(
                std::path::Path::new(program).exists(),
                "{program} is missing: install Debian's `chromium` and `chromium-driver` (as .ci/run does)"
            );
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + WAIT;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            child,
            url,
            _profile: tempfile::tempdir().unwrap(),
        }
    }

    async fn browser(&self) -> Client {
        let profile = self._profile.path().display().to_string();
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    format!("--user-data-dir={profile}"),
                ],
            }),
        );
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("a WebDriver session with headless Chromium")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Evaluates `script` in the page until it returns something truthy; returns that.
async fn wait_until(browser: &Client, what: &str, script: &str) -> Value {
    let deadline = Instant::now() + WAIT;
    loop {
        // A reload in progress makes a script fail; that is just "not yet".
        if let Ok(value) = browser.execute(script, vec![]).await
            && !matches!(value, Value::Null | Value::Bool(false))
            && value != json!("")
        {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edits_reload_the_open_page_and_errors_show_over_it() {
    edit_reload_and_overlay(&[]).await;
}

/// The same under a base path (a GitHub Pages project site), as the site will be hosted: the
/// reload script, its event stream, the overlay and the stylesheet swap work below the path,
/// and a link followed in the page stays below it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_preview_under_a_base_path_reloads_and_links_stay_under_it() {
    edit_reload_and_overlay(&["--base-url", "https://example.github.io/coop-bulletin/"]).await;
}

async fn edit_reload_and_overlay(serve_args: &[&str]) {
    let site = Site::copy("multilingual");
    site.write("static/style.css", "h1 { color: rgb(0, 0, 0); }\n");
    let server = Server::start(&site.root, serve_args);
    let driver = Driver::start();
    let browser = driver.browser().await;
    let article = "content/news/2024-01-15-kickoff.de.md";

    browser
        .goto(&format!("{}de/news/kickoff/", server.url))
        .await
        .unwrap();
    let h1 = browser.find(Locator::Css("h1")).await.unwrap();
    assert_eq!(h1.text().await.unwrap(), "Auftakttreffen");

    // An edit on disk shows in the open page without any action in the browser.
    site.edit(article, "Auftakttreffen", "Auftakttreffen in Wien");
    wait_until(
        &browser,
        "the edited title in the page",
        "const h = document.querySelector('h1'); return h && h.textContent === 'Auftakttreffen in Wien';",
    )
    .await;

    // A broken file: the overlay shows the error with file and line over the last good page.
    site.edit(article, "title = \"", "title = ");
    let overlay = wait_until(
        &browser,
        "the error overlay",
        "const o = document.getElementById('bulletin-overlay'); return o && o.textContent;",
    )
    .await;
    let overlay = overlay.as_str().unwrap();
    assert!(
        overlay.contains("content/news/2024-01-15-kickoff.de.md:2:"),
        "{overlay}"
    );
    assert!(overlay.contains("help:"), "{overlay}");
    let h1 = browser.find(Locator::Css("h1")).await.unwrap();
    assert_eq!(h1.text().await.unwrap(), "Auftakttreffen in Wien");

    // The fix removes the overlay by itself.
    site.edit(article, "title = ", "title = \"");
    wait_until(
        &browser,
        "the overlay to go",
        "return document.readyState === 'complete' && !document.getElementById('bulletin-overlay') && document.querySelector('h1') !== null;",
    )
    .await;

    // A stylesheet edit swaps the stylesheet; the page is not reloaded (the marker survives).
    browser
        .execute("window.bulletinMarker = 'still here'; return true;", vec![])
        .await
        .unwrap();
    site.write("static/style.css", "h1 { color: rgb(0, 128, 0); }\n");
    wait_until(
        &browser,
        "the new stylesheet to apply",
        "return getComputedStyle(document.querySelector('h1')).color === 'rgb(0, 128, 0)';",
    )
    .await;
    let marker = browser
        .execute("return window.bulletinMarker || null;", vec![])
        .await
        .unwrap();
    assert_eq!(marker, json!("still here"), "the page was not reloaded");

    // Following the site's own links (the events page of the main navigation) stays under
    // the path the site is served at, and the page found there has its stylesheet.
    browser
        .find(Locator::Css(".site-nav li:nth-child(2) a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let events_url = format!("{}de/events/", server.url);
    let here = wait_until(
        &browser,
        "the events page",
        &format!(
            "return location.href === '{events_url}' && document.readyState === 'complete' && document.styleSheets.length > 0 && location.href;"
        ),
    )
    .await;
    assert_eq!(here, json!(events_url));

    browser.close().await.unwrap();
}

/// The e-mail edition as a mail client with a browser engine shows it (Apple Mail, the
/// Outlook apps and Gmail's web client render HTML much like Chromium does): every article of
/// the issue is there, the preheader takes no room, and the column is 600 px wide on a wide
/// screen and shrinks with a phone's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_email_edition_renders_in_chromium() {
    let site = Site::with_newsletter("multilingual");
    let out = site.dir.path().join("public");
    let mut options = bulletin::BuildOptions::new(&site.root);
    options.output = Some(out.clone());
    bulletin::build(&options).unwrap_or_else(|f| panic!("{f}"));
    let driver = Driver::start();
    let browser = driver.browser().await;

    for (lang, titles) in [
        (
            "en",
            json!([
                "Photo of the meeting",
                "Cooperatives in figures",
                "Partner meeting",
                "Nur auf Deutsch",
                "Markdown features",
                "Kick-off meeting"
            ]),
        ),
        (
            "de",
            json!([
                "Foto vom Treffen",
                "Genossenschaften in Zahlen",
                "Partnertreffen",
                "Nur auf Deutsch",
                "Markdown features",
                "Auftakttreffen"
            ]),
        ),
    ] {
        let file = out.join(format!("newsletter/1/{lang}/email.html"));
        browser.set_window_size(1000, 900).await.unwrap();
        browser
            .goto(&format!("file://{}", file.display()))
            .await
            .unwrap();
        let shown = browser
            .execute(
                "return [...document.querySelectorAll('h2 a')].filter(a => a.getBoundingClientRect().height > 0).map(a => a.textContent);",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(shown, titles, "{lang}: the articles");
        let facts = browser
            .execute(
                r#"const column = document.querySelector('table[align="center"]');
                   const preheader = document.body.firstElementChild;
                   const button = [...document.querySelectorAll('a')].find(a => a.title.startsWith(arguments[0]));
                   return {
                     lang: document.documentElement.lang,
                     column: column.getBoundingClientRect().width,
                     preheader: preheader.getBoundingClientRect().height,
                     button: getComputedStyle(button).backgroundColor === 'rgba(0, 0, 0, 0)' && getComputedStyle(button.parentElement).backgroundColor,
                     stylesheets: document.styleSheets.length,
                   };"#,
                vec![json!(if lang == "en" { "Read more" } else { "Weiterlesen" })],
            )
            .await
            .unwrap();
        assert_eq!(facts["lang"], lang);
        assert_eq!(facts["column"], 600, "{lang}: {facts}");
        assert!(
            facts["preheader"].as_f64().unwrap() <= 2.0,
            "{lang}: {facts}"
        );
        assert_eq!(facts["button"], "rgb(10, 74, 158)", "{lang}: {facts}");
        assert_eq!(facts["stylesheets"], 0, "{lang}: only inline styles");

        // On a phone the column follows the screen.
        browser.set_window_size(360, 800).await.unwrap();
        let narrow = browser
            .execute(
                "return document.querySelector('table[align=\"center\"]').getBoundingClientRect().width;",
                vec![],
            )
            .await
            .unwrap();
        assert!(narrow.as_f64().unwrap() < 360.0, "{lang}: {narrow}");
    }
    browser.close().await.unwrap();
}

/// Issue 14: a compact header. On a 390 px phone the menu and the language switcher take at
/// most 120 px of height in every bundled language (the 27-language site, whose switcher has
/// 27 entries: both scroll sideways); at 1280 px title, menu and switcher share one row.
/// Its 54 page loads also keep the preview's fix honest: a left page closes its event
/// stream, else Chromium's six connections per host run out and every seventh page waits a
/// minute.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_header_stays_compact_in_every_language() {
    let site = Site::copy("eu-languages");
    let server = Server::start(&site.root, &[]);
    let driver = Driver::start();
    let browser = driver.browser().await;
    let languages: Vec<String> = site
        .read("bulletin.toml")
        .lines()
        .filter_map(|l| {
            l.strip_prefix("[languages.")?
                .strip_suffix(']')
                .map(str::to_string)
        })
        .filter(|code| !code.contains('.'))
        .collect();
    assert_eq!(languages.len(), 27);
    const MEASURE: &str = "const box = s => document.querySelector(s).getBoundingClientRect(); \
        const nav = box('.site-nav'), sw = box('.lang-switcher'), brand = box('.brand'); \
        return { width: window.innerWidth, height: Math.max(nav.bottom, sw.bottom) - Math.min(nav.top, sw.top), \
        one_row: Math.max(nav.top, sw.top, brand.top) < Math.min(nav.bottom, sw.bottom, brand.bottom), \
        overflow: document.documentElement.scrollWidth > window.innerWidth };";
    for (width, check_row) in [(390u32, false), (1280, true)] {
        browser.set_window_size(width, 900).await.unwrap();
        for lang in &languages {
            browser
                .goto(&format!("{}{lang}/", server.url))
                .await
                .unwrap();
            let m = browser.execute(MEASURE, vec![]).await.unwrap();
            assert_eq!(
                m["overflow"],
                json!(false),
                "{lang} at {width}px: the page scrolls sideways: {m}"
            );
            if check_row {
                assert_eq!(m["one_row"], json!(true), "{lang} at {width}px: {m}");
            } else {
                assert!(
                    m["height"].as_f64().unwrap() <= 120.0,
                    "{lang} at {width}px: {m}"
                );
            }
        }
    }
}

/// The search page in Chromium, as published under a path: results for words of the text of
/// the page's language only, nothing for words that are only in the menu or the footer, text
/// that looks like markup stays text; and after an edit in `serve`, the new words are found
/// once the index (made behind the reload) has them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_finds_the_text_of_a_language_and_follows_edits() {
    let site = Site::copy("multilingual");
    site.edit(
        "bulletin.toml",
        "[taxonomies]",
        "[search]\nenabled = true\n\n[taxonomies]",
    );
    site.edit(
        "content/news/2024-01-15-kickoff.de.md",
        "+++\n\n",
        "+++\n\nDie Notiz `<img src=x onerror=alert(1)>` bleibt Text.\n\n",
    );
    let server = Server::start(
        &site.root,
        &["--base-url", "https://example.org/coop-bulletin/"],
    );
    assert_eq!(server.base_path, "/coop-bulletin/");
    // The index is made behind the first build: until then the search page has nothing to ask.
    let deadline = Instant::now() + WAIT;
    while server.get("pagefind/pagefind.js").status != 200 {
        assert!(
            Instant::now() < deadline,
            "the preview never got its search index"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let driver = Driver::start();
    let browser = driver.browser().await;
    const RESULTS: &str = "const items = [...document.querySelectorAll('#search-results li')]; \
        return document.querySelector('#search-status').textContent.includes('„') \
        && !document.querySelector('#search-results').hasAttribute('aria-busy') && { \
        status: document.querySelector('#search-status').textContent, \
        links: items.map(li => li.querySelector('a').getAttribute('href')), \
        images: document.querySelectorAll('#search-results img').length, \
        marks: document.querySelectorAll('#search-results mark').length, \
        more: getComputedStyle(document.querySelector('#search-more')).display !== 'none' };";
    let search = |query: &str| format!("{}de/search/?q={query}", server.url);

    browser.goto(&search("Auftakttreffen")).await.unwrap();
    let found = wait_until(&browser, "results for Auftakttreffen", RESULTS).await;
    assert_eq!(
        found["links"],
        json!(["/coop-bulletin/de/news/kickoff/"]),
        "{found}"
    );
    assert!(found["marks"].as_u64().unwrap() >= 1, "{found}");
    assert_eq!(
        found["more"],
        json!(false),
        "all results are shown: {found}"
    );
    assert!(
        found["status"].as_str().unwrap().contains("Auftakttreffen"),
        "{found}"
    );

    // Markup in the text is text in the excerpt.
    browser.goto(&search("onerror")).await.unwrap();
    let found = wait_until(&browser, "results for onerror", RESULTS).await;
    assert_eq!(found["links"].as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found["images"], json!(0), "{found}");

    // Only the text is indexed: the footer's "Atom-Feed" is on every page, and found on none;
    // a Catalan article is not found from the German page.
    for query in ["Atom-Feed", "xifres"] {
        browser.goto(&search(query)).await.unwrap();
        let found = wait_until(&browser, query, RESULTS).await;
        assert_eq!(found["links"], json!([]), "{query}: {found}");
    }

    // An edit: the page reloads at once, and the index follows behind it.
    site.edit(
        "content/news/2024-01-15-kickoff.de.md",
        "bleibt Text.",
        "bleibt Text. Neu: Zauberwort.",
    );
    browser.goto(&search("Zauberwort")).await.unwrap();
    let deadline = Instant::now() + WAIT;
    loop {
        // The live reload of the edit may be under way: a refresh that meets it is just retried.
        let _ = browser.refresh().await;
        let found = wait_until(&browser, "results for Zauberwort", RESULTS).await;
        if found["links"] == json!(["/coop-bulletin/de/news/kickoff/"]) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the edit never reached the index: {found}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
