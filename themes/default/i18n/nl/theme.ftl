# Interfaceteksten van het standaardthema van bulletin: Nederlands.
# Een site kan elke tekst vervangen door een tekst met dezelfde id in haar eigen i18n/nl/*.ftl.
# Het Nederlands heeft twee meervoudscategorieën: one (1), other (0, 2, 3 … en alle decimale getallen).

## Paginaopbouw (base.html)

# Skiplink, het eerste focusbare element van elke pagina.
skip-to-content = Direct naar de inhoud
# aria-label van het hoofdmenu.
nav-main = Hoofdmenu
nav-home = Home
# Navigatielabel, kop van het trefwoordenoverzicht, label van trefwoordenlijsten.
tags = Trefwoorden
# aria-label van de taalkeuze.
language-switcher = Taal
# Link in de voettekst naar de Atom-feed van de huidige taal.
feed-subscribe = Abonneren op de Atom-feed
# title van de <link rel="alternate"> naar een feed.
# $site: titel van de site, $language: naam van de taal van de feed, in die taal zelf.
feed-title = { $site } – Atom-feed ({ $language })
json-feed-title = { $site } – JSON-feed ({ $language })

## Documenttitels

# $title: de eigen titel van de pagina, $site: de titel van de site.
document-title = { $title } – { $site }
# Titel van de tweede en volgende pagina’s van een lijst.
paged-title = { $title }, pagina { $number } van { $total }

## Lijsten (index.html, section.html, tag.html, tags.html)

latest-articles = Nieuwste artikelen
sections-heading = Rubrieken
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artikelen
    }
no-articles = Hier zijn nog geen artikelen gepubliceerd.
read-more = Lees verder
# Schermlezertekst van de link “Lees verder”; moet beginnen zoals read-more.
read-more-about = Lees verder: { $title }
reading-time =
    { $count ->
        [one] { $count } minuut leestijd
       *[other] { $count } minuten leestijd
    }

## Paginering

pagination = Paginering
pagination-previous = Vorige pagina
pagination-next = Volgende pagina
pagination-status = Pagina { $number } van { $total }

## Trefwoorden

tag-heading = Artikelen met het trefwoord “{ $name }”
tag-description =
    { $count ->
        [one] Eén artikel heeft het trefwoord “{ $name }”.
       *[other] { $count } artikelen hebben het trefwoord “{ $name }”.
    }
all-tags = Alle trefwoorden
no-tags = Er zijn nog geen trefwoorden.

## Artikelen (page.html)

published = Gepubliceerd
updated = Bijgewerkt
event-heading = Evenement
event-date = Datum
event-time = Tijd
# $start, $end: tijdstippen, al opgemaakt.
time-range = { $start }–{ $end } uur
event-timezone = Tijdzone
event-location = Locatie
event-online = Online
event-link = Website van het evenement
toc-heading = Inhoud
translations-heading = Dit artikel in andere talen
article-nav = Meer artikelen
earlier-article = Ouder artikel
later-article = Nieuwer artikel

## Taalkeuze (root.html)

choose-language = Kies uw taal

## Niet gevonden (404.html)

not-found-heading = Pagina niet gevonden
not-found-text = Helaas staat er niets op dit adres. Misschien is de pagina verplaatst, of staat er een typfout in de link.
not-found-homes = Verder op de startpagina

## Verplaatste pagina’s (redirect.html)

redirect-heading = Deze pagina is verplaatst
redirect-text = U wordt doorgestuurd naar het nieuwe adres.
redirect-link = Naar het nieuwe adres

## Navigatie, voettekst (base.html)

nav-events = Evenementen
nav-archive = Archief
# Gevolgd door de talen van de site, elk in de eigen naam, als lijst: “Beschikbaar in Deutsch, Català en English”.
footer-languages = Beschikbaar in
# Link naar /<lang>/events.ics, een iCalendar-feed met alle evenementen.
events-subscribe = Abonneren op de evenementenkalender

## Evenementen (index.html, events.html)

