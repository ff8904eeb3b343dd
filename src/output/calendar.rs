//! iCalendar files (RFC 5545), built with the `icalendar` crate: one per article with an
//! `[event]` or a `[call]` (`<article URL><slug>.ics`, what the "add to calendar" links of the
//! event and call cards point at) and one per language with all its listed events and calls'
//! deadlines (`/<lang>/events.ics`). A deadline is an event of its own: at its moment (no
//! end, RFC 5545 3.6.1) or on its day, marked free time (`TRANSP:TRANSPARENT`), with a `UID`
//! of its own, so that a calendar keeps it apart from the article's event.
//!
//! Every value comes from the content, never from the clock, so two builds give the same bytes:
//!
//! - `UID`: a hash of the article key and the site's host, the same in every language (the
//!   translations describe one event; a calendar that imports two of them keeps one).
//! - `DTSTAMP`: the article's `updated` date, else its `date`, else the event's first day.
//! - `SEQUENCE`: `[event] sequence` when given; otherwise the whole minutes from the article's
//!   `date` to its `updated` (0 without `updated`). A static build cannot count revisions, but
//!   `updated` only moves forward, so setting it when an event changes raises the number, as
//!   calendar clients need to take the change.
//! - Times: converted to UTC when the event has a `timezone` or a UTC offset (no `VTIMEZONE`
//!   needed); local ("floating") times otherwise; events without a time of day are whole-day
//!   events with an exclusive `DTEND`, as the RFC wants.
//! - `SUMMARY` and `DESCRIPTION` are in the article's language (with a `LANGUAGE` parameter), and
//!   the description's extra lines are Fluent messages ([`MESSAGES`]).

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use fluent_bundle::FluentArgs;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike, Property};
use sha2::Digest;

use super::Inputs;
use crate::content::{Moment, Page};
use crate::error::Diagnostic;

/// The Fluent messages this module formats, with the variables it passes (for `bulletin check`,
/// which cannot see them in templates).
pub const MESSAGES: &[(&str, &[&str])] = &[
    ("calendar-name", &["site"]),
    ("calendar-article", &["url"]),
    ("calendar-event-website", &["url"]),
    ("event-online", &[]),
    ("calendar-deadline", &["title"]),
    ("calendar-call-apply", &["url"]),
];

/// The calendar file of page `i`'s event.
pub fn event_file(inputs: &Inputs, i: usize) -> Result<String, Diagnostic> {
    let page = inputs.site.page(i);
    let mut calendar = header(inputs, &page.lang)?;
    if page.front.event.is_some() {
        calendar.push(event(inputs, i)?);
    }
    if page.front.call.is_some() {
        calendar.push(deadline(inputs, i)?);
    }
    Ok(refold(&calendar.to_string()))
}

/// Every listed event of `lang`, soonest upcoming first, then the past ones.
pub fn language_feed(inputs: &Inputs, lang: &str) -> Result<String, Diagnostic> {
    let mut calendar = header(inputs, lang)?;
    let (upcoming, past) = inputs.site.events(lang);
    for &i in upcoming.iter().chain(past) {
        calendar.push(event(inputs, i)?);
    }
    let (open, closed) = inputs.site.calls(lang);
    for i in open.into_iter().chain(closed) {
        calendar.push(deadline(inputs, i)?);
    }
    Ok(refold(&calendar.to_string()))
}

/// Content lines folded to at most 75 octets, as RFC 5545 (3.1) asks: icalendar 0.17 lets the
/// last continuation of a long line reach 76 (74 octets of text after the leading space is
/// right, 75 is what it allows).
fn refold(ics: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = ics.replace("\r\n ", "");
    let mut out = String::with_capacity(ics.len() + ics.len() / 20);
    for line in unfolded.split_terminator("\r\n") {
        let mut rest = line;
        let mut limit = LIMIT;
        loop {
            if rest.len() <= limit {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            // A continuation line starts with a space, which counts.
            limit = LIMIT - 1;
        }
    }
    out
}

fn header(inputs: &Inputs, lang: &str) -> Result<Calendar, Diagnostic> {
    let config = inputs.site.config;
    let language = config.language(lang).unwrap_or(config.default_lang());
    let mut args = FluentArgs::new();
    args.set("site", language.title.clone());
    let name = message(inputs, lang, "calendar-name", &args)?;
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new(
            "PRODID",
            format!("-//bulletin//{}//{}", host(config), lang.to_uppercase()),
        ))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(&name);
    Ok(calendar)
}

