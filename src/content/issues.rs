//! Recorded issues: `newsletter/<number>.toml` in the site, one file per issue, written by
//! `bulletin newsletter` and read by every build, so that the e-mail edition, its web version
//! and the archive are rebuilt from the site alone (a fresh clone builds the same files).
//!
//! ```toml
//! number = 3
//! date = 2026-11-21                  # the issue's date, shown in the e-mail and the archive
//! since = 2026-10-01                 # optional: how the articles were chosen
//! languages = ["de", "ca", "en"]     # optional: every configured language when absent
//! articles = ["news/2026-11-02-assembly", "news/2026-10-20-open-call"]
//! ```

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use crate::config::Config;
use crate::content::{Moment, Page};
use crate::error::{Diagnostic, Diagnostics};

/// The folder below the site root that holds the records.
pub const FOLDER: &str = "newsletter";

/// One recorded issue.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Issue {
    pub number: u32,
    pub date: Moment,
    pub since: Option<Moment>,
    /// The configured languages it is made in, in configuration order.
    pub languages: Vec<String>,
    /// Article keys (`news/2024-10-22-secon-caceres`), in the order the issue shows them.
    pub articles: Vec<String>,
    /// Whether this issue's e-mails show articles missing in their language, when the record
    /// says (else `[newsletter] untranslated` decides).
    pub untranslated: Option<bool>,
    /// `newsletter/<number>.toml`, relative to the site.
    pub file: PathBuf,
}

impl Issue {
    /// Whether the issue has a version in `lang`.
    pub fn in_language(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }
}

/// The file as written. Unknown keys are errors.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIssue {
    number: u32,
    date: Moment,
    since: Option<Moment>,
    languages: Option<Vec<String>>,
    articles: Vec<String>,
    untranslated: Option<bool>,
}

/// Reads every `newsletter/*.toml` of the site, sorted by number. Problems in one file do not
/// stop the others from loading; articles that do not exist (any more) are warnings, so that
/// deleting an article does not break the build of old issues.
pub fn load_issues(config: &Config, pages: &[Arc<Page>]) -> (Vec<Issue>, Diagnostics) {
    let mut problems = Diagnostics::default();
    let dir = config.root.join(FOLDER);
    let mut issues = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (issues, problems);
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.'))
        })
        .collect();
    files.sort();
    let keys: std::collections::HashSet<&str> = pages.iter().map(|p| p.key.as_str()).collect();
    for path in files {
        match load_one(config, &path, &keys, &mut problems) {
            Ok(issue) => issues.push(issue),
            Err(d) => problems.push(d.relative_to(&config.root)),
        }
    }
    issues.sort_by_key(|i| i.number);
    (issues, problems)
}

fn load_one(
    config: &Config,
    path: &Path,
    keys: &std::collections::HashSet<&str>,
    problems: &mut Diagnostics,
) -> Result<Issue, Diagnostic> {
    let rel = path
        .strip_prefix(&config.root)
        .unwrap_or(path)
        .to_path_buf();
    let text = crate::fs::read_text(path)?;
    if let Some(unfit) = crate::fs::unfit_in_toml(&text).into_iter().next() {
        return Err(unfit.in_file(&rel));
    }
    let raw: RawIssue = toml::from_str(&text).map_err(|e| {
        let d = crate::config::toml_diagnostic(&e, &text, "issue record").in_file(&rel);
        if d.message.starts_with("unknown key") {
            d
        } else {
            d.help(
                "run `bulletin docs newsletter` for the keys of an issue record and their values",
            )
        }
    })?;
    let locate = |d: Diagnostic, needle: &str| {
        let d = d.in_file(&rel);
        match text.find(needle) {
            Some(offset) => d.at_offset(&text, offset),
            None => d,
        }
    };
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    if raw.number == 0 || stem != raw.number.to_string() {
        return Err(locate(
            Diagnostic::error(format!(
                "this file records issue {} but is named `{stem}.toml`",
                raw.number
            )),
            "number",
        )
        .help(if raw.number == 0 {
            "issues are numbered from 1".to_string()
        } else {
            format!("rename it to newsletter/{}.toml", raw.number)
        }));
    }
    let languages = match raw.languages {
        None => config.languages.iter().map(|l| l.code.clone()).collect(),
        Some(list) => {
            for code in list.iter().filter(|c| config.language(c).is_none()) {
                problems.push(
                    locate(
                        Diagnostic::warning(format!(
                            "issue {} is made in `{code}`, which is not a configured language; it is not built in `{code}`",
                            raw.number
                        )),
                        &format!("\"{code}\""),
                    )
                    .help("remove it from `languages`, or add the language to bulletin.toml"),
                );
            }
            // Configuration order, so that every list of languages reads the same.
            config
                .languages
                .iter()
                .filter(|l| list.contains(&l.code))
                .map(|l| l.code.clone())
                .collect()
        }
    };
    let mut articles: Vec<String> = Vec::with_capacity(raw.articles.len());
    for key in raw.articles {
        let needle = format!("\"{key}\"");
        if articles.contains(&key) {
            problems.push(
                locate(
                    Diagnostic::warning(format!("issue {} lists `{key}` twice", raw.number)),
                    &needle,
                )
                .help("remove one of them; the article is shown once"),
            );
            continue;
        }
        if !keys.contains(key.as_str()) {
            problems.push(
                locate(
                    Diagnostic::warning(format!(
                        "issue {} lists `{key}`, which is not a published article; the issue is built without it",
                        raw.number
                    )),
                    &needle,
                )
                .help("article keys are the section and file stem without the language: news/2024-10-22-secon-caceres"),
            );
        }
        articles.push(key);
    }
    if articles.is_empty() {
        problems.push(
            locate(
                Diagnostic::warning(format!("issue {} has no articles", raw.number)),
                "articles",
            )
            .help("list article keys in `articles`, or delete the file"),
        );
    }
    Ok(Issue {
        number: raw.number,
        date: raw.date,
        since: raw.since,
        languages,
        articles,
        untranslated: raw.untranslated,
        file: rel,
    })
}

/// The text of the record of `issue`, as `bulletin newsletter` writes it.
pub fn to_toml(issue: &Issue) -> String {
    use toml_edit::{Array, DocumentMut, value};
    let datetime = |m: &Moment| {
        m.to_string()
            .parse::<toml_edit::Datetime>()
            .expect("a Moment is written as a TOML date")
    };
    let array = |items: &[String], multiline: bool| {
        let mut array: Array = items.iter().map(String::as_str).collect();
        if multiline {
            for item in array.iter_mut() {
                item.decor_mut().set_prefix("\n  ");
            }
            array.set_trailing_comma(true);
            array.set_trailing("\n");
        }
        array
    };
    let mut doc = DocumentMut::new();
    doc["number"] = value(i64::from(issue.number));
    doc["date"] = value(datetime(&issue.date));
    if let Some(since) = &issue.since {
        doc["since"] = value(datetime(since));
    }
    doc["languages"] = value(array(&issue.languages, false));
    doc["articles"] = value(array(&issue.articles, true));
    if let Some(untranslated) = issue.untranslated {
        doc["untranslated"] = value(untranslated);
    }
    format!(
        "# Issue {} of the newsletter, recorded by `bulletin newsletter`. Every build renders it\n\
         # (e-mail, web version, archive) from this file; edit `articles` to change the issue.\n{doc}",
        issue.number
    )
}
