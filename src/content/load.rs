//! Walking `content/` into a [`Content`]: naming rules, front matter, drafts.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::front_matter::{self, FrontMatter, Moment, SectionFrontMatter};
use super::limits;
use super::memo::{CachedFile, Memo, Stamp};
use super::{Content, Page, SectionIndex};
use crate::config::Config;
use crate::error::{Diagnostic, Diagnostics};
use crate::toml_spans::Step;

/// What a file name says about a content file.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    /// An article: section, stem, language, page-bundle folder (if any).
    Article {
        section: String,
        stem: String,
        lang: String,
        bundle: Option<PathBuf>,
    },
    /// A section's `_index`.
    Section { section: String, lang: String },
}

/// Loads every Markdown file below `content/`; all problems are collected.
pub fn load(config: &Config) -> (Content, Diagnostics) {
    load_cached(config, None)
}

/// [`load`], reading only the files whose modification time or length differ from what
/// `cache` saw, and recording what it read there.
pub fn load_cached(config: &Config, cache: Option<&mut Memo>) -> (Content, Diagnostics) {
    let content_dir = config.root.join("content");
    let mut problems = Diagnostics::default();
    let mut files = Vec::new();
    if content_dir.is_dir() {
        for entry in WalkDir::new(&content_dir).sort_by_file_name() {
            match entry {
                Ok(e)
                    if e.file_type().is_file()
                        && e.path().extension().is_some_and(|x| x == "md") =>
                {
                    files.push(e.into_path())
                }
                Ok(_) => {}
                Err(e) => problems.push(
                    Diagnostic::error(format!("cannot read the content folder: {e}"))
                        .in_file(e.path().unwrap_or(&content_dir)),
                ),
            }
        }
    }

    let known = cache.as_deref();
    // Only a cache needs the stamps; a plain build does not pay for the extra stat calls.
    let loaded: Vec<(Option<Stamp>, Result<Loaded, Diagnostics>)> = files
        .par_iter()
        .map(|path| {
            let Some(known) = known else {
                return (None, load_file(config, &content_dir, path));
            };
            let stamp = std::fs::metadata(path).ok().map(|m| Stamp::of(&m));
            match (known.files.get(path.as_os_str()), stamp) {
                (Some(hit), Some(stamp)) if hit.stamp == stamp => {
                    (Some(stamp), Ok(hit.loaded.clone()))
                }
                _ => (stamp, load_file(config, &content_dir, path)),
            }
        })
        .collect();
    if let Some(cache) = cache {
        cache.files.clear();
        for (path, (stamp, result)) in files.iter().zip(&loaded) {
            if let (Some(stamp), Ok(loaded)) = (stamp, result) {
                cache.files.insert(
                    path.clone().into_os_string(),
                    CachedFile {
                        stamp: *stamp,
                        loaded: loaded.clone(),
                    },
                );
            }
        }
    }

    let mut content = Content::default();
    for (path, (_, result)) in files.iter().zip(loaded) {
        match result {
            Ok(Loaded::Page(page)) => {
                if page.front.draft && !config.drafts {
                    content.drafts.push(page);
                    continue;
                }
                content.sections.entry(page.section.clone()).or_default();
                content.pages.push(page);
            }
            Ok(Loaded::Section(section, lang, index)) => {
                content
                    .sections
                    .entry(section)
                    .or_default()
                    .insert(lang, (*index).clone());
            }
            Err(found) => {
                if let Ok(Kind::Article { section, stem, .. }) =
                    classify(config, &content_dir, path)
                {
                    content.failed.insert(article_key(&section, &stem));
                }
                for d in found {
                    problems.push(d.relative_to(&config.root));
                }
            }
        }
    }
    let order = |lang: &str| config.languages.iter().position(|l| l.code == lang);
    content.pages.sort_by(|a, b| {
        a.key
            .cmp(&b.key)
            .then(order(&a.lang).cmp(&order(&b.lang)))
            .then(a.file.cmp(&b.file))
    });
    // `x.md` is in the default language, so beside `x.en.md` (en the default) it is a second
    // English version. One is kept so that the other outputs' errors are not this one's echo.
    content.pages.dedup_by(|later, kept| {
        let twin = later.key == kept.key && later.lang == kept.lang;
        if twin {
            problems.push(
                Diagnostic::error(format!(
                    "this file and {} are both the `{}` version of one article",
                    kept.file.display(),
                    later.lang
                ))
                .in_file(&later.file)
                .help(format!(
                    "a file without a language suffix is in the default language ({}); remove or rename one of them",
                    config.default_language
                )),
            );
        }
        twin
    });
    problems.extend(super::shared::inherit(&mut content.pages));
    let (issues, p) = crate::content::issues::load_issues(config, &content.pages);
    content.issues = issues;
    problems.extend(p);
    (content, problems)
}

