# bulletin-ohjelman oletusteeman käyttöliittymätekstit: suomi.
# Sivusto voi korvata minkä tahansa tekstin omassa i18n/fi/*.ftl-tiedostossaan tekstillä, jolla on sama tunniste.
# Suomessa on kaksi monikkoluokkaa: one (1), other (0, 2, 3 … ja kaikki desimaaliluvut).
# Muuttujia ei voi taivuttaa, joten lauseet on muotoiltu niin, että muuttujat ovat perusmuodossa.

## Sivun runko (base.html)

# Ohituslinkki, jokaisen sivun ensimmäinen kohdistettava elementti.
skip-to-content = Siirry sisältöön
# Päänavigaation aria-label.
nav-main = Päävalikko
nav-home = Etusivu
# Navigaation nimi, avainsanahakemiston otsikko ja avainsanaluetteloiden nimi.
tags = Avainsanat
# Kielivalitsimen aria-label.
language-switcher = Kieli
# Alatunnisteen linkki nykyisen kielen Atom-syötteeseen.
feed-subscribe = Tilaa Atom-syöte
# Syötteeseen viittaavan <link rel="alternate"> -elementin title.
# $site: sivuston nimi, $language: syötteen kielen nimi kyseisellä kielellä.
feed-title = { $site } – Atom-syöte ({ $language })
json-feed-title = { $site } – JSON-syöte ({ $language })

## Asiakirjojen otsikot

# $title: sivun oma otsikko, $site: sivuston nimi.
document-title = { $title } – { $site }
# Luettelon toisen ja sitä seuraavien sivujen otsikko.
paged-title = { $title }, sivu { $number }/{ $total }

## Luettelot (index.html, section.html, tag.html, tags.html)

latest-articles = Uusimmat artikkelit
sections-heading = Osiot
article-count =
    { $count ->
        [one] { $count } artikkeli
       *[other] { $count } artikkelia
    }
no-articles = Täällä ei ole vielä julkaistu artikkeleita.
read-more = Lue lisää
# ”Lue lisää” -linkin teksti ruudunlukijalle; alun on oltava sama kuin read-more.
read-more-about = Lue lisää: { $title }
reading-time =
    { $count ->
        [one] { $count } minuutin lukuaika
       *[other] { $count } minuutin lukuaika
    }

## Sivutus

pagination = Sivutus
pagination-previous = Edellinen sivu
pagination-next = Seuraava sivu
pagination-status = Sivu { $number }/{ $total }

## Avainsanat

tag-heading = Artikkelit avainsanalla ”{ $name }”
tag-description =
    { $count ->
        [one] Yksi artikkeli on merkitty avainsanalla ”{ $name }”.
       *[other] { $count } artikkelia on merkitty avainsanalla ”{ $name }”.
    }
all-tags = Kaikki avainsanat
no-tags = Avainsanoja ei ole vielä.

## Artikkelit (page.html)

published = Julkaistu
updated = Päivitetty
event-heading = Tapahtuma
event-date = Päivämäärä
event-time = Kellonaika
# $start, $end: kellonajat valmiiksi muotoiltuina.
time-range = klo { $start }–{ $end }
event-timezone = Aikavyöhyke
event-location = Paikka
event-online = Verkossa
event-link = Tapahtuman verkkosivut
toc-heading = Sisällys
translations-heading = Tämä artikkeli muilla kielillä
article-nav = Lisää artikkeleita
earlier-article = Vanhempi artikkeli
later-article = Uudempi artikkeli

## Kielen valinta (root.html)

choose-language = Valitse kieli

## Sivua ei löydy (404.html)

not-found-heading = Sivua ei löytynyt
not-found-text = Valitettavasti tästä osoitteesta ei löydy mitään. Sivu on ehkä siirretty tai linkissä voi olla kirjoitusvirhe.
not-found-homes = Jatka etusivulle

## Siirretyt sivut (redirect.html)

redirect-heading = Sivu on siirretty
redirect-text = Sinut ohjataan uuteen osoitteeseen.
redirect-link = Siirry uuteen osoitteeseen

## Navigaatio ja alatunniste (base.html)

nav-events = Tapahtumat
nav-archive = Arkisto
# Perässä sivuston kielet omilla nimillään luettelona: ”Julkaistaan kielillä: Deutsch, Català ja English”.
footer-languages = Julkaistaan kielillä:
# Linkki osoitteeseen /<lang>/events.ics, kaikkien tapahtumien iCalendar-syötteeseen.
events-subscribe = Tilaa tapahtumakalenteri

## Tapahtumat (index.html, events.html)

