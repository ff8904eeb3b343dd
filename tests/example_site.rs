//! The example newsletter in this repository (bulletin.toml, content/): every article exists in
//! each of its languages, every translation records the content hash of its source as the source
//! is now, and the site builds.

use std::collections::BTreeMap;
use std::path::Path;

use bulletin::config::{Config, Overrides};
use bulletin::content::hash::content_hash;
use bulletin::content::{Content, Page};
use bulletin::{BuildOptions, build_in_memory};

const LANGUAGES: [&str; 3] = ["de", "ca", "en"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn example_content() -> (Config, Content) {
    let config = Config::load(root(), &Overrides::default())
        .unwrap_or_else(|d| panic!("bulletin.toml does not load: {d:#?}"));
    let (content, problems) = bulletin::content::load(&config);
    assert!(
        !problems.has_errors(),
        "content/ does not load: {problems:#?}"
    );
    (config, content)
}

/// Pages of one article by language, for every article.
fn articles(content: &Content) -> BTreeMap<&str, BTreeMap<&str, &Page>> {
    let mut map: BTreeMap<&str, BTreeMap<&str, &Page>> = BTreeMap::new();
    for page in &content.pages {
        map.entry(page.key.as_str())
            .or_default()
            .insert(page.lang.as_str(), page);
    }
    map
}

#[test]
fn translations_record_the_hash_of_their_source_as_it_is() {
    let (_, content) = example_content();
    let articles = articles(&content);
    let mut checked = 0;
    for (key, pages) in &articles {
        for (lang, page) in pages {
            let Some(translation) = &page.front.translation else {
                continue;
            };
            let file = page.file.display();
            assert_ne!(
                translation.from, *lang,
                "{file}: a translation from its own language"
            );
            assert!(
                page.front.source.is_none(),
                "{file}: a translation is not an import and has no [source] table"
            );
            let source = pages.get(translation.from.as_str()).unwrap_or_else(|| {
                panic!(
                    "{file}: translated from `{}`, but {key} has no such file",
                    translation.from
                )
            });
            assert!(
                source.front.translation.is_none(),
                "{file}: its source {} is itself a translation",
                source.file.display()
            );
            let recorded = translation
                .source_hash
                .as_deref()
                .unwrap_or_else(|| panic!("{file}: [translation] has no source_hash"));
            assert_eq!(
                recorded,
                content_hash(source.body()),
                "{file}: source_hash is not the content hash of {} as it is now",
                source.file.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no translations found in content/");

    // Every file that declares a [translation] table was seen above (articles and
    // standalone pages alike).
    let declared = walkdir::WalkDir::new(root().join("content"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter(|e| {
            std::fs::read_to_string(e.path())
                .unwrap()
                .lines()
                .any(|l| l.trim() == "[translation]")
        })
        .count();
    assert_eq!(declared, checked);
}

#[test]
fn every_article_exists_in_every_language() {
    let (config, content) = example_content();
    let configured: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    for lang in LANGUAGES {
        assert!(configured.contains(&lang), "{lang} is not configured");
    }
    let articles = articles(&content);
    assert!(!articles.is_empty());
    for (key, pages) in &articles {
        for lang in &configured {
            assert!(
                pages.contains_key(lang),
                "{key} has no {lang} version (it has {:?})",
                pages.keys().collect::<Vec<_>>()
            );
        }
        // One source per article, the others are translations of it.
        let sources: Vec<&str> = pages
            .iter()
            .filter(|(_, p)| p.front.translation.is_none())
            .map(|(l, _)| *l)
            .collect();
        assert_eq!(sources.len(), 1, "{key}: untranslated versions {sources:?}");
    }
}

#[test]
fn example_site_builds() {
    let built = build_in_memory(&BuildOptions::new(env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|f| panic!("the example site does not build:\n{f}"));
    let (_, content) = example_content();
    for page in &content.pages {
        let path = format!("{}index.html", page.url.trim_start_matches('/'));
        assert!(
            built.files.contains_key(&path),
            "{} was not built as {path}",
            page.file.display()
        );
    }
    // The issue's examples of dates: German and Catalan by their own conventions, English
    // with `locale = "en-GB"`, as in EU texts.
    let home = |lang: &str| {
        String::from_utf8_lossy(&built.files[&format!("{lang}/index.html")]).into_owned()
    };
    for (lang, range) in [
        ("de", "22.–25. Oktober 2024"),
        ("ca", "22–25 d’octubre del 2024"),
        ("en", "22–25 October 2024"),
    ] {
        assert!(home(lang).contains(range), "{lang}: {range}");
    }
}

#[test]
fn example_site_has_issue_one_in_every_language() {
    let built = build_in_memory(&BuildOptions::new(env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|f| panic!("the example site does not build:\n{f}"));
    let (_, content) = example_content();
    let issue = content
        .issues
        .iter()
        .find(|i| i.number == 1)
        .expect("newsletter/1.toml");
    // Every article; the standalone About page is no article.
    let newsworthy = articles(&content)
        .values()
        .filter(|versions| versions.values().all(|p| !p.is_standalone()))
        .count();
    assert_eq!(issue.articles.len(), newsworthy, "every article");
    for lang in LANGUAGES {
        let html =
            String::from_utf8_lossy(&built.files[&format!("newsletter/1/{lang}/email.html")])
                .into_owned();
        let txt = String::from_utf8_lossy(&built.files[&format!("newsletter/1/{lang}/email.txt")])
            .into_owned();
        for page in content
            .pages
            .iter()
            .filter(|p| p.lang == lang && !p.is_standalone())
        {
            let title = page.front.title.replace('&', "&amp;");
            assert!(
                html.contains(&title),
                "{lang}: {title} is not in the e-mail"
            );
            // Long titles are wrapped in the text version; their start is on one line.
            let start: String = page.front.title.chars().take(20).collect();
            assert!(txt.contains(&start), "{lang}: {start}… is not in the text");
        }
        assert!(
            html.contains(r#"href="mailto:newsletter@bulletin.example.org?subject=unsubscribe""#),
            "the configured unsubscribe address"
        );
        assert!(
            built
                .files
                .contains_key(&format!("{lang}/newsletter/1/index.html"))
        );
        assert!(
            built
                .files
                .contains_key(&format!("{lang}/newsletter/index.html"))
        );
    }
}
