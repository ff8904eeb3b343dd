# Tekstovi sučelja zadane teme bulletin: hrvatski.
# Mrežno mjesto može zamijeniti bilo koju poruku porukom s istim ID-om u vlastitoj datoteci i18n/hr/*.ftl.
# Hrvatski ima tri kategorije broja (CLDR): one (1, 21, 31, 101 …, ali ne 11, 111 …),
# few (2–4, 22–24, 32–34 …, ali ne 12–14) i other (0, 5–20, 25–30 …, 11–14 i decimalni brojevi poput 1,5).
# Poruke u kojima bi „1 članak“ zvučalo kruto imaju i varijantu [1] za točno jedan članak.

## Okvir stranice (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Preskoči na sadržaj
# aria-label of the main navigation.
nav-main = Glavni izbornik
nav-home = Početna
# Navigation label, heading of the tag index, label of tag lists.
tags = Oznake
# aria-label of the language switcher.
language-switcher = Jezik
# Footer link to the Atom feed of the current language.
feed-subscribe = Pretplatite se na kanal Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – kanal Atom ({ $language })
json-feed-title = { $site } – kanal JSON ({ $language })

## Naslovi dokumenata

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, stranica { $number } od { $total }

## Popisi (index.html, section.html, tag.html, tags.html)

latest-articles = Najnoviji članci
sections-heading = Rubrike
article-count =
    { $count ->
        [one] { $count } članak
        [few] { $count } članka
       *[other] { $count } članaka
    }
no-articles = Ovdje još nije objavljen nijedan članak.
read-more = Opširnije
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Opširnije: { $title }
reading-time =
    { $count ->
        [one] { $count } minuta čitanja
        [few] { $count } minute čitanja
       *[other] { $count } minuta čitanja
    }

## Straničenje

pagination = Straničenje
pagination-previous = Prethodna stranica
pagination-next = Sljedeća stranica
pagination-status = Stranica { $number } od { $total }

## Oznake

tag-heading = Članci s oznakom „{ $name }“
tag-description =
    { $count ->
        [1] Jedan članak ima oznaku „{ $name }“.
        [one] { $count } članak ima oznaku „{ $name }“.
        [few] { $count } članka imaju oznaku „{ $name }“.
       *[other] { $count } članaka ima oznaku „{ $name }“.
    }
all-tags = Sve oznake
no-tags = Još nema oznaka.

## Članci (page.html)

published = Objavljeno
updated = Ažurirano
event-heading = Događaj
event-date = Datum
event-time = Vrijeme
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Vremenska zona
event-location = Mjesto
event-online = Online
event-link = Mrežna stranica događaja
toc-heading = Sadržaj
translations-heading = Ovaj članak na drugim jezicima
article-nav = Još članaka
earlier-article = Stariji članak
later-article = Noviji članak

## Odabir jezika (root.html)

choose-language = Odaberite jezik

## Stranica nije pronađena (404.html)

not-found-heading = Stranica nije pronađena
not-found-text = Nažalost, na ovoj adresi nema ničega. Stranica je možda premještena ili poveznica sadrži pogrešku.
not-found-homes = Nastavite na početnoj stranici

## Premještene stranice (redirect.html)

redirect-heading = Ova je stranica premještena
redirect-text = Preusmjeravamo vas na njezinu novu adresu.
redirect-link = Idite na novu adresu

## Navigacija, podnožje (base.html)

nav-events = Događaji
nav-archive = Arhiva
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Izlazi na jezicima:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Pretplatite se na kalendar događaja

## Događaji (index.html, events.html)

