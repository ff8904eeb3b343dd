//! Which articles an issue holds: those whose front matter names the issue (`issue = N`),
//! those published since a date, or by default those published since the previous issue and
//! not in any issue yet. Pure functions over the loaded content.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::{Content, Moment};

use super::Issue;

/// How the articles were chosen, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// `--issue N`: the articles whose front matter says `issue = N`.
    Issue(u32),
    /// `--since DATE`: the articles published on or after DATE.
    Since(Moment),
    /// Both: the union.
    IssueAndSince(u32, Moment),
    /// No option, after an earlier issue: the articles published on or after its date that
    /// no issue holds yet.
    AfterPrevious { previous: u32, since: Moment },
    /// No option and no earlier issue: every article no issue holds.
    NotInAnyIssue,
}

/// What one article offers the selection: its date and the issue its front matter names.
#[derive(Debug, Default)]
struct Candidate {
    date: Option<Moment>,
    issue: Option<u32>,
}

/// The article keys of issue `number`, newest first (undated last, then by key).
pub fn select(
    content: &Content,
    number: u32,
    by_issue: bool,
    since: Option<Moment>,
    issues: &[Issue],
) -> (Vec<String>, Reason) {
    let mut candidates: BTreeMap<&str, Candidate> = BTreeMap::new();
    for page in content.pages.iter().filter(|p| !p.is_standalone()) {
        let c = candidates.entry(page.key.as_str()).or_default();
        // Translations take the date of their source (content::shared); any version's will do.
        c.date = c.date.max(page.date);
        c.issue = c.issue.or(page.front.issue);
    }
    let taken: BTreeSet<&str> = issues
        .iter()
        .filter(|i| i.number != number)
        .flat_map(|i| i.articles.iter().map(String::as_str))
        .collect();
    let free = |c: &Candidate| c.issue.is_none() || c.issue == Some(number);
    let on_or_after = |c: &Candidate, day: &Moment| c.date.is_some_and(|d| d.date >= day.date);

    let previous = issues
        .iter()
        .filter(|i| i.number < number)
        .max_by_key(|i| i.number);
    let (reason, chosen): (Reason, Vec<&str>) = match (by_issue, since) {
        (true, None) => (
            Reason::Issue(number),
            candidates
                .iter()
                .filter(|(_, c)| c.issue == Some(number))
                .map(|(k, _)| *k)
                .collect(),
        ),
        (true, Some(day)) => (
            Reason::IssueAndSince(number, day),
            candidates
                .iter()
                .filter(|(_, c)| c.issue == Some(number) || (free(c) && on_or_after(c, &day)))
                .map(|(k, _)| *k)
                .collect(),
        ),
        (false, Some(day)) => (
            Reason::Since(day),
            candidates
                .iter()
                .filter(|(_, c)| free(c) && on_or_after(c, &day))
                .map(|(k, _)| *k)
                .collect(),
        ),
        (false, None) => match previous {
            Some(p) => (
                Reason::AfterPrevious {
                    previous: p.number,
                    since: p.date,
                },
                candidates
                    .iter()
                    .filter(|(k, c)| {
                        !taken.contains(*k)
                            && (c.issue == Some(number) || (free(c) && on_or_after(c, &p.date)))
                    })
                    .map(|(k, _)| *k)
                    .collect(),
            ),
            None => (
                Reason::NotInAnyIssue,
                candidates
                    .iter()
                    .filter(|(k, c)| !taken.contains(*k) && free(c))
                    .map(|(k, _)| *k)
                    .collect(),
            ),
        },
    };
    let mut chosen: Vec<(&str, Option<Moment>)> = chosen
        .into_iter()
        .map(|k| (k, candidates[k].date))
        .collect();
    chosen.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => y.rfc3339().cmp(&x.rfc3339()).then(a.0.cmp(b.0)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(b.0),
    });
    (
        chosen.into_iter().map(|(k, _)| k.to_string()).collect(),
        reason,
    )
}
