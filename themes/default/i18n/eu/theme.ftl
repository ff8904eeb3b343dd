# bulletin tresnaren gai lehenetsiko interfazearen testuak: euskara.
# Webgune batek edozein mezu ordez dezake, identifikatzaile bera duen mezu bat bere i18n/eu/*.ftl fitxategietan idatzita.
# Euskararen plural-kategoriak (CLDR): one (1), other (0, 2, 5, 21, 101 …).
# Aldagaiak ez dira deklinatzen: kasu-markak ondoko izenak hartzen ditu («{ $name } etiketa», «{ $site } webgunean»).

## Orriaren egitura (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Joan edukira
# aria-label of the main navigation.
nav-main = Menu nagusia
nav-home = Hasiera
# Navigation label, heading of the tag index, label of tag lists.
tags = Etiketak
# aria-label of the language switcher.
language-switcher = Hizkuntza
# Footer link to the Atom feed of the current language.
feed-subscribe = Harpidetu Atom jariora
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – Atom jarioa ({ $language })
json-feed-title = { $site } – JSON jarioa ({ $language })

## Dokumentuen izenburuak

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, { $number }. orria (guztira { $total })

## Zerrendak (index.html, section.html, tag.html, tags.html)

latest-articles = Azken artikuluak
sections-heading = Atalak
article-count =
    { $count ->
        [one] artikulu { $count }
       *[other] { $count } artikulu
    }
no-articles = Oraindik ez da artikulurik argitaratu hemen.
read-more = Irakurri gehiago
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Irakurri gehiago: { $title }
reading-time =
    { $count ->
        [one] Minutu bateko irakurketa
       *[other] { $count } minutuko irakurketa
    }

## Orrikatzea

pagination = Orrikatzea
pagination-previous = Aurreko orria
pagination-next = Hurrengo orria
pagination-status = { $number }. orria (guztira { $total })

## Etiketak

tag-heading = «{ $name }» etiketa duten artikuluak
tag-description =
    { $count ->
        [one] Artikulu batek du «{ $name }» etiketa.
       *[other] { $count } artikuluk dute «{ $name }» etiketa.
    }
all-tags = Etiketa guztiak
no-tags = Oraindik ez dago etiketarik.

## Artikuluak (page.html)

published = Argitaratua
updated = Eguneratua
event-heading = Ekitaldia
event-date = Data
event-time = Ordua
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Ordu-eremua
event-location = Lekua
event-online = Sarean
event-link = Ekitaldiaren webgunea
toc-heading = Aurkibidea
translations-heading = Artikulu hau beste hizkuntza batzuetan
article-nav = Artikulu gehiago
earlier-article = Aurreko artikulua
later-article = Hurrengo artikulua

## Hizkuntza aukeratzea (root.html)

choose-language = Aukeratu hizkuntza

## Ez da aurkitu (404.html)

not-found-heading = Ez da orria aurkitu
not-found-text = Barkatu, helbide honetan ez dago ezer. Baliteke orria lekuz aldatu izana edo estekak idazketa-akatsen bat izatea.
not-found-homes = Joan hasierako orrira

## Lekuz aldatutako orriak (redirect.html)

redirect-heading = Orri hau lekuz aldatu da
redirect-text = Helbide berrira zaramatzagu.
redirect-link = Joan helbide berrira

## Nabigazioa eta orri-oina (base.html)

nav-events = Ekitaldiak
nav-archive = Artxiboa
# Followed by the site's languages, each by its own name, joined as a list: “Argitalpen-hizkuntzak: Deutsch, Català eta English”.
footer-languages = Argitalpen-hizkuntzak:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Harpidetu ekitaldien egutegira

## Ekitaldiak (index.html, events.html)

upcoming-events = Hurrengo ekitaldiak
all-events = Ekitaldi guztiak
past-events = Iraganeko ekitaldiak
no-upcoming-events = Oraingoz ez dago ekitaldirik aurreikusita. Harpidetu egutegira, ekitaldi berrien berri izateko.
events-heading = Ekitaldiak
events-description = Gure proiektuen topaketak, tailerrak eta web-mintegiak: datozenak eta dagoeneko egin direnak.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Zehazteke
event-add-to-calendar = Gehitu egutegira
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Gehitu egutegira: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Ekitaldi hau amaitu da.

