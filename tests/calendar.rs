//! Calendar files and structured data: one calendar file per event article and one per
//! language, valid RFC 5545 read back by a parser, deterministic (UIDs from the article key,
//! DTSTAMP and SEQUENCE from the content), localised, and linked from the event card; article
//! pages' JSON-LD linking their translations.

mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

use icalendar::{
    Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike,
};

fn build(fixture: &str) -> BTreeMap<String, Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let mut options = bulletin::BuildOptions::new(&root);
    options.today = Some(jiff::civil::date(2026, 1, 1));
    bulletin::build_in_memory(&options)
        .unwrap_or_else(|f| panic!("{f}"))
        .files
}

fn text<'a>(files: &'a BTreeMap<String, Vec<u8>>, path: &str) -> &'a str {
    std::str::from_utf8(files.get(path).unwrap_or_else(|| panic!("no {path}"))).unwrap()
}

/// The events of a calendar file, parsed back.
fn events(ics: &str) -> Vec<icalendar::Event> {
    let calendar = Calendar::from_str(ics).unwrap_or_else(|e| panic!("{e}\n{ics}"));
    calendar
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

/// The one event of a calendar file.
fn event(ics: &str) -> icalendar::Event {
    let mut events = events(ics);
    assert_eq!(events.len(), 1, "{ics}");
    events.remove(0)
}

/// The titles of the events of a calendar file, in order.
fn summaries(ics: &str) -> Vec<String> {
    events(ics)
        .iter()
        .filter_map(|e| e.get_summary().map(str::to_string))
        .collect()
}

#[test]
fn every_event_article_has_a_valid_calendar_file() {
    let files = build("multilingual");
    let en = text(&files, "en/news/meeting/meeting.ics");
    let de = text(&files, "de/news/treffen/treffen.ics");
    assert!(en.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), "{en}");
    assert!(en.lines().all(|l| l.len() <= 75), "folded lines:\n{en}");
    assert!(!en.contains("ICALENDAR-RS"), "our own PRODID");
    let (en, de) = (event(en), event(de));
    // The translations describe one event: one UID, the title in each language.
    assert_eq!(en.get_uid(), de.get_uid());
    assert!(en.get_uid().unwrap().ends_with("@example.org"));
    assert_eq!(en.get_summary(), Some("Partner meeting"));
    assert_eq!(de.get_summary(), Some("Partnertreffen"));
    assert_eq!(de.get_location(), Some("Cáceres, Spanien"));
    // 09:30 in Madrid in April is 07:30 UTC.
    assert_eq!(
        en.get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
            "2024-04-05T07:30:00Z".parse().unwrap()
        )))
    );
    assert_eq!(en.get_sequence(), Some(0));
    assert_eq!(
        en.get_url(),
        Some("https://example.org/en/news/meeting/"),
        "the article's address"
    );
    assert_eq!(
        en.property_value("DTSTAMP"),
        Some("20240405T000000Z"),
        "from the article's date, not the clock"
    );
    // The event is over (the build runs today): its card says so instead of offering the
    // file (an upcoming event's card links to it: see the test below).
    let page = text(&files, "de/news/treffen/index.html");
    assert!(
        page.contains("Diese Veranstaltung hat bereits stattgefunden.")
            && !page.contains(r#"href="/de/news/treffen/treffen.ics""#),
        "{page}"
    );
}

#[test]
fn calendar_files_are_localised_and_follow_the_sequence_rules() {
    let files = build("six-languages");
    let en = event(text(&files, "en/news/assembly/assembly.ics"));
    // `updated` five days after `date`: 5 × 24 × 60 minutes.
    assert_eq!(en.get_sequence(), Some(7200));
    assert_eq!(en.property_value("DTSTAMP"), Some("20990120T000000Z"));
    let fr = text(&files, "fr/news/webinar/webinar.ics");
    let fr_event = event(fr);
    assert_eq!(fr_event.get_sequence(), Some(4), "`[event] sequence` wins");
    assert_eq!(fr_event.get_location(), Some("En ligne"));
    let description = fr_event.get_description().unwrap();
    assert!(
        description.contains("En savoir plus\u{202f}: https://six.example.org/fr/news/webinar/"),
        "{description}"
    );
    assert!(
        description
            .contains("Site de l’événement\u{202f}: https://webinaire.example.org/inscription"),
        "{description}"
    );
    // 10:00 at UTC+2 is 08:00 UTC.
    assert!(fr.contains("DTSTART:20240521T080000Z"), "{fr}");
    let sl = text(&files, "sl/events.ics");
    assert!(sl.contains("NAME:Zadružni list: dogodki"), "{sl}");
    assert_eq!(
        summaries(sl),
        ["Občni zbor v Ljubljani", "Spletni seminar o financiranju"],
        "upcoming first, then past"
    );
}

