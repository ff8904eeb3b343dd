//! Where every article stands in every language, one definition for the command line, its JSON,
//! `serve`'s status page and `check`:
//!
//! - `current`: an original, or a translation confirmed against its source as it is now;
//! - `draft`: a translation marked `draft = true` (started, not yet translated or reviewed);
//! - `stale`: a translation whose source changed since it was confirmed (or never confirmed);
//! - `missing`: no version in a language the article is for;
//! - `not-needed`: no version in a language the article is not for (`languages = [...]`);
//! - `orphaned`: a translation whose source language version does not exist.
//!
//! A translation records the language it was made from and, when confirmed, the source's
//! content hash ([`crate::content::hash`]) and the hash of each source block
//! ([`crate::content::blocks`]). Comparing them with the source now tells whether, and which
//! paragraphs of, the source changed in anything but whitespace or front matter.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::blocks::{self, Change};
use super::{Content, Page};
use crate::config::Config;

/// The state of one language version of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// An original, or a translation confirmed against its source as it is now.
    Current,
    /// A translation marked `draft = true`: started, not yet translated or reviewed.
    Draft,
    /// A translation whose source changed since it was confirmed (or that was never confirmed).
    Stale,
    /// No version in a language the article is for.
    Missing,
    /// No version, and the article is not for this language (`languages = [...]`).
    NotNeeded,
    /// A translation whose source language version does not exist.
    Orphaned,
}

impl State {
    pub const ALL: [State; 6] = [
        State::Current,
        State::Draft,
        State::Stale,
        State::Missing,
        State::NotNeeded,
        State::Orphaned,
    ];

