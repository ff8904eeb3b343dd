//! Finding dates, date ranges, times and time zones in running text, in German, Catalan,
//! Spanish, English and French.
//!
//! Numeric dates are read in European order (`08-11-2022` is 8 November). A date without a year
//! is returned without one: [`super::meta`] decides whether the article's publication year may
//! complete it. Whether a date is the event's, the publication's or a deadline is also decided
//! there; this module only reads what is written.

use std::sync::LazyLock;

use regex::Regex;

/// A calendar date as written: the year may be missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub year: Option<i16>,
    pub month: i8,
    pub day: i8,
}

impl Written {
    /// The date, when it has a year and exists (`31. Februar 2024` does not).
    pub fn date(&self) -> Option<jiff::civil::Date> {
        jiff::civil::Date::new(self.year?, self.month, self.day).ok()
    }

    pub fn with_year(self, year: i16) -> Written {
        Written {
            year: Some(year),
            ..self
        }
    }
}

/// A date or range found in a text, with the times and zone written right after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the whole expression in the searched text.
    pub start: usize,
    pub end: usize,
    pub first: Written,
    /// The last day of a range.
    pub last: Option<Written>,
    pub start_time: Option<jiff::civil::Time>,
    pub end_time: Option<jiff::civil::Time>,
    /// Offset from UTC in seconds, from a zone such as `CET` or `UTC+2`.
    pub offset: Option<i32>,
}

impl Found {
    pub fn is_range(&self) -> bool {
        self.last.is_some()
    }
}

/// Month names and abbreviations in the five languages → month number.
const MONTHS: &[(&str, i8)] = &[
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("maerz", 3),
    ("april", 4),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("august", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("dezember", 12),
    ("mär", 3),
    ("mrz", 3),
    ("okt", 10),
    ("dez", 12),
    // English
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("october", 10),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    // Catalan
    ("gener", 1),
    ("febrer", 2),
    ("març", 3),
    ("abril", 4),
    ("maig", 5),
    ("juny", 6),
    ("juliol", 7),
    ("agost", 8),
    ("setembre", 9),
    ("octubre", 10),
    ("novembre", 11),
    ("desembre", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("noviembre", 11),
    ("diciembre", 12),
    ("ene", 1),
    ("abr", 4),
    ("ago", 8),
    ("dic", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("décembre", 12),
    ("decembre", 12),
    ("janv", 1),
    ("févr", 2),
    ("avr", 4),
    ("juil", 7),
    ("déc", 12),
];

fn month_number(name: &str) -> Option<i8> {
    let name = name.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}

fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.join("|")
}

/// Day with an ordinal or German period: `22.`, `26th`, `1er`, `1r`, `1º`.
const DAY: &str = r"(?:[12]\d|3[01]|0?[1-9])(?:\.|st|nd|rd|th|er|r|º|ª|o)?";
const YEAR: &str = r"(?:19|20)\d{2}";
/// Words and signs that join the two ends of a range.
const JOIN: &str = r"\s*(?:-|–|—|bis(?: zum)?|to|until|till|through|and|und|al|a|au|à|y|i|et|fins al|fins a|hasta el|hasta)\s*";

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<d>{DAY})\s*(?:of\s+|de\s+|d['’]\s*)?(?P<m>{})\.?\b(?:,?\s*(?:de\s+|del\s+)?(?P<y>{YEAR})\b)?",
        month_alternation()
    ))
    .expect("valid date pattern")
});

static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<m>{})\.?\s+(?P<d>{DAY})\b(?:,?\s+(?P<y>{YEAR})\b)?",
        month_alternation()
    ))
    .expect("valid date pattern")
});

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?P<d>[0-3]?\d)(?P<s1>[./-])(?P<m>[01]?\d)(?P<s2>[./-])(?P<y>(?:19|20)\d{2})|(?P<iy>(?:19|20)\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b")
        .expect("valid date pattern")
});

/// A day number and a join right before a full date: the `22. bis` of `22. bis 25. Oktober`.
static RANGE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:^|[\s(])(?:(?P<intro>vom|von|del|du|des|from|entre el|entre|de)\s+)?(?P<d>{DAY}){JOIN}$"
    ))
    .expect("valid pattern")
});

static JOIN_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^{JOIN}$")).expect("valid pattern"));

const TIME: &str = r"(?:[01]?\d|2[0-3])(?:(?::|\.|h\s?)[0-5]\d\b(?:\s?(?:h|Uhr)\b)?|\s?(?:h|Uhr)\b|\s?[ap]\.?m\.?)";

/// Times right after a date: `10:00 – 12:00 CET`, `, 9.30 Uhr`, `de 10 h a 12 h`, `UTC+2`.
static TIMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^[\s,;|–-]*(?:(?:um|at|from|von|ab|de|des|dès|a les|a las|à|from)\s+)?(?P<t1>{TIME})(?:{JOIN}(?P<t2>{TIME}))?(?:\s*\(?(?P<z>CEST|CET|MESZ|MEZ|UTC|GMT|BST|WEST|WET|EEST|EET)(?P<zo>[+-]\d{{1,2}}(?::?\d{{2}})?)?\)?)?"
    ))
    .expect("valid time pattern")
});

