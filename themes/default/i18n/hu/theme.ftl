# A bulletin alapértelmezett témájának felületi szövegei: magyar.
# A webhely bármelyik üzenetet felülírhatja, ha a saját i18n/hu/*.ftl fájljában azonos azonosítóval megad egy üzenetet.
# A magyarban két számkategória van (CLDR): one (1) és other (minden más: 0, 2, 3 …);
# számnév után a főnév egyes számban áll: 1 cikk, 5 cikk.
# A változók elé nem kerülhet névelő (a/az), és toldalék sem kapcsolható hozzájuk, ezért ahol kell, a mondat át van fogalmazva.
# Idézőjel: „…”.

## Az oldal kerete (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Ugrás a tartalomra
# aria-label of the main navigation.
nav-main = Főmenü
nav-home = Kezdőlap
# Navigation label, heading of the tag index, label of tag lists.
tags = Címkék
# aria-label of the language switcher.
language-switcher = Nyelv
# Footer link to the Atom feed of the current language.
feed-subscribe = Feliratkozás az Atom-hírcsatornára
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – Atom-hírcsatorna ({ $language })
json-feed-title = { $site } – JSON-hírcsatorna ({ $language })

## Dokumentumcímek

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, { $number }. oldal (összesen: { $total })

## Listák (index.html, section.html, tag.html, tags.html)

latest-articles = Legfrissebb cikkek
sections-heading = Rovatok
article-count =
    { $count ->
        [one] { $count } cikk
       *[other] { $count } cikk
    }
no-articles = Itt még nem jelent meg cikk.
read-more = Bővebben
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Bővebben: { $title }
reading-time =
    { $count ->
        [one] { $count } perc olvasás
       *[other] { $count } perc olvasás
    }

## Lapozás

pagination = Lapozás
pagination-previous = Előző oldal
pagination-next = Következő oldal
pagination-status = { $number }. oldal (összesen: { $total })

## Címkék

tag-heading = „{ $name }” címkéjű cikkek
tag-description =
    { $count ->
        [one] Egy „{ $name }” címkéjű cikk van.
       *[other] Összesen { $count } „{ $name }” címkéjű cikk van.
    }
all-tags = Összes címke
no-tags = Még nincsenek címkék.

## Cikkek (page.html)

published = Közzétéve
updated = Frissítve
event-heading = Esemény
event-date = Dátum
event-time = Időpont
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Időzóna
event-location = Helyszín
event-online = Online
event-link = Az esemény weboldala
toc-heading = Tartalom
translations-heading = A cikk más nyelveken
article-nav = További cikkek
earlier-article = Régebbi cikk
later-article = Újabb cikk

## Nyelvválasztás (root.html)

choose-language = Válasszon nyelvet

## Az oldal nem található (404.html)

not-found-heading = Az oldal nem található
not-found-text = Sajnáljuk, ezen a címen nincs semmi. Lehet, hogy az oldalt áthelyezték, vagy a hivatkozás elírást tartalmaz.
not-found-homes = Tovább a kezdőlapra

## Áthelyezett oldalak (redirect.html)

redirect-heading = Az oldal új címre költözött
redirect-text = Átirányítjuk az oldal új címére.
redirect-link = Ugrás az új címre

## Navigáció, lábléc (base.html)

nav-events = Események
nav-archive = Archívum
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Megjelenik a következő nyelveken:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Feliratkozás az eseménynaptárra

## Események (index.html, events.html)

upcoming-events = Közelgő események
all-events = Összes esemény
past-events = Korábbi események
no-upcoming-events = Jelenleg nincs tervezett esemény. Iratkozzon fel a naptárra, hogy értesüljön az újakról.
events-heading = Események
events-description = Projektjeink találkozói, workshopjai és webináriumai: a közelgő és a már lezajlott események.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Később tesszük közzé
event-add-to-calendar = Hozzáadás a naptárhoz
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Hozzáadás: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Ez az esemény már véget ért.

## Archívum (archive.html)