#[test]
fn whole_day_events_end_the_day_after() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = bulletin::build_in_memory(&bulletin::BuildOptions::new(root))
        .unwrap_or_else(|f| panic!("{f}"))
        .files;
    let path = "de/news/das-secon-projekttreffen-findet-in-caceres-extremadura-statt/das-secon-projekttreffen-findet-in-caceres-extremadura-statt.ics";
    let ics = text(&files, path);
    assert!(ics.contains("DTSTART;VALUE=DATE:20241022\r\n"), "{ics}");
    assert!(ics.contains("DTEND;VALUE=DATE:20241026\r\n"), "{ics}");
}

/// The JSON-LD of a built article page.
fn json_ld(files: &BTreeMap<String, Vec<u8>>, path: &str) -> serde_json::Value {
    let html = text(files, path);
    let start = html.find(r#"<script type="application/ld+json">"#).unwrap() + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn article_pages_carry_json_ld_linking_their_translations() {
    let files = build("multilingual");
    let en = json_ld(&files, "en/news/meeting/index.html");
    let graph = en["@graph"].as_array().unwrap();
    assert_eq!(graph[0]["@type"], "NewsArticle");
    assert_eq!(graph[0]["inLanguage"], "en");
    let translations: Vec<&str> = graph[0]["workTranslation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["@id"].as_str().unwrap())
        .collect();
    assert_eq!(
        translations,
        [
            "https://example.org/de/news/treffen/#article",
            "https://example.org/ca/news/meeting/#article"
        ]
    );
    assert_eq!(graph[1]["@type"], "Event");
    assert_eq!(graph[1]["startDate"], "2024-04-05T09:30:00+02:00");
    assert_eq!(graph[1]["location"]["name"], "Cáceres, Spain");
    let de = json_ld(&files, "de/news/treffen/index.html");
    assert_eq!(
        de["@graph"][0]["translationOfWork"]["@id"],
        "https://example.org/en/news/meeting/#article"
    );
    let plain = json_ld(&files, "en/news/markdown/index.html");
    assert_eq!(plain["@graph"].as_array().unwrap().len(), 1, "no event");
}

/// RFC 5545 wants at least one event in a calendar: a language without any event has no
/// events calendar, and none of its pages links to one; the others keep theirs.
#[test]
fn a_language_without_events_has_no_empty_calendar() {
    let site = support::Site::copy("multilingual");
    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("{config}\n[languages.fr]\ntitle = \"Bulletin\"\n"),
    );
    let built = bulletin::build_in_memory(&bulletin::BuildOptions::new(&site.root))
        .unwrap_or_else(|f| panic!("{f}"));
    assert!(built.files.contains_key("en/events.ics"));
    assert!(!built.files.contains_key("fr/events.ics"));
    for (path, bytes) in built.files.iter().filter(|(p, _)| p.starts_with("fr/")) {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains("fr/events.ics"),
            "{path} links to a calendar that is not there"
        );
    }
    assert!(String::from_utf8_lossy(&built.files["en/index.html"]).contains("/en/events.ics"));
}

