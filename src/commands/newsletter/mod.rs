//! `bulletin newsletter`: chooses the articles of an issue, records the issue in
//! `newsletter/<number>.toml` ([`crate::content::issues`]) and builds the site, whose pipeline renders every
//! recorded issue: the e-mail edition (`/newsletter/<n>/<lang>/email.html` and `email.txt`),
//! its web version (`/<lang>/newsletter/<n>/`) and the archive (`/<lang>/newsletter/`); see
//! [`crate::output::email`].
//!
//! An issue is an input of the site, not only an output: `bulletin build` replaces `public/` as
//! a whole, and a fresh clone must give the same files, so the record is what keeps an issue.

pub mod select;

use std::path::PathBuf;

pub use crate::content::issues::{FOLDER, Issue, load_issues};
pub use select::Reason;

use crate::commands::build::{BuildOptions, BuildReport};
use crate::config::{Config, Overrides};
use crate::content::Moment;
use crate::error::Failure;
use crate::error::{Diagnostic, Diagnostics};
use crate::fs::absolute;

/// Which languages an issue is made in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Languages {
    /// Those of the issue when it is recorded already, else the default language.
    Default,
    One(String),
    All,
}

/// What `bulletin newsletter` is asked to do.
#[derive(Debug, Clone)]
pub struct NewsletterOptions {
    pub root: PathBuf,
    pub languages: Languages,
    /// `--since DATE` as written.
    pub since: Option<String>,
    /// `--issue N`.
    pub issue: Option<u32>,
    /// The date a new issue gets; an issue recorded before keeps its date.
    pub today: jiff::civil::Date,
}

/// A recorded and built issue.
#[derive(Debug)]
pub struct NewsletterReport {
    pub number: u32,
    /// The record, relative to the site.
    pub record: PathBuf,
    /// The issue was recorded before and its record is replaced.
    pub replaced: bool,
    pub reason: Reason,
    pub articles: Vec<String>,
    pub languages: Vec<String>,
    /// The e-mail files of the issue, relative to the site's output folder.
    pub files: Vec<String>,
    /// The absolute URLs of its web version, one per language.
    pub web: Vec<String>,
    /// What the unsubscribe link points to, and whether a `[newsletter]` setting chose it.
    pub unsubscribe: String,
    pub unsubscribe_configured: bool,
    pub build: BuildReport,
}

pub fn newsletter(options: &NewsletterOptions) -> Result<NewsletterReport, Failure> {
    let root = absolute(&options.root);
    let fail = |d: Diagnostic| Failure::from(Diagnostics::from_iter([d]), &root);
    let config = Config::load(&root, &Overrides::default()).map_err(|d| Failure::from(d, &root))?;
    let (content, problems) = crate::content::load(&config);
    if problems.has_errors() {
        return Err(Failure::from(problems, &root));
    }

    let since = match &options.since {
        None => None,
        Some(text) => Some(Moment::parse(text).map_err(|_| {
            fail(
                Diagnostic::error(format!("`--since {text}` is not a date"))
                    .help("write it as YYYY-MM-DD, e.g. --since 2024-10-01"),
            )
        })?),
    };
    if options.issue == Some(0) {
        return Err(fail(
            Diagnostic::error("there is no issue 0").help("issues are numbered from 1"),
        ));
    }
    let next = content.issues.iter().map(|i| i.number).max().unwrap_or(0) + 1;
    let number = options.issue.unwrap_or(next);
    let existing = content.issues.iter().find(|i| i.number == number);

    let languages: Vec<String> = match &options.languages {
        Languages::Default => existing.map_or_else(
            || vec![config.default_language.clone()],
            |i| i.languages.clone(),
        ),
        Languages::One(code) => {
            if config.language(code).is_none() {
                let configured: Vec<&str> =
                    config.languages.iter().map(|l| l.code.as_str()).collect();
                return Err(fail(
                    Diagnostic::error(format!("`--lang {code}` is not a configured language"))
                        .help(format!("use one of: {}", configured.join(", "))),
                ));
            }
            vec![code.clone()]
        }
        Languages::All => config.languages.iter().map(|l| l.code.clone()).collect(),
    };

    let (articles, reason) = select::select(
        &content,
        number,
        options.issue.is_some(),
        since,
        &content.issues,
    );
    if articles.is_empty() {
        let help = match &reason {
            Reason::Issue(n) if existing.is_some() => format!(
                "issue {n} is recorded in newsletter/{n}.toml: `bulletin build` renders it again, and editing that file changes it; to choose its articles anew, add `issue = {n}` to their front matter or pass --since DATE"
            ),
            Reason::Issue(n) => format!(
                "add `issue = {n}` to the front matter of the articles it should hold, or pass --since DATE"
            ),
            Reason::AfterPrevious { previous, since } => format!(
                "nothing was published on or after {since} (the date of issue {previous}) that is not in an issue yet; pass --since DATE to choose"
            ),
            _ => "pass --since with an earlier date, or --issue N for articles marked `issue = N`"
                .to_string(),
        };
        return Err(fail(
            Diagnostic::error(format!("issue {number} would hold no articles")).help(help),
        ));
    }

    let issue = Issue {
        number,
        date: existing.map_or(
            Moment {
                date: options.today,
                time: None,
                offset: None,
            },
            |i| i.date,
        ),
        since: since.or(match reason {
            Reason::AfterPrevious { since, .. } => Some(since),
            _ => None,
        }),
        languages: languages.clone(),
        articles: articles.clone(),
        // Re-recording an issue keeps what its record said.
        untranslated: existing.and_then(|i| i.untranslated),
        file: PathBuf::from(FOLDER).join(format!("{number}.toml")),
    };
    let path = root.join(&issue.file);
    let previous = std::fs::read(&path).ok();
    crate::fs::write_atomically(&path, &crate::content::issues::to_toml(&issue)).map_err(fail)?;

    // The record is an input: a normal (atomic) build renders it with everything else. A
    // failed build puts the record back as it was, so that nothing changed.
    let build = match crate::build(&BuildOptions::new(&root)) {
        Ok(report) => report,
        Err(failure) => {
            let _ = match &previous {
                Some(bytes) => std::fs::write(&path, bytes),
                None => std::fs::remove_file(&path),
            };
            return Err(failure);
        }
    };
    let files = languages
        .iter()
        .flat_map(|l| {
            [false, true].map(|text| config.urls.output_path(&config.urls.email(l, number, text)))
        })
        .flatten()
        .map(|path| path.as_str().to_string())
        .collect();
    let web = languages
        .iter()
        .map(|l| config.urls.permalink(&config.urls.issue(l, number)))
        .collect();
    Ok(NewsletterReport {
        web,
        unsubscribe: config.newsletter.unsubscribe.clone(),
        unsubscribe_configured: config.newsletter.mailer.is_some()
            || config.newsletter.unsubscribe != crate::config::DEFAULT_UNSUBSCRIBE,
        number,
        record: issue.file,
        replaced: previous.is_some(),
        reason,
        articles,
        languages,
        files,
        build,
    })
}
