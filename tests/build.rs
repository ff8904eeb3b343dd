//! Builds the fixture sites in tests/fixtures/ through the library, as `bulletin build` does,
//! and checks the files written.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bulletin::commands::check::check;
use bulletin::{BuildOptions, build};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Builds `site` into a new temporary folder; returns the folder (kept alive) and its files.
fn build_into(site: &Path) -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let out = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::new(site);
    options.output = Some(out.path().join("public"));
    let report = build(&options).unwrap_or_else(|f| panic!("build failed:\n{f}"));
    assert!(report.pages > 0);
    let files = read_tree(&out.path().join("public"));
    (out, files)
}

/// The errors (not the warnings) of a failed build, as printed.
fn error_texts(failure: &bulletin::Failure) -> Vec<String> {
    failure
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect()
}

fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn text<'a>(files: &'a BTreeMap<String, Vec<u8>>, path: &str) -> &'a str {
    std::str::from_utf8(files.get(path).unwrap_or_else(|| {
        panic!(
            "no {path} in output: {:?}",
            files.keys().collect::<Vec<_>>()
        )
    }))
    .unwrap()
}

#[test]
fn multilingual_site_has_every_output() {
    let (_dir, files) = build_into(&fixture("multilingual"));
    for lang in ["de", "ca", "en"] {
        for path in [
            "index.html",
            "news/index.html",
            "tags/index.html",
            "atom.xml",
        ] {
            assert!(
                files.contains_key(&format!("{lang}/{path}")),
                "missing {lang}/{path}"
            );
        }
        let home = text(&files, &format!("{lang}/index.html"));
        assert!(
            home.contains(&format!("<html lang=\"{lang}\"")),
            "lang attribute on {lang} home"
        );
    }
    for path in [
        "index.html",
        "404.html",
        "robots.txt",
        "sitemap.xml",
        "old/meeting/index.html",
    ] {
        assert!(files.contains_key(path), "missing {path}");
    }
    // Pagination: 2 per page.
    assert!(files.contains_key("en/page/2/index.html"));
    // A page bundle's image is copied beside each translation.
    assert!(files.contains_key("en/news/bundle/photo.png"));
    assert!(files.contains_key("de/news/bundle/photo.png"));
    // The draft is not built.
    assert!(!files.keys().any(|k| k.contains("draft")), "draft built");
    // A translation with its own slug.
    assert!(files.contains_key("de/news/treffen/index.html"));
    // The alias redirects to the article.
    assert!(
        text(&files, "old/meeting/index.html").contains("https://example.org/en/news/meeting/")
    );
    // Fingerprinted stylesheet.
    assert!(
        files
            .keys()
            .any(|k| k.starts_with("style.") && k.ends_with(".css") && k != "style.css")
    );
}

#[test]
fn language_switcher_lists_only_existing_translations() {
    let (_dir, files) = build_into(&fixture("multilingual"));
    let only_de = text(&files, "de/news/nur-deutsch/index.html");
    assert!(!only_de.contains("hreflang=\"en\" href=\"https://example.org/en/news/nur-deutsch/\""));
    let meeting = text(&files, "en/news/meeting/index.html");
    for href in [
        "https://example.org/de/news/treffen/",
        "https://example.org/ca/news/meeting/",
        "https://example.org/en/news/meeting/",
    ] {
        assert!(
            meeting.contains(&format!("href=\"{href}\"")),
            "hreflang link to {href}"
        );
    }
    assert!(meeting.contains("hreflang=\"x-default\""));
    // The sitemap has the same alternates.
    let sitemap = text(&files, "sitemap.xml");
    assert!(sitemap.contains("<loc>https://example.org/de/news/treffen/</loc>"));
    assert!(sitemap.contains("hreflang=\"x-default\""));
}

#[test]
fn markdown_features_render() {
    let (_dir, files) = build_into(&fixture("multilingual"));
    let page = text(&files, "en/news/markdown/index.html");
    assert!(page.contains("<table>"));
    assert!(page.contains("<del>"));
    assert!(page.contains("type=\"checkbox\""));
    assert!(page.contains("footnote"));
    assert!(
        page.contains("id=\"notes\"") && page.contains("id=\"notes-1\""),
        "unique heading ids"
    );
    // @/ links are resolved per language, with the anchor kept.
    let meeting = text(&files, "en/news/meeting/index.html");
    assert!(meeting.contains("href=\"/en/news/kickoff/#agenda\""));
}

#[test]
fn task_checkboxes_are_labelled_by_their_text() {
    // Regression: a bare disabled checkbox has no accessible name (axe rule `label`).
    let (_dir, files) = build_into(&fixture("multilingual"));
    let page = text(&files, "en/news/markdown/index.html");
    assert!(
        page.contains(
            "<li><label class=\"task\"><input disabled=\"\" type=\"checkbox\" checked=\"\"/>\nAgenda sent</label></li>"
        ),
        "{page}"
    );
    assert!(page.contains(
        "<li><label class=\"task\"><input disabled=\"\" type=\"checkbox\"/>\nMinutes written</label></li>"
    ));
}

#[test]
fn summary_footnotes_link_to_the_article_page() {
    // Regression: summaries on list pages kept `href="#1"`, which points nowhere there.
    let (_dir, files) = build_into(&fixture("multilingual"));
    for list in ["en/tags/markdown/index.html", "en/page/2/index.html"] {
        let html = text(&files, list);
        assert!(
            html.contains(
                "extension.<sup class=\"footnote-reference\"><a href=\"/en/news/markdown/#fn-1\">1</a></sup>"
            ),
            "{list}: {html}"
        );
        assert!(!html.contains("href=\"#fn-1\""), "{list}");
    }
    // The article keeps its own in-page reference and the note.
    let page = text(&files, "en/news/markdown/index.html");
    assert!(page.contains("<a href=\"#fn-1\">1</a>") && page.contains("id=\"fn-1\""));
    // And `bulletin check` finds no dangling anchor anywhere on the site.
    check(&fixture("multilingual"), false, None).unwrap_or_else(|f| panic!("{f}"));
}

