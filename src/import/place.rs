//! Where an event is: `Ort:`/`Location:`/`Lloc:`/`Lugar:`/`Lieu :` lines, a standalone
//! `Online` line or an online location, and failing those the title's `… in <Place>`. Also the
//! registration link (`Registration: <…>`), which is the event's URL.

use std::sync::LazyLock;

use regex::Regex;

use super::blocks::Block;
use super::events::EventInfo;

static LOCATION_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(location|venue|place|where|ort|veranstaltungsort|wo|lloc|lugar|dónde|lieu)\s*:\s*(?P<v>.+)$").expect("valid pattern")
});
static REGISTRATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(registration|register|anmeldung|inscripció|inscripcions|inscripción|inscripciones|inscription|inscriptions)\s*:\s*<?(?P<u>https?://[^\s>]+)>?").expect("valid pattern")
});
static ONLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(online|virtual|en línia|en línea|en ligne|online-veranstaltung|via zoom|zoom|webinar)\.?$").expect("valid pattern")
});
static ONLINE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(online|webinar|en línia|en línea|en ligne|virtual|zoom)\b")
        .expect("valid pattern")
});

/// Location and online-ness: labelled lines, a standalone `Online` line, the title's `in <Place>`.
pub fn find(blocks: &[Block], title: &str, event: &mut EventInfo) {
    for line in blocks.iter().flat_map(|b| &b.lines) {
        if let Some(c) = LOCATION_LABEL.captures(&line.text) {
            let value = c["v"].trim();
            if ONLINE_WORD.is_match(value) {
                event.online = true;
            }
            // `Location: Online (Zoom)` is no place.
            if !ONLINE.is_match(value.split(['(', ',']).next().unwrap_or("").trim())
                && event.location.is_none()
            {
                event.location = Some(value.to_string());
            }
        } else if ONLINE.is_match(&line.text) {
            event.online = true;
        }
        if let Some(c) = REGISTRATION.captures(&line.text)
            && event.url.is_none()
        {
            event.url = Some(c["u"].to_string());
        }
    }
    if ONLINE_WORD.is_match(title) {
        event.online = true;
    }
    static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:in|en|à)\s+(?P<p>\p{Lu}[\p{L}-]+(?:,?\s+\p{Lu}[\p{L}-]+)*)(?:,?\s+statt)?\s*[!.]?$").expect("valid pattern")
    });
    if event.location.is_none()
        && !event.online
        && let Some(c) = IN_PLACE.captures(title)
    {
        event.location = Some(c["p"].to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Moment;
    use crate::import::blocks::blocks;

    fn event() -> EventInfo {
        EventInfo {
            start: Moment::parse("2025-01-01").unwrap(),
            end: None,
            location: None,
            online: false,
            url: None,
        }
    }

    #[test]
    fn labelled_place_and_registration() {
        let mut e = event();
        find(
            &blocks("Lugar: Zaragoza, Centro Joaquín Roncal\nInscripciones: https://x.org/a\n"),
            "Jornada",
            &mut e,
        );
        assert_eq!(
            e.location.as_deref(),
            Some("Zaragoza, Centro Joaquín Roncal")
        );
        assert_eq!(e.url.as_deref(), Some("https://x.org/a"));
        assert!(!e.online);
    }

    #[test]
    fn online_events_have_no_place() {
        let mut e = event();
        find(&blocks("Lieu : en ligne (Zoom)\n"), "Atelier", &mut e);
        assert!(e.online);
        assert_eq!(e.location, None);
        let mut e = event();
        find(
            &blocks("Date:\n26th May 2021\n\nOnline\n"),
            "1st workshop",
            &mut e,
        );
        assert!(e.online);
    }

    #[test]
    fn place_from_the_title() {
        let mut e = event();
        find(
            &[],
            "Capacity Building Workshop on the Social Economy in Mexico",
            &mut e,
        );
        assert_eq!(e.location.as_deref(), Some("Mexico"));
        let mut e = event();
        find(&[], "Das Projekttreffen findet in Cáceres statt", &mut e);
        assert_eq!(e.location.as_deref(), Some("Cáceres"));
    }
}
