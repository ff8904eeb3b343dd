# Textele interfeței temei implicite bulletin: română.
# Un site poate înlocui orice mesaj cu unul care are același identificator în propriul i18n/ro/*.ftl.
# Categoriile de plural ale limbii române (CLDR): one (1), few (0, 2–19, 101–119 …), other (20–100, 120 … cu „de”: „20 de articole”).

## Structura paginii (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Salt la conținut
# aria-label of the main navigation.
nav-main = Meniu principal
nav-home = Acasă
# Navigation label, heading of the tag index, label of tag lists.
tags = Etichete
# aria-label of the language switcher.
language-switcher = Limbă
# Footer link to the Atom feed of the current language.
feed-subscribe = Abonați-vă la fluxul Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – flux Atom ({ $language })
json-feed-title = { $site } – flux JSON ({ $language })

## Titlurile documentelor

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, pagina { $number } din { $total }

## Liste (index.html, section.html, tag.html, tags.html)

latest-articles = Cele mai recente articole
sections-heading = Secțiuni
article-count =
    { $count ->
        [one] { $count } articol
        [few] { $count } articole
       *[other] { $count } de articole
    }
no-articles = Deocamdată nu a fost publicat aici niciun articol.
read-more = Citiți mai mult
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Citiți mai mult: { $title }
reading-time =
    { $count ->
        [one] { $count } minut de lectură
        [few] { $count } minute de lectură
       *[other] { $count } de minute de lectură
    }

## Paginare

pagination = Paginare
pagination-previous = Pagina anterioară
pagination-next = Pagina următoare
pagination-status = Pagina { $number } din { $total }

## Etichete

tag-heading = Articole cu eticheta „{ $name }”
tag-description =
    { $count ->
        [one] Un articol are eticheta „{ $name }”.
        [few] { $count } articole au eticheta „{ $name }”.
       *[other] { $count } de articole au eticheta „{ $name }”.
    }
all-tags = Toate etichetele
no-tags = Deocamdată nu există etichete.

## Articole (page.html)

published = Publicat
updated = Actualizat
event-heading = Eveniment
event-date = Data
event-time = Ora
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Fus orar
event-location = Locul
event-online = Online
event-link = Site-ul evenimentului
toc-heading = Cuprins
translations-heading = Acest articol în alte limbi
article-nav = Alte articole
earlier-article = Articolul anterior
later-article = Articolul următor

## Alegerea limbii (root.html)

choose-language = Alegeți limba

## Pagină negăsită (404.html)

not-found-heading = Pagina nu a fost găsită
not-found-text = Ne pare rău, la această adresă nu există nimic. Este posibil ca pagina să fi fost mutată sau ca linkul să conțină o greșeală de scriere.
not-found-homes = Mergeți la pagina principală

## Pagini mutate (redirect.html)

redirect-heading = Această pagină a fost mutată
redirect-text = Vă redirecționăm către noua adresă.
redirect-link = Mergeți la noua adresă

## Navigare și subsol (base.html)

nav-events = Evenimente
nav-archive = Arhivă
# Followed by the site's languages, each by its own name, joined as a list: “Publicat în Deutsch, Català și English”.
footer-languages = Publicat în
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Abonați-vă la calendarul evenimentelor

## Evenimente (index.html, events.html)