#[test]
fn feeds_are_full_content_atom() {
    let (_dir, files) = build_into(&fixture("multilingual"));
    let feed = text(&files, "de/atom.xml");
    assert!(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assert!(feed.contains("xml:lang=\"de\""));
    assert!(feed.contains("type=\"html\">"));
    assert!(feed.contains("https://example.org/de/news/treffen/"));
    // The feed's date is the newest article's, not the build time.
    assert!(
        feed.contains("<updated>2024-05-01T00:00:00+00:00</updated>"),
        "{feed}"
    );
}

#[test]
fn localised_dates() {
    let (_dir, files) = build_into(&fixture("multilingual"));
    let de = text(&files, "de/news/treffen/index.html");
    assert!(de.contains("April 2024"), "German month name");
    let ca = text(&files, "ca/news/meeting/index.html");
    assert!(
        ca.contains("d’abril") || ca.contains("abril"),
        "Catalan month name"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let (_a, first) = build_into(&fixture("multilingual"));
    let (_b, second) = build_into(&fixture("multilingual"));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &first {
        assert!(bytes == &second[path], "{path} differs between builds");
    }
}

#[test]
fn broken_site_reports_all_errors_and_keeps_old_output() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    std::fs::create_dir(&public).unwrap();
    std::fs::write(public.join("index.html"), "previous build").unwrap();
    std::fs::write(public.join("sitemap.xml"), "previous sitemap").unwrap();
    let mut options = BuildOptions::new(fixture("broken"));
    options.output = Some(public.clone());
    let failure = build(&options).expect_err("the broken site must not build");
    let errors = error_texts(&failure);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(
        errors[0].starts_with("error: content/news/bad-front-matter.en.md:3:8: "),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].starts_with("error: templates/index.html:3:7: ")
            && errors[1].contains("no-such-message"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].starts_with("error: templates/page.html:9:4: template syntax error"),
        "{}",
        errors[2]
    );
    assert!(
        errors.iter().all(|e| e.contains("\n  help: ")),
        "every error has a hint"
    );
    // The previous output is untouched and no temporary folder is left behind, only the lock.
    assert_eq!(
        std::fs::read_to_string(public.join("index.html")).unwrap(),
        "previous build"
    );
    let mut beside: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    beside.sort();
    assert_eq!(beside, [".public.lock", "public"]);
}

#[test]
fn a_template_with_a_bad_reference_costs_only_its_own_pages() {
    // Tera checks filters, functions, includes and parents when all templates are loaded
    // together. One bad template must not hide the other templates or their errors.
    let site = support::Site::copy("multilingual");
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}{{ page.title | no_such_filter }}{% endblock content %}\n",
    );
    // Extends the bad one: left out with it, and not blamed for it.
    site.write("templates/tag.html", "{% extends \"page.html\" %}\n");
    site.write(
        "templates/tags.html",
        "{% extends \"base.html\" %}{% block content %}{% include \"partials/missing.html\" %}{% endblock content %}\n",
    );
    site.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}{{ t(key=\"no-such-message\") }}{% endblock content %}\n",
    );
    let failure = build(&BuildOptions::new(&site.root)).expect_err("bad templates fail the build");
    let errors = error_texts(&failure);
    let has = |needle: &str| errors.iter().any(|e| e.contains(needle));
    assert!(
        has("templates/page.html:2:36: template error: Unknown filter `no_such_filter`"),
        "{errors:#?}"
    );
    assert!(
        has("templates/tags.html:1:") && has("Unknown template `partials/missing.html`"),
        "{errors:#?}"
    );
    // Rendering went on with the templates that loaded.
    assert!(
        has("templates/404.html:1:") && has("no-such-message"),
        "{errors:#?}"
    );
    assert!(!has("tag.html:"), "{errors:#?}");
    assert!(!has("newsletter"), "{errors:#?}");
}

#[test]
fn a_broken_base_template_is_reported_once() {
    // Every page template extends base.html; they are left out with it, not blamed for it.
    let site = support::Site::copy("multilingual");
    let base = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .unwrap();
    site.write("templates/base.html", &format!("{base}{{% if %}}\n"));
    let failure = build(&BuildOptions::new(&site.root)).expect_err("a broken base fails");
    let errors: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("error: templates/base.html:")
            && errors[0].contains("template syntax error"),
        "{errors:#?}"
    );
}

#[test]
fn the_output_folder_never_holds_the_site_or_files_no_build_wrote() {
    // The output folder is replaced as a whole: building into the site, its sources or a
    // folder of someone else's files would delete them.
    let site = support::Site::copy("multilingual");
    std::fs::create_dir(site.path("docs")).unwrap();
    std::fs::write(site.path("docs/notes.txt"), "mine").unwrap();
    for (output, expected) in [
        (".", "holds the site itself"),
        ("..", "holds the site itself"),
        ("content", "inside the site's sources (content/)"),
        (
            "static/../content/news",
            "inside the site's sources (content/)",
        ),
        ("i18n/de", "inside the site's sources (i18n/)"),
        ("docs", "holds files that no build wrote: `notes.txt`"),
    ] {
        let mut options = BuildOptions::new(&site.root);
        options.output = Some(site.root.join(output));
        let failure = build(&options).expect_err(output);
        let errors = error_texts(&failure);
        assert_eq!(errors.len(), 1, "{output}: {errors:#?}");
        assert!(errors[0].contains(expected), "{output}: {errors:#?}");
    }
    assert_eq!(
        std::fs::read_to_string(site.path("docs/notes.txt")).unwrap(),
        "mine"
    );
    assert!(site.path("content/news/2024-01-15-kickoff.en.md").is_file());
    assert!(site.path("bulletin.toml").is_file());
    // A folder a build wrote is replaced, again and again.
    for _ in 0..2 {
        let mut options = BuildOptions::new(&site.root);
        options.output = Some(site.root.join("out"));
        build(&options).unwrap_or_else(|f| panic!("{f}"));
    }
}

