# Besedila vmesnika privzete teme bulletin: slovenščina.
# Spletišče lahko katero koli sporočilo nadomesti s sporočilom z istim ID-jem v svojem i18n/sl/*.ftl.
# Slovenščina ima štiri množinske oblike: one (1, 101 …), two (2, 102 …), few (3, 4, 103 …), other.

## Ogrodje strani (base.html)

skip-to-content = Preskoči na vsebino
nav-main = Glavni meni
nav-home = Domov
tags = Oznake
language-switcher = Jezik
feed-subscribe = Naročite se na vir Atom
feed-title = { $site } – vir Atom ({ $language })
json-feed-title = { $site } – vir JSON Feed ({ $language })

## Naslovi dokumentov

document-title = { $title } – { $site }
paged-title = { $title }, stran { $number } od { $total }

## Seznami (index.html, section.html, tag.html, tags.html)

latest-articles = Najnovejši prispevki
sections-heading = Rubrike
article-count =
    { $count ->
        [one] { $count } prispevek
        [two] { $count } prispevka
        [few] { $count } prispevki
       *[other] { $count } prispevkov
    }
no-articles = Tu še ni objavljen noben prispevek.
read-more = Preberite več
read-more-about = Preberite več: { $title }
reading-time =
    { $count ->
        [one] { $count } minuta branja
        [two] { $count } minuti branja
        [few] { $count } minute branja
       *[other] { $count } minut branja
    }

## Številčenje strani

pagination = Številčenje strani
pagination-previous = Prejšnja stran
pagination-next = Naslednja stran
pagination-status = Stran { $number } od { $total }

## Oznake

tag-heading = Prispevki z oznako »{ $name }«
tag-description =
    { $count ->
        [one] Oznako »{ $name }« ima { $count } prispevek.
        [two] Oznako »{ $name }« imata { $count } prispevka.
        [few] Oznako »{ $name }« imajo { $count } prispevki.
       *[other] Oznako »{ $name }« ima { $count } prispevkov.
    }
all-tags = Vse oznake
no-tags = Oznak še ni.

## Prispevki (page.html)

published = Objavljeno
updated = Posodobljeno
event-heading = Dogodek
event-date = Datum
event-time = Ura
time-range = od { $start } do { $end }
event-timezone = Časovni pas
event-location = Kraj
event-online = Na spletu
event-link = Spletna stran dogodka
toc-heading = Vsebina
translations-heading = Ta prispevek v drugih jezikih
article-nav = Več prispevkov
earlier-article = Starejši prispevek
later-article = Novejši prispevek

## Izbira jezika (root.html)

choose-language = Izberite jezik

## Ni najdeno (404.html)

not-found-heading = Strani ni mogoče najti
not-found-text = Žal na tem naslovu ni ničesar. Stran je morda premaknjena ali pa je v povezavi tipkarska napaka.
not-found-homes = Nadaljujte na domači strani

## Premaknjene strani (redirect.html)

redirect-heading = Ta stran je bila premaknjena
redirect-text = Preusmerjamo vas na novi naslov.
redirect-link = Na novi naslov

## Navigacija in noga (base.html)

nav-events = Dogodki
nav-archive = Arhiv
footer-languages = Izhaja v jezikih:
events-subscribe = Naročite se na koledar dogodkov

## Dogodki (index.html, events.html)

