//! Where every article stands in every language: `current`, `stale` (its source changed since it
//! was translated), `missing`, or `orphaned` (its source is gone). A translation records the
//! language it was made from and the source's content hash at that time (`[translation]` in its
//! front matter, [`crate::content::hash`]); comparing that hash with the source's hash now tells
//! whether the source changed in anything but whitespace or front matter.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use super::{Content, Page};
use crate::config::Config;

/// The state of one language version of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// An original, or a translation whose source has not changed since.
    Current,
    /// A translation whose source changed since it was made (or that records no hash).
    Stale,
    /// No version in this language.
    Missing,
    /// A translation whose source language version does not exist.
    Orphaned,
}

impl State {
    pub const ALL: [State; 4] = [
        State::Current,
        State::Stale,
        State::Missing,
        State::Orphaned,
    ];

    pub fn name(self) -> &'static str {
        match self {
            State::Current => "current",
            State::Stale => "stale",
            State::Missing => "missing",
            State::Orphaned => "orphaned",
        }
    }
}

/// One language version of an article.
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    pub state: State,
    /// The file, relative to the site root; absent when missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
    /// For translations: the language translated from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// An original (not a translation of another version).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub original: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

impl Version {
    /// `stale (from de)`, `current (original)`, `current (from en), draft`: one cell of the
    /// status table, as the command line and the live status page show it.
    pub fn describe(&self) -> String {
        let mut text = self.state.name().to_string();
        if self.original {
            text.push_str(" (original)");
        } else if let Some(from) = &self.from {
            text.push_str(&format!(" (from {from})"));
        }
        if self.draft {
            text.push_str(", draft");
        }
        text
    }
}

/// An article with the state of each configured language, in configuration order.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// `news/2024-10-22-secon-caceres`.
    pub key: String,
    pub title: String,
    pub languages: indexmap::IndexMap<String, Version>,
}

/// Every article's versions, and how many of each state each language has.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub articles: Vec<Article>,
    pub totals: indexmap::IndexMap<String, BTreeMap<State, usize>>,
}

impl Status {
    /// Whether any version is in one of `states`.
    pub fn any(&self, states: &[State]) -> bool {
        self.articles
            .iter()
            .flat_map(|a| a.languages.values())
            .any(|v| states.contains(&v.state))
    }
}

/// The state of `page`, a version of an article whose versions are `versions`.
pub fn state_of(page: &Page, versions: &BTreeMap<&str, &Page>) -> State {
    let Some(translation) = &page.front.translation else {
        return State::Current;
    };
    let Some(source) = versions.get(translation.from.as_str()) else {
        return State::Orphaned;
    };
    match &translation.source_hash {
        Some(recorded) if recorded == source.content_hash() => State::Current,
        _ => State::Stale,
    }
}

/// The versions of every article, by key, then language.
pub fn versions(content: &Content) -> BTreeMap<&str, BTreeMap<&str, &Page>> {
    let mut by_key: BTreeMap<&str, BTreeMap<&str, &Page>> = BTreeMap::new();
    for page in &content.pages {
        by_key
            .entry(page.key.as_str())
            .or_default()
            .insert(page.lang.as_str(), page);
    }
    by_key
}

/// The state of every article in every configured language. Drafts count: a draft is a
/// translation in progress.
pub fn status(config: &Config, content: &Content) -> Status {
    let mut totals: indexmap::IndexMap<String, BTreeMap<State, usize>> = config
        .languages
        .iter()
        .map(|l| (l.code.clone(), State::ALL.iter().map(|s| (*s, 0)).collect()))
        .collect();
    let mut articles = Vec::new();
    for (key, versions) in versions(content) {
        let owned: BTreeMap<String, &Page> =
            versions.iter().map(|(l, p)| (l.to_string(), *p)).collect();
        let title = config
            .stand_in(&owned)
            .map(|p| p.front.title.clone())
            .unwrap_or_default();
        let languages = config
            .languages
            .iter()
            .map(|l| {
                let version = match versions.get(l.code.as_str()) {
                    None => Version {
                        state: State::Missing,
                        file: None,
                        from: None,
                        original: false,
                        draft: false,
                    },
                    Some(page) => Version {
                        state: state_of(page, &versions),
                        file: Some(page.file.clone()),
                        from: page.front.translation.as_ref().map(|t| t.from.clone()),
                        original: page.front.translation.is_none(),
                        draft: page.front.draft,
                    },
                };
                *totals[&l.code].entry(version.state).or_default() += 1;
                (l.code.clone(), version)
            })
            .collect();
        articles.push(Article {
            key: key.to_string(),
            title,
            languages,
        });
    }
    Status { articles, totals }
}