#[test]
fn a_deploy_worktree_and_kept_files_survive_builds_and_others_stop_them() {
    // public/ checked out as the gh-pages branch, with a CNAME placed by hand.
    let site = support::Site::copy("multilingual");
    build(&BuildOptions::new(&site.root)).unwrap_or_else(|f| panic!("{f}"));
    site.write("public/.git", "gitdir: ../.git/worktrees/public\n");
    site.write("public/CNAME", "news.example.org\n");
    let failure = build(&BuildOptions::new(&site.root)).expect_err("CNAME is not the build's");
    let errors = error_texts(&failure);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("holds files that no build wrote: `CNAME`")
            && errors[0].contains("[output] keep"),
        "{errors:#?}"
    );
    assert!(
        site.path("public/CNAME").is_file(),
        "a refused build deletes nothing"
    );

    let config = std::fs::read_to_string(site.path("bulletin.toml")).unwrap();
    site.write(
        "bulletin.toml",
        &format!("{config}\n[output]\nkeep = [\"CNAME\", \"uploads/\"]\n"),
    );
    site.write("public/uploads/report.pdf", "%PDF");
    for _ in 0..2 {
        build(&BuildOptions::new(&site.root)).unwrap_or_else(|f| panic!("{f}"));
        for kept in [".git", "CNAME", "uploads/report.pdf"] {
            assert!(site.path("public").join(kept).is_file(), "{kept} was kept");
        }
        assert!(site.path("public/index.html").is_file());
    }
    let leftovers: Vec<_> = std::fs::read_dir(&site.root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect();
    assert_eq!(
        leftovers,
        [".public.lock"],
        "nothing but the lock beside the output"
    );

    site.write(
        "bulletin.toml",
        &format!("{config}\n[output]\nkeep = [\"CNAME\", \"../content\"]\n"),
    );
    let failure = build(&BuildOptions::new(&site.root)).expect_err("a keep path outside");
    let errors = error_texts(&failure);
    assert!(
        errors[0].starts_with("error: bulletin.toml:")
            && errors[0]
                .contains("`[output] keep` entry `../content` has an empty, `.` or `..` part"),
        "{errors:#?}"
    );
}

#[test]
fn user_errors_are_located_and_explained() {
    // A copy: a build, even a failed one, takes its lock beside the output folder.
    let site = support::Site::copy("errors");
    let failure = build(&BuildOptions::new(&site.root)).expect_err("errors fixture fails");
    let all: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    let has = |needle: &str| all.iter().any(|e| e.contains(needle));
    assert!(
        has(
            "2024-01-01-unknown-key.en.md:3:1: unknown key `titel` in front matter\n  help: did you mean `title`?"
        ),
        "{all:#?}"
    );
    assert!(has("2024-01-02-missing-link.en.md:5:"), "{all:#?}");
    assert!(
        has(
            "2024-01-03-first.en.md:3:8: `/en/news/same/` is produced twice: by the slug `same` of content/news/2024-01-03-first.en.md and by the slug `same` of content/news/2024-01-04-second.en.md"
        ),
        "{all:#?}"
    );
    assert!(
        has(
            "2024-01-05-bad-date.en.md:3:8: invalid front matter: `2024-02-31` is not a valid date"
        ),
        "{all:#?}"
    );
    assert!(
        has("2024-01-06-french.fr.md: the language `fr` of this file is not configured"),
        "{all:#?}"
    );
    assert!(
        has(
            "2024-01-09-twice.md: this file and content/news/2024-01-09-twice.en.md are both the `en` version of one article"
        ),
        "{all:#?}"
    );
    assert!(!has("/en/news/twice/` is produced twice"), "{all:#?}");
    for (position, message) in [
        ("3:25", "the tag ` ` has no letters or digits"),
        (
            "4:26",
            "the alias `../outside/` is not a path inside the site",
        ),
        ("8:7", "the event ends before it starts"),
    ] {
        assert!(
            has(&format!(
                "2024-01-08-bad-values.en.md:{position}: {message}"
            )),
            "{all:#?}"
        );
    }
}

#[test]
fn config_errors_suggest_fixes() {
    let err = |name: &str| {
        build(&BuildOptions::new(fixture("config-errors").join(name)))
            .expect_err("invalid config")
            .diagnostics
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(err("unknown-key").contains("bulletin.toml:4:1: unknown key `paginte_by`"));
    assert!(err("unknown-key").contains("did you mean `paginate_by`?"));
    assert!(err("bad-language").contains("`xx-!!` is not a valid BCP 47 language code"));
    assert!(
        err("default-not-configured")
            .contains("`default_language` `fr` is not one of the configured languages")
    );
}

#[test]
fn site_overrides_theme_files() {
    let (_dir, files) = build_into(&fixture("override"));
    let page = files
        .iter()
        .find(|(k, _)| {
            k.starts_with("en/news/") && k.ends_with("index.html") && *k != "en/news/index.html"
        })
        .unwrap();
    assert!(
        std::str::from_utf8(page.1)
            .unwrap()
            .contains("override-marker")
    );
    assert!(text(&files, "style.css").contains("override-marker"));
    assert!(text(&files, "en/index.html").contains("override-marker: jump to the content"));
}

#[test]
fn check_leaves_the_theme_messages_an_override_no_longer_uses_alone() {
    // The fixture's own page.html drops messages that the theme's page.html uses; they are the
    // theme's, and the site cannot remove them. Only the missing German article is worth a word.
    let report = check(&fixture("override"), false, None).unwrap_or_else(|f| panic!("{f}"));
    let warnings: Vec<String> = report.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("no translation in de"),
        "{warnings:#?}"
    );
}

