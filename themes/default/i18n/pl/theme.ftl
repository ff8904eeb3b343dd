# Teksty interfejsu domyślnego motywu bulletin: polski.
# Witryna może zastąpić dowolny komunikat komunikatem o tym samym identyfikatorze we własnym pliku i18n/pl/*.ftl.
# Polski ma cztery kategorie liczby (CLDR): one (1), few (2–4, 22–24, 32–34 …, ale nie 12–14),
# many (0, 5–21, 25–31, 35–41 …, także 12–14, 112–114 …) i other (tylko ułamki: 1,5 artykułu).

## Ramy strony (base.html)

# Skip link, the first focusable element of every page.
skip-to-content = Przejdź do treści
# aria-label of the main navigation.
nav-main = Menu główne
nav-home = Strona główna
# Navigation label, heading of the tag index, label of tag lists.
tags = Tagi
# aria-label of the language switcher.
language-switcher = Język
# Footer link to the Atom feed of the current language.
feed-subscribe = Subskrybuj kanał Atom
# title of the <link rel="alternate"> to a feed.
# $site: site title, $language: name of the feed's language in that language.
feed-title = { $site } – kanał Atom ({ $language })
json-feed-title = { $site } – kanał JSON ({ $language })

## Tytuły dokumentów

# $title: the page's own title, $site: the site title.
document-title = { $title } – { $site }
# Title of the second and later pages of a list.
paged-title = { $title }, strona { $number } z { $total }

## Listy (index.html, section.html, tag.html, tags.html)

latest-articles = Najnowsze artykuły
sections-heading = Działy
article-count =
    { $count ->
        [one] { $count } artykuł
        [few] { $count } artykuły
        [many] { $count } artykułów
       *[other] { $count } artykułu
    }
no-articles = Nie opublikowano tu jeszcze żadnych artykułów.
read-more = Czytaj więcej
# Screen-reader text of the “Read more” link; must begin like read-more.
read-more-about = Czytaj więcej: { $title }
reading-time =
    { $count ->
        [one] { $count } minuta czytania
        [few] { $count } minuty czytania
        [many] { $count } minut czytania
       *[other] { $count } minuty czytania
    }

## Paginacja

pagination = Paginacja
pagination-previous = Poprzednia strona
pagination-next = Następna strona
pagination-status = Strona { $number } z { $total }

## Tagi

tag-heading = Artykuły z tagiem „{ $name }”
tag-description =
    { $count ->
        [one] Tagiem „{ $name }” oznaczono jeden artykuł.
        [few] Tagiem „{ $name }” oznaczono { $count } artykuły.
        [many] Tagiem „{ $name }” oznaczono { $count } artykułów.
       *[other] Tagiem „{ $name }” oznaczono { $count } artykułu.
    }
all-tags = Wszystkie tagi
no-tags = Nie ma jeszcze żadnych tagów.

## Artykuły (page.html)

published = Opublikowano
updated = Zaktualizowano
event-heading = Wydarzenie
event-date = Data
event-time = Godzina
# $start, $end: times of day, already formatted.
time-range = { $start }–{ $end }
event-timezone = Strefa czasowa
event-location = Miejsce
event-online = Online
event-link = Strona wydarzenia
toc-heading = Spis treści
translations-heading = Ten artykuł w innych językach
article-nav = Więcej artykułów
earlier-article = Starszy artykuł
later-article = Nowszy artykuł

## Wybór języka (root.html)

choose-language = Wybierz język

## Nie znaleziono (404.html)

not-found-heading = Nie znaleziono strony
not-found-text = Niestety pod tym adresem nic nie ma. Strona mogła zostać przeniesiona albo w linku jest literówka.
not-found-homes = Przejdź na stronę główną

## Przeniesione strony (redirect.html)

redirect-heading = Ta strona została przeniesiona
redirect-text = Trwa przekierowanie na jej nowy adres.
redirect-link = Przejdź pod nowy adres

## Nawigacja, stopka (base.html)

nav-events = Wydarzenia
nav-archive = Archiwum
# Followed by the site's languages, each by its own name, joined as a list: “Published in Deutsch, Català and English”.
footer-languages = Publikujemy w językach:
# Link to /<lang>/events.ics, an iCalendar feed of every event.
events-subscribe = Subskrybuj kalendarz wydarzeń

## Wydarzenia (index.html, events.html)

upcoming-events = Nadchodzące wydarzenia
all-events = Wszystkie wydarzenia
past-events = Minione wydarzenia
no-upcoming-events = Obecnie nie planujemy żadnych wydarzeń. Zasubskrybuj kalendarz, aby dowiedzieć się o nowych.
events-heading = Wydarzenia
events-description = Spotkania, warsztaty i webinaria w ramach naszych projektów – co przed nami i co już się odbyło.
# A start time without an end time; $time is already formatted.
time-single = { $time }
event-location-unknown = Do potwierdzenia
event-add-to-calendar = Dodaj do kalendarza
# Link on an event that adds it to an online calendar service; $service is the service's name
# ("Google Calendar", "Outlook.com"), inserted as it is.
event-add-to-service = Dodaj do: { $service }
# Shown on an event that is over, instead of the links that add it to a calendar.
event-ended = To wydarzenie już się odbyło.

