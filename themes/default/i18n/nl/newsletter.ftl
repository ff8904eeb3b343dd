# Teksten van de e-maileditie van de nieuwsbrief, de webversie en het archief: Nederlands.
# Een site kan elke tekst vervangen door een tekst met dezelfde id in haar eigen i18n/nl/*.ftl.

## De e-mail (newsletter/email.html en newsletter/email.txt)

# Onderwerpregel en <title> van de e-mail. $site: de titel van de site, $number: het nummer van de editie.
email-subject = { $site }, editie { $number }
# Voorbeeldtekst die e-mailprogramma’s na het onderwerp tonen.
# $count: aantal artikelen, $titles: hun titels, gescheiden door “ · ”.
email-preheader =
    { $count ->
        [one] In deze editie: { $titles }
       *[other] { $count } artikelen in deze editie: { $titles }
    }
# Link naar de webversie, bovenaan en in de voettekst.
email-view-in-browser = Bekijk in uw browser
# Onder de titel van de site. $date: de datum van de editie, al opgemaakt.
email-issue-line = Editie { $number } · { $date }
email-greeting = Beste lezer,
# De alinea na de aanhef.
email-intro =
    { $count ->
        [one] Dit is het nieuwste artikel uit onze projecten.
       *[other] Dit zijn de { $count } nieuwste artikelen uit onze projecten.
    }
email-read-more = Lees verder
# Tooltip van de knop “Lees verder”.
email-read-more-about = Lees verder: { $title }
# $dates: de dag of dagen van het evenement, al opgemaakt.
email-event = Evenement: { $dates }
email-footer = U ontvangt deze nieuwsbrief omdat u zich daarvoor hebt aangemeld bij { $site }.
email-unsubscribe = Afmelden
# Kop van de genummerde lijst met links aan het einde van de tekstversie.
email-links = Links

## Webversie en archief (newsletter/web.html, newsletter/archive.html)

# $title: de eigen titel van de pagina, $site: de titel van de site.
newsletter-document-title = { $title } – { $site }
newsletter-issue-title = Editie { $number }
# $date: de datum van de editie, al opgemaakt.
newsletter-issue-date = Verzonden op { $date }
newsletter-archive-title = Nieuwsbriefarchief
newsletter-archive-intro = Alle edities van onze nieuwsbrief, de nieuwste eerst.
newsletter-all-issues = Alle edities
newsletter-article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artikelen
    }

# In the e-mail, under an article that is an open call. $date: its deadline, already formatted.
email-call-deadline = Sluitingsdatum: { $date }

# A label and what it labels on one line of the text e-mail (“Event website: https://…”),
# with the language's punctuation between them.
label-value = { $label }: { $value }
