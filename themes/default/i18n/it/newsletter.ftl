# Testi dell’edizione e-mail della newsletter, della sua versione web e dell’archivio: italiano.
# Un sito può sostituire qualsiasi messaggio con lo stesso identificativo nel proprio i18n/it/*.ftl.

## L’e-mail (newsletter/email.html e newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, numero { $number }
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] In questo numero: { $titles }
        [many] { $count } di articoli in questo numero: { $titles }
       *[other] { $count } articoli in questo numero: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Visualizza nel browser
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = Numero { $number } · { $date }
email-greeting = Ciao,
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Ecco l’ultimo articolo dei nostri progetti.
        [many] Ecco gli ultimi { $count } di articoli dei nostri progetti.
       *[other] Ecco gli ultimi { $count } articoli dei nostri progetti.
    }
email-read-more = Continua a leggere
# Tooltip of the “Read more” button.
email-read-more-about = Continua a leggere: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Evento: { $dates }
email-footer = Ricevi questa newsletter perché hai effettuato l’iscrizione a { $site }.
email-unsubscribe = Annulla l’iscrizione
# Heading of the numbered list of links at the end of the text version.
email-links = Link

## Versione web e archivio (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Numero { $number }
# $date: the issue's date, already formatted. «in data» avoids the article before the date (“l’8 marzo”).
newsletter-issue-date = Inviato in data { $date }
newsletter-archive-title = Archivio della newsletter
newsletter-archive-intro = Tutti i numeri della nostra newsletter, dal più recente al meno recente.
newsletter-all-issues = Tutti i numeri
newsletter-article-count =
    { $count ->
        [one] { $count } articolo
        [many] { $count } di articoli
       *[other] { $count } articoli
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Scadenza: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
