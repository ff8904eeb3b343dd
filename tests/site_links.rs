//! Every link of a built site works where the site is hosted, whether that is the root of a
//! domain (`https://news.example.org/`) or a folder of one (GitHub Pages:
//! `https://example.github.io/coop-bulletin/`). The built output is crawled the way a browser
//! meets it on a static host: each `.html` file is the page at the base URL plus its path, each
//! URL it uses (`href`, `src`, `srcset`, `poster`, `form[action]`, the target of a
//! `<meta http-equiv="refresh">`, absolute URLs in `<meta content>`) is resolved against that
//! page (or its `<base href>`), and a URL of the site's host must stay under the base path, name a
//! file of the output (a folder meaning its `index.html`) and, with `#id`, an element of that
//! page. Other hosts and schemes are not followed. The crawler mirrors the examiner's
//! `check_site_links.py --fragments`; the last test shows it finds what it should.

mod support;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::process::Command;

use lol_html::{HtmlRewriter, Settings, element};
use percent_encoding::percent_decode_str;
use url::Url;

use support::Site;

/// GitHub Pages of a project: the site lives in a folder of the domain.
const UNDER_A_PATH: &str = "https://example.github.io/coop-bulletin/";
/// A domain of its own.
const AT_THE_ROOT: &str = "https://news.example.org/";

/// How many broken links an assertion message lists.
const SHOWN: usize = 30;

/// What the crawl of an output folder found.
struct Crawl {
    pages: usize,
    /// URLs of the site's host that were checked, counted at each use.
    links: usize,
    /// The broken ones, most used first.
    broken: Vec<Broken>,
}

/// A URL of the site that leads nowhere, and the pages using it (once per use).
#[derive(Debug)]
struct Broken {
    /// Resolved against the page (or its `<base href>`).
    url: String,
    /// As the first page using it wrote it.
    written: String,
    why: Why,
    pages: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Why {
    /// On the site's host, but not under its base path: it leaves the site.
    OutsideTheSite,
    /// No such file (nor folder with an index.html) in the output.
    NoSuchFile,
    /// The page exists, but has no element with that `id` (nor `<a name>`).
    NoSuchFragment,
}

impl Crawl {
    fn broken_uses(&self) -> usize {
        self.broken.iter().map(|b| b.pages.len()).sum()
    }

    fn summary(&self) -> String {
        format!(
            "links={} broken={} distinct_broken={} pages={}",
            self.links,
            self.broken_uses(),
            self.broken.len(),
            self.pages
        )
    }

    fn assert_no_broken_link(&self, what: &str) {
        if self.broken.is_empty() {
            return;
        }
        let mut message = format!("{what}: broken links ({})\n", self.summary());
        for b in self.broken.iter().take(SHOWN) {
            let mut pages: Vec<&str> = b.pages.iter().map(String::as_str).collect();
            pages.dedup();
            message += &format!(
                "  {:?}: {} (written `{}`), {} use(s) on {} page(s), e.g. {}\n",
                b.why,
                b.url,
                b.written,
                b.pages.len(),
                pages.len(),
                pages[..pages.len().min(3)].join(", ")
            );
        }
        if self.broken.len() > SHOWN {
            message += &format!("  … and {} more\n", self.broken.len() - SHOWN);
        }
        panic!("{message}");
    }
}

/// The URLs one HTML page uses, as written, and the fragment targets it offers.
#[derive(Default)]
struct Page {
    /// The first `<base href>`, which every other URL of the page is resolved against.
    base: Option<String>,
    urls: Vec<String>,
    ids: HashSet<String>,
}

fn scan(html: &[u8]) -> Page {
    let page = RefCell::new(Page::default());
    let mut rewriter = HtmlRewriter::new(
        Settings::new().append_element_content_handler(element!("*", |el| {
            let tag = el.tag_name();
            let mut page = page.borrow_mut();
            let (mut content, mut refresh) = (None, false);
            for attribute in el.attributes() {
                let (name, value) = (attribute.name(), unescape(&attribute.value()));
                match (tag.as_str(), name.as_str()) {
                    (_, "id") | ("a", "name") => {
                        page.ids.insert(value);
                    }
                    ("base", "href") => {
                        page.base.get_or_insert(value);
                    }
                    (_, "href" | "src" | "poster") | ("form", "action") => page.urls.push(value),
                    (_, "srcset") => page.urls.extend(
                        value
                            .split(',')
                            .filter_map(|candidate| candidate.split_whitespace().next())
                            .map(str::to_string),
                    ),
                    ("meta", "content") => content = Some(value),
                    ("meta", "http-equiv") => refresh = value.eq_ignore_ascii_case("refresh"),
                    _ => {}
                }
            }
            if let Some(content) = content {
                if refresh {
                    page.urls.extend(refresh_target(&content));
                } else if content.starts_with('/') || is_absolute_http(&content) {
                    // og:url, og:image and the like.
                    page.urls.push(content);
                }
            }
            Ok(())
        })),
        |_: &[u8]| {},
    );
    rewriter
        .write(html)
        .and_then(|()| rewriter.end())
        .expect("lol_html reads the page");
    page.into_inner()
}

/// `0; url=../en/` → `../en/`.
fn refresh_target(content: &str) -> Option<String> {
    let (_, rest) = content.split_once([';', ','])?;
    let rest = rest.trim_start();
    let rest = rest
        .get(..3)
        .filter(|u| u.eq_ignore_ascii_case("url"))
        .map_or(rest, |_| rest[3..].trim_start());
    let target = rest.strip_prefix('=').unwrap_or(rest).trim();
    let target = target.trim_matches(|c| c == '\'' || c == '"');
    Some(target.to_string())
}

fn is_absolute_http(s: &str) -> bool {
    Url::parse(s).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
}

/// Character references in an attribute value, as a browser reads them (the ones a generator
/// writes: `&amp;` and friends, numeric ones).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest[1..]
            .find(';')
            .filter(|&end| end <= 10)
            .and_then(|end| {
                let name = &rest[1..=end];
                let c = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => match name.strip_prefix('#') {
                        Some(n) => match n.strip_prefix(['x', 'X']) {
                            Some(hex) => u32::from_str_radix(hex, 16).ok(),
                            None => n.parse().ok(),
                        }
                        .and_then(char::from_u32),
                        None => None,
                    },
                }?;
                Some((c, end + 2))
            });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out + rest
}

