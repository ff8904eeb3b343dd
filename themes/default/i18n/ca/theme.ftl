# Textos de la interfície del tema per defecte de bulletin: català.
# Un lloc web pot substituir qualsevol missatge amb el mateix identificador al seu i18n/ca/*.ftl.

## Estructura de la pàgina (base.html)

skip-to-content = Anar al contingut
nav-main = Menú principal
nav-home = Inici
tags = Etiquetes
language-switcher = Llengua
feed-subscribe = Subscriviu-vos al canal Atom
feed-title = { $site } – canal Atom ({ $language })
json-feed-title = { $site } – canal JSON Feed ({ $language })

## Títols del document

document-title = { $title } – { $site }
paged-title = { $title }, pàgina { $number } de { $total }

## Llistes (index.html, section.html, tag.html, tags.html)

latest-articles = Articles recents
sections-heading = Seccions
article-count =
    { $count ->
        [one] { $count } article
        [many] { $count } d’articles
       *[other] { $count } articles
    }
no-articles = Encara no s’hi ha publicat cap article.
read-more = Llegiu-ne més
read-more-about = Llegiu-ne més: { $title }
reading-time =
    { $count ->
        [one] { $count } minut de lectura
        [many] { $count } de minuts de lectura
       *[other] { $count } minuts de lectura
    }

## Paginació

pagination = Paginació
pagination-previous = Pàgina anterior
pagination-next = Pàgina següent
pagination-status = Pàgina { $number } de { $total }

## Etiquetes

tag-heading = Articles amb l’etiqueta «{ $name }»
tag-description =
    { $count ->
        [one] Hi ha un article amb l’etiqueta «{ $name }».
        [many] Hi ha { $count } d’articles amb l’etiqueta «{ $name }».
       *[other] Hi ha { $count } articles amb l’etiqueta «{ $name }».
    }
all-tags = Totes les etiquetes
no-tags = Encara no hi ha cap etiqueta.

## Articles (page.html)

published = Publicat
updated = Actualitzat
event-heading = Activitat
event-date = Data
event-time = Hora
time-range = { $start }–{ $end } h
event-timezone = Zona horària
event-location = Lloc
event-online = En línia
event-link = Web de l’activitat
toc-heading = Sumari
translations-heading = Aquest article en altres llengües
article-nav = Més articles
earlier-article = Article anterior
later-article = Article posterior

## Tria de llengua (root.html)

choose-language = Trieu la vostra llengua

## No trobada (404.html)

not-found-heading = No s’ha trobat la pàgina
not-found-text = Ho sentim, en aquesta adreça no hi ha res. Potser la pàgina s’ha traslladat o l’enllaç conté un error tipogràfic.
not-found-homes = Continueu a la pàgina d’inici

## Pàgines traslladades (redirect.html)

redirect-heading = Aquesta pàgina s’ha traslladat
redirect-text = Us portem a la nova adreça.
redirect-link = Aneu a la nova adreça

## Navegació i peu de pàgina (base.html)

nav-events = Activitats
nav-archive = Arxiu
footer-languages = Es publica en
events-subscribe = Subscriviu-vos al calendari d’activitats

## Activitats (index.html, events.html)

upcoming-events = Properes activitats
all-events = Totes les activitats
past-events = Activitats passades
no-upcoming-events = Ara mateix no hi ha cap activitat prevista. Subscriviu-vos al calendari per saber quan n’hi hagi de noves.
events-heading = Activitats
events-description = Trobades, tallers i seminaris web dels nostres projectes: què està per venir i què ja s’ha fet.
time-single = { $time } h
event-location-unknown = Per confirmar
event-add-to-calendar = Afegiu-ho al calendari
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Afegiu-ho a { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Aquesta activitat ja s’ha acabat.

## Arxiu (archive.html)

archive-heading = Arxiu
archive-description =
    { $count ->
        [0] Encara no s’ha publicat res.
        [one] Un article, per any i mes.
        [many] Tots els { $count } d’articles, per any i mes.
       *[other] Tots els { $count } articles, per any i mes.
    }
archive-years = Anys

## Articles no traduïts a la llengua de la pàgina

only-in-language =
    { $code ->
        [bg] Només disponible en búlgar
        [cs] Només disponible en txec
        [da] Només disponible en danès
        [de] Només disponible en alemany
        [el] Només disponible en grec
        [en] Només disponible en anglès
        [es] Només disponible en castellà
        [et] Només disponible en estonià
        [fi] Només disponible en finès
        [fr] Només disponible en francès
        [ga] Només disponible en irlandès
        [hr] Només disponible en croat
        [hu] Només disponible en hongarès
        [it] Només disponible en italià
        [lt] Només disponible en lituà
        [lv] Només disponible en letó
        [mt] Només disponible en maltès
        [nl] Només disponible en neerlandès
        [pl] Només disponible en polonès
        [pt] Només disponible en portuguès
        [ro] Només disponible en romanès
        [sk] Només disponible en eslovac
        [sl] Només disponible en eslovè
        [sv] Només disponible en suec
        [ca] Només disponible en català
        [eu] Només disponible en basc
        [gl] Només disponible en gallec
       *[other] Només disponible en una altra llengua
    }

## Fitxers de calendari (.ics)

calendar-name = { $site }: activitats
calendar-article = Llegiu-ne més: { $url }
calendar-event-website = Web de l’activitat: { $url }
# Títol de la data límit d’una convocatòria en un calendari; $title: el títol de la convocatòria.
calendar-deadline = Data límit: { $title }
# Última línia de la descripció d’una data límit en un calendari: on es pot participar.
calendar-call-apply = Participeu-hi: { $url }

## Convocatòries obertes (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Convocatòria oberta
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Data límit
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Tanca d’aquí a { $days } dia
        [many] Tanca d’aquí a { $days } de dies
       *[other] Tanca d’aquí a { $days } dies
    }
call-closes-today = Tanca avui
call-closed = Aquesta convocatòria ja s’ha tancat.
# Link to the form or page where one applies.
call-apply = Com participar-hi
# Enllaç al fitxer de calendari de la convocatòria, amb la data límit.
call-add-to-calendar = Afegiu la data límit al calendari
# Title of the list of a language's calls, and its menu entry.
calls-title = Convocatòries obertes
calls-none = Ara mateix no hi ha cap convocatòria oberta.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Convocatòries tancades

## Cerca al lloc web ([search] enabled = true): la pàgina /<lang>/search/ i la seva entrada del menú.

# Títol de la pàgina de cerca i de la seva entrada del menú.
search-title = Cerca
# Etiqueta del camp on el lector escriu el que vol cercar.
search-label = Paraules que voleu cercar
# Botó que inicia la cerca.
search-button = Cerca
# Es mostra en lloc dels resultats quan el navegador no executa JavaScript (la cerca es fa al navegador).
search-needs-script = La cerca es fa al vostre navegador i necessita JavaScript. Sense JavaScript, l’arxiu recull tots els articles per mesos.
# Es mostra mentre es carrega l’índex i es fa la cerca.
search-searching = S’està cercant…
# A sobre dels resultats. $count és com a mínim 1; $query és el que ha escrit el lector.
search-results =
    { $count ->
        [one] Una pàgina coincideix amb «{ $query }».
        [many] { $count } de pàgines coincideixen amb «{ $query }».
       *[other] { $count } pàgines coincideixen amb «{ $query }».
    }
# Quan no hi ha cap coincidència.
search-none = Cap pàgina no coincideix amb «{ $query }». Proveu-ho amb menys paraules o amb unes altres.
# Botó a sota dels resultats que mostra els següents.
search-more = Vegeu més resultats