fn event(inputs: &Inputs, i: usize) -> Result<icalendar::Event, Diagnostic> {
    let site = inputs.site;
    let config = site.config;
    let page = site.page(i);
    let e = page
        .front
        .event
        .as_ref()
        .expect("calendar jobs are planned for pages with an event");
    let lang = page.lang.as_str();
    let url = config.urls.permalink(&page.url);

    let mut ev = icalendar::Event::new();
    ev.uid(&uid(config, &page.key));
    let first_day = Moment {
        date: e.start.date,
        time: None,
        offset: None,
    };
    ev.timestamp(utc(&stamp(page, first_day)));
    ev.sequence(e.sequence.unwrap_or_else(|| sequence(page)));
    if let Some(created) = page.date {
        ev.created(utc(&created));
    }
    if let Some(updated) = page.front.updated {
        ev.last_modified(utc(&updated));
    }
    ev.append_property(in_language("SUMMARY", &page.front.title, lang));

    let mut description = Vec::new();
    let lead = page
        .front
        .description
        .clone()
        .unwrap_or_else(|| plain_text(&site.rendered[i].summary));
    if !lead.trim().is_empty() {
        description.push(lead.trim().to_string());
    }
    description.push(url_line(inputs, lang, "calendar-article", &url)?);
    if let Some(website) = &e.url {
        description.push(url_line(inputs, lang, "calendar-event-website", website)?);
    }
    ev.append_property(in_language("DESCRIPTION", &description.join("\n\n"), lang));

    let online = message(inputs, lang, "event-online", &FluentArgs::new())?;
    let location = match (&e.location, e.online) {
        (Some(place), true) => Some(format!("{place} / {online}")),
        (Some(place), false) => Some(place.clone()),
        (None, true) => Some(online),
        (None, false) => None,
    };
    if let Some(location) = location {
        ev.append_property(in_language("LOCATION", &location, lang));
    }
    ev.url(&url);

    let timed = e.start.time.is_some() && e.end.is_none_or(|end| end.time.is_some());
    if timed {
        ev.starts(date_time(&e.start, e.timezone.as_deref()));
        if let Some(end) = &e.end {
            ev.ends(date_time(end, e.timezone.as_deref()));
        }
    } else {
        let first = naive_date(e.start.date);
        let last = e.end.map_or(first, |m| naive_date(m.date)).max(first);
        whole_days(&mut ev, first, last);
    }
    ev.status(icalendar::EventStatus::Confirmed);
    Ok(ev.done())
}

/// The deadline of the call of article `i`.
fn deadline(inputs: &Inputs, i: usize) -> Result<icalendar::Event, Diagnostic> {
    let site = inputs.site;
    let config = site.config;
    let page = site.page(i);
    let call = page
        .front
        .call
        .as_ref()
        .expect("deadlines are asked for pages with a call");
    let lang = page.lang.as_str();
    let url = config.urls.permalink(&page.url);
    let mut ev = icalendar::Event::new();
    ev.uid(&uid(config, &format!("{}#deadline", page.key)));
    ev.timestamp(utc(&stamp(page, call.deadline)));
    ev.sequence(sequence(page));
    let mut args = FluentArgs::new();
    args.set("title", page.front.title.clone());
    let summary = message(inputs, lang, "calendar-deadline", &args)?;
    ev.append_property(in_language("SUMMARY", &summary, lang));
    let mut description = vec![url_line(inputs, lang, "calendar-article", &url)?];
    if let Some(apply) = &call.url {
        description.push(url_line(inputs, lang, "calendar-call-apply", apply)?);
    }
    ev.append_property(in_language("DESCRIPTION", &description.join("\n\n"), lang));
    ev.url(&url);
    if call.deadline.time.is_some() {
        ev.starts(date_time(&call.deadline, call.timezone.as_deref()));
    } else {
        let day = naive_date(call.deadline.date);
        whole_days(&mut ev, day, day);
    }
    // A deadline does not take up the reader's time.
    ev.append_property(Property::new("TRANSP", "TRANSPARENT"));
    ev.status(icalendar::EventStatus::Confirmed);
    Ok(ev.done())
}

/// `<hash>@<host>`: stable as long as the article keeps its file name, and unique per site.
pub fn uid(config: &crate::config::Config, key: &str) -> String {
    let hash = sha2::Sha256::digest(format!("{}\n{key}", config.urls.base_url()).as_bytes());
    format!("{}@{}", hex::encode(&hash[..16]), host(config))
}