#[test]
fn url_function_resolves_articles_and_site_paths() {
    // tests/fixtures/override/templates/page.html calls url().
    let (_dir, files) = build_into(&fixture("override"));
    let de = text(&files, "de/news/hello/index.html");
    assert!(de.contains("<a href=\"/de/news/hello/#main\">"), "{de}");
    // No German translation: the one there is, as for Markdown links.
    assert!(de.contains("<a href=\"/en/news/english-only/\">"), "{de}");
    assert!(de.contains("<a href=\"/style.css\">"), "{de}");
    let en = text(&files, "en/news/english-only/index.html");
    assert!(en.contains("<a href=\"/en/news/hello/#main\">"), "{en}");
}

#[test]
fn url_function_names_unknown_targets() {
    for (call, message) in [
        (
            "url(path=\"@/news/nope.md\")",
            "url(): `@/news/nope.md` points nowhere: there is no article `content/news/nope…`",
        ),
        (
            "url(path=\"/static/style.css\")",
            "url(): the site has no page or file at `/static/style.css`",
        ),
        (
            "url(path=\"/en/news/hello\")",
            "no page or file at `/en/news/hello` (but at `/en/news/hello/`)",
        ),
        ("url(path=\"style.css\")", "url(): `style.css` is neither"),
    ] {
        let site = support::Site::copy("override");
        site.write(
            "templates/page.html",
            &format!(
                "{{% extends \"base.html\" %}}{{% block content %}}\n<a href=\"{{{{ {call} }}}}\">x</a>\n{{% endblock %}}\n"
            ),
        );
        let failure = bulletin::build_in_memory(&BuildOptions::new(&site.root))
            .err()
            .unwrap_or_else(|| panic!("{call} must fail the build"));
        let all = failure.to_string();
        assert!(
            all.contains("error: templates/page.html:2:") && all.contains(message),
            "{call}: {all}"
        );
    }
}

#[test]
fn example_site_checks_clean() {
    let report =
        check(Path::new(env!("CARGO_MANIFEST_DIR")), false, None).unwrap_or_else(|f| panic!("{f}"));
    assert!(report.pages > 0);
}

#[test]
fn init_creates_a_site_that_builds_and_checks() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let date = jiff::civil::date(2026, 11, 21);
    bulletin::commands::init::init(&site, date).unwrap();
    check(&site, false, None).unwrap_or_else(|f| panic!("{:#?}", f.diagnostics));
    build(&BuildOptions::new(&site)).unwrap();
    assert!(site.join("public/de/news/welcome/index.html").is_file());
    // What the build made beside the sources stays out of the site's repository.
    let ignored = std::fs::read_to_string(site.join(".gitignore")).unwrap();
    assert!(ignored.contains("/public/") && ignored.contains("/.public.*"));
    assert!(site.join(".public.lock").is_file());
    assert!(
        bulletin::commands::init::init(&site, date).is_err(),
        "init refuses a non-empty folder"
    );
}

#[test]
fn check_finds_broken_anchors() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    bulletin::commands::init::init(&site, jiff::civil::date(2026, 11, 21)).unwrap();
    let article = site.join("content/news/2026-11-21-welcome.en.md");
    let text = std::fs::read_to_string(&article).unwrap();
    std::fs::write(&article, format!("{text}\nSee [below](#nowhere) and [the German text](@/news/2026-11-21-welcome.de.md#nope).\n")).unwrap();
    let failure = check(&site, false, None).expect_err("broken anchors");
    let all: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        all.iter()
            .any(|e| e.contains("no element with id `nowhere`")),
        "{all:#?}"
    );
    assert!(
        all.iter().any(|e| e.contains("no element with id `nope`")),
        "{all:#?}"
    );
}