/// The file of the output a path under the base path names, the way a static host serves it:
/// `dir/` → `dir/index.html`; `x` → `x`, else `x/index.html`.
fn file_of(dir: &Path, rel: &str) -> Option<String> {
    if rel.split('/').any(|segment| segment == "..") {
        return None;
    }
    let candidates = if rel.is_empty() || rel.ends_with('/') {
        vec![format!("{rel}index.html")]
    } else {
        vec![rel.to_string(), format!("{rel}/index.html")]
    };
    candidates.into_iter().find(|c| dir.join(c).is_file())
}

/// Crawls the output folder `dir` as hosted at `base_url`; with `fragments`, `#id`s pointing into
/// a page must exist in it (an empty `#` is not checked; `#top` needs an element `top`, as in
/// the examiner's tool).
fn crawl(dir: &Path, base_url: &str, fragments: bool) -> Crawl {
    let base = Url::parse(&format!("{}/", base_url.trim_end_matches('/'))).unwrap();
    let base_path = base.path().to_string();

    let mut pages: BTreeMap<String, Page> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "html") {
            let rel = entry.path().strip_prefix(dir).unwrap();
            let rel = rel
                .to_str()
                .unwrap()
                .replace(std::path::MAIN_SEPARATOR, "/");
            pages.insert(rel, scan(&std::fs::read(entry.path()).unwrap()));
        }
    }

    let mut links = 0;
    let mut broken: HashMap<(String, Why), Broken> = HashMap::new();
    for (rel, page) in &pages {
        // `de/news/x/index.html` is served at `de/news/x/`.
        let at = rel
            .strip_suffix("index.html")
            .filter(|folder| folder.is_empty() || folder.ends_with('/'))
            .unwrap_or(rel);
        let at = at
            .replace('%', "%25")
            .replace('#', "%23")
            .replace('?', "%3F");
        let page_url = base.join(&at).unwrap();
        // The base element is itself a URL of the page, resolved against the document.
        let document_base = page.base.as_deref().and_then(|b| page_url.join(b).ok());
        let uses = page.base.iter().map(|b| (&page_url, b)).chain(
            page.urls
                .iter()
                .map(|u| (document_base.as_ref().unwrap_or(&page_url), u)),
        );
        for (against, written) in uses {
            // Placeholders of the mailing tool in the e-mail edition ({{ UnsubscribeURL }}).
            if written.contains("{{") || written.contains("{%") {
                continue;
            }
            let Ok(url) = against.join(written.trim()) else {
                continue;
            };
            if !matches!(url.scheme(), "http" | "https")
                || url.host_str() != base.host_str()
                || url.port() != base.port()
            {
                continue; // another site, mailto:, tel:, data:, javascript:, webcal:
            }
            links += 1;
            let path = percent_decode_str(url.path()).decode_utf8_lossy();
            let why = match path.strip_prefix(&base_path) {
                None => Some(Why::OutsideTheSite),
                Some(rel) => match file_of(dir, rel) {
                    None => Some(Why::NoSuchFile),
                    Some(file) => {
                        let fragment = url
                            .fragment()
                            .filter(|f| fragments && !f.is_empty())
                            .map(|f| percent_decode_str(f).decode_utf8_lossy());
                        match (fragment, pages.get(&file)) {
                            (Some(id), Some(target)) if !target.ids.contains(id.as_ref()) => {
                                Some(Why::NoSuchFragment)
                            }
                            _ => None,
                        }
                    }
                },
            };
            if let Some(why) = why {
                broken
                    .entry((url.to_string(), why))
                    .or_insert_with(|| Broken {
                        url: url.to_string(),
                        written: written.clone(),
                        why,
                        pages: Vec::new(),
                    })
                    .pages
                    .push(rel.clone());
            }
        }
    }
    let mut broken: Vec<Broken> = broken.into_values().collect();
    broken.sort_by(|a, b| (b.pages.len(), a.why, &a.url).cmp(&(a.pages.len(), b.why, &b.url)));
    Crawl {
        pages: pages.len(),
        links,
        broken,
    }
}

