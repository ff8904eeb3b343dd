//! `bulletin import` over the seed files in seeds/ and the announcements in
//! tests/fixtures/import/: what is recovered, that no sentence is lost, idempotency, hand edits,
//! and bad input.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bulletin::commands::import::{FileAction, ImportOptions};
use bulletin::config::{Config, Overrides};
use bulletin::import::{self, Article, render};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn texts() -> PathBuf {
    repo().join("tests/fixtures/import/texts")
}

fn fixture_site() -> PathBuf {
    repo().join("tests/fixtures/import/site")
}

/// Imports `bytes` with the languages and known tags of the site at `root`.
fn import_with(
    root: &Path,
    bytes: &[u8],
    name: &str,
) -> Result<Article, bulletin::error::Diagnostic> {
    let config = Config::load(root, &Overrides::default()).unwrap();
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let options = import::Options {
        languages: &codes,
        lang: None,
        known_tags: &config.import.known_tags,
        source_file: name,
    };
    import::import(bytes, &options)
}

fn fixture(name: &str) -> Article {
    let bytes = std::fs::read(texts().join(name)).unwrap();
    import_with(&fixture_site(), &bytes, name).unwrap_or_else(|d| panic!("{d}"))
}

/// A new site in a temporary folder: the config and section indexes of `from`, no articles.
fn empty_site(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(from.join("bulletin.toml"), dir.path().join("bulletin.toml")).unwrap();
    let news = dir.path().join("content/news");
    std::fs::create_dir_all(&news).unwrap();
    if let Ok(entries) = std::fs::read_dir(from.join("content/news")) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with("_index") {
                std::fs::copy(e.path(), news.join(e.file_name())).unwrap();
            }
        }
    }
    dir
}

fn run(root: &Path, inputs: Vec<PathBuf>, force: bool) -> bulletin::ImportReport {
    let options = ImportOptions {
        root: root.to_path_buf(),
        inputs,
        force,
        ..ImportOptions::default()
    };
    bulletin::import(&options).unwrap_or_else(|f| panic!("{f}"))
}

