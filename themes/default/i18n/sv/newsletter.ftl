# Texter för nyhetsbrevets e-postutgåva, dess webbversion och arkivet: svenska.
# En webbplats kan ersätta vilken text som helst med en text med samma id i sin egen i18n/sv/*.ftl.

## E-postmeddelandet (newsletter/email.html och newsletter/email.txt)

# Ämnesrad och <title> i e-postmeddelandet. $site: webbplatsens titel, $number: numrets nummer.
email-subject = { $site }, nummer { $number }
# Förhandsvisningstext som e-postprogram visar efter ämnesraden.
# $count: antal artiklar, $titles: deras titlar, åtskilda av ” · ”.
email-preheader =
    { $count ->
        [one] I det här numret: { $titles }
       *[other] { $count } artiklar i det här numret: { $titles }
    }
# Länk till webbversionen, överst och i sidfoten.
email-view-in-browser = Visa i webbläsaren
# Under webbplatsens titel. $date: numrets datum, redan formaterat.
email-issue-line = Nummer { $number } · { $date }
email-greeting = Hej!
# Stycket efter hälsningen.
email-intro =
    { $count ->
        [one] Här är den senaste artikeln från våra projekt.
       *[other] Här är de { $count } senaste artiklarna från våra projekt.
    }
email-read-more = Läs mer
# Inforuta för knappen ”Läs mer”.
email-read-more-about = Läs mer: { $title }
# $dates: evenemangets dag eller dagar, redan formaterade.
email-event = Evenemang: { $dates }
email-footer = Du får det här nyhetsbrevet eftersom du prenumererar på nyhetsbrevet från { $site }.
email-unsubscribe = Avsluta prenumerationen
# Rubrik för den numrerade listan med länkar i slutet av textversionen.
email-links = Länkar

## Webbversion och arkiv (newsletter/web.html, newsletter/archive.html)

# $title: sidans egen titel, $site: webbplatsens titel.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Nummer { $number }
# $date: numrets datum, redan formaterat.
newsletter-issue-date = Skickat den { $date }
newsletter-archive-title = Nyhetsbrevsarkiv
newsletter-archive-intro = Alla nummer av vårt nyhetsbrev, det senaste först.
newsletter-all-issues = Alla nummer
newsletter-article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artiklar
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Sista ansökningsdag: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