upcoming-events = Tulevat tapahtumat
all-events = Kaikki tapahtumat
past-events = Menneet tapahtumat
no-upcoming-events = Tällä hetkellä tapahtumia ei ole suunnitteilla. Tilaa kalenteri, niin kuulet uusista tapahtumista.
events-heading = Tapahtumat
events-description = Hankkeidemme tapaamiset, työpajat ja webinaarit: mitä on tulossa ja mitä on jo järjestetty.
# Alkamisaika ilman päättymisaikaa; $time on valmiiksi muotoiltu.
time-single = klo { $time }
event-location-unknown = Ilmoitetaan myöhemmin
event-add-to-calendar = Lisää kalenteriin
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Lisää kalenteriin: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Tapahtuma on päättynyt.

## Arkisto (archive.html)

archive-heading = Arkisto
archive-description =
    { $count ->
        [0] Mitään ei ole vielä julkaistu.
        [one] Yksi artikkeli vuoden ja kuukauden mukaan järjestettynä.
       *[other] Kaikki { $count } artikkelia vuoden ja kuukauden mukaan järjestettynä.
    }
# Arkiston yläreunassa olevan vuosiluettelon aria-label.
archive-years = Vuodet

## Artikkelit, joita ei ole käännetty sivun kielelle
# $code: kieli, jolla artikkeli on olemassa.

only-in-language =
    { $code ->
        [bg] Vain bulgariaksi
        [cs] Vain tšekiksi
        [da] Vain tanskaksi
        [de] Vain saksaksi
        [el] Vain kreikaksi
        [en] Vain englanniksi
        [es] Vain espanjaksi
        [et] Vain viroksi
        [fi] Vain suomeksi
        [fr] Vain ranskaksi
        [ga] Vain iiriksi
        [hr] Vain kroatiaksi
        [hu] Vain unkariksi
        [it] Vain italiaksi
        [lt] Vain liettuaksi
        [lv] Vain latviaksi
        [mt] Vain maltaksi
        [nl] Vain hollanniksi
        [pl] Vain puolaksi
        [pt] Vain portugaliksi
        [ro] Vain romaniaksi
        [sk] Vain slovakiksi
        [sl] Vain sloveeniksi
        [sv] Vain ruotsiksi
        [ca] Vain katalaaniksi
        [eu] Vain baskiksi
        [gl] Vain galiciaksi
       *[other] Vain muulla kielellä
    }

## Kalenteritiedostot (.ics), jotka src/output/calendar.rs tuottaa

# Kielen tapahtumakalenterin nimi; $site: sivuston nimi.
calendar-name = { $site }: tapahtumat
# Tapahtuman kuvauksen viimeiset rivit kalenterissa.
calendar-article = Lue lisää: { $url }
calendar-event-website = Tapahtuman verkkosivut: { $url }
# Haun määräajan otsikko kalenterissa; $title: haun otsikko.
calendar-deadline = Määräaika: { $title }
# Määräajan kuvauksen viimeinen rivi kalenterissa: osoite, jossa hakemus jätetään.
calendar-call-apply = Hae tästä: { $url }

## Avoimet haut (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Avoin haku
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Määräaika
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Haku päättyy { $days } päivän kuluttua
       *[other] Haku päättyy { $days } päivän kuluttua
    }
call-closes-today = Haku päättyy tänään
call-closed = Haku on päättynyt.
# Link to the form or page where one applies.
call-apply = Näin haet
# Linkki haun kalenteritiedostoon, jossa on haun määräaika.
call-add-to-calendar = Lisää määräaika kalenteriin
# Title of the list of a language's calls, and its menu entry.
calls-title = Avoimet haut
calls-none = Avoimia hakuja ei ole tällä hetkellä.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Päättyneet haut

## Sivuston haku ([search] enabled = true): sivu /<lang>/search/ ja sen kohta valikossa.

# Hakusivun ja sen valikkokohdan otsikko.
search-title = Haku
# Sen kentän nimi, johon lukija kirjoittaa hakusanat.
search-label = Hakusanat
# Painike, joka käynnistää haun.
search-button = Hae
# Näytetään tulosten sijaan, kun selain ei suorita JavaScriptiä (haku tehdään selaimessa).
search-needs-script = Haku toimii selaimessasi ja tarvitsee JavaScriptin. Ilman sitä löydät kaikki artikkelit kuukausittain arkistosta.
# Näytetään, kun hakemistoa ladataan ja haku on käynnissä.
search-searching = Haetaan…
# Tulosten yläpuolella. $count on vähintään 1; $query on lukijan kirjoittama teksti.
search-results =
    { $count ->
        [one] Haulla ”{ $query }” löytyi yksi sivu.
       *[other] Haulla ”{ $query }” löytyi { $count } sivua.
    }
# Kun mitään ei löydy.
search-none = Haulla ”{ $query }” ei löytynyt yhtään sivua. Kokeile vähemmillä tai eri sanoilla.
# Tulosten alla oleva painike, joka näyttää seuraavat.
search-more = Näytä lisää tuloksia