## Artxiboa (archive.html)

archive-heading = Artxiboa
archive-description =
    { $count ->
        [0] Oraindik ez da ezer argitaratu.
        [one] Artikulu bat, urteka eta hilabeteka.
       *[other] Argitaratutako { $count } artikuluak, urteka eta hilabeteka.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Urteak

## Orriaren hizkuntzara itzuli gabeko artikuluak
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Bulgarieraz soilik
        [cs] Txekieraz soilik
        [da] Danieraz soilik
        [de] Alemanez soilik
        [el] Grezieraz soilik
        [en] Ingelesez soilik
        [es] Gaztelaniaz soilik
        [et] Estonieraz soilik
        [fi] Finlandieraz soilik
        [fr] Frantsesez soilik
        [ga] Irlanderaz soilik
        [hr] Kroazieraz soilik
        [hu] Hungarieraz soilik
        [it] Italieraz soilik
        [lt] Lituanieraz soilik
        [lv] Letonieraz soilik
        [mt] Malteraz soilik
        [nl] Nederlanderaz soilik
        [pl] Polonieraz soilik
        [pt] Portugesez soilik
        [ro] Errumanieraz soilik
        [sk] Eslovakieraz soilik
        [sl] Eslovenieraz soilik
        [sv] Suedieraz soilik
        [ca] Katalanez soilik
        [eu] Euskaraz soilik
        [gl] Galizieraz soilik
       *[other] Beste hizkuntza batean soilik
    }

## Egutegi-fitxategiak (.ics; src/output/calendar.rs)

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: ekitaldiak
# Last lines of an event's description in a calendar.
calendar-article = Informazio gehiago: { $url }
calendar-event-website = Ekitaldiaren webgunea: { $url }
# Deialdi baten epemugaren izenburua egutegian; $title: deialdiaren izenburua.
calendar-deadline = Epemuga: { $title }
# Epemuga baten deskribapenaren azken lerroa egutegian: non parte hartu.
calendar-call-apply = Parte hartzeko: { $url }

## Deialdi irekiak (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Deialdi irekia
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Epemuga
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Egun { $days } barru itxiko da
       *[other] { $days } egun barru itxiko da
    }
call-closes-today = Gaur itxiko da
call-closed = Deialdi hau itxita dago.
# Link to the form or page where one applies.
call-apply = Nola parte hartu
# Deialdiaren egutegi-fitxategirako esteka, epemuga duena.
call-add-to-calendar = Gehitu epemuga egutegira
# Title of the list of a language's calls, and its menu entry.
calls-title = Deialdi irekiak
calls-none = Oraingoz ez dago deialdi irekirik.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Itxitako deialdiak

## Webguneko bilaketa ([search] enabled = true): /<lang>/search/ orria eta menuko haren sarrera.

# Bilaketa-orriaren izenburua, baita menuko sarrerarena ere.
search-title = Bilaketa
# Irakurleak bilatu nahi duena idazten duen eremuaren etiketa.
search-label = Bilatzeko hitzak
# Bilaketa abiarazten duen botoia.
search-button = Bilatu
# Emaitzen ordez agertzen da, nabigatzaileak JavaScript exekutatzen ez duenean (bilaketa nabigatzailean egiten da).
search-needs-script = Bilaketa zure nabigatzailean egiten da, eta JavaScript behar du. JavaScript gabe, artxiboak artikulu guztiak zerrendatzen ditu, hilabeteka.
# Aurkibidea kargatzen eta bilaketa egiten ari den bitartean agertzen da.
search-searching = Bilatzen…
# Emaitzen gainean. $count gutxienez 1 da; $query irakurleak idatzitakoa da.
search-results =
    { $count ->
        [one] Orri bat aurkitu da «{ $query }» bilaketarako.
       *[other] { $count } orri aurkitu dira «{ $query }» bilaketarako.
    }
# Ezer aurkitzen ez denean.
search-none = Ez da orririk aurkitu «{ $query }» bilaketarako. Saiatu hitz gutxiagorekin edo beste hitz batzuekin.
# Emaitzen azpiko botoia, hurrengoak erakusten dituena.
search-more = Erakutsi emaitza gehiago