## Archiwum (archive.html)

archive-heading = Archiwum
archive-description =
    { $count ->
        [0] Nic jeszcze nie opublikowano.
        [one] Jeden artykuł w podziale na lata i miesiące.
        [few] Łącznie { $count } artykuły w podziale na lata i miesiące.
        [many] Łącznie { $count } artykułów w podziale na lata i miesiące.
       *[other] Łącznie { $count } artykułu w podziale na lata i miesiące.
    }
# aria-label of the list of years at the top of the archive.
archive-years = Lata

## Artykuły nieprzetłumaczone na język strony
# $code: the language the article exists in.

only-in-language =
    { $code ->
        [bg] Tylko po bułgarsku
        [cs] Tylko po czesku
        [da] Tylko po duńsku
        [de] Tylko po niemiecku
        [el] Tylko po grecku
        [en] Tylko po angielsku
        [es] Tylko po hiszpańsku
        [et] Tylko po estońsku
        [fi] Tylko po fińsku
        [fr] Tylko po francusku
        [ga] Tylko po irlandzku
        [hr] Tylko po chorwacku
        [hu] Tylko po węgiersku
        [it] Tylko po włosku
        [lt] Tylko po litewsku
        [lv] Tylko po łotewsku
        [mt] Tylko po maltańsku
        [nl] Tylko po niderlandzku
        [pl] Tylko po polsku
        [pt] Tylko po portugalsku
        [ro] Tylko po rumuńsku
        [sk] Tylko po słowacku
        [sl] Tylko po słoweńsku
        [sv] Tylko po szwedzku
        [ca] Tylko po katalońsku
        [eu] Tylko po baskijsku
        [gl] Tylko po galicyjsku
       *[other] Tylko w innym języku
    }

## Pliki kalendarza (.ics), tworzone w src/output/calendar.rs

# Name of the calendar of a language's events; $site: the site title.
calendar-name = { $site }: wydarzenia
# Last lines of an event's description in a calendar.
calendar-article = Czytaj więcej: { $url }
calendar-event-website = Strona wydarzenia: { $url }
# Tytuł terminu zgłoszeń w naborze w kalendarzu; $title: tytuł naboru.
calendar-deadline = Termin zgłoszeń: { $title }
# Ostatni wiersz opisu terminu zgłoszeń w kalendarzu: gdzie się zgłosić.
calendar-call-apply = Zgłoszenia: { $url }

## Otwarte nabory (page.html, calls.html, partials/article-item.html)

# Heading of the box on an article that is an open call.
call-heading = Otwarty nabór
# Label before the call's deadline (a date, or a date and time, already formatted).
call-deadline = Termin zgłoszeń
# How long a call is still open; $days: whole days until the deadline's day (1 or more).
call-closes-in =
    { $days ->
        [one] Kończy się za { $days } dzień
        [few] Kończy się za { $days } dni
        [many] Kończy się za { $days } dni
       *[other] Kończy się za { $days } dnia
    }
call-closes-today = Kończy się dziś
call-closed = Ten nabór już się zakończył.
# Link to the form or page where one applies.
call-apply = Jak się zgłosić
# Link do pliku kalendarza naboru z terminem zgłoszeń.
call-add-to-calendar = Dodaj termin zgłoszeń do kalendarza
# Title of the list of a language's calls, and its menu entry.
calls-title = Otwarte nabory
calls-none = Obecnie nie prowadzimy żadnych naborów.
# Heading above the calls whose deadline has passed, on the list.
calls-closed-heading = Zakończone nabory

## Wyszukiwanie w witrynie ([search] enabled = true): strona /<lang>/search/ i jej pozycja w menu.

# Tytuł strony wyszukiwania i jej pozycji w menu.
search-title = Wyszukiwanie
# Etykieta pola, w które czytelnik wpisuje szukane słowa.
search-label = Szukane słowa
# Przycisk, który uruchamia wyszukiwanie.
search-button = Szukaj
# Wyświetlany zamiast wyników, gdy przeglądarka nie uruchamia JavaScriptu (wyszukiwanie działa w przeglądarce).
search-needs-script = Wyszukiwanie działa w przeglądarce i wymaga JavaScriptu. Bez niego wszystkie artykuły w podziale na miesiące znajdziesz w archiwum.
# Wyświetlany, gdy wczytuje się indeks i trwa wyszukiwanie.
search-searching = Wyszukiwanie…
# Nad wynikami. $count wynosi co najmniej 1; $query to tekst wpisany przez czytelnika.
search-results =
    { $count ->
        [one] Znaleziono jedną stronę dla zapytania „{ $query }”.
        [few] Znaleziono { $count } strony dla zapytania „{ $query }”.
        [many] Znaleziono { $count } stron dla zapytania „{ $query }”.
       *[other] Znaleziono { $count } strony dla zapytania „{ $query }”.
    }
# Gdy nic nie pasuje.
search-none = Nie znaleziono żadnej strony dla zapytania „{ $query }”. Spróbuj wpisać mniej słów albo inne słowa.
# Przycisk pod wynikami, który pokazuje kolejne.
search-more = Pokaż więcej wyników
