//! Footnote ids. pulldown-cmark gives a note the id of its label (`[^1]` → `id="1"`), which a
//! heading `## 1` or an author's `{#agenda}` may also claim, and a link to `#1` then lands on
//! whichever comes first. Notes get `fn-` ids instead (`fn-1`), as GitHub writes them, and the
//! heading adapter keeps its ids clear of them.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag};

/// The id prefix of footnote definitions.
const PREFIX: &str = "fn-";

/// Renames every footnote label to its id. References and definitions change together, so
/// pulldown-cmark still pairs and numbers them as the author wrote them.
pub fn prefix(events: Vec<(Event<'_>, Range<usize>)>) -> Vec<(Event<'_>, Range<usize>)> {
    let id = |name: &CowStr| CowStr::from(format!("{PREFIX}{name}"));
    events
        .into_iter()
        .map(|(event, range)| {
            let event = match event {
                Event::FootnoteReference(name) => Event::FootnoteReference(id(&name)),
                Event::Start(Tag::FootnoteDefinition(name)) => {
                    Event::Start(Tag::FootnoteDefinition(id(&name)))
                }
                other => other,
            };
            (event, range)
        })
        .collect()
}

/// The ids the footnote definitions among `events` take in the page.
pub fn ids<'a>(events: &'a [(Event<'_>, Range<usize>)]) -> impl Iterator<Item = &'a str> {
    events.iter().filter_map(|(event, _)| match event {
        Event::Start(Tag::FootnoteDefinition(name)) => Some(name.as_ref()),
        _ => None,
    })
}
