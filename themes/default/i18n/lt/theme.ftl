# Numatytosios „bulletin“ temos sąsajos tekstai: lietuvių kalba.
# Svetainė gali pakeisti bet kurį pranešimą, savo i18n/lt/*.ftl faile apibrėžusi pranešimą tuo pačiu ID.
# Lietuvių kalba turi keturias kiekio kategorijas (CLDR): one (1, 21, 31, 101 … bet ne 11),
# few (2–9, 22–29, 102 … bet ne 12–19), many (trupmenos: 1,5 …) ir other (0, 10–20, 30, 40 …).
# Todėl one apima ir 21, 31 …: jos variante visada rašomas { $count }, o ne žodis „vienas“.

## Puslapio karkasas (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Pereiti prie turinio
# aria-label of the main navigation.
nav-main = Pagrindinis meniu
nav-home = Pradžia
# Navigation label, heading of the tag index, label of tag lists.
tags = Žymos
# aria-label of the language switcher.
language-switcher = Kalba
# Footer link to the Atom feed of the current language.
feed-subscribe = Prenumeruoti Atom sklaidos kanalą
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – Atom sklaidos kanalas ({ $language })
json-feed-title = { $site } – JSON sklaidos kanalas ({ $language })

## Dokumentų pavadinimai

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, puslapis { $number } iš { $total }

## Sąrašai (index.html, section.html, tag.html, tags.html)

latest-articles = Naujausi straipsniai
sections-heading = Rubrikos
article-count =
    { $count ->
        [one] { $count } straipsnis
        [few] { $count } straipsniai
        [many] { $count } straipsnio
       *[other] { $count } straipsnių
    }
no-articles = Čia dar nepaskelbta jokių straipsnių.
read-more = Skaityti daugiau
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Skaityti daugiau: { $title }
reading-time =
    { $count ->
        [one] { $count } min. skaitymo
        [few] { $count } min. skaitymo
        [many] { $count } min. skaitymo
       *[other] { $count } min. skaitymo
    }

## Puslapiavimas

pagination = Puslapiavimas
pagination-previous = Ankstesnis puslapis
pagination-next = Kitas puslapis
pagination-status = Puslapis { $number } iš { $total }

## Žymos

tag-heading = Straipsniai su žyma „{ $name }“
tag-description =
    { $count ->
        [one] Žyma „{ $name }“ pažymėtas { $count } straipsnis.
        [few] Žyma „{ $name }“ pažymėti { $count } straipsniai.
        [many] Žyma „{ $name }“ pažymėta { $count } straipsnio.
       *[other] Žyma „{ $name }“ pažymėta { $count } straipsnių.
    }
all-tags = Visos žymos
no-tags = Žymų dar nėra.

## Straipsniai (page.html)

published = Paskelbta
updated = Atnaujinta
event-heading = Renginys
event-date = Data
event-time = Laikas
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Laiko juosta
event-location = Vieta
event-online = Internetu
event-link = Renginio svetainė
toc-heading = Turinys
translations-heading = Šis straipsnis kitomis kalbomis
article-nav = Daugiau straipsnių
earlier-article = Senesnis straipsnis
later-article = Naujesnis straipsnis

## Kalbos pasirinkimas (root.html)

choose-language = Pasirinkite kalbą

## Puslapis nerastas (404.html)

not-found-heading = Puslapis nerastas
not-found-text = Atsiprašome, šiuo adresu nieko nėra. Galbūt puslapis perkeltas arba nuorodoje yra rašybos klaida.
not-found-homes = Grįžkite į pagrindinį puslapį

## Perkelti puslapiai (redirect.html)

redirect-heading = Šis puslapis perkeltas
redirect-text = Nukreipiame jus į naują šio puslapio adresą.
redirect-link = Eiti į naują adresą

## Naršymas, poraštė (base.html)

nav-events = Renginiai
nav-archive = Archyvas
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Skelbiama šiomis kalbomis:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Prenumeruoti renginių kalendorių

## Renginiai (index.html, events.html)

upcoming-events = Artėjantys renginiai
all-events = Visi renginiai
past-events = Praėję renginiai
no-upcoming-events = Šiuo metu renginių nenumatyta. Prenumeruokite kalendorių, kad sužinotumėte apie naujus.
events-heading = Renginiai
events-description = Mūsų projektų susitikimai, dirbtuvės ir internetiniai seminarai: kas dar vyks ir kas jau įvyko.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Bus paskelbta vėliau
event-add-to-calendar = Pridėti į kalendorių
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Pridėti į kalendorių: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Šis renginys jau įvyko.