/// A path written by hand from the domain's root (`/de/`) works only where the site sits at a
/// domain root: under a base path it leaves the site. `check` (and `build`) name it where it
/// is written, in Markdown links and images, in raw HTML and in templates.
#[test]
fn a_root_path_written_by_hand_is_located_when_it_leaves_the_base_path() {
    let site = support::Site::copy("multilingual");
    let article = "content/news/2024-02-20-markdown.en.md";
    let text = site.read(article);
    site.write(
        article,
        &format!(
            "{text}\nSee [the German home](/de/) and ![the robots](/robots.txt).\n\n<p><a href=\"/ca/\">Català</a></p>\n"
        ),
    );
    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("{config}\n[markdown]\nraw_html = true\n"),
    );
    let theme = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/tags.html"),
    )
    .unwrap();
    site.write(
        "templates/tags.html",
        &theme.replacen(
            "{%- endblock content %}",
            "<p><a href=\"/en/archive/\">Archive</a></p>\n{%- endblock content %}",
            1,
        ),
    );
    // At the domain root the links are fine.
    check(&site.root, false, None).unwrap_or_else(|f| panic!("{f}"));

    let under_path = Some("https://example.github.io/coop-bulletin/".to_string());
    let failure = check(&site.root, false, under_path.clone()).expect_err("links leave the path");
    let errors = error_texts(&failure);
    let lines = text.lines().count();
    for (place, link) in [
        (format!("{article}:{}:5:", lines + 2), "/de/"),
        (format!("{article}:{}:33:", lines + 2), "/robots.txt"),
        (format!("{article}:{}:13:", lines + 4), "/ca/"),
    ] {
        assert!(
            errors.iter().any(|e| e.contains(&place)
                && e.contains(&format!("`{link}`"))
                && e.contains("@/<section>/<file>.md")),
            "no error at {place} for {link}: {errors:#?}"
        );
    }
    assert_eq!(
        errors.len(),
        4,
        "each link once, where it is written: {errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("templates/tags.html:28:13:")
                && e.contains("`/en/archive/`")
                && e.contains("url(path=")),
        "{errors:#?}"
    );

    // `build` refuses the same Markdown under the path.
    let out = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::new(&site.root);
    options.output = Some(out.path().join("public"));
    options.base_url = under_path;
    let failure = build(&options).expect_err("links leave the path");
    assert!(
        error_texts(&failure).iter().any(|e| e.contains("`/de/`")),
        "{failure}"
    );
}

/// No script through a URL: with raw HTML off, a link, autolink or image whose scheme could run
/// script (`javascript:` in any case or spelling, `vbscript:`, `data:text/html`) is an error at
/// its line, and so is such an event `url` or unsubscribe address; none reaches the output.
#[test]
fn dangerous_url_schemes_are_errors_where_they_are_written() {
    let site = support::Site::copy("multilingual");
    let article = "content/news/2024-02-20-markdown.en.md";
    let text = site.read(article);
    let lines = text.lines().count();
    site.write(
        article,
        &format!(
            "{text}\n[a](javascript:alert(1)) [b]( JaVaScRiPt:alert(1))\n\n<vbscript:msgbox(1)>\n\n[c](&#106;avascript:alert(1)) ![d](data:text/html,<script>alert(1)</script>)\n\n[fine](https://example.org/) ![pixel](data:image/png;base64,iVBORw0KGgo=)\n"
        ),
    );
    let meeting = "content/news/2024-04-05-meeting.md";
    let event = site.read(meeting);
    assert!(event.contains("[event]"), "{event}");
    site.write(
        meeting,
        &event.replacen(
            "[event]\n",
            "[event]\nurl = \" JaVaScRiPt:alert(document.domain)\"\n",
            1,
        ),
    );

    let failure = check(&site.root, false, None).expect_err("dangerous links");
    let errors = error_texts(&failure);
    for place in [
        format!("{article}:{}:1:", lines + 2),
        format!("{article}:{}:26:", lines + 2),
        format!("{article}:{}:1:", lines + 4),
        format!("{article}:{}:1:", lines + 6),
        format!("{article}:{}:31:", lines + 6),
    ] {
        assert!(
            errors
                .iter()
                .any(|e| e.contains(&place) && e.contains("could run script")),
            "no error at {place}: {errors:#?}"
        );
    }
    assert!(
        errors
            .iter()
            .any(|e| e.contains(meeting) && e.contains("`url`") && e.contains("https://")),
        "{errors:#?}"
    );
    assert_eq!(
        errors.iter().filter(|e| e.contains("script")).count(),
        6,
        "the safe link and the data:image picture are fine: {errors:#?}"
    );

    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("{config}\n[newsletter]\nunsubscribe_url = \"javascript:alert(1)\"\n"),
    );
    let failure = check(&site.root, false, None).expect_err("a dangerous unsubscribe link");
    assert!(
        error_texts(&failure)
            .iter()
            .any(|e| e.contains("bulletin.toml:") && e.contains("unsubscribe_url")),
        "{failure}"
    );
}

/// What the preview shows after such an edit: the last good pages, never the script.
#[test]
fn a_dangerous_link_never_reaches_an_output() {
    let site = support::Site::copy("multilingual");
    let article = "content/news/2024-02-20-markdown.en.md";
    let text = site.read(article);
    site.write(article, &format!("{text}\n[a](javascript:alert(1))\n"));
    let config = bulletin::config::Config::load(&site.root, &Default::default()).unwrap();
    let sink = bulletin::fs::MemorySink::default();
    let rendering = bulletin::pipeline::render_site(&config, &sink);
    assert!(rendering.problems.has_errors());
    for (path, bytes) in sink.into_files() {
        let text = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
        assert!(!text.contains("javascript:alert"), "{path}");
    }
}

/// Issue 13, item 15: a control character or U+FFFF in a title or text would make the
/// language's feed ill-formed; each is an error at its line and column instead.
#[test]
fn invisible_characters_that_feeds_cannot_carry_are_located() {
    let site = support::Site::copy("multilingual");
    let article = "content/news/2024-02-20-markdown.en.md";
    let text = site.read(article);
    let lines = text.lines().count();
    let titled = text.replacen("title = \"", "title = \"\u{7}", 1);
    assert_ne!(titled, text);
    site.write(
        article,
        &format!("{titled}\nA word\u{FFFF} and a tab\tare here.\n"),
    );
    // In a Fluent catalog too; and the article that failed is linked from another, which is
    // not reported again as a link pointing nowhere.
    site.write(
        "i18n/en/extra.ftl",
        "extra-message = Extra\u{1b}[31m text\n",
    );
    site.edit(
        "content/news/2024-01-15-kickoff.en.md",
        "The project starts with a kick-off meeting.",
        "The project starts with a kick-off meeting ([markdown](@/news/2024-02-20-markdown.md)).",
    );
    let failure = check(&site.root, false, None).expect_err("invisible characters");
    let errors = error_texts(&failure);
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("{article}:2:")) && e.contains("U+0007")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("error: i18n/en/extra.ftl:1:22: ") && e.contains("U+001B")),
        "{errors:#?}"
    );
    assert!(
        !errors.iter().any(|e| e.contains("points nowhere")),
        "{errors:#?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("{article}:{}:7:", lines + 2)) && e.contains("U+FFFF")),
        "{errors:#?}"
    );
    assert_eq!(
        errors
            .iter()
            .filter(|e| e.contains("invisible character"))
            .count(),
        3,
        "the tab is fine: {errors:#?}"
    );
}

