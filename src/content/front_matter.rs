//! Front matter: the TOML between the `+++` lines at the top of a content file.

use std::fmt;

use serde::{Deserialize, Deserializer};

use crate::error::{Diagnostic, Position};
use crate::toml_spans::Step;

/// The front matter of an article. Unknown keys are errors.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    pub date: Option<Moment>,
    pub updated: Option<Moment>,
    pub description: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub draft: bool,
    pub slug: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `[event]` as written. A translation may give only what it translates (`location`),
    /// or nothing: the rest comes from its source ([`crate::content::shared`]).
    #[serde(rename = "event")]
    pub event_fields: Option<EventFields>,
    /// The event: `[event]` when it has a start ([`FrontMatter::resolve_event`]), and for a
    /// translation, its source's event under what the translation gives.
    #[serde(skip)]
    pub event: Option<Event>,
    /// An open call (for projects, proposals, members…) and its deadline.
    pub call: Option<Call>,
    /// The newsletter issue the article belongs to (`bulletin newsletter --issue N`).
    pub issue: Option<u32>,
    /// The languages the article is for (`["ca"]`: a notice for Catalan members); empty: all.
    /// Other languages do not list it, mail it or miss its translation.
    #[serde(default)]
    pub languages: Vec<String>,
    pub source: Option<Source>,
    pub translation: Option<Translation>,
    /// `[image]`: the cover, shown in lists and on the article, and the share image.
    pub image: Option<CoverImage>,
    #[serde(default)]
    pub extra: toml::Table,
}

/// `[image]`: an article's cover image.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoverImage {
    /// A file of the page bundle (`cover.jpg`), or of `static/` (`/covers/assembly.jpg`).
    pub src: String,
    /// What the image shows, for readers who cannot see it; `""` for a decorative one.
    pub alt: String,
    /// Who made it, under which licence: `© Ana Pérez, CC BY 4.0`.
    pub credit: Option<String>,
}

/// The front matter of a section's `_index.<lang>.md`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFrontMatter {
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub extra: toml::Table,
}

/// `[event]` as written: in an original `start` is required; a translation may leave out
/// everything it takes from its source.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFields {
    pub start: Option<Moment>,
    pub end: Option<Moment>,
    #[serde(default, deserialize_with = "time_zone")]
    pub timezone: Option<String>,
    pub location: Option<String>,
    pub online: Option<bool>,
    pub url: Option<String>,
    pub sequence: Option<u32>,
}

impl EventFields {
    /// The event these fields describe over `base` (the source's event): what is given here
    /// wins. Dates come as a pair: a translation giving its own `start` gives its own `end`.
    pub fn over(&self, base: Option<&Event>) -> Option<Event> {
        let start = self.start.or(base.map(|b| b.start))?;
        let end = if self.start.is_some() {
            self.end
        } else {
            self.end.or(base.and_then(|b| b.end))
        };
        Some(Event {
            start,
            end,
            timezone: self
                .timezone
                .clone()
                .or_else(|| base.and_then(|b| b.timezone.clone())),
            location: self
                .location
                .clone()
                .or_else(|| base.and_then(|b| b.location.clone())),
            online: self.online.or(base.map(|b| b.online)).unwrap_or(false),
            url: self
                .url
                .clone()
                .or_else(|| base.and_then(|b| b.url.clone())),
            sequence: self.sequence.or(base.and_then(|b| b.sequence)),
        })
    }
}

impl FrontMatter {
    /// Sets `event` from `[event]` when it is complete (has a start); a translation's partial
    /// `[event]` is completed from its source later.
    pub fn resolve_event(&mut self) {
        self.event = self.event_fields.as_ref().and_then(|f| f.over(None));
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub start: Moment,
    pub end: Option<Moment>,
    pub timezone: Option<String>,
    pub location: Option<String>,
    pub online: bool,
    pub url: Option<String>,
    /// The calendar file's `SEQUENCE`, when the automatic one (see `output::calendar`) is not
    /// wanted.
    pub sequence: Option<u32>,
}

/// `[call]`: an article that is an open call.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Call {
    /// The last day (or moment) applications are taken.
    pub deadline: Moment,
    #[serde(default, deserialize_with = "time_zone")]
    pub timezone: Option<String>,
    /// Where one applies.
    pub url: Option<String>,
}