fn articles(root: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(root.join("content/news"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("_index"))
        .map(|n| {
            let text = std::fs::read_to_string(root.join("content/news").join(&n)).unwrap();
            (n, text)
        })
        .collect()
}

// --- no content sentence lost -------------------------------------------------------------

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every sentence of the input (each line cut at sentence punctuation) appears, word for word,
/// in the title, description or body: except debris, and the date lines of the header whose
/// content went into the front matter.
fn assert_no_sentence_lost(input: &[u8], article: &Article) {
    let text = import::decode::decode(input).unwrap().text;
    let output = format!(
        " {} ",
        words(&format!(
            "{}\n{}\n{}",
            article.title,
            article.description.clone().unwrap_or_default(),
            article.body
        ))
        .join(" ")
    );
    for line in text.lines() {
        if import::cleanup::is_debris(line) || import::title::is_date_line(line.trim()) {
            continue;
        }
        for sentence in line.split(['.', '!', '?', ';']) {
            let w = words(sentence);
            if w.is_empty() {
                continue;
            }
            let needle = format!(" {} ", w.join(" "));
            assert!(
                output.contains(&needle),
                "lost from {}: `{}`\n---\n{}",
                article.source_file,
                sentence.trim(),
                article.body
            );
        }
    }
}

// --- the seeds ----------------------------------------------------------------------------

fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .flatten()
        .map(|e| {
            (
                format!("seeds/{}", e.file_name().to_string_lossy()),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    files
}

#[test]
fn seed_imports_match_their_snapshots() {
    for (name, bytes) in seeds() {
        let article = import_with(&repo(), &bytes, &name).unwrap_or_else(|d| panic!("{d}"));
        let stem = Path::new(&name)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        insta::assert_snapshot!(format!("seed_{stem}"), render::render(&article));
    }
}

#[test]
fn seeds_lose_no_sentence() {
    for (name, bytes) in seeds() {
        let article = import_with(&repo(), &bytes, &name).unwrap();
        assert_no_sentence_lost(&bytes, &article);
    }
}

#[test]
fn seeds_recover_language_title_dates_and_place() {
    let seeds = seeds();
    let get = |i: usize| import_with(&repo(), &seeds[i].1, &seeds[i].0).unwrap();

    let a = get(0);
    assert_eq!(
        (a.lang.as_str(), a.title.as_str()),
        (
            "de",
            "Das SECON-Projekttreffen findet in Cáceres, Extremadura, statt"
        )
    );
    let e = a.event.unwrap();
    assert_eq!(
        (e.start.to_string(), e.end.unwrap().to_string()),
        ("2024-10-22".into(), "2024-10-25".into())
    );
    assert_eq!(e.location.as_deref(), Some("Cáceres, Spanien"));

    let a = get(1);
    assert_eq!(a.lang, "en");
    let e = a.event.unwrap();
    assert_eq!(e.start.to_string(), "2021-05-26T10:00:00+01:00");
    assert_eq!(e.end.unwrap().to_string(), "2021-05-26T12:00:00+01:00");
    assert!(e.online);
    // Repeated partner sections are kept once; the captcha and "View more" are gone.
    assert_eq!(
        a.body
            .matches("The social economy in Slovenia consists")
            .count(),
        1
    );
    assert_eq!(a.body.matches("Heykel Bouazza").count(), 1);
    assert!(!a.body.contains("6 + 15") && !a.body.contains("View more"));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message.contains("vague date `2nd semester 2021`"))
    );

    let a = get(2);
    assert_eq!(
        (a.lang.as_str(), a.title.as_str()),
        ("ca", "Què és el programa d’Economia Social? / Qui som?")
    );
    assert_eq!(a.date, None);

    let a = get(3);
    assert_eq!(
        (a.lang.as_str(), a.title.as_str()),
        ("en", "SocialTech4EU Kick-Off Meeting!")
    );
    assert_eq!(a.date.unwrap().to_string(), "2022-11-08");
    assert_eq!(
        a.body.matches("SocialTech4EU Kick-Off Meeting").count(),
        0,
        "the repeated headline is not in the body"
    );

    let a = get(4);
    assert_eq!(a.lang, "en");
    let e = a.event.unwrap();
    assert_eq!(
        (e.start.to_string(), e.end.unwrap().to_string()),
        ("2019-11-27".into(), "2019-11-28".into())
    );
    assert_eq!(e.location.as_deref(), Some("Mexico"));
    assert!(!a.body.contains("Click here"));
}

/// `bulletin import seeds/` on a fresh copy of the example site writes exactly the committed
/// imported articles in content/news/ (the translations beside them and the cover images are
/// chosen by people, not by import, and are left out of the comparison).
#[test]
fn example_site_news_is_the_import_of_the_seeds() {
    let site = empty_site(&repo());
    let seeds_copy = site.path().join("seeds");
    std::fs::create_dir(&seeds_copy).unwrap();
    for (name, bytes) in seeds() {
        std::fs::write(site.path().join(&name), bytes).unwrap();
    }
    let report = run(site.path(), vec![seeds_copy], false);
    assert!(
        report.files.iter().all(|f| f.action == FileAction::Created),
        "{report:#?}"
    );
    let fresh = articles(site.path());
    // Cover images (`[image]`, the last table of the front matter) are chosen by people
    // after the import, like the translations.
    let without_cover = |text: String| match (text.find("\n\n[image]\n"), text.find("\n+++\n")) {
        (Some(start), Some(end)) if start < end => format!("{}{}", &text[..start], &text[end..]),
        _ => text,
    };
    let committed: BTreeMap<String, String> = articles(&repo())
        .into_iter()
        .filter(|(_, text)| !text.lines().any(|l| l.trim() == "[translation]"))
        .map(|(name, text)| (name, without_cover(text)))
        .collect();
    assert_eq!(
        fresh.keys().collect::<Vec<_>>(),
        committed.keys().collect::<Vec<_>>()
    );
    for (name, text) in &fresh {
        assert_eq!(
            text, &committed[name],
            "content/news/{name} differs from a fresh import"
        );
    }
}

// --- fixtures in five languages -----------------------------------------------------------

#[test]
fn german_workshop_with_time_zone_place_and_deadline() {
    let a = fixture("de-workshop.txt");
    assert_eq!(a.lang, "de");
    assert_eq!(
        a.title,
        "Werkstatt Solidarische Ökonomie: Genossenschaften gründen in Sachsen"
    );
    assert_eq!(
        a.description.as_deref(),
        Some("Ein Tag für Austausch, Beratung und Vernetzung")
    );
    let e = a.event.as_ref().unwrap();
    assert_eq!(e.start.to_string(), "2025-03-13T09:30:00+01:00");
    assert_eq!(e.end.unwrap().to_string(), "2025-03-13T16:00:00+01:00");
    assert_eq!(
        e.location.as_deref(),
        Some("Leipzig, Haus der Demokratie, Bernhard-Göring-Straße 152")
    );
    assert_eq!(a.deadline.unwrap().to_string(), "2025-02-28");
    assert!(a.body.contains("## Programm\n\n- Begrüßung"));
    assert!(a.body.contains("<werkstatt@solioeko-leipzig.de>"));
    assert!(!a.body.contains("Startseite") && !a.body.contains("Weiterlesen"));
}

#[test]
fn catalan_days_without_year_take_the_publication_year() {
    let a = fixture("ca-jornada.txt");
    assert_eq!((a.lang.as_str(), a.encoding), ("ca", "windows-1252"));
    assert!(a.title.starts_with("Jornades de cooperativisme a Girona"));
    assert_eq!(a.date.unwrap().to_string(), "2025-03-12");
    let e = a.event.as_ref().unwrap();
    assert_eq!(
        (e.start.to_string(), e.end.unwrap().to_string()),
        ("2025-04-05".into(), "2025-04-08".into())
    );
    assert_eq!(e.location.as_deref(), Some("Girona, Espai Marfà"));
    assert!(a.body.contains("col·lectivitat") && a.body.contains("1. Donar a conèixer"));
    assert!(!a.body.contains("cookies"));
}

#[test]
fn spanish_call_has_a_deadline_and_no_event() {
    let a = fixture("es-convocatoria.txt");
    assert_eq!((a.lang.as_str(), a.encoding), ("es", "UTF-16LE"));
    assert_eq!(a.date.unwrap().to_string(), "2025-06-02");
    assert!(a.event.is_none());
    assert_eq!(a.deadline.unwrap().to_string(), "2025-09-15");
    assert_eq!(a.tags, ["REAS"]);
    assert!(
        a.body
            .contains("- [Más información](https://www.reasaragon.net/convocatoria-2025)")
    );
}

#[test]
fn english_webinar_is_online_with_registration_url() {
    let a = fixture("en-webinar.txt");
    let e = a.event.as_ref().unwrap();
    assert_eq!(e.start.to_string(), "2025-06-03T15:00:00+02:00");
    assert!(e.online);
    assert_eq!(e.location, None);
    assert_eq!(
        e.url.as_deref(),
        Some("https://events.example.org/financing-webinar")
    );
    assert_eq!(a.repeated_blocks, 1);
    assert_eq!(
        a.body
            .matches("Many social economy enterprises struggle")
            .count(),
        1
    );
    assert!(!a.body.contains("3 + 4") && !a.body.contains("Share this"));
    assert_eq!(a.tags, ["Erasmus+", "CEPES", "ESS France"]);
}

#[test]
fn french_workshop_range_with_place_in_the_dateline() {
    let a = fixture("fr-atelier.txt");
    assert_eq!(a.lang, "fr");
    assert_eq!(
        a.title,
        "Atelier : créer une coopérative d’activité et d’emploi"
    );
    let e = a.event.as_ref().unwrap();
    assert_eq!(
        (e.start.to_string(), e.end.unwrap().to_string()),
        ("2025-10-01".into(), "2025-10-03".into())
    );
    assert_eq!(e.location.as_deref(), Some("Bordeaux"));
    assert_eq!(a.deadline.unwrap().to_string(), "2025-09-15");
    assert!(!a.body.contains("Lire la suite") && !a.body.contains("Partager"));
}

#[test]
fn fixtures_lose_no_sentence() {
    for name in [
        "de-workshop.txt",
        "ca-jornada.txt",
        "es-convocatoria.txt",
        "en-webinar.txt",
        "fr-atelier.txt",
        "en-no-year.txt",
        "de-bad-date.txt",
    ] {
        let bytes = std::fs::read(texts().join(name)).unwrap();
        assert_no_sentence_lost(&bytes, &fixture(name));
    }
}

#[test]
fn a_date_without_year_is_never_completed_by_guessing() {
    let a = fixture("en-no-year.txt");
    assert!(a.event.is_none() && a.date.is_none());
    assert!(a.body.contains("Join us on 14 May"));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.message.contains("`14 May` has no year")),
        "{:?}",
        a.warnings
    );
}

