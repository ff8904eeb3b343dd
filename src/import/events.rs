//! Which of the dates found is the publication date, which the event's, which a deadline, and
//! where the event is. Dates in the header (the lines around the headline) and dates behind an
//! event label (`Date:`, `Datum:`, `Data:`, `Fecha:`, `Date :`) are the event's; a lone date
//! in the header is the publication date; a date after a deadline word is a deadline. A date
//! without a year takes the publication year only when the text states a publication date.
//! Where the event is, is [`super::place`]'s business.

use std::sync::LazyLock;

use regex::Regex;

use super::blocks::Block;
use super::dates::{self, Found, Written};
use super::title::is_prose;
use crate::content::Moment;

/// The event an article announces or reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventInfo {
    pub start: Moment,
    pub end: Option<Moment>,
    pub location: Option<String>,
    pub online: bool,
    pub url: Option<String>,
}

/// What the dates of a text say, with warnings as (line, message, help).
#[derive(Debug, Default)]
pub struct Dates {
    pub published: Option<jiff::civil::Date>,
    pub event: Option<EventInfo>,
    pub deadline: Option<jiff::civil::Date>,
    /// For the summary: `event 2024-10-22 – 2024-10-25 (line 5)`.
    pub found: Vec<String>,
    pub warnings: Vec<(usize, String, String)>,
}

static EVENT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(date|dates|when|datum|termin|wann|data|quan|fecha|fechas|cuándo|quand|horaire)\s*:",
    )
    .expect("valid pattern")
});
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(published|posted|veröffentlicht|publicat|publicado|publié|stand)\b")
        .expect("valid pattern")
});
static DEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(deadline|closing date|apply by|until|no later than|frist|schluss|bis zum|bis spätestens|termini|fins al|fins el|abans del|plazo|hasta el|fecha límite|date limite|date-limite|avant le|jusqu['’]au)\W*(\w+\W+){0,6}$").expect("valid pattern")
});
static EVENT_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(take[sn]? place|took place|will be held|is held|statt|tindrà lloc|va tenir lloc|se celebra|es farà|es fa\b|tendrá lugar|tuvo lugar|aura lieu|a eu lieu|se tiendra|s['’]est tenu|workshop|webinar|meeting|treffen|tagung|jornada|jornades|jornadas|trobada|meetup|seminar|seminario|seminari|séminaire|taller|reunión|encuentro|réunion|atelier|rencontre|conférence|conference|konferenz)").expect("valid pattern")
});
/// A date found in one line of a block.
struct Hit {
    block: usize,
    line: usize,
    text: String,
    found: Found,
}

/// Reads the dates of `blocks` (the title already taken out). Header lines that hold only the
/// publication date or the event's date and place are removed, as the front matter holds them.
pub fn read(blocks: &mut Vec<Block>, title: &str) -> Dates {
    let mut out = Dates::default();
    let header_end = blocks
        .iter()
        .position(is_prose)
        .unwrap_or(blocks.len())
        .min(4);
    let mut hits = Vec::new();
    for (b, block) in blocks.iter().enumerate() {
        let joined: Vec<&str> = block.lines.iter().map(|l| l.text.as_str()).collect();
        let text = joined.join("\n");
        for found in dates::find(&text) {
            let line_index = text[..found.start].matches('\n').count();
            hits.push(Hit {
                block: b,
                line: block.lines[line_index].number,
                text: text[found.start..found.end].to_string(),
                found,
            });
        }
    }
    for hit in &hits {
        for w in std::iter::once(hit.found.first).chain(hit.found.last) {
            if w.year.is_some() && w.date().is_none() {
                out.warnings.push((
                    hit.line,
                    format!(
                        "`{}` is not a calendar date; it stays in the text only",
                        hit.text
                    ),
                    "check the day and month in the source text".into(),
                ));
            }
        }
    }

    let mut published_line = None;
    let mut event_hit: Option<(&Hit, Option<String>)> = None;
    let mut consumed: Vec<usize> = Vec::new();
    // Whether the event's date line is a header line, to be dropped once it is in the front matter.
    let mut header_event = false;
    // Header lines: a date alone is the publication date, a range or a time is the event's,
    // text before it is its place.
    for hit in hits.iter().filter(|h| h.block < header_end) {
        let line_text = line_of(blocks, hit.line);
        if !super::title::is_date_line(line_text) {
            continue;
        }
        let before = line_text[..line_text.find(&hit.text).unwrap_or(0)]
            .trim_end_matches(|c: char| c.is_whitespace() || "-–—,|:".contains(c))
            .to_string();
        let f = &hit.found;
        let single = !f.is_range() && f.start_time.is_none();
        if single
            && out.published.is_none()
            && (before.is_empty()
                || !EVENT_LABEL.is_match(line_text)
                || PUBLISHED.is_match(&before))
        {
            if let Some(d) = f.first.date() {
                out.published = Some(d);
                published_line = Some(hit.line);
                consumed.push(hit.line);
            }
        } else if event_hit.is_none() {
            let place = (!before.is_empty() && !EVENT_LABEL.is_match(line_text)).then_some(before);
            event_hit = Some((hit, place));
            header_event = true;
        }
    }
    if let (Some(d), Some(line)) = (out.published, published_line) {
        out.found.push(format!("published {d} (line {line})"));
    }
    // An event label anywhere: `Date:` with the date on the same or the next line.
    if event_hit.is_none() {
        event_hit = hits
            .iter()
            .find(|h| {
                let block = &blocks[h.block];
                block
                    .lines
                    .iter()
                    .take_while(|l| l.number <= h.line)
                    .any(|l| EVENT_LABEL.is_match(&l.text))
            })
            .map(|h| (h, None));
    }
    // Otherwise a date in the lead paragraph, in a sentence about a meeting.
    if event_hit.is_none()
        && let Some(lead) = blocks.iter().position(is_prose)
    {
        event_hit = hits
            .iter()
            .filter(|h| h.block == lead)
            .find(|h| {
                let sentence = sentence_around(&blocks[lead].normalized(), &h.text);
                EVENT_CUE.is_match(&sentence) && !is_deadline(&sentence, &h.text)
            })
            .map(|h| (h, None));
    }
    // Deadlines anywhere.
    for hit in &hits {
        let line = line_of(blocks, hit.line);
        if out.deadline.is_none()
            && is_deadline(line, &hit.text)
            && let Some(d) = complete(hit.found.last.unwrap_or(hit.found.first), out.published)
                .and_then(|w| w.date())
        {
            out.deadline = Some(d);
            out.found.push(format!("deadline {d} (line {})", hit.line));
        }
    }

    if let Some((hit, place)) = event_hit {
        match event_from(&hit.found, out.published) {
            Ok((start, end)) => {
                if header_event {
                    consumed.push(hit.line);
                }
                out.found.push(match &end {
                    Some(e) => format!("event {start} – {e} (line {})", hit.line),
                    None => format!("event {start} (line {})", hit.line),
                });
                let mut event = EventInfo {
                    start,
                    end,
                    location: place,
                    online: false,
                    url: None,
                };
                super::place::find(blocks, title, &mut event);
                out.event = Some(event);
            }
            // An impossible date was reported above already.
            Err(_) if out.warnings.iter().any(|w| w.0 == hit.line) => {}
            Err(message) => out.warnings.push((
                hit.line,
                format!("`{}` {message}", hit.text),
                "correct the date in the source text (a year, an end on or after the start), or write `[event] start` and `end` by hand".into(),
            )),
        }
    }
    // Vague dates behind an event label (`Date: 2nd semester 2021`) stay text.
    for block in blocks.iter() {
        for (i, l) in block.lines.iter().enumerate() {
            if EVENT_LABEL.is_match(&l.text) {
                let value = l.text.split_once(':').map_or("", |(_, v)| v.trim());
                let value = if value.is_empty() {
                    block.lines.get(i + 1).map_or("", |n| n.text.as_str())
                } else {
                    value
                };
                if !value.is_empty() && dates::find(value).is_empty() {
                    out.warnings.push((
                        l.number,
                        format!("vague date `{value}` stays in the text only"),
                        "write `[event] start` by hand once the date is known".into(),
                    ));
                }
            }
        }
    }
    for b in blocks.iter_mut() {
        b.lines.retain(|l| !consumed.contains(&l.number));
    }
    blocks.retain(|b| !b.lines.is_empty());
    out
}