/// An upcoming event offers its calendar file and the compose pages of Google Calendar and
/// Outlook.com (plain links, UTC times from its zone); a past one says it has ended and offers
/// none. Each language's calendar can be subscribed to (webcal://).
#[test]
fn events_add_to_calendar_services_until_they_are_over() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/six-languages");
    let mut options = bulletin::BuildOptions::new(&root);
    options.today = Some(jiff::civil::date(2026, 12, 1));
    let built = bulletin::build_in_memory(&options).unwrap_or_else(|f| panic!("{f}"));
    let page = |p: &str| String::from_utf8(built.files[p].clone()).unwrap();
    let upcoming = page("en/news/assembly/index.html");
    let google = regex::Regex::new(r#"<a href="(https://calendar\.google\.com/calendar/render\?[^"]+)"[^>]*>Add to Google Calendar</a>"#).unwrap();
    let link = google.captures(&upcoming).expect("a Google Calendar link")[1].replace("&amp;", "&");
    let url = url::Url::parse(&link).unwrap();
    let query: BTreeMap<String, String> = url.query_pairs().into_owned().collect();
    assert_eq!(query["action"], "TEMPLATE");
    assert_eq!(query["text"], "General assembly in Ljubljana");
    // 09:30 to 17:00 the next day in Ljubljana (CET in March): UTC.
    assert_eq!(query["dates"], "20990310T083000Z/20990311T160000Z");
    assert_eq!(query["location"], "Ljubljana, Slovenia");
    assert!(upcoming.contains(">Add to Outlook.com</a>"));
    assert!(upcoming.contains(
        r#"href="/en/news/assembly/assembly.ics" type="text/calendar" download>Add to calendar</a>"#
    ));
    assert!(upcoming.contains("https://outlook.live.com/calendar/0/action/compose?"));
    assert!(!upcoming.contains("event-card__ended"));
    let de = page("de/news/assembly/index.html");
    assert!(
        de.contains(">Zu Google Calendar hinzufügen</a>"),
        "localised"
    );

    let past = page("en/news/webinar/index.html");
    assert!(past.contains("This event has ended."));
    assert!(!past.contains("calendar.google.com") && !past.contains(" download>"));

    assert!(
        page("en/events/index.html").contains(r#"href="webcal://six.example.org/en/events.ics""#)
    );
}

/// A call's deadline is in the calendars: the article's own file (linked from the call card
/// while the call is open) and the language's calendar, which a language with calls but no
/// events now has too. At its moment in UTC when it has a time, on its day otherwise; free
/// time; a UID of its own; the title and the lines in the article's language.
#[test]
fn call_deadlines_are_in_the_calendar_files() {
    let site = support::Site::copy("multilingual");
    site.write(
        "content/news/2025-12-01-call.de.md",
        "+++\ntitle = \"Aufruf für Genossenschaftsprojekte\"\n\n[call]\ndeadline = 2026-02-04T23:59:00\ntimezone = \"Europe/Berlin\"\nurl = \"https://example.org/apply\"\n+++\n\nReichen Sie Ihr Projekt ein.\n",
    );
    site.write(
        "content/news/2025-12-02-day.de.md",
        "+++\ntitle = \"Aufruf für Vortragende\"\n\n[call]\ndeadline = 2026-01-20\n+++\n\nBis zum 20. Januar.\n",
    );
    let mut options = bulletin::BuildOptions::new(&site.root);
    options.today = Some(jiff::civil::date(2026, 1, 1));
    let files = bulletin::build_in_memory(&options)
        .unwrap_or_else(|f| panic!("{f}"))
        .files;

    let ics = text(&files, "de/news/call/call.ics");
    let deadline = event(ics);
    assert_eq!(
        deadline.get_summary(),
        Some("Bewerbungsschluss: Aufruf für Genossenschaftsprojekte"),
        "{ics}"
    );
    assert_eq!(
        deadline.get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
            chrono::DateTime::parse_from_rfc3339("2026-02-04T22:59:00Z")
                .unwrap()
                .to_utc()
        ))),
        "23:59 in Berlin is 22:59 UTC in winter"
    );
    assert_eq!(deadline.get_end(), None, "a deadline is a moment");
    assert!(ics.contains("TRANSP:TRANSPARENT"), "{ics}");
    assert!(ics.contains("https://example.org/apply"), "{ics}");

    let day = event(text(&files, "de/news/day/day.ics"));
    assert_eq!(
        day.get_start(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2026, 1, 20).unwrap()
        ))
    );
    assert_eq!(
        day.get_end(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2026, 1, 21).unwrap()
        ))
    );
    assert_ne!(day.get_uid(), deadline.get_uid());

    // The language's calendar has its events and both deadlines.
    let summaries = summaries(text(&files, "de/events.ics"));
    assert!(
        summaries.contains(&"Bewerbungsschluss: Aufruf für Vortragende".to_string()),
        "{summaries:?}"
    );
    assert!(
        summaries
            .iter()
            .filter(|s| s.starts_with("Bewerbungsschluss"))
            .count()
            == 2
    );

    // The call card offers the file while the call is open.
    let page = text(&files, "de/news/call/index.html");
    assert!(
        page.contains(r#"<a class="button" href="/de/news/call/call.ics" type="text/calendar">Bewerbungsschluss in den Kalender eintragen</a>"#),
        "{page}"
    );
}

/// A language whose only dated articles are calls still gets its calendar, and the link to it.
#[test]
fn a_language_with_calls_and_no_events_has_a_calendar() {
    let site = support::Site::copy("multilingual");
    let config = site.read("bulletin.toml");
    site.write(
        "bulletin.toml",
        &format!("{config}\n[languages.fr]\ntitle = \"Bulletin\"\n"),
    );
    site.write(
        "content/news/2025-12-01-appel.fr.md",
        "+++\ntitle = \"Appel à projets\"\n\n[call]\ndeadline = 2026-02-04\n+++\n\nEnvoyez votre projet.\n",
    );
    let built = bulletin::build_in_memory(&bulletin::BuildOptions::new(&site.root))
        .unwrap_or_else(|f| panic!("{f}"));
    let ics = String::from_utf8_lossy(&built.files["fr/events.ics"]).into_owned();
    assert!(ics.contains("SUMMARY;LANGUAGE=fr:Date limite"), "{ics}");
    assert!(String::from_utf8_lossy(&built.files["fr/index.html"]).contains("/fr/events.ics"));
}
