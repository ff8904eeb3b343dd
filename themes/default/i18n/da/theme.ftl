# Brugerfladetekster til bulletins standardtema: dansk.
# Et websted kan erstatte enhver tekst med en tekst med samme id i sin egen i18n/da/*.ftl.
# Dansk har to flertalskategorier: one (1 og decimaltal under 2 med decimaler, fx 0,5 og 1,5), other (0, 2, 3 …, 2,5 …).

## Sidens ramme (base.html)

# Spring-over-link, det første element på hver side, der kan få fokus.
skip-to-content = Gå til indhold
# aria-label for hovedmenuen.
nav-main = Hovedmenu
nav-home = Forside
# Navigationslabel, overskrift på oversigten over emneord, label på lister over emneord.
tags = Emneord
# aria-label for sprogvælgeren.
language-switcher = Sprog
# Link i sidefoden til Atom-feedet for det aktuelle sprog.
feed-subscribe = Abonnér på Atom-feedet
# title på <link rel="alternate"> til et feed.
# $site: webstedets titel, $language: navnet på feedets sprog, på det sprog.
feed-title = { $site } – Atom-feed ({ $language })
json-feed-title = { $site } – JSON-feed ({ $language })

## Dokumenttitler

# $title: sidens egen titel, $site: webstedets titel.
document-title = { $title } – { $site }
# Titel på anden og følgende sider i en liste.
paged-title = { $title }, side { $number } af { $total }

## Lister (index.html, section.html, tag.html, tags.html)

latest-articles = Seneste artikler
sections-heading = Sektioner
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artikler
    }
no-articles = Der er endnu ikke udgivet nogen artikler her.
read-more = Læs mere
# Skærmlæsertekst til linket »Læs mere«; skal begynde som read-more.
read-more-about = Læs mere: { $title }
reading-time =
    { $count ->
        [one] { $count } minuts læsetid
       *[other] { $count } minutters læsetid
    }

## Sidenavigation

pagination = Sidenavigation
pagination-previous = Forrige side
pagination-next = Næste side
pagination-status = Side { $number } af { $total }

## Emneord

tag-heading = Artikler med emneordet »{ $name }«
tag-description =
    { $count ->
        [one] { $count } artikel har emneordet »{ $name }«.
       *[other] { $count } artikler har emneordet »{ $name }«.
    }
all-tags = Alle emneord
no-tags = Der er endnu ingen emneord.

## Artikler (page.html)

published = Udgivet
updated = Opdateret
event-heading = Arrangement
event-date = Dato
event-time = Tidspunkt
# $start, $end: klokkeslæt, allerede formateret.
time-range = kl. { $start }–{ $end }
event-timezone = Tidszone
event-location = Sted
event-online = Online
event-link = Arrangementets hjemmeside
toc-heading = Indhold
translations-heading = Denne artikel på andre sprog
article-nav = Flere artikler
earlier-article = Ældre artikel
later-article = Nyere artikel

## Sprogvalg (root.html)

choose-language = Vælg dit sprog

## Ikke fundet (404.html)

not-found-heading = Siden blev ikke fundet
not-found-text = Der er desværre intet på denne adresse. Siden er måske flyttet, eller der er en tastefejl i linket.
not-found-homes = Fortsæt på forsiden

## Flyttede sider (redirect.html)

redirect-heading = Siden er flyttet
redirect-text = Du bliver sendt videre til den nye adresse.
redirect-link = Gå til den nye adresse

## Navigation, sidefod (base.html)

nav-events = Arrangementer
nav-archive = Arkiv
# Efterfølges af webstedets sprog, hvert med sit eget navn, sat sammen som en liste: »Udgives på Deutsch, Català og English«.
footer-languages = Udgives på
# Link til /<lang>/events.ics, en iCalendar-feed med alle arrangementer.
events-subscribe = Abonnér på arrangementskalenderen

## Arrangementer (index.html, events.html)