#[test]
fn impossible_date_is_a_warning_with_its_line() {
    let a = fixture("de-bad-date.txt");
    let w = a
        .warnings
        .iter()
        .find(|w| {
            w.message
                .contains("`31. Februar 2024` is not a calendar date")
        })
        .unwrap();
    assert_eq!(w.position.unwrap().line, 3);
    assert!(a.event.is_none());
    assert!(
        a.body.contains("Datum: 31. Februar 2024"),
        "the text keeps it"
    );
}

// --- writing: idempotency, edits, names ---------------------------------------------------

#[test]
fn importing_twice_changes_nothing() {
    let site = empty_site(&fixture_site());
    let first = run(site.path(), vec![texts()], false);
    assert_eq!(
        first
            .files
            .iter()
            .filter(|f| f.action == FileAction::Created)
            .count(),
        7
    );
    let before = articles(site.path());
    let second = run(site.path(), vec![texts()], false);
    for f in &second.files {
        assert!(
            matches!(f.action, FileAction::Unchanged | FileAction::Failed),
            "{}: {:?}",
            f.input,
            f.action
        );
    }
    assert_eq!(before, articles(site.path()));
}

#[test]
fn a_hand_edit_is_kept_unless_forced() {
    let site = empty_site(&fixture_site());
    let input = vec![texts().join("fr-atelier.txt")];
    let report = run(site.path(), input.clone(), false);
    let path = site.path().join(report.files[0].output.as_ref().unwrap());
    let generated = std::fs::read_to_string(&path).unwrap();
    let edited = generated.replace(
        "Le déjeuner est offert",
        "Le déjeuner (végétarien) est offert",
    );
    std::fs::write(&path, &edited).unwrap();

    let report = run(site.path(), input.clone(), false);
    assert_eq!(report.files[0].action, FileAction::KeptEdited);
    assert!(
        report.files[0].diagnostics[0]
            .help
            .as_deref()
            .unwrap()
            .contains("--force")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);

    let report = run(site.path(), input, true);
    assert_eq!(report.files[0].action, FileAction::Updated);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), generated);
}