upcoming-events = Evenimente viitoare
all-events = Toate evenimentele
past-events = Evenimente trecute
no-upcoming-events = Momentan nu este planificat niciun eveniment. Abonați-vă la calendar pentru a afla despre evenimentele noi.
events-heading = Evenimente
events-description = Întâlniri, ateliere și webinarii ale proiectelor noastre: ce urmează și ce a avut deja loc.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Urmează să fie anunțat
event-add-to-calendar = Adăugați în calendar
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Adăugați în { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = Acest eveniment s-a încheiat.

## Arhivă (archive.html)

archive-heading = Arhivă
archive-description =
    { $count ->
        [0] Deocamdată nu a fost publicat nimic.
        [one] Un articol, pe ani și luni.
        [few] Toate cele { $count } articole, pe ani și luni.
       *[other] Toate cele { $count } de articole, pe ani și luni.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Ani

## Articole netraduse în limba paginii
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Disponibil doar în bulgară
        [cs] Disponibil doar în cehă
        [da] Disponibil doar în daneză
        [de] Disponibil doar în germană
        [el] Disponibil doar în greacă
        [en] Disponibil doar în engleză
        [es] Disponibil doar în spaniolă
        [et] Disponibil doar în estonă
        [fi] Disponibil doar în finlandeză
        [fr] Disponibil doar în franceză
        [ga] Disponibil doar în irlandeză
        [hr] Disponibil doar în croată
        [hu] Disponibil doar în maghiară
        [it] Disponibil doar în italiană
        [lt] Disponibil doar în lituaniană
        [lv] Disponibil doar în letonă
        [mt] Disponibil doar în malteză
        [nl] Disponibil doar în neerlandeză
        [pl] Disponibil doar în poloneză
        [pt] Disponibil doar în portugheză
        [ro] Disponibil doar în română
        [sk] Disponibil doar în slovacă
        [sl] Disponibil doar în slovenă
        [sv] Disponibil doar în suedeză
        [ca] Disponibil doar în catalană
        [eu] Disponibil doar în bască
        [gl] Disponibil doar în galiciană
       *[other] Disponibil doar în altă limbă
    }

## Fișiere de calendar (.ics), generate în src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: evenimente
# Last lines of an event's description in a calendar.
calendar-article = Mai multe informații: { $url }
calendar-event-website = Site-ul evenimentului: { $url }
# Titlul termenului-limită al unui apel într-un calendar; $title: titlul apelului.
calendar-deadline = Termen-limită: { $title }
# Ultimul rând din descrierea unui termen-limită într-un calendar: unde se depune candidatura.
calendar-call-apply = Aplicați aici: { $url }

## Apeluri deschise (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Apel deschis
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Termen-limită
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Se închide peste { $days } zi
        [few] Se închide peste { $days } zile
       *[other] Se închide peste { $days } de zile
    }
call-closes-today = Se închide astăzi
call-closed = Acest apel s-a încheiat.
# Link to the form or page where one applies.
call-apply = Cum aplicați
# Link către fișierul de calendar al apelului, care conține termenul-limită.
call-add-to-calendar = Adăugați termenul-limită în calendar
# Title of the list of a language's calls, and its menu entry.
calls-title = Apeluri deschise
calls-none = Momentan nu există niciun apel deschis.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Apeluri încheiate

## Căutare pe site ([search] enabled = true): pagina /<lang>/search/ și intrarea ei din meniu.

# Titlul paginii de căutare și al intrării ei din meniu.
search-title = Căutare
# Eticheta câmpului în care cititorul scrie ce caută.
search-label = Cuvinte de căutat
# Butonul care pornește căutarea.
search-button = Căutați
# Afișat în locul rezultatelor când browserul nu rulează JavaScript (căutarea se face în browser).
search-needs-script = Căutarea se face în browserul dumneavoastră și are nevoie de JavaScript. Fără JavaScript, arhiva prezintă toate articolele, lună de lună.
# Afișat cât timp se încarcă indexul și se face căutarea.
search-searching = Se caută…
# Deasupra rezultatelor. $count este cel puțin 1; $query este textul introdus de cititor.
search-results =
    { $count ->
        [one] O pagină corespunde căutării „{ $query }”.
        [few] { $count } pagini corespund căutării „{ $query }”.
       *[other] { $count } de pagini corespund căutării „{ $query }”.
    }
# Când nu se găsește nimic.
search-none = Nicio pagină nu corespunde căutării „{ $query }”. Încercați cu mai puține cuvinte sau cu altele.
# Butonul de sub rezultate, care le afișează pe următoarele.
search-more = Afișați mai multe rezultate
