# Gränssnittstexter för bulletins standardtema: svenska.
# En webbplats kan ersätta vilken text som helst med en text med samma id i sin egen i18n/sv/*.ftl.
# Svenskan har två pluralkategorier: one (1), other (0, 2, 3 … och alla decimaltal).

## Sidans ram (base.html)

# Överhoppningslänk, det första fokuserbara elementet på varje sida.
skip-to-content = Hoppa till innehållet
# aria-label för huvudmenyn.
nav-main = Huvudmeny
nav-home = Startsida
# Navigeringsetikett, rubrik på taggöversikten, etikett för tagglistor.
tags = Taggar
# aria-label för språkväljaren.
language-switcher = Språk
# Länk i sidfoten till Atom-flödet för det aktuella språket.
feed-subscribe = Prenumerera på Atom-flödet
# title för <link rel="alternate"> till ett flöde.
# $site: webbplatsens titel, $language: namnet på flödets språk, på det språket.
feed-title = { $site } – Atom-flöde ({ $language })
json-feed-title = { $site } – JSON-flöde ({ $language })

## Dokumenttitlar

# $title: sidans egen titel, $site: webbplatsens titel.
document-title = { $title } – { $site }
# Titel på andra och följande sidor i en lista.
paged-title = { $title }, sida { $number } av { $total }

## Listor (index.html, section.html, tag.html, tags.html)

latest-articles = Senaste artiklarna
sections-heading = Avdelningar
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artiklar
    }
no-articles = Inga artiklar har publicerats här ännu.
read-more = Läs mer
# Skärmläsartext för länken ”Läs mer”; måste börja som read-more.
read-more-about = Läs mer: { $title }
reading-time =
    { $count ->
        [one] { $count } minuts läsning
       *[other] { $count } minuters läsning
    }

## Sidnavigering

pagination = Sidnavigering
pagination-previous = Föregående sida
pagination-next = Nästa sida
pagination-status = Sida { $number } av { $total }

## Taggar

tag-heading = Artiklar med taggen ”{ $name }”
tag-description =
    { $count ->
        [one] En artikel har taggen ”{ $name }”.
       *[other] { $count } artiklar har taggen ”{ $name }”.
    }
all-tags = Alla taggar
no-tags = Det finns inga taggar än.

## Artiklar (page.html)

published = Publicerad
updated = Uppdaterad
event-heading = Evenemang
event-date = Datum
event-time = Tid
# $start, $end: klockslag, redan formaterade.
time-range = kl. { $start }–{ $end }
event-timezone = Tidszon
event-location = Plats
event-online = Online
event-link = Evenemangets webbplats
toc-heading = Innehåll
translations-heading = Den här artikeln på andra språk
article-nav = Fler artiklar
earlier-article = Äldre artikel
later-article = Nyare artikel

## Språkval (root.html)

choose-language = Välj språk

## Hittades inte (404.html)

not-found-heading = Sidan hittades inte
not-found-text = Tyvärr finns det inget på den här adressen. Sidan kan ha flyttats, eller så finns det ett skrivfel i länken.
not-found-homes = Fortsätt på startsidan

## Flyttade sidor (redirect.html)

redirect-heading = Sidan har flyttats
redirect-text = Du skickas vidare till den nya adressen.
redirect-link = Gå till den nya adressen

## Navigering, sidfot (base.html)

nav-events = Evenemang
nav-archive = Arkiv
# Följs av webbplatsens språk, vart och ett med sitt eget namn, som en lista: ”Publiceras på Deutsch, Català och English”.
footer-languages = Publiceras på
# Länk till /<lang>/events.ics, ett iCalendar-flöde med alla evenemang.
events-subscribe = Prenumerera på evenemangskalendern

## Evenemang (index.html, events.html)