upcoming-events = Prihajajoči dogodki
all-events = Vsi dogodki
past-events = Pretekli dogodki
no-upcoming-events = Trenutno ni načrtovanih dogodkov. Naročite se na koledar, da boste izvedeli za nove.
events-heading = Dogodki
events-description = Srečanja, delavnice in spletni seminarji naših projektov: kaj prihaja in kaj je že za nami.
time-single = ob { $time }
event-location-unknown = Še ni znano
event-add-to-calendar = Dodaj v koledar
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Dodaj v { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Ta dogodek se je že končal.

## Arhiv (archive.html)

archive-heading = Arhiv
archive-description =
    { $count ->
        [0] Objavljenega še ni ničesar.
        [one] { $count } prispevek, po letih in mesecih.
        [two] Oba prispevka, po letih in mesecih.
        [few] Vsi { $count } prispevki, po letih in mesecih.
       *[other] Vseh { $count } prispevkov, po letih in mesecih.
    }
archive-years = Leta

## Prispevki, ki niso prevedeni v jezik strani

only-in-language =
    { $code ->
        [bg] Na voljo samo v bolgarščini
        [cs] Na voljo samo v češčini
        [da] Na voljo samo v danščini
        [de] Na voljo samo v nemščini
        [el] Na voljo samo v grščini
        [en] Na voljo samo v angleščini
        [es] Na voljo samo v španščini
        [et] Na voljo samo v estonščini
        [fi] Na voljo samo v finščini
        [fr] Na voljo samo v francoščini
        [ga] Na voljo samo v irščini
        [hr] Na voljo samo v hrvaščini
        [hu] Na voljo samo v madžarščini
        [it] Na voljo samo v italijanščini
        [lt] Na voljo samo v litovščini
        [lv] Na voljo samo v latvijščini
        [mt] Na voljo samo v malteščini
        [nl] Na voljo samo v nizozemščini
        [pl] Na voljo samo v poljščini
        [pt] Na voljo samo v portugalščini
        [ro] Na voljo samo v romunščini
        [sk] Na voljo samo v slovaščini
        [sl] Na voljo samo v slovenščini
        [sv] Na voljo samo v švedščini
        [ca] Na voljo samo v katalonščini
        [eu] Na voljo samo v baskovščini
        [gl] Na voljo samo v galicijščini
       *[other] Na voljo samo v drugem jeziku
    }

## Datoteke koledarja (.ics)

calendar-name = { $site }: dogodki
calendar-article = Več o tem: { $url }
calendar-event-website = Spletna stran dogodka: { $url }
# Naslov roka za prijavo na razpis v koledarju; $title: naslov razpisa.
calendar-deadline = Rok za prijavo: { $title }
# Zadnja vrstica opisa roka za prijavo v koledarju: kje se prijaviti.
calendar-call-apply = Prijava: { $url }

## Odprti razpisi (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Odprt razpis
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Rok za prijavo
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Zapre se čez { $days } dan
        [two] Zapre se čez { $days } dneva
        [few] Zapre se čez { $days } dni
       *[other] Zapre se čez { $days } dni
    }
call-closes-today = Zapre se danes
call-closed = Ta razpis je že zaprt.
# Link to the form or page where one applies.
call-apply = Kako se prijaviti
# Povezava do datoteke koledarja razpisa, v kateri je rok za prijavo.
call-add-to-calendar = Dodaj rok za prijavo v koledar
# Title of the list of a language's calls, and its menu entry.
calls-title = Odprti razpisi
calls-none = Trenutno ni odprtih razpisov.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Zaprti razpisi

## Iskanje po spletišču ([search] enabled = true): stran /<lang>/search/ in njen vnos v meniju.

# Naslov strani za iskanje in njenega vnosa v meniju.
search-title = Iskanje
# Oznaka polja, v katero bralec vpiše, kaj išče.
search-label = Iskane besede
# Gumb, ki zažene iskanje.
search-button = Išči
# Prikaže se namesto rezultatov, ko brskalnik ne izvaja JavaScripta (iskanje poteka v brskalniku).
search-needs-script = Iskanje poteka v vašem brskalniku in potrebuje JavaScript. Brez njega so vsi prispevki po mesecih zbrani v arhivu.
# Prikaže se, medtem ko se nalaga indeks in poteka iskanje.
search-searching = Iskanje…
# Nad rezultati. $count je vsaj 1; $query je besedilo, ki ga je vpisal bralec.
search-results =
    { $count ->
        [one] Poizvedbi »{ $query }« ustreza { $count } stran.
        [two] Poizvedbi »{ $query }« ustrezata { $count } strani.
        [few] Poizvedbi »{ $query }« ustrezajo { $count } strani.
       *[other] Poizvedbi »{ $query }« ustreza { $count } strani.
    }
# Ko ni nobenega zadetka.
search-none = Poizvedbi »{ $query }« ne ustreza nobena stran. Poskusite z manj besedami ali z drugimi.
# Gumb pod rezultati, ki prikaže naslednje.
search-more = Prikaži več rezultatov
