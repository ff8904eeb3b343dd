//! `bulletin init DIR`: a new site that builds and checks cleanly as it is, using the built-in
//! default theme.

use std::path::{Path, PathBuf};

use crate::error::Diagnostic;

/// Writes a new site skeleton into `dir`, which must not exist or be empty. Returns the files
/// written, relative to `dir`.
pub fn init(dir: &Path, today: jiff::civil::Date) -> Result<Vec<PathBuf>, Diagnostic> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .map_err(|e| crate::fs::io_error(dir, "cannot read", &e))?
            .next()
            .is_none();
        if !empty {
            return Err(
                Diagnostic::error(format!("`{}` exists and is not empty", dir.display()))
                    .help("choose a new folder name; init never overwrites files"),
            );
        }
    }
    let stem = format!("{today}-welcome");
    // The English welcome's text: the German one records its hash, as `translate --done` does,
    // so that a new site starts with a current translation.
    let welcome_en = "\nThis newsletter brings news, meetings and open calls of our project, in every language of our partners.\n\n<!-- more -->\n\n## What comes next\n\nWrite articles in `content/news/`, one file per language, and preview them with `bulletin serve`.\n";
    let welcome_hash = crate::content::hash::content_hash(welcome_en);
    let files: Vec<(PathBuf, String)> = vec![
        (
            "bulletin.toml".into(),
            r#"# Settings of this site; `bulletin docs content` shows every key.
base_url = "https://news.example.org"
default_language = "en"
theme = "default"
paginate_by = 10

[languages.en]
title = "Our project newsletter"
description = "News, meetings and open calls of our project"

[languages.de]
title = "Newsletter unseres Projekts"
description = "Neuigkeiten, Treffen und Ausschreibungen unseres Projekts"

[feeds]
atom = true

[markdown]
raw_html = false
smart_punctuation = true

[taxonomies]
tags = true

# A search page per language, in the menu (the index is made by build and serve).
[search]
enabled = true
"#
            .into(),
        ),
        (
            format!("content/news/{stem}.en.md").into(),
            format!(
                "+++\ntitle = \"Welcome to our newsletter\"\ndate = {today}\ndescription = \"What this newsletter is about.\"\ntags = [\"News\"]\n+++\n{welcome_en}"
            ),
        ),
        (
            format!("content/news/{stem}.de.md").into(),
            format!(
                "+++\ntitle = \"Willkommen zu unserem Newsletter\"\ndate = {today}\ndescription = \"Worum es in diesem Newsletter geht.\"\ntags = [\"News\"]\n\n[translation]\nfrom = \"en\"\nsource_hash = \"{welcome_hash}\"\n+++\n\nDieser Newsletter bringt Neuigkeiten, Treffen und Ausschreibungen unseres Projekts – in jeder Sprache unserer Partner.\n\n<!-- more -->\n\n## Wie es weitergeht\n\nSchreiben Sie Artikel in `content/news/`, eine Datei pro Sprache, und sehen Sie sie mit `bulletin serve` in der Vorschau.\n"
            ),
        ),
        (
            "content/news/_index.en.md".into(),
            "+++\ntitle = \"News\"\n+++\n".into(),
        ),
        (
            "content/news/_index.de.md".into(),
            "+++\ntitle = \"Neuigkeiten\"\n+++\n".into(),
        ),
        ("i18n/en/site.ftl".into(), SITE_FTL.into()),
        ("i18n/de/site.ftl".into(), SITE_FTL.into()),
        (
            // What a build makes beside the sources: the output, its lock and staging folders,
            // and the cache of prepared images.
            ".gitignore".into(),
            "/public/
/.public.*
/.bulletin-cache/
"
            .into(),
        ),
    ];
    for (rel, text) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| crate::fs::io_error(parent, "cannot create folder", &e))?;
        }
        std::fs::write(&path, text).map_err(|e| crate::fs::io_error(&path, "cannot write", &e))?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

const SITE_FTL: &str = "# UI strings of this site. A message defined here replaces the theme's message with the\n# same id, e.g.\n#   read-more = Continue reading\n# The theme's messages are listed in its i18n/<lang>/theme.ftl.\n";

/// The GitHub Actions workflow that publishes a site on GitHub Pages (docs/publishing.md).
pub const GITHUB_PAGES_WORKFLOW: &str = include_str!("github-pages.yml");

/// Writes [`GITHUB_PAGES_WORKFLOW`] into the site at `dir`; returns its path relative to it.
pub fn github_pages_workflow(dir: &Path) -> Result<PathBuf, Diagnostic> {
    let rel = PathBuf::from(".github/workflows/publish.yml");
    let path = dir.join(&rel);
    if path.exists() {
        return Err(
            Diagnostic::error(format!("`{}` already exists", path.display()))
                .help("remove it first, or compare it with `bulletin docs publishing`"),
        );
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| crate::fs::io_error(parent, "cannot create folder", &e))?;
    }
    std::fs::write(&path, GITHUB_PAGES_WORKFLOW)
        .map_err(|e| crate::fs::io_error(&path, "cannot write", &e))?;
    Ok(rel)
}