#[derive(Clone)]
pub(crate) enum Loaded {
    Page(std::sync::Arc<Page>),
    Section(String, String, std::sync::Arc<SectionIndex>),
}

fn load_file(config: &Config, content_dir: &Path, path: &Path) -> Result<Loaded, Diagnostics> {
    let rel = path
        .strip_prefix(&config.root)
        .unwrap_or(path)
        .to_path_buf();
    let kind = classify(config, content_dir, path).map_err(|d| d.in_file(&rel))?;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.len() > limits::FILE_BYTES
    {
        return Err(Diagnostic::error(format!(
            "the file has {} bytes; a content file may have at most {}",
            meta.len(),
            limits::FILE_BYTES
        ))
        .in_file(&rel)
        .help("split it into several articles, and keep pictures and documents as files beside it (a page bundle)")
        .into());
    }
    let source = crate::fs::read_text(path)?;
    let unfit: Diagnostics = crate::fs::unfit_characters(&source)
        .map(|d| d.in_file(&rel))
        .collect();
    if unfit.has_errors() {
        return Err(unfit);
    }
    let split = front_matter::split(&source).map_err(|d| d.in_file(&rel))?;
    let front_offset = split.front_offset;
    let body_offset = split.body_offset;
    let escaped: Diagnostics = crate::fs::unfit_escapes(split.front_matter, &source, front_offset)
        .into_iter()
        .map(|d| d.in_file(&rel))
        .collect();
    if escaped.has_errors() {
        return Err(escaped);
    }
    let located_all = |problems: Vec<(Diagnostic, usize)>| -> Diagnostics {
        problems
            .into_iter()
            .map(|(d, offset)| d.at_offset(&source, front_offset + offset).in_file(&rel))
            .collect()
    };
    match kind {
        Kind::Section { section, lang } => {
            let front: SectionFrontMatter =
                every_problem(split.front_matter).map_err(located_all)?;
            Ok(Loaded::Section(
                section,
                lang,
                std::sync::Arc::new(SectionIndex {
                    file: rel,
                    source: source.clone(),
                    front,
                    body_offset,
                }),
            ))
        }
        Kind::Article {
            section,
            stem,
            lang,
            bundle,
        } => {
            let mut front: FrontMatter = every_problem(split.front_matter).map_err(located_all)?;
            front.resolve_event();
            let (stem_date, stem_rest) = split_date_prefix(&stem);
            let slug_source = front.slug.as_deref().unwrap_or(stem_rest);
            let slug = slug::slugify(slug_source);
            let mut problems = front_problems(&front, &source, &config.urls);
            for (i, code) in front.languages.iter().enumerate() {
                if config.language(code).is_none() {
                    let codes: Vec<&str> =
                        config.languages.iter().map(|l| l.code.as_str()).collect();
                    problems.push(located(
                        Diagnostic::error(format!("`{code}` is not a language of this site")).help(
                            format!(
                                "`languages` names the languages the article is for, among {}",
                                codes.join(", ")
                            ),
                        ),
                        &source,
                        &[Step::Key("languages"), Step::Item(i)],
                    ));
                }
            }
            let partial = front
                .event_fields
                .as_ref()
                .is_some_and(|f| f.start.is_none());
            if partial && front.translation.is_none() {
                problems.push(located(
                    Diagnostic::error("the event has no `start`")
                        .help("add `start = 2026-03-07` (or `2026-03-07T18:00:00`) under [event]; only a translation may leave it to its source"),
                    &source,
                    &[Step::Key("event")],
                ));
            }
            if slug.is_empty() {
                problems.push(located(
                    Diagnostic::error(format!("`{slug_source}` gives an empty URL slug"))
                        .help("set `slug = \"…\"` in the front matter to letters or digits"),
                    &source,
                    &[Step::Key("slug")],
                ));
            }
            if !problems.is_empty() {
                return Err(problems.into_iter().map(|d| d.in_file(&rel)).collect());
            }
            let date = front.date.or(stem_date);
            let Some(url) = config
                .urls
                .article(&lang, &section, &slug, date.map(|d| d.date))
            else {
                let diagnostic = Diagnostic::error(format!(
                    "the article has no date, and the URLs of `{section}` need one"
                ))
                .help(format!(
                    "set date = 2026-03-07 in the front matter, or begin the file name with it \
                     (`[sections.{section}] url` in bulletin.toml uses the year, month or day)"
                ));
                return Err(Diagnostics::from_iter([diagnostic.in_file(&rel)]));
            };
            let assets = match &bundle {
                Some(dir) => bundle_assets(dir)
                    .into_iter()
                    .map(|p| p.strip_prefix(&config.root).unwrap_or(&p).to_path_buf())
                    .collect(),
                None => Vec::new(),
            };
            let key = article_key(&section, &stem);
            Ok(Loaded::Page(std::sync::Arc::new(Page {
                file: rel,
                source: source.clone(),
                lang,
                key,
                section,
                front,
                body_offset,
                slug,
                url,
                date,
                assets,
                hash: Default::default(),
            })))
        }
    }
}

