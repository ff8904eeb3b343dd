//! Translations exchanged with translators' tools, on a copy of the example site: a German
//! source edited in one paragraph makes its Catalan and English translations stale with that
//! paragraph; `translations export --stale-only` holds exactly that block, fuzzy with its
//! previous source; translated in the PO file and imported, Catalan is current again and its
//! page loses the stale notice. PO files pass `msgfmt --check` (GNU gettext), XLIFF files the
//! OASIS XLIFF 1.2 strict schema (`xmllint`, offline through tests/fixtures/xliff/catalog.xml),
//! and an export imported unchanged changes no file.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::bulletin;

const SECON: &str =
    "content/news/2024-10-22-das-secon-projekttreffen-findet-in-caceres-extremadura-statt";

/// The example site (the repository's own content) in a temporary folder.
fn example_copy() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    for part in ["bulletin.toml", "content", "static", "i18n", "translations"] {
        let from = repo.join(part);
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.unwrap();
            let target = root.join(entry.path().strip_prefix(repo).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
    (dir, root)
}

fn contents(root: &Path) -> Vec<(PathBuf, String)> {
    walkdir::WalkDir::new(root.join("content"))
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().to_path_buf(),
                std::fs::read_to_string(e.path()).unwrap_or_default(),
            )
        })
        .collect()
}

fn msgfmt_check(file: &Path) {
    let out = Command::new("msgfmt")
        .args(["--check", "-o", "/dev/null"])
        .arg(file)
        .output()
        .expect("msgfmt (Debian's gettext; .ci/run installs it)");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "msgfmt --check {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn xliff_valid(file: &Path) {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xliff");
    let out = Command::new("xmllint")
        .env("XML_CATALOG_FILES", schemas.join("catalog.xml"))
        .args(["--nonet", "--noout", "--schema"])
        .arg(schemas.join("xliff-core-1.2-strict.xsd"))
        .arg(file)
        .output()
        .expect("xmllint (Debian's libxml2-utils; .ci/run installs it)");
    assert!(
        out.status.success(),
        "xmllint {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files
}