upcoming-events = Kommende arrangementer
all-events = Alle arrangementer
past-events = Tidligere arrangementer
no-upcoming-events = Der er ingen planlagte arrangementer i øjeblikket. Abonnér på kalenderen for at høre om nye.
events-heading = Arrangementer
events-description = Møder, workshops og webinarer i vores projekter: hvad der er på vej, og hvad der har fundet sted.
# Et starttidspunkt uden sluttidspunkt; $time er allerede formateret.
time-single = kl. { $time }
event-location-unknown = Oplyses senere
event-add-to-calendar = Tilføj til kalender
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Tilføj til { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Arrangementet er afsluttet.

## Arkiv (archive.html)

archive-heading = Arkiv
archive-description =
    { $count ->
        [0] Der er endnu ikke udgivet noget.
        [one] { $count } artikel, ordnet efter år og måned.
       *[other] Alle { $count } artikler, ordnet efter år og måned.
    }
# aria-label for listen over år øverst i arkivet.
archive-years = År

## Artikler, der ikke er oversat til sidens sprog
# $code: det sprog, artiklen findes på.

only-in-language =
    { $code ->
        [bg] Kun på bulgarsk
        [cs] Kun på tjekkisk
        [da] Kun på dansk
        [de] Kun på tysk
        [el] Kun på græsk
        [en] Kun på engelsk
        [es] Kun på spansk
        [et] Kun på estisk
        [fi] Kun på finsk
        [fr] Kun på fransk
        [ga] Kun på irsk
        [hr] Kun på kroatisk
        [hu] Kun på ungarsk
        [it] Kun på italiensk
        [lt] Kun på litauisk
        [lv] Kun på lettisk
        [mt] Kun på maltesisk
        [nl] Kun på nederlandsk
        [pl] Kun på polsk
        [pt] Kun på portugisisk
        [ro] Kun på rumænsk
        [sk] Kun på slovakisk
        [sl] Kun på slovensk
        [sv] Kun på svensk
        [ca] Kun på catalansk
        [eu] Kun på baskisk
        [gl] Kun på galicisk
       *[other] Kun på et andet sprog
    }

## Kalenderfiler (.ics), dannet i src/output/calendar.rs

# Navnet på kalenderen med et sprogs arrangementer; $site: webstedets titel.
calendar-name = { $site }: arrangementer
# De sidste linjer i et arrangements beskrivelse i en kalender.
calendar-article = Læs mere: { $url }
calendar-event-website = Arrangementets hjemmeside: { $url }
# Titlen på et opslags ansøgningsfrist i en kalender; $title: opslagets titel.
calendar-deadline = Ansøgningsfrist: { $title }
# Den sidste linje i beskrivelsen af en ansøgningsfrist i en kalender: hvor man søger.
calendar-call-apply = Ansøg her: { $url }

## Åbne opslag (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Åbent opslag
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Ansøgningsfrist
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Lukker om { $days } dag
       *[other] Lukker om { $days } dage
    }
call-closes-today = Lukker i dag
call-closed = Opslaget er lukket.
# Link to the form or page where one applies.
call-apply = Sådan søger du
# Link til opslagets kalenderfil med ansøgningsfristen.
call-add-to-calendar = Tilføj ansøgningsfristen til din kalender
# Title of the list of a language's calls, and its menu entry.
calls-title = Åbne opslag
calls-none = Der er ingen åbne opslag i øjeblikket.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Lukkede opslag

## Søgning på webstedet ([search] enabled = true): siden /<lang>/search/ og dens menupunkt.

# Titel på søgesiden og dens menupunkt.
search-title = Søg
# Label på feltet, hvor læseren skriver, hvad der skal søges efter.
search-label = Søgeord
# Knappen, der starter søgningen.
search-button = Søg
# Vises i stedet for resultater, når browseren ikke kører JavaScript (søgningen foregår i browseren).
search-needs-script = Søgningen foregår i din browser og kræver JavaScript. Uden JavaScript kan du finde alle artikler måned for måned i arkivet.
# Vises, mens indekset indlæses, og søgningen kører.
search-searching = Søger…
# Over resultaterne. $count er mindst 1; $query er det, læseren har skrevet.
search-results =
    { $count ->
        [one] Der blev fundet { $count } side for »{ $query }«.
       *[other] Der blev fundet { $count } sider for »{ $query }«.
    }
# Når der ikke er nogen resultater.
search-none = Der blev ikke fundet nogen sider for »{ $query }«. Prøv med færre eller andre ord.
# Knap under resultaterne, der viser de næste.
search-more = Vis flere resultater