## Archyvas (archive.html)

archive-heading = Archyvas
archive-description =
    { $count ->
        [0] Kol kas nieko nepaskelbta.
        [one] { $count } straipsnis pagal metus ir mėnesius.
        [few] { $count } straipsniai pagal metus ir mėnesius.
        [many] { $count } straipsnio pagal metus ir mėnesius.
       *[other] { $count } straipsnių pagal metus ir mėnesius.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Metai

## Straipsniai, neišversti į puslapio kalbą
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Tik bulgarų kalba
        [cs] Tik čekų kalba
        [da] Tik danų kalba
        [de] Tik vokiečių kalba
        [el] Tik graikų kalba
        [en] Tik anglų kalba
        [es] Tik ispanų kalba
        [et] Tik estų kalba
        [fi] Tik suomių kalba
        [fr] Tik prancūzų kalba
        [ga] Tik airių kalba
        [hr] Tik kroatų kalba
        [hu] Tik vengrų kalba
        [it] Tik italų kalba
        [lt] Tik lietuvių kalba
        [lv] Tik latvių kalba
        [mt] Tik maltiečių kalba
        [nl] Tik nyderlandų kalba
        [pl] Tik lenkų kalba
        [pt] Tik portugalų kalba
        [ro] Tik rumunų kalba
        [sk] Tik slovakų kalba
        [sl] Tik slovėnų kalba
        [sv] Tik švedų kalba
        [ca] Tik katalonų kalba
        [eu] Tik baskų kalba
        [gl] Tik galisų kalba
       *[other] Tik kita kalba
    }

## Kalendoriaus failai (.ics), kuriami src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: renginiai
# Last lines of an event's description in a calendar.
calendar-article = Skaityti daugiau: { $url }
calendar-event-website = Renginio svetainė: { $url }
# Kvietimo termino pavadinimas kalendoriuje; $title: kvietimo pavadinimas.
calendar-deadline = Terminas: { $title }
# Paskutinė termino aprašymo eilutė kalendoriuje: kur pateikti paraišką.
calendar-call-apply = Pateikti paraišką: { $url }

## Atviri kvietimai (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Atviras kvietimas
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Terminas
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Baigiasi po { $days } dienos
        [few] Baigiasi po { $days } dienų
        [many] Baigiasi po { $days } dienos
       *[other] Baigiasi po { $days } dienų
    }
call-closes-today = Baigiasi šiandien
call-closed = Šis kvietimas jau baigėsi.
# Link to the form or page where one applies.
call-apply = Kaip pateikti paraišką
# Nuoroda į kvietimo kalendoriaus failą su jo terminu.
call-add-to-calendar = Pridėti terminą į kalendorių
# Title of the list of a language's calls, and its menu entry.
calls-title = Atviri kvietimai
calls-none = Šiuo metu atvirų kvietimų nėra.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Pasibaigę kvietimai

## Paieška svetainėje ([search] enabled = true): puslapis /<lang>/search/ ir jo meniu punktas.

# Paieškos puslapio ir jo meniu punkto pavadinimas.
search-title = Paieška
# Lauko, į kurį skaitytojas įrašo, ko ieško, etiketė.
search-label = Ieškomi žodžiai
# Mygtukas, kuriuo pradedama paieška.
search-button = Ieškoti
# Rodoma vietoj rezultatų, kai naršyklė nevykdo JavaScript (paieška vyksta naršyklėje).
search-needs-script = Paieška vyksta jūsų naršyklėje, todėl jai reikia JavaScript. Be jo visus straipsnius pagal mėnesius rasite archyve.
# Rodoma, kol įkeliamas indeksas ir vyksta paieška.
search-searching = Ieškoma…
# Virš rezultatų. $count yra bent 1; $query – tai, ką įrašė skaitytojas.
search-results =
    { $count ->
        [one] Pagal užklausą „{ $query }“ rastas { $count } puslapis.
        [few] Pagal užklausą „{ $query }“ rasti { $count } puslapiai.
        [many] Pagal užklausą „{ $query }“ rasta { $count } puslapio.
       *[other] Pagal užklausą „{ $query }“ rasta { $count } puslapių.
    }
# Kai nieko nerasta.
search-none = Pagal užklausą „{ $query }“ nerasta nė vieno puslapio. Pabandykite įvesti mažiau žodžių arba kitus žodžius.
# Mygtukas po rezultatais, kuriuo parodomi kiti.
search-more = Rodyti daugiau rezultatų