    pub fn name(self) -> &'static str {
        match self {
            State::Current => "current",
            State::Draft => "draft",
            State::Stale => "stale",
            State::Missing => "missing",
            State::NotNeeded => "not-needed",
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
    /// `stale (from de)`, `current (original)`, `draft (from en)`, `current (original), draft`: one cell of the
    /// status table, as the command line and the live status page show it.
    pub fn describe(&self) -> String {
        let mut text = self.state.name().to_string();
        if self.original {
            text.push_str(" (original)");
        } else if let Some(from) = &self.from {
            text.push_str(&format!(" (from {from})"));
        }
        if self.draft && self.state != State::Draft {
            text.push_str(", draft");
        }
        text
    }

    /// The same, short, for narrow terminals: `stale←de`, `current orig`, `draft←en`.
    pub fn abbreviate(&self) -> String {
        let mut text = self.state.name().to_string();
        if self.original {
            text.push_str(" orig");
        } else if let Some(from) = &self.from {
            text.push_str(&format!("←{from}"));
        }
        if self.draft && self.state != State::Draft {
            text.push('*');
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
    if page.front.draft {
        return State::Draft;
    }
    let confirmed = translation.source_hash.as_deref() == Some(source.content_hash())
        && translation.blocks.iter().all(|b| !b.is_empty());
    if confirmed {
        State::Current
    } else {
        State::Stale
    }
}

/// What changed in a translation's source since it was confirmed, block by block.
#[derive(Debug, Clone)]
pub struct SourceChanges {
    /// The source file.
    pub source: PathBuf,
    /// In the order of the source as it is now; removed blocks where they were.
    pub changes: Vec<Change>,
    /// The confirmed source's blocks (empty when its text was not kept: then only what the
    /// recorded hashes tell is known).
    pub old: Vec<String>,
    /// The source's blocks now.
    pub new: Vec<String>,
    /// Whether the confirmed source's block hashes are known at all.
    pub known: bool,
}

impl SourceChanges {
    /// How many blocks changed, were added and were removed.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for change in &self.changes {
            match change {
                Change::Changed(..) => counts.0 += 1,
                Change::Added(_) => counts.1 += 1,
                Change::Removed(_) => counts.2 += 1,
                Change::Same(..) => {}
            }
        }
        counts
    }

    /// `2 paragraphs changed, 1 added`: for messages.
    pub fn summary(&self) -> String {
        if !self.known {
            return "which paragraphs is not recorded: it was confirmed before bulletin kept them"
                .into();
        }
        let (changed, added, removed) = self.counts();
        let blocks = |n: usize| {
            if n == 1 {
                "1 paragraph".to_string()
            } else {
                format!("{n} paragraphs")
            }
        };
        let mut parts = Vec::new();
        if changed > 0 {
            parts.push(format!("{} changed", blocks(changed)));
        }
        if added > 0 {
            parts.push(format!("{} added", blocks(added)));
        }
        if removed > 0 {
            parts.push(format!("{} removed", blocks(removed)));
        }
        if parts.is_empty() {
            "no paragraph changed".into()
        } else {
            parts.join(", ")
        }
    }
}

/// The block-level changes of `page`'s source since `page` was confirmed; `None` for an
/// original or an orphan. The previous text of changed blocks comes from the kept sources
/// ([`crate::content::memory`]) under `root`.
pub fn source_changes(
    root: &Path,
    page: &Page,
    versions: &BTreeMap<&str, &Page>,
) -> Option<SourceChanges> {
    let translation = page.front.translation.as_ref()?;
    let source = versions.get(translation.from.as_str())?;
    let new: Vec<String> = blocks::blocks(source.body())
        .iter()
        .map(|b| b.text.to_string())
        .collect();
    let new_hashes: Vec<String> = new.iter().map(|t| blocks::block_hash(t)).collect();
    let kept = translation
        .source_hash
        .as_deref()
        .and_then(|h| super::memory::read(root, h));
    let old: Vec<String> = kept
        .as_deref()
        .map(|body| {
            blocks::blocks(body)
                .iter()
                .map(|b| b.text.to_string())
                .collect()
        })
        .unwrap_or_default();
    let old_hashes: Vec<String> = if !translation.blocks.is_empty() {
        translation.blocks.clone()
    } else {
        old.iter().map(|t| blocks::block_hash(t)).collect()
    };
    let known = !translation.blocks.is_empty() || kept.is_some();
    let changes = if known {
        blocks::changes(&old_hashes, &new_hashes)
    } else {
        Vec::new()
    };
    // Without the old text, a changed block can only show its new text.
    let old = if old.len() == old_hashes.len() {
        old
    } else {
        Vec::new()
    };
    Some(SourceChanges {
        source: source.file.clone(),
        changes,
        old,
        new,
        known,
    })
}

/// The versions of every article, by key, then language (drafts only when built with them).
pub fn versions(content: &Content) -> BTreeMap<&str, BTreeMap<&str, &Page>> {
    versions_of(content.pages.iter())
}

/// The versions of every article including drafts left out of the build: what the
/// translation status counts.
pub fn all_versions(content: &Content) -> BTreeMap<&str, BTreeMap<&str, &Page>> {
    versions_of(content.pages.iter().chain(&content.drafts))
}

fn versions_of<'a>(
    pages: impl Iterator<Item = &'a std::sync::Arc<Page>>,
) -> BTreeMap<&'a str, BTreeMap<&'a str, &'a Page>> {
    let mut by_key: BTreeMap<&str, BTreeMap<&str, &Page>> = BTreeMap::new();
    for page in pages {
        by_key
            .entry(page.key.as_str())
            .or_default()
            .insert(page.lang.as_str(), page);
    }
    by_key
}

/// The state of every article in every configured language. Drafts count, whether or not the
/// site was loaded with them: a draft is a translation in progress.
pub fn status(config: &Config, content: &Content) -> Status {
    let mut totals: indexmap::IndexMap<String, BTreeMap<State, usize>> = config
        .languages
        .iter()
        .map(|l| (l.code.clone(), State::ALL.iter().map(|s| (*s, 0)).collect()))
        .collect();
    let mut articles = Vec::new();
    for (key, versions) in all_versions(content) {
        let pages: Vec<&Page> = versions.values().copied().collect();
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
                        state: if Content::is_for(&pages, &l.code) {
                            State::Missing
                        } else {
                            State::NotNeeded
                        },
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
