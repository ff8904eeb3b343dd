//! Snapshots (insta) of what the multilingual fixture builds into: an article in each language,
//! a home page, a section list, a tag page, the Atom feed, the sitemap, the 404 page, the
//! language chooser and an alias redirect. Any change to them shows as a diff to review:
//! `cargo insta review`, or `INSTA_UPDATE=always cargo test --test snapshots` to accept.
//!
//! Fingerprints in asset names (`style.1a2b3c4d.css`) are masked, so that an edit to the
//! theme's stylesheet does not change every snapshot; tests/build.rs checks those files.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

/// The fixture, built once for all the tests of this file.
fn site() -> &'static BTreeMap<String, Vec<u8>> {
    static SITE: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    SITE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/multilingual");
        let mut options = bulletin::BuildOptions::new(root);
        // Which events are upcoming depends on the day; the snapshots are of one fixed day.
        options.today = Some(jiff::civil::date(2024, 3, 1));
        bulletin::build_in_memory(&options)
            .unwrap_or_else(|f| panic!("the fixture must build:\n{f}"))
            .files
    })
}

fn output(path: &str) -> String {
    let bytes = site().get(path).unwrap_or_else(|| {
        panic!("no {path} in {:?}", site().keys().collect::<Vec<_>>());
    });
    let text = std::str::from_utf8(bytes).expect("text output is UTF-8");
    let fingerprint = regex::Regex::new(r"\.[0-9a-f]{8}\.(css|js)\b").unwrap();
    fingerprint.replace_all(text, ".[hash].$1").into_owned()
}

macro_rules! output_snapshot {
    ($name:ident, $path:literal) => {
        #[test]
        fn $name() {
            insta::with_settings!({ description => $path, omit_expression => true }, {
                insta::assert_snapshot!(output($path));
            });
        }
    };
}

// An article per language: German with its own slug and an event, Catalan with a link to an
// anchor of another article, English with every Markdown extension.
output_snapshot!(article_de_own_slug_and_event, "de/news/treffen/index.html");
output_snapshot!(article_ca_internal_link, "ca/news/meeting/index.html");
output_snapshot!(article_en_markdown_features, "en/news/markdown/index.html");
output_snapshot!(home_en, "en/index.html");
// The second page of the English home: summaries, one with a footnote reference.
output_snapshot!(home_en_page_2, "en/page/2/index.html");
output_snapshot!(section_de, "de/news/index.html");
output_snapshot!(tag_en, "en/tags/markdown/index.html");
output_snapshot!(tags_ca, "ca/tags/index.html");
output_snapshot!(feed_en, "en/atom.xml");
output_snapshot!(sitemap, "sitemap.xml");
output_snapshot!(not_found, "404.html");
output_snapshot!(root_language_chooser, "index.html");
output_snapshot!(alias_redirect, "old/meeting/index.html");
output_snapshot!(robots, "robots.txt");