impl Event {
    /// Whether the end, when given, comes before the start: compared as instants when both
    /// have a time of day, else by date.
    pub fn ends_before_it_starts(&self) -> bool {
        self.end
            .is_some_and(|end| Moment::ends_before(&self.start, &end))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub file: String,
    pub sha256: Option<String>,
    /// Hash of the file as `bulletin import` wrote it (without this line): when the file no
    /// longer matches it, a person has edited the file and import leaves it alone.
    pub generated: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub from: String,
    pub source_hash: Option<String>,
    /// The hash of each block of the source ([`crate::content::blocks`]) as confirmed, in
    /// order; an empty string is a block not confirmed yet (untranslated or fuzzy on import).
    #[serde(default)]
    pub blocks: Vec<String>,
}

/// A date, optionally with a time of day and a UTC offset, as written in front matter
/// (`2024-10-22`, `2024-10-22T10:00:00`, `2024-10-22T10:00:00+02:00`), validated as a real
/// calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment {
    pub date: jiff::civil::Date,
    pub time: Option<jiff::civil::Time>,
    /// Offset from UTC in seconds, when written.
    pub offset: Option<i32>,
}

impl Moment {
    /// Whether an event from `start` to `end` would end before it starts: by the instant when
    /// both have a time (offsets applied), else by the day.
    pub fn ends_before(start: &Moment, end: &Moment) -> bool {
        let instant = |m: &Moment, time: jiff::civil::Time| {
            m.date
                .to_datetime(time)
                .checked_sub(jiff::SignedDuration::from_secs(
                    m.offset.unwrap_or(0).into(),
                ))
                .ok()
        };
        match (start.time, end.time) {
            (Some(s), Some(e)) => match (instant(start, s), instant(end, e)) {
                (Some(start), Some(end)) => end < start,
                _ => false,
            },
            _ => end.date < start.date,
        }
    }

    /// The instant this moment names: by its written offset, else in the IANA zone `timezone`;
    /// `None` for a floating time (neither given) or a date without time.
    pub fn instant(&self, timezone: Option<&str>) -> Option<jiff::Timestamp> {
        let civil = self.date.to_datetime(self.time?);
        match (self.offset, timezone) {
            (Some(seconds), _) => jiff::tz::Offset::from_seconds(seconds)
                .ok()?
                .to_timestamp(civil)
                .ok(),
            (None, Some(name)) => jiff::tz::TimeZone::get(name).ok()?.to_timestamp(civil).ok(),
            (None, None) => None,
        }
    }

    pub fn parse(text: &str) -> Result<Moment, String> {
        let dt: toml::value::Datetime = text.trim().parse().map_err(|_| bad_date(text))?;
        Moment::from_toml(&dt).map_err(|_| bad_date(text))
    }

    fn from_toml(dt: &toml::value::Datetime) -> Result<Moment, String> {
        let d = dt.date.ok_or_else(|| bad_date(&dt.to_string()))?;
        let date = jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8)
            .map_err(|_| bad_date(&dt.to_string()))?;
        let time = match dt.time {
            Some(t) => Some(
                jiff::civil::Time::new(
                    t.hour as i8,
                    t.minute as i8,
                    t.second.unwrap_or(0) as i8,
                    0,
                )
                .map_err(|_| bad_date(&dt.to_string()))?,
            ),
            None => None,
        };
        let offset = dt.offset.map(|o| match o {
            toml::value::Offset::Z => 0,
            toml::value::Offset::Custom { minutes } => i32::from(minutes) * 60,
        });
        Ok(Moment { date, time, offset })
    }

    /// The moment as an absolute RFC 3339 timestamp, taking midnight and UTC where the author
    /// left them out (as feeds and sitemaps need a full timestamp).
    pub fn rfc3339(&self) -> String {
        let time = self.time.unwrap_or(jiff::civil::Time::midnight());
        format!(
            "{}T{}{}",
            self.date,
            time.strftime("%H:%M:%S"),
            utc_offset(self.offset.unwrap_or(0))
        )
    }
}

/// `+02:00` for an offset of 7200 seconds.
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let abs = seconds.abs();
    format!("{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60)
}

fn bad_date(text: &str) -> String {
    let text = text.trim();
    let iso_shaped = text.len() >= 10
        && text.as_bytes()[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    match crate::config::day_first_date(text) {
        Some(iso) => format!("`{text}` is not a valid date: write it year-month-day, as {iso}"),
        None if iso_shaped => format!("`{text}` is not a valid date: there is no such day or time"),
        None => format!(
            "`{text}` is not a valid date: write dates year-month-day, as 2026-10-28, with a time as 2026-10-28T18:30:00"
        ),
    }
}

/// ISO 8601 as written by the author (the form templates receive).
impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some(time) = self.time {
            write!(f, "T{}", time.strftime("%H:%M:%S"))?;
            match self.offset {
                Some(0) => write!(f, "Z")?,
                Some(offset) => write!(f, "{}", utc_offset(offset))?,
                None => {}
            }
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Accept both TOML dates (`date = 2024-10-22`) and strings (`date = "2024-10-22"`).
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let written = Written::deserialize(deserializer).map_err(|_| {
            serde::de::Error::custom(
                "expected a date such as 2024-10-22 or 2024-10-22T10:00:00+02:00",
            )
        })?;
        match written {
            Written::Toml(dt) => Moment::from_toml(&dt),
            Written::Text(text) => Moment::parse(&text),
        }
        .map_err(serde::de::Error::custom)
    }
}

