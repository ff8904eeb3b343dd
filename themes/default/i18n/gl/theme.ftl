# Textos da interface do tema predeterminado de bulletin: galego.
# Un sitio web pode substituír calquera mensaxe co mesmo identificador no seu propio i18n/gl/*.ftl.
# Categorías de plural do galego (CLDR): one (1), many (1 000 000 …: «de»), other (0, 2, 5, 21, 101 …).

## Estrutura da páxina (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Ir ao contido
# aria-label of the main navigation.
nav-main = Menú principal
nav-home = Inicio
# Navigation label, heading of the tag index, label of tag lists.
tags = Etiquetas
# aria-label of the language switcher.
language-switcher = Lingua
# Footer link to the Atom feed of the current language.
feed-subscribe = Subscribirse á canle Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – canle Atom ({ $language })
json-feed-title = { $site } – canle JSON Feed ({ $language })

## Títulos do documento

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, páxina { $number } de { $total }

## Listas (index.html, section.html, tag.html, tags.html)

latest-articles = Últimos artigos
sections-heading = Seccións
article-count =
    { $count ->
        [one] { $count } artigo
        [many] { $count } de artigos
       *[other] { $count } artigos
    }
no-articles = Aínda non se publicou ningún artigo.
read-more = Ler máis
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Ler máis: { $title }
reading-time =
    { $count ->
        [one] { $count } minuto de lectura
        [many] { $count } de minutos de lectura
       *[other] { $count } minutos de lectura
    }

## Paxinación

pagination = Paxinación
pagination-previous = Páxina anterior
pagination-next = Páxina seguinte
pagination-status = Páxina { $number } de { $total }

## Etiquetas

tag-heading = Artigos coa etiqueta «{ $name }»
tag-description =
    { $count ->
        [one] Hai un artigo coa etiqueta «{ $name }».
        [many] Hai { $count } de artigos coa etiqueta «{ $name }».
       *[other] Hai { $count } artigos coa etiqueta «{ $name }».
    }
all-tags = Todas as etiquetas
no-tags = Aínda non hai etiquetas.

## Artigos (page.html)

published = Publicado
updated = Actualizado
event-heading = Evento
event-date = Data
event-time = Hora
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end } h
event-timezone = Fuso horario
event-location = Lugar
event-online = En liña
event-link = Web do evento
toc-heading = Índice
translations-heading = Este artigo noutras linguas
article-nav = Máis artigos
earlier-article = Artigo anterior
later-article = Artigo seguinte

## Elección de lingua (root.html)

choose-language = Escolla a súa lingua

## Páxina non atopada (404.html)

not-found-heading = Páxina non atopada
not-found-text = Sentímolo, neste enderezo non hai nada. Pode que a páxina se trasladase ou que a ligazón teña un erro tipográfico.
not-found-homes = Ir á páxina de inicio

## Páxinas trasladadas (redirect.html)

redirect-heading = Esta páxina trasladouse
redirect-text = Estamos a abrir o seu novo enderezo.
redirect-link = Ir ao novo enderezo

## Navegación e pé de páxina (base.html)

nav-events = Eventos
nav-archive = Arquivo
# Followed by the site's languages, each by its own name, joined as a list: “Publicado en Deutsch, Català e English”.
footer-languages = Publicado en
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Subscribirse ao calendario de eventos

## Eventos (index.html, events.html)