/// What serde cannot see in an article's front matter: values that parse but make no sense.
fn front_problems(front: &FrontMatter, source: &str, urls: &crate::urls::Urls) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (what, limit, path) in [
        (front.tags.len(), limits::TAGS, Step::Key("tags")),
        (front.aliases.len(), limits::ALIASES, Step::Key("aliases")),
    ] {
        if what > limit {
            problems.push(located(
                Diagnostic::error(format!("{what} values where at most {limit} are allowed"))
                    .help("keep the list short: every value makes pages of its own (see Limits in the README)"),
                source,
                &[path],
            ));
        }
    }
    let dates = [
        (front.date, vec![Step::Key("date")]),
        (front.updated, vec![Step::Key("updated")]),
        (
            front.event.as_ref().map(|e| e.start),
            vec![Step::Key("event"), Step::Key("start")],
        ),
        (
            front.event.as_ref().and_then(|e| e.end),
            vec![Step::Key("event"), Step::Key("end")],
        ),
        (
            front.call.as_ref().map(|c| c.deadline),
            vec![Step::Key("call"), Step::Key("deadline")],
        ),
    ];
    for (moment, path) in dates {
        if let Some(m) = moment
            && !limits::YEARS.contains(&m.date.year())
        {
            problems.push(located(
                Diagnostic::error(format!(
                    "the year {} is outside the years feeds and calendars can carry",
                    m.date.year()
                ))
                .help(format!(
                    "write a date between {}-01-01 and {}-12-31",
                    limits::YEARS.start(),
                    limits::YEARS.end()
                )),
                source,
                &path,
            ));
        }
    }
    for (value, path) in front
        .slug
        .iter()
        .map(|s| (s, vec![Step::Key("slug")]))
        .chain(
            front
                .aliases
                .iter()
                .enumerate()
                .map(|(i, a)| (a, vec![Step::Key("aliases"), Step::Item(i)])),
        )
    {
        if value.len() > limits::PATH_BYTES || value.chars().any(char::is_control) {
            problems.push(located(
                Diagnostic::error(format!(
                    "`{}` is too long for a file name or holds a control character",
                    value
                        .chars()
                        .filter(|c| !c.is_control())
                        .take(40)
                        .collect::<String>()
                ))
                .help(format!(
                    "keep it under {} bytes, of letters, digits, - and /",
                    limits::PATH_BYTES
                )),
                source,
                &path,
            ));
        }
    }
    for (i, tag) in front.tags.iter().enumerate() {
        if slug::slugify(tag).is_empty() {
            problems.push(located(
                Diagnostic::error(format!("the tag `{tag}` has no letters or digits"))
                    .help("remove it from `tags`, or give it a name"),
                source,
                &[Step::Key("tags"), Step::Item(i)],
            ));
        }
    }
    for (i, alias) in front.aliases.iter().enumerate() {
        if urls.output_path(&urls.alias(alias)).is_none() {
            problems.push(located(
                Diagnostic::error(format!("the alias `{alias}` is not a path inside the site"))
                    .help("write the old address as a site path such as /old/news/, without `..`"),
                source,
                &[Step::Key("aliases"), Step::Item(i)],
            ));
        }
    }
    if let Some(event) = &front.event
        && event.ends_before_it_starts()
    {
        problems.push(located(
            Diagnostic::error("the event ends before it starts")
                .help("`end` is the last day (or moment) of the event, on or after `start`"),
            source,
            &[Step::Key("event"), Step::Key("end")],
        ));
    }
    // Addresses in front matter are followed by readers: http(s) only.
    let addresses = [
        (
            front.call.as_ref().and_then(|c| c.url.as_deref()),
            "call",
            "where one applies",
        ),
        (
            front.event.as_ref().and_then(|e| e.url.as_deref()),
            "event",
            "the event's page",
        ),
    ];
    for (url, table, what) in addresses {
        if let Some(url) = url
            && !web_address(url)
        {
            let shown: String = url.chars().filter(|c| !c.is_control()).take(60).collect();
            problems.push(located(
                Diagnostic::error(format!(
                    "the {table}'s `url` `{shown}` is not a web address"
                ))
                .help(format!(
                    "write {what} as https://… (another scheme could run script)"
                )),
                source,
                &[Step::Key(table), Step::Key("url")],
            ));
        }
    }
    problems
}