archive-heading = Archívum
archive-description =
    { $count ->
        [0] Még semmi sem jelent meg.
        [one] Egy cikk, év és hónap szerint.
       *[other] Összesen { $count } cikk, év és hónap szerint.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Évek

## Az oldal nyelvére le nem fordított cikkek
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Csak bolgár nyelven
        [cs] Csak cseh nyelven
        [da] Csak dán nyelven
        [de] Csak német nyelven
        [el] Csak görög nyelven
        [en] Csak angol nyelven
        [es] Csak spanyol nyelven
        [et] Csak észt nyelven
        [fi] Csak finn nyelven
        [fr] Csak francia nyelven
        [ga] Csak ír nyelven
        [hr] Csak horvát nyelven
        [hu] Csak magyar nyelven
        [it] Csak olasz nyelven
        [lt] Csak litván nyelven
        [lv] Csak lett nyelven
        [mt] Csak máltai nyelven
        [nl] Csak holland nyelven
        [pl] Csak lengyel nyelven
        [pt] Csak portugál nyelven
        [ro] Csak román nyelven
        [sk] Csak szlovák nyelven
        [sl] Csak szlovén nyelven
        [sv] Csak svéd nyelven
        [ca] Csak katalán nyelven
        [eu] Csak baszk nyelven
        [gl] Csak galíciai nyelven
       *[other] Csak más nyelven
    }

## Naptárfájlok (.ics), az src/output/calendar.rs készíti őket

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: események
# Last lines of an event's description in a calendar.
calendar-article = Bővebben: { $url }
calendar-event-website = Az esemény weboldala: { $url }
# Egy pályázat beadási határidejének címe a naptárban; $title: a pályázat címe.
calendar-deadline = Beadási határidő: { $title }
# A beadási határidő leírásának utolsó sora a naptárban: hol lehet pályázni.
calendar-call-apply = Pályázat beadása: { $url }

## Nyitott pályázatok (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Nyitott pályázat
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Beadási határidő
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] { $days } nap múlva zárul
       *[other] { $days } nap múlva zárul
    }
call-closes-today = Ma zárul
call-closed = Ez a pályázat lezárult.
# Link to the form or page where one applies.
call-apply = Így pályázhat
# Hivatkozás a pályázat naptárfájljára, amely a beadási határidőt tartalmazza.
call-add-to-calendar = Beadási határidő hozzáadása a naptárhoz
# Title of the list of a language's calls, and its menu entry.
calls-title = Nyitott pályázatok
calls-none = Jelenleg nincs nyitott pályázat.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Lezárult pályázatok

## Keresés a webhelyen ([search] enabled = true): a /<lang>/search/ oldal és a hozzá tartozó menüpont.

# A keresőoldal és a menüpontjának címe.
search-title = Keresés
# Annak a mezőnek a címkéje, amelybe az olvasó beírja, amit keres.
search-label = Keresett szavak
# A keresést elindító gomb.
search-button = Keresés
# Az eredmények helyett jelenik meg, ha a böngésző nem futtat JavaScriptet (a keresés a böngészőben fut).
search-needs-script = A keresés az Ön böngészőjében fut, ezért JavaScript szükséges hozzá. JavaScript nélkül az archívumban havi bontásban megtalálja az összes cikket.
# Akkor jelenik meg, amíg az index betöltődik és a keresés fut.
search-searching = Keresés…
# Az eredmények fölött. A $count értéke legalább 1; a $query az olvasó által beírt szöveg.
search-results =
    { $count ->
        [one] Egy oldal felel meg a következő keresésnek: „{ $query }”.
       *[other] { $count } oldal felel meg a következő keresésnek: „{ $query }”.
    }
# Ha nincs találat.
search-none = Egyetlen oldal sem felel meg a következő keresésnek: „{ $query }”. Próbálja meg kevesebb vagy más szavakkal.
# Az eredmények alatti gomb, amely a következőket jeleníti meg.
search-more = További találatok