fn time_zone<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let name = String::deserialize(deserializer)?;
    jiff::tz::TimeZone::get(&name).map_err(|_| {
        serde::de::Error::custom(format!(
            "unknown time zone `{name}`; use an IANA name such as `Europe/Madrid`"
        ))
    })?;
    Ok(Some(name))
}

/// A content file split into its front matter and body.
pub struct Split<'a> {
    pub front_matter: &'a str,
    /// Byte offset of the front matter in the file.
    pub front_offset: usize,
    pub body: &'a str,
    /// Byte offset of the body in the file.
    pub body_offset: usize,
}

/// Splits `+++`-fenced TOML front matter from the body.
pub fn split(text: &str) -> Result<Split<'_>, Diagnostic> {
    let start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let rest = &text[start..];
    let missing = || {
        Diagnostic::error("the file does not start with front matter")
            .at_offset(text, start)
            .help(
                "start the file with a line `+++`, then `title = \"…\"`, then a closing `+++` line",
            )
    };
    if rest.starts_with("---\n") || rest.starts_with("---\r\n") {
        return Err(Diagnostic::error(
            "the front matter is between `---` lines, as YAML is; bulletin reads TOML between `+++` lines",
        )
        .at_offset(text, start)
        .help("write `+++` instead of `---` on both lines, and `key = \"value\"` instead of `key: value`, as in title = \"…\""));
    }
    let after_open = rest
        .strip_prefix("+++\r\n")
        .or_else(|| rest.strip_prefix("+++\n"))
        .ok_or_else(missing)?;
    let front_offset = text.len() - after_open.len();
    let mut offset = front_offset;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let body_offset = offset + line.len();
            return Ok(Split {
                front_matter: &text[front_offset..offset],
                front_offset,
                body: &text[body_offset..],
                body_offset,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error("the front matter is not closed")
        .at_offset(text, start)
        .help("add a line `+++` after the front matter"))
}

/// Where the value at `path` is written in `source`, a whole content file, to point an error
/// at it.
pub fn locate(source: &str, path: &[Step]) -> Option<Position> {
    let split = split(source).ok()?;
    let offset = crate::toml_spans::offset_of(split.front_matter, path)?;
    Some(Position::of_offset(source, split.front_offset + offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter() {
        let s = split("+++\ntitle = \"x\"\n+++\nbody\n").unwrap();
        assert_eq!(s.front_matter, "title = \"x\"\n");
        assert_eq!(s.body, "body\n");
        assert!(split("title").is_err());
        assert!(split("+++\ntitle = 1\n").is_err());
    }

    #[test]
    fn moments_are_validated() {
        assert!(Moment::parse("2024-02-31").is_err());
        let m = Moment::parse("2024-10-22T10:00:00+02:00").unwrap();
        assert_eq!(m.to_string(), "2024-10-22T10:00:00+02:00");
        assert_eq!(m.rfc3339(), "2024-10-22T10:00:00+02:00");
        assert_eq!(
            Moment::parse("2024-10-22").unwrap().rfc3339(),
            "2024-10-22T00:00:00+00:00"
        );
    }

    #[test]
    fn events_that_end_before_they_start() {
        let event = |start: &str, end: &str| Event {
            start: Moment::parse(start).unwrap(),
            end: Some(Moment::parse(end).unwrap()),
            timezone: None,
            location: None,
            online: false,
            url: None,
            sequence: None,
        };
        assert!(event("2024-05-02", "2024-05-01").ends_before_it_starts());
        assert!(!event("2024-05-02", "2024-05-02").ends_before_it_starts());
        assert!(event("2024-05-02T10:00:00", "2024-05-02T09:59:00").ends_before_it_starts());
        // The same instant, written in two offsets.
        assert!(
            !event("2024-05-02T10:00:00+02:00", "2024-05-02T09:00:00+01:00")
                .ends_before_it_starts()
        );
        // A time on one side only: the dates decide.
        assert!(!event("2024-05-02T18:00:00", "2024-05-02").ends_before_it_starts());
    }

    #[test]
    fn values_are_located_in_the_file() {
        let source =
            "+++\ntitle = \"x\"\ntags = [\"a\", \"b\"]\n[event]\nstart = 2024-05-02\n+++\n";
        let at = |path: &[Step]| locate(source, path).map(|p| (p.line, p.column));
        assert_eq!(at(&[Step::Key("tags"), Step::Item(1)]), Some((3, 14)));
        assert_eq!(at(&[Step::Key("event"), Step::Key("start")]), Some((5, 9)));
        assert_eq!(at(&[Step::Key("slug")]), None);
    }
}