/// `diagnostic` pointed at the value at `path` in the front matter of `source`, if it is there.
/// The front matter `text` read as `T`; or every problem in it, with its offset in `text`, not
/// only the first: serde stops at the first, so each top-level key is then read again on its own
/// to find the others (a syntax error stops there: nothing after it can be read).
fn every_problem<T: serde::de::DeserializeOwned>(
    text: &str,
) -> Result<T, Vec<(Diagnostic, usize)>> {
    let diagnostic =
        |e: &toml::de::Error, text: &str| crate::config::toml_diagnostic(e, text, "front matter");
    let first = match toml::from_str::<T>(text) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    let mut problems = vec![(
        diagnostic(&first, text),
        first.span().map_or(0, |s| s.start),
    )];
    if let Ok(table) = toml::from_str::<toml::Table>(text) {
        for (key, value) in table {
            let Some(offset) = crate::toml_spans::offset_of(text, &[Step::Key(&key)]) else {
                continue;
            };
            // The key alone, written out again, so that its error keeps a span to read.
            let Ok(alone) = toml::to_string(&toml::Table::from_iter([(key.clone(), value)])) else {
                continue;
            };
            if let Err(e) = toml::from_str::<T>(&alone)
                && !e.message().starts_with("missing field")
                && e.message() != first.message()
            {
                problems.push((diagnostic(&e, &alone), offset));
            }
        }
    }
    problems.sort_by_key(|(_, offset)| *offset);
    Err(problems)
}

fn located(diagnostic: Diagnostic, source: &str, path: &[Step]) -> Diagnostic {
    match front_matter::locate(source, path) {
        Some(position) => diagnostic.at(position),
        None => diagnostic,
    }
}

/// The key of an article across its languages: `news/secon-caceres`, or the stem alone at the
/// top of `content/`.
fn article_key(section: &str, stem: &str) -> String {
    if section.is_empty() {
        stem.to_string()
    } else {
        format!("{section}/{stem}")
    }
}

/// A stem such as `2024-10-22-secon-caceres` gives a date and the rest for the slug.
pub(crate) fn split_date_prefix(stem: &str) -> (Option<Moment>, &str) {
    if stem.len() > 11
        && stem.as_bytes()[10] == b'-'
        && let Ok(date) = Moment::parse(&stem[..10])
    {
        return (Some(date), &stem[11..]);
    }
    (None, stem)
}

fn bundle_assets(dir: &Path) -> Vec<PathBuf> {
    let mut assets: Vec<PathBuf> = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_none_or(|x| x != "md"))
        .map(|e| e.into_path())
        .collect();
    assets.sort();
    assets
}

