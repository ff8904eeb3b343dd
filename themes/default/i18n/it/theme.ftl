# Testi dell’interfaccia del tema predefinito di bulletin: italiano.
# Un sito può sostituire qualsiasi messaggio con lo stesso identificativo nel proprio i18n/it/*.ftl.
# Categorie plurali dell’italiano (CLDR): one (1), many (1.000.000, 2.000.000 …: «1.000.000 di articoli»), other (0, 2, 5, 21, 101 …).

## Struttura della pagina (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Vai al contenuto
# aria-label of the main navigation.
nav-main = Menu principale
nav-home = Home
# Navigation label, heading of the tag index, label of tag lists.
tags = Tag
# aria-label of the language switcher.
language-switcher = Lingua
# Footer link to the Atom feed of the current language.
feed-subscribe = Iscriviti al feed Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – feed Atom ({ $language })
json-feed-title = { $site } – feed JSON ({ $language })

## Titoli dei documenti

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, pagina { $number } di { $total }

## Elenchi (index.html, section.html, tag.html, tags.html)

latest-articles = Ultimi articoli
sections-heading = Sezioni
article-count =
    { $count ->
        [one] { $count } articolo
        [many] { $count } di articoli
       *[other] { $count } articoli
    }
no-articles = Qui non è ancora stato pubblicato nessun articolo.
read-more = Continua a leggere
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Continua a leggere: { $title }
reading-time =
    { $count ->
        [one] { $count } minuto di lettura
        [many] { $count } di minuti di lettura
       *[other] { $count } minuti di lettura
    }

## Paginazione

pagination = Paginazione
pagination-previous = Pagina precedente
pagination-next = Pagina successiva
pagination-status = Pagina { $number } di { $total }

## Tag

tag-heading = Articoli con il tag «{ $name }»
tag-description =
    { $count ->
        [one] Un articolo ha il tag «{ $name }».
        [many] { $count } di articoli hanno il tag «{ $name }».
       *[other] { $count } articoli hanno il tag «{ $name }».
    }
all-tags = Tutti i tag
no-tags = Non ci sono ancora tag.

## Articoli (page.html)

published = Pubblicato
updated = Aggiornato
event-heading = Evento
event-date = Data
event-time = Orario
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Fuso orario
event-location = Luogo
event-online = Online
event-link = Sito dell’evento
toc-heading = Indice
translations-heading = Questo articolo in altre lingue
article-nav = Altri articoli
earlier-article = Articolo precedente
later-article = Articolo successivo

## Scelta della lingua (root.html)

choose-language = Scegli la tua lingua

## Pagina non trovata (404.html)

not-found-heading = Pagina non trovata
not-found-text = Ci dispiace, a questo indirizzo non c’è nulla. La pagina potrebbe essere stata spostata oppure il link potrebbe contenere un errore di battitura.
not-found-homes = Vai alla pagina iniziale

## Pagine spostate (redirect.html)

redirect-heading = Questa pagina è stata spostata
redirect-text = Ti stiamo portando al nuovo indirizzo.
redirect-link = Vai al nuovo indirizzo

## Navigazione e piè di pagina (base.html)

nav-events = Eventi
nav-archive = Archivio
# Followed by the site's languages, each by its own name, joined as a list: “Pubblicato in Deutsch, Català e English”.
footer-languages = Pubblicato in
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Iscriviti al calendario degli eventi

## Eventi (index.html, events.html)

