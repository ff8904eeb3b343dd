//! Issue 14, images: photos in page bundles and `static/` are prepared (upright, without
//! metadata, in several widths) and resolve wherever the article's text or summary appears,
//! under a base path; cover images make the share image, the feeds' image and the e-mail's.
//! The fixture `images` is hosted under `/project/` and has a phone photo stored sideways
//! with an EXIF orientation and a GPS position.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use bulletin::commands::check::check;
use bulletin::{BuildOptions, build};

fn build_site(site: &Path, out: &Path) -> bulletin::BuildReport {
    let mut options = BuildOptions::new(site);
    options.output = Some(out.to_path_buf());
    build(&options).unwrap_or_else(|f| panic!("build failed:\n{f}"))
}

fn html(out: &Path, page: &str) -> String {
    std::fs::read_to_string(out.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// Every `<img>` tag of `html`, as attribute maps.
fn images(html: &str) -> Vec<BTreeMap<String, String>> {
    let tag = regex::Regex::new(r"<img\s([^>]*)>").unwrap();
    let attr = regex::Regex::new(r#"([a-z-]+)="([^"]*)""#).unwrap();
    tag.captures_iter(html)
        .map(|c| {
            attr.captures_iter(&c[1])
                .map(|a| (a[1].to_string(), a[2].replace("&#x2F;", "/")))
                .collect()
        })
        .collect()
}

/// The output file an address under `/project/` names.
fn file_of(out: &Path, url: &str) -> std::path::PathBuf {
    let path = url
        .strip_prefix("https://example.org")
        .unwrap_or(url)
        .strip_prefix("/project/")
        .unwrap_or_else(|| panic!("`{url}` is not under the base path"));
    out.join(path)
}

/// Whether a JPEG carries an EXIF segment (APP1 starting with `Exif`).
fn has_exif(bytes: &[u8]) -> bool {
    bytes.windows(6).any(|w| w == b"Exif\0\0")
}

#[test]
fn photos_are_prepared_upright_without_metadata_in_several_widths() {
    let site = support::Site::copy("images");
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    let article = html(&out, "en/news/workshop/index.html");
    let imgs = images(&article);
    assert!(imgs.len() >= 4, "{imgs:#?}");
    for img in &imgs {
        assert!(img.contains_key("alt"), "{img:?}");
        let src = &img["src"];
        let file = file_of(&out, src);
        let decoded = image::open(&file).unwrap_or_else(|e| panic!("{src}: {e}"));
        let (w, h): (u32, u32) = (
            img["width"].parse().unwrap(),
            img["height"].parse().unwrap(),
        );
        assert_eq!((decoded.width(), decoded.height()), (w, h), "{src}");
        if src.ends_with(".jpg") {
            assert!(
                !has_exif(&std::fs::read(&file).unwrap()),
                "{src} keeps EXIF"
            );
        }
        // Every srcset candidate is as wide as it says.
        for candidate in img
            .get("srcset")
            .map(String::as_str)
            .unwrap_or("")
            .split(", ")
        {
            let Some((url, descriptor)) = candidate.split_once(' ') else {
                continue;
            };
            let width: u32 = descriptor.trim_end_matches('w').parse().unwrap();
            assert_eq!(
                image::open(file_of(&out, url)).unwrap().width(),
                width,
                "{url}"
            );
            assert!(width <= 1600, "{url}");
        }
        if img.contains_key("srcset") {
            assert!(img.contains_key("sizes"), "{img:?}");
        }
    }
    // The phone photo: stored 1600 × 1000 with orientation 6, published upright (portrait),
    // red in the top right corner, never wider than the original.
    let rotated = imgs
        .iter()
        .find(|i| i["src"].contains("rotated-gps"))
        .expect("the rotated photo");
    let upright = image::open(file_of(&out, &rotated["src"]))
        .unwrap()
        .to_rgb8();
    assert!(upright.height() > upright.width());
    let near = |x: u32, y: u32, rgb: [u8; 3]| {
        let p = upright.get_pixel(x, y).0;
        p.iter().zip(rgb).all(|(a, b)| a.abs_diff(b) < 40)
    };
    let (w, h) = (upright.width(), upright.height());
    assert!(
        near(w * 9 / 10, h / 10, [255, 0, 0]),
        "red is not top right"
    );
    assert!(
        near(w / 10, h * 9 / 10, [0, 0, 255]),
        "blue is not bottom left"
    );
    // It is a figure with its caption and credit; the first image loads at once, the
    // others lazily.
    assert!(
        article.contains("<figcaption>The workshop room <small class=\"credit\">© Ana Pérez, CC BY 4.0</small></figcaption></figure>"),
        "{article}"
    );
    assert!(!imgs[0].contains_key("loading"), "{:?}", imgs[0]);
    assert!(
        imgs[1..]
            .iter()
            .all(|i| i.get("loading").map(String::as_str) == Some("lazy"))
    );
    // A photo linked as a file of its bundle is published without its GPS position too.
    let copy = std::fs::read(out.join("en/news/workshop/rotated-gps.jpg")).unwrap();
    assert!(!has_exif(&copy));
    // The static logo resolves under the base path.
    assert!(
        imgs.iter()
            .any(|i| i["src"].starts_with("/project/images/partner-"))
    );
}

#[test]
fn summaries_and_feeds_show_bundle_images_that_resolve() {
    let site = support::Site::copy("images");
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    for page in [
        "en/index.html",
        "en/news/index.html",
        "en/tags/workshops/index.html",
        "de/index.html",
    ] {
        let imgs = images(&html(&out, page));
        assert!(imgs.len() >= 2, "{page}: {imgs:#?}");
        for img in imgs {
            assert!(file_of(&out, &img["src"]).is_file(), "{page}: {img:?}");
        }
    }
    // Feeds carry absolute addresses, the cover first.
    let feed: serde_json::Value = serde_json::from_str(&html(&out, "en/feed.json")).unwrap();
    let item = &feed["items"][0];
    let content = item["content_html"].as_str().unwrap();
    assert!(
        content.starts_with("<p><img src=\"https://example.org/project/images/wide-"),
        "{content}"
    );
    assert!(!content.contains("src=\"/"), "{content}");
    assert!(
        item["image"]
            .as_str()
            .unwrap()
            .contains("-share-1200x630.jpg")
    );
    let atom = html(&out, "en/atom.xml");
    assert!(
        atom.contains("src=&quot;https://example.org/project/images/"),
        "{atom}"
    );
}

#[test]
fn a_cover_image_is_the_share_image_and_is_listed() {
    let site = support::Site::copy("images");
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    let article = html(&out, "de/news/workshop/index.html");
    let meta = |property: &str| {
        let re = regex::Regex::new(&format!(
            r#"<meta (?:property|name)="{property}" content="([^"]*)">"#
        ))
        .unwrap();
        re.captures(&article).map(|c| c[1].replace("&#x2F;", "/"))
    };
    let share = meta("og:image").expect("og:image");
    assert!(
        share.starts_with("https://example.org/project/images/wide-"),
        "{share}"
    );
    let shared = image::open(file_of(&out, &share)).unwrap();
    assert_eq!((shared.width(), shared.height()), (1200, 630));
    assert_eq!(meta("og:image:width").as_deref(), Some("1200"));
    assert_eq!(meta("twitter:card").as_deref(), Some("summary_large_image"));
    assert_eq!(
        meta("og:image:alt").as_deref(),
        Some("Die Altstadt von Cáceres von einem Turm aus")
    );
    // On the article, with its credit, loaded at once; in lists, lazily.
    assert!(article.contains("<figure class=\"article__cover\">"));
    assert!(article.contains("<small class=\"credit\">© Bulletin test photos, CC0</small>"));
    let cover = images(&article).into_iter().next().unwrap();
    assert_eq!(cover.get("fetchpriority").map(String::as_str), Some("high"));
    let home = images(&html(&out, "de/index.html"));
    assert!(
        home.iter()
            .any(|i| i.get("class").map(String::as_str) == Some("cover")
                && i.get("loading").map(String::as_str) == Some("lazy"))
    );
    // JSON-LD names it.
    assert!(
        article.contains("\"image\":[{\"@type\":\"ImageObject\""),
        "{article}"
    );
}

#[test]
fn a_second_build_reuses_the_cache_and_the_cache_keeps_only_what_is_used() {
    let site = support::Site::copy("images");
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    let cache = site.root.join(".bulletin-cache/images");
    let entries = |dir: &Path| -> Vec<(String, std::time::SystemTime)> {
        let mut v: Vec<_> = walkdir::WalkDir::new(dir)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().display().to_string(),
                    e.metadata().unwrap().modified().unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let first = entries(&cache);
    assert!(!first.is_empty());
    let before = std::fs::read(out.join("en/news/workshop/index.html")).unwrap();
    build_site(&site.root, &out);
    assert_eq!(entries(&cache), first, "the second build made images again");
    assert_eq!(
        std::fs::read(out.join("en/news/workshop/index.html")).unwrap(),
        before
    );
    // The photo leaves the site: its cache entry goes with the next build.
    std::fs::remove_file(site.path("content/news/2026-01-10-workshop/rotated-gps.jpg")).unwrap();
    for lang in ["en", "de"] {
        let file = format!("content/news/2026-01-10-workshop/index.{lang}.md");
        let text = site.read(&file);
        let kept: Vec<&str> = text
            .lines()
            .filter(|l| !l.contains("rotated-gps.jpg"))
            .collect();
        site.write(&file, &kept.join("\n"));
    }
    build_site(&site.root, &out);
    let folders = std::fs::read_dir(&cache).unwrap().count();
    assert_eq!(folders, 2, "{:#?}", entries(&cache));
}

#[test]
fn image_mistakes_are_reported_at_their_line() {
    let site = support::Site::copy("images");
    let file = "content/news/2026-01-10-workshop/index.en.md";
    site.edit(file, "(wide.jpg)", "(Wide.JPG)");
    site.edit(file, "![Partner logo]", "![]");
    site.edit(
        file,
        "![Participants around the table]",
        "![rotated-gps.jpg]",
    );
    let failure = check(&site.root, false, None).expect_err("image mistakes");
    let all: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    let text = site.read(file);
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let expect = |needle: &str, wanted: &str| {
        let place = format!("{file}:{}:", line_of(needle));
        assert!(
            all.iter().any(|d| d.contains(&place) && d.contains(wanted)),
            "no `{wanted}` at {place}: {all:#?}"
        );
    };
    expect("(Wide.JPG)", "the image `Wide.JPG` does not exist");
    expect("(Wide.JPG)", "did you mean `wide.jpg`?");
    expect("![](/logos", "error: ");
    expect("![](/logos", "has no alternative text");
    expect("![rotated-gps.jpg]", "warning: ");
    expect("![rotated-gps.jpg]", "is its file name");
    assert_eq!(
        failure.diagnostics.iter().filter(|d| d.is_error()).count(),
        2,
        "{all:#?}"
    );
    // A decorative image is written ![""](…) and gets alt="".
    site.edit(file, "(Wide.JPG)", "(wide.jpg)");
    site.edit(file, "![]", "![\"\"]");
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    let imgs = images(&html(&out, "en/news/workshop/index.html"));
    assert!(
        imgs.iter()
            .any(|i| i["src"].contains("partner-") && i["alt"].is_empty())
    );
    // An image beside a plain article: how to make a bundle.
    site.write(
        "content/news/2026-02-01-plain.en.md",
        "+++\ntitle = \"Plain\"\n+++\n\n![A photo](photo.jpg)\n",
    );
    std::fs::copy(
        site.path("content/news/2026-01-10-workshop/wide.jpg"),
        site.path("content/news/photo.jpg"),
    )
    .unwrap();
    let failure = check(&site.root, false, None).expect_err("an image beside a plain article");
    let all: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        all.iter().any(|d| d.contains("content/news/2026-02-01-plain.en.md:5:1: the image `photo.jpg` lies beside a plain article")
            && d.contains("move `content/news/2026-02-01-plain.en.md` to `content/news/2026-02-01-plain/index.en.md`")),
        "{all:#?}"
    );
    // A cover that does not exist, at its line in the front matter.
    site.write("content/news/2026-02-01-plain.en.md", "+++\ntitle = \"Plain\"\n\n[image]\nsrc = \"/covers/missing.jpg\"\nalt = \"A cover\"\n+++\n\nText.\n");
    let failure = check(&site.root, false, None).expect_err("a missing cover");
    let all: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        all.iter()
            .any(|d| d.contains("content/news/2026-02-01-plain.en.md:5:")
                && d.contains("/covers/missing.jpg")),
        "{all:#?}"
    );
}

#[test]
fn the_email_shows_the_cover_at_the_column_width() {
    let site = support::Site::copy("images");
    site.write(
        "newsletter/1.toml",
        "number = 1\ndate = 2026-01-12\nsince = 2026-01-01\nlanguages = [\"en\", \"de\"]\narticles = [\"news/2026-01-10-workshop\"]\n",
    );
    let out = site.dir.path().join("public");
    build_site(&site.root, &out);
    let email = html(&out, "newsletter/1/en/email.html");
    let imgs = images(&email);
    let cover = &imgs[0];
    assert!(
        cover["src"].starts_with("https://example.org/project/images/wide-")
            && cover["src"].contains("-share-1200x630"),
        "{cover:?}"
    );
    assert_eq!(cover["width"], "552");
    for img in &imgs {
        // Shown in proportion without `height` (an attribute that stretches an image on a
        // phone, or CSS `height: auto`, which Yahoo Mail drops).
        assert!(!img.contains_key("height"), "{img:?}");
        assert!(
            !img.get("style").is_some_and(|s| s.contains("height")),
            "{img:?}"
        );
        assert!(img["src"].starts_with("https://"), "{img:?}");
        assert!(
            !img.contains_key("srcset") && !img.contains_key("loading"),
            "{img:?}"
        );
        let w: u32 = img["width"].parse().unwrap();
        assert!(w <= 552, "{img:?}");
    }
}

/// A photo of `static/` that no page shows (a download, a press photo linked by hand) is
/// published upright and without its GPS position too, under its own name; other files of
/// `static/` are copied as they are.
#[test]
fn photos_in_static_are_published_without_metadata() {
    let site = support::Site::copy("images");
    let photo = site.path("content/news/2026-01-10-workshop/rotated-gps.jpg");
    std::fs::create_dir_all(site.path("static/press")).unwrap();
    std::fs::copy(&photo, site.path("static/press/team.JPG")).unwrap();
    site.write("static/press/notes.txt", "as written\n");
    let out = site.path("out");
    build_site(&site.root, &out);
    let published = std::fs::read(out.join("press/team.JPG")).unwrap();
    assert!(
        has_exif(&std::fs::read(&photo).unwrap()),
        "the source has EXIF"
    );
    assert!(!has_exif(&published), "GPS and the rest of EXIF are gone");
    let upright = image::load_from_memory(&published).unwrap();
    let source = image::load_from_memory(&std::fs::read(&photo).unwrap()).unwrap();
    assert_eq!(
        (upright.width(), upright.height()),
        (source.height(), source.width()),
        "the EXIF orientation (a quarter turn) is applied to the pixels"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("press/notes.txt")).unwrap(),
        "as written\n"
    );
}
