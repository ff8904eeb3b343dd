//! The translation workflow on tests/fixtures/translations: an article with a current and a
//! stale translation, one with missing translations, and an orphaned translation; `bulletin
//! translations` as people and tools see it; `bulletin translate` starting a draft and
//! recording a review; facts that translations take from their source.

mod support;

use std::process::Command;

use support::{Site, bulletin};

fn fixture() -> String {
    format!("{}/tests/fixtures/translations", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_status_table_and_json() {
    let (code, table, _) = bulletin(&["translations", "--root", &fixture()]);
    assert_eq!(code, 0);
    insta::assert_snapshot!("translations_table", table);
    let (code, json, _) = bulletin(&["translations", "--root", &fixture(), "--format", "json"]);
    assert_eq!(code, 0);
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed[0]["languages"]["en"]["state"], "stale");
    assert_eq!(parsed[0]["languages"]["ca"]["state"], "current");
    assert_eq!(parsed[1]["languages"]["de"]["state"], "missing");
    assert_eq!(parsed[2]["languages"]["ca"]["state"], "orphaned");
    insta::assert_snapshot!("translations_json", json);
}

#[test]
fn fail_on_gates_publishing() {
    let root = fixture();
    for (states, expected) in [
        ("stale", 1),
        ("missing", 1),
        ("orphaned", 1),
        ("stale,missing", 1),
    ] {
        let (code, _, err) = bulletin(&["translations", "--root", &root, "--fail-on", states]);
        assert_eq!(code, expected, "--fail-on {states}: {err}");
    }
    let site = Site::copy("translations");
    std::fs::remove_file(site.path("content/news/2024-05-20-study-visit.ca.md")).unwrap();
    let root = site.root.display().to_string();
    assert_eq!(
        bulletin(&["translations", "--root", &root, "--fail-on", "orphaned"]).0,
        0
    );
    assert_eq!(
        bulletin(&["translations", "--root", &root, "--fail-on", "stale"]).0,
        1
    );
}

fn state(root: &str, article: usize, lang: &str) -> String {
    let (_, json, _) = bulletin(&["translations", "--root", root, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v[article]["languages"][lang]["state"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn translate_starts_a_draft_and_done_records_the_review() {
    let site = Site::copy("translations");
    let root = site.root.display().to_string();
    let source = "content/news/2024-04-10-open-call.en.md";
    let source_path = site.path(source).display().to_string();

    let (code, out, err) = bulletin(&["translate", &source_path, "--to", "de", "--root", &root]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("content/news/2024-04-10-open-call.de.md"),
        "{out}"
    );
    // Only what is translated: the date (in the file name) and tags come from the source.
    let de = "content/news/2024-04-10-open-call.de.md";
    let source_body = "\nCooperatives can apply until 30 April.\n";
    assert_eq!(
        site.read(de),
        format!(
            "+++\ntitle = \"Open call for pilot cooperatives\"\ndraft = true\n\n[translation]\nfrom = \"en\"\n+++\n{source_body}"
        )
    );
    let (code, _, err) = bulletin(&["translate", &source_path, "--to", "de", "--root", &root]);
    assert_eq!(code, 1);
    assert!(err.contains("already has a `de` version"), "{err}");
    assert_eq!(state(&root, 1, "de"), "draft");

    // An untranslated draft is not accepted as done...
    let translation = site.path(de).display().to_string();
    let done = |force: bool| {
        let mut args = vec![
            "translate",
            &translation,
            "--to",
            "de",
            "--done",
            "--root",
            &root,
        ];
        if force {
            args.push("--force");
        }
        bulletin(&args)
    };
    let (code, _, err) = done(false);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("1 of its 1 paragraphs are still the en source's, word for word"),
        "{err}"
    );
    assert!(err.contains("--done --force"), "{err}");
    assert_eq!(state(&root, 1, "de"), "draft");
    // ...nor one that only reads as English.
    site.edit(de, "Cooperatives can apply until 30 April.", "Cooperatives may send their application until the end of April, and we will answer in May.");
    let (code, _, err) = done(false);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("reads as English"), "{err}");

    // Translated, it is: the draft is published and records the source.
    site.edit(
        de,
        "Cooperatives may send their application until the end of April, and we will answer in May.",
        "Genossenschaften können sich bis zum 30. April bewerben; wir antworten im Mai.",
    );
    site.edit(
        de,
        "Open call for pilot cooperatives",
        "Aufruf für Pilotgenossenschaften",
    );
    let (code, out, err) = done(false);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("no longer a draft"), "{out}");
    assert!(!site.read(de).contains("draft = true"));
    assert!(site.read(de).contains("blocks = ["));
    assert_eq!(state(&root, 1, "de"), "current");
    // Whitespace and front matter of the source do not make a translation stale...
    site.edit(source, "apply until", "apply\n   until");
    site.edit(
        source,
        "date = 2024-04-10",
        "date = 2024-04-10\ndescription = \"Apply now\"",
    );
    assert_eq!(state(&root, 1, "de"), "current");
    // ...its words do, and --diff shows which paragraph, before and after.
    site.edit(source, "30 April", "15 May");
    assert_eq!(state(&root, 1, "de"), "stale");
    let (code, diff, err) = bulletin(&["translations", "--diff", &translation, "--root", &root]);
    assert_eq!(code, 0, "{err}");
    assert!(diff.contains("1 paragraph changed"), "{diff}");
    assert!(
        diff.contains("- Cooperatives can apply until 30 April."),
        "{diff}"
    );
    assert!(
        diff.contains("+ Cooperatives can apply\n    +    until 15 May.")
            || diff.contains("+ Cooperatives can apply"),
        "{diff}"
    );
    let (code, _, err) = done(true);
    assert_eq!(code, 0, "{err}");
    assert_eq!(state(&root, 1, "de"), "current");
}

#[test]
fn done_keeps_the_rest_of_the_file_as_it_was() {
    let site = Site::copy("translations");
    let root = site.root.display().to_string();
    let en = "content/news/2024-03-01-assembly.en.md";
    let before = site.read(en);
    let (code, _, err) = bulletin(&[
        "translate",
        &site.path(en).display().to_string(),
        "--to",
        "en",
        "--done",
        "--root",
        &root,
    ]);
    assert_eq!(code, 0, "{err}");
    let after = site.read(en);
    assert!(after.contains("# Translated from an earlier version of the German text."));
    assert_ne!(before, after);
    let blocks: Vec<&str> = after
        .lines()
        .filter(|l| l.starts_with("blocks = ["))
        .collect();
    assert_eq!(blocks.len(), 1, "{after}");
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines().filter(|l| !l.starts_with("blocks = [")))
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed.len(),
        1,
        "only the hash line changes, and the blocks are added: {changed:?}"
    );
    assert!(changed[0].1.starts_with("source_hash = \"sha256:"));
    // The source as confirmed is kept, for later diffs and exports.
    let kept = std::fs::read_dir(site.path("translations/sources"))
        .unwrap()
        .count();
    assert_eq!(kept, 1);
}