upcoming-events = Prossimi eventi
all-events = Tutti gli eventi
past-events = Eventi passati
no-upcoming-events = Al momento non ci sono eventi in programma. Iscriviti al calendario per sapere quando ne verranno organizzati di nuovi.
events-heading = Eventi
events-description = Incontri, workshop e webinar dei nostri progetti: quelli in programma e quelli che si sono già svolti.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Da definire
event-add-to-calendar = Aggiungi al calendario
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Aggiungi a { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Questo evento si è già concluso.

## Archivio (archive.html)

archive-heading = Archivio
archive-description =
    { $count ->
        [0] Non è ancora stato pubblicato nulla.
        [one] Un articolo, per anno e mese.
        [many] Tutti i { $count } di articoli, per anno e mese.
       *[other] Tutti i { $count } articoli, per anno e mese.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Anni

## Articoli non tradotti nella lingua della pagina
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Disponibile solo in bulgaro
        [cs] Disponibile solo in ceco
        [da] Disponibile solo in danese
        [de] Disponibile solo in tedesco
        [el] Disponibile solo in greco
        [en] Disponibile solo in inglese
        [es] Disponibile solo in spagnolo
        [et] Disponibile solo in estone
        [fi] Disponibile solo in finlandese
        [fr] Disponibile solo in francese
        [ga] Disponibile solo in irlandese
        [hr] Disponibile solo in croato
        [hu] Disponibile solo in ungherese
        [it] Disponibile solo in italiano
        [lt] Disponibile solo in lituano
        [lv] Disponibile solo in lettone
        [mt] Disponibile solo in maltese
        [nl] Disponibile solo in neerlandese
        [pl] Disponibile solo in polacco
        [pt] Disponibile solo in portoghese
        [ro] Disponibile solo in rumeno
        [sk] Disponibile solo in slovacco
        [sl] Disponibile solo in sloveno
        [sv] Disponibile solo in svedese
        [ca] Disponibile solo in catalano
        [eu] Disponibile solo in basco
        [gl] Disponibile solo in galiziano
       *[other] Disponibile solo in un’altra lingua
    }

## File di calendario (.ics), generati in src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: eventi
# Last lines of an event's description in a calendar.
calendar-article = Per saperne di più: { $url }
calendar-event-website = Sito dell’evento: { $url }
# Titolo della scadenza di un bando in un calendario; $title: il titolo del bando.
calendar-deadline = Scadenza: { $title }
# Ultima riga della descrizione di una scadenza in un calendario: dove partecipare.
calendar-call-apply = Come partecipare: { $url }

## Bandi aperti (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Bando aperto
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Scadenza
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Scade tra { $days } giorno
        [many] Scade tra { $days } di giorni
       *[other] Scade tra { $days } giorni
    }
call-closes-today = Scade oggi
call-closed = Questo bando è scaduto.
# Link to the form or page where one applies.
call-apply = Come partecipare
# Link al file di calendario del bando, che ne contiene la scadenza.
call-add-to-calendar = Aggiungi la scadenza al calendario
# Title of the list of a language's calls, and its menu entry.
calls-title = Bandi aperti
calls-none = Al momento non ci sono bandi aperti.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Bandi scaduti

## Ricerca nel sito ([search] enabled = true): la pagina /<lang>/search/ e la sua voce di menu.

# Titolo della pagina di ricerca e della sua voce di menu.
search-title = Cerca
# Etichetta del campo in cui il lettore scrive che cosa cercare.
search-label = Parole da cercare
# Il pulsante che avvia la ricerca.
search-button = Cerca
# Mostrato al posto dei risultati quando il browser non esegue JavaScript (la ricerca avviene nel browser).
search-needs-script = La ricerca avviene nel tuo browser e richiede JavaScript. Senza JavaScript, l’archivio elenca tutti gli articoli mese per mese.
# Mostrato mentre si carica l’indice e la ricerca è in corso.
search-searching = Ricerca in corso…
# Sopra i risultati. $count vale almeno 1; $query è il testo digitato dal lettore.
search-results =
    { $count ->
        [one] Una pagina corrisponde a «{ $query }».
        [many] { $count } di pagine corrispondono a «{ $query }».
       *[other] { $count } pagine corrispondono a «{ $query }».
    }
# Quando non c’è nessuna corrispondenza.
search-none = Nessuna pagina corrisponde a «{ $query }». Prova con meno parole o con parole diverse.
# Pulsante sotto i risultati che mostra i successivi.
search-more = Mostra altri risultati