/// Every date and range in `text`, in order.
pub fn find(text: &str) -> Vec<Found> {
    let mut singles: Vec<(usize, usize, Written)> = Vec::new();
    for re in [&*DAY_MONTH, &*MONTH_DAY] {
        for c in re.captures_iter(text) {
            let whole = c.get(0).expect("match");
            let (Some(month), Some(day)) = (month_number(&c["m"]), day_number(&c["d"])) else {
                continue;
            };
            let year = c.name("y").and_then(|y| y.as_str().parse().ok());
            singles.push((whole.start(), whole.end(), Written { year, month, day }));
        }
    }
    for c in NUMERIC.captures_iter(text) {
        let whole = c.get(0).expect("match");
        let (d, m, y) = match c.name("d") {
            // `15.3.2021`, `08-11-2022`, but not `1.2-2024`
            Some(_) if c["s1"] != c["s2"] => continue,
            Some(d) => (d.as_str(), &c["m"], &c["y"]),
            None => (&c["id"], &c["im"], &c["iy"]),
        };
        let (Ok(day), Ok(month), Ok(year)) = (d.parse(), m.parse(), y.parse()) else {
            continue;
        };
        if (1..=12).contains(&month) && (1..=31).contains(&day) {
            singles.push((
                whole.start(),
                whole.end(),
                Written {
                    year: Some(year),
                    month,
                    day,
                },
            ));
        }
    }
    // Longest first at each position, then drop matches inside an earlier one.
    singles.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut kept: Vec<(usize, usize, Written)> = Vec::new();
    for s in singles {
        if kept.last().is_none_or(|k| s.0 >= k.1) {
            kept.push(s);
        }
    }

    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < kept.len() {
        let (mut start, mut end, date) = kept[i];
        let mut first = date;
        let mut last = None;
        if let Some(next) = kept.get(i + 1)
            && JOIN_ONLY.is_match(&text[end..next.0])
        {
            // `22 October – 3 November 2024`, `27 Nov 2019 to 28 Nov 2019`
            last = Some(next.2);
            end = next.1;
            i += 1;
        } else if let Some(head) = RANGE_HEAD.captures(&text[..start])
            && let Some(day) = day_number(&head["d"])
        {
            // `22. bis 25. Oktober 2024`, `del 5 al 8 d’abril`
            last = Some(date);
            first = Written { day, ..date };
            start = head
                .name("intro")
                .or(head.name("d"))
                .expect("group")
                .start();
        }
        if let Some(l) = last
            && first.year.is_none()
            && let Some(y) = l.year
        {
            // `28 December – 2 January 2025` began the year before.
            first.year = Some(if first.month > l.month { y - 1 } else { y });
        }
        let mut f = Found {
            start,
            end,
            first,
            last,
            start_time: None,
            end_time: None,
            offset: None,
        };
        read_times(text, &mut f);
        found.push(f);
        i += 1;
    }
    found
}

fn day_number(text: &str) -> Option<i8> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn read_times(text: &str, found: &mut Found) {
    let Some(c) = TIMES.captures(&text[found.end..]) else {
        return;
    };
    found.start_time = parse_time(&c["t1"]);
    found.end_time = c.name("t2").and_then(|t| parse_time(t.as_str()));
    found.offset = c.name("z").map(|z| {
        let base = match z.as_str().to_uppercase().as_str() {
            "CET" | "MEZ" | "BST" | "WEST" => 3600,
            "CEST" | "MESZ" | "EET" => 7200,
            "EEST" => 10800,
            _ => 0,
        };
        base + c.name("zo").map_or(0, |o| parse_offset(o.as_str()))
    });
    if found.start_time.is_some() {
        found.end += c.get(0).expect("match").end();
    }
}

/// `10:00`, `9.30`, `10h30`, `10 h`, `18 Uhr`, `2pm` → a time of day.
fn parse_time(text: &str) -> Option<jiff::civil::Time> {
    let lower = text.to_lowercase();
    let digits: Vec<i8> = lower
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    let (mut hour, minute) = (*digits.first()?, digits.get(1).copied().unwrap_or(0));
    if lower.contains('p') && hour < 12 {
        hour += 12;
    } else if lower.contains('a') && !lower.contains("h") && hour == 12 {
        hour = 0;
    }
    jiff::civil::Time::new(hour, minute, 0, 0).ok()
}

/// `+2`, `-05:30`, `+0100` → seconds.
fn parse_offset(text: &str) -> i32 {
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let (h, m) = if digits.len() > 2 {
        let split = digits.len() - 2;
        (&digits[..split], &digits[split..])
    } else {
        (digits.as_str(), "0")
    };
    sign * (h.parse::<i32>().unwrap_or(0) * 3600 + m.parse::<i32>().unwrap_or(0) * 60)
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