/// Issue 13, items 12, 16 and 18: the limits of a content file (tags, aliases, years, slug and
/// alias length) are errors at the value, checked when the file is loaded.
#[test]
fn front_matter_beyond_the_limits_is_located() {
    let site = support::Site::copy("multilingual");
    let article = "content/news/2024-01-15-kickoff.en.md";
    let tags: Vec<String> = (0..101).map(|i| format!("\"t{i}\"")).collect();
    let text = site.read(article);
    let text = text
        .replacen("date = 2024-01-15", "date = 9999-01-15", 1)
        .replacen(
            "tags = [\"SECON\", \"Economía social\"]",
            &format!("tags = [{}]", tags.join(", ")),
            1,
        )
        .replacen(
            "+++\n",
            &format!("+++\nslug = \"{}\"\n", "s".repeat(201)),
            1,
        );
    site.write(article, &text);
    let failure = check(&site.root, false, None).expect_err("limits");
    let errors = error_texts(&failure);
    for (line, what) in [(2, "too long"), (6, "at most 100"), (4, "9999")] {
        assert!(
            errors
                .iter()
                .any(|e| e.contains(&format!("{article}:{line}:")) && e.contains(what)),
            "no `{what}` at line {line}: {errors:#?}"
        );
    }
}

/// Issue 13, item 9: Markdown nested thousands deep (a 4 KB line of `>`) is an error at its
/// line, and nothing downstream (the e-mail edition's CSS inliner) walks the nesting: no crash.
#[test]
fn deeply_nested_markdown_is_an_error_not_a_crash() {
    let site = support::Site::with_newsletter("multilingual");
    let article = "content/news/2024-01-15-kickoff.en.md";
    let text = site.read(article);
    let lines = text.lines().count();
    site.write(article, &format!("{text}\n{} deep\n", ">".repeat(4000)));
    let failure = check(&site.root, false, None).expect_err("too deep");
    assert!(
        error_texts(&failure)
            .iter()
            .any(|e| e.contains(&format!("{article}:{}:", lines + 2)) && e.contains("nest")),
        "{failure}"
    );
}

/// Issue 13, item 10: a Fluent catalog nesting `{` 20,000 deep is refused before the parser
/// recurses into it.
#[test]
fn deeply_nested_fluent_placeables_are_refused_before_parsing() {
    let site = support::Site::copy("multilingual");
    site.write(
        "i18n/en/extra.ftl",
        &format!("deep = {}x{}\n", "{".repeat(20_000), "}".repeat(20_000)),
    );
    let failure = check(&site.root, false, None).expect_err("too deep");
    assert!(
        error_texts(&failure)
            .iter()
            .any(|e| e.contains("i18n/en/extra.ftl:1:") && e.contains("nest")),
        "{failure}"
    );
}

/// One mistake in a template that every page uses: one error, at its line, with the number of
/// pages it broke; no link errors blamed on other files for the pages that could not render.
#[test]
fn a_template_error_is_reported_once_and_causes_no_link_errors() {
    let site = support::Site::copy("multilingual");
    let base = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .unwrap();
    site.write(
        "templates/base.html",
        &base.replacen("{{ site.title }}", "{{ nosuchvar.x }}", 1),
    );
    let failure = check(&site.root, false, None).expect_err("the base template fails");
    let errors = error_texts(&failure);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("error: templates/base.html:")
            && errors[0].contains("`nosuchvar`")
            && errors[0].contains(" pages)"),
        "{errors:#?}"
    );
}

/// A broken link in an article's summary shows on the article, the home, section, tag and
/// archive pages: it is reported once, at the line of the Markdown that has it, with the
/// address it most likely meant.
#[test]
fn a_broken_link_is_reported_once_at_its_line_with_a_hint() {
    let site = support::Site::copy("multilingual");
    let article = "content/news/2024-01-15-kickoff.en.md";
    site.edit(
        article,
        "The project starts with a kick-off meeting.",
        "The project starts with a [kick-off](/en/news/kickof/) meeting ![Partners](Photo.png) (see [the agenda](#agend)).",
    );
    let line = site
        .read(article)
        .lines()
        .position(|l| l.contains("/en/news/kickof/"))
        .unwrap()
        + 1;
    let failure = check(&site.root, false, None).expect_err("broken links");
    let errors = error_texts(&failure);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    for (column, wanted) in [
        (
            27,
            "links to `/en/news/kickof/`, which does not exist\n  help: did you mean `/en/news/kickoff/`?",
        ),
        (
            64,
            "the image `Photo.png` does not exist, and a plain article has no folder for images\n  help: make the article a page bundle: move `content/news/2024-01-15-kickoff.en.md` to `content/news/2024-01-15-kickoff/index.en.md` and put `Photo.png` beside it",
        ),
        (
            92,
            "no element with id `agend`\n  help: did you mean `#agenda`?",
        ),
    ] {
        let place = format!("error: {article}:{line}:{column}: ");
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&place) && e.contains(wanted)),
            "no `{wanted}` at {place}: {errors:#?}"
        );
    }
    // An image of a page bundle, with the wrong case: the file it meant.
    let bundle = "content/news/2024-05-01-bundle/index.de.md";
    site.write(
        article,
        &std::fs::read_to_string(fixture("multilingual").join(article)).unwrap(),
    );
    site.edit(bundle, "(photo.png)", "(Photo.PNG)");
    let failure = check(&site.root, false, None).expect_err("a broken image");
    let errors = error_texts(&failure);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with(&format!("error: {bundle}:"))
            && errors[0].contains("the image `Photo.PNG` does not exist")
            && errors[0].contains("did you mean `photo.png`?"),
        "{errors:#?}"
    );
    // An `@/` link to an article that does not exist, once, with the article it meant.
    site.write(
        bundle,
        &std::fs::read_to_string(fixture("multilingual").join(bundle)).unwrap(),
    );
    site.edit(
        article,
        "The project starts with a kick-off meeting.",
        "See [the meeting](@/news/2024-04-05-meting.md).",
    );
    let errors = error_texts(&check(&site.root, false, None).expect_err("a broken @/ link"));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].contains("did you mean `@/news/2024-04-05-meeting.md`?"),
        "{errors:#?}"
    );
}

