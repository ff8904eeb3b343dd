# Tekster til nyhedsbrevets e-mailudgave, dens webversion og arkivet: dansk.
# Et websted kan erstatte enhver tekst med en tekst med samme id i sin egen i18n/da/*.ftl.

## E-mailen (newsletter/email.html og newsletter/email.txt)

# Emnelinje og <title> i e-mailen. $site: webstedets titel, $number: nummeret på udgaven.
email-subject = { $site }, nr. { $number }
# Forhåndsvisningstekst, som mailprogrammer viser efter emnet.
# $count: antal artikler, $titles: deres titler, adskilt af » · «.
email-preheader =
    { $count ->
        [one] I dette nummer: { $titles }
       *[other] { $count } artikler i dette nummer: { $titles }
    }
# Link til webversionen, øverst og i sidefoden.
email-view-in-browser = Se i din browser
# Under webstedets titel. $date: udgavens dato, allerede formateret.
email-issue-line = Nr. { $number } · { $date }
email-greeting = Hej
# Afsnittet efter hilsenen.
email-intro =
    { $count ->
        [one] Her er den seneste artikel fra vores projekter.
       *[other] Her er de { $count } seneste artikler fra vores projekter.
    }
email-read-more = Læs mere
# Værktøjstip til knappen »Læs mere«.
email-read-more-about = Læs mere: { $title }
# $dates: arrangementets dag eller dage, allerede formateret.
email-event = Arrangement: { $dates }
email-footer = Du modtager dette nyhedsbrev, fordi du har tilmeldt dig nyhedsbrevet fra { $site }.
email-unsubscribe = Afmeld
# Overskrift på den nummererede liste over links sidst i tekstversionen.
email-links = Links

## Webversion og arkiv (newsletter/web.html, newsletter/archive.html)

# $title: sidens egen titel, $site: webstedets titel.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Nr. { $number }
# $date: udgavens dato, allerede formateret.
newsletter-issue-date = Sendt den { $date }
newsletter-archive-title = Nyhedsbrevsarkiv
newsletter-archive-intro = Alle numre af vores nyhedsbrev, det nyeste først.
newsletter-all-issues = Alle numre
newsletter-article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artikler
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Ansøgningsfrist: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
