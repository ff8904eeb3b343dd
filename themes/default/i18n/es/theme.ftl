# Textos de la interfaz del tema por defecto de bulletin: español.
# Un sitio puede sustituir cualquier mensaje con el mismo identificador en su propio i18n/es/*.ftl.

## Estructura de la página (base.html)

skip-to-content = Saltar al contenido
nav-main = Menú principal
nav-home = Inicio
tags = Etiquetas
language-switcher = Idioma
feed-subscribe = Suscribirse al canal Atom
feed-title = { $site } – canal Atom ({ $language })
json-feed-title = { $site } – canal JSON Feed ({ $language })

## Títulos del documento

document-title = { $title } – { $site }
paged-title = { $title }, página { $number } de { $total }

## Listas (index.html, section.html, tag.html, tags.html)

latest-articles = Últimos artículos
sections-heading = Secciones
article-count =
    { $count ->
        [one] { $count } artículo
        [many] { $count } de artículos
       *[other] { $count } artículos
    }
no-articles = Todavía no se ha publicado ningún artículo.
read-more = Seguir leyendo
read-more-about = Seguir leyendo: { $title }
reading-time =
    { $count ->
        [one] { $count } minuto de lectura
        [many] { $count } de minutos de lectura
       *[other] { $count } minutos de lectura
    }

## Paginación

pagination = Paginación
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-status = Página { $number } de { $total }

## Etiquetas

tag-heading = Artículos con la etiqueta «{ $name }»
tag-description =
    { $count ->
        [one] Hay un artículo con la etiqueta «{ $name }».
        [many] Hay { $count } de artículos con la etiqueta «{ $name }».
       *[other] Hay { $count } artículos con la etiqueta «{ $name }».
    }
all-tags = Todas las etiquetas
no-tags = Todavía no hay etiquetas.

## Artículos (page.html)

published = Publicado
updated = Actualizado
event-heading = Evento
event-date = Fecha
event-time = Hora
time-range = { $start }–{ $end } h
event-timezone = Zona horaria
event-location = Lugar
event-online = En línea
event-link = Web del evento
toc-heading = Índice
translations-heading = Este artículo en otros idiomas
article-nav = Más artículos
earlier-article = Artículo anterior
later-article = Artículo siguiente

## Elección de idioma (root.html)

choose-language = Elija su idioma

## No encontrada (404.html)

not-found-heading = Página no encontrada
not-found-text = Lo sentimos, en esta dirección no hay nada. Puede que la página se haya trasladado o que el enlace tenga una errata.
not-found-homes = Ir a la página de inicio

## Páginas trasladadas (redirect.html)

redirect-heading = Esta página se ha trasladado
redirect-text = Le llevamos a su nueva dirección.
redirect-link = Ir a la nueva dirección

## Navegación y pie de página (base.html)

nav-events = Eventos
nav-archive = Archivo
footer-languages = Se publica en
events-subscribe = Suscribirse al calendario de eventos

## Eventos (index.html, events.html)

upcoming-events = Próximos eventos
all-events = Todos los eventos
past-events = Eventos pasados
no-upcoming-events = Por ahora no hay eventos previstos. Suscríbase al calendario para enterarse de los nuevos.
events-heading = Eventos
events-description = Encuentros, talleres y seminarios web de nuestros proyectos: lo que está por venir y lo que ya se ha celebrado.
time-single = { $time } h
event-location-unknown = Por confirmar
event-add-to-calendar = Añadir al calendario
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Añadir a { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Este evento ya ha terminado.

## Archivo (archive.html)

archive-heading = Archivo
archive-description =
    { $count ->
        [0] Todavía no se ha publicado nada.
        [one] Un artículo, por año y mes.
        [many] Los { $count } de artículos, por año y mes.
       *[other] Los { $count } artículos, por año y mes.
    }
archive-years = Años

## Artículos no traducidos al idioma de la página

only-in-language =
    { $code ->
        [bg] Solo disponible en búlgaro
        [cs] Solo disponible en checo
        [da] Solo disponible en danés
        [de] Solo disponible en alemán
        [el] Solo disponible en griego
        [en] Solo disponible en inglés
        [es] Solo disponible en español
        [et] Solo disponible en estonio
        [fi] Solo disponible en finés
        [fr] Solo disponible en francés
        [ga] Solo disponible en irlandés
        [hr] Solo disponible en croata
        [hu] Solo disponible en húngaro
        [it] Solo disponible en italiano
        [lt] Solo disponible en lituano
        [lv] Solo disponible en letón
        [mt] Solo disponible en maltés
        [nl] Solo disponible en neerlandés
        [pl] Solo disponible en polaco
        [pt] Solo disponible en portugués
        [ro] Solo disponible en rumano
        [sk] Solo disponible en eslovaco
        [sl] Solo disponible en esloveno
        [sv] Solo disponible en sueco
        [ca] Solo disponible en catalán
        [eu] Solo disponible en euskera
        [gl] Solo disponible en gallego
       *[other] Solo disponible en otro idioma
    }

## Archivos de calendario (.ics)

calendar-name = { $site }: eventos
calendar-article = Más información: { $url }
calendar-event-website = Web del evento: { $url }
# Título de la fecha límite de una convocatoria en un calendario; $title: el título de la convocatoria.
calendar-deadline = Fecha límite: { $title }
# Última línea de la descripción de una fecha límite en un calendario: dónde participar.
calendar-call-apply = Cómo participar: { $url }

## Convocatorias abiertas (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Convocatoria abierta
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Fecha límite
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Cierra en { $days } día
        [many] Cierra en { $days } de días
       *[other] Cierra en { $days } días
    }
call-closes-today = Cierra hoy
call-closed = Esta convocatoria ya está cerrada.
# Link to the form or page where one applies.
call-apply = Cómo participar
# Enlace al archivo de calendario de la convocatoria, con su fecha límite.
call-add-to-calendar = Añadir la fecha límite al calendario
# Title of the list of a language's calls, and its menu entry.
calls-title = Convocatorias abiertas
calls-none = Por ahora no hay convocatorias abiertas.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Convocatorias cerradas

## Búsqueda en el sitio ([search] enabled = true): la página /<lang>/search/ y su entrada del menú.

# Título de la página de búsqueda y de su entrada del menú.
search-title = Buscar
# Etiqueta del campo en el que el lector escribe lo que busca.
search-label = Términos de búsqueda
# Botón que inicia la búsqueda.
search-button = Buscar
# Se muestra en lugar de los resultados cuando el navegador no ejecuta JavaScript (la búsqueda se hace en el navegador).
search-needs-script = La búsqueda se realiza en su navegador y necesita JavaScript. Sin JavaScript, el archivo recoge todos los artículos por meses.
# Se muestra mientras se carga el índice y se hace la búsqueda.
search-searching = Buscando…
# Encima de los resultados. $count es como mínimo 1; $query es lo que ha escrito el lector.
search-results =
    { $count ->
        [one] Una página coincide con «{ $query }».
        [many] { $count } de páginas coinciden con «{ $query }».
       *[other] { $count } páginas coinciden con «{ $query }».
    }
# Cuando no hay coincidencias.
search-none = Ninguna página coincide con «{ $query }». Pruebe con menos palabras o con otras distintas.
# Botón bajo los resultados que muestra los siguientes.
search-more = Mostrar más resultados
