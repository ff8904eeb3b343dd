# Noklusējuma „bulletin” motīva saskarnes teksti: latviešu valoda.
# Vietne var aizstāt jebkuru ziņojumu, savā i18n/lv/*.ftl failā definējot ziņojumu ar tādu pašu ID.
# Latviešu valodā ir trīs skaitļa kategorijas (CLDR): zero (0, 10–20, 30, 40 … 100, 110–120 …: skaitļi,
# kas beidzas ar 0, un 11–19), one (1, 21, 31, 101 … bet ne 11) un other (2–9, 22–29, 102 …).
# Tā kā one ietver arī 21, 31 …, šajā variantā vienmēr raksta { $count }, nevis vārdu „viens”.
# Pēdiņas: „…”.

## Lapas ietvars (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Pāriet uz saturu
# aria-label of the main navigation.
nav-main = Galvenā izvēlne
nav-home = Sākums
# Navigation label, heading of the tag index, label of tag lists.
tags = Birkas
# aria-label of the language switcher.
language-switcher = Valoda
# Footer link to the Atom feed of the current language.
feed-subscribe = Abonēt Atom plūsmu
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – Atom plūsma ({ $language })
json-feed-title = { $site } – JSON plūsma ({ $language })

## Dokumentu virsraksti

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, { $number }. lapa no { $total }

## Saraksti (index.html, section.html, tag.html, tags.html)

latest-articles = Jaunākie raksti
sections-heading = Sadaļas
article-count =
    { $count ->
        [zero] { $count } rakstu
        [one] { $count } raksts
       *[other] { $count } raksti
    }
no-articles = Šeit vēl nav publicēts neviens raksts.
read-more = Lasīt vairāk
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Lasīt vairāk: { $title }
reading-time =
    { $count ->
        [zero] Lasīšanas laiks: { $count } min
        [one] Lasīšanas laiks: { $count } min
       *[other] Lasīšanas laiks: { $count } min
    }

## Lapu navigācija

pagination = Lapu navigācija
pagination-previous = Iepriekšējā lapa
pagination-next = Nākamā lapa
pagination-status = { $number }. lapa no { $total }

## Birkas

tag-heading = Raksti ar birku „{ $name }”
tag-description =
    { $count ->
        [zero] Birka „{ $name }” pievienota { $count } rakstiem.
        [one] Birka „{ $name }” pievienota { $count } rakstam.
       *[other] Birka „{ $name }” pievienota { $count } rakstiem.
    }
all-tags = Visas birkas
no-tags = Birku vēl nav.

## Raksti (page.html)

published = Publicēts
updated = Atjaunināts
event-heading = Pasākums
event-date = Datums
event-time = Laiks
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Laika josla
event-location = Vieta
event-online = Tiešsaistē
event-link = Pasākuma tīmekļa vietne
toc-heading = Saturs
translations-heading = Šis raksts citās valodās
article-nav = Citi raksti
earlier-article = Iepriekšējais raksts
later-article = Nākamais raksts

## Valodas izvēle (root.html)

choose-language = Izvēlieties valodu

## Lapa nav atrasta (404.html)

not-found-heading = Lapa nav atrasta
not-found-text = Diemžēl šajā adresē nekā nav. Iespējams, lapa ir pārvietota vai saitē ir drukas kļūda.
not-found-homes = Doties uz sākumlapu

## Pārvietotas lapas (redirect.html)

redirect-heading = Šī lapa ir pārvietota
redirect-text = Notiek pāradresācija uz tās jauno adresi.
redirect-link = Doties uz jauno adresi

## Navigācija, kājene (base.html)

nav-events = Pasākumi
nav-archive = Arhīvs
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Publicēts šādās valodās:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Abonēt pasākumu kalendāru

## Pasākumi (index.html, events.html)

upcoming-events = Gaidāmie pasākumi
all-events = Visi pasākumi
past-events = Notikušie pasākumi
no-upcoming-events = Pašlaik nav plānots neviens pasākums. Abonējiet kalendāru, lai uzzinātu par jauniem pasākumiem.
events-heading = Pasākumi
events-description = Mūsu projektu sanāksmes, darbsemināri un vebināri: kas gaidāms un kas jau noticis.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Tiks paziņota vēlāk
event-add-to-calendar = Pievienot kalendāram
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Pievienot kalendāram: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Šis pasākums ir beidzies.

## Arhīvs (archive.html)

