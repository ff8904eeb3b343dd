//! `bulletin translate`: start a translation as a draft beside its source, and record after a
//! review that it matches the source as it is now. Front matter is edited with `toml_edit`, so
//! the rest of a file (comments, order, formatting) stays as the translator left it.

use std::path::{Path, PathBuf};

use toml_edit::{DocumentMut, Item, Table, value};

use crate::config::Config;
use crate::content::Page;
use crate::content::blocks;
use crate::content::front_matter::split;
use crate::content::hash::content_hash;
use crate::error::Failure;
use crate::error::{Diagnostic, Diagnostics};

/// What `bulletin translate` is asked to do.
#[derive(Debug, Clone)]
pub struct TranslateOptions {
    pub root: PathBuf,
    /// Any version of the article (its Markdown file); for a new translation, the source.
    pub article: PathBuf,
    /// The language of the translation.
    pub to: String,
    /// Record that the translation is up to date with its source now.
    pub done: bool,
    /// With `done`: record it even if the text still looks untranslated.
    pub force: bool,
}

/// What was done.
#[derive(Debug)]
pub enum Translated {
    /// A new draft translation was written.
    Created { file: PathBuf, from: String },
    /// The translation now records the source's current hash.
    Recorded {
        file: PathBuf,
        from: String,
        /// It was already up to date.
        unchanged: bool,
        /// It is still marked `draft = true` (its source is a draft too).
        draft: bool,
        /// It was a draft and no longer is: the next build publishes it.
        published: bool,
    },
}

/// The front-matter keys a new translation takes from its source: only what is translated.
/// Dates, times, URLs, tags and the rest are facts the translation inherits from its source
/// when it loads ([`crate::content::shared`]), so they are corrected in one file; `[event]`
/// keeps only its `location`, the one event field written in words.
const COPIED: &[&str] = &["title", "description"];

pub fn translate(options: &TranslateOptions) -> Result<Translated, Failure> {
    let root = crate::fs::absolute(&options.root);
    let fail = |d: Diagnostic| Failure::from(Diagnostics::from_iter([d]), &root);
    let (config, content) = super::translations::load_with_drafts(&root)?;
    site_language(&config, &options.to).map_err(fail)?;
    let given = find_page(&root, &options.article, &content.pages).map_err(fail)?;
    let versions = crate::content::translation_states::versions(&content);
    let versions = &versions[given.key.as_str()];
    let existing = versions.get(options.to.as_str());

    if options.done {
        let Some(target) = existing else {
            return Err(fail(
                Diagnostic::error(format!("the article has no `{}` version yet", options.to))
                    .in_file(&given.file)
                    .help(format!(
                        "start one with `bulletin translate {} --to {}`",
                        given.file.display(),
                        options.to
                    )),
            ));
        };
        let Some(translation) = &target.front.translation else {
            return Err(fail(
                Diagnostic::error("this version is an original, not a translation")
                    .in_file(&target.file)
                    .help("add `[translation]` with `from = \"<language>\"` to its front matter"),
            ));
        };
        let Some(source) = versions.get(translation.from.as_str()) else {
            return Err(fail(
                Diagnostic::error(format!(
                    "the source of this translation (`{}`) does not exist",
                    translation.from
                ))
                .in_file(&target.file)
                .help("correct `from` in `[translation]`, or restore the source"),
            ));
        };
        if !options.force {
            untranslated(target, source, &config).map_err(fail)?;
        }
        let hash = content_hash(source.body());
        let hashes: Vec<String> = blocks::blocks(source.body())
            .iter()
            .map(|b| b.hash())
            .collect();
        let publish = target.front.draft && !source.front.draft;
        let unchanged = translation.source_hash.as_deref() == Some(hash.as_str())
            && translation.blocks == hashes
            && !publish;
        if !unchanged {
            crate::content::memory::keep(&root, &hash, source.body()).map_err(fail)?;
            let confirmation = Confirmation {
                from: &translation.from,
                hash: &hash,
                blocks: &hashes,
                publish,
            };
            record(&root, target, &confirmation).map_err(fail)?;
            prune_memory(&root, &content, &target.file, &hash);
        }
        return Ok(Translated::Recorded {
            file: target.file.clone(),
            from: translation.from.clone(),
            unchanged,
            draft: target.front.draft && !publish,
            published: publish,
        });
    }

    if let Some(target) = existing {
        return Err(fail(
            Diagnostic::error(format!(
                "the article already has a `{}` version: `{}`",
                options.to,
                target.file.display()
            ))
            .help(format!(
                "after reviewing it against the source, record that with `bulletin translate {} --to {} --done`",
                given.file.display(),
                options.to
            )),
        ));
    }
    let file = translation_file(&given.file, &given.lang, &options.to, &config);
    let text = draft(given).map_err(fail)?;
    crate::fs::write_atomically(&root.join(&file), &text).map_err(fail)?;
    Ok(Translated::Created {
        file,
        from: given.lang.clone(),
    })
}

