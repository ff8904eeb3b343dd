# Texty používateľského rozhrania predvolenej témy bulletin: slovenčina.
# Web môže ktorúkoľvek správu nahradiť správou s rovnakým ID vo vlastnom súbore i18n/sk/*.ftl.
# Slovenčina má štyri kategórie čísla (CLDR): one (1), few (2–4), many (len desatinné čísla: 1,5 článku)
# a other (0, 5 a viac, teda aj 21, 22 …).

## Rámec stránky (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Prejsť na obsah
# aria-label of the main navigation.
nav-main = Hlavné menu
nav-home = Úvod
# Navigation label, heading of the tag index, label of tag lists.
tags = Štítky
# aria-label of the language switcher.
language-switcher = Jazyk
# Footer link to the Atom feed of the current language.
feed-subscribe = Odoberať kanál Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – kanál Atom ({ $language })
json-feed-title = { $site } – kanál JSON ({ $language })

## Názvy dokumentov

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, strana { $number } z { $total }

## Zoznamy (index.html, section.html, tag.html, tags.html)

latest-articles = Najnovšie články
sections-heading = Rubriky
article-count =
    { $count ->
        [one] { $count } článok
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článkov
    }
no-articles = Zatiaľ tu neboli uverejnené žiadne články.
read-more = Čítať ďalej
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Čítať ďalej: { $title }
reading-time =
    { $count ->
        [one] { $count } minúta čítania
        [few] { $count } minúty čítania
        [many] { $count } minúty čítania
       *[other] { $count } minút čítania
    }

## Stránkovanie

pagination = Stránkovanie
pagination-previous = Predchádzajúca stránka
pagination-next = Nasledujúca stránka
pagination-status = Strana { $number } z { $total }

## Štítky

tag-heading = Články so štítkom „{ $name }“
tag-description =
    { $count ->
        [one] Štítkom „{ $name }“ je označený jeden článok.
        [few] Štítkom „{ $name }“ sú označené { $count } články.
        [many] Počet článkov so štítkom „{ $name }“: { $count }.
       *[other] Štítkom „{ $name }“ je označených { $count } článkov.
    }
all-tags = Všetky štítky
no-tags = Zatiaľ tu nie sú žiadne štítky.

## Články (page.html)

published = Uverejnené
updated = Aktualizované
event-heading = Podujatie
event-date = Dátum
event-time = Čas
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Časové pásmo
event-location = Miesto
event-online = Online
event-link = Webová stránka podujatia
toc-heading = Obsah
translations-heading = Tento článok v ďalších jazykoch
article-nav = Ďalšie články
earlier-article = Starší článok
later-article = Novší článok

## Výber jazyka (root.html)

choose-language = Vyberte si jazyk

## Stránka sa nenašla (404.html)

not-found-heading = Stránka sa nenašla
not-found-text = Ľutujeme, na tejto adrese nič nie je. Stránka sa možno presunula alebo je v odkaze preklep.
not-found-homes = Pokračujte na úvodnú stránku

## Presunuté stránky (redirect.html)

redirect-heading = Táto stránka sa presunula
redirect-text = Presmerúvame vás na jej novú adresu.
redirect-link = Prejsť na novú adresu

## Navigácia, päta (base.html)

nav-events = Podujatia
nav-archive = Archív
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Vychádza v jazykoch:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Odoberať kalendár podujatí

## Podujatia (index.html, events.html)

upcoming-events = Nadchádzajúce podujatia
all-events = Všetky podujatia
past-events = Minulé podujatia
no-upcoming-events = Momentálne nie sú naplánované žiadne podujatia. Prihláste sa na odber kalendára a o nových sa dozviete.
events-heading = Podujatia
events-description = Stretnutia, workshopy a webináre našich projektov: čo nás čaká a čo sa už uskutočnilo.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Bude upresnené
event-add-to-calendar = Pridať do kalendára
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Pridať do: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Toto podujatie sa už skončilo.

## Archív (archive.html)