/// The six states, as the command line, its JSON and serve's status page show them.
#[test]
fn every_state_the_same_in_cli_json_and_serve() {
    let site = Site::copy("translations");
    let root = site.root.display().to_string();
    // A notice for German members only: not needed in ca or en.
    site.write(
        "content/news/2024-06-01-mitglieder.de.md",
        "+++\ntitle = \"Nur für Mitglieder\"\nlanguages = [\"de\"]\n+++\n\nText.\n",
    );
    let source = site
        .path("content/news/2024-04-10-open-call.en.md")
        .display()
        .to_string();
    assert_eq!(
        bulletin(&["translate", &source, "--to", "ca", "--root", &root]).0,
        0
    );
    let (_, json, _) = bulletin(&["translations", "--root", &root, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let states: Vec<(String, String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| {
            let key = a["key"].as_str().unwrap().to_string();
            a["languages"]
                .as_object()
                .unwrap()
                .iter()
                .map(move |(l, s)| {
                    (
                        key.clone(),
                        l.clone(),
                        s["state"].as_str().unwrap().to_string(),
                    )
                })
        })
        .collect();
    let has = |key: &str, lang: &str, state: &str| {
        states
            .iter()
            .any(|(k, l, s)| k.ends_with(key) && l == lang && s == state)
    };
    assert!(has("assembly", "de", "current"), "{states:?}");
    assert!(has("assembly", "en", "stale"), "{states:?}");
    assert!(has("open-call", "ca", "draft"), "{states:?}");
    assert!(has("open-call", "de", "missing"), "{states:?}");
    assert!(has("mitglieder", "ca", "not-needed"), "{states:?}");
    assert!(has("study-visit", "ca", "orphaned"), "{states:?}");
    // `--fail-on missing` can pass: a not-needed version is not missing.
    assert_eq!(
        bulletin(&["translations", "--root", &root, "--fail-on", "draft"]).0,
        1
    );

    // serve (without --drafts) shows the draft as a draft, not as missing.
    let server = support::Server::start(&site.root, &[]);
    let html = server.get("/_bulletin/translations").text();
    assert!(
        html.contains("<td class=\"draft\">draft (from en)</td>"),
        "{html}"
    );
    assert!(
        html.contains("<td class=\"not-needed\">not-needed</td>"),
        "{html}"
    );
    assert!(
        html.contains("<td class=\"orphaned\">orphaned (from de)</td>"),
        "{html}"
    );
}

#[test]
fn a_narrow_terminal_gets_a_narrow_table() {
    let out = Command::new(env!("CARGO_BIN_EXE_bulletin"))
        .args(["translations", "--root", &fixture()])
        .env("COLUMNS", "72")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    let widest = table.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest <= 72, "{widest} columns:\n{table}");
    assert!(table.contains("stale←de"), "{table}");
    assert!(table.contains("orig: the original"), "{table}");
}

#[test]
fn translations_take_event_tags_and_date_from_their_source() {
    let root = std::path::Path::new(&fixture()).to_path_buf();
    let config =
        bulletin::config::Config::load(&root, &bulletin::config::Overrides::default()).unwrap();
    let (content, problems) = bulletin::content::load(&config);
    assert!(!problems.has_errors());
    let ca = content
        .pages
        .iter()
        .find(|p| p.file.ends_with("2024-03-01-assembly.ca.md"))
        .unwrap();
    let event = ca
        .front
        .event
        .as_ref()
        .expect("the event of the German source");
    assert_eq!(event.location.as_deref(), Some("Graz"));
    assert_eq!(ca.front.tags, ["Versammlung"]);
    assert_eq!(
        ca.date.map(|d| d.to_string()).as_deref(),
        Some("2024-03-01")
    );

    // A translation that gives only its location keeps the source's dates.
    let site = Site::copy("translations");
    site.edit(
        "content/news/2024-03-01-assembly.ca.md",
        "slug = \"assemblea-graz\"",
        "slug = \"assemblea-graz\"\n\n[event]\nlocation = \"Graz (Àustria)\"",
    );
    let config =
        bulletin::config::Config::load(&site.root, &bulletin::config::Overrides::default())
            .unwrap();
    let (content, problems) = bulletin::content::load(&config);
    assert!(problems.is_empty(), "{problems:?}");
    let ca = content
        .pages
        .iter()
        .find(|p| p.file.ends_with("2024-03-01-assembly.ca.md"))
        .unwrap();
    let event = ca.front.event.as_ref().unwrap();
    assert_eq!(event.location.as_deref(), Some("Graz (Àustria)"));
    assert_eq!(event.start.to_string(), "2024-03-14T10:00:00+01:00");
    assert!(event.end.is_some());
    // An original may not leave out its start.
    site.edit(
        "content/news/2024-03-01-assembly.de.md",
        "start = 2024-03-14T10:00:00+01:00\n",
        "",
    );
    let (_, problems) = bulletin::content::load(&config);
    let text: Vec<String> = problems.into_iter().map(|d| d.to_string()).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("2024-03-01-assembly.de.md:")
                && t.contains("the event has no `start`")),
        "{text:?}"
    );

    // A translation with dates of its own that differ from its source's is warned about.
    let site = Site::copy("translations");
    site.edit(
        "content/news/2024-03-01-assembly.ca.md",
        "slug = \"assemblea-graz\"",
        "slug = \"assemblea-graz\"\n\n[event]\nstart = 2024-03-15T10:00:00+01:00",
    );
    let config =
        bulletin::config::Config::load(&site.root, &bulletin::config::Overrides::default())
            .unwrap();
    let (_, problems) = bulletin::content::load(&config);
    let text: Vec<String> = problems.into_iter().map(|d| d.to_string()).collect();
    assert!(
        text.iter().any(|t| t.contains("2024-03-01-assembly.ca.md")
            && t.contains("differ from those of the `de` version")),
        "{text:?}"
    );
}