upcoming-events = Nadolazeći događaji
all-events = Svi događaji
past-events = Prošli događaji
no-upcoming-events = Trenutačno nema planiranih događaja. Pretplatite se na kalendar kako biste saznali za nove.
events-heading = Događaji
events-description = Sastanci, radionice i webinari naših projekata: što nas očekuje i što je već održano.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Bit će naknadno objavljeno
event-add-to-calendar = Dodaj u kalendar
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Dodaj u { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Ovaj je događaj završio.

## Arhiva (archive.html)

archive-heading = Arhiva
archive-description =
    { $count ->
        [0] Još ništa nije objavljeno.
        [1] Jedan članak, po godinama i mjesecima.
        [one] { $count } članak, po godinama i mjesecima.
        [few] Sva { $count } članka, po godinama i mjesecima.
       *[other] Svih { $count } članaka, po godinama i mjesecima.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Godine

## Članci koji nisu prevedeni na jezik stranice
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Samo na bugarskom
        [cs] Samo na češkom
        [da] Samo na danskom
        [de] Samo na njemačkom
        [el] Samo na grčkom
        [en] Samo na engleskom
        [es] Samo na španjolskom
        [et] Samo na estonskom
        [fi] Samo na finskom
        [fr] Samo na francuskom
        [ga] Samo na irskom
        [hr] Samo na hrvatskom
        [hu] Samo na mađarskom
        [it] Samo na talijanskom
        [lt] Samo na litavskom
        [lv] Samo na latvijskom
        [mt] Samo na malteškom
        [nl] Samo na nizozemskom
        [pl] Samo na poljskom
        [pt] Samo na portugalskom
        [ro] Samo na rumunjskom
        [sk] Samo na slovačkom
        [sl] Samo na slovenskom
        [sv] Samo na švedskom
        [ca] Samo na katalonskom
        [eu] Samo na baskijskom
        [gl] Samo na galicijskom
       *[other] Samo na drugom jeziku
    }

## Datoteke kalendara (.ics), izrađene u src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: događaji
# Last lines of an event's description in a calendar.
calendar-article = Opširnije: { $url }
calendar-event-website = Mrežna stranica događaja: { $url }
# Naslov roka za prijavu na poziv u kalendaru; $title: naslov poziva.
calendar-deadline = Rok za prijavu: { $title }
# Zadnji redak opisa roka za prijavu u kalendaru: gdje se prijaviti.
calendar-call-apply = Prijavite se: { $url }

## Otvoreni pozivi (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Otvoreni poziv
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Rok za prijavu
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Zatvara se za { $days } dan
        [few] Zatvara se za { $days } dana
       *[other] Zatvara se za { $days } dana
    }
call-closes-today = Zatvara se danas
call-closed = Ovaj je poziv zatvoren.
# Link to the form or page where one applies.
call-apply = Kako se prijaviti
# Poveznica na kalendarsku datoteku poziva, u kojoj je rok za prijavu.
call-add-to-calendar = Dodaj rok za prijavu u kalendar
# Title of the list of a language's calls, and its menu entry.
calls-title = Otvoreni pozivi
calls-none = Trenutačno nema otvorenih poziva.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Zatvoreni pozivi

## Pretraživanje mrežnog mjesta ([search] enabled = true): stranica /<lang>/search/ i njezina stavka u izborniku.

# Naslov stranice za pretraživanje i njezine stavke u izborniku.
search-title = Pretraživanje
# Oznaka polja u koje čitatelj upisuje što traži.
search-label = Pojmovi za pretraživanje
# Gumb koji pokreće pretraživanje.
search-button = Traži
# Prikazuje se umjesto rezultata kad preglednik ne izvodi JavaScript (pretraživanje se odvija u pregledniku).
search-needs-script = Pretraživanje se odvija u vašem pregledniku i zahtijeva JavaScript. Bez njega sve članke, razvrstane po mjesecima, možete pronaći u arhivi.
# Prikazuje se dok se učitava indeks i traje pretraživanje.
search-searching = Pretraživanje…
# Iznad rezultata. $count je najmanje 1; $query je ono što je čitatelj upisao.
search-results =
    { $count ->
        [one] Za upit „{ $query }“ pronađena je { $count } stranica.
        [few] Za upit „{ $query }“ pronađene su { $count } stranice.
       *[other] Za upit „{ $query }“ pronađeno je { $count } stranica.
    }
# Kad ništa ne odgovara upitu.
search-none = Za upit „{ $query }“ nije pronađena nijedna stranica. Pokušajte s manje riječi ili s drugim riječima.
# Gumb ispod rezultata koji prikazuje sljedeće.
search-more = Prikaži još rezultata
