# Texty uživatelského rozhraní výchozího motivu bulletin: čeština.
# Web může kteroukoli zprávu nahradit zprávou se stejným ID ve vlastním souboru i18n/cs/*.ftl.
# Čeština má čtyři kategorie čísla (CLDR): one (1), few (2–4), many (jen desetinná čísla: 1,5 článku)
# a other (0, 5 a více, tedy i 21, 22 …).

## Rámec stránky (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Přejít k obsahu
# aria-label of the main navigation.
nav-main = Hlavní menu
nav-home = Úvod
# Navigation label, heading of the tag index, label of tag lists.
tags = Štítky
# aria-label of the language switcher.
language-switcher = Jazyk
# Footer link to the Atom feed of the current language.
feed-subscribe = Odebírat kanál Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – kanál Atom ({ $language })
json-feed-title = { $site } – kanál JSON ({ $language })

## Názvy dokumentů

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, strana { $number } z { $total }

## Výpisy (index.html, section.html, tag.html, tags.html)

latest-articles = Nejnovější články
sections-heading = Rubriky
article-count =
    { $count ->
        [one] { $count } článek
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článků
    }
no-articles = Zatím zde nebyly zveřejněny žádné články.
read-more = Číst dále
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Číst dále: { $title }
reading-time =
    { $count ->
        [one] { $count } minuta čtení
        [few] { $count } minuty čtení
        [many] { $count } minuty čtení
       *[other] { $count } minut čtení
    }

## Stránkování

pagination = Stránkování
pagination-previous = Předchozí stránka
pagination-next = Další stránka
pagination-status = Strana { $number } z { $total }

## Štítky

tag-heading = Články se štítkem „{ $name }“
tag-description =
    { $count ->
        [one] Štítkem „{ $name }“ je označen jeden článek.
        [few] Štítkem „{ $name }“ jsou označeny { $count } články.
        [many] Počet článků se štítkem „{ $name }“: { $count }.
       *[other] Štítkem „{ $name }“ je označeno { $count } článků.
    }
all-tags = Všechny štítky
no-tags = Zatím tu nejsou žádné štítky.

## Články (page.html)

published = Zveřejněno
updated = Aktualizováno
event-heading = Akce
event-date = Datum
event-time = Čas
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Časové pásmo
event-location = Místo
event-online = Online
event-link = Webové stránky akce
toc-heading = Obsah
translations-heading = Tento článek v dalších jazycích
article-nav = Další články
earlier-article = Starší článek
later-article = Novější článek

## Výběr jazyka (root.html)

choose-language = Vyberte jazyk

## Stránka nenalezena (404.html)

not-found-heading = Stránka nenalezena
not-found-text = Je nám líto, na této adrese nic není. Stránka se mohla přesunout nebo je v odkazu překlep.
not-found-homes = Pokračujte na úvodní stránku

## Přesunuté stránky (redirect.html)

redirect-heading = Tato stránka se přesunula
redirect-text = Přesměrováváme vás na její novou adresu.
redirect-link = Přejít na novou adresu

## Navigace, zápatí (base.html)

nav-events = Akce
nav-archive = Archiv
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Vychází v jazycích:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Odebírat kalendář akcí

## Akce (index.html, events.html)

upcoming-events = Nadcházející akce
all-events = Všechny akce
past-events = Proběhlé akce
no-upcoming-events = Momentálně nejsou naplánované žádné akce. Přihlaste se k odběru kalendáře a o nových se dozvíte.
events-heading = Akce
events-description = Setkání, workshopy a webináře našich projektů: co nás čeká a co už proběhlo.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Bude upřesněno
event-add-to-calendar = Přidat do kalendáře
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Přidat do: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Tato akce už proběhla.

## Archiv (archive.html)