fn host(config: &crate::config::Config) -> String {
    url::Url::parse(&config.urls.base_url())
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "bulletin.invalid".into())
}

/// The article's last change as far as the content says, else `fallback`.
fn stamp(page: &Page, fallback: Moment) -> Moment {
    page.front.updated.or(page.date).unwrap_or(fallback)
}

/// A property whose text is in `lang`.
fn in_language(name: &str, value: &str, lang: &str) -> Property {
    Property::new(name, value)
        .add_parameter("LANGUAGE", lang)
        .done()
}

/// A line of a description: message `key` with the address `url`.
fn url_line(inputs: &Inputs, lang: &str, key: &str, url: &str) -> Result<String, Diagnostic> {
    let mut args = FluentArgs::new();
    args.set("url", url.to_string());
    message(inputs, lang, key, &args)
}

/// From the day `first` to the day `last`, as whole days: `DTEND` is the day after the last
/// one (RFC 5545 3.6.1).
fn whole_days(ev: &mut icalendar::Event, first: NaiveDate, last: NaiveDate) {
    ev.starts(DatePerhapsTime::Date(first));
    ev.ends(DatePerhapsTime::Date(last.succ_opt().unwrap_or(last)));
}

/// Minutes from publication to the last update (see the module documentation).
pub fn sequence(page: &Page) -> u32 {
    let (Some(date), Some(updated)) = (page.date, page.front.updated) else {
        return 0;
    };
    let minutes = (seconds(&updated) - seconds(&date)) / 60;
    u32::try_from(minutes.max(0)).unwrap_or(u32::MAX)
}

fn seconds(m: &Moment) -> i64 {
    utc(m).timestamp()
}

/// A moment as a UTC timestamp (midnight and UTC where it has no time or offset).
fn utc(m: &Moment) -> DateTime<Utc> {
    let time = m.time.unwrap_or(jiff::civil::Time::midnight());
    let civil = m.date.to_datetime(time);
    let offset =
        jiff::tz::Offset::from_seconds(m.offset.unwrap_or(0)).unwrap_or(jiff::tz::Offset::UTC);
    let ts = offset
        .to_timestamp(civil)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    DateTime::from_timestamp(ts.as_second(), 0).unwrap_or_default()
}

/// A start or end time: in UTC when the zone or offset is known, floating otherwise.
fn date_time(m: &Moment, timezone: Option<&str>) -> CalendarDateTime {
    let time = m.time.unwrap_or(jiff::civil::Time::midnight());
    let instant = m
        .instant(timezone)
        .and_then(|ts| DateTime::from_timestamp(ts.as_second(), 0));
    match instant {
        Some(t) => CalendarDateTime::Utc(t),
        None => CalendarDateTime::Floating(NaiveDateTime::new(
            naive_date(m.date),
            chrono::NaiveTime::from_hms_opt(
                time.hour() as u32,
                time.minute() as u32,
                time.second() as u32,
            )
            .unwrap_or_default(),
        )),
    }
}

fn naive_date(d: jiff::civil::Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(i32::from(d.year()), d.month() as u32, d.day() as u32)
        .expect("a validated civil date")
}

fn message(
    inputs: &Inputs,
    lang: &str,
    key: &str,
    args: &FluentArgs,
) -> Result<String, Diagnostic> {
    inputs.i18n.message(lang, key, args).map_err(|e| {
        let why = match e {
            crate::i18n::MessageError::Missing => format!("there is no Fluent message `{key}`"),
            crate::i18n::MessageError::Format(why) => why,
        };
        Diagnostic::error(format!("calendar file: {why}"))
            .help(format!("add `{key} = …` to i18n/{lang}/*.ftl"))
    })
}

/// The text of an HTML fragment: tags dropped, the entities our Markdown writes decoded,
/// whitespace collapsed.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let decoded = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets() {
        let long = format!("DESCRIPTION:{}\r\n", "é".repeat(100));
        let folded = refold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75), "{folded}");
        assert_eq!(refold(&folded), folded);
        assert_eq!(folded.replace("\r\n ", ""), long);
    }

    #[test]
    fn plain_text_of_html() {
        assert_eq!(
            plain_text("<p>Tom &amp; <em>Jerry</em>\n meet.</p>"),
            "Tom & Jerry meet."
        );
    }
}