#[test]
fn serve_shows_the_translations_live() {
    let site = Site::copy("translations");
    let server = support::Server::start(&site.root, &[]);
    let page = server.get("/_bulletin/translations");
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains("<td class=\"stale\">stale (from de)</td>"),
        "{html}"
    );
    let events = server.events();
    events.wait_for("hello");
    site.edit(
        "content/news/2024-03-01-assembly.de.md",
        "im Rathaus",
        "im Kongresszentrum",
    );
    events.wait_for("reload");
    let html = server.get("/_bulletin/translations").text();
    assert!(
        !html.contains("<td class=\"current\">current (from de)</td>"),
        "{html}"
    );
    assert_eq!(
        html.matches("<td class=\"stale\">stale (from de)</td>")
            .count(),
        2
    );
}

#[test]
fn a_stale_translation_says_so_in_its_own_language() {
    let expected = [
        (
            "de",
            "Diese Übersetzung ist möglicherweise nicht mehr aktuell",
            "Zum Original",
        ),
        (
            "ca",
            "Pot ser que aquesta traducció no estigui al dia",
            "Llegiu l’original",
        ),
        (
            "en",
            "This translation may be out of date",
            "Read the original",
        ),
        (
            "es",
            "Es posible que esta traducción no esté al día",
            "Leer el original",
        ),
        (
            "fr",
            "Cette traduction n’est peut-être plus à jour",
            "Lire l’original",
        ),
        ("sl", "Ta prevod morda ni več ažuren", "Preberite izvirnik"),
    ];
    let site = Site::copy("translations");
    site.write(
        "bulletin.toml",
        "base_url = \"https://translations.example.org\"\ndefault_language = \"en\"\n\
         [languages.de]\n[languages.ca]\n[languages.en]\n[languages.es]\n[languages.fr]\n[languages.sl]\n",
    );
    for (lang, _, _) in &expected[..] {
        if *lang == "en" {
            continue;
        }
        site.write(
            &format!("content/news/2024-04-10-open-call.{lang}.md"),
            "+++\ntitle = \"…\"\n\n[translation]\nfrom = \"en\"\nsource_hash = \"sha256:00\"\n+++\n\n…\n",
        );
    }
    let built = bulletin::build_in_memory(&bulletin::BuildOptions::new(&site.root))
        .unwrap_or_else(|f| panic!("{f}"));
    for (lang, notice, link) in expected {
        let path = if lang == "en" {
            "en/news/general-assembly-graz/index.html".to_string()
        } else {
            format!("{lang}/news/open-call/index.html")
        };
        let html = String::from_utf8(built.files[&path].clone()).unwrap();
        assert!(html.contains(notice), "{lang}: no notice in {path}");
        assert!(
            html.contains(link),
            "{lang}: no link to the original in {path}"
        );
    }
    // A current translation has no notice.
    let ca = String::from_utf8(built.files["ca/news/assemblea-graz/index.html"].clone()).unwrap();
    assert!(!ca.contains("translation-notice"));

    // With the original's `updated` date, the notice says when.
    site.edit(
        "content/news/2024-04-10-open-call.en.md",
        "date = 2024-04-10",
        "date = 2024-04-10\nupdated = 2024-05-02",
    );
    let built = bulletin::build_in_memory(&bulletin::BuildOptions::new(&site.root))
        .unwrap_or_else(|f| panic!("{f}"));
    let de = String::from_utf8(built.files["de/news/open-call/index.html"].clone()).unwrap();
    assert!(
        de.contains("Das Original wurde am 2. Mai 2024 aktualisiert."),
        "{de}"
    );
}

/// `check` says what `bulletin translations` says: a stale translation and an orphaned one are
/// warnings at their files, with the command that confirms an updated translation.
#[test]
fn check_warns_about_stale_and_orphaned_translations() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/translations");
    let report =
        bulletin::commands::check::check(&root, false, None).unwrap_or_else(|f| panic!("{f}"));
    let warnings: Vec<String> = report.warnings.iter().map(|d| d.to_string()).collect();
    assert!(
        warnings.iter().any(|w| w.contains(
            "content/news/2024-03-01-assembly.en.md: this translation is stale: its source content/news/2024-03-01-assembly.de.md changed since it was translated"
        ) && w.contains("bulletin translate content/news/2024-03-01-assembly.en.md --to en --done")),
        "{warnings:#?}"
    );
    assert!(
        warnings.iter().any(|w| w.contains(
            "content/news/2024-05-20-study-visit.ca.md: this translation says it is from `de`, but the article has no `de` version"
        )),
        "{warnings:#?}"
    );
    assert_eq!(
        warnings.iter().filter(|w| w.contains("is stale")).count(),
        1,
        "only the stale one: {warnings:#?}"
    );
}