upcoming-events = Komende evenementen
all-events = Alle evenementen
past-events = Afgelopen evenementen
no-upcoming-events = Er zijn op dit moment geen evenementen gepland. Abonneer u op de kalender om op de hoogte te blijven van nieuwe evenementen.
events-heading = Evenementen
events-description = Bijeenkomsten, workshops en webinars van onze projecten: wat er op de agenda staat en wat al heeft plaatsgevonden.
# Een begintijd zonder eindtijd; $time is al opgemaakt.
time-single = { $time } uur
event-location-unknown = Wordt nog bekendgemaakt
event-add-to-calendar = Toevoegen aan agenda
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Toevoegen aan { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Dit evenement is afgelopen.

## Archief (archive.html)

archive-heading = Archief
archive-description =
    { $count ->
        [0] Er is nog niets gepubliceerd.
        [one] Eén artikel, geordend per jaar en maand.
       *[other] Alle { $count } artikelen, geordend per jaar en maand.
    }
# aria-label van de lijst met jaren bovenaan het archief.
archive-years = Jaren

## Artikelen die niet in de taal van de pagina zijn vertaald
# $code: de taal waarin het artikel bestaat.

only-in-language =
    { $code ->
        [bg] Alleen in het Bulgaars
        [cs] Alleen in het Tsjechisch
        [da] Alleen in het Deens
        [de] Alleen in het Duits
        [el] Alleen in het Grieks
        [en] Alleen in het Engels
        [es] Alleen in het Spaans
        [et] Alleen in het Ests
        [fi] Alleen in het Fins
        [fr] Alleen in het Frans
        [ga] Alleen in het Iers
        [hr] Alleen in het Kroatisch
        [hu] Alleen in het Hongaars
        [it] Alleen in het Italiaans
        [lt] Alleen in het Litouws
        [lv] Alleen in het Lets
        [mt] Alleen in het Maltees
        [nl] Alleen in het Nederlands
        [pl] Alleen in het Pools
        [pt] Alleen in het Portugees
        [ro] Alleen in het Roemeens
        [sk] Alleen in het Slowaaks
        [sl] Alleen in het Sloveens
        [sv] Alleen in het Zweeds
        [ca] Alleen in het Catalaans
        [eu] Alleen in het Baskisch
        [gl] Alleen in het Galicisch
       *[other] Alleen in een andere taal
    }

## Agendabestanden (.ics), gemaakt in src/output/calendar.rs

# Naam van de agenda met de evenementen van een taal; $site: de titel van de site.
calendar-name = { $site }: evenementen
# Laatste regels van de beschrijving van een evenement in een agenda.
calendar-article = Lees verder: { $url }
calendar-event-website = Website van het evenement: { $url }
# Titel van de sluitingsdatum van een oproep in een agenda; $title: de titel van de oproep.
calendar-deadline = Sluitingsdatum: { $title }
# Laatste regel van de beschrijving van een sluitingsdatum in een agenda: waar men zich kan aanmelden.
calendar-call-apply = Meedoen: { $url }

## Open oproepen (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Open oproep
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Sluitingsdatum
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Sluit over { $days } dag
       *[other] Sluit over { $days } dagen
    }
call-closes-today = Sluit vandaag
call-closed = Deze oproep is gesloten.
# Link to the form or page where one applies.
call-apply = Zo doet u mee
# Link naar het agendabestand van de oproep, met de sluitingsdatum.
call-add-to-calendar = Sluitingsdatum toevoegen aan agenda
# Title of the list of a language's calls, and its menu entry.
calls-title = Open oproepen
calls-none = Er zijn op dit moment geen open oproepen.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Gesloten oproepen

## Zoeken op de site ([search] enabled = true): de pagina /<lang>/search/ en het menu-item ervan.

# Titel van de zoekpagina en van het menu-item ervan.
search-title = Zoeken
# Label van het veld waarin de lezer typt waarnaar hij zoekt.
search-label = Zoektermen
# De knop die het zoeken start.
search-button = Zoeken
# Getoond in plaats van resultaten als de browser geen JavaScript uitvoert (het zoeken gebeurt in de browser).
search-needs-script = Het zoeken gebeurt in uw browser en vereist JavaScript. Zonder JavaScript vindt u alle artikelen per maand in het archief.
# Getoond terwijl de index wordt geladen en er wordt gezocht.
search-searching = Bezig met zoeken…
# Boven de resultaten. $count is minstens 1; $query is wat de lezer heeft getypt.
search-results =
    { $count ->
        [one] Eén pagina gevonden voor “{ $query }”.
       *[other] { $count } pagina’s gevonden voor “{ $query }”.
    }
# Als er niets gevonden wordt.
search-none = Geen pagina’s gevonden voor “{ $query }”. Probeer minder of andere woorden.
# Knop onder de resultaten die de volgende toont.
search-more = Meer resultaten tonen