/// An error unless `code` is one of the site's languages.
pub(crate) fn site_language(config: &Config, code: &str) -> Result<(), Diagnostic> {
    if config.language(code).is_some() {
        return Ok(());
    }
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    Err(
        Diagnostic::error(format!("`{code}` is not a language of this site")).help(format!(
            "use one of {}, or add it to bulletin.toml",
            codes.join(", ")
        )),
    )
}

/// The page whose file is `path` (relative to the current folder, or to the site root).
pub(crate) fn find_page<'a>(
    root: &Path,
    path: &Path,
    pages: &'a [std::sync::Arc<Page>],
) -> Result<&'a Page, Diagnostic> {
    let absolute = crate::fs::absolute(path);
    let candidates = [
        absolute.strip_prefix(root).ok().map(Path::to_path_buf),
        Some(path.to_path_buf()),
    ];
    candidates
        .iter()
        .flatten()
        .find_map(|rel| pages.iter().find(|p| p.file == *rel))
        .map(|p| &**p)
        .ok_or_else(|| {
            Diagnostic::error(format!("`{}` is not an article of this site", path.display()))
                .help("give the Markdown file of an article, e.g. content/news/2024-10-22-secon-caceres.de.md")
        })
}

/// `news/x.de.md` → `news/x.ca.md`; `news/x.md` (default language) → `news/x.ca.md`;
/// `news/x/index.de.md` → `news/x/index.ca.md`.
pub fn translation_file(source: &Path, lang: &str, to: &str, config: &Config) -> PathBuf {
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let stem = match stem.strip_suffix(&format!(".{lang}")) {
        Some(s) if config.language(lang).is_some() => s,
        _ => stem,
    };
    source.with_file_name(format!("{stem}.{to}.md"))
}

/// The text of a new draft translation of `source`: its shared facts, title and description,
/// `draft = true`, `[translation]` with the language it is from, and the source text to
/// translate.
pub(crate) fn draft(source: &Page) -> Result<String, Diagnostic> {
    let parts = split(&source.source).map_err(|d| d.in_file(&source.file))?;
    let original: DocumentMut = parts.front_matter.parse().map_err(|e| {
        Diagnostic::error(format!("cannot read the front matter: {e}")).in_file(&source.file)
    })?;
    let mut doc = DocumentMut::new();
    for key in COPIED {
        if let Some(item) = original.get(key) {
            doc.insert(key, item.clone());
        }
    }
    // Without a date in its file name the translation needs its own for a dated URL.
    let stem = source
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if crate::content::load::split_date_prefix(&stem).0.is_none()
        && let Some(date) = original.get("date")
    {
        doc.insert("date", date.clone());
    }
    if let Some(location) = original.get("event").and_then(|e| e.get("location")) {
        let mut event = Table::new();
        event.insert("location", location.clone());
        doc.insert("event", Item::Table(event));
    }
    doc.insert("draft", value(true));
    let mut translation = Table::new();
    // No `source_hash` yet: a draft is not confirmed against its source until `--done`, so
    // removing `draft = true` by hand leaves it stale, not current.
    translation.insert("from", value(source.lang.as_str()));
    doc.insert("translation", Item::Table(translation));
    Ok(format!("+++\n{}+++\n{}", doc, parts.body))
}