/// `bulletin build --root ROOT --output OUT --base-url URL`, which must succeed.
fn build(root: &Path, out: &Path, base_url: &str) {
    let output = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--output")
        .arg(out)
        .args(["--base-url", base_url])
        .output()
        .expect("run bulletin build");
    assert!(
        output.status.success(),
        "bulletin build --base-url {base_url} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The multilingual fixture with a recorded newsletter issue, built for `base_url` and crawled.
fn crawl_multilingual_fixture(base_url: &str) -> Crawl {
    let site = Site::with_newsletter("multilingual");
    let out = site.dir.path().join("public");
    build(&site.root, &out, base_url);
    crawl(&out, base_url, true)
}

/// The example site of this repository (bulletin.toml, content/, newsletter/ at its root), built
/// into a temporary folder for `base_url` and crawled.
fn crawl_example_site(base_url: &str) -> Crawl {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build(Path::new(env!("CARGO_MANIFEST_DIR")), &out, base_url);
    crawl(&out, base_url, true)
}

#[test]
fn a_site_under_a_path_has_no_broken_link() {
    let crawl = crawl_multilingual_fixture(UNDER_A_PATH);
    crawl.assert_no_broken_link(&format!("the multilingual fixture at {UNDER_A_PATH}"));
    assert!(
        crawl.links > 1000,
        "too few links checked: {}",
        crawl.summary()
    );
}

#[test]
fn a_site_at_the_domain_root_has_no_broken_link() {
    let crawl = crawl_multilingual_fixture(AT_THE_ROOT);
    crawl.assert_no_broken_link(&format!("the multilingual fixture at {AT_THE_ROOT}"));
    assert!(
        crawl.links > 1000,
        "too few links checked: {}",
        crawl.summary()
    );
}

#[test]
fn the_example_site_under_a_path_has_no_broken_link() {
    let crawl = crawl_example_site(UNDER_A_PATH);
    crawl.assert_no_broken_link(&format!("the example site at {UNDER_A_PATH}"));
    assert!(
        crawl.links > 2000,
        "too few links checked: {}",
        crawl.summary()
    );
}

#[test]
fn the_example_site_at_the_domain_root_has_no_broken_link() {
    let crawl = crawl_example_site(AT_THE_ROOT);
    crawl.assert_no_broken_link(&format!("the example site at {AT_THE_ROOT}"));
    assert!(
        crawl.links > 2000,
        "too few links checked: {}",
        crawl.summary()
    );
}

#[test]
fn the_crawler_finds_what_it_should() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path();
    let write = |rel: &str, text: &str| {
        let path = out.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "index.html",
        r##"<!DOCTYPE html><html><head>
<link rel="stylesheet" href="style.css">
<meta property="og:image" content="https://example.github.io/coop-bulletin/og-missing.png">
<meta property="og:url" content="https://example.github.io/coop-bulletin/">
<meta name="description" content="Not a URL">
</head><body>
<a href="de/">good folder</a> <a href="de">good folder without its slash</a>
<a href="de/news/x/#intro">good fragment</a> <a href="#here">good name anchor</a>
<a href="#">an empty fragment</a> <a href="?page=2&amp;x=1">a query</a>
<a href="files/a%20b.pdf">a file with a space</a>
<a href="/de/">outside the base path</a>
<a href="missing.html">no such file</a>
<a href="de/news/x/#nope">no such fragment</a> <a href="#top">no element top</a>
<a href="https://example.github.io/other/">another project on the host</a>
<a href="https://elsewhere.example/nothing/">another host</a>
<a href="mailto:x@example.org">mail</a> <a href="tel:+341234">phone</a>
<a href="javascript:void(0)">script</a> <a href="webcal://example.github.io/x.ics">calendar</a>
<a href="{{ UnsubscribeURL }}">placeholder of the mailing tool</a>
<a name="here"></a>
<img src="img/a.png" srcset="img/a.png 1x, img/missing.png 2x" alt="">
<picture><source srcset="img/a.png 600w,img/gone.webp 1200w"><img src="data:image/png;base64,AA" alt=""></picture>
<video src="media/v.mp4" poster="media/poster-missing.jpg"></video>
<form action="search/"></form>
<script src="app.js"></script>
</body></html>"##,
    );
    write(
        "de/index.html",
        r#"<html><body id="de"><a href="../">up</a><a href="news/x/">down</a></body></html>"#,
    );
    write(
        "de/news/x/index.html",
        r##"<html><body><h2 id="intro">Intro</h2><a href="../../../index.html#here">back</a></body></html>"##,
    );
    // Redirects: a good one and one to a page that is gone.
    write(
        "old/index.html",
        r#"<html><head><meta http-equiv="refresh" content="0; url=../de/"></head></html>"#,
    );
    write(
        "older/index.html",
        r#"<html><head><meta http-equiv="Refresh" content="0;URL='../gone/'"></head></html>"#,
    );
    // Relative URLs resolve against <base href>: without it, news/x/ would be missing here.
    write(
        "based/page.html",
        r#"<html><head><base href="/coop-bulletin/de/"></head><body><a href="news/x/">x</a></body></html>"#,
    );
    write("style.css", "");
    write("app.js", "");
    write("img/a.png", "");
    write("media/v.mp4", "");
    write("files/a b.pdf", "");

    let crawl = crawl(out, UNDER_A_PATH, true);
    let found: Vec<(Why, &str)> = {
        let mut found: Vec<_> = crawl
            .broken
            .iter()
            .map(|b| (b.why, b.url.as_str()))
            .collect();
        found.sort();
        found
    };
    let site = |rel: &str| format!("{UNDER_A_PATH}{rel}");
    let mut expected = vec![
        (
            Why::OutsideTheSite,
            "https://example.github.io/de/".to_string(),
        ),
        (
            Why::OutsideTheSite,
            "https://example.github.io/other/".to_string(),
        ),
        (Why::NoSuchFile, site("missing.html")),
        (Why::NoSuchFile, site("og-missing.png")),
        (Why::NoSuchFile, site("img/missing.png")),
        (Why::NoSuchFile, site("img/gone.webp")),
        (Why::NoSuchFile, site("media/poster-missing.jpg")),
        (Why::NoSuchFile, site("search/")),
        (Why::NoSuchFile, site("gone/")),
        (Why::NoSuchFragment, site("de/news/x/#nope")),
        (Why::NoSuchFragment, site("#top")),
    ];
    expected.sort();
    let expected: Vec<(Why, &str)> = expected.iter().map(|(w, u)| (*w, u.as_str())).collect();
    assert_eq!(found, expected, "{}", crawl.summary());
    let older = crawl.broken.iter().find(|b| b.url.ends_with("gone/"));
    assert_eq!(older.unwrap().pages, ["older/index.html"]);

    // Uses of the site's host: 24 on index.html (the description, other hosts and schemes, the
    // placeholder and the data: image are not), 2 + 1 below, 1 per redirect, base + 1.
    assert_eq!(crawl.links, 24 + 2 + 1 + 1 + 1 + 2, "{}", crawl.summary());
    assert_eq!(crawl.pages, 6);

    // Without fragments, only the files count.
    let files_only = self::crawl(out, UNDER_A_PATH, false);
    assert!(
        files_only
            .broken
            .iter()
            .all(|b| b.why != Why::NoSuchFragment),
        "{:?}",
        files_only.broken
    );
    assert_eq!(files_only.broken.len(), expected.len() - 2);

    // At the root of a domain, /de/ is a page of the site.
    let at_the_root = self::crawl(out, "https://example.github.io", true);
    assert!(
        at_the_root
            .broken
            .iter()
            .all(|b| b.url != "https://example.github.io/de/"),
        "{:?}",
        at_the_root.broken
    );
}