upcoming-events = Próximos eventos
all-events = Todos os eventos
past-events = Eventos pasados
no-upcoming-events = Polo momento non hai eventos previstos. Subscríbase ao calendario para estar ao tanto dos novos.
events-heading = Eventos
events-description = Encontros, obradoiros e seminarios web dos nosos proxectos: o que está por vir e o que xa se celebrou.
# A start time without an end time; $time is already formatted.
time-single = { $time } h
event-location-unknown = Por confirmar
event-add-to-calendar = Engadir ao calendario
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Engadir a { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Este evento xa rematou.

## Arquivo (archive.html)

archive-heading = Arquivo
archive-description =
    { $count ->
        [0] Aínda non se publicou nada.
        [one] Un artigo, por ano e mes.
        [many] Os { $count } de artigos, por ano e mes.
       *[other] Os { $count } artigos, por ano e mes.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Anos

## Artigos non traducidos á lingua da páxina
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Dispoñible só en búlgaro
        [cs] Dispoñible só en checo
        [da] Dispoñible só en dinamarqués
        [de] Dispoñible só en alemán
        [el] Dispoñible só en grego
        [en] Dispoñible só en inglés
        [es] Dispoñible só en castelán
        [et] Dispoñible só en estoniano
        [fi] Dispoñible só en finés
        [fr] Dispoñible só en francés
        [ga] Dispoñible só en irlandés
        [hr] Dispoñible só en croata
        [hu] Dispoñible só en húngaro
        [it] Dispoñible só en italiano
        [lt] Dispoñible só en lituano
        [lv] Dispoñible só en letón
        [mt] Dispoñible só en maltés
        [nl] Dispoñible só en neerlandés
        [pl] Dispoñible só en polaco
        [pt] Dispoñible só en portugués
        [ro] Dispoñible só en romanés
        [sk] Dispoñible só en eslovaco
        [sl] Dispoñible só en esloveno
        [sv] Dispoñible só en sueco
        [ca] Dispoñible só en catalán
        [eu] Dispoñible só en éuscaro
        [gl] Dispoñible só en galego
       *[other] Dispoñible só noutra lingua
    }

## Ficheiros de calendario (.ics), xerados en src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: eventos
# Last lines of an event's description in a calendar.
calendar-article = Máis información: { $url }
calendar-event-website = Web do evento: { $url }
# Título da data límite dunha convocatoria nun calendario; $title: o título da convocatoria.
calendar-deadline = Data límite: { $title }
# Última liña da descrición dunha data límite nun calendario: onde participar.
calendar-call-apply = Como participar: { $url }

## Convocatorias abertas (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Convocatoria aberta
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Data límite
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Pecha dentro de { $days } día
        [many] Pecha dentro de { $days } de días
       *[other] Pecha dentro de { $days } días
    }
call-closes-today = Pecha hoxe
call-closed = Esta convocatoria xa está pechada.
# Link to the form or page where one applies.
call-apply = Como participar
# Ligazón ao ficheiro de calendario da convocatoria, coa súa data límite.
call-add-to-calendar = Engadir a data límite ao calendario
# Title of the list of a language's calls, and its menu entry.
calls-title = Convocatorias abertas
calls-none = Polo momento non hai convocatorias abertas.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Convocatorias pechadas

## Busca no sitio web ([search] enabled = true): a páxina /<lang>/search/ e a súa entrada do menú.

# Título da páxina de busca e da súa entrada do menú.
search-title = Busca
# Etiqueta do campo onde o lector escribe o que busca.
search-label = Palabras que buscar
# Botón que inicia a busca.
search-button = Buscar
# Móstrase en lugar dos resultados cando o navegador non executa JavaScript (a busca faise no navegador).
search-needs-script = A busca faise no seu navegador e precisa JavaScript. Sen JavaScript, o arquivo recolle todos os artigos por meses.
# Móstrase mentres se carga o índice e se fai a busca.
search-searching = Buscando…
# Enriba dos resultados. $count é polo menos 1; $query é o que escribiu o lector.
search-results =
    { $count ->
        [one] Unha páxina coincide con «{ $query }».
        [many] { $count } de páxinas coinciden con «{ $query }».
       *[other] { $count } páxinas coinciden con «{ $query }».
    }
# Cando non coincide nada.
search-none = Ningunha páxina coincide con «{ $query }». Probe con menos palabras ou con outras distintas.
# Botón baixo os resultados que mostra os seguintes.
search-more = Amosar máis resultados