#[test]
fn a_changed_source_updates_its_article_in_place() {
    let site = empty_site(&fixture_site());
    let source = site.path().join("note.txt");
    let text = std::fs::read_to_string(texts().join("fr-atelier.txt")).unwrap();
    std::fs::write(&source, &text).unwrap();
    let first = run(site.path(), vec![source.clone()], false);
    std::fs::write(&source, text.replace("trois jours", "trois journées")).unwrap();
    let second = run(site.path(), vec![source], false);
    assert_eq!(second.files[0].action, FileAction::Updated);
    assert_eq!(first.files[0].output, second.files[0].output);
    assert_eq!(articles(site.path()).len(), 1);
}

#[test]
fn same_title_gets_a_unique_name_and_dry_run_writes_nothing() {
    let site = empty_site(&fixture_site());
    let text = std::fs::read(texts().join("en-webinar.txt")).unwrap();
    for name in ["a.txt", "b.txt"] {
        std::fs::write(site.path().join(name), &text).unwrap();
    }
    let inputs = vec![site.path().join("a.txt"), site.path().join("b.txt")];
    let options = ImportOptions {
        root: site.path().to_path_buf(),
        inputs: inputs.clone(),
        dry_run: true,
        ..ImportOptions::default()
    };
    let dry = bulletin::import(&options).unwrap();
    assert!(
        dry.files
            .iter()
            .all(|f| f.action == FileAction::Created && f.text.is_some())
    );
    assert!(articles(site.path()).is_empty(), "dry run wrote nothing");

    run(site.path(), inputs, false);
    let names: Vec<String> = articles(site.path()).into_keys().collect();
    assert_eq!(
        names,
        [
            "2025-06-03-webinar-financing-social-economy-enterprises-with-erasmus-2.en.md",
            "2025-06-03-webinar-financing-social-economy-enterprises-with-erasmus.en.md"
        ]
    );
    let text = &articles(site.path())[&names[1]];
    assert!(text.contains("file = \"a.txt\""), "{text}");
}

// --- bad input ----------------------------------------------------------------------------