archive-heading = Archív
archive-description =
    { $count ->
        [0] Zatiaľ nebolo nič uverejnené.
        [one] Jeden článok, zoradený podľa rokov a mesiacov.
        [few] Všetky { $count } články, zoradené podľa rokov a mesiacov.
        [many] Spolu { $count } článku, zoradené podľa rokov a mesiacov.
       *[other] Všetkých { $count } článkov, zoradených podľa rokov a mesiacov.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Roky

## Články, ktoré nie sú preložené do jazyka stránky
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Len po bulharsky
        [cs] Len po česky
        [da] Len po dánsky
        [de] Len po nemecky
        [el] Len po grécky
        [en] Len po anglicky
        [es] Len po španielsky
        [et] Len po estónsky
        [fi] Len po fínsky
        [fr] Len po francúzsky
        [ga] Len po írsky
        [hr] Len po chorvátsky
        [hu] Len po maďarsky
        [it] Len po taliansky
        [lt] Len po litovsky
        [lv] Len po lotyšsky
        [mt] Len po maltsky
        [nl] Len po holandsky
        [pl] Len po poľsky
        [pt] Len po portugalsky
        [ro] Len po rumunsky
        [sk] Len po slovensky
        [sl] Len po slovinsky
        [sv] Len po švédsky
        [ca] Len po katalánsky
        [eu] Len po baskicky
        [gl] Len po galícijsky
       *[other] Len v inom jazyku
    }

## Súbory kalendára (.ics), vytvárané v src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: podujatia
# Last lines of an event's description in a calendar.
calendar-article = Čítať ďalej: { $url }
calendar-event-website = Webová stránka podujatia: { $url }
# Názov uzávierky výzvy v kalendári; $title: názov výzvy.
calendar-deadline = Uzávierka: { $title }
# Posledný riadok opisu uzávierky v kalendári: kde sa prihlásiť.
calendar-call-apply = Prihlásiť sa: { $url }

## Otvorené výzvy (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Otvorená výzva
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Uzávierka
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Končí o { $days } deň
        [few] Končí o { $days } dni
        [many] Končí o { $days } dňa
       *[other] Končí o { $days } dní
    }
call-closes-today = Končí dnes
call-closed = Táto výzva je už uzavretá.
# Link to the form or page where one applies.
call-apply = Ako sa prihlásiť
# Odkaz na súbor kalendára výzvy s jej uzávierkou.
call-add-to-calendar = Pridať uzávierku do kalendára
# Title of the list of a language's calls, and its menu entry.
calls-title = Otvorené výzvy
calls-none = Momentálne nie sú otvorené žiadne výzvy.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Uzavreté výzvy

## Vyhľadávanie na webe ([search] enabled = true): stránka /<lang>/search/ a jej položka v menu.

# Nadpis stránky vyhľadávania a jej položky v menu.
search-title = Vyhľadávanie
# Popis poľa, do ktorého čitateľ píše, čo hľadá.
search-label = Hľadané slová
# Tlačidlo, ktoré spúšťa vyhľadávanie.
search-button = Hľadať
# Zobrazí sa namiesto výsledkov, keď prehliadač nespúšťa JavaScript (vyhľadávanie prebieha v prehliadači).
search-needs-script = Vyhľadávanie prebieha vo vašom prehliadači a potrebuje JavaScript. Bez neho nájdete všetky články zoradené podľa mesiacov v archíve.
# Zobrazí sa, kým sa načítava index a prebieha vyhľadávanie.
search-searching = Hľadá sa…
# Nad výsledkami. $count je aspoň 1; $query je text, ktorý čitateľ zadal.
search-results =
    { $count ->
        [one] Pre „{ $query }“ sa našla jedna stránka.
        [few] Pre „{ $query }“ sa našli { $count } stránky.
        [many] Pre „{ $query }“ sa našlo { $count } stránky.
       *[other] Pre „{ $query }“ sa našlo { $count } stránok.
    }
# Keď sa nič nenájde.
search-none = Pre „{ $query }“ sa nenašla žiadna stránka. Skúste menej slov alebo iné slová.
# Tlačidlo pod výsledkami, ktoré zobrazí ďalšie.
search-more = Zobraziť ďalšie výsledky
