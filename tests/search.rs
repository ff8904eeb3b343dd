//! Issue 14, search: with `[search] enabled = true` a build makes a Pagefind index with one
//! index per `<html lang>`, made of the articles' and standalone pages' own text, and a search
//! page per language whose script texts come from the catalogs in every plural form. The
//! search itself, in Chromium and after edits in `serve`, is in tests/browser.rs.

mod support;

use std::collections::BTreeMap;

use bulletin::{BuildOptions, build_in_memory};
use serde_json::Value;

fn with_search(name: &str) -> support::Site {
    let site = support::Site::copy(name);
    let config = site.read("bulletin.toml");
    if !config.contains("[search]") {
        site.write(
            "bulletin.toml",
            &format!("{config}\n[search]\nenabled = true\n"),
        );
    }
    site
}

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} was not built"))
            .clone(),
    )
    .unwrap()
}

/// An attribute of the search page's script tag, unescaped.
fn script_data(html: &str, name: &str) -> String {
    let re = regex::Regex::new(&format!(
        r#"<script type="module"[^>]* data-{name}="([^"]*)""#
    ))
    .unwrap();
    let raw = &re
        .captures(html)
        .unwrap_or_else(|| panic!("no data-{name}"))[1];
    raw.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn the_index_has_one_language_per_page_language_under_the_base_path() {
    let site = with_search("multilingual");
    let mut options = BuildOptions::new(&site.root);
    options.base_url = Some("https://org.github.io/coop-bulletin/".into());
    let built = build_in_memory(&options).unwrap_or_else(|f| panic!("{f}"));
    let files = &built.files;

    // One index per language, with every published article and page of that language.
    let entry: Value = serde_json::from_str(&text(files, "pagefind/pagefind-entry.json")).unwrap();
    let mut per_language = BTreeMap::<String, u64>::new();
    for file in std::fs::read_dir(site.path("content/news")).unwrap() {
        let path = file.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = if path.is_dir() {
            std::fs::read_dir(&path)
                .unwrap()
                .map(|f| f.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "md"))
                .map(|p| {
                    (
                        p.file_name().unwrap().to_string_lossy().into_owned(),
                        std::fs::read_to_string(p).unwrap(),
                    )
                })
                .collect::<Vec<_>>()
        } else if name.ends_with(".md") && !name.starts_with('_') {
            vec![(name.clone(), std::fs::read_to_string(&path).unwrap())]
        } else {
            vec![]
        };
        for (file, body) in source {
            if body.contains("draft = true") {
                continue;
            }
            let parts: Vec<&str> = file.trim_end_matches(".md").rsplitn(2, '.').collect();
            let lang = match parts.as_slice() {
                [code, _] if code.len() == 2 => code.to_string(),
                _ => "en".into(),
            };
            *per_language.entry(lang).or_default() += 1;
        }
    }
    let indexed: BTreeMap<String, u64> = entry["languages"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(lang, v)| (lang.clone(), v["page_count"].as_u64().unwrap()))
        .collect();
    assert_eq!(indexed, per_language);
    // Stemming for the languages Pagefind has it for, and the language-neutral module.
    for wasm in ["de", "en", "unknown"] {
        assert!(
            files.contains_key(&format!("pagefind/wasm.{wasm}.pagefind")),
            "{wasm}"
        );
    }
    assert!(files.contains_key("pagefind/pagefind.js"));
    // Pagefind's own UI is not published: the theme's page speaks the site's languages.
    assert!(
        !files.keys().any(|p| p.starts_with("pagefind/pagefind-ui")
            || p.starts_with("pagefind/pagefind-highlight")),
        "{:?}",
        files
            .keys()
            .filter(|p| p.starts_with("pagefind/"))
            .collect::<Vec<_>>()
    );

    for lang in ["de", "ca", "en"] {
        let page = text(files, &format!("{lang}/search/index.html"));
        assert!(page.contains(&format!(
            r#"<form class="search-form" role="search" action="/coop-bulletin/{lang}/search/" method="get">"#
        )));
        assert_eq!(
            script_data(&page, "bundle"),
            "/coop-bulletin/pagefind/pagefind.js"
        );
        let home = text(files, &format!("{lang}/index.html"));
        assert!(
            home.contains(&format!(r#"<a href="/coop-bulletin/{lang}/search/">"#)),
            "{lang}: the default menu links to the search page"
        );
    }
    // The same input builds the same bytes, index included.
    let again = build_in_memory(&options).unwrap_or_else(|f| panic!("{f}"));
    assert!(again.files == built.files, "a second build differs");

    let de = text(files, "de/search/index.html");
    assert!(de.contains("<h1>Suche</h1>"), "German UI");
    assert!(
        de.contains("<noscript>"),
        "says that search needs JavaScript"
    );
}

#[test]
fn without_search_there_is_no_index_no_page_and_no_menu_entry() {
    let site = support::Site::copy("multilingual");
    let built = build_in_memory(&BuildOptions::new(&site.root)).unwrap_or_else(|f| panic!("{f}"));
    assert!(
        !built
            .files
            .keys()
            .any(|p| p.starts_with("pagefind/") || p.contains("/search/"))
    );
    assert!(!text(&built.files, "de/index.html").contains("/de/search/"));
}

/// The count above the results takes the plural form of the page's language: the message is
/// formatted once per plural category that whole numbers reach, with `{count}` where the
/// number goes, and the script picks by the count's category.
#[test]
fn the_result_count_has_every_plural_form_of_each_language() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/eu-languages");
    let built = build_in_memory(&BuildOptions::new(&root)).unwrap_or_else(|f| panic!("{f}"));
    let categories = [
        ("en", vec!["one", "other"]),
        ("de", vec!["one", "other"]),
        ("fr", vec!["one", "many", "other"]),
        ("pl", vec!["one", "few", "many"]),
        ("sl", vec!["one", "two", "few", "other"]),
        ("lv", vec!["zero", "one", "other"]),
        ("ga", vec!["one", "two", "few", "many", "other"]),
        ("mt", vec!["one", "two", "few", "many", "other"]),
        ("lt", vec!["one", "few", "other"]),
        ("gl", vec!["one", "many", "other"]),
    ];
    for (lang, expected) in categories {
        let page = text(&built.files, &format!("{lang}/search/index.html"));
        let results: BTreeMap<String, String> =
            serde_json::from_str(&script_data(&page, "results")).unwrap();
        let mut keys: Vec<&str> = results.keys().map(String::as_str).collect();
        let mut expected = expected.clone();
        keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(keys, expected, "{lang}: {results:?}");
        for (category, text) in &results {
            assert!(text.contains("{query}"), "{lang} {category}: {text}");
            assert!(
                category == "one" || text.contains("{count}"),
                "{lang} {category}: the count is not in `{text}`"
            );
            assert!(
                !text.contains(char::is_numeric),
                "{lang} {category}: {text}"
            );
        }
        assert!(script_data(&page, "none").contains("{query}"), "{lang}");
        assert!(!script_data(&page, "searching").is_empty(), "{lang}");
    }
}
