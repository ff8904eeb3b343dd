# Tarkvara bulletin vaiketeema kasutajaliidese tekstid: eesti keel.
# Veebileht võib iga teksti asendada oma failis i18n/et/*.ftl sama ID-ga tekstiga.
# Eesti keeles on kaks mitmuse kategooriat: one (1), other (0, 2, 3 … ja kõik kümnendarvud).
# Muutujaid ei saa käänata, seega on laused sõnastatud nii, et muutujad jäävad nimetavasse.

## Lehe raam (base.html)

# Vahelejätmislink, iga lehe esimene fokuseeritav element.
skip-to-content = Mine sisu juurde
# Peamenüü aria-label.
nav-main = Peamenüü
nav-home = Avaleht
# Navigatsiooni silt, märksõnade loendi pealkiri, märksõnaloendite silt.
tags = Märksõnad
# Keelevaliku aria-label.
language-switcher = Keel
# Jaluse link praeguse keele Atom-voole.
feed-subscribe = Telli Atom-voog
# Voole viitava <link rel="alternate"> title.
# $site: veebilehe pealkiri, $language: voo keele nimi selles keeles endas.
feed-title = { $site } – Atom-voog ({ $language })
json-feed-title = { $site } – JSON-voog ({ $language })

## Dokumentide pealkirjad

# $title: lehe enda pealkiri, $site: veebilehe pealkiri.
document-title = { $title } – { $site }
# Loendi teise ja järgmiste lehekülgede pealkiri.
paged-title = { $title }, lehekülg { $number }/{ $total }

## Loendid (index.html, section.html, tag.html, tags.html)

latest-articles = Uusimad artiklid
sections-heading = Rubriigid
article-count =
    { $count ->
        [one] { $count } artikkel
       *[other] { $count } artiklit
    }
no-articles = Siin pole veel ühtegi artiklit avaldatud.
read-more = Loe edasi
# Lingi „Loe edasi“ tekst ekraanilugejale; peab algama nagu read-more.
read-more-about = Loe edasi: { $title }
reading-time =
    { $count ->
        [one] Lugemisaeg { $count } minut
       *[other] Lugemisaeg { $count } minutit
    }

## Lehekülgede navigeerimine

pagination = Lehekülgede navigeerimine
pagination-previous = Eelmine lehekülg
pagination-next = Järgmine lehekülg
pagination-status = Lehekülg { $number }/{ $total }

## Märksõnad

tag-heading = Artiklid märksõnaga „{ $name }“
tag-description =
    { $count ->
        [one] Märksõnaga „{ $name }“ on üks artikkel.
       *[other] Märksõnaga „{ $name }“ on { $count } artiklit.
    }
all-tags = Kõik märksõnad
no-tags = Märksõnu veel pole.

## Artiklid (page.html)

published = Avaldatud
updated = Uuendatud
event-heading = Sündmus
event-date = Kuupäev
event-time = Kellaaeg
# $start, $end: kellaajad, juba vormindatud.
time-range = kell { $start }–{ $end }
event-timezone = Ajavöönd
event-location = Toimumiskoht
event-online = Veebis
event-link = Sündmuse veebileht
toc-heading = Sisukord
translations-heading = See artikkel teistes keeltes
article-nav = Veel artikleid
earlier-article = Vanem artikkel
later-article = Uuem artikkel

## Keele valik (root.html)

choose-language = Vali keel

## Ei leitud (404.html)

not-found-heading = Lehekülge ei leitud
not-found-text = Kahjuks pole sellel aadressil midagi. Lehekülg võib olla teisaldatud või lingis võib olla trükiviga.
not-found-homes = Jätka avalehelt

## Teisaldatud leheküljed (redirect.html)

redirect-heading = See lehekülg on teisaldatud
redirect-text = Teid suunatakse uuele aadressile.
redirect-link = Mine uuele aadressile

## Navigatsioon, jalus (base.html)

nav-events = Sündmused
nav-archive = Arhiiv
# Järgnevad veebilehe keeled, igaüks oma nimega, loendina: „Ilmub keeltes: Deutsch, Català ja English“.
footer-languages = Ilmub keeltes:
# Link aadressile /<lang>/events.ics, kõigi sündmuste iCalendar-voole.
events-subscribe = Telli sündmuste kalender

## Sündmused (index.html, events.html)

upcoming-events = Tulevased sündmused
all-events = Kõik sündmused
past-events = Toimunud sündmused
no-upcoming-events = Praegu pole ühtegi sündmust kavas. Tellige kalender, et uutest sündmustest teada saada.
events-heading = Sündmused
events-description = Meie projektide kohtumised, töötoad ja veebiseminarid: mis on tulemas ja mis on juba toimunud.
# Algusaeg ilma lõpuajata; $time on juba vormindatud.
time-single = kell { $time }
event-location-unknown = Täpsustamisel
event-add-to-calendar = Lisa kalendrisse
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Lisa kalendrisse: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = See sündmus on lõppenud.

