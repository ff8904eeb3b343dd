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

## Títols del document

document-title = { $title } – { $site }
paged-title = { $title }, pàgina { $number } de { $total }

## Llistes (index.html, section.html, tag.html, tags.html)

latest-articles = Articles recents
sections-heading = Seccions
article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
no-articles = Encara no s’hi ha publicat cap article.
read-more = Llegiu-ne més
read-more-about = Llegiu-ne més: { $title }
reading-time =
    { $count ->
        [one] { $count } minut de lectura
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
       *[other] Hi ha { $count } articles amb l’etiqueta «{ $name }».
    }
all-tags = Totes les etiquetes
no-tags = Encara no hi ha cap etiqueta.

## Articles (page.html)

published = Publicat
updated = Actualitzat
event-heading = Esdeveniment
event-date = Data
event-time = Hora
time-range = { $start }–{ $end } h
event-timezone = Zona horària
event-location = Lloc
event-online = En línia
event-link = Web de l’esdeveniment
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
