# Besedila e-poštne izdaje glasila, njene spletne različice in arhiva: slovenščina.
# Spletno mesto lahko katero koli sporočilo z istim ID-jem nadomesti v svoji datoteki i18n/sl/*.ftl.

## E-pošta (newsletter/email.html in newsletter/email.txt)

email-subject = { $site }, številka { $number }
email-preheader =
    { $count ->
        [one] V tej številki: { $titles }
        [two] { $count } prispevka v tej številki: { $titles }
        [few] { $count } prispevki v tej številki: { $titles }
       *[other] { $count } prispevkov v tej številki: { $titles }
    }
email-view-in-browser = Ogled v brskalniku
email-issue-line = Številka { $number } · { $date }
email-greeting = Pozdravljeni,
email-intro =
    { $count ->
        [one] pošiljamo vam { $count } najnovejši prispevek iz naših projektov.
        [two] pošiljamo vam { $count } najnovejša prispevka iz naših projektov.
        [few] pošiljamo vam { $count } najnovejše prispevke iz naših projektov.
       *[other] pošiljamo vam { $count } najnovejših prispevkov iz naših projektov.
    }
email-read-more = Preberite več
email-read-more-about = Preberite več: { $title }
email-event = Dogodek: { $dates }
email-footer = To glasilo prejemate, ker ste se naročili na { $site }.
email-unsubscribe = Odjava
email-links = Povezave

## Spletna različica in arhiv (newsletter/web.html, newsletter/archive.html)

newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Številka { $number }
newsletter-issue-date = Poslano { $date }
newsletter-archive-title = Arhiv glasila
newsletter-archive-intro = Vse številke našega glasila, od najnovejše do najstarejše.
newsletter-all-issues = Vse številke
newsletter-article-count =
    { $count ->
        [one] { $count } prispevek
        [two] { $count } prispevka
        [few] { $count } prispevki
       *[other] { $count } prispevkov
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Rok za prijavo: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
