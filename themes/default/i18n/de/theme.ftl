# UI-Texte des Standard-Themes von bulletin: Deutsch.
# Eine Website kann jede Nachricht in ihrer eigenen i18n/de/*.ftl mit derselben ID überschreiben.

## Seitenrahmen (base.html)

skip-to-content = Zum Inhalt springen
nav-main = Hauptmenü
nav-home = Startseite
tags = Schlagwörter
language-switcher = Sprache
feed-subscribe = Atom-Feed abonnieren
feed-title = { $site } – Atom-Feed ({ $language })
json-feed-title = { $site } – JSON-Feed ({ $language })

## Dokumenttitel

document-title = { $title } – { $site }
paged-title = { $title }, Seite { $number } von { $total }

## Listen (index.html, section.html, tag.html, tags.html)

latest-articles = Neueste Beiträge
sections-heading = Rubriken
article-count =
    { $count ->
        [one] { $count } Beitrag
       *[other] { $count } Beiträge
    }
no-articles = Hier wurden noch keine Beiträge veröffentlicht.
read-more = Weiterlesen
read-more-about = Weiterlesen: { $title }
reading-time =
    { $count ->
        [one] { $count } Minute Lesezeit
       *[other] { $count } Minuten Lesezeit
    }

## Blättern

pagination = Seitennavigation
pagination-previous = Vorherige Seite
pagination-next = Nächste Seite
pagination-status = Seite { $number } von { $total }

## Schlagwörter

tag-heading = Beiträge zum Schlagwort „{ $name }“
tag-description =
    { $count ->
        [one] Ein Beitrag trägt das Schlagwort „{ $name }“.
       *[other] { $count } Beiträge tragen das Schlagwort „{ $name }“.
    }
all-tags = Alle Schlagwörter
no-tags = Es gibt noch keine Schlagwörter.

## Beiträge (page.html)

published = Veröffentlicht
updated = Aktualisiert
event-heading = Veranstaltung
event-date = Datum
event-time = Uhrzeit
time-range = { $start }–{ $end } Uhr
event-timezone = Zeitzone
event-location = Ort
event-online = Online
event-link = Website der Veranstaltung
toc-heading = Inhalt
translations-heading = Dieser Beitrag in anderen Sprachen
article-nav = Weitere Beiträge
earlier-article = Älterer Beitrag
later-article = Neuerer Beitrag

## Sprachauswahl (root.html)

choose-language = Bitte wählen Sie Ihre Sprache

## Nicht gefunden (404.html)

not-found-heading = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es leider nichts. Vielleicht wurde die Seite verschoben, oder der Link enthält einen Tippfehler.
not-found-homes = Weiter zur Startseite

## Verschobene Seiten (redirect.html)

redirect-heading = Diese Seite ist umgezogen
redirect-text = Sie werden zur neuen Adresse weitergeleitet.
redirect-link = Zur neuen Adresse

## Navigation, Fußzeile (base.html)

nav-events = Veranstaltungen
nav-archive = Archiv
footer-languages = Erscheint auf
events-subscribe = Veranstaltungskalender abonnieren

## Veranstaltungen (index.html, events.html)

upcoming-events = Kommende Veranstaltungen
all-events = Alle Veranstaltungen
past-events = Vergangene Veranstaltungen
no-upcoming-events = Zurzeit sind keine Veranstaltungen geplant. Abonnieren Sie den Kalender, um von neuen zu erfahren.
events-heading = Veranstaltungen
events-description = Treffen, Workshops und Webinare unserer Projekte: was ansteht und was stattgefunden hat.
time-single = { $time } Uhr
event-location-unknown = Wird noch bekannt gegeben
event-add-to-calendar = Zum Kalender hinzufügen
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Zu { $service } hinzufügen
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Diese Veranstaltung hat bereits stattgefunden.

## Archiv (archive.html)

archive-heading = Archiv
archive-description =
    { $count ->
        [0] Bisher wurde nichts veröffentlicht.
        [one] Ein Beitrag, nach Jahr und Monat geordnet.
       *[other] Alle { $count } Beiträge, nach Jahr und Monat geordnet.
    }
archive-years = Jahre

## Beiträge, die es in der Sprache der Seite nicht gibt