/// Reads the naming rules off a path below `content/`.
fn classify(config: &Config, content_dir: &Path, path: &Path) -> Result<Kind, Diagnostic> {
    let rel = path.strip_prefix(content_dir).unwrap_or(path);
    let file_name = rel
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Diagnostic::error("the file name is not valid UTF-8"))?;
    let dir: Vec<String> = rel
        .parent()
        .map(|p| p.iter().map(|c| c.to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    let name = file_name.trim_end_matches(".md");
    let (base, lang) = match name.rsplit_once('.') {
        Some((base, suffix)) if config.language(suffix).is_some() => (base, suffix.to_string()),
        Some((_, suffix)) if looks_like_language(suffix) => {
            let configured: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
            return Err(Diagnostic::error(format!(
                "the language `{suffix}` of this file is not configured"
            ))
            .help(format!(
                "add [languages.{suffix}] to bulletin.toml, or rename the file to one of: {}",
                configured.join(", ")
            )));
        }
        _ => (name, config.default_language.clone()),
    };
    let join = |parts: &[String]| parts.join("/");
    match base {
        "_index" => Ok(Kind::Section {
            section: join(&dir),
            lang,
        }),
        "index" => {
            let Some((stem, parent)) = dir.split_last() else {
                return Err(Diagnostic::error(
                    "`index` files belong in a page-bundle folder, e.g. content/news/my-article/index.en.md",
                )
                .help("use `_index.<lang>.md` for the home section, or move the file into a folder"));
            };
            Ok(Kind::Article {
                section: join(parent),
                stem: stem.clone(),
                lang,
                bundle: path.parent().map(Path::to_path_buf),
            })
        }
        stem => Ok(Kind::Article {
            section: join(&dir),
            stem: stem.to_string(),
            lang,
            bundle: None,
        }),
    }
}

/// Whether a file-name suffix is meant as a language code (`fr`, `pt-BR`), so that a typo in
/// one is reported instead of silently becoming part of the stem.
fn looks_like_language(suffix: &str) -> bool {
    let primary = suffix.split('-').next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && suffix.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// Whether `url` is an absolute http(s) address: what an event's page is.
fn web_address(url: &str) -> bool {
    url::Url::parse(url.trim()).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
        && crate::urls::is_safe_target(url, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Overrides;

    fn config() -> Config {
        Config::parse(
            Path::new("/site"),
            "base_url='https://x.org'\ndefault_language='en'\n[languages.en]\n[languages.de]\n",
            &Overrides::default(),
        )
        .unwrap()
    }

    fn kind(path: &str) -> Result<Kind, Diagnostic> {
        let c = config();
        classify(
            &c,
            Path::new("/site/content"),
            &Path::new("/site/content").join(path),
        )
    }

    #[test]
    fn file_names_give_language_section_and_stem() {
        assert_eq!(
            kind("news/x.de.md").unwrap(),
            Kind::Article {
                section: "news".into(),
                stem: "x".into(),
                lang: "de".into(),
                bundle: None
            }
        );
        assert_eq!(
            kind("news/x.md").unwrap(),
            Kind::Article {
                section: "news".into(),
                stem: "x".into(),
                lang: "en".into(),
                bundle: None
            }
        );
        assert_eq!(
            kind("news/_index.de.md").unwrap(),
            Kind::Section {
                section: "news".into(),
                lang: "de".into()
            }
        );
        assert!(
            matches!(kind("news/b/index.de.md").unwrap(), Kind::Article { stem, section, .. } if stem == "b" && section == "news")
        );
        assert!(kind("news/x.fr.md").unwrap_err().message.contains("`fr`"));
        // A dot that is not a language stays in the stem.
        assert!(
            matches!(kind("news/v1.2-release.md").unwrap(), Kind::Article { stem, .. } if stem == "v1.2-release")
        );
    }

    #[test]
    fn date_prefix_is_split() {
        let (date, rest) = split_date_prefix("2024-10-22-secon-caceres");
        assert_eq!(date.unwrap().to_string(), "2024-10-22");
        assert_eq!(rest, "secon-caceres");
        assert_eq!(split_date_prefix("secon").1, "secon");
    }
}