archive-heading = Archiv
archive-description =
    { $count ->
        [0] Zatím nebylo nic zveřejněno.
        [one] Jeden článek, seřazený podle let a měsíců.
        [few] Všechny { $count } články, seřazené podle let a měsíců.
        [many] Celkem { $count } článku, seřazeno podle let a měsíců.
       *[other] Všech { $count } článků, seřazených podle let a měsíců.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Roky

## Články, které nejsou přeložené do jazyka stránky
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Pouze bulharsky
        [cs] Pouze česky
        [da] Pouze dánsky
        [de] Pouze německy
        [el] Pouze řecky
        [en] Pouze anglicky
        [es] Pouze španělsky
        [et] Pouze estonsky
        [fi] Pouze finsky
        [fr] Pouze francouzsky
        [ga] Pouze irsky
        [hr] Pouze chorvatsky
        [hu] Pouze maďarsky
        [it] Pouze italsky
        [lt] Pouze litevsky
        [lv] Pouze lotyšsky
        [mt] Pouze maltsky
        [nl] Pouze nizozemsky
        [pl] Pouze polsky
        [pt] Pouze portugalsky
        [ro] Pouze rumunsky
        [sk] Pouze slovensky
        [sl] Pouze slovinsky
        [sv] Pouze švédsky
        [ca] Pouze katalánsky
        [eu] Pouze baskicky
        [gl] Pouze galicijsky
       *[other] Pouze v jiném jazyce
    }

## Soubory kalendáře (.ics), vytvářené v src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: akce
# Last lines of an event's description in a calendar.
calendar-article = Číst dále: { $url }
calendar-event-website = Webové stránky akce: { $url }
# Název uzávěrky výzvy v kalendáři; $title: název výzvy.
calendar-deadline = Uzávěrka: { $title }
# Poslední řádek popisu uzávěrky v kalendáři: kde se přihlásit.
calendar-call-apply = Přihlásit se: { $url }

## Otevřené výzvy (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Otevřená výzva
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Uzávěrka
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Končí za { $days } den
        [few] Končí za { $days } dny
        [many] Končí za { $days } dne
       *[other] Končí za { $days } dní
    }
call-closes-today = Končí dnes
call-closed = Tato výzva je už uzavřená.
# Link to the form or page where one applies.
call-apply = Jak se přihlásit
# Odkaz na soubor kalendáře výzvy s její uzávěrkou.
call-add-to-calendar = Přidat uzávěrku do kalendáře
# Title of the list of a language's calls, and its menu entry.
calls-title = Otevřené výzvy
calls-none = Momentálně nejsou otevřené žádné výzvy.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Uzavřené výzvy

## Vyhledávání na webu ([search] enabled = true): stránka /<lang>/search/ a její položka v menu.

# Nadpis stránky vyhledávání a její položky v menu.
search-title = Vyhledávání
# Popisek pole, do kterého čtenář píše, co hledá.
search-label = Hledaná slova
# Tlačítko, které spouští vyhledávání.
search-button = Hledat
# Zobrazí se místo výsledků, když prohlížeč nespouští JavaScript (vyhledávání probíhá v prohlížeči).
search-needs-script = Vyhledávání probíhá ve vašem prohlížeči a potřebuje JavaScript. Bez něj najdete všechny články seřazené podle měsíců v archivu.
# Zobrazí se, zatímco se načítá index a probíhá vyhledávání.
search-searching = Hledá se…
# Nad výsledky. $count je alespoň 1; $query je text, který čtenář zadal.
search-results =
    { $count ->
        [one] Pro „{ $query }“ byla nalezena jedna stránka.
        [few] Pro „{ $query }“ byly nalezeny { $count } stránky.
        [many] Pro „{ $query }“ bylo nalezeno { $count } stránky.
       *[other] Pro „{ $query }“ bylo nalezeno { $count } stránek.
    }
# Když nic neodpovídá.
search-none = Pro „{ $query }“ nebyla nalezena žádná stránka. Zkuste méně slov nebo jiná slova.
# Tlačítko pod výsledky, které zobrazí další.
search-more = Zobrazit další výsledky