fn failure(bytes: &[u8]) -> String {
    let site = empty_site(&fixture_site());
    let input = site.path().join("bad.txt");
    std::fs::write(&input, bytes).unwrap();
    let report = run(site.path(), vec![input], false);
    assert_eq!(report.files[0].action, FileAction::Failed);
    assert!(report.has_errors());
    assert!(articles(site.path()).is_empty(), "nothing written");
    report.files[0]
        .diagnostics
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn bad_input_is_an_error_naming_file_and_line() {
    assert!(failure(b"").starts_with("error: bad.txt:1:1: the file is empty\n  help: "));
    let binary = failure(b"PK\x03\x04\x00\x00binary\x00\x01");
    assert!(
        binary.starts_with("error: bad.txt:1:1: this is not a text file"),
        "{binary}"
    );
    let long = failure(format!("Title\n\n{}\n", "word ".repeat(210_000)).as_bytes());
    assert!(
        long.starts_with("error: bad.txt:3:1: line 3 is 1025 KB long"),
        "{long}"
    );
    let debris = failure(&std::fs::read(texts().join("debris-only.txt")).unwrap());
    assert!(
        debris.starts_with("error: bad.txt:1:1: nothing but form debris"),
        "{debris}"
    );
    let dutch = failure(&std::fs::read(texts().join("nl-nieuws.txt")).unwrap());
    assert!(dutch.contains("the text is in Dutch (nl"), "{dutch}");
    assert!(
        dutch.contains("help: add [languages.nl] to bulletin.toml"),
        "{dutch}"
    );
}

#[test]
fn bad_options_are_errors() {
    let site = empty_site(&fixture_site());
    let options = ImportOptions {
        root: site.path().to_path_buf(),
        inputs: vec![texts()],
        lang: Some("pt".into()),
        ..ImportOptions::default()
    };
    let f = bulletin::import(&options).unwrap_err();
    assert!(
        f.to_string()
            .contains("`--lang pt` is not one of the site's languages"),
        "{f}"
    );
    let options = ImportOptions {
        root: site.path().to_path_buf(),
        inputs: vec![texts()],
        section: Some("../x".into()),
        ..ImportOptions::default()
    };
    assert!(
        bulletin::import(&options)
            .unwrap_err()
            .to_string()
            .contains("not a folder name")
    );
    let report = run(site.path(), vec![site.path().join("missing.txt")], false);
    assert!(
        report.files[0].diagnostics[0]
            .to_string()
            .contains("cannot read")
    );
}

/// Issue 13, item 13: `import /dev/zero` (or a pipe, or a huge file) is refused, not read
/// without bound.
#[test]
fn a_device_or_a_huge_file_is_not_read_without_bound() {
    let site = empty_site(&fixture_site());
    let huge = site.path().join("huge.txt");
    std::fs::write(&huge, vec![b'a'; 9 * 1024 * 1024]).unwrap();
    let report = run(
        site.path(),
        vec![PathBuf::from("/dev/zero"), huge.clone()],
        false,
    );
    assert_eq!(report.files.len(), 2);
    assert!(report.files.iter().all(|f| f.action == FileAction::Failed));
    let text: Vec<String> = report
        .files
        .iter()
        .flat_map(|f| f.diagnostics.iter().map(|d| d.to_string()))
        .collect();
    assert!(text[0].contains("not a regular file"), "{text:?}");
    assert!(text[1].contains("larger than 8 MiB"), "{text:?}");
}

#[test]
fn the_source_is_recorded_relative_to_the_site_whatever_the_working_folder() {
    // Typed from the site root, from a subfolder, and through `..`: one article, updated in
    // place, never a duplicate `-2`.
    let site = empty_site(&fixture_site());
    let seeds = site.path().join("seeds");
    std::fs::create_dir(&seeds).unwrap();
    std::fs::copy(
        texts().join("de-workshop.txt"),
        seeds.join("de-workshop.txt"),
    )
    .unwrap();
    let import_from = |dir: &Path, input: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_bulletin"))
            .current_dir(site.path().join(dir))
            .args(["import", input])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    import_from(Path::new(""), "seeds/de-workshop.txt");
    let first = articles(site.path());
    assert_eq!(first.len(), 1, "{:?}", first.keys());
    assert!(
        first
            .values()
            .next()
            .unwrap()
            .contains("file = \"seeds/de-workshop.txt\""),
        "{first:?}"
    );
    import_from(Path::new("content"), "../seeds/de-workshop.txt");
    import_from(Path::new("seeds"), "./de-workshop.txt");
    import_from(
        Path::new("content/news"),
        "../../content/../seeds/de-workshop.txt",
    );
    assert_eq!(articles(site.path()), first);
}