#[test]
fn one_changed_paragraph_goes_to_the_translator_and_back() {
    let (_dir, root) = example_copy();
    let r = root.display().to_string();
    let de = root.join(format!("{SECON}.de.md"));
    let text = std::fs::read_to_string(&de).unwrap();
    assert!(text.contains("\nVeranstaltung wird von der"));
    std::fs::write(
        &de,
        text.replace(
            "\nVeranstaltung wird von der",
            "\nDie Veranstaltung wird von der",
        ),
    )
    .unwrap();

    // Both translations are stale, with that paragraph.
    let (_, json, _) = bulletin(&["translations", "--root", &r, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let article = v
        .as_array()
        .unwrap()
        .iter()
        .find(|a| SECON.ends_with(a["key"].as_str().unwrap()))
        .unwrap();
    assert_eq!(article["languages"]["ca"]["state"], "stale");
    assert_eq!(article["languages"]["en"]["state"], "stale");
    for lang in ["ca", "en"] {
        let file = format!("{SECON}.{lang}.md");
        let (code, diff, err) = bulletin(&["translations", "--root", &r, "--diff", &file]);
        assert_eq!(code, 0, "{err}");
        assert!(diff.contains("1 paragraph changed"), "{diff}");
        assert!(
            diff.contains("paragraph 4 changed:\n    - Veranstaltung wird"),
            "{diff}"
        );
        assert!(diff.contains("    + Die Veranstaltung wird"), "{diff}");
    }
    let (_, _, check_err) = bulletin(&["check", "--root", &r]);
    assert!(
        check_err.contains("is stale") && check_err.contains("(1 paragraph changed)"),
        "{check_err}"
    );

    // The export holds exactly that block, fuzzy, with its previous source.
    let out = root.join("to-translate");
    let (code, _, err) = bulletin(&[
        "translations",
        "export",
        "--root",
        &r,
        "--to",
        "ca",
        "--stale-only",
        "--format",
        "po",
        "--output",
        &out.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    let files = files_in(&out);
    assert_eq!(files.len(), 1, "{files:?}");
    msgfmt_check(&files[0]);
    let po = std::fs::read_to_string(&files[0]).unwrap();
    assert_eq!(po.matches("msgctxt").count(), 1, "{po}");
    assert!(
        po.contains("#, fuzzy\n#| msgid \"\"\n#| \"Veranstaltung wird von der"),
        "{po}"
    );
    assert!(
        po.contains("msgctxt \"block-4\"\nmsgid \"\"\n\"Die Veranstaltung wird"),
        "{po}"
    );
    assert!(
        po.contains("msgstr \"\"\n\"L’esdeveniment l’organitza"),
        "{po}"
    );

    // The translator reviews it (and changes a word); import makes Catalan current.
    let reviewed = po
        .replace("#, fuzzy\n", "")
        .lines()
        .filter(|l| !l.starts_with("#|"))
        .collect::<Vec<_>>()
        .join("\n")
        .replace(
            "\"L’esdeveniment l’organitza",
            "\"Aquest esdeveniment l’organitza",
        );
    std::fs::write(&files[0], reviewed + "\n").unwrap();
    let (code, report, err) = bulletin(&[
        "translations",
        "import",
        "--root",
        &r,
        &files[0].display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(report.contains("(current)"), "{report}");
    let ca = std::fs::read_to_string(root.join(format!("{SECON}.ca.md"))).unwrap();
    assert!(
        ca.contains("\nAquest esdeveniment l’organitza la **Direcció General"),
        "{ca}"
    );
    assert!(ca.contains("[event]"), "front matter kept: {ca}");
    let (_, json, _) = bulletin(&["translations", "--root", &r, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let article = v
        .as_array()
        .unwrap()
        .iter()
        .find(|a| SECON.ends_with(a["key"].as_str().unwrap()))
        .unwrap();
    assert_eq!(article["languages"]["ca"]["state"], "current");
    assert_eq!(article["languages"]["en"]["state"], "stale");

    let built = bulletin::build_in_memory(&bulletin::BuildOptions::new(&root))
        .unwrap_or_else(|f| panic!("{f}"));
    let page = |path: &str| String::from_utf8(built.files[path].clone()).unwrap();
    let ca_page = built
        .files
        .keys()
        .find(|k| k.starts_with("ca/") && k.contains("secon") && k.ends_with("index.html"))
        .unwrap()
        .clone();
    let en_page = built
        .files
        .keys()
        .find(|k| {
            k.starts_with("en/") && k.contains("secon-project-meeting") && k.ends_with("index.html")
        })
        .cloned();
    assert!(!page(&ca_page).contains("translation-notice"), "{ca_page}");
    if let Some(en_page) = en_page {
        assert!(page(&en_page).contains("translation-notice"), "{en_page}");
    }
}

#[test]
fn exports_validate_and_an_unchanged_round_trip_changes_nothing() {
    let (_dir, root) = example_copy();
    let r = root.display().to_string();
    let before = contents(&root);
    for (lang, format) in [("ca", "po"), ("de", "po"), ("en", "xliff"), ("ca", "xliff")] {
        let out = root.join(format!("exchange-{lang}-{format}"));
        let (code, _, err) = bulletin(&[
            "translations",
            "export",
            "--root",
            &r,
            "--to",
            lang,
            "--format",
            format,
            "--output",
            &out.display().to_string(),
        ]);
        assert_eq!(code, 0, "{err}");
        let files = files_in(&out);
        assert!(files.len() >= 2, "{files:?}");
        for file in &files {
            if format == "po" {
                msgfmt_check(file);
            } else {
                xliff_valid(file);
            }
        }
        // The same export twice is the same bytes.
        let again = root.join(format!("again-{lang}-{format}"));
        bulletin(&[
            "translations",
            "export",
            "--root",
            &r,
            "--to",
            lang,
            "--format",
            format,
            "--output",
            &again.display().to_string(),
        ]);
        for (a, b) in files.iter().zip(files_in(&again)) {
            assert_eq!(std::fs::read(a).unwrap(), std::fs::read(&b).unwrap());
        }
        let mut args = vec![
            "translations".to_string(),
            "import".into(),
            "--root".into(),
            r.clone(),
        ];
        args.extend(files.iter().map(|f| f.display().to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, report, err) = bulletin(&args);
        assert_eq!(code, 0, "{err}");
        assert!(!report.contains(": wrote "), "{report}");
    }
    assert_eq!(
        before,
        contents(&root),
        "an unchanged round trip changes no file"
    );

    // A missing translation is exported with empty targets, and an import of the untouched
    // file writes a draft with every block reported untranslated.
    std::fs::remove_file(root.join(format!("{SECON}.en.md"))).unwrap();
    let out = root.join("missing");
    let (code, _, err) = bulletin(&[
        "translations",
        "export",
        "--root",
        &r,
        "--to",
        "en",
        "--output",
        &out.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    let file = files_in(&out)
        .into_iter()
        .find(|f| f.to_string_lossy().contains("secon"))
        .unwrap();
    msgfmt_check(&file);
    let (code, report, err) = bulletin(&[
        "translations",
        "import",
        "--root",
        &r,
        &file.display().to_string(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(report.contains("untranslated: block-1"), "{report}");
    let en = std::fs::read_to_string(root.join(format!("{SECON}.en.md"))).unwrap();
    assert!(en.contains("draft = true"), "{en}");
}

#[test]
fn broken_exchange_files_are_errors_with_the_file() {
    let (_dir, root) = example_copy();
    let r = root.display().to_string();
    for (name, text) in [
        ("broken.po", "msgid \"unterminated\nmsgstr \"\"\n"),
        (
            "noheader.po",
            "msgctxt \"block-1\"\nmsgid \"a\"\nmsgstr \"b\"\n",
        ),
        (
            "broken.xlf",
            "<xliff version=\"1.2\"><file><body><trans-unit id=\"x\">",
        ),
        (
            "wrong.xlf",
            "<?xml version=\"1.0\"?><xliff version=\"1.2\"><file original=\"content/nope.de.md\" source-language=\"de\" target-language=\"ca\"><body/></file></xliff>",
        ),
    ] {
        let file = root.join(name);
        std::fs::write(&file, text).unwrap();
        let (code, _, err) = bulletin(&[
            "translations",
            "import",
            "--root",
            &r,
            &file.display().to_string(),
        ]);
        assert_eq!(code, 1, "{name}");
        assert!(err.contains(name), "{name}: {err}");
    }
}
