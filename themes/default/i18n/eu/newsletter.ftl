# Buletinaren posta elektronikoko edizioaren, web-bertsioaren eta artxiboaren testuak: euskara.
# Webgune batek edozein mezu ordez dezake, identifikatzaile bera duen mezu bat bere i18n/eu/*.ftl fitxategietan idatzita.

## Mezu elektronikoa (newsletter/email.html eta newsletter/email.txt)

# Subject line and <title> of the e-mail. $site: the site title, $number: the issue number.
email-subject = { $site }, { $number }. zenbakia
# Preview text that mail clients show after the subject.
# $count: number of articles, $titles: their titles, separated by “ · ”.
email-preheader =
    { $count ->
        [one] Zenbaki honetan: { $titles }
       *[other] { $count } artikulu zenbaki honetan: { $titles }
    }
# Link to the web version, at the top and in the footer.
email-view-in-browser = Ikusi nabigatzailean
# Under the site title. $date: the issue's date, already formatted.
email-issue-line = { $number }. zenbakia · { $date }
email-greeting = Kaixo:
# The paragraph after the greeting.
email-intro =
    { $count ->
        [one] Hona hemen gure proiektuetako azken artikulua.
       *[other] Hona hemen gure proiektuetako azken { $count } artikuluak.
    }
email-read-more = Irakurri gehiago
# Tooltip of the “Read more” button.
email-read-more-about = Irakurri gehiago: { $title }
# $dates: the day or days of the event, already formatted.
email-event = Ekitaldia: { $dates }
email-footer = Buletin hau jasotzen duzu { $site } webgunean harpidetu zinelako.
email-unsubscribe = Utzi harpidetza
# Heading of the numbered list of links at the end of the text version.
email-links = Estekak

## Web-bertsioa eta artxiboa (newsletter/web.html, newsletter/archive.html)

# $title: the page's own title, $site: the site title.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = { $number }. zenbakia
# $date: the issue's date, already formatted (“2025(e)ko martxoaren 12(a)”), so it stands after a colon, without a case ending.
newsletter-issue-date = Bidalketa-data: { $date }
newsletter-archive-title = Buletinaren artxiboa
newsletter-archive-intro = Gure buletinaren zenbaki guztiak, berrienetik zaharrenera.
newsletter-all-issues = Zenbaki guztiak
newsletter-article-count =
    { $count ->
        [one] artikulu { $count }
       *[other] { $count } artikulu
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Epemuga: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