/// Refuses a translation whose text is still the source's: most of its paragraphs identical
/// to the source's, or the language detector reading it as the source language.
fn untranslated(target: &Page, source: &Page, config: &Config) -> Result<(), Diagnostic> {
    let prose = |page: &Page| -> Vec<String> {
        blocks::blocks(page.body())
            .iter()
            .filter(|b| b.text.chars().filter(|c| c.is_alphabetic()).count() >= 4)
            .map(|b| crate::content::hash::normalize_whitespace(b.text))
            .collect()
    };
    let theirs: std::collections::BTreeSet<String> = prose(source).into_iter().collect();
    let ours = prose(target);
    let same = ours.iter().filter(|t| theirs.contains(*t)).count();
    let force = format!(
        "translate it, or record it anyway with `bulletin translate {} --to {} --done --force`",
        target.file.display(),
        target.lang
    );
    if !ours.is_empty() && same * 2 >= ours.len() {
        return Err(Diagnostic::error(format!(
            "{same} of its {} paragraphs are still the {} source's, word for word",
            ours.len(),
            source.lang
        ))
        .in_file(&target.file)
        .help(force));
    }
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let text = format!("{}\n\n{}", target.front.title, ours.join("\n\n"));
    if let Ok(detected) = crate::import::language::detect(&text, &codes)
        && detected.code == source.lang
        && detected.code != target.lang
    {
        return Err(Diagnostic::error(format!(
            "its text reads as {} (the source's language, confidence {:.2}), not `{}`",
            detected.name, detected.confidence, target.lang
        ))
        .in_file(&target.file)
        .help(force));
    }
    Ok(())
}

/// What `--done` (or an import) records in a translation's `[translation]`.
pub(crate) struct Confirmation<'a> {
    pub from: &'a str,
    /// The source's content hash now.
    pub hash: &'a str,
    /// The source's block hashes now, `""` for a block not confirmed.
    pub blocks: &'a [String],
    /// Remove `draft = true`.
    pub publish: bool,
}

/// Removes the kept source texts no translation refers to any more, now that `file` records
/// `hash`.
pub(crate) fn prune_memory(
    root: &Path,
    content: &crate::content::Content,
    file: &Path,
    hash: &str,
) {
    let mut in_use: std::collections::BTreeSet<&str> = content
        .pages
        .iter()
        .chain(&content.drafts)
        .filter(|p| p.file != file)
        .filter_map(|p| p.front.translation.as_ref()?.source_hash.as_deref())
        .collect();
    in_use.insert(hash);
    crate::content::memory::prune(root, &in_use);
}

/// Writes a confirmation into the `[translation]` table of `target`, leaving everything else
/// as it is.
pub(crate) fn record(
    root: &Path,
    target: &Page,
    confirmation: &Confirmation,
) -> Result<(), Diagnostic> {
    let parts = split(&target.source).map_err(|d| d.in_file(&target.file))?;
    let mut doc: DocumentMut = parts.front_matter.parse().map_err(|e| {
        Diagnostic::error(format!("cannot read the front matter: {e}")).in_file(&target.file)
    })?;
    let translation = doc
        .entry("translation")
        .or_insert_with(|| Item::Table(Table::new()));
    let Some(table) = translation.as_table_like_mut() else {
        return Err(Diagnostic::error("`translation` is not a table")
            .in_file(&target.file)
            .help("write it as a `[translation]` table with `from` and `source_hash`"));
    };
    table.insert("from", value(confirmation.from));
    table.insert("source_hash", value(confirmation.hash));
    table.insert(
        "blocks",
        value(toml_edit::Array::from_iter(confirmation.blocks.iter())),
    );
    if confirmation.publish {
        doc.remove("draft");
    }
    let text = format!(
        "{}{}{}",
        &target.source[..parts.front_offset],
        doc,
        &target.source[parts.front_offset + parts.front_matter.len()..]
    );
    crate::fs::write_atomically(&root.join(&target.file), &text)
}