/// Two things at one address: the message points at the alias or slug that made it, at its
/// line, not at the static file or page that had the address first.
#[test]
fn a_collision_points_at_the_alias_or_slug_that_caused_it() {
    let site = support::Site::copy("multilingual");
    let article = "content/news/2024-01-15-kickoff.en.md";
    site.edit(
        article,
        "tags = ",
        "aliases = [\"/old/\", \"/style.css\"]\ntags = ",
    );
    let other = "content/news/2024-04-20-cooperatives.ca.md";
    site.edit(other, "+++\n", "+++\nslug = \"reunio\"\n");
    site.write(
        "content/news/2024-04-21-reunio.ca.md",
        "+++\ntitle = \"Reunió\"\n+++\n\nText.\n",
    );
    let failure = build(&BuildOptions::new(&site.root)).expect_err("collisions");
    let errors = error_texts(&failure);
    assert!(
        errors.iter().any(|e| e.starts_with(&format!(
            "error: {article}:5:21: `/style.css` is produced twice: by the alias `/style.css`"
        )) && e.contains("change or remove this alias")),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with(&format!(
            "error: {other}:2:8: `/ca/news/reunio/` is produced twice: by the slug `reunio`"
        ))),
        "{errors:#?}"
    );
}

/// Every problem of a front matter at once, each at its line; dates written day-first and YAML
/// front matter get the hint that fixes them; help lines point to `bulletin docs`, which every
/// installation has.
#[test]
fn every_front_matter_problem_is_shown_with_the_fix() {
    let site = support::Site::copy("multilingual");
    site.write(
        "content/news/2024-06-01-many.en.md",
        "+++\ntitle = \"X\"\ndate = \"28/10/2026\"\ntitel = \"y\"\ndraft = \"yes\"\n+++\n\nText.\n",
    );
    site.write(
        "content/news/2024-06-02-yaml.en.md",
        "---\ntitle: X\n---\n\nText.\n",
    );
    site.write(
        "content/news/2024-06-03-bare.en.md",
        "+++\ntitle = \"X\"\ndate = 28.10.2026\n+++\n\nText.\n",
    );
    let errors = error_texts(&build(&BuildOptions::new(&site.root)).expect_err("bad front matter"));
    let expected = [
        "content/news/2024-06-01-many.en.md:3:8: invalid front matter: `28/10/2026` is not a valid date: write it year-month-day, as 2026-10-28",
        "content/news/2024-06-01-many.en.md:4:9: unknown key `titel` in front matter\n  help: did you mean `title`?",
        "content/news/2024-06-01-many.en.md:5:9: invalid front matter: invalid type: string \"yes\", expected a boolean\n  help: run `bulletin docs content`",
        "content/news/2024-06-02-yaml.en.md:1:1: the front matter is between `---` lines, as YAML is; bulletin reads TOML between `+++` lines\n  help: write `+++` instead of `---`",
        "content/news/2024-06-03-bare.en.md:3:13: invalid front matter:",
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for wanted in expected {
        assert!(
            errors.iter().any(|e| e.contains(wanted)),
            "no `{wanted}` in {errors:#?}"
        );
    }
    assert!(
        errors[4].ends_with("help: write dates year-month-day and without quotes, as 2026-10-28"),
        "{errors:#?}"
    );
}

/// An open call shows its deadline, how long it is still open and where to apply on its page,
/// on the cards that list it and in the e-mail; each language that has calls lists them by
/// deadline (open soonest first, then the closed ones), linked from the menu.
#[test]
fn open_calls_show_their_deadline_and_are_listed_by_it() {
    let site = support::Site::with_newsletter("multilingual");
    site.write(
        "content/news/2026-11-20-call.en.md",
        "+++\ntitle = \"Call for cooperative projects\"\n\n[call]\ndeadline = 2026-12-04T23:59:00\ntimezone = \"Europe/Brussels\"\nurl = \"https://example.org/apply\"\n+++\n\nSend your project.\n",
    );
    site.write(
        "content/news/2026-10-01-old-call.en.md",
        "+++\ntitle = \"Call for speakers\"\n\n[call]\ndeadline = 2026-11-15\n+++\n\nIt is over.\n",
    );
    let record = site.read("newsletter/1.toml");
    site.write(
        "newsletter/1.toml",
        &record.replacen(
            "articles = [",
            "articles = [\n  \"news/2026-11-20-call\",",
            1,
        ),
    );
    let mut options = BuildOptions::new(&site.root);
    options.today = Some(jiff::civil::date(2026, 12, 1));
    let built = bulletin::build_in_memory(&options).unwrap_or_else(|f| panic!("{f}"));
    let page = |p: &str| String::from_utf8(built.files[p].clone()).unwrap();
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");

    let call = words(&page("en/news/call/index.html"));
    assert!(call.contains(">Open call</h2>"), "the call's box");
    assert!(
        call.contains("December 4, 2026 at 11:59 PM</time> (Central European Standard Time)"),
        "{call}"
    );
    assert!(call.contains(">Closes in 3 days</span>"));
    assert!(
        call.contains(r#"<a class="button" href="https://example.org/apply">How to apply</a>"#)
    );
    let old = words(&page("en/news/old-call/index.html"));
    assert!(old.contains(">This call is closed.</span>") && !old.contains("How to apply"));

    let list = page("en/calls/index.html");
    let (open, closed) = (
        list.find("Call for cooperative projects").unwrap(),
        list.find("Call for speakers").unwrap(),
    );
    assert!(
        open < list.find("Closed calls").unwrap() && list.find("Closed calls").unwrap() < closed
    );
    assert!(
        page("en/index.html").contains(r#"<a href="/en/calls/">Open calls</a>"#),
        "in the menu"
    );
    assert!(
        !built.files.contains_key("de/calls/index.html"),
        "German has no calls"
    );
    assert!(!page("de/index.html").contains("/de/calls/"));

    let email = words(&page("newsletter/1/en/email.txt"));
    assert!(
        email.contains("Deadline: December 4, 2026 at 11:59 PM"),
        "{email}"
    );
    assert!(email.contains("How to apply: https://example.org/apply"));

    site.write(
        "content/news/2026-11-21-bad-call.en.md",
        "+++\ntitle = \"Bad\"\n\n[call]\ndeadline = 2026-12-04\nurl = \"javascript:alert(1)\"\n+++\n",
    );
    let Err(failure) = bulletin::build_in_memory(&options) else {
        panic!("a script URL in [call] url must fail the build");
    };
    assert!(
        error_texts(&failure).iter().any(|e| e
            .starts_with("error: content/news/2026-11-21-bad-call.en.md:6:7: the call's `url`")),
        "{failure}"
    );
}

/// `[sections.news] url = "{year}/{slug}"`: yearly articles of one name get one URL each, and
/// links, translations and lists follow; an article without a date, or a pattern that cannot
/// work, is an error at its place.
#[test]
fn a_section_url_pattern_gives_yearly_articles_their_own_urls() {
    let site = support::Site::copy("multilingual");
    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("{config}\n[sections.news]\nurl = \"{{year}}/{{month}}/{{slug}}\"\n"),
    );
    for year in [2025, 2026] {
        site.write(
            &format!("content/news/{year}-03-07-assemblea-general.ca.md"),
            &format!("+++\ntitle = \"Assemblea general {year}\"\n+++\n\nL'assemblea de {year}.\n"),
        );
    }
    site.write(
        "content/news/2024-06-02-links.en.md",
        "+++\ntitle = \"Links\"\n+++\n\nSee [the kickoff](@/news/2024-01-15-kickoff.md).\n",
    );
    let mut options = BuildOptions::new(&site.root);
    options.base_url = Some("https://org.github.io/coop/".into());
    let built = bulletin::build_in_memory(&options).unwrap_or_else(|f| panic!("{f}"));
    for year in [2025, 2026] {
        let page = &built.files[&format!("ca/news/{year}/03/assemblea-general/index.html")];
        assert!(String::from_utf8_lossy(page).contains(&format!("Assemblea general {year}")));
    }
    let links =
        String::from_utf8_lossy(&built.files["en/news/2024/06/links/index.html"]).into_owned();
    assert!(
        links.contains(r#"href="/coop/en/news/2024/01/kickoff/""#),
        "@/ links follow the pattern"
    );
    let kickoff =
        String::from_utf8_lossy(&built.files["de/news/2024/01/kickoff/index.html"]).into_owned();
    assert!(
        kickoff.contains(
            r#"hreflang="ca" href="https://org.github.io/coop/ca/news/2024/01/kickoff/""#
        ) || kickoff.contains(
            r#"href="https://org.github.io/coop/ca/news/2024/01/kickoff/" hreflang="ca""#
        ),
        "translations are linked at their pattern URLs"
    );
    let home = String::from_utf8_lossy(&built.files["en/index.html"]).into_owned();
    assert!(
        home.contains("/coop/en/news/2024/06/links/"),
        "lists link the new URLs"
    );

    // Without a date the pattern cannot be filled: an error naming the file and the fix.
    site.write(
        "content/news/undated.en.md",
        "+++\ntitle = \"Undated\"\n+++\n\nText.\n",
    );
    let failure = bulletin::build_in_memory(&options)
        .err()
        .expect("an undated article fails");
    let all: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        all.iter().any(|e| e.contains(
            "content/news/undated.en.md: the article has no date, and the URLs of `news` need one"
        ) && e.contains("[sections.news] url")),
        "{all:#?}"
    );

    // A pattern without the slug is refused where it is written.
    site.write(
        "bulletin.toml",
        &format!("{config}\n[sections.news]\nurl = \"{{year}}\"\n"),
    );
    let failure = bulletin::build_in_memory(&options)
        .err()
        .expect("a bad pattern fails");
    let all: Vec<String> = failure.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        all.iter().any(|e| e.contains("bulletin.toml:")
            && e.contains("`[sections.news] url` `{year}` must have `{slug}` once")),
        "{all:#?}"
    );
}