only-in-language =
    { $code ->
        [bg] Nur auf Bulgarisch verfügbar
        [cs] Nur auf Tschechisch verfügbar
        [da] Nur auf Dänisch verfügbar
        [de] Nur auf Deutsch verfügbar
        [el] Nur auf Griechisch verfügbar
        [en] Nur auf Englisch verfügbar
        [es] Nur auf Spanisch verfügbar
        [et] Nur auf Estnisch verfügbar
        [fi] Nur auf Finnisch verfügbar
        [fr] Nur auf Französisch verfügbar
        [ga] Nur auf Irisch verfügbar
        [hr] Nur auf Kroatisch verfügbar
        [hu] Nur auf Ungarisch verfügbar
        [it] Nur auf Italienisch verfügbar
        [lt] Nur auf Litauisch verfügbar
        [lv] Nur auf Lettisch verfügbar
        [mt] Nur auf Maltesisch verfügbar
        [nl] Nur auf Niederländisch verfügbar
        [pl] Nur auf Polnisch verfügbar
        [pt] Nur auf Portugiesisch verfügbar
        [ro] Nur auf Rumänisch verfügbar
        [sk] Nur auf Slowakisch verfügbar
        [sl] Nur auf Slowenisch verfügbar
        [sv] Nur auf Schwedisch verfügbar
        [ca] Nur auf Katalanisch verfügbar
        [eu] Nur auf Baskisch verfügbar
        [gl] Nur auf Galicisch verfügbar
       *[other] Nur in einer anderen Sprache verfügbar
    }

## Kalenderdateien (.ics)

calendar-name = { $site }: Veranstaltungen
calendar-article = Zum Beitrag: { $url }
calendar-event-website = Website der Veranstaltung: { $url }
# Titel des Bewerbungsschlusses einer Ausschreibung im Kalender; $title: Titel der Ausschreibung.
calendar-deadline = Bewerbungsschluss: { $title }
# Letzte Zeile der Beschreibung eines Bewerbungsschlusses im Kalender: wo man sich bewirbt.
calendar-call-apply = Zur Bewerbung: { $url }

## Offene Ausschreibungen (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Offene Ausschreibung
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Bewerbungsschluss
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Endet in { $days } Tag
       *[other] Endet in { $days } Tagen
    }
call-closes-today = Endet heute
call-closed = Diese Ausschreibung ist abgelaufen.
# Link to the form or page where one applies.
call-apply = So bewerben Sie sich
# Link zur Kalenderdatei der Ausschreibung mit ihrem Bewerbungsschluss.
call-add-to-calendar = Bewerbungsschluss in den Kalender eintragen
# Title of the list of a language's calls, and its menu entry.
calls-title = Offene Ausschreibungen
calls-none = Zurzeit gibt es keine offenen Ausschreibungen.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Abgelaufene Ausschreibungen

## Suche auf der Website ([search] enabled = true): die Seite /<lang>/search/ und ihr Menüeintrag.

# Titel der Suchseite und ihres Menüeintrags.
search-title = Suche
# Beschriftung des Eingabefelds für die Suchbegriffe.
search-label = Suchbegriffe
# Die Schaltfläche, die die Suche startet.
search-button = Suchen
# Wird statt der Ergebnisse angezeigt, wenn der Browser kein JavaScript ausführt (die Suche läuft im Browser).
search-needs-script = Die Suche läuft in Ihrem Browser und benötigt JavaScript. Ohne JavaScript finden Sie alle Beiträge nach Monaten geordnet im Archiv.
# Wird angezeigt, während der Index geladen wird und die Suche läuft.
search-searching = Suche läuft…
# Über den Ergebnissen. $count ist mindestens 1; $query ist der eingegebene Suchtext.
search-results =
    { $count ->
        [one] Zu „{ $query }“ wurde eine Seite gefunden.
       *[other] Zu „{ $query }“ wurden { $count } Seiten gefunden.
    }
# Wenn es keine Treffer gibt.
search-none = Zu „{ $query }“ wurde keine Seite gefunden. Versuchen Sie es mit weniger oder anderen Wörtern.
# Schaltfläche unter den Ergebnissen, die die nächsten anzeigt.
search-more = Weitere Ergebnisse anzeigen