upcoming-events = Kommande evenemang
all-events = Alla evenemang
past-events = Tidigare evenemang
no-upcoming-events = Just nu finns det inga planerade evenemang. Prenumerera på kalendern så får du veta när nya tillkommer.
events-heading = Evenemang
events-description = Möten, workshoppar och webbinarier i våra projekt: vad som är på gång och vad som redan har ägt rum.
# En starttid utan sluttid; $time är redan formaterad.
time-single = kl. { $time }
event-location-unknown = Meddelas senare
event-add-to-calendar = Lägg till i kalendern
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Lägg till i { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Evenemanget är över.

## Arkiv (archive.html)

archive-heading = Arkiv
archive-description =
    { $count ->
        [0] Inget har publicerats ännu.
        [one] En artikel, ordnad efter år och månad.
       *[other] Alla { $count } artiklar, ordnade efter år och månad.
    }
# aria-label för listan med år överst i arkivet.
archive-years = År

## Artiklar som inte är översatta till sidans språk
# $code: språket som artikeln finns på.

only-in-language =
    { $code ->
        [bg] Bara på bulgariska
        [cs] Bara på tjeckiska
        [da] Bara på danska
        [de] Bara på tyska
        [el] Bara på grekiska
        [en] Bara på engelska
        [es] Bara på spanska
        [et] Bara på estniska
        [fi] Bara på finska
        [fr] Bara på franska
        [ga] Bara på iriska
        [hr] Bara på kroatiska
        [hu] Bara på ungerska
        [it] Bara på italienska
        [lt] Bara på litauiska
        [lv] Bara på lettiska
        [mt] Bara på maltesiska
        [nl] Bara på nederländska
        [pl] Bara på polska
        [pt] Bara på portugisiska
        [ro] Bara på rumänska
        [sk] Bara på slovakiska
        [sl] Bara på slovenska
        [sv] Bara på svenska
        [ca] Bara på katalanska
        [eu] Bara på baskiska
        [gl] Bara på galiciska
       *[other] Bara på ett annat språk
    }

## Kalenderfiler (.ics), skapade i src/output/calendar.rs

# Namnet på kalendern med ett språks evenemang; $site: webbplatsens titel.
calendar-name = { $site }: evenemang
# De sista raderna i ett evenemangs beskrivning i en kalender.
calendar-article = Läs mer: { $url }
calendar-event-website = Evenemangets webbplats: { $url }
# Titeln på en utlysnings sista ansökningsdag i en kalender; $title: utlysningens titel.
calendar-deadline = Sista ansökningsdag: { $title }
# Den sista raden i beskrivningen av en sista ansökningsdag i en kalender: var man ansöker.
calendar-call-apply = Ansök här: { $url }

## Öppna utlysningar (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Öppen utlysning
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Sista ansökningsdag
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Stänger om { $days } dag
       *[other] Stänger om { $days } dagar
    }
call-closes-today = Stänger i dag
call-closed = Utlysningen är stängd.
# Link to the form or page where one applies.
call-apply = Så ansöker du
# Länk till utlysningens kalenderfil med sista ansökningsdagen.
call-add-to-calendar = Lägg till sista ansökningsdagen i kalendern
# Title of the list of a language's calls, and its menu entry.
calls-title = Öppna utlysningar
calls-none = Just nu finns det inga öppna utlysningar.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Stängda utlysningar

## Sökning på webbplatsen ([search] enabled = true): sidan /<lang>/search/ och dess menyval.

# Rubrik för söksidan och dess menyval.
search-title = Sök
# Etikett för fältet där läsaren skriver det hen söker efter.
search-label = Sökord
# Knappen som startar sökningen.
search-button = Sök
# Visas i stället för resultat när webbläsaren inte kör JavaScript (sökningen körs i webbläsaren).
search-needs-script = Sökningen körs i din webbläsare och kräver JavaScript. Utan JavaScript hittar du alla artiklar månad för månad i arkivet.
# Visas medan indexet läses in och sökningen pågår.
search-searching = Söker…
# Ovanför resultaten. $count är minst 1; $query är det läsaren skrev.
search-results =
    { $count ->
        [one] En sida hittades för ”{ $query }”.
       *[other] { $count } sidor hittades för ”{ $query }”.
    }
# När ingenting hittas.
search-none = Inga sidor hittades för ”{ $query }”. Prova med färre eller andra ord.
# Knapp under resultaten som visar fler.
search-more = Visa fler resultat
