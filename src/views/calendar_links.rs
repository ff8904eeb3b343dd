//! Links that add an event to an online calendar service (Google Calendar, Outlook.com), built
//! from the event alone: plain links to the services' documented "compose" addresses, no
//! script and nothing loaded from them. Times are sent in UTC where the event's zone or offset
//! is known, as floating local times otherwise, and whole days as dates (the end exclusive, as
//! both services expect).

use crate::content::Page;
use crate::content::front_matter::{Event, Moment};

/// (service name, address) for each service, in the order they are shown.
pub fn links(page: &Page, event: &Event, permalink: &str) -> Vec<(&'static str, String)> {
    let title = page.front.title.as_str();
    let details = match &page.front.description {
        Some(d) => format!("{d}\n\n{permalink}"),
        None => permalink.to_string(),
    };
    let location = match (&event.location, event.online) {
        (Some(place), _) => place.clone(),
        (None, true) => event.url.clone().unwrap_or_default(),
        (None, false) => String::new(),
    };
    let span = Span::of(event);
    let mut google =
        url::Url::parse("https://calendar.google.com/calendar/render").expect("a valid address");
    google
        .query_pairs_mut()
        .append_pair("action", "TEMPLATE")
        .append_pair("text", title)
        .append_pair("dates", &span.google())
        .append_pair("details", &details)
        .append_pair("location", &location);
    let mut outlook = url::Url::parse("https://outlook.live.com/calendar/0/action/compose")
        .expect("a valid address");
    {
        let mut query = outlook.query_pairs_mut();
        query
            .append_pair("rru", "addevent")
            .append_pair("subject", title)
            .append_pair("body", &details)
            .append_pair("location", &location);
        let (start, end, all_day) = span.outlook();
        query
            .append_pair("startdt", &start)
            .append_pair("enddt", &end)
            .append_pair("allday", if all_day { "true" } else { "false" });
    }
    vec![
        ("Google Calendar", google.to_string()),
        ("Outlook.com", outlook.to_string()),
    ]
}

/// When an event happens, in the forms the services take.
enum Span {
    /// Whole days, the end exclusive.
    Days(jiff::civil::Date, jiff::civil::Date),
    /// Instants in UTC.
    Utc(jiff::Timestamp, jiff::Timestamp),
    /// Local times without a zone: each reader's own.
    Floating(jiff::civil::DateTime, jiff::civil::DateTime),
}

impl Span {
    fn of(event: &Event) -> Span {
        let start = &event.start;
        let end = event.end.as_ref().unwrap_or(start);
        let zone = event.timezone.as_deref();
        match (start.time, end.time) {
            (Some(_), Some(_)) => {
                let ends = |m: &Moment| m.date.to_datetime(m.time.unwrap_or_default());
                match (start.instant(zone), end.instant(zone)) {
                    // A single moment: an hour, as calendar files are read.
                    (Some(a), Some(b)) if event.end.is_none() => Span::Utc(
                        a,
                        a.checked_add(jiff::SignedDuration::from_hours(1))
                            .unwrap_or(b),
                    ),
                    (Some(a), Some(b)) => Span::Utc(a, b),
                    _ if event.end.is_none() => Span::Floating(
                        ends(start),
                        ends(start)
                            .checked_add(jiff::SignedDuration::from_hours(1))
                            .unwrap_or(ends(start)),
                    ),
                    _ => Span::Floating(ends(start), ends(end)),
                }
            }
            _ => {
                let last = end.date.max(start.date);
                Span::Days(start.date, last.tomorrow().unwrap_or(last))
            }
        }
    }

    /// `dates=` of Google Calendar: `20240405T073000Z/20240406T140000Z`, `20240405/20240407`.
    fn google(&self) -> String {
        match self {
            Span::Days(a, b) => format!("{}/{}", a.strftime("%Y%m%d"), b.strftime("%Y%m%d")),
            Span::Utc(a, b) => format!(
                "{}/{}",
                a.strftime("%Y%m%dT%H%M%SZ"),
                b.strftime("%Y%m%dT%H%M%SZ")
            ),
            Span::Floating(a, b) => format!(
                "{}/{}",
                a.strftime("%Y%m%dT%H%M%S"),
                b.strftime("%Y%m%dT%H%M%S")
            ),
        }
    }

    /// `startdt=`, `enddt=` and `allday=` of Outlook.com.
    fn outlook(&self) -> (String, String, bool) {
        match self {
            Span::Days(a, b) => (a.to_string(), b.to_string(), true),
            Span::Utc(a, b) => (
                a.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                b.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                false,
            ),
            Span::Floating(a, b) => (
                a.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
                b.strftime("%Y-%m-%dT%H:%M:%S").to_string(),
                false,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(toml: &str) -> Event {
        toml::from_str::<crate::content::front_matter::EventFields>(toml)
            .unwrap()
            .over(None)
            .unwrap()
    }

    #[test]
    fn spans_in_the_services_forms() {
        let timed = event(
            "start = 2024-04-05T09:30:00\nend = 2024-04-06T16:00:00\ntimezone = \"Europe/Madrid\"\n",
        );
        assert_eq!(
            Span::of(&timed).google(),
            "20240405T073000Z/20240406T140000Z"
        );
        let days = event("start = 2024-10-22\nend = 2024-10-25\n");
        assert_eq!(Span::of(&days).google(), "20241022/20241026");
        assert_eq!(
            Span::of(&days).outlook(),
            ("2024-10-22".into(), "2024-10-26".into(), true)
        );
        let floating = event("start = 2024-05-10T18:00:00\n");
        assert_eq!(
            Span::of(&floating).google(),
            "20240510T180000/20240510T190000"
        );
        let offset = event("start = 2021-05-26T10:00:00+01:00\nend = 2021-05-26T12:00:00+01:00\n");
        assert_eq!(
            Span::of(&offset).outlook(),
            (
                "2021-05-26T09:00:00Z".into(),
                "2021-05-26T11:00:00Z".into(),
                false
            )
        );
    }
}
