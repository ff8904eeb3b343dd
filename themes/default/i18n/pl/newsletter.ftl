# Teksty e-mailowego wydania newslettera, jego wersji internetowej i archiwum: polski.
# Witryna może zastąpić dowolny komunikat komunikatem o tym samym identyfikatorze we własnym pliku i18n/pl/*.ftl.

## E-mail (newsletter/email.html i newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, nr { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] W tym numerze: { $titles }
        [few] { $count } artykuły w tym numerze: { $titles }
        [many] { $count } artykułów w tym numerze: { $titles }
       *[other] { $count } artykułu w tym numerze: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Wyświetl w przeglądarce
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Numer { $number } · { $date }
email-greeting = Dzień dobry,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Przesyłamy najnowszy artykuł z naszych projektów.
        [few] Przesyłamy { $count } najnowsze artykuły z naszych projektów.
        [many] Przesyłamy { $count } najnowszych artykułów z naszych projektów.
       *[other] Przesyłamy { $count } najnowszego artykułu z naszych projektów.
    }
email-read-more = Czytaj więcej
# Tooltip of the “Read more” button.
email-read-more-about = Czytaj więcej: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Wydarzenie: { $dates }
email-footer = Otrzymujesz ten newsletter, ponieważ subskrybujesz { $site }.
email-unsubscribe = Wypisz się
# Heading of the numbered list of links at the end of the text version.
email-links = Linki

## Wersja internetowa i archiwum (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Numer { $number }
# $date: the issue's date, already formatted.
newsletter-issue-date = Wysłano { $date }
newsletter-archive-title = Archiwum newslettera
newsletter-archive-intro = Wszystkie numery naszego newslettera, od najnowszego.
newsletter-all-issues = Wszystkie numery
newsletter-article-count =
    { $count ->
        [one] { $count } artykuł
        [few] { $count } artykuły
        [many] { $count } artykułów
       *[other] { $count } artykułu
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Termin zgłoszeń: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