archive-heading = Arhīvs
archive-description =
    { $count ->
        [0] Vēl nekas nav publicēts.
        [zero] Visi { $count } raksti, sakārtoti pa gadiem un mēnešiem.
        [one] { $count } raksts, sakārtots pa gadiem un mēnešiem.
       *[other] Visi { $count } raksti, sakārtoti pa gadiem un mēnešiem.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Gadi

## Raksti, kas nav tulkoti lapas valodā
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Tikai bulgāru valodā
        [cs] Tikai čehu valodā
        [da] Tikai dāņu valodā
        [de] Tikai vācu valodā
        [el] Tikai grieķu valodā
        [en] Tikai angļu valodā
        [es] Tikai spāņu valodā
        [et] Tikai igauņu valodā
        [fi] Tikai somu valodā
        [fr] Tikai franču valodā
        [ga] Tikai īru valodā
        [hr] Tikai horvātu valodā
        [hu] Tikai ungāru valodā
        [it] Tikai itāļu valodā
        [lt] Tikai lietuviešu valodā
        [lv] Tikai latviešu valodā
        [mt] Tikai maltiešu valodā
        [nl] Tikai nīderlandiešu valodā
        [pl] Tikai poļu valodā
        [pt] Tikai portugāļu valodā
        [ro] Tikai rumāņu valodā
        [sk] Tikai slovāku valodā
        [sl] Tikai slovēņu valodā
        [sv] Tikai zviedru valodā
        [ca] Tikai katalāņu valodā
        [eu] Tikai basku valodā
        [gl] Tikai galisiešu valodā
       *[other] Tikai citā valodā
    }

## Kalendāra faili (.ics), ko veido src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: pasākumi
# Last lines of an event's description in a calendar.
calendar-article = Lasīt vairāk: { $url }
calendar-event-website = Pasākuma tīmekļa vietne: { $url }
# Konkursa termiņa nosaukums kalendārā; $title: konkursa nosaukums.
calendar-deadline = Termiņš: { $title }
# Termiņa apraksta pēdējā rinda kalendārā: kur pieteikties.
calendar-call-apply = Pieteikties: { $url }

## Atklātie konkursi (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Atklāts konkurss
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Termiņš
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [zero] Noslēdzas pēc { $days } dienām
        [one] Noslēdzas pēc { $days } dienas
       *[other] Noslēdzas pēc { $days } dienām
    }
call-closes-today = Noslēdzas šodien
call-closed = Šis konkurss ir noslēdzies.
# Link to the form or page where one applies.
call-apply = Kā pieteikties
# Saite uz konkursa kalendāra failu ar tā termiņu.
call-add-to-calendar = Pievienot termiņu kalendāram
# Title of the list of a language's calls, and its menu entry.
calls-title = Atklātie konkursi
calls-none = Pašlaik nav neviena atklāta konkursa.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Noslēgušies konkursi

## Meklēšana vietnē ([search] enabled = true): lapa /<lang>/search/ un tās izvēlnes vienums.

# Meklēšanas lapas un tās izvēlnes vienuma nosaukums.
search-title = Meklēšana
# Etiķete laukam, kurā lasītājs ieraksta meklējamo.
search-label = Meklējamie vārdi
# Poga, ar kuru sāk meklēšanu.
search-button = Meklēt
# Tiek rādīts rezultātu vietā, ja pārlūkprogramma neizpilda JavaScript (meklēšana notiek pārlūkprogrammā).
search-needs-script = Meklēšana notiek jūsu pārlūkprogrammā, un tai ir vajadzīgs JavaScript. Bez tā visus rakstus pa mēnešiem varat atrast arhīvā.
# Tiek rādīts, kamēr ielādējas indekss un notiek meklēšana.
search-searching = Meklē…
# Virs rezultātiem. $count ir vismaz 1; $query ir lasītāja ierakstītais teksts.
search-results =
    { $count ->
        [zero] Vaicājumam „{ $query }” atbilst { $count } lapas.
        [one] Vaicājumam „{ $query }” atbilst { $count } lapa.
       *[other] Vaicājumam „{ $query }” atbilst { $count } lapas.
    }
# Ja nekas neatbilst.
search-none = Vaicājumam „{ $query }” neatbilst neviena lapa. Mēģiniet ievadīt mazāk vārdu vai citus vārdus.
# Poga zem rezultātiem, kas parāda nākamos.
search-more = Rādīt vairāk rezultātu