## Arhiiv (archive.html)

archive-heading = Arhiiv
archive-description =
    { $count ->
        [0] Midagi pole veel avaldatud.
        [one] Üks artikkel aastate ja kuude kaupa.
       *[other] Kõik { $count } artiklit aastate ja kuude kaupa.
    }
# Arhiivi ülaosas oleva aastate loendi aria-label.
archive-years = Aastad

## Artiklid, mida pole lehe keelde tõlgitud
# $code: keel, milles artikkel on olemas.

only-in-language =
    { $code ->
        [bg] Ainult bulgaaria keeles
        [cs] Ainult tšehhi keeles
        [da] Ainult taani keeles
        [de] Ainult saksa keeles
        [el] Ainult kreeka keeles
        [en] Ainult inglise keeles
        [es] Ainult hispaania keeles
        [et] Ainult eesti keeles
        [fi] Ainult soome keeles
        [fr] Ainult prantsuse keeles
        [ga] Ainult iiri keeles
        [hr] Ainult horvaadi keeles
        [hu] Ainult ungari keeles
        [it] Ainult itaalia keeles
        [lt] Ainult leedu keeles
        [lv] Ainult läti keeles
        [mt] Ainult malta keeles
        [nl] Ainult hollandi keeles
        [pl] Ainult poola keeles
        [pt] Ainult portugali keeles
        [ro] Ainult rumeenia keeles
        [sk] Ainult slovaki keeles
        [sl] Ainult sloveeni keeles
        [sv] Ainult rootsi keeles
        [ca] Ainult katalaani keeles
        [eu] Ainult baski keeles
        [gl] Ainult galeegi keeles
       *[other] Ainult muus keeles
    }

## Kalendrifailid (.ics), mille loob src/output/calendar.rs

# Ühe keele sündmuste kalendri nimi; $site: veebilehe pealkiri.
calendar-name = { $site }: sündmused
# Sündmuse kirjelduse viimased read kalendris.
calendar-article = Loe edasi: { $url }
calendar-event-website = Sündmuse veebileht: { $url }
# Taotlusvooru tähtaja pealkiri kalendris; $title: taotlusvooru pealkiri.
calendar-deadline = Tähtaeg: { $title }
# Tähtaja kirjelduse viimane rida kalendris: kus taotleda.
calendar-call-apply = Taotlemine: { $url }

## Avatud taotlusvoorud (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Avatud taotlusvoor
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Tähtaeg
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Sulgub { $days } päeva pärast
       *[other] Sulgub { $days } päeva pärast
    }
call-closes-today = Sulgub täna
call-closed = See taotlusvoor on suletud.
# Link to the form or page where one applies.
call-apply = Kuidas taotleda
# Link taotlusvooru kalendrifailile, milles on selle tähtaeg.
call-add-to-calendar = Lisa tähtaeg kalendrisse
# Title of the list of a language's calls, and its menu entry.
calls-title = Avatud taotlusvoorud
calls-none = Praegu pole ühtegi avatud taotlusvooru.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Suletud taotlusvoorud

## Veebilehe otsing ([search] enabled = true): lehekülg /<lang>/search/ ja selle menüükirje.

# Otsingulehekülje ja selle menüükirje pealkiri.
search-title = Otsing
# Välja silt, kuhu lugeja kirjutab, mida ta otsib.
search-label = Otsitavad sõnad
# Nupp, mis käivitab otsingu.
search-button = Otsi
# Kuvatakse tulemuste asemel, kui brauser JavaScripti ei käita (otsing toimub brauseris).
search-needs-script = Otsing toimub teie brauseris ja vajab JavaScripti. Ilma selleta leiate kõik artiklid kuude kaupa arhiivist.
# Kuvatakse ajal, mil indeks laaditakse ja otsing käib.
search-searching = Otsimine…
# Tulemuste kohal. $count on vähemalt 1; $query on lugeja sisestatud tekst.
search-results =
    { $count ->
        [one] Päringule „{ $query }“ vastab üks lehekülg.
       *[other] Päringule „{ $query }“ vastab { $count } lehekülge.
    }
# Kui midagi ei leitud.
search-none = Päringule „{ $query }“ ei vasta ükski lehekülg. Proovige vähemate või teiste sõnadega.
# Tulemuste all olev nupp, mis näitab järgmisi.
search-more = Näita rohkem tulemusi