fn line_of(blocks: &[Block], number: usize) -> &str {
    blocks
        .iter()
        .flat_map(|b| &b.lines)
        .find(|l| l.number == number)
        .map_or("", |l| l.text.as_str())
}

fn is_deadline(context: &str, date_text: &str) -> bool {
    let before = context.find(date_text).map_or(context, |i| &context[..i]);
    DEADLINE.is_match(before)
}

/// The sentence of `text` that holds `needle`.
fn sentence_around(text: &str, needle: &str) -> String {
    let Some(at) = text.find(needle) else {
        return String::new();
    };
    let start = text[..at]
        .rfind(['.', '!', '?'])
        .filter(|&i| text[i + 1..].starts_with(' ') && !text[..i].ends_with(char::is_numeric))
        .map_or(0, |i| i + 1);
    let end = text[at..].find(". ").map_or(text.len(), |i| at + i + 1);
    text[start..end].to_string()
}

fn complete(w: Written, published: Option<jiff::civil::Date>) -> Option<Written> {
    match (w.year, published) {
        (Some(_), _) => Some(w),
        (None, Some(p)) => Some(w.with_year(p.year())),
        (None, None) => None,
    }
}

fn event_from(
    f: &Found,
    published: Option<jiff::civil::Date>,
) -> Result<(Moment, Option<Moment>), String> {
    let first = complete(f.first, published).ok_or(
        "has no year and the text states no publication date, so it stays in the text only",
    )?;
    let start_date = first.date().ok_or("is not a calendar date")?;
    let end_date = match f.last {
        Some(l) => {
            let mut end = complete(l, published)
                .and_then(|w| w.date())
                .ok_or("does not end on a calendar date")?;
            // "28 December – 3 January" with the year written once, or not at all: the end
            // falls in the next year.
            if l.year.is_none()
                && end < start_date
                && let Ok(next) = end.checked_add(jiff::Span::new().years(1))
            {
                end = next;
            }
            Some(end)
        }
        None => None,
    };
    let start = Moment {
        date: start_date,
        time: f.start_time,
        offset: f.start_time.and(f.offset),
    };
    let end = match (end_date, f.end_time) {
        (Some(d), t) => Some(Moment {
            date: d,
            time: t,
            offset: t.and(f.offset),
        }),
        (None, Some(t)) => Some(Moment {
            date: start_date,
            time: Some(t),
            offset: f.offset,
        }),
        (None, None) => None,
    };
    // An end before the start ("18:00 – 09:00", "30 March – 2 March 2027") is a misreading or
    // a typo in the text: importing it would make a file the build refuses.
    if let Some(e) = &end
        && Moment::ends_before(&start, e)
    {
        return Err(format!(
            "ends ({}) before it starts ({}), so it stays in the text only",
            e, start
        ));
    }
    Ok((start, end))
}

#[cfg(test)]
#[path = "events_tests.rs"]
mod tests;
